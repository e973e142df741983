import Foundation
import GeoModel
import GeoPackage
import Testing

/// Bad rows and bad definitions give the exact error case; files appear only on `finish()`.
@Suite struct GeoPackageWriterErrorTests {
  static let wgs84 = SpatialReferenceSystem(
    name: "WGS 84", id: 4326, organization: "EPSG", organizationCoordinateSystemID: 4326, definition: "GEOGCS[\"WGS 84\"]")

  static let table = TableDefinition(
    name: "areas", geometry: GeometryColumn(type: .multiPolygon, srsID: 4326),
    columns: [ColumnDefinition("name", .text), ColumnDefinition("day", .date), ColumnDefinition("count", .mediumInteger)])

  /// A writer with `areas` created, in a fresh folder.
  static func writer() throws -> (URL, GeoPackageWriter) {
    let directory = try Support.temporaryDirectory()
    let writer = try GeoPackageWriter(url: directory.appendingPathComponent("out.gpkg"))
    try writer.addSpatialReferenceSystem(wgs84)
    try writer.createTable(table)
    return (directory, writer)
  }

  struct BadRow: Sendable, CustomTestStringConvertible {
    let label: String
    let feature: Feature
    let expected: GeoPackageError
    var testDescription: String { label }
  }

  static let badRows: [BadRow] = {
    let file = "OUT"
    let square = Fixtures.square(at: 69, 34)
    return [
      BadRow(
        label: "properties out of order", feature: Feature(geometry: square, properties: [("day", nil), ("name", "x"), ("count", 1)]),
        expected: .columnMismatch(file: file, table: "areas", row: 0, expected: ["name", "day", "count"], found: ["day", "name", "count"])),
      BadRow(
        label: "text in a MEDIUMINT column", feature: Feature(geometry: square, properties: [("name", "x"), ("day", nil), ("count", "3")]),
        expected: .typeMismatch(file: file, table: "areas", row: 0, column: "count", expected: "MEDIUMINT", found: "text")),
      BadRow(
        label: "a date that is not YYYY-MM-DD", feature: Feature(geometry: square, properties: [("name", "x"), ("day", "15/08/2021"), ("count", 1)]),
        expected: .invalidDate(file: file, table: "areas", row: 0, column: "day", value: "15/08/2021")),
      BadRow(
        label: "a point in a MULTIPOLYGON table",
        feature: Feature(geometry: .point(Position(x: 1, y: 2)), properties: [("name", "x"), ("day", nil), ("count", 1)]),
        expected: .geometryTypeMismatch(file: file, table: "areas", row: 0, expected: "MULTIPOLYGON", found: "POINT")),
      BadRow(
        label: "a NaN coordinate",
        feature: Feature(geometry: .multiPolygon([[[Position(x: .nan, y: 0)]]]), properties: [("name", "x"), ("day", nil), ("count", 1)]),
        expected: .nonFiniteNumber(file: file, table: "areas", row: 0)),
    ]
  }()

  @Test(arguments: badRows)
  func badRowIsRejectedWithItsExactError(_ bad: BadRow) throws {
    let (directory, writer) = try Self.writer()
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("out.gpkg").path
    #expect(throws: Self.replacingFile(bad.expected, with: path)) { try writer.append(bad.feature, to: "areas") }
  }

  @Test(arguments: [
    ("District-Control", "is not a lower-case identifier"), ("gpkg_layers", "starts with a prefix"),
    ("rtree_areas", "starts with a prefix"), ("areas", "is already a table"),
  ])
  func badTableNameIsRejected(_ name: String, _ reason: String) throws {
    let (directory, writer) = try Self.writer()
    defer { try? FileManager.default.removeItem(at: directory) }
    var table = Self.table
    table.name = name
    do {
      try writer.createTable(table)
      Issue.record("\(name) was accepted")
    } catch {
      guard case .invalidName(_, let found, let message) = error else { Issue.record("\(error)"); return }
      #expect(found == name && message.contains(reason), "\(message)")
    }
  }

  @Test func geometryColumnWithAnUnknownSRSIsRejected() throws {
    let (directory, writer) = try Self.writer()
    defer { try? FileManager.default.removeItem(at: directory) }
    var table = Self.table
    table.name = "utm"
    table.geometry?.srsID = 32642
    #expect(throws: GeoPackageError.unknownSpatialReferenceSystem(file: directory.appendingPathComponent("out.gpkg").path, table: "utm", srsID: 32642)) {
      try writer.createTable(table)
    }
  }

  @Test func fileAppearsOnlyAfterFinishAndNoTemporaryFileRemains() throws {
    let (directory, writer) = try Self.writer()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("out.gpkg")
    try writer.append(Feature(geometry: Fixtures.square(at: 69, 34), properties: [("name", "x"), ("day", nil), ("count", 1)]), to: "areas")
    #expect(!FileManager.default.fileExists(atPath: file.path))
    try writer.finish()
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.gpkg"])
    #expect(throws: GeoPackageError.alreadyFinished(file: file.path)) { try writer.finish() }
  }

  @Test func discardedWriterLeavesTheOlderFileUntouched() throws {
    let directory = try Support.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("out.gpkg")
    try Data("older".utf8).write(to: file)
    do {
      let writer = try GeoPackageWriter(url: file)
      try writer.addSpatialReferenceSystem(Self.wgs84)
      try writer.createTable(Self.table)
      #expect(throws: GeoPackageError.self) { try writer.append([("name", "x")], geometry: nil, to: "areas") }
      writer.discard()
    }
    #expect(try String(contentsOf: file, encoding: .utf8) == "older")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.gpkg"])
  }

  @Test func missingFolderGivesAMessageNamingTheFile() throws {
    let file = URL(fileURLWithPath: "/nonexistent-frontline-folder/out.gpkg")
    do {
      _ = try GeoPackageWriter(url: file)
      Issue.record("created a file in a missing folder")
    } catch {
      #expect(error.description.hasPrefix("cannot create GeoPackage /nonexistent-frontline-folder/out.gpkg: No such file or directory"))
    }
  }

  static func replacingFile(_ error: GeoPackageError, with path: String) -> GeoPackageError {
    switch error {
    case .columnMismatch(_, let t, let r, let e, let f): .columnMismatch(file: path, table: t, row: r, expected: e, found: f)
    case .typeMismatch(_, let t, let r, let c, let e, let f): .typeMismatch(file: path, table: t, row: r, column: c, expected: e, found: f)
    case .invalidDate(_, let t, let r, let c, let v): .invalidDate(file: path, table: t, row: r, column: c, value: v)
    case .geometryTypeMismatch(_, let t, let r, let e, let f): .geometryTypeMismatch(file: path, table: t, row: r, expected: e, found: f)
    case .nonFiniteNumber(_, let t, let r): .nonFiniteNumber(file: path, table: t, row: r)
    default: error
    }
  }
}
