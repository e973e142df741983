extension Array where Element == Position {
  /// The signed area of the ring by the shoelace formula, in squared units of the positions.
  ///
  /// Positive means counter-clockwise in an `x`-east, `y`-north frame (the orientation
  /// [RFC 7946 §3.1.6](https://datatracker.ietf.org/doc/html/rfc7946#section-3.1.6) requires for
  /// exterior rings); negative means clockwise. For geographic positions the unit is square
  /// degrees, which is fine for the sign but not a real area. The ring does not have to be
  /// closed; the closing edge is implied.
  public var signedRingArea: Double {
    guard count >= 3 else { return 0 }
    // Shift by the first position so large projected coordinates (≈10⁶ m) keep their precision.
    let origin = self[0]
    var twiceArea = 0.0
    var previous = Position(x: 0, y: 0)
    for index in 1..<count {
      let current = Position(x: self[index].x - origin.x, y: self[index].y - origin.y)
      twiceArea += previous.x * current.y - current.x * previous.y
      previous = current
    }
    return twiceArea / 2
  }

  /// Whether the ring's first and last positions are identical
  /// ([RFC 7946 §3.1.6](https://datatracker.ietf.org/doc/html/rfc7946#section-3.1.6)).
  /// An empty array is not a closed ring.
  public var isClosedRing: Bool {
    guard let first, let last, count > 1 else { return false }
    return first == last
  }

  /// The ring turned counter-clockwise (`true`) or clockwise (`false`), reversed only if needed.
  /// - Parameter counterClockwise: The wanted orientation.
  /// - Returns: `self` or `self.reversed()`. Degenerate rings (zero area) are returned unchanged.
  public func ringOriented(counterClockwise: Bool) -> [Position] {
    let area = signedRingArea
    if area == 0 || (area > 0) == counterClockwise { return self }
    return reversed()
  }
}

extension Geometry {
  /// The geometry with polygon rings wound as RFC 7946 requires.
  ///
  /// Exterior rings become counter-clockwise and holes clockwise (the right-hand rule of
  /// [RFC 7946 §3.1.6](https://datatracker.ietf.org/doc/html/rfc7946#section-3.1.6)). Points and
  /// lines are returned unchanged. Many shapefile-derived datasets (including OCHA's) use the
  /// opposite, ESRI, convention.
  /// - Returns: A geometry with the same positions, some rings reversed.
  public func rewoundForRFC7946() -> Geometry {
    switch self {
    case .point, .multiPoint, .lineString:
      return self
    case .polygon(let rings):
      return .polygon(Geometry.rewound(rings))
    case .multiPolygon(let polygons):
      return .multiPolygon(polygons.map(Geometry.rewound))
    }
  }

  private static func rewound(_ rings: [[Position]]) -> [[Position]] {
    rings.enumerated().map { index, ring in ring.ringOriented(counterClockwise: index == 0) }
  }
}
