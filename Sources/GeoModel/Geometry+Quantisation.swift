/// A ring that rounding would have broken, and what ``Geometry/quantised(decimals:)`` did instead.
public struct QuantisationRepair: Hashable, Sendable {
  /// What was done to the ring.
  public enum Action: Hashable, Sendable {
    /// The ring keeps this many decimals (more than asked) because fewer made it cross or
    /// touch itself, or collapse.
    case keptDecimals(Int)
    /// The ring collapsed (fewer than three distinct positions, or a line folding back on
    /// itself) at every precision tried and was left out; for an exterior ring the whole
    /// polygon part (with its holes) is left out.
    case droppedRing
  }

  /// 0-based polygon within the geometry (always 0 for a `.polygon`).
  public var polygonIndex: Int
  /// 0-based ring within that polygon (0: the exterior ring).
  public var ringIndex: Int
  /// What was done.
  public var action: Action

  /// Creates a repair record.
  public init(polygonIndex: Int, ringIndex: Int, action: Action) {
    self.polygonIndex = polygonIndex
    self.ringIndex = ringIndex
    self.action = action
  }
}

extension Geometry {
  /// How many decimals beyond the asked precision a ring may keep when rounding breaks it:
  /// 3 more is 1 mm more than 0.1 m in degrees (6 → 9 decimals ≈ 0.1 mm) and 0.01 mm in metres.
  public static let maximumExtraDecimals = 3

  /// The geometry with every coordinate rounded to `decimals` (half away from zero, the
  /// rounding ``FeatureEncoder`` prints), made so that rounding does not turn a valid polygon
  /// into an invalid one.
  ///
  /// Rounding moves each vertex by up to half a unit of the last decimal (0.05 m at 6 decimals
  /// of a degree, 5 mm at 2 decimals of a metre). For a narrow sliver or two nearly touching
  /// edges that is enough to make a ring cross itself, or to collapse a tiny ring into a line,
  /// which OGC Simple Features (and GEOS, so QGIS's overlay tools) reject. So, for each ring of
  /// a `.polygon` or `.multiPolygon`:
  ///
  /// 1. round, then drop consecutive repeated positions (keeping the ring closed);
  /// 2. if the ring is still simple (``firstSelfIntersection``'s test) with at least three
  ///    distinct positions, keep it;
  /// 3. otherwise, if the unrounded ring was simple, try 1, 2, … ``maximumExtraDecimals`` more
  ///    decimals for that ring alone and keep the first that is simple
  ///    (``QuantisationRepair/Action/keptDecimals(_:)``);
  /// 4. a ring that still collapses is dropped — a hole alone, an exterior ring with its
  ///    polygon part (``QuantisationRepair/Action/droppedRing``); a ring that was not simple
  ///    before rounding is kept rounded, as the input had it.
  ///
  /// Points and lines are rounded without further checks. Relations between rings (a hole
  /// touching its shell, two parts overlapping) are not re-checked: rounding moves shared
  /// vertices identically, so rings that met only at shared vertices still do.
  ///
  /// A geometry with a NaN or infinite coordinate is returned unchanged (writers report it).
  ///
  /// - Parameter decimals: Decimals kept, 0...15 (6 for degrees, 2 for metres).
  /// - Returns: The rounded geometry and one ``QuantisationRepair`` per ring that needed more
  ///   than rounding (empty for almost every geometry).
  public func quantised(decimals: Int) -> (geometry: Geometry, repairs: [QuantisationRepair]) {
    var allFinite = true
    forEachPosition { if !$0.x.isFinite || !$0.y.isFinite { allFinite = false } }
    guard allFinite else { return (self, []) }
    let decimals = max(0, min(decimals, 15))
    switch self {
    case .point(let position):
      return (.point(Self.round(position, decimals)), [])
    case .multiPoint(let positions):
      return (.multiPoint(positions.map { Self.round($0, decimals) }), [])
    case .lineString(let positions):
      return (.lineString(positions.map { Self.round($0, decimals) }), [])
    case .polygon(let rings):
      var repairs: [QuantisationRepair] = []
      let kept = Self.quantisedPolygon(rings, index: 0, decimals: decimals, repairs: &repairs)
      // A dropped exterior leaves an empty polygon (GeoJSON `"coordinates":[]`, WKB 0 rings).
      return (.polygon(kept ?? []), repairs)
    case .multiPolygon(let polygons):
      var repairs: [QuantisationRepair] = []
      let kept = polygons.enumerated().compactMap { index, rings in
        Self.quantisedPolygon(rings, index: index, decimals: decimals, repairs: &repairs)
      }
      return (.multiPolygon(kept), repairs)
    }
  }

  /// The rings of one polygon, quantised; nil when its exterior ring was dropped.
  private static func quantisedPolygon(
    _ rings: [[Position]], index: Int, decimals: Int, repairs: inout [QuantisationRepair]
  ) -> [[Position]]? {
    var kept: [[Position]] = []
    for (ringIndex, ring) in rings.enumerated() {
      let (result, action) = quantisedRing(ring, decimals: decimals)
      if let action {
        repairs.append(QuantisationRepair(polygonIndex: index, ringIndex: ringIndex, action: action))
      }
      guard let result else {
        if ringIndex == 0 { return nil }
        continue
      }
      kept.append(result)
    }
    return kept
  }

  /// One ring, quantised as ``quantised(decimals:)`` describes; nil when dropped, and the
  /// action when it needed more than rounding.
  private static func quantisedRing(
    _ ring: [Position], decimals: Int
  ) -> ([Position]?, QuantisationRepair.Action?) {
    let rounded = roundedRing(ring, decimals)
    if isSound(rounded) { return (rounded, nil) }
    // Was the ring sound before rounding? If not, rounding is not what broke it.
    guard isSound(roundedRing(ring, nil)) else {
      return (distinctCount(rounded) >= 3 ? rounded : nil, distinctCount(rounded) >= 3 ? nil : .droppedRing)
    }
    for extra in 1...maximumExtraDecimals where decimals + extra <= 15 {
      let finer = roundedRing(ring, decimals + extra)
      if isSound(finer) { return (finer, .keptDecimals(decimals + extra)) }
    }
    return (nil, .droppedRing)
  }

  /// Whether a closed ring without consecutive repeats has three distinct positions or more
  /// and does not cross or touch itself.
  private static func isSound(_ ring: [Position]) -> Bool {
    distinctCount(ring) >= 3 && selfIntersection(of: ring) == nil
  }

  /// Positions of a closed ring without consecutive repeats, not counting the closing one.
  private static func distinctCount(_ ring: [Position]) -> Int {
    ring.count >= 2 && ring.first == ring.last ? ring.count - 1 : ring.count
  }

  /// The ring rounded to `decimals` (nil: not rounded), consecutive repeats removed, closed.
  private static func roundedRing(_ ring: [Position], _ decimals: Int?) -> [Position] {
    var result: [Position] = []
    result.reserveCapacity(ring.count)
    for position in ring {
      let point = decimals.map { round(position, $0) } ?? position
      if result.last != point { result.append(point) }
    }
    if let first = result.first, result.count > 1, result.last != first { result.append(first) }
    // A ring whose last distinct position equals the first after rounding: [a, b, a] etc. is
    // already closed; a lone position stays a (degenerate) one-position ring.
    return result
  }

  /// `position` rounded to `decimals`, half away from zero: `(v × 10ⁿ).rounded() / 10ⁿ`, the
  /// Double nearest to the decimal ``FeatureEncoder`` prints for `v`.
  static func round(_ position: Position, _ decimals: Int) -> Position {
    let scale = powerOfTen(decimals)
    return Position(
      x: (position.x * scale).rounded(.toNearestOrAwayFromZero) / scale,
      y: (position.y * scale).rounded(.toNearestOrAwayFromZero) / scale)
  }

  /// 10ⁿ, exact for n ≤ 15 (0 for negative n is treated as 1).
  static func powerOfTen(_ n: Int) -> Double {
    var power = 1.0
    for _ in 0..<max(0, n) { power *= 10 }
    return power
  }
}
