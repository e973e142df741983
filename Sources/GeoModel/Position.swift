/// One planar or geographic position: two coordinates, always in `x, y` order.
///
/// The order follows [RFC 7946 §3.1.1](https://datatracker.ietf.org/doc/html/rfc7946#section-3.1.1):
/// `x` is the **longitude** (degrees east, WGS 84) or, in a projected CRS, the **easting** (metres);
/// `y` is the **latitude** (degrees north) or the **northing** (metres). It is never
/// latitude-first, whatever axis order an EPSG definition declares.
///
/// Altitude is not modelled: readers drop a third coordinate
/// ([RFC 7946 §3.1.1](https://datatracker.ietf.org/doc/html/rfc7946#section-3.1.1) makes it optional).
///
/// ## Example
/// ```swift
/// let kabul = Position(longitude: 69.1723, latitude: 34.5281)
/// let projected = Position(easting: 515_812.4, northing: 3_820_570.2)
/// ```
public struct Position: Hashable, Sendable {
  /// Longitude in degrees (geographic) or easting in metres (projected).
  public var x: Double
  /// Latitude in degrees (geographic) or northing in metres (projected).
  public var y: Double

  /// Creates a position from its first (`x`) and second (`y`) coordinate.
  /// - Parameters:
  ///   - x: Longitude in degrees or easting in metres.
  ///   - y: Latitude in degrees or northing in metres.
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }

  /// Creates a geographic position (WGS 84 degrees).
  /// - Parameters:
  ///   - longitude: Degrees east of Greenwich, stored as `x`.
  ///   - latitude: Degrees north of the equator, stored as `y`.
  public init(longitude: Double, latitude: Double) {
    self.init(x: longitude, y: latitude)
  }

  /// Creates a projected position (metres in some projected CRS such as UTM 42N).
  /// - Parameters:
  ///   - easting: Metres east, stored as `x`.
  ///   - northing: Metres north, stored as `y`.
  public init(easting: Double, northing: Double) {
    self.init(x: easting, y: northing)
  }

  /// The longitude (`x`) when the position is geographic.
  public var longitude: Double { x }
  /// The latitude (`y`) when the position is geographic.
  public var latitude: Double { y }
}
