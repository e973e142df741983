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
  /// Candidate lists for single-nearest queries, or nil (see ``CandidateGrid``).
  private let grid: CandidateGrid?

  public init(_ points: [Coordinate]) {
    self.init(points, candidateGrid: true)
  }

  /// - Parameter candidateGrid: whether to build the ``CandidateGrid`` of limit-1 queries
  ///   (about 0.2 µs saved per query against a build of a few milliseconds for the 399
  ///   districts; not worth it for one query).
  init(_ points: [Coordinate], candidateGrid: Bool) {
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
    grid = candidateGrid ? CandidateGrid(points, nodes: nodes) : nil
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
    // Limit 1 inside the grid: the cell's few candidates hold the 2 nearest by chord, and in
    // the common case (the second's chord beyond the first's geodesic) the first is the answer,
    // returned without the buffers below.
    var cellPair: CellPair? = nil
    var firstMeasured: Neighbour? = nil
    if wanted == CandidateGrid.wanted, let grid, let cell = grid.cell(of: point) {
      let pair = twoNearest(q, inCell: cell, of: grid)
      cellPair = pair
      if limit == 1, pair.first.node >= 0 {
        let neighbour = measure(point, Int(position[pair.first.node]))
        let reach = neighbour.distance * (1 + 1e-9) + 1e-3
        if pair.second.node < 0 || pair.second.chord > reach * reach {
          if let radius, neighbour.distance > radius { return [] }
          return [neighbour]
        }
        firstMeasured = neighbour
      }
    }
    return withUnsafeTemporaryAllocation(of: (Double, Int).self, capacity: wanted) { buffer in
      var best = BoundedList(buffer)
      if let cellPair {
        if cellPair.first.node >= 0 { best.offer(cellPair.first.node, cellPair.first.chord) }
        if cellPair.second.node >= 0 { best.offer(cellPair.second.node, cellPair.second.chord) }
      } else {
        nodes.withUnsafeBufferPointer { nodes in
          axis.withUnsafeBufferPointer { axis in
            Self.search(q, 0, nodes.count, nodes, axis, &best)
          }
        }
      }
      // 2. Geodesics of the first `limit`; the largest bounds the answer.
      let measuredCount = min(limit, best.count)
      var measured: [Neighbour] = []
      measured.reserveCapacity(measuredCount)
      var bound = 0.0
      for i in 0..<measuredCount {
        let neighbour = (i == 0 ? firstMeasured : nil) ?? measure(point, Int(position[best.buffer[i].1]))
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

  /// The two nearest candidates of a grid cell by squared chord, as tree nodes (-1: none).
  private struct CellPair {
    var first = (chord: Double.infinity, node: -1)
    var second = (chord: Double.infinity, node: -1)
  }

  /// The cell's two nearest candidates to `q` by chord, ties to the earlier candidate (as
  /// `BoundedList` keeps them). Candidates come nearest to the cell first: once one's distance
  /// to the cell is no less than the second-best chord so far, neither it nor any after it can
  /// be among the two.
  @inline(__always)
  private func twoNearest(_ q: SIMD4<Double>, inCell cell: Int, of grid: CandidateGrid) -> CellPair {
    var pair = CellPair()
    nodes.withUnsafeBufferPointer { nodes in
      grid.candidates.withUnsafeBufferPointer { candidates in
        grid.cellDistances.withUnsafeBufferPointer { cellDistances in
          for i in Int(grid.start[cell])..<Int(grid.start[cell + 1]) {
            if cellDistances[i] >= pair.second.chord { break }
            let node = Int(candidates[i])
            let d = nodes[node] - q
            let chord = (d * d).sum()
            if chord < pair.first.chord {
              pair.second = pair.first
              pair.first = (chord, node)
            } else if chord < pair.second.chord {
              pair.second = (chord, node)
            }
          }
        }
      }
    }
    return pair
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
    // geod_inverse gives azimuths in [-180, 180], so fmod (truncatingRemainder) by 360 would
    // change nothing: one addition brings them into [0, 360).
    var bearing = line.initialAzimuth
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

  // MARK: - Candidate grid

  /// For each cell of a longitude/latitude grid over the points (plus one cell around), the
  /// points that can be among the 2 nearest by chord to any query in the cell: a limit-1 query
  /// scans those few instead of walking the tree (issue 16: about 50 nodes visited per walk).
  ///
  /// Exact, not heuristic: each cell's Earth-centred bounding box is taken from its corners,
  /// which is exact because cell edges fall on multiples of a step dividing 90°, so no cell
  /// straddles the equator or a multiple of 90° of longitude, and inside such a cell each ECEF
  /// coordinate is monotonic in latitude and in longitude (x = N cos φ cos λ with N cos φ
  /// decreasing in |φ|, y likewise, z = N(1 − e²) sin φ). The box is widened by 1 m against
  /// rounding. If U is the second-smallest farthest distance from the box to a point, every
  /// query in the cell has 2 points within U, so its 2 nearest by chord lie within U of it and
  /// their nearest distance to the box is ≤ U: those points are the candidates.
  ///
  /// Built only for 2…4 096 points (cells × points work at build, about 2 × points cells).
  struct CandidateGrid: Sendable {
    /// The `limit + 1` nearest by chord a limit-1 query needs.
    static let wanted = 2
    let west: Double
    let south: Double
    let inverseStep: Double
    let columns: Int
    let rows: Int
    /// Candidates of cell `c` are `candidates[start[c]..<start[c + 1]]` (tree node indices),
    /// in increasing order of `cellDistances`.
    let start: [Int32]
    let candidates: [Int32]
    /// For each candidate, a lower bound of its squared chord from any point of the cell: the
    /// squared distance from the cell's widened box (0 inside it), rounded down.
    let cellDistances: [Double]

    init?(_ points: [Coordinate], nodes: [SIMD4<Double>]) {
      let n = points.count
      guard n >= Self.wanted, n <= 4096 else { return nil }
      var minLon = Double.infinity, maxLon = -Double.infinity
      var minLat = Double.infinity, maxLat = -Double.infinity
      for c in points {
        guard c.longitude.isFinite, c.latitude.isFinite else { return nil }
        minLon = min(minLon, c.longitude)
        maxLon = max(maxLon, c.longitude)
        minLat = min(minLat, c.latitude)
        maxLat = max(maxLat, c.latitude)
      }
      // The smallest step (each divides 90) giving at most about 2 cells per point.
      var chosen: (step: Double, west: Double, south: Double, columns: Int, rows: Int)?
      for step in [0.125, 0.25, 0.5, 1, 2, 3, 5, 6, 9, 10, 15, 18, 30, 45, 90] {
        // A margin of 1.5° (or one cell) around the points: queries near the edge stay in it.
        // For the 399 districts (61.15–73.35°E, 29.88–38.23°N) the grid then spans
        // 59.5–75°E, 28–40°N, all of Afghanistan's box (60.5–75.0°E, 29.3–38.5°N): with 1° it
        // ended at 74.5°E and 3.4 % of the benchmark's queries walked the tree instead.
        let margin = max(1.5, step)
        let west = max(-180, ((minLon - margin) / step).rounded(.down) * step)
        let east = min(180, ((maxLon + margin) / step).rounded(.up) * step)
        let south = max(-90, ((minLat - margin) / step).rounded(.down) * step)
        let north = min(90, ((maxLat + margin) / step).rounded(.up) * step)
        let columns = Int(((east - west) / step).rounded())
        let rows = Int(((north - south) / step).rounded())
        if columns * rows <= max(64, 2 * n) {
          chosen = (step, west, south, columns, rows)
          break
        }
      }
      guard let chosen, chosen.columns > 0, chosen.rows > 0 else { return nil }
      west = chosen.west
      south = chosen.south
      inverseStep = 1 / chosen.step
      columns = chosen.columns
      rows = chosen.rows
      let xs = nodes.map(\.x), ys = nodes.map(\.y), zs = nodes.map(\.z)
      var start: [Int32] = [0]
      var candidates: [Int32] = []
      var cellDistances: [Double] = []
      var cell: [(Double, Int32)] = []
      start.reserveCapacity(columns * rows + 1)
      for row in 0..<rows {
        for column in 0..<columns {
          let lon = west + Double(column) * chosen.step
          let lat = south + Double(row) * chosen.step
          var low = SIMD4<Double>(repeating: .infinity)
          var high = SIMD4<Double>(repeating: -.infinity)
          for corner in [(lon, lat), (lon + chosen.step, lat), (lon, lat + chosen.step), (lon + chosen.step, lat + chosen.step)] {
            let v = GeodesicPointIndex.vector(Coordinate(longitude: corner.0, latitude: corner.1))
            low = pointwiseMin(low, v)
            high = pointwiseMax(high, v)
          }
          // Widened by 1 m; scalar code (the generic SIMD helpers were 4 times slower here).
          let (x0, y0, z0) = (low.x - 1, low.y - 1, low.z - 1)
          let (x1, y1, z1) = (high.x + 1, high.y + 1, high.z + 1)
          // The second-smallest farthest squared distance from the box.
          var first = Double.infinity, second = Double.infinity
          for i in 0..<n {
            let dx = Swift.max(abs(xs[i] - x0), abs(xs[i] - x1))
            let dy = Swift.max(abs(ys[i] - y0), abs(ys[i] - y1))
            let dz = Swift.max(abs(zs[i] - z0), abs(zs[i] - z1))
            let far = dx * dx + dy * dy + dz * dz
            if far < first {
              second = first
              first = far
            } else if far < second {
              second = far
            }
          }
          let bound = second * (1 + 1e-9)
          cell.removeAll(keepingCapacity: true)
          for i in 0..<n {
            let dx = Swift.max(Swift.max(x0 - xs[i], xs[i] - x1), 0)
            let dy = Swift.max(Swift.max(y0 - ys[i], ys[i] - y1), 0)
            let dz = Swift.max(Swift.max(z0 - zs[i], zs[i] - z1), 0)
            let near = dx * dx + dy * dy + dz * dz
            if near <= bound { cell.append((near, Int32(i))) }
          }
          // The box is already 1 m wider than the cell; rounding the bound down by a further
          // relative 1e-9 keeps it a lower bound of every chord computed at query time.
          cell.sort { $0 < $1 }
          for (near, i) in cell {
            candidates.append(i)
            cellDistances.append(near * (1 - 1e-9))
          }
          start.append(Int32(candidates.count))
        }
      }
      self.start = start
      self.candidates = candidates
      self.cellDistances = cellDistances
    }

    /// The cell holding `point`, or nil outside the grid (or for non-finite input).
    @inline(__always)
    func cell(of point: Coordinate) -> Int? {
      let x = (point.longitude - west) * inverseStep
      let y = (point.latitude - south) * inverseStep
      guard x >= 0, y >= 0, x < Double(columns), y < Double(rows) else { return nil }
      return Int(y) * columns + Int(x)
    }
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
