/// The SQL type of a user column, as GeoPackage 1.3.1 Table 1 names them (Req 5).
///
/// GDAL maps them to OGR field types: `TEXT` → String, `INTEGER` → Integer64, `MEDIUMINT` →
/// Integer, `REAL` → Real, `DATE` → Date (QGIS's temporal controller recognises it),
/// `DATETIME` → DateTime, `BOOLEAN` → Integer(Boolean).
public enum ColumnType: String, Hashable, Sendable, CaseIterable {
  /// UTF-8 text.
  case text = "TEXT"
  /// A 64-bit signed integer (GDAL: Integer64).
  case integer = "INTEGER"
  /// A 32-bit signed integer (GDAL: Integer), for counts and offsets.
  case mediumInteger = "MEDIUMINT"
  /// A 64-bit IEEE double.
  case real = "REAL"
  /// An ISO 8601 calendar date stored as `YYYY-MM-DD` text.
  case date = "DATE"
  /// An ISO 8601 UTC date-time stored as `YYYY-MM-DDTHH:MM:SS.SSSZ` text (GeoPackage 1.3.1
  /// Table 1); write ``GeoModel/PropertyValue/dateTime(_:)`` values into it. GDAL reads it as
  /// DateTime, which QGIS's temporal controller compares with its own date-times.
  case dateTime = "DATETIME"
  /// 0 or 1.
  case boolean = "BOOLEAN"
}

/// One user column of a table.
public struct ColumnDefinition: Hashable, Sendable {
  /// Column name: ASCII letters, digits and `_`, starting with a letter (lower case by
  /// Frontline's convention; camel case where another convention needs it, e.g. QGIS's
  /// `layer_styles`).
  public var name: String
  /// SQL type.
  public var type: ColumnType
  /// Whether NULL is rejected.
  public var isNotNull: Bool
  /// Whether values must be distinct (an SQL `UNIQUE` constraint, e.g. for a key other
  /// tables refer to).
  public var isUnique: Bool

  /// Creates a column.
  /// - Parameters:
  ///   - name: Column name.
  ///   - type: SQL type.
  ///   - isNotNull: `NOT NULL` when true.
  ///   - isUnique: `UNIQUE` when true.
  public init(_ name: String, _ type: ColumnType, isNotNull: Bool = false, isUnique: Bool = false) {
    self.name = name
    self.type = type
    self.isNotNull = isNotNull
    self.isUnique = isUnique
  }
}

/// The geometry type of a feature table's geometry column (GeoPackage 1.3.1 Annex E, the
/// `geometry_type_name` of `gpkg_geometry_columns` and the column's declared type, Req 25).
public enum GeometryType: String, Hashable, Sendable, CaseIterable {
  /// Points (WKB type 1).
  case point = "POINT"
  /// Line strings (WKB type 2).
  case lineString = "LINESTRING"
  /// Polygons (WKB type 3).
  case polygon = "POLYGON"
  /// Multi-points (WKB type 4).
  case multiPoint = "MULTIPOINT"
  /// Multi-polygons (WKB type 6).
  case multiPolygon = "MULTIPOLYGON"
}

/// The geometry column of a feature table.
public struct GeometryColumn: Hashable, Sendable {
  /// Column name (`geom`, GDAL's default).
  public var name: String
  /// The one geometry type every row has.
  public var type: GeometryType
  /// `srs_id` of the coordinates; must have been added to the writer first.
  public var srsID: Int32
  /// Decimals coordinates are rounded to (`(v * 10ⁿ).rounded() / 10ⁿ`), or nil to keep every
  /// bit: 6 for degrees (≈0.1 m), 2 for metres.
  public var precision: Int?

  /// Creates a geometry column.
  /// - Parameters:
  ///   - name: Column name.
  ///   - type: Geometry type.
  ///   - srsID: `srs_id` of the coordinates.
  ///   - precision: Decimals kept, or nil.
  public init(name: String = "geom", type: GeometryType, srsID: Int32, precision: Int? = nil) {
    self.name = name
    self.type = type
    self.srsID = srsID
    self.precision = precision
  }
}

/// A user table: a feature table (with a ``GeometryColumn``) or an attribute table (without).
///
/// Every table gets an `fid INTEGER PRIMARY KEY AUTOINCREMENT` first column (Req 29), then the
/// geometry column (features only), then ``columns`` in order.
public struct TableDefinition: Hashable, Sendable {
  /// Table name; also the layer name GDAL and QGIS show.
  public var name: String
  /// `gpkg_contents.description`.
  public var description: String
  /// The geometry column; nil for an attribute table (`data_type` `attributes`).
  public var geometry: GeometryColumn?
  /// The user columns, in order.
  public var columns: [ColumnDefinition]

  /// Creates a table definition.
  /// - Parameters:
  ///   - name: Table (layer) name.
  ///   - description: What the table holds.
  ///   - geometry: The geometry column, or nil.
  ///   - columns: Columns after `fid` (and the geometry).
  public init(name: String, description: String = "", geometry: GeometryColumn?, columns: [ColumnDefinition]) {
    self.name = name
    self.description = description
    self.geometry = geometry
    self.columns = columns
  }

  /// `features` or `attributes` (`gpkg_contents.data_type`).
  var dataType: String { geometry == nil ? "attributes" : "features" }
}
