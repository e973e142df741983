import Projection
import Testing

@Suite("Geodesic (Karney, WGS 84)")
struct GeodesicTests {
  @Test func kabulToKandaharMatchesGeodAndGeodSolve() {
    // echo "34.5281 69.1723 31.6133 65.7101" | geod +ellps=WGS84 -I +units=m -F %.6f -f %.9f
    //   → -134.040701544  44.069048716  457123.154111   (azimuth, back azimuth, metres)
    // echo "34.5281 69.1723 31.6133 65.7101" | GeodSolve -i -p 9   (geographiclib-tools)
    //   → -134.04070154406722 -135.93095128423627 457123.154110639
    let line = Geodesic.wgs84.inverse(from: Fixtures.kabul, to: Fixtures.kandahar)
    #expect(abs(line.distance - 457_123.154110639) < 1e-6)
    #expect(abs(line.distance / 1000 - 457.1) < 0.05)  // STYLE §3.8
    #expect(abs(line.initialAzimuth - -134.04070154406722) < 1e-9)
    #expect(abs(line.finalAzimuth - -135.93095128423627) < 1e-9)
    // geod prints the back azimuth, which is the final azimuth turned round.
    #expect(abs((line.finalAzimuth + 180) - 44.069048716) < 1e-8)
    #expect(Fixtures.kabul.distance(to: Fixtures.kandahar) == line.distance)
  }

  @Test func distanceIsSymmetricAndZeroForTheSamePoint() {
    let forward = Geodesic.wgs84.distance(from: Fixtures.kabul, to: Fixtures.kandahar)
    let backward = Geodesic.wgs84.distance(from: Fixtures.kandahar, to: Fixtures.kabul)
    #expect(abs(forward - backward) < 1e-6)
    #expect(Geodesic.wgs84.distance(from: Fixtures.kabul, to: Fixtures.kabul) == 0)
  }

  @Test(
    "Azimuths point the way the map says",
    arguments: [
      (Coordinate(longitude: 69, latitude: 35), 0.0),  // due north along a meridian
      (Coordinate(longitude: 69, latitude: 33), 180.0),  // due south
    ])
  func azimuthAlongMeridianIsNorthOrSouth(end: Coordinate, expected: Degrees) {
    let line = Geodesic.wgs84.inverse(from: Coordinate(longitude: 69, latitude: 34), to: end)
    #expect(abs(abs(line.initialAzimuth) - expected) < 1e-9)
  }

  @Test func eastwardAzimuthOnTheEquatorIsNinety() {
    let line = Geodesic.wgs84.inverse(
      from: Coordinate(longitude: 69, latitude: 0), to: Coordinate(longitude: 70, latitude: 0))
    #expect(abs(line.initialAzimuth - 90) < 1e-9)
    #expect(abs(line.finalAzimuth - 90) < 1e-9)
    // One degree of the equator: a · π / 180.
    #expect(abs(line.distance - 6_378_137 * Double.pi / 180) < 1e-6)
  }

  @Test func directMatchesGeodSolve() {
    // echo "34 69 90 100000" | GeodSolve -p 9
    //   → 33.99523822910477 70.08238904409637 90.60523941317977
    let result = Geodesic.wgs84.direct(
      from: Coordinate(longitude: 69, latitude: 34), azimuth: 90, distance: 100_000)
    #expect(abs(result.coordinate.latitude - 33.99523822910477) < 1e-12)
    #expect(abs(result.coordinate.longitude - 70.08238904409637) < 1e-12)
    #expect(abs(result.finalAzimuth - 90.60523941317977) < 1e-9)
  }

  @Test func directThenInverseRoundTrips() {
    let result = Geodesic.wgs84.direct(
      from: Fixtures.kabul, azimuth: -134.04070154406722,
      distance: 457_123.154110639)
    #expect(Geodesic.wgs84.distance(from: result.coordinate, to: Fixtures.kandahar) < 1e-6)
  }

  /// The 1° × 1° cell 69–70°E, 34–35°N with geodesic edges.
  ///
  /// printf "34 69\n34 70\n35 70\n35 69\n" | Planimeter -p 9   (geographiclib-tools)
  ///   → 4 405535.126930364 10187822482.4744   (vertices, perimeter m, area m²)
  static let cell = [
    Coordinate(longitude: 69, latitude: 34), Coordinate(longitude: 70, latitude: 34),
    Coordinate(longitude: 70, latitude: 35), Coordinate(longitude: 69, latitude: 35),
  ]

  @Test(
    "Polygon area of a 1° cell near 34°N matches Planimeter",
    arguments: [
      ("open, counter-clockwise", cell),
      ("closed, counter-clockwise", cell + [cell[0]]),
      ("open, clockwise", Array(cell.reversed())),
      ("closed, clockwise", Array(cell.reversed()) + [cell[3]]),
    ])
  func polygonAreaOfOneDegreeCellMatchesPlanimeter(_ name: String, ring: [Coordinate]) {
    let result = Geodesic.wgs84.polygonArea(ring)
    #expect(abs(result.area - 10_187_822_482.4744) < 1, "\(name)")
    #expect(abs(result.perimeter - 405_535.126930364) < 1e-6, "\(name)")
  }

  @Test func degenerateRingsHaveNoArea() {
    #expect(Geodesic.wgs84.polygonArea([]).area == 0)
    #expect(Geodesic.wgs84.polygonArea([Fixtures.kabul]).area == 0)
    let twoPoints = Geodesic.wgs84.polygonArea([Fixtures.kabul, Fixtures.kandahar])
    #expect(twoPoints.area == 0)
    #expect(abs(twoPoints.perimeter - 2 * 457_123.154110639) < 1e-5)
  }

  @Test func wgs84ConstantsAreTheDefiningOnes() {
    #expect(Geodesic.wgs84.equatorialRadius == 6_378_137)
    #expect(Geodesic.wgs84.flattening == 1 / 298.257223563)
    #expect(Geodesic.wgs84 == Geodesic(equatorialRadius: 6_378_137, flattening: 1 / 298.257223563))
  }

  @Test func sphereGivesGreatCircleDistance() {
    let sphere = Geodesic(equatorialRadius: 6_371_000, flattening: 0)
    let quarter = sphere.distance(
      from: Coordinate(longitude: 0, latitude: 0), to: Coordinate(longitude: 90, latitude: 0))
    #expect(abs(quarter - 6_371_000 * Double.pi / 2) < 1e-6)
  }
}
