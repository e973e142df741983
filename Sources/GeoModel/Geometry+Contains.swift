extension Geometry {
  /// Whether `position` lies inside the polygon or multipolygon (points on an edge may go
  /// either way; other geometry types contain nothing).
  ///
  /// Even–odd ray casting (W. Randolph Franklin's `pnpoly` crossing test) over every ring of
  /// each polygon, so a point in a hole is outside. Positions and rings are in the same planar
  /// or geographic frame; Afghanistan does not cross the antimeridian, so degrees work as is.
  public func contains(_ position: Position) -> Bool {
    switch self {
    case .polygon(let rings):
      return Self.polygon(rings, contains: position)
    case .multiPolygon(let polygons):
      return polygons.contains { Self.polygon($0, contains: position) }
    case .point, .multiPoint, .lineString:
      return false
    }
  }

  private static func polygon(_ rings: [[Position]], contains position: Position) -> Bool {
    var inside = false
    for ring in rings where ring.count >= 3 {
      var previous = ring[ring.count - 1]
      for current in ring {
        // The edge straddles the horizontal line through the point, and the crossing lies to
        // the point's right.
        if (current.y > position.y) != (previous.y > position.y) {
          let crossingX = (previous.x - current.x) * (position.y - current.y) / (previous.y - current.y) + current.x
          if position.x < crossingX { inside.toggle() }
        }
        previous = current
      }
    }
    return inside
  }
}
