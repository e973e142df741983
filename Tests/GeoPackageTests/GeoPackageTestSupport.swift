import CSQLite
import Extractor
import Foundation
import FrontlineKit
import FrontlineTestSupport
import Gazetteer
import GeoPackage
import Testing

/// Helpers shared by the GeoPackage tests: a read-only SQLite reader, GDAL tools, shared data.
enum Support {
  /// `../shared/data/afg_adm2_ocha_agcho_20180522.geojson` beside the package root.
  static let ochaADM2 = TestPaths.repositoryRoot.deletingLastPathComponent()
    .appendingPathComponent("shared/data/afg_adm2_ocha_agcho_20180522.geojson")
  static var hasOCHA: Bool { FileManager.default.fileExists(atPath: ochaADM2.path) }

  static let ogrinfo = TestPaths.tool("ogrinfo")
  static let ogr2ogr = TestPaths.tool("ogr2ogr")

  /// Runs a tool, capturing stdout and stderr separately.
  static func execute(_ executable: URL, _ arguments: [String]) throws -> ChildProcess.Result {
    try ChildProcess.run(executable, arguments)
  }

  static func temporaryDirectory() throws -> URL { try TestPaths.temporaryDirectory(prefix: "frontline-gpkg") }

  /// The embedded gazetteer, built once.
  static let index: PlaceIndex = {
    do { return try PlaceIndex.embedded() } catch { fatalError("embedded gazetteer: \(error)") }
  }()

  /// Events of the sample reports bundled in the binary (the input of `frontline run`).
  static let sampleEvents: [Event] = ExtractJob.events(of: SampleReports.documents, index: index)

  /// `name: Type (…)` field lines of an `ogrinfo -so` layer block, as name → Type.
  static func fieldTypes(in block: Substring) -> [String: String] {
    var fields: [String: String] = [:]
    for line in block.split(separator: "\n") where !line.hasPrefix(" ") && line.contains(" (") {
      let parts = line.split(separator: ":", maxSplits: 1)
      // `is_current: Integer(Boolean) (0.0)`: the type ends at the width's " (".
      guard parts.count == 2, let open = parts[1].range(of: " (", options: .backwards) else { continue }
      fields[String(parts[0])] = parts[1][..<open.lowerBound].trimmingCharacters(in: .whitespaces)
    }
    return fields
  }

  /// The `ogrinfo -so` output split into one block per "Layer name:".
  static func layerBlocks(_ summary: String) -> [String: Substring] {
    var blocks: [String: Substring] = [:]
    let parts = summary.components(separatedBy: "\nLayer name: ").dropFirst()
    for part in parts {
      let name = part.prefix { $0 != "\n" }
      blocks[String(name)] = Substring(part)
    }
    return blocks
  }

  /// The features of a GeoJSON file.
  static func features(_ url: URL) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    return (object as? [String: Any])?["features"] as? [[String: Any]] ?? []
  }

  /// Every number of a GeoJSON `coordinates` value, flattened in order.
  static func flatCoordinates(_ value: Any?) -> [Double] {
    if let number = value as? Double { return [number] }
    if let number = value as? NSNumber { return [number.doubleValue] }
    if let array = value as? [Any] { return array.flatMap(flatCoordinates) }
    return []
  }
}

/// A read-only SQLite connection for checking table contents against the specification.
final class SQLiteReader {
  enum Value: Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    var text: String? { if case .text(let value) = self { value } else { nil } }
    var integer: Int64? { if case .integer(let value) = self { value } else { nil } }
    var real: Double? {
      switch self {
      case .real(let value): value
      case .integer(let value): Double(value)
      default: nil
      }
    }
    var blob: [UInt8]? { if case .blob(let value) = self { value } else { nil } }
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  private var handle: OpaquePointer?

  init(_ url: URL) throws {
    guard sqlite3_open_v2(url.path, &handle, SQLITE_OPEN_READONLY, nil) == SQLITE_OK else {
      throw Failure(description: "cannot open \(url.path)")
    }
  }

  deinit {
    sqlite3_close(handle)
  }

  /// Every row of `sql`, each column's value as SQLite stores it.
  func rows(_ sql: String) throws -> [[Value]] {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
      throw Failure(description: "\(sql): \(String(cString: sqlite3_errmsg(handle)))")
    }
    defer { sqlite3_finalize(statement) }
    var rows: [[Value]] = []
    while true {
      let code = sqlite3_step(statement)
      if code == SQLITE_DONE { break }
      guard code == SQLITE_ROW else { throw Failure(description: "\(sql): \(String(cString: sqlite3_errmsg(handle)))") }
      var row: [Value] = []
      for column in 0..<sqlite3_column_count(statement) {
        switch sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: row.append(.integer(sqlite3_column_int64(statement, column)))
        case SQLITE_FLOAT: row.append(.real(sqlite3_column_double(statement, column)))
        case SQLITE_TEXT: row.append(.text(String(cString: sqlite3_column_text(statement, column))))
        case SQLITE_BLOB:
          let count = Int(sqlite3_column_bytes(statement, column))
          let pointer = sqlite3_column_blob(statement, column)
          row.append(.blob(pointer.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []))
        default: row.append(.null)
        }
      }
      rows.append(row)
    }
    return rows
  }

  /// The single value of a one-row, one-column query.
  func value(_ sql: String) throws -> Value {
    try rows(sql).first?.first ?? .null
  }
}
