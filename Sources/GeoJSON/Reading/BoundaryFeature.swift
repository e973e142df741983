import GeoModel

/// What ``BoundaryReader/readCollection(contentsOf:)`` reads: the features and the name in
/// the collection's legacy `crs` member (GeoJSON 2008 §3.1, e.g.
/// `urn:ogc:def:crs:EPSG::32642`), nil when it has none.
public struct BoundaryCollection: Hashable, Sendable {
  /// The features, in file order.
  public var features: [BoundaryFeature]
  /// The legacy `crs` member's name, if any.
  public var crsName: String?

  /// Creates a collection.
  public init(features: [BoundaryFeature], crsName: String?) {
    self.features = features
    self.crsName = crsName
  }
}

/// One administrative boundary read by ``BoundaryReader``.
///
/// Property values keep their JSON types (integral numbers become `.integer`, others
/// `.double`; ISO date strings stay `.string` because the reader does not guess). Nested
/// objects or arrays in properties are kept as their raw JSON text in a `.string`.
public struct BoundaryFeature: Hashable, Sendable {
  /// 0-based position in the collection's `features` array.
  public var index: Int
  /// 1-based line where the feature's object starts in the source file.
  public var line: Int
  /// Property values by key.
  public var properties: [String: PropertyValue]
  /// Property keys in the order the file lists them (duplicates listed once).
  public var propertyKeys: [String]
  /// A `.polygon` or `.multiPolygon`, positions in the file's CRS (Z dropped).
  public var geometry: Geometry

  /// Creates a boundary feature.
  /// - Parameters:
  ///   - index: 0-based feature index.
  ///   - line: 1-based source line.
  ///   - properties: Values by key.
  ///   - propertyKeys: Keys in source order.
  ///   - geometry: Polygon or multipolygon.
  public init(
    index: Int, line: Int, properties: [String: PropertyValue], propertyKeys: [String],
    geometry: Geometry
  ) {
    self.index = index
    self.line = line
    self.properties = properties
    self.propertyKeys = propertyKeys
    self.geometry = geometry
  }

  /// The properties as an ordered list, ready for ``Feature/properties``.
  public var orderedProperties: [(key: String, value: PropertyValue)] {
    propertyKeys.map { ($0, properties[$0] ?? .null) }
  }

  /// The geometry as a list of polygons (a `.polygon` becomes a one-element list).
  public var polygons: [[[Position]]] {
    switch geometry {
    case .polygon(let rings): [rings]
    case .multiPolygon(let polygons): polygons
    case .point, .multiPoint, .lineString: []
    }
  }

  /// The string value of `key`, or `nil` when absent or not a string.
  /// - Parameter key: Property name, e.g. `"ADM2_PCODE"`.
  public func string(_ key: String) -> String? {
    if case .string(let text)? = properties[key] { return text }
    return nil
  }
}
