import Foundation
import FrontlineTestSupport
import GeoJSON
import GeoModel
import Testing

/// `Geometry.firstSelfIntersection`: which rings are simple (OGC Simple Features), table-driven
/// on hand-made rings, cross-checked against an all-pairs search on random rings, and run on
/// the real boundary files (which GEOS's `IsValid` accepts, so no ring may be reported).
@Suite struct RingSimplicityTests {
  struct Case: CustomStringConvertible, Sendable {
    let name: String
    let ring: [(Double, Double)]
    /// The meeting point expected, or nil for a simple ring.
    let point: (Double, Double)?
    var description: String { name }
  }

  static let cases: [Case] = [
    Case(name: "square", ring: [(0, 0), (2, 0), (2, 2), (0, 2), (0, 0)], point: nil),
    Case(name: "clockwise square", ring: [(0, 0), (0, 2), (2, 2), (2, 0), (0, 0)], point: nil),
    Case(name: "concave L shape", ring: [(0, 0), (3, 0), (3, 1), (1, 1), (1, 3), (0, 3), (0, 0)], point: nil),
    Case(name: "repeated consecutive positions", ring: [(0, 0), (2, 0), (2, 0), (2, 2), (0, 2), (0, 0), (0, 0)], point: nil),
    Case(name: "collinear vertex on a straight edge", ring: [(0, 0), (1, 0), (2, 0), (2, 2), (0, 2), (0, 0)], point: nil),
    Case(name: "bow tie", ring: [(0, 0), (2, 2), (2, 0), (0, 2), (0, 0)], point: (1, 1)),
    Case(name: "figure eight through a shared vertex",
         ring: [(0, 0), (1, 1), (2, 0), (2, 2), (1, 1), (0, 2), (0, 0)], point: (1, 1)),
    Case(name: "vertex touching an edge", ring: [(0, 0), (4, 0), (4, 4), (2, 0), (0, 4), (0, 0)], point: (2, 0)),
    Case(name: "spike folding back", ring: [(0, 0), (2, 0), (3, 0), (2, 0.0 + 0), (2, 2), (0, 2), (0, 0)], point: (3, 0)),
    Case(name: "collinear overlap of two edges",
         ring: [(0, 0), (4, 0), (4, 2), (3, 2), (3, 0.0), (1, 0), (1, 2), (0, 2), (0, 0)], point: (3, 0)),
    Case(name: "ring running back over itself", ring: [(0, 0), (1, 1), (0, 0), (1, 1), (0, 0)], point: (0, 0)),
    Case(name: "projected metres, crossing far from the origin",
         ring: [(500_000, 3_700_000), (500_010, 3_700_010), (500_010, 3_700_000), (500_000, 3_700_010), (500_000, 3_700_000)],
         point: (500_005, 3_700_005)),
  ]

  static func ring(_ pairs: [(Double, Double)]) -> [Position] { pairs.map { Position(x: $0.0, y: $0.1) } }

  @Test(arguments: cases)
  func ringIsReportedExactlyWhenItIsNotSimple(_ row: Case) throws {
    let found = Geometry.polygon([Self.ring(row.ring)]).firstSelfIntersection
    if let (x, y) = row.point {
      let crossing = try #require(found, "\(row.name) should be reported")
      #expect(abs(crossing.point.x - x) < 1e-9 && abs(crossing.point.y - y) < 1e-9, "\(crossing)")
      #expect(crossing.polygonIndex == 0 && crossing.ringIndex == 0)
      #expect(crossing.firstEdge <= crossing.secondEdge && crossing.secondEdge < row.ring.count)
    } else {
      #expect(found == nil, "\(row.name): \(String(describing: found))")
    }
  }

  @Test func bowTieNamesItsEdgesByPositionInTheRingAsGiven() throws {
    // Repeated positions shift the edge numbers; the answer still uses the caller's indices.
    let ring = Self.ring([(0, 0), (0, 0), (2, 2), (2, 0), (2, 0), (0, 2), (0, 0)])
    let crossing = try #require(Geometry.polygon([ring]).firstSelfIntersection)
    #expect(crossing.firstEdge == 1)  // (0,0) → (2,2) starts at index 1
    #expect(crossing.secondEdge == 4)  // (2,0) → (0,2) starts at index 4
  }

  @Test func coordinatesNearTheDoubleLimitGiveNoNaN() {
    // Projected (non-geographic) input may hold any finite number; products overflow.
    let huge = 1e308
    let ring = Self.ring([(-huge, -huge), (huge, huge), (huge, -huge), (-huge, huge), (-huge, -huge)])
    if let crossing = Geometry.polygon([ring]).firstSelfIntersection {
      #expect(crossing.point.x.isFinite && crossing.point.y.isFinite)
    }
  }

  @Test func holeAndPolygonIndicesAreReported() throws {
    let square = Self.ring([(0, 0), (10, 0), (10, 10), (0, 10), (0, 0)])
    let bowTieHole = Self.ring([(2, 2), (4, 4), (4, 2), (2, 4), (2, 2)])
    let crossing = try #require(Geometry.multiPolygon([[square], [square, bowTieHole]]).firstSelfIntersection)
    #expect(crossing.polygonIndex == 1)
    #expect(crossing.ringIndex == 1)
    #expect(Geometry.point(Position(x: 0, y: 0)).firstSelfIntersection == nil)
  }

  /// All pairs of non-adjacent edges, the definition itself; O(n²).
  static func bruteForceIsSimple(_ ring: [Position]) -> Bool {
    var points: [Position] = []
    for point in ring where points.last != point { points.append(point) }
    if points.count > 1, points.first == points.last { points.removeLast() }
    let n = points.count
    if n < 3 { return n < 2 }
    func orient(_ a: Position, _ b: Position, _ c: Position) -> Double { (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x) }
    func on(_ a: Position, _ b: Position, _ c: Position) -> Bool {
      min(a.x, b.x) <= c.x && c.x <= max(a.x, b.x) && min(a.y, b.y) <= c.y && c.y <= max(a.y, b.y)
    }
    for i in 0..<n {
      // Adjacent edges: only a fold back along the same line makes them meet twice.
      let a = points[i], b = points[(i + 1) % n], c = points[(i + 2) % n]
      if orient(a, b, c) == 0, (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y) < 0 { return false }
      for j in stride(from: i + 2, to: n, by: 1) where !(i == 0 && j == n - 1) {
        let p = points[i], q = points[(i + 1) % n], r = points[j], s = points[(j + 1) % n]
        let d1 = orient(p, q, r), d2 = orient(p, q, s), d3 = orient(r, s, p), d4 = orient(r, s, q)
        if (d1 * d2 < 0) && (d3 * d4 < 0) { return false }
        if (d1 == 0 && on(p, q, r)) || (d2 == 0 && on(p, q, s)) || (d3 == 0 && on(r, s, p)) || (d4 == 0 && on(r, s, q)) {
          return false
        }
      }
    }
    return true
  }

  @Test func sweepAgreesWithAllPairsOnRandomRings() {
    // Random rings on a small integer grid: many crossings, touches and collinear edges.
    var generator = SplitMix64(seed: 2021)
    var simple = 0
    for trial in 0..<3000 {
      let count = 3 + Int(generator.next() % 12)
      var ring = (0..<count).map { _ in Position(x: Double(generator.next() % 7), y: Double(generator.next() % 7)) }
      ring.append(ring[0])
      let expected = Self.bruteForceIsSimple(ring)
      let found = Geometry.polygon([ring]).firstSelfIntersection
      #expect((found == nil) == expected, "trial \(trial): \(ring.map { "(\($0.x),\($0.y))" }.joined()) → \(String(describing: found))")
      if expected { simple += 1 }
    }
    // Both outcomes are exercised.
    #expect(simple > 100 && simple < 2900, "\(simple) of 3000 random rings were simple")
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: TestSupport.sharedData.path), "../shared/data is absent; skipping the real files"),
        arguments: ["afg_adm2_ocha_agcho_20180522.geojson", "afg_adm1_ocha_agcho_20180522.geojson",
                    "afg_adm2_geoboundaries_simplified.geojson", "afg_adm1_geoboundaries.geojson"])
  func realBoundaryFilesHaveOnlySimpleRings(_ name: String) throws {
    let features = try BoundaryReader().read(contentsOf: TestSupport.sharedData.appendingPathComponent(name))
    let reported = features.filter { $0.geometry.firstSelfIntersection != nil }.map(\.index)
    #expect(reported.isEmpty, "\(name): features \(reported)")
    #expect(features.count >= 34)
  }
}
