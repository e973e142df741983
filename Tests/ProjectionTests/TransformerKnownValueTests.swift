import Projection
import Testing

@Suite("Transformer known values")
struct TransformerKnownValueTests {
  @Test(
    "WGS 84 → UTM 42N matches cs2cs to 1 mm",
    arguments: Fixtures.afghanPoints)
  func wgs84ToUTM42MatchesCs2cs(point: AfghanPoint) throws {
    let transformer = try Transformer(from: .wgs84, to: Fixtures.utm42)
    let projected = try transformer.transform(point.coordinate)
    #expect(abs(projected.x - point.utm42.x) < 0.001, "easting of \(point.name)")
    #expect(abs(projected.y - point.utm42.y) < 0.001, "northing of \(point.name)")
  }

  @Test("WGS 84 → UTM 42N → WGS 84 round-trips to 1 mm", arguments: Fixtures.afghanPoints)
  func utm42RoundTripsWithinOneMillimetre(point: AfghanPoint) throws {
    let transformer = try Transformer(from: .wgs84, to: Fixtures.utm42)
    let back = try transformer.inverse(transformer.transform(point.coordinate))
    // Compare on the ground: the geodesic distance between the original and the result.
    #expect(Geodesic.wgs84.distance(from: point.coordinate, to: back) < 0.001)
  }

  @Test func utm42ToWGS84TransformerInvertsTheForwardOne() throws {
    let toGeographic = try Transformer(from: Fixtures.utm42, to: .wgs84)
    let kabul = Fixtures.afghanPoints[0]
    var points = [kabul.utm42]
    try toGeographic.transform(&points)
    // x is the longitude and y the latitude: the axis order is normalised, not EPSG:4326's.
    #expect(abs(points[0].x - kabul.coordinate.longitude) < 1e-8)
    #expect(abs(points[0].y - kabul.coordinate.latitude) < 1e-8)
  }

  @Test func webMercatorSpotValueForKabulMatchesCs2cs() throws {
    // echo "34.5281 69.1723" | cs2cs -f %.4f EPSG:4326 EPSG:3857 → 7700225.2130 4099935.3100
    let transformer = try Transformer(from: .wgs84, to: .webMercator)
    let projected = try transformer.transform(Fixtures.kabul)
    #expect(abs(projected.x - 7_700_225.2130) < 0.001)
    #expect(abs(projected.y - 4_099_935.3100) < 0.001)
  }

  @Test func neighbouringZoneGivesItsOwnEastings() throws {
    // echo "34.5281 69.1723" | cs2cs -f %.4f EPSG:4326 EPSG:32641 → 1066841.0179 3838058.9771
    let transformer = try Transformer(from: .wgs84, to: .utmNorth(zone: 41))
    let projected = try transformer.transform(Fixtures.kabul)
    #expect(abs(projected.x - 1_066_841.0179) < 0.001)
    #expect(abs(projected.y - 3_838_058.9771) < 0.001)
  }

  @Test(
    "Equivalent definitions of UTM 42N give the same result",
    arguments: [
      "+proj=utm +zone=42 +datum=WGS84",
      "+proj=utm +zone=42 +datum=WGS84 +units=m +no_defs +type=crs",
      "urn:ogc:def:crs:EPSG::32642",
    ])
  func projStringAndURNInputsMatchEPSGCode(definition: String) throws {
    let transformer = try Transformer(from: .wgs84, to: CRS(definition))
    for point in Fixtures.afghanPoints {
      #expect(planarDistance(try transformer.transform(point.coordinate), point.utm42) < 0.001)
    }
  }

  @Test(arguments: WKTFormat.allCases)
  func wktOfUTM42WorksAsATargetCRS(format: WKTFormat) throws {
    let wkt = try Fixtures.utm42.wkt(format)
    let transformer = try Transformer(from: .wgs84, to: CRS(wkt))
    let kabul = Fixtures.afghanPoints[0]
    #expect(planarDistance(try transformer.transform(kabul.coordinate), kabul.utm42) < 0.001)
  }

  @Test func wktFromProjinfoWorksAsATargetCRS() throws {
    // Output of `projinfo -o WKT1_GDAL --single-line EPSG:32642` (PROJ 9.1.1).
    let wkt = """
      PROJCS["WGS 84 / UTM zone 42N",GEOGCS["WGS 84",DATUM["WGS_1984",\
      SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],\
      AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],\
      UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]],\
      PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",0],\
      PARAMETER["central_meridian",69],PARAMETER["scale_factor",0.9996],\
      PARAMETER["false_easting",500000],PARAMETER["false_northing",0],\
      UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],\
      AUTHORITY["EPSG","32642"]]
      """
    let crs = try CRS.parse(wkt)
    #expect(crs.identifier?.code == "32642")
    let transformer = try Transformer(from: .wgs84, to: crs)
    let kabul = Fixtures.afghanPoints[0]
    #expect(planarDistance(try transformer.transform(kabul.coordinate), kabul.utm42) < 0.001)
  }
}
