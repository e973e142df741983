extension Geometry {
  /// The geometry with ring vertices closer than `tolerance` to the previously kept vertex
  /// dropped (radial-distance thinning), for drawing only: layers keep every vertex.
  ///
  /// First and last vertices are always kept, so rings stay closed; a ring that would keep
  /// fewer than four vertices is left as it is. `tolerance` is in the geometry's units (metres
  /// for projected maps).
  public func thinned(tolerance: Double) -> Geometry {
    switch self {
    case .point, .multiPoint, .lineString:
      return self
    case .polygon(let rings):
      return .polygon(rings.map { Self.thin($0, tolerance) })
    case .multiPolygon(let polygons):
      return .multiPolygon(polygons.map { $0.map { Self.thin($0, tolerance) } })
    }
  }

  private static func thin(_ ring: [Position], _ tolerance: Double) -> [Position] {
    guard ring.count > 4, let first = ring.first, let last = ring.last else { return ring }
    let squared = tolerance * tolerance
    var kept = [first]
    var anchor = first
    for position in ring.dropFirst().dropLast() {
      let dx = position.x - anchor.x
      let dy = position.y - anchor.y
      if dx * dx + dy * dy >= squared {
        kept.append(position)
        anchor = position
      }
    }
    kept.append(last)
    return kept.count >= 4 ? kept : ring
  }
}
