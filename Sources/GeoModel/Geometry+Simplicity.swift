/// Where a ring fails to be simple: two of its edges meet somewhere other than the vertex
/// they share.
public struct RingSelfIntersection: Hashable, Sendable {
  /// 0-based polygon within the geometry (always 0 for a `.polygon`).
  public var polygonIndex: Int
  /// 0-based ring within that polygon (0: the exterior ring).
  public var ringIndex: Int
  /// 0-based index, in the ring as given, of the first position of the earlier edge.
  public var firstEdge: Int
  /// 0-based index of the first position of the later edge.
  public var secondEdge: Int
  /// A point where they meet, in the positions' units (longitude/latitude degrees or metres).
  public var point: Position
}

extension Geometry {
  /// The first ring of a `.polygon` or `.multiPolygon` that is not simple, or `nil` when every
  /// ring is (OGC Simple Features: a ring may not cross or touch itself; `[RFC 7946
  /// §3.1.6](https://datatracker.ietf.org/doc/html/rfc7946#section-3.1.6)` rings are "linear
  /// rings" in that sense).
  ///
  /// Crossing edges, an edge touching another edge, a vertex visited twice and a spike (an
  /// edge folding back over the previous one) all count; repeated consecutive positions do
  /// not. Rings are compared with exact orientation tests on the coordinates as given, so the
  /// result does not depend on a tolerance. Rings of other geometries, and the relation
  /// between different rings, are not checked.
  ///
  /// Cost: O(n log n) for a ring of n positions in practice (edges are swept by `x`), so the
  /// 277 028 positions of the OCHA districts take a few milliseconds.
  public var firstSelfIntersection: RingSelfIntersection? {
    let polygons: [[[Position]]]
    switch self {
    case .polygon(let rings): polygons = [rings]
    case .multiPolygon(let parts): polygons = parts
    default: return nil
    }
    for (polygonIndex, rings) in polygons.enumerated() {
      for (ringIndex, ring) in rings.enumerated() {
        if let (edges, point) = Self.selfIntersection(of: ring) {
          return RingSelfIntersection(
            polygonIndex: polygonIndex, ringIndex: ringIndex, firstEdge: edges.0, secondEdge: edges.1, point: point)
        }
      }
    }
    return nil
  }

  /// The first pair of non-adjacent edges of `ring` that meet, found by a sweep over `x`.
  static func selfIntersection(of ring: [Position]) -> ((Int, Int), Position)? {
    // Vertices without consecutive repeats; `source` maps back to the caller's indices.
    var points: [Position] = []
    var source: [Int] = []
    points.reserveCapacity(ring.count)
    for (index, point) in ring.enumerated() {
      if points.last == point {
        source[source.count - 1] = index  // an edge starts at the last of repeated positions
      } else {
        points.append(point)
        source.append(index)
      }
    }
    if points.count > 1, points[0] == points[points.count - 1] {
      points.removeLast()
      source.removeLast()
    }
    let n = points.count  // edges: i → (i + 1) % n
    guard n >= 3 else {
      // Two distinct vertices or fewer: the ring runs back over itself.
      return n == 2 ? ((source[0], source[1]), points[1]) : nil
    }

    // Spikes: an edge that turns back along the previous one.
    for i in 0..<n {
      let a = points[(i + n - 1) % n], b = points[i], c = points[(i + 1) % n]
      if orientation(a, b, c) == 0, (b.x - a.x) * (c.x - b.x) + (b.y - a.y) * (c.y - b.y) < 0 {
        let previous = source[(i + n - 1) % n]
        return ((min(previous, source[i]), max(previous, source[i])), b)
      }
    }

    // Sweep: edges in order of their smallest x; each is tested against the edges still
    // "open" (largest x not left of its smallest x) whose y ranges overlap too.
    let lefts = (0..<n).map { min(points[$0].x, points[($0 + 1) % n].x) }
    let order = (0..<n).sorted { lefts[$0] != lefts[$1] ? lefts[$0] < lefts[$1] : $0 < $1 }
    var open: [Int] = []
    for edge in order {
      let p = points[edge], q = points[(edge + 1) % n]
      let minX = min(p.x, q.x), minY = min(p.y, q.y), maxY = max(p.y, q.y)
      open.removeAll { max(points[$0].x, points[($0 + 1) % n].x) < minX }
      for other in open {
        let difference = abs(edge - other)
        if difference == 1 || difference == n - 1 { continue }  // neighbours share a vertex
        let r = points[other], s = points[(other + 1) % n]
        if max(r.y, s.y) < minY || min(r.y, s.y) > maxY { continue }
        if let point = meeting(p, q, r, s) {
          let pair = (source[min(edge, other)], source[max(edge, other)])
          return (pair, point)
        }
      }
      open.append(edge)
    }
    return nil
  }

  /// Twice the signed area of the triangle a, b, c: > 0 counter-clockwise, 0 collinear.
  /// Coordinates are taken relative to `a` so large projected values keep their precision.
  private static func orientation(_ a: Position, _ b: Position, _ c: Position) -> Double {
    (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x)
  }

  /// Whether `c`, collinear with segment a–b, lies within its bounding box.
  private static func within(_ a: Position, _ b: Position, _ c: Position) -> Bool {
    min(a.x, b.x) <= c.x && c.x <= max(a.x, b.x) && min(a.y, b.y) <= c.y && c.y <= max(a.y, b.y)
  }

  /// A point common to segments p–q and r–s, or `nil` when they do not meet.
  private static func meeting(_ p: Position, _ q: Position, _ r: Position, _ s: Position) -> Position? {
    let d1 = orientation(p, q, r), d2 = orientation(p, q, s)
    let d3 = orientation(r, s, p), d4 = orientation(r, s, q)
    // Coordinates near the Double limit overflow the products; such a pair is left undecided
    // rather than reported from NaN (no real boundary comes near: degrees ≤ 180, metres ≈ 10⁷).
    guard d1.isFinite, d2.isFinite, d3.isFinite, d4.isFinite else { return nil }
    if ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0)) {
      let t = d3 / (d3 - d4)
      let point = Position(x: p.x + t * (q.x - p.x), y: p.y + t * (q.y - p.y))
      return point.x.isFinite && point.y.isFinite ? point : p
    }
    if d1 == 0, within(p, q, r) { return r }
    if d2 == 0, within(p, q, s) { return s }
    if d3 == 0, within(r, s, p) { return p }
    if d4 == 0, within(r, s, q) { return q }
    return nil
  }
}
