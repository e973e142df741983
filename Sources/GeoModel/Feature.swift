/// A GeoJSON feature ([RFC 7946 §3.2](https://datatracker.ietf.org/doc/html/rfc7946#section-3.2)).
///
/// Properties are an **ordered** list: the writer emits them exactly in this order, so the
/// caller owns the output schema and the bytes are reproducible. Keys must be unique; the
/// encoder rejects duplicates rather than writing ambiguous JSON.
///
/// ## Example
/// ```swift
/// let feature = Feature(
///   id: "bbc-2021-08-15#attack.killed@120",
///   geometry: .point(Position(longitude: 69.1723, latitude: 34.5281)),
///   properties: [("name", "Kabul"), ("killed", 12), ("date", .date("2021-08-15"))]
/// )
/// ```
public struct Feature: Sendable {
  /// The optional `id` member.
  public var id: FeatureID?
  /// The geometry, or `nil` for an unlocated feature (written as `"geometry":null`).
  public var geometry: Geometry?
  /// The properties in output order.
  public var properties: [(key: String, value: PropertyValue)]
  /// ``geometry`` already encoded (``FeatureEncoder/encodeGeometry(_:)``), written in its place
  /// by encoders of the same precision, so a geometry written every day is formatted once per
  /// run. It must encode ``geometry``; equality and hashing ignore it.
  public var encodedGeometry: EncodedGeometry? = nil

  /// Creates a feature.
  /// - Parameters:
  ///   - id: Optional identifier.
  ///   - geometry: Optional geometry.
  ///   - properties: Key/value pairs in the order they are to be written.
  public init(
    id: FeatureID? = nil,
    geometry: Geometry?,
    properties: [(key: String, value: PropertyValue)] = []
  ) {
    self.id = id
    self.geometry = geometry
    self.properties = properties
  }

  /// The value of the first property named `key`, if any.
  /// - Parameter key: Property name.
  public subscript(property key: String) -> PropertyValue? {
    properties.first { $0.key == key }?.value
  }

  /// The feature with its geometry rewound to RFC 7946 orientation
  /// (see ``Geometry/rewoundForRFC7946()``).
  /// - Returns: A copy with counter-clockwise exteriors and clockwise holes.
  public func rewoundForRFC7946() -> Feature {
    var copy = self
    copy.geometry = geometry?.rewoundForRFC7946()
    return copy
  }
}

extension Feature: Hashable {
  /// Features are equal when id, geometry and the ordered properties are equal.
  public static func == (lhs: Feature, rhs: Feature) -> Bool {
    lhs.id == rhs.id && lhs.geometry == rhs.geometry
      && lhs.properties.elementsEqual(rhs.properties) { $0.key == $1.key && $0.value == $1.value }
  }

  /// Hashes id, geometry and the ordered properties.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(geometry)
    hasher.combine(properties.count)
    for property in properties {
      hasher.combine(property.key)
      hasher.combine(property.value)
    }
  }
}
