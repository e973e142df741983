/// An axis-aligned extent in the same units as the positions it encloses.
///
/// Written as the GeoJSON `bbox` member `[minX, minY, maxX, maxY]`
/// ([RFC 7946 §5](https://datatracker.ietf.org/doc/html/rfc7946#section-5)); Afghanistan does not
/// cross the antimeridian, so no wrapped boxes are produced.
public struct BoundingBox: Hashable, Sendable {
  /// Smallest `x` (west-most longitude or easting).
  public var minX: Double
  /// Smallest `y` (south-most latitude or northing).
  public var minY: Double
  /// Largest `x` (east-most longitude or easting).
  public var maxX: Double
  /// Largest `y` (north-most latitude or northing).
  public var maxY: Double

  /// Creates a box from its four edges.
  /// - Parameters:
  ///   - minX: West edge.
  ///   - minY: South edge.
  ///   - maxX: East edge.
  ///   - maxY: North edge.
  public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
    self.minX = minX
    self.minY = minY
    self.maxX = maxX
    self.maxY = maxY
  }

  /// Creates the degenerate box that holds exactly one position.
  /// - Parameter position: The only position inside the box.
  public init(_ position: Position) {
    self.init(minX: position.x, minY: position.y, maxX: position.x, maxY: position.y)
  }

  /// The width (`maxX - minX`) in the units of the positions.
  public var width: Double { maxX - minX }
  /// The height (`maxY - minY`) in the units of the positions.
  public var height: Double { maxY - minY }

  /// Grows the box so that it contains `position`.
  /// - Parameter position: The position to include.
  public mutating func formUnion(_ position: Position) {
    if position.x < minX { minX = position.x }
    if position.x > maxX { maxX = position.x }
    if position.y < minY { minY = position.y }
    if position.y > maxY { maxY = position.y }
  }

  /// Grows the box so that it contains `other`.
  /// - Parameter other: The box to include.
  public mutating func formUnion(_ other: BoundingBox) {
    minX = Swift.min(minX, other.minX)
    minY = Swift.min(minY, other.minY)
    maxX = Swift.max(maxX, other.maxX)
    maxY = Swift.max(maxY, other.maxY)
  }

  /// Returns the smallest box containing both boxes.
  /// - Parameter other: The box to include.
  /// - Returns: The union of `self` and `other`.
  public func union(_ other: BoundingBox) -> BoundingBox {
    var copy = self
    copy.formUnion(other)
    return copy
  }

  /// Whether `position` lies inside the box or on its edges.
  /// - Parameter position: The position to test.
  /// - Returns: `true` when `minX ≤ x ≤ maxX` and `minY ≤ y ≤ maxY`.
  public func contains(_ position: Position) -> Bool {
    position.x >= minX && position.x <= maxX && position.y >= minY && position.y <= maxY
  }
}
