/// A geometry already encoded as GeoJSON by ``FeatureEncoder/encodeGeometry(_:)``: the bytes of
/// the `geometry` member and the geometry's extent.
///
/// Layers written many times with the same geometries — a daily snapshot writes the same 399
/// district polygons every day — encode each geometry once per run and attach it to every
/// feature through ``Feature/encodedGeometry``; the writers then copy the bytes instead of
/// formatting every coordinate again (issue #16). The output is byte-identical to encoding the
/// geometry in the feature.
public struct EncodedGeometry: Sendable, Hashable {
  /// The decimals the coordinates were written with; a writer with another precision encodes
  /// ``Feature/geometry`` itself instead.
  public let precision: Int
  /// The geometry's extent (as ``Geometry/boundingBox``), for collection `bbox` members.
  public let boundingBox: BoundingBox?
  /// The UTF-8 JSON of the geometry object.
  package let bytes: [UInt8]

  package init(precision: Int, boundingBox: BoundingBox?, bytes: [UInt8]) {
    self.precision = precision
    self.boundingBox = boundingBox
    self.bytes = bytes
  }
}
