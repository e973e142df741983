import GeoJSON
import GeoModel


/// A geometry encoded once as GeoJSON bytes, with its extent: shared by every feature and
/// every day that shows the same district or province, so a request only copies bytes.
struct EncodedGeometry: Sendable {
  /// `{"type":"MultiPolygon","coordinates":…}`.
  let bytes: [UInt8]
  /// Longitude/latitude extent, for `bbox` filters.
  let extent: BoundingBox?
}

/// One feature ready to be sent: its bytes up to `"geometry":` and the shared geometry.
///
/// ``FeatureEncoder`` writes members in the fixed order `type, id, properties, geometry`, so
/// a feature encoded without geometry ends in `"geometry":null}`; cutting that `null}` gives
/// ``head``, and `head + geometry + "}"` is exactly the encoder's output with the geometry.
struct ServedFeature: Sendable {
  /// The feature id (pcode, event id or `pcode@valid_from`).
  let id: String
  /// `{"type":"Feature","id":…,"properties":{…},"geometry":`.
  let head: [UInt8]
  /// The geometry; nil is written as `null`.
  let geometry: EncodedGeometry?
  /// The days the feature covers, for date filters (nil: no date).
  let days: ClosedRange<Int>?
  /// The values of the collection's queryables (``CollectionID/queryables``), for attribute
  /// filters.
  var attributes: [String: String] = [:]

  /// Whether every filter (queryable name → accepted values) matches.
  func matches(_ filters: [String: Set<String>]) -> Bool {
    filters.allSatisfy { name, values in attributes[name].map(values.contains) ?? false }
  }

  /// Appends the complete feature to `out`.
  func append(to out: inout [UInt8]) {
    out += head
    if let geometry { out += geometry.bytes } else { out += Self.null }
    out.append(UInt8(ascii: "}"))
  }

  /// Appends the feature with extra members (`,"links":[…]`) before its closing brace.
  func append(to out: inout [UInt8], extraMembers: String) {
    out += head
    if let geometry { out += geometry.bytes } else { out += Self.null }
    out += Array(extraMembers.utf8)
    out.append(UInt8(ascii: "}"))
  }

  /// Whether the feature's extent meets `box` (features without geometry never do).
  func intersects(_ box: BoundingBox) -> Bool {
    guard let extent = geometry?.extent else { return false }
    return extent.minX <= box.maxX && extent.maxX >= box.minX && extent.minY <= box.maxY && extent.maxY >= box.minY
  }

  static let null = Array("null".utf8)
}

/// Encodes features and geometries into ``ServedFeature``s.
struct ServedFeatureEncoder: Sendable {
  /// 6 decimals: about 0.1 m in degrees, as the layer files (RFC 7946 GeoJSON).
  let encoder: FeatureEncoder

  init() throws {
    encoder = try FeatureEncoder(precision: 6)
  }

  private static let nullTail = Array("null}".utf8)
  private static let geometryPrefix = Array("{\"type\":\"Feature\",\"properties\":{},\"geometry\":".utf8)

  /// The geometry's GeoJSON bytes and extent.
  /// - Throws: `WriterError` for a non-finite coordinate.
  func geometry(_ geometry: Geometry) throws -> EncodedGeometry {
    let bytes = try encoder.encode(Feature(geometry: geometry))
    // {"type":"Feature","properties":{},"geometry":<geometry>}
    let body = Array(bytes[Self.geometryPrefix.count..<(bytes.count - 1)])
    return EncodedGeometry(bytes: body, extent: geometry.boundingBox)
  }

  /// The feature without its geometry, joined to `geometry`.
  /// - Parameters:
  ///   - feature: the feature (its own geometry is ignored).
  ///   - geometry: the shared encoded geometry.
  ///   - days: the days it covers, for date filters.
  /// - Throws: `WriterError` for a non-finite number or a malformed date.
  func feature(
    _ feature: Feature, geometry: EncodedGeometry?, days: ClosedRange<Int>? = nil, attributes: [String: String] = [:]
  ) throws -> ServedFeature {
    var bare = feature
    bare.geometry = nil
    let bytes = try encoder.encode(bare)
    let id: String
    switch feature.id {
    case .string(let text)?: id = text
    case .integer(let number)?: id = String(number)
    case nil: id = ""
    }
    return ServedFeature(
      id: id, head: Array(bytes.dropLast(Self.nullTail.count)), geometry: geometry, days: days, attributes: attributes)
  }
}
