internal import CSQLite

/// An open SQLite database (owner of a `sqlite3*`), closed in `deinit`.
///
/// Errors carry SQLite's message from
/// [`sqlite3_errmsg`](https://www.sqlite.org/c3ref/errcode.html) and the result code, and name
/// the final output file (``displayPath``), not the temporary one SQLite has open.
///
/// - Important: Not `Sendable`: one writer owns it (SQLite handles are opened without
///   `SQLITE_OPEN_FULLMUTEX`).
final class SQLiteConnection {
  private(set) var handle: OpaquePointer?
  /// The path shown in errors.
  let displayPath: String

  /// Opens (creating) `path` read-write.
  /// - Throws: ``GeoPackageError/cannotCreateFile(file:reason:)``.
  init(path: String, displayPath: String) throws(GeoPackageError) {
    self.displayPath = displayPath
    var db: OpaquePointer?
    // sqlite3_open_v2: returns SQLITE_OK, or an error code; a handle is usually allocated even
    // on failure and must be closed.
    let code = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil)
    guard code == SQLITE_OK, let db else {
      let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
      sqlite3_close(db)
      throw .cannotCreateFile(file: displayPath, reason: message)
    }
    handle = db
    // Extended codes tell "disk full" from "I/O error" in messages.
    sqlite3_extended_result_codes(db, 1)
  }

  /// Opens an existing `path` read-only (for ``GeoPackageReader``).
  /// - Throws: ``GeoPackageError/cannotReadFile(file:reason:)``.
  init(readingAt path: String) throws(GeoPackageError) {
    displayPath = path
    var db: OpaquePointer?
    // sqlite3_open_v2: as above; SQLITE_OPEN_READONLY never creates the file.
    let code = sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nil)
    guard code == SQLITE_OK, let db else {
      let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
      sqlite3_close(db)
      throw .cannotReadFile(file: path, reason: message)
    }
    handle = db
    sqlite3_extended_result_codes(db, 1)
  }

  deinit {
    close()
  }

  /// Closes the database; statements must have been finalized. Idempotent.
  /// - Returns: false when SQLite refused (statements still open).
  @discardableResult
  func close() -> Bool {
    guard let handle else { return true }
    // sqlite3_close: SQLITE_BUSY while statements are unfinalized; the handle stays valid then.
    guard sqlite3_close(handle) == SQLITE_OK else { return false }
    self.handle = nil
    return true
  }

  /// Runs one or more SQL statements without results.
  /// - Parameter operation: what is being done, for the error message.
  func execute(_ sql: String, operation: String) throws(GeoPackageError) {
    var message: UnsafeMutablePointer<CChar>?
    // sqlite3_exec: returns SQLITE_OK or an error code, and an sqlite3_malloc'ed message that
    // the caller frees.
    let code = sqlite3_exec(handle, sql, nil, nil, &message)
    guard code == SQLITE_OK else {
      let text = message.map { String(cString: $0) } ?? String(cString: sqlite3_errstr(code))
      sqlite3_free(message)
      throw .sqlite(file: displayPath, operation: operation, code: code, message: text)
    }
  }

  /// Compiles one statement.
  func prepare(_ sql: String, operation: String) throws(GeoPackageError) -> SQLiteStatement {
    var statement: OpaquePointer?
    // sqlite3_prepare_v2: returns SQLITE_OK and a statement (NULL for empty SQL), or an error.
    let code = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
    guard code == SQLITE_OK, let statement else {
      throw error(code, operation)
    }
    return SQLiteStatement(handle: statement, connection: self, operation: operation)
  }

  /// The error for a failed call: SQLite's message for the connection.
  func error(_ code: Int32, _ operation: String) -> GeoPackageError {
    let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(code))
    return .sqlite(file: displayPath, operation: operation, code: code, message: message)
  }
}

/// A prepared statement, finalized in `deinit`. Parameters are 1-based, as in SQLite.
final class SQLiteStatement {
  private let handle: OpaquePointer
  private let connection: SQLiteConnection
  private let operation: String

  init(handle: OpaquePointer, connection: SQLiteConnection, operation: String) {
    self.handle = handle
    self.connection = connection
    self.operation = operation
  }

  deinit {
    sqlite3_finalize(handle)
  }

  func bindNull(_ index: Int32) throws(GeoPackageError) {
    try check(sqlite3_bind_null(handle, index))
  }

  func bind(_ value: Int64, at index: Int32) throws(GeoPackageError) {
    try check(sqlite3_bind_int64(handle, index, value))
  }

  func bind(_ value: Double, at index: Int32) throws(GeoPackageError) {
    try check(sqlite3_bind_double(handle, index, value))
  }

  /// Binds UTF-8 text; SQLite copies it (`SQLITE_TRANSIENT`).
  func bind(_ value: String, at index: Int32) throws(GeoPackageError) {
    let length = Int32(value.utf8.count)
    // withCString always yields a valid pointer, even for "", so empty text never becomes NULL.
    let code = value.withCString { sqlite3_bind_text(handle, index, $0, length, frontline_sqlite3_transient()) }
    try check(code)
  }

  /// Binds a blob; SQLite copies it (`SQLITE_TRANSIENT`).
  func bind(_ bytes: [UInt8], at index: Int32) throws(GeoPackageError) {
    let code = bytes.withUnsafeBytes { raw in
      sqlite3_bind_blob64(handle, index, raw.baseAddress ?? UnsafeRawPointer(bitPattern: 1), UInt64(raw.count), frontline_sqlite3_transient())
    }
    try check(code)
  }

  /// Runs the statement to completion (it must not return rows), then resets it for reuse.
  func run() throws(GeoPackageError) {
    // sqlite3_step: SQLITE_DONE when finished, SQLITE_ROW per row, else an error code.
    let code = sqlite3_step(handle)
    sqlite3_reset(handle)
    guard code == SQLITE_DONE else { throw connection.error(code, operation) }
  }

  /// Steps to the next row: true when there is one, false when the statement is done.
  func step() throws(GeoPackageError) -> Bool {
    // sqlite3_step: SQLITE_ROW per row, SQLITE_DONE when finished, else an error code.
    let code = sqlite3_step(handle)
    if code == SQLITE_ROW { return true }
    if code == SQLITE_DONE { return false }
    throw connection.error(code, operation)
  }

  /// The number of result columns.
  var columnCount: Int32 { sqlite3_column_count(handle) }

  /// The name of result column `index` (0-based).
  func columnName(_ index: Int32) -> String {
    // sqlite3_column_name: a UTF-8 name owned by the statement, NULL only when out of memory.
    sqlite3_column_name(handle, index).map { String(cString: $0) } ?? ""
  }

  /// A column value of the current row (0-based): integer, real, text, blob or null.
  enum Value: Hashable {
    case integer(Int64), real(Double), text(String), blob([UInt8]), null
  }

  /// Column `index` (0-based) of the current row, by its storage class.
  func value(_ index: Int32) -> Value {
    switch sqlite3_column_type(handle, index) {
    case SQLITE_INTEGER: return .integer(sqlite3_column_int64(handle, index))
    case SQLITE_FLOAT: return .real(sqlite3_column_double(handle, index))
    case SQLITE_TEXT:
      // sqlite3_column_text: UTF-8 owned by the statement until the next step; copied here.
      return .text(sqlite3_column_text(handle, index).map { String(cString: $0) } ?? "")
    case SQLITE_BLOB:
      // sqlite3_column_blob: NULL for a zero-length blob; the byte count comes after it.
      let pointer = sqlite3_column_blob(handle, index)
      let count = Int(sqlite3_column_bytes(handle, index))
      guard let pointer, count > 0 else { return .blob([]) }
      return .blob(Array(UnsafeRawBufferPointer(start: pointer, count: count)))
    default: return .null
    }
  }

  private func check(_ code: Int32) throws(GeoPackageError) {
    guard code == SQLITE_OK else { throw connection.error(code, operation) }
  }
}
