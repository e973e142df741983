import Foundation
import GeoModel
import GeoPackage
import Projection
import Testing

/// Checks a small file written by ``GeoPackageWriter`` against the requirements of OGC 12-128r18
/// (GeoPackage 1.3.1) by reading its tables directly; each test names the requirements it covers.
@Suite struct GeoPackageSpecTests {
  /// Two multipolygons and a null geometry in `areas`, two points in `places`, and an
  /// attribute table `notes`.
  static func writeFixture() throws -> (directory: URL, file: URL) {
    let directory = try Support.temporaryDirectory()
    let file = directory.appendingPathComponent("fixture.gpkg")
    let writer = try GeoPackageWriter(url: file)
    try writer.addSpatialReferenceSystem(SpatialReferenceSystem(
      name: "WGS 84", id: 4326, organization: "EPSG", organizationCoordinateSystemID: 4326,
      definition: try CRS.wgs84.wkt(.wkt1GDAL)))
    try writer.createTable(TableDefinition(
      name: "areas", description: "test areas",
      geometry: GeometryColumn(type: .multiPolygon, srsID: 4326, precision: 6),
      columns: [
        ColumnDefinition("name", .text), ColumnDefinition("day", .date), ColumnDefinition("count", .mediumInteger),
        ColumnDefinition("share", .real),
      ]))
    try writer.append(Feature(geometry: Fixtures.square(at: 69, 34), properties: [
      ("name", "کابل"), ("day", .date("2021-08-15")), ("count", 3), ("share", 0.25),
    ]), to: "areas")
    try writer.append(Feature(geometry: Fixtures.square(at: 65.5, 31.5), properties: [
      ("name", "Kandahar"), ("day", nil), ("count", 0), ("share", 1.0),
    ]), to: "areas")
    try writer.append(Feature(geometry: nil, properties: [
      ("name", "nowhere"), ("day", .date("2021-06-01")), ("count", nil), ("share", nil),
    ]), to: "areas")
    try writer.createTable(TableDefinition(
      name: "places", geometry: GeometryColumn(type: .point, srsID: 4326, precision: 6),
      columns: [ColumnDefinition("name", .text)]))
    try writer.append(Feature(geometry: .point(Position(longitude: 69.1723001, latitude: 34.5281)), properties: [("name", "Kabul")]), to: "places")
    try writer.append(Feature(geometry: .point(Position(longitude: 65.71, latitude: 31.61)), properties: [("name", "Kandahar")]), to: "places")
    try writer.createTable(TableDefinition(
      name: "notes", geometry: nil,
      columns: [ColumnDefinition("key", .text, isNotNull: true, isUnique: true), ColumnDefinition("text", .text)]))
    try writer.append([("key", "a"), ("text", "first")], geometry: nil, to: "notes")
    try writer.finish()
    return (directory, file)
  }

  @Test func req1FileStartsWithTheSQLiteFormat3Header() throws {
    let (directory, file) = try Self.writeFixture()
    defer { try? FileManager.default.removeItem(at: directory) }
    let header = try Data(contentsOf: file).prefix(16)
    #expect(Array(header) == Array("SQLite format 3\0".utf8))
    #expect(file.pathExtension == "gpkg")
  }

  @Test func req2ApplicationIDIsGPKGAndUserVersionIs10301() throws {
    let (directory, file) = try Self.writeFixture()
    defer { try? FileManager.default.removeItem(at: directory) }
    let db = try SQLiteReader(file)
    #expect(try db.value("PRAGMA application_id").integer == 0x4750_4B47)
    #expect(try db.value("PRAGMA user_version").integer == 10301)
  }

  @Test func req5ColumnsAreDeclaredWithGeoPackageTypesAndDatesAreISOText() throws {
    let (directory, file) = try Self.writeFixture()
    defer { try? FileManager.default.removeItem(at: directory) }
    let db = try SQLiteReader(file)
    let declared = try db.rows("PRAGMA table_info(areas)").map { ($0[1].text ?? "", $0[2].text ?? "") }
    #expect(declared.map(\.0) == ["fid", "geom", "name", "day", "count", "share"])
    #expect(declared.map(\.1) == ["INTEGER", "MULTIPOLYGON", "TEXT", "DATE", "MEDIUMINT", "REAL"])
    let days = try db.rows("SELECT day, typeof(day) FROM areas ORDER BY fid")
    #expect(days == [[.text("2021-08-15"), .text("text")], [.null, .text("null")], [.text("2021-06-01"), .text("text")]])
  }

  @Test func req6And7IntegrityAndForeignKeyChecksPass() throws {
    let (directory, file) = try Self.writeFixture()
    defer { try? FileManager.default.removeItem(at: directory) }
    let db = try SQLiteReader(file)
    #expect(try db.value("PRAGMA integrity_check").text == "ok")
    #expect(try db.rows("PRAGMA foreign_key_check").isEmpty)
  }

  @Test func req10And11SpatialRefSysHoldsUndefinedSystemsAndWGS84FromPROJ() throws {
    let (directory, file) = try Self.writeFixture()
    defer { try? FileManager.default.removeItem(at: directory) }
    let db = try SQLiteReader(file)
    let rows = try db.rows("SELECT srs_id, organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys ORDER BY srs_id")
    #expect(rows.map { $0[0].integer } == [-1, 0, 4326])
    #expect(rows[0][3].text == "undefined" && rows[1][3].text == "undefined")
    #expect(rows[2][1].text == "EPSG" && rows[2][2].integer == 4326)
    #expect(rows[2][3].text?.hasPrefix("GEOGCS[\"WGS 84\"") == true)
  }

  @Test func req13To18ContentsListsEveryTableWithTypeExtentAndTimestamp() throws {
    let (directory, file) = try Self.writeFixture()
    defer { try? FileManager.default.removeItem(at: directory) }
    let db = try SQLiteReader(file)
    let rows = try db.rows("SELECT table_name, data_type, identifier, min_x, min_y, max_x, max_y, srs_id, last_change FROM gpkg_contents ORDER BY table_name")
    #expect(rows.map { $0[0].text } == ["areas", "notes", "places"])
    #expect(rows.map { $0[1].text } == ["features", "attributes", "features"])
    // Extent of the two squares (1° × 1°) and of the two points.
    #expect(rows[0][3...6].map(\.real) == [65.5, 31.5, 70, 35])
    #expect(rows[2][3...6].map(\.real) == [65.71, 31.61, 69.1723, 34.5281])
    #expect(rows[1][3] == .null && rows[1][7] == .null)
    #expect(rows[0][7].integer == 4326)
    // Req 15: ISO 8601 UTC with milliseconds, as strftime('%Y-%m-%dT%H:%M:%fZ').
    for row in rows {
      let stamp = row[8].text ?? ""
      #expect(stamp.count == 24 && stamp.hasSuffix("Z") && stamp.dropFirst(10).hasPrefix("T"), "\(stamp)")
    }
  }

  @Test func req19And20And31And32GeometryBlobsHaveTheGeoPackageHeaderAndLittleEndianWKB() throws {
    let (directory, file) = try Self.writeFixture()
    defer { try? FileManager.default.removeItem(at: directory) }
    let db = try SQLiteReader(file)
    for (table, wkbType, envelopeIndicator) in [("areas", UInt32(6), UInt8(1)), ("places", 1, 0)] {
      for row in try db.rows("SELECT geom FROM \(table) WHERE geom IS NOT NULL") {
        let blob = try #require(row[0].blob)
        #expect(blob[0] == 0x47 && blob[1] == 0x50, "magic GP")
        #expect(blob[2] == 0, "version 0")
        #expect(blob[3] & 1 == 1, "little-endian header")
        #expect((blob[3] >> 1) & 0b111 == envelopeIndicator)
        #expect(blob[3] & 0b0010_0000 == 0, "standard, not extended")
        #expect(Fixtures.uint32(blob, at: 4) == 4326)
        let wkb = 8 + (envelopeIndicator == 1 ? 32 : 0)
        #expect(blob[wkb] == 1, "WKB little-endian")
        #expect(Fixtures.uint32(blob, at: wkb + 1) == wkbType)
      }
    }
    // The envelope is [minx, maxx, miny, maxy].
    let first = try #require(try db.value("SELECT geom FROM areas WHERE fid = 1").blob)
    #expect((0..<4).map { Fixtures.double(first, at: 8 + $0 * 8) } == [69, 70, 34, 35])
    // Coordinates are rounded to the 6 decimals of the column, x (longitude) first.
    let kabul = try #require(try db.value("SELECT geom FROM places WHERE fid = 1").blob)
    #expect(Fixtures.double(kabul, at: 13) == 69.1723 && Fixtures.double(kabul, at: 21) == 34.5281)
  }

  @Test func req21To26GeometryColumnsRegistersEachFeatureTableWithItsTypeAndSRS() throws {
    let (directory, file) = try Self.writeFixture()
    defer { try? FileManager.default.removeItem(at: directory) }
    let db = try SQLiteReader(file)
    let rows = try db.rows("SELECT table_name, column_name, geometry_type_name, srs_id, z, m FROM gpkg_geometry_columns ORDER BY table_name")
    #expect(rows == [
      [.text("areas"), .text("geom"), .text("MULTIPOLYGON"), .integer(4326), .integer(0), .integer(0)],
      [.text("places"), .text("geom"), .text("POINT"), .integer(4326), .integer(0), .integer(0)],
    ])
  }

  @Test func req29EveryUserTableHasAnIntegerPrimaryKeyNamedFid() throws {
    let (directory, file) = try Self.writeFixture()
    defer { try? FileManager.default.removeItem(at: directory) }
    let db = try SQLiteReader(file)
    for table in ["areas", "places", "notes"] {
      let fid = try db.rows("PRAGMA table_info(\(table))").first
      #expect(fid?[1].text == "fid" && fid?[2].text == "INTEGER" && fid?[5].integer == 1, "\(table)")
    }
    #expect(try db.rows("SELECT fid FROM areas ORDER BY fid").map { $0[0].integer } == [1, 2, 3])
  }

  @Test func rtreeIndexOfAnnexF3HoldsEveryNonNullEnvelopeWithExtensionRowAndTriggers() throws {
    let (directory, file) = try Self.writeFixture()
    defer { try? FileManager.default.removeItem(at: directory) }
    let db = try SQLiteReader(file)
    let extensions = try db.rows("SELECT table_name, column_name, extension_name, scope FROM gpkg_extensions ORDER BY table_name")
    #expect(extensions == [
      [.text("areas"), .text("geom"), .text("gpkg_rtree_index"), .text("write-only")],
      [.text("places"), .text("geom"), .text("gpkg_rtree_index"), .text("write-only")],
    ])
    let boxes = try db.rows("SELECT id, minx, maxx, miny, maxy FROM rtree_areas_geom ORDER BY id")
    #expect(boxes.map { $0[0].integer } == [1, 2], "the null geometry is not indexed")
    // SQLite's R-tree stores 32-bit floats rounded outwards.
    let first = boxes[0].compactMap(\.real)
    #expect(first[1] <= 69 && first[2] >= 70 && first[3] <= 34 && first[4] >= 35)
    #expect(try db.rows("SELECT id FROM rtree_places_geom").count == 2)
    let triggers = try db.rows("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'areas' ORDER BY name")
    #expect(triggers.compactMap { $0[0].text } == ["delete", "insert", "update1", "update2", "update3", "update4"].map { "rtree_areas_geom_\($0)" })
    #expect(try db.rows("SELECT name FROM sqlite_master WHERE name LIKE 'rtree_notes%'").isEmpty)
  }

  @Test func textIsStoredAsUTF8() throws {
    let (directory, file) = try Self.writeFixture()
    defer { try? FileManager.default.removeItem(at: directory) }
    let db = try SQLiteReader(file)
    #expect(try db.value("PRAGMA encoding").text == "UTF-8")
    #expect(try db.value("SELECT name FROM areas WHERE fid = 1").text == "کابل")
    #expect(try db.value("SELECT length(CAST(name AS BLOB)) FROM areas WHERE fid = 1").integer == 8)
  }
}

/// Small geometries and byte readers for the tests.
enum Fixtures {
  /// A 1° × 1° square with its south-west corner at (`longitude`, `latitude`), counter-clockwise.
  static func square(at longitude: Double, _ latitude: Double) -> Geometry {
    .multiPolygon([[[
      Position(x: longitude, y: latitude), Position(x: longitude + 1, y: latitude),
      Position(x: longitude + 1, y: latitude + 1), Position(x: longitude, y: latitude + 1),
      Position(x: longitude, y: latitude),
    ]]])
  }

  static func uint32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
    (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * UInt32($1)) }
  }

  static func double(_ bytes: [UInt8], at offset: Int) -> Double {
    Double(bitPattern: (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * UInt64($1)) })
  }
}
