import Foundation
public import Projection

/// Nearest-point queries over a fixed set of points on the WGS 84 ellipsoid, ranked by exact
/// geodesic distance (Karney's `geod_inverse`, as `PlaceIndex.nearest(to:)` ranks them).
///
/// The points are kept as 3-D Earth-centred (ECEF) positions, in metres, in a static k-d tree.
/// The straight line (chord) between two points on the ellipsoid is never longer than the
/// geodesic, so a query first takes the `limit` nearest points by chord, computes their geodesics,
/// and then collects every point whose chord is within the largest of those (or the radius):
/// no point that could rank among the first `limit` by geodesic is missed, and only a handful of
/// geodesics are computed per query. Ties are broken by position in the input, so results equal a
/// brute-force sort by `(distance, position)`.
///
/// Immutable and `Sendable`; build once, query from any task.
public struct GeodesicPointIndex: Sendable {
  /// One result: the position of the point in the input, the geodesic from the query point.
  public struct Neighbour: Sendable, Hashable {
    public let position: Int
    /// Ellipsoidal distance on WGS 84, metres.
    public let distance: Meters
    /// Initial azimuth from the query point, degrees clockwise from north, in [0, 360).
    public let bearing: Degrees
  }

  /// Input points (longitude, latitude degrees).
  public let points: [Coordinate]
  /// Tree nodes: ECEF coordinates and input positions, laid out as an implicit balanced tree
  /// (the node of a range is its middle; children are the halves).
  private let nodes: [SIMD4<Double>]
  private let position: [Int32]
  /// Split axis per node (0, 1, 2).
  private let axis: [UInt8]
  private let geodesic = Geodesic.wgs84

  public init(_ points: [Coordinate]) {
    self.points = points
    let n = points.count
    var ecef = points.map { Self.ecef($0) }
    var order = Array(0..<n)
    var axis = [UInt8](repeating: 0, count: n)
    // Build: at each range, split on the widest axis at the median.
    var stack: [Range<Int>] = n > 0 ? [0..<n] : []
    while let range = stack.popLast() {
      guard range.count > Self.bucketSize else { continue }
      var low = (Double.infinity, Double.infinity, Double.infinity)
      var high = (-Double.infinity, -Double.infinity, -Double.infinity)
      for i in range {
        let p = ecef[order[i]]
        low = (min(low.0, p.0), min(low.1, p.1), min(low.2, p.2))
        high = (max(high.0, p.0), max(high.1, p.1), max(high.2, p.2))
      }
      let spans = (high.0 - low.0, high.1 - low.1, high.2 - low.2)
      let a: Int = spans.0 >= spans.1 && spans.0 >= spans.2 ? 0 : (spans.1 >= spans.2 ? 1 : 2)
      let mid = (range.lowerBound + range.upperBound) / 2
      Self.select(&order, range, mid) { Self.coordinate(ecef[$0], a) }
      axis[mid] = UInt8(a)
      stack.append(range.lowerBound..<mid)
      stack.append((mid + 1)..<range.upperBound)
    }
    nodes = order.map { SIMD4(ecef[$0].0, ecef[$0].1, ecef[$0].2, 0) }
    position = order.map { Int32($0) }
    self.axis = axis
    ecef = []
  }

  /// The `limit` points nearest to `point` by geodesic distance (within `radius` metres when
  /// given), nearest first; ties by input position.
  ///
  /// The chord is the cheap bound: the `limit + 1` nearest points by chord are found in one tree
  /// walk, the first `limit` are measured, and when the next one's chord already exceeds the
  /// largest of those geodesics (the usual case) no other point can rank: one walk and `limit`
  /// geodesics per query. Otherwise every point within that chord is collected and measured.
  public func nearest(to point: Coordinate, limit: Int, radius: Meters? = nil) -> [Neighbour] {
    guard limit > 0, !points.isEmpty else { return [] }
    let q = Self.vector(point)
    // 1. The `limit + 1` nearest by chord (all points when there are fewer).
    let wanted = limit < points.count ? limit + 1 : points.count
    return withUnsafeTemporaryAllocation(of: (Double, Int).self, capacity: wanted) { buffer in
      var best = BoundedList(buffer)
      nodes.withUnsafeBufferPointer { nodes in
        axis.withUnsafeBufferPointer { axis in
          Self.search(q, 0, nodes.count, nodes, axis, &best)
        }
      }
      // 2. Geodesics of the first `limit`; the largest bounds the answer.
      let measuredCount = min(limit, best.count)
      var measured: [Neighbour] = []
      measured.reserveCapacity(measuredCount)
      var bound = 0.0
      for i in 0..<measuredCount {
        let neighbour = measure(point, Int(position[best.buffer[i].1]))
        measured.append(neighbour)
        bound = max(bound, neighbour.distance)
      }
      if measuredCount < limit { bound = .infinity }
      if let radius { bound = min(bound, radius) }
      // Chord ≤ geodesic; a little slack covers rounding in both.
      let reach = bound * (1 + 1e-9) + 1e-3
      var result: [Neighbour]
      if best.count == measuredCount || best.buffer[measuredCount].0 > reach * reach {
        // No unmeasured point is within reach: the measured ones are the answer.
        result = measured
        if let radius { result.removeAll { $0.distance > radius } }
      } else {
        var within: [Int] = []
        within.reserveCapacity(best.count + 4)
        collect(q, reach * reach, 0..<points.count, &within)
        result = []
        result.reserveCapacity(within.count)
        for node in within {
          let p = Int(position[node])
          let neighbour = measured.first { $0.position == p } ?? measure(point, p)
          if let radius, neighbour.distance > radius { continue }
          result.append(neighbour)
        }
      }
      if result.count > 1 { result.sort { ($0.distance, $0.position) < ($1.distance, $1.position) } }
      if result.count > limit { result.removeLast(result.count - limit) }
      return result
    }
  }

  /// The same answer by computing every geodesic (for tests and benchmarks).
  public func nearestByBruteForce(to point: Coordinate, limit: Int, radius: Meters? = nil) -> [Neighbour] {
    var all: [Neighbour] = []
    for p in points.indices {
      let neighbour = measure(point, p)
      if let radius, neighbour.distance > radius { continue }
      all.append(neighbour)
    }
    all.sort { ($0.distance, $0.position) < ($1.distance, $1.position) }
    return Array(all.prefix(max(limit, 0)))
  }

  private func measure(_ point: Coordinate, _ p: Int) -> Neighbour {
    let line = geodesic.inverse(from: point, to: points[p])
    var bearing = line.initialAzimuth.truncatingRemainder(dividingBy: 360)
    if bearing < 0 { bearing += 360 }
    return Neighbour(position: p, distance: line.distance, bearing: bearing)
  }

  // MARK: - Tree search

  /// Ranges of at most this many points are leaves, scanned in order.
  static let bucketSize = 6

  /// The nearest nodes by squared chord, kept sorted in a caller-provided buffer (no heap
  /// allocation per query), at most `buffer.count`.
  private struct BoundedList {
    let buffer: UnsafeMutableBufferPointer<(Double, Int)>
    var count = 0
    init(_ buffer: UnsafeMutableBufferPointer<(Double, Int)>) { self.buffer = buffer }
    @inline(__always)
    var worst: Double { count < buffer.count ? .infinity : buffer[count - 1].0 }
    @inline(__always)
    mutating func offer(_ node: Int, _ d: Double) {
      guard d < worst else { return }
      var i = count < buffer.count ? count : count - 1
      if count < buffer.count { count += 1 }
      while i > 0, buffer[i - 1].0 > d {
        buffer[i] = buffer[i - 1]
        i -= 1
      }
      buffer[i] = (d, node)
    }
  }

  @inline(__always)
  private func squaredChord(_ q: SIMD4<Double>, _ node: Int) -> Double {
    let d = nodes[node] - q
    return (d * d).sum()
  }

  @inline(__always)
  private func split(_ q: SIMD4<Double>, _ node: Int) -> Double {
    let a = Int(axis[node])
    return q[a] - nodes[node][a]
  }

  /// The walk of step 1 over `nodes[lower..<upper]`, on unchecked buffers.
  private static func search(
    _ q: SIMD4<Double>, _ lower: Int, _ upper: Int, _ nodes: UnsafeBufferPointer<SIMD4<Double>>,
    _ axis: UnsafeBufferPointer<UInt8>, _ best: inout BoundedList
  ) {
    if upper - lower <= bucketSize {
      for node in lower..<upper {
        let d = nodes[node] - q
        best.offer(node, (d * d).sum())
      }
      return
    }
    let node = (lower + upper) / 2
    let p = nodes[node]
    let e = p - q
    best.offer(node, (e * e).sum())
    let s = -e[Int(axis[node])]
    if s < 0 {
      search(q, lower, node, nodes, axis, &best)
      if s * s < best.worst { search(q, node + 1, upper, nodes, axis, &best) }
    } else {
      search(q, node + 1, upper, nodes, axis, &best)
      if s * s < best.worst { search(q, lower, node, nodes, axis, &best) }
    }
  }

  private func collect(_ q: SIMD4<Double>, _ reach2: Double, _ range: Range<Int>, _ found: inout [Int]) {
    if range.count <= Self.bucketSize {
      for node in range where squaredChord(q, node) <= reach2 { found.append(node) }
      return
    }
    let node = (range.lowerBound + range.upperBound) / 2
    if squaredChord(q, node) <= reach2 { found.append(node) }
    let d = split(q, node)
    if d <= 0 || d * d <= reach2 { collect(q, reach2, range.lowerBound..<node, &found) }
    if d >= 0 || d * d <= reach2 { collect(q, reach2, (node + 1)..<range.upperBound, &found) }
  }

  // MARK: - Geometry

  /// Earth-centred, Earth-fixed position of a point on the WGS 84 ellipsoid (height 0), metres.
  static func ecef(_ c: Coordinate) -> (Double, Double, Double) {
    let a = 6_378_137.0
    let f = 1 / 298.257223563
    let e2 = f * (2 - f)
    let lat = c.latitude * .pi / 180
    let lon = c.longitude * .pi / 180
    let sinLat = sin(lat)
    let n = a / (1 - e2 * sinLat * sinLat).squareRoot()
    return (n * cos(lat) * cos(lon), n * cos(lat) * sin(lon), n * (1 - e2) * sinLat)
  }

  static func vector(_ c: Coordinate) -> SIMD4<Double> {
    let p = ecef(c)
    return SIMD4(p.0, p.1, p.2, 0)
  }

  private static func coordinate(_ p: (Double, Double, Double), _ axis: Int) -> Double {
    axis == 0 ? p.0 : (axis == 1 ? p.1 : p.2)
  }

  /// Reorders `order[range]` so that `order[k]` holds the element of rank k by `key` (Hoare's
  /// quickselect with a middle pivot).
  private static func select(_ order: inout [Int], _ range: Range<Int>, _ k: Int, _ key: (Int) -> Double) {
    var low = range.lowerBound
    var high = range.upperBound - 1
    while low < high {
      let pivot = key(order[(low + high) / 2])
      var i = low
      var j = high
      while i <= j {
        while key(order[i]) < pivot { i += 1 }
        while key(order[j]) > pivot { j -= 1 }
        if i <= j {
          order.swapAt(i, j)
          i += 1
          j -= 1
        }
      }
      if k <= j { high = j } else if k >= i { low = i } else { return }
    }
  }
}
