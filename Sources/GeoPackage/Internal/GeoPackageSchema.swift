/// The SQL of the GeoPackage 1.3.1 core tables and of the R-tree spatial index extension.
///
/// Table definitions follow Annex C of OGC 12-128r18 ("Table Definition SQL"); the R-tree
/// triggers follow Annex F.3 ("RTree Spatial Indexes").
enum GeoPackageSchema {
  /// `application_id` 0x47504B47, the ASCII bytes "GPKG" (Req 2).
  static let applicationID: Int32 = 0x4750_4B47
  /// `user_version` 10301: GeoPackage 1.3.1 as `MMmmPP` (Req 2).
  static let userVersion: Int32 = 10301

  /// `gpkg_spatial_ref_sys` (Req 10), `gpkg_contents` (Req 13), `gpkg_geometry_columns`
  /// (Req 21) and `gpkg_extensions` (Req 58).
  static let coreTables = """
    CREATE TABLE gpkg_spatial_ref_sys (
      srs_name TEXT NOT NULL,
      srs_id INTEGER PRIMARY KEY,
      organization TEXT NOT NULL,
      organization_coordsys_id INTEGER NOT NULL,
      definition TEXT NOT NULL,
      description TEXT
    );
    CREATE TABLE gpkg_contents (
      table_name TEXT NOT NULL PRIMARY KEY,
      data_type TEXT NOT NULL,
      identifier TEXT UNIQUE,
      description TEXT DEFAULT '',
      last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
      min_x DOUBLE,
      min_y DOUBLE,
      max_x DOUBLE,
      max_y DOUBLE,
      srs_id INTEGER,
      CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id)
    );
    CREATE TABLE gpkg_geometry_columns (
      table_name TEXT NOT NULL,
      column_name TEXT NOT NULL,
      geometry_type_name TEXT NOT NULL,
      srs_id INTEGER NOT NULL,
      z TINYINT NOT NULL,
      m TINYINT NOT NULL,
      CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
      CONSTRAINT uk_gc_table_name UNIQUE (table_name),
      CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
      CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id)
    );
    CREATE TABLE gpkg_extensions (
      table_name TEXT,
      column_name TEXT,
      extension_name TEXT NOT NULL,
      definition TEXT NOT NULL,
      scope TEXT NOT NULL,
      CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
    );
    """

  /// The extension name and definition URL of the R-tree index (Annex F.3).
  static let rtreeExtensionName = "gpkg_rtree_index"
  static let rtreeExtensionDefinition = "http://www.geopackage.org/spec120/#extension_rtree"

  /// `rtree_<table>_<column>`.
  static func rtreeName(table: String, column: String) -> String {
    "rtree_\(table)_\(column)"
  }

  /// `CREATE VIRTUAL TABLE rtree_<t>_<c> USING rtree(id, minx, maxx, miny, maxy)`.
  static func rtreeTable(table: String, column: String) -> String {
    "CREATE VIRTUAL TABLE \(quoted(rtreeName(table: table, column: column))) USING rtree(id, minx, maxx, miny, maxy)"
  }

  /// The six triggers of Annex F.3 that keep the index in step with later edits (QGIS edits
  /// through GDAL, which defines the `ST_*` functions they call). They are created after the
  /// bulk load, so Frontline's own inserts never fire them and need no `ST_*` functions.
  static func rtreeTriggers(table: String, column c: String, idColumn i: String = "fid") -> String {
    let t = quoted(table)
    let r = quoted(rtreeName(table: table, column: c))
    let name = { (suffix: String) in quoted("rtree_\(table)_\(c)_\(suffix)") }
    let g = quoted(c)
    let id = quoted(i)
    let values = "NEW.\(id), ST_MinX(NEW.\(g)), ST_MaxX(NEW.\(g)), ST_MinY(NEW.\(g)), ST_MaxY(NEW.\(g))"
    return """
      CREATE TRIGGER \(name("insert")) AFTER INSERT ON \(t)
        WHEN (NEW.\(g) NOT NULL AND NOT ST_IsEmpty(NEW.\(g)))
      BEGIN
        INSERT OR REPLACE INTO \(r) VALUES (\(values));
      END;
      CREATE TRIGGER \(name("update1")) AFTER UPDATE OF \(g) ON \(t)
        WHEN OLD.\(id) = NEW.\(id) AND (NEW.\(g) NOTNULL AND NOT ST_IsEmpty(NEW.\(g)))
      BEGIN
        INSERT OR REPLACE INTO \(r) VALUES (\(values));
      END;
      CREATE TRIGGER \(name("update2")) AFTER UPDATE OF \(g) ON \(t)
        WHEN OLD.\(id) = NEW.\(id) AND (NEW.\(g) ISNULL OR ST_IsEmpty(NEW.\(g)))
      BEGIN
        DELETE FROM \(r) WHERE id = OLD.\(id);
      END;
      CREATE TRIGGER \(name("update3")) AFTER UPDATE ON \(t)
        WHEN OLD.\(id) != NEW.\(id) AND (NEW.\(g) NOTNULL AND NOT ST_IsEmpty(NEW.\(g)))
      BEGIN
        DELETE FROM \(r) WHERE id = OLD.\(id);
        INSERT OR REPLACE INTO \(r) VALUES (\(values));
      END;
      CREATE TRIGGER \(name("update4")) AFTER UPDATE ON \(t)
        WHEN OLD.\(id) != NEW.\(id) AND (NEW.\(g) ISNULL OR ST_IsEmpty(NEW.\(g)))
      BEGIN
        DELETE FROM \(r) WHERE id IN (OLD.\(id), NEW.\(id));
      END;
      CREATE TRIGGER \(name("delete")) AFTER DELETE ON \(t)
        WHEN OLD.\(g) NOT NULL
      BEGIN
        DELETE FROM \(r) WHERE id = OLD.\(id);
      END;
      """
  }

  /// `CREATE TABLE` for a user table: `fid`, the geometry column, then the user columns.
  static func createTable(_ table: TableDefinition) -> String {
    var columns = ["\(quoted("fid")) INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL"]
    if let geometry = table.geometry {
      columns.append("\(quoted(geometry.name)) \(geometry.type.rawValue)")
    }
    for column in table.columns {
      var text = "\(quoted(column.name)) \(column.type.rawValue)"
      if column.isNotNull { text += " NOT NULL" }
      if column.isUnique { text += " UNIQUE" }
      columns.append(text)
    }
    return "CREATE TABLE \(quoted(table.name)) (\n  " + columns.joined(separator: ",\n  ") + "\n)"
  }

  /// `INSERT INTO t (geom, c1, …) VALUES (?, ?, …)`; `fid` is assigned by SQLite.
  static func insert(_ table: TableDefinition) -> String {
    var names = table.columns.map { quoted($0.name) }
    if let geometry = table.geometry { names.insert(quoted(geometry.name), at: 0) }
    let marks = Array(repeating: "?", count: names.count).joined(separator: ", ")
    return "INSERT INTO \(quoted(table.name)) (\(names.joined(separator: ", "))) VALUES (\(marks))"
  }

  /// An SQL identifier in double quotes (names are checked to hold no quote).
  static func quoted(_ name: String) -> String {
    "\"\(name)\""
  }

  /// Whether `name` is a plain lower-case identifier (`[a-z][a-z0-9_]*`, at most 63
  /// characters), so it needs no escaping in SQL and works unquoted in QGIS expressions.
  ///
  /// With `allowingUpperCase`, `A`–`Z` count as letters too (`[A-Za-z][A-Za-z0-9_]*`): for
  /// column names that a convention spells in camel case, such as QGIS's `layer_styles`
  /// (`styleName`, `useAsDefault`); they still need no escaping inside double quotes.
  static func isPlainIdentifier(_ name: String, allowingUpperCase: Bool = false) -> Bool {
    let bytes = Array(name.utf8)
    func isLetter(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (allowingUpperCase && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte))
    }
    guard let first = bytes.first, isLetter(first), bytes.count <= 63 else {
      return false
    }
    return bytes.allSatisfy { byte in
      isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
    }
  }
}
