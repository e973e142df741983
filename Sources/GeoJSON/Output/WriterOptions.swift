/// Options for ``FeatureCollectionWriter``.
///
/// The defaults produce RFC 7946 output: 6 decimals (≈0.1 m in degrees), no `crs` member,
/// no `name` and no collection `bbox`.
public struct WriterOptions: Hashable, Sendable {
  /// Decimals kept for coordinates and real numbers (0...15). 6 for degrees, 2 for metres.
  public var precision: Int
  /// A legacy (GeoJSON 2008) CRS name such as `"urn:ogc:def:crs:EPSG::32642"`, written as
  /// `"crs":{"type":"name","properties":{"name":…}}`. `nil` omits the member, which RFC 7946
  /// requires (coordinates are then WGS 84 longitude/latitude). GDAL reads the member, so
  /// projected layers open in the right CRS.
  public var crsName: String?
  /// The collection's `name` member; GDAL uses it as the layer name. `nil` omits it.
  public var name: String?
  /// Whether to write the collection `bbox` ([RFC 7946 §5](https://datatracker.ietf.org/doc/html/rfc7946#section-5)),
  /// computed while streaming and written after `features`.
  public var writesBoundingBox: Bool

  /// Creates options.
  /// - Parameters:
  ///   - precision: Decimals kept (0...15).
  ///   - crsName: Legacy CRS name, or `nil` for RFC 7946 output.
  ///   - name: Layer name, or `nil`.
  ///   - writesBoundingBox: Whether to write the collection `bbox`.
  public init(
    precision: Int = 6, crsName: String? = nil, name: String? = nil, writesBoundingBox: Bool = false
  ) {
    self.precision = precision
    self.crsName = crsName
    self.name = name
    self.writesBoundingBox = writesBoundingBox
  }
}
