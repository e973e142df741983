public import Projection

/// Every failure of the `GeoPackage` module, worded for the person at the terminal.
///
/// Each case names the output file (the final path, not the temporary one) and, where one is
/// involved, the table and the 0-based index of the row passed to `append`. SQLite failures
/// carry SQLite's own message (`sqlite3_errmsg`) and result code rather than a bare number.
/// ``description`` is lower-case so the CLI can add `error: `.
public enum GeoPackageError: FrontlineFailure, Hashable, Sendable {
  /// The temporary file next to `file` could not be created or opened.
  case cannotCreateFile(file: String, reason: String)
  /// SQLite reported an error while doing `operation`.
  case sqlite(file: String, operation: String, code: Int32, message: String)
  /// Flushing, closing or renaming the finished file failed.
  case writeFailed(file: String, reason: String)
  /// `append`, `createTable`, `addSpatialReferenceSystem` or `finish` was called after `finish`.
  case alreadyFinished(file: String)
  /// A table or column name is not a plain lower-case SQL identifier, or a table is defined
  /// twice, or uses a `gpkg_`/`rtree_` prefix the specification reserves.
  case invalidName(file: String, name: String, reason: String)
  /// A geometry column names an `srs_id` that was not added with
  /// ``GeoPackageWriter/addSpatialReferenceSystem(_:)``.
  case unknownSpatialReferenceSystem(file: String, table: String, srsID: Int32)
  /// `append` named a table that was not created.
  case unknownTable(file: String, table: String)
  /// A row's property keys are not the table's columns, in order.
  case columnMismatch(file: String, table: String, row: Int, expected: [String], found: [String])
  /// A value does not fit its column's type (e.g. text in an INTEGER column).
  case typeMismatch(file: String, table: String, row: Int, column: String, expected: String, found: String)
  /// A DATE value is not `YYYY-MM-DD`, or a DATETIME one not `YYYY-MM-DDTHH:MM:SSZ`.
  case invalidDate(file: String, table: String, row: Int, column: String, value: String)
  /// A geometry's type differs from the table's declared geometry type, or a row of an
  /// attribute table has a geometry.
  case geometryTypeMismatch(file: String, table: String, row: Int, expected: String, found: String)
  /// A coordinate or a REAL value is NaN or infinite.
  case nonFiniteNumber(file: String, table: String, row: Int)

  /// A GeoPackage given as input could not be opened.
  case cannotReadFile(file: String, reason: String)
  /// A GeoPackage given as input holds nothing usable: no feature table, a geometry that is not
  /// a polygon, a malformed geometry blob (`row` is the 0-based row of `table`, -1 for none).
  case invalidContent(file: String, table: String, row: Int, reason: String)

  /// A human-readable, lower-case message: what failed, for which input, what to try.
  public var description: String {
    switch self {
    case .cannotCreateFile(let file, let reason):
      return "cannot create GeoPackage \(file): \(reason) (check that the folder exists and is writable)"
    case .sqlite(let file, let operation, let code, let message):
      return "cannot write GeoPackage \(file): SQLite error \(code) while \(operation): \(message)"
    case .writeFailed(let file, let reason):
      return "cannot write GeoPackage \(file): \(reason)"
    case .alreadyFinished(let file):
      return "cannot write GeoPackage \(file): the writer was already finished"
    case .invalidName(let file, let name, let reason):
      return "cannot write GeoPackage \(file): name '\(name)' \(reason)"
    case .unknownSpatialReferenceSystem(let file, let table, let srsID):
      return "cannot write GeoPackage \(file): table '\(table)' uses srs_id \(srsID), "
        + "which was not added to gpkg_spatial_ref_sys"
    case .unknownTable(let file, let table):
      return "cannot write GeoPackage \(file): no table '\(table)' was created"
    case .columnMismatch(let file, let table, let row, let expected, let found):
      return "cannot write GeoPackage \(file): \(table) row \(row) has properties "
        + "[\(found.joined(separator: ", "))], the table's columns are [\(expected.joined(separator: ", "))]"
    case .typeMismatch(let file, let table, let row, let column, let expected, let found):
      return "cannot write GeoPackage \(file): \(table) row \(row): column \(column) is \(expected), "
        + "the value is \(found)"
    case .invalidDate(let file, let table, let row, let column, let value):
      return "cannot write GeoPackage \(file): \(table) row \(row): column \(column) is a DATE or DATETIME, "
        + "'\(value)' is not YYYY-MM-DD (DATE) or YYYY-MM-DDTHH:MM:SSZ (DATETIME)"
    case .geometryTypeMismatch(let file, let table, let row, let expected, let found):
      return "cannot write GeoPackage \(file): \(table) row \(row) has a \(found) geometry, "
        + "the table holds \(expected)"
    case .cannotReadFile(let file, let reason):
      return "cannot read GeoPackage \(file): \(reason) (check the path; GDAL's ogrinfo \(file) shows what it holds)"
    case .invalidContent(let file, let table, let row, let reason):
      let place = table.isEmpty ? "" : row < 0 ? " table '\(table)'" : " table '\(table)' row \(row)"
      return "cannot read GeoPackage \(file)\(place): \(reason)"
    case .nonFiniteNumber(let file, let table, let row):
      return "cannot write GeoPackage \(file): \(table) row \(row) has a NaN or infinite number"
    }
  }
}
