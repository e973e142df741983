/// A GeoJSON geometry ([RFC 7946 §3.1](https://datatracker.ietf.org/doc/html/rfc7946#section-3.1)).
///
/// Only the types Frontline produces are modelled; the set is closed on purpose so that a
/// `switch` over it stays exhaustive. Rings are arrays of positions whose first and last
/// positions are equal ([RFC 7946 §3.1.6](https://datatracker.ietf.org/doc/html/rfc7946#section-3.1.6));
/// the first ring of a polygon is the exterior, the others are holes.
///
/// ## Example
/// ```swift
/// let square = Geometry.polygon([[
///   Position(x: 0, y: 0), Position(x: 1, y: 0), Position(x: 1, y: 1),
///   Position(x: 0, y: 1), Position(x: 0, y: 0),
/// ]])
/// ```
public enum Geometry: Hashable, Sendable {
  /// A single position (`"Point"`).
  case point(Position)
  /// Several unconnected positions (`"MultiPoint"`).
  case multiPoint([Position])
  /// Two or more connected positions (`"LineString"`).
  case lineString([Position])
  /// An exterior ring followed by zero or more holes (`"Polygon"`).
  case polygon([[Position]])
  /// Several polygons (`"MultiPolygon"`).
  case multiPolygon([[[Position]]])

  /// The GeoJSON `type` member for this geometry, e.g. `"MultiPolygon"`.
  public var typeName: String {
    switch self {
    case .point: "Point"
    case .multiPoint: "MultiPoint"
    case .lineString: "LineString"
    case .polygon: "Polygon"
    case .multiPolygon: "MultiPolygon"
    }
  }

  /// Calls `body` for every position of the geometry, rings and parts in order.
  /// - Parameter body: Called once per position (closing positions included).
  public func forEachPosition(_ body: (Position) throws -> Void) rethrows {
    switch self {
    case .point(let position):
      try body(position)
    case .multiPoint(let positions), .lineString(let positions):
      for position in positions { try body(position) }
    case .polygon(let rings):
      for ring in rings { for position in ring { try body(position) } }
    case .multiPolygon(let polygons):
      for rings in polygons { for ring in rings { for position in ring { try body(position) } } }
    }
  }

  /// The smallest box containing every position, or `nil` when the geometry has none.
  public var boundingBox: BoundingBox? {
    var box: BoundingBox?
    forEachPosition { position in
      if box == nil { box = BoundingBox(position) } else { box?.formUnion(position) }
    }
    return box
  }
}
