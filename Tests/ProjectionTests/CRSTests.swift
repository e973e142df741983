import Projection
import Testing

@Suite("CRS")
struct CRSTests {
  @Test(
    arguments: [
      ("EPSG:4326", true), ("OGC:CRS84", true), ("+proj=longlat +datum=WGS84", true),
      ("EPSG:32642", false), ("EPSG:3857", false), ("+proj=utm +zone=42 +datum=WGS84", false),
    ])
  func geographicCRSsAreRecognised(definition: String, isGeographic: Bool) {
    #expect(CRS(definition).isGeographic == isGeographic)
  }

  @Test func unparseableCRSIsNotGeographic() {
    #expect(!CRS("EPSG:999999").isGeographic)
  }

  @Test func authorityCodeHasIdentifierAndURN() throws {
    let utm = try CRS.parse("EPSG:32642")
    let identifier = try #require(utm.identifier)
    #expect(identifier.authority == "EPSG")
    #expect(identifier.code == "32642")
    #expect(utm.ogcURN == "urn:ogc:def:crs:EPSG::32642")
    #expect(CRS.wgs84.ogcURN == "urn:ogc:def:crs:EPSG::4326")
  }

  @Test func projStringHasNoIdentifier() throws {
    let crs = try CRS.parse("+proj=utm +zone=42 +datum=WGS84")
    #expect(crs.identifier == nil)
    #expect(crs.ogcURN == nil)
  }

  @Test func parseKeepsTheDefinitionUnchanged() throws {
    let crs = try CRS.parse("+proj=utm +zone=42 +datum=WGS84")
    #expect(crs.definition == "+proj=utm +zone=42 +datum=WGS84")
    #expect(crs.description == "+proj=utm +zone=42 +datum=WGS84")
  }

  @Test func parseRejectsUnknownCode() {
    #expect(throws: ProjectionError.unknownCRS(definition: "EPSG:999999", reason: "crs not found"))
    {
      try CRS.parse("EPSG:999999")
    }
  }

  @Test func wktIsSingleLineByDefaultAndNamesTheCRS() throws {
    let wkt2 = try Fixtures.utm42.wkt()
    #expect(wkt2.hasPrefix(#"PROJCRS["WGS 84 / UTM zone 42N""#))
    #expect(!wkt2.contains("\n"))
    #expect(wkt2.contains(#"ID["EPSG",32642]"#))

    let wkt1 = try Fixtures.utm42.wkt(.wkt1GDAL)
    #expect(wkt1.hasPrefix(#"PROJCS["WGS 84 / UTM zone 42N""#))
    #expect(wkt1.hasSuffix(#"AUTHORITY["EPSG","32642"]]"#))

    #expect(try Fixtures.utm42.wkt(multiline: true).contains("\n"))
  }

  @Test func wktRoundTripsThroughParse() throws {
    let fromWKT = try CRS.parse(CRS.wgs84.wkt())
    #expect(fromWKT.isGeographic)
    #expect(fromWKT.identifier?.code == "4326")
  }

  @Test func wktOfUnknownCRSThrows() {
    #expect(throws: ProjectionError.self) { try CRS("EPSG:999999").wkt() }
  }

  @Test func utmNorthBuildsEPSGCodes() {
    #expect(CRS.utmNorth(zone: 41) == CRS("EPSG:32641"))
    #expect(CRS.utmNorth(zone: 43).definition == "EPSG:32643")
  }

  @Test func equalityIsTextual() {
    #expect(CRS("EPSG:4326") == .wgs84)
    #expect(CRS("epsg:4326") != .wgs84)
  }
}
