/// A geographic position in decimal degrees on WGS 84, **longitude first**.
///
/// `Coordinate` is the geographic input of ``Transformer`` and the value type of ``Geodesic``.
/// The order is always longitude, latitude — the order of GeoJSON positions
/// ([RFC 7946 §3.1.1](https://www.rfc-editor.org/rfc/rfc7946#section-3.1.1)) and of
/// `proj_normalize_for_visualization` — never the latitude-first axis order that EPSG:4326
/// declares.
///
/// The memory layout is exactly two `Double`s (`longitude` at offset 0, `latitude` at offset 8,
/// stride 16), so an `[Coordinate]` can be handed to PROJ as a strided buffer.
///
/// No range check happens here: out-of-range values are reported by the operation that cannot
/// use them (for example ``ProjectionError/pointsOutsideDomain(indices:reason:)``).
///
/// ## Example
/// ```swift
/// let kabul = Coordinate(longitude: 69.1723, latitude: 34.5281)
/// ```
public struct Coordinate: Hashable, Sendable {
  /// Longitude in decimal degrees, positive east of Greenwich.
  public var longitude: Degrees
  /// Latitude in decimal degrees, positive north of the equator.
  public var latitude: Degrees

  /// Creates a coordinate from a longitude and a latitude, in that order.
  ///
  /// - Parameters:
  ///   - longitude: Degrees east of Greenwich (WGS 84).
  ///   - latitude: Degrees north of the equator (WGS 84).
  public init(longitude: Degrees, latitude: Degrees) {
    self.longitude = longitude
    self.latitude = latitude
  }
}
