import FrontlineTestSupport
import Gazetteer
import Projection
import Testing

/// `GeodesicPointIndex.nearest` (the chord bound, then exact geodesics on the candidates) must
/// equal measuring every point with `geod_inverse` and sorting by (distance, position), for
/// every limit and radius: random points from a fixed seed, plus exact duplicates and ties.
@Suite struct GeodesicPointIndexTests {
  static func point(_ rng: inout SplitMix64, margin: Double = 0) -> Coordinate {
    Coordinate(
      longitude: Double.random(in: (60.5 - margin)...(75.0 + margin), using: &rng),
      latitude: Double.random(in: (29.3 - margin)...(38.5 + margin), using: &rng))
  }

  @Test func districtQueriesEqualBruteForceGeodesicRanking() throws {
    let locator = try PlaceIndex.embedded().locator(level: .district)
    let index = GeodesicPointIndex(locator.places.map(\.coordinate))
    var rng = SplitMix64(seed: 16)
    for q in 0..<500 {
      // Some queries far outside the country, where chord and geodesic differ most.
      let point = Self.point(&rng, margin: q % 5 == 0 ? 15 : 0)
      for (limit, radius) in [(1, nil), (3, nil), (10, 50_000.0), (1, 5_000.0), (400, nil)] as [(Int, Double?)] {
        #expect(index.nearest(to: point, limit: limit, radius: radius)
          == index.nearestByBruteForce(to: point, limit: limit, radius: radius), "query \(q) limit \(limit)")
      }
    }
  }

  /// Limit-1 queries scan a longitude/latitude grid's candidate lists: queries on the cell
  /// edges and corners (multiples of 0.25°) and just beside them must still be exact.
  @Test func singleNearestOnGridLinesEqualsBruteForce() throws {
    let locator = try PlaceIndex.embedded().locator(level: .district)
    let index = GeodesicPointIndex(locator.places.map(\.coordinate))
    for longitude in stride(from: 59.0, through: 76.5, by: 0.25) {
      for latitude in stride(from: 28.0, through: 40.0, by: 0.25) {
        for nudge in [0, 1e-9, -1e-9] {
          let point = Coordinate(longitude: longitude + nudge, latitude: latitude - nudge)
          #expect(index.nearest(to: point, limit: 1) == index.nearestByBruteForce(to: point, limit: 1),
                  "\(point)")
        }
      }
    }
    let pair = GeodesicPointIndex([Coordinate(longitude: 69, latitude: 34), Coordinate(longitude: 69, latitude: 34)])
    #expect(pair.nearest(to: Coordinate(longitude: 69.1, latitude: 34.2), limit: 1).map(\.position) == [0])
  }

  /// The limit-1 path stops scanning a cell's candidates at the first whose distance to the
  /// cell exceeds the second-best chord: queries all over the grid (and off it), and queries
  /// half-way along the geodesic between two districts (nearly equidistant, so the two nearest
  /// by chord are close to a tie), must give exactly the brute-force answer.
  @Test(arguments: [
    (seed: 1 as UInt64, margin: 0.0, count: 1_500), (seed: 2, margin: 2.0, count: 1_500), (seed: 3, margin: 20.0, count: 300),
  ])
  func singleNearestEqualsBruteForceOverManyPoints(seed: UInt64, margin: Double, count: Int) throws {
    let locator = try PlaceIndex.embedded().locator(level: .district)
    let index = GeodesicPointIndex(locator.places.map(\.coordinate))
    var rng = SplitMix64(seed: seed)
    var queries = (0..<count).map { _ in Self.point(&rng, margin: margin) }
    if margin == 0 {
      // Each district and its nearest other district.
      for a in index.points {
        guard let b = index.nearestByBruteForce(to: a, limit: 2).last.map({ index.points[$0.position] }) else { continue }
        let line = Geodesic.wgs84.inverse(from: a, to: b)
        queries.append(Geodesic.wgs84.direct(from: a, azimuth: line.initialAzimuth, distance: line.distance / 2).coordinate)
      }
    }
    for point in queries {
      #expect(index.nearest(to: point, limit: 1) == index.nearestByBruteForce(to: point, limit: 1), "\(point)")
    }
  }

  @Test func duplicatesAndEquidistantPointsRankByPosition() {
    let kabul = Coordinate(longitude: 69.1723, latitude: 34.5281)
    var rng = SplitMix64(seed: 7)
    var points = (0..<200).map { _ in Self.point(&rng) }
    points += [kabul, kabul, Coordinate(longitude: 69.2723, latitude: 34.5281), Coordinate(longitude: 69.0723, latitude: 34.5281)]
    let index = GeodesicPointIndex(points)
    for query in [kabul, Coordinate(longitude: 69.1723, latitude: 34.6281)] {
      for limit in [1, 2, 3, 5] {
        #expect(index.nearest(to: query, limit: limit) == index.nearestByBruteForce(to: query, limit: limit))
      }
    }
    #expect(index.nearest(to: kabul, limit: 2).map(\.position) == [200, 201])
  }
}
