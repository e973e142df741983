public import Foundation
internal import CSQLite
import GeoJSON
public import GeoModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes an OGC GeoPackage 1.3.1 file (OGC 12-128r18) with SQLite, atomically.
///
/// The file is built as `.<name>.tmp-<pid>-<random>` **in the destination's folder**, and
/// ``finish()`` renames it onto ``url``; until then an older file at `url` stays intact, and a
/// writer released without `finish()` deletes its temporary file.
///
/// What a finished file holds:
/// - `PRAGMA application_id` "GPKG" and `PRAGMA user_version` 10301 (Req 2);
/// - `gpkg_spatial_ref_sys` with the rows for `srs_id` -1 and 0 (Req 11) plus every system
///   added with ``addSpatialReferenceSystem(_:)`` (the caller adds 4326, Req 11);
/// - `gpkg_contents` with one row per user table, feature tables with their extent (Req 13–18);
/// - `gpkg_geometry_columns` with one row per feature table (Req 21–26);
/// - per feature table an `rtree_<table>_<column>` R-tree holding the envelope of every
///   non-empty geometry, its `gpkg_extensions` row and the six triggers of Annex F.3, so that
///   the index stays right when the file is later edited in QGIS;
/// - user tables with `fid INTEGER PRIMARY KEY AUTOINCREMENT`, geometry blobs as described by
///   ``GeometryBlob``, DATE columns as `YYYY-MM-DD` text, DATETIME columns as
///   `YYYY-MM-DDTHH:MM:SS.SSSZ` text, UTF-8 text.
///
/// Rows go in within one transaction with SQLite's rollback journal off (the temporary file is
/// simply deleted on failure); the R-tree is filled in one pass at the end, which is faster
/// than growing it row by row. Memory use is one envelope (40 bytes) per feature row.
///
/// ## Example
/// ```swift
/// let writer = try GeoPackageWriter(url: URL(fileURLWithPath: "out/frontline.gpkg"))
/// try writer.addSpatialReferenceSystem(wgs84)
/// try writer.createTable(TableDefinition(
///   name: "events", geometry: GeometryColumn(type: .point, srsID: 4326, precision: 6),
///   columns: [ColumnDefinition("id", .text), ColumnDefinition("date", .date)]))
/// try writer.append(feature, to: "events")
/// try writer.finish()
/// ```
///
/// - Important: Not thread-safe and not `Sendable`: one task owns a writer.
public final class GeoPackageWriter {
  /// The final path.
  public let url: URL

  private let temporaryPath: String
  private let connection: SQLiteConnection
  private var tables: [String: TableState] = [:]
  private var tableOrder: [String] = []
  private var spatialReferenceSystems: Set<Int32> = []
  private let lastChange: String?
  private var isFinished = false
  private var contentsInsert: SQLiteStatement?

  /// Creates the temporary file and the core tables.
  /// - Parameters:
  ///   - url: Final path; its folder must exist.
  ///   - lastChange: `gpkg_contents.last_change` for every table, as
  ///     `YYYY-MM-DDTHH:MM:SS.SSSZ` (UTC); nil for the moment each table is created.
  /// - Throws: ``GeoPackageError/cannotCreateFile(file:reason:)`` or
  ///   ``GeoPackageError/sqlite(file:operation:code:message:)``.
  public init(url: URL, lastChange: String? = nil) throws(GeoPackageError) {
    self.url = url
    self.lastChange = lastChange
    temporaryPath = try Self.reserveTemporaryFile(next: url)
    do throws(GeoPackageError) {
      connection = try SQLiteConnection(path: temporaryPath, displayPath: url.path)
      // Journal off and no syncs while building: the file is private until the rename, and
      // finish() fsyncs it once. Exclusive locking spares SQLite a lock per statement.
      try connection.execute(
        """
        PRAGMA journal_mode = OFF;
        PRAGMA synchronous = OFF;
        PRAGMA locking_mode = EXCLUSIVE;
        PRAGMA cache_size = -65536;
        PRAGMA application_id = \(GeoPackageSchema.applicationID);
        PRAGMA user_version = \(GeoPackageSchema.userVersion);
        BEGIN;
        """, operation: "setting up the file")
      try connection.execute(GeoPackageSchema.coreTables, operation: "creating the GeoPackage core tables")
      contentsInsert = try connection.prepare(
        """
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id)
        VALUES (?, ?, ?, ?, COALESCE(?, strftime('%Y-%m-%dT%H:%M:%fZ','now')), ?)
        """, operation: "preparing gpkg_contents")
      try addSpatialReferenceSystem(.undefinedCartesian)
      try addSpatialReferenceSystem(.undefinedGeographic)
    } catch {
      unlink(temporaryPath)
      throw error
    }
  }

  deinit {
    discard()
  }

  /// Adds a row to `gpkg_spatial_ref_sys`; adding the same `srs_id` again does nothing.
  /// - Parameter system: The row.
  /// - Throws: ``GeoPackageError``.
  public func addSpatialReferenceSystem(_ system: SpatialReferenceSystem) throws(GeoPackageError) {
    try checkOpen()
    guard !spatialReferenceSystems.contains(system.id) else { return }
    let insert = try connection.prepare(
      """
      INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, organization_coordsys_id, definition, description)
      VALUES (?, ?, ?, ?, ?, ?)
      """, operation: "adding srs_id \(system.id) to gpkg_spatial_ref_sys")
    try insert.bind(system.name, at: 1)
    try insert.bind(Int64(system.id), at: 2)
    try insert.bind(system.organization, at: 3)
    try insert.bind(Int64(system.organizationCoordinateSystemID), at: 4)
    try insert.bind(system.definition, at: 5)
    if let description = system.description { try insert.bind(description, at: 6) } else { try insert.bindNull(6) }
    try insert.run()
    spatialReferenceSystems.insert(system.id)
  }

  /// Creates a user table and registers it in `gpkg_contents` (and, for a feature table, in
  /// `gpkg_geometry_columns`).
  /// - Parameter table: The definition; names must be plain lower-case identifiers.
  /// - Throws: ``GeoPackageError/invalidName(file:name:reason:)``,
  ///   ``GeoPackageError/unknownSpatialReferenceSystem(file:table:srsID:)`` or an SQLite error.
  public func createTable(_ table: TableDefinition) throws(GeoPackageError) {
    try checkOpen()
    try validate(table)
    try connection.execute(GeoPackageSchema.createTable(table), operation: "creating table \(table.name)")
    guard let contentsInsert else { throw .alreadyFinished(file: url.path) }
    try contentsInsert.bind(table.name, at: 1)
    try contentsInsert.bind(table.dataType, at: 2)
    try contentsInsert.bind(table.name, at: 3)
    try contentsInsert.bind(table.description, at: 4)
    if let lastChange { try contentsInsert.bind(lastChange, at: 5) } else { try contentsInsert.bindNull(5) }
    if let geometry = table.geometry {
      try contentsInsert.bind(Int64(geometry.srsID), at: 6)
    } else {
      try contentsInsert.bindNull(6)
    }
    try contentsInsert.run()
    if let geometry = table.geometry {
      let insert = try connection.prepare(
        """
        INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
        VALUES (?, ?, ?, ?, 0, 0)
        """, operation: "registering \(table.name) in gpkg_geometry_columns")
      try insert.bind(table.name, at: 1)
      try insert.bind(geometry.name, at: 2)
      try insert.bind(geometry.type.rawValue, at: 3)
      try insert.bind(Int64(geometry.srsID), at: 4)
      try insert.run()
    }
    let statement = try connection.prepare(GeoPackageSchema.insert(table), operation: "inserting into \(table.name)")
    tables[table.name] = TableState(definition: table, insert: statement)
    tableOrder.append(table.name)
  }

  /// Appends one row: the feature's geometry and its properties, which must be the table's
  /// columns in order.
  /// - Parameters:
  ///   - feature: Geometry in the table's CRS (`x` first); `id` is ignored (SQLite assigns
  ///     `fid` 1, 2, … in append order).
  ///   - table: The table name.
  /// - Returns: The row's `fid`.
  /// - Throws: ``GeoPackageError`` naming the table and the row index.
  @discardableResult
  public func append(_ feature: Feature, to table: String) throws(GeoPackageError) -> Int64 {
    let state = try state(of: table)
    var blob: GeometryBlob?
    if let geometry = feature.geometry {
      guard let column = state.definition.geometry else {
        throw .geometryTypeMismatch(
          file: url.path, table: table, row: state.rowCount, expected: "no geometry (attribute table)",
          found: GeometryType(geometry).rawValue)
      }
      guard let encoded = GeometryBlob(geometry, srsID: column.srsID, precision: column.precision) else {
        throw .nonFiniteNumber(file: url.path, table: table, row: state.rowCount)
      }
      blob = encoded
    }
    return try append(feature.properties, geometry: blob, to: state)
  }

  /// Appends one row with an already encoded geometry (encode a geometry shared by many rows
  /// once with ``GeometryBlob/init(_:srsID:precision:)``).
  /// - Parameters:
  ///   - properties: The table's columns in order.
  ///   - geometry: The blob (its `srs_id` must be the table's), or nil for a NULL geometry.
  ///   - table: The table name.
  /// - Returns: The row's `fid`.
  @discardableResult
  public func append(
    _ properties: [(key: String, value: PropertyValue)], geometry: GeometryBlob?, to table: String
  ) throws(GeoPackageError) -> Int64 {
    try append(properties, geometry: geometry, to: try state(of: table))
  }

  /// Builds the spatial indexes, writes the extents, commits, closes, `fsync`s and renames the
  /// file onto ``url``.
  /// - Throws: ``GeoPackageError``; the temporary file is then removed and `url` is unchanged.
  public func finish() throws(GeoPackageError) {
    try checkOpen()
    do throws(GeoPackageError) {
      for name in tableOrder {
        guard let state = tables[name] else { continue }
        state.insert = nil
        guard let geometry = state.definition.geometry else { continue }
        try buildSpatialIndex(state, column: geometry.name)
        let update = try connection.prepare(
          "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ? WHERE table_name = ?",
          operation: "writing the extent of \(name)")
        if let extent = state.extent {
          try update.bind(extent.minX, at: 1)
          try update.bind(extent.minY, at: 2)
          try update.bind(extent.maxX, at: 3)
          try update.bind(extent.maxY, at: 4)
        } else {
          for index in Int32(1)...4 { try update.bindNull(index) }
        }
        try update.bind(name, at: 5)
        try update.run()
      }
      contentsInsert = nil
      try connection.execute("COMMIT", operation: "committing")
      tables = [:]
      guard connection.close() else {
        throw GeoPackageError.writeFailed(file: url.path, reason: "SQLite could not close the file")
      }
      try Self.syncAndRename(temporaryPath, onto: url)
      isFinished = true
    } catch {
      discard()
      throw error
    }
  }

  /// Closes and removes the temporary file; ``url`` is not touched. Idempotent.
  public func discard() {
    guard !isFinished else { return }
    isFinished = true
    contentsInsert = nil
    tables = [:]
    connection.close()
    unlink(temporaryPath)
  }

  // MARK: - Rows

  private func append(
    _ properties: [(key: String, value: PropertyValue)], geometry: GeometryBlob?, to state: TableState
  ) throws(GeoPackageError) -> Int64 {
    let table = state.definition
    let row = state.rowCount
    guard let insert = state.insert else { throw .alreadyFinished(file: url.path) }
    guard properties.count == table.columns.count,
      zip(properties, table.columns).allSatisfy({ $0.key == $1.name })
    else {
      throw .columnMismatch(
        file: url.path, table: table.name, row: row, expected: table.columns.map(\.name), found: properties.map(\.key))
    }
    var index: Int32 = 1
    if let column = table.geometry {
      if let geometry {
        guard geometry.type == column.type else {
          throw .geometryTypeMismatch(
            file: url.path, table: table.name, row: row, expected: column.type.rawValue, found: geometry.type.rawValue)
        }
        try insert.bind(geometry.bytes, at: index)
      } else {
        try insert.bindNull(index)
      }
      index += 1
    } else if let geometry {
      throw .geometryTypeMismatch(
        file: url.path, table: table.name, row: row, expected: "no geometry (attribute table)",
        found: geometry.type.rawValue)
    }
    for (property, column) in zip(properties, table.columns) {
      try bind(property.value, column: column, at: index, in: insert, table: table.name, row: row)
      index += 1
    }
    try insert.run()
    let fid = sqlite3_last_insert_rowid(connection.handle)
    state.rowCount += 1
    if let envelope = geometry?.envelope {
      state.envelopes.append(IndexedEnvelope(fid: fid, box: envelope))
      state.extent = state.extent.map { $0.union(envelope) } ?? envelope
    }
    return fid
  }

  private func bind(
    _ value: PropertyValue, column: ColumnDefinition, at index: Int32, in statement: SQLiteStatement,
    table: String, row: Int
  ) throws(GeoPackageError) {
    func mismatch(_ found: String) -> GeoPackageError {
      .typeMismatch(file: url.path, table: table, row: row, column: column.name, expected: column.type.rawValue, found: found)
    }
    switch (value, column.type) {
    case (.null, _):
      try statement.bindNull(index)
    case (.string(let text), .text), (.date(let text), .text), (.dateTime(let text), .text):
      try statement.bind(text, at: index)
    case (.dateTime(let text), .dateTime), (.string(let text), .dateTime):
      guard PropertyValue.isISODateTime(text) else {
        throw .invalidDate(file: url.path, table: table, row: row, column: column.name, value: text)
      }
      // `…:SSZ` → `…:SS.000Z`, the form GeoPackage 1.3.1 Table 1 gives for DATETIME.
      try statement.bind(String(text.dropLast()) + ".000Z", at: index)
    case (.date(let text), .date), (.string(let text), .date):
      guard PropertyValue.isISODate(text) else {
        throw .invalidDate(file: url.path, table: table, row: row, column: column.name, value: text)
      }
      try statement.bind(text, at: index)
    case (.integer(let number), .integer):
      try statement.bind(Int64(number), at: index)
    case (.integer(let number), .mediumInteger):
      guard let narrow = Int32(exactly: number) else { throw mismatch("\(number), beyond 32 bits") }
      try statement.bind(Int64(narrow), at: index)
    case (.integer(let number), .real):
      try statement.bind(Double(number), at: index)
    case (.double(let number), .real):
      guard number.isFinite else { throw .nonFiniteNumber(file: url.path, table: table, row: row) }
      try statement.bind(number, at: index)
    case (.bool(let flag), .boolean), (.bool(let flag), .integer), (.bool(let flag), .mediumInteger):
      try statement.bind(Int64(flag ? 1 : 0), at: index)
    case (.string, _): throw mismatch("text")
    case (.date, _): throw mismatch("a date")
    case (.dateTime, _): throw mismatch("a date-time")
    case (.integer, _): throw mismatch("an integer")
    case (.double, _): throw mismatch("a real number")
    case (.bool, _): throw mismatch("a boolean")
    }
  }

  // MARK: - Spatial index

  /// Creates and fills `rtree_<table>_<column>`, adds its triggers and `gpkg_extensions` row.
  private func buildSpatialIndex(_ state: TableState, column: String) throws(GeoPackageError) {
    let table = state.definition.name
    let operation = "building the spatial index of \(table)"
    try connection.execute(GeoPackageSchema.rtreeTable(table: table, column: column), operation: operation)
    let insert = try connection.prepare(
      "INSERT INTO \(GeoPackageSchema.quoted(GeoPackageSchema.rtreeName(table: table, column: column))) VALUES (?, ?, ?, ?, ?)",
      operation: operation)
    for entry in state.envelopes {
      try insert.bind(entry.fid, at: 1)
      try insert.bind(entry.box.minX, at: 2)
      try insert.bind(entry.box.maxX, at: 3)
      try insert.bind(entry.box.minY, at: 4)
      try insert.bind(entry.box.maxY, at: 5)
      try insert.run()
    }
    state.envelopes = []
    try connection.execute(GeoPackageSchema.rtreeTriggers(table: table, column: column), operation: operation)
    let registration = try connection.prepare(
      "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) VALUES (?, ?, ?, ?, 'write-only')",
      operation: operation)
    try registration.bind(table, at: 1)
    try registration.bind(column, at: 2)
    try registration.bind(GeoPackageSchema.rtreeExtensionName, at: 3)
    try registration.bind(GeoPackageSchema.rtreeExtensionDefinition, at: 4)
    try registration.run()
  }

  // MARK: - Checks

  private func checkOpen() throws(GeoPackageError) {
    guard !isFinished else { throw .alreadyFinished(file: url.path) }
  }

  private func state(of table: String) throws(GeoPackageError) -> TableState {
    try checkOpen()
    guard let state = tables[table] else { throw .unknownTable(file: url.path, table: table) }
    return state
  }

  private func validate(_ table: TableDefinition) throws(GeoPackageError) {
    var names = [table.name]
    if let geometry = table.geometry { names.append(geometry.name) }
    for name in names where !GeoPackageSchema.isPlainIdentifier(name) {
      throw .invalidName(file: url.path, name: name, reason: "is not a lower-case identifier ([a-z][a-z0-9_]*, at most 63 characters)")
    }
    for column in table.columns where !GeoPackageSchema.isPlainIdentifier(column.name, allowingUpperCase: true) {
      throw .invalidName(file: url.path, name: column.name, reason: "is not an identifier ([A-Za-z][A-Za-z0-9_]*, at most 63 characters)")
    }
    names += table.columns.map(\.name)
    if table.name.hasPrefix("gpkg_") || table.name.hasPrefix("rtree_") || table.name.hasPrefix("sqlite_") {
      throw .invalidName(file: url.path, name: table.name, reason: "starts with a prefix GeoPackage or SQLite reserves")
    }
    if tables[table.name] != nil {
      throw .invalidName(file: url.path, name: table.name, reason: "is already a table of this file")
    }
    var seen: Set<String> = ["fid"]
    for name in names.dropFirst() where !seen.insert(name).inserted {
      throw .invalidName(file: url.path, name: name, reason: "is used twice in table \(table.name) (fid is reserved)")
    }
    if let geometry = table.geometry, !spatialReferenceSystems.contains(geometry.srsID) {
      throw .unknownSpatialReferenceSystem(file: url.path, table: table.name, srsID: geometry.srsID)
    }
  }

  // MARK: - Files

  /// Creates an empty, uniquely named file next to `url` with `O_EXCL` (SQLite takes a
  /// zero-length file as a new database).
  private static func reserveTemporaryFile(next url: URL) throws(GeoPackageError) -> String {
    do {
      let (path, descriptor) = try TemporarySibling.create(next: url)
      close(descriptor)
      return path
    } catch {
      throw .cannotCreateFile(file: url.path, reason: error.reason)
    }
  }

  /// `fsync`s the finished file, renames it onto `url` and syncs the folder entry (best
  /// effort), so a crash never leaves a renamed but incomplete file.
  private static func syncAndRename(_ path: String, onto url: URL) throws(GeoPackageError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else {
      throw .writeFailed(file: url.path, reason: "reopening for fsync: " + String(cString: strerror(errno)))
    }
    if fsync(fd) != 0 && errno != EINVAL {
      let failure = errno
      close(fd)
      throw .writeFailed(file: url.path, reason: "fsync: " + String(cString: strerror(failure)))
    }
    close(fd)
    guard rename(path, url.path) == 0 else {
      throw .writeFailed(file: url.path, reason: "rename: " + String(cString: strerror(errno)))
    }
    let directory = open(url.deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
    if directory >= 0 {
      _ = fsync(directory)
      close(directory)
    }
  }
}

/// A row's envelope, kept until the R-tree is filled.
private struct IndexedEnvelope {
  let fid: Int64
  let box: BoundingBox
}

/// What the writer tracks per user table.
private final class TableState {
  let definition: TableDefinition
  var insert: SQLiteStatement?
  var rowCount = 0
  var envelopes: [IndexedEnvelope] = []
  var extent: BoundingBox?

  init(definition: TableDefinition, insert: SQLiteStatement) {
    self.definition = definition
    self.insert = insert
  }
}
