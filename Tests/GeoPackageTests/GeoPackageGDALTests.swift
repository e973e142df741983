import Extractor
import Foundation
import FrontlineKit
import FrontlineTestSupport
import Layers
import Projection
import Testing

/// `--format gpkg` read back with GDAL, the client the files are for: `ogrinfo` lists every layer
/// with its count, geometry type, CRS and field types and prints nothing on stderr, and
/// `ogr2ogr -f GeoJSON` gives back Frontline's own GeoJSON layers.
@Suite(.enabled(if: Support.ogrinfo != nil && Support.ogr2ogr != nil, "ogrinfo/ogr2ogr are not on PATH (apt-get install gdal-bin); skipping GDAL round trips"))
struct GeoPackageGDALTests {
  /// Writes the sample reports' layers as GeoJSON and as a GeoPackage into two folders.
  static func writeBoth(boundaries: BoundarySource = .embedded, crs: String? = nil) throws -> (root: URL, geojson: URL, gpkg: URL) {
    let root = try Support.temporaryDirectory()
    let parsed = try crs.map { try CRS.parse($0) }
    for (folder, format) in [("geojson", LayerFormat.geojson), ("gpkg", .gpkg)] {
      _ = try RunJob.run(
        events: Support.sampleEvents, index: Support.index,
        options: LayerJobOptions(
          outputDirectory: root.appendingPathComponent(folder).path, boundaries: boundaries,
          provinces: boundaries == .none ? .none : .embedded,
          output: LayerOutputOptions(format: format, crs: parsed)))
    }
    return (root, root.appendingPathComponent("geojson"), root.appendingPathComponent("gpkg/frontline.gpkg"))
  }

  struct Expected: Sendable {
    let table: String
    let geometry: String
    let fields: [String: String]
  }

  static let expected: [Expected] = [
    Expected(table: "district_control", geometry: "Multi Polygon", fields: [
      "pcode": "String", "status": "String", "since": "Date", "sources": "Integer", "evidence_id": "String",
      "last_reported": "Date", "age_days": "Integer", "confirmations": "Integer",
    ]),
    Expected(table: "mobilization", geometry: "Multi Polygon", fields: ["first_date": "Date", "last_date": "Date", "reports": "Integer"]),
    Expected(table: "events", geometry: "Point", fields: ["id": "String", "date": "Date", "confidence": "Real"]),
    Expected(table: "timeline", geometry: "Multi Polygon", fields: [
      "valid_from": "DateTime", "valid_to": "DateTime", "is_current": "Integer(Boolean)", "sources": "Integer",
      "confirmations": "Integer",
    ]),
    Expected(table: "evidence", geometry: "None", fields: [
      "event_id": "String", "doc": "String", "sentence": "String", "span_start": "Integer", "span_end": "Integer",
      "trigger": "String", "confidence": "Real",
    ]),
    Expected(table: "layer_styles", geometry: "None", fields: [
      "f_table_name": "String", "f_geometry_column": "String", "styleName": "String", "styleQML": "String",
      "styleSLD": "String", "useAsDefault": "Integer(Boolean)", "update_time": "DateTime",
    ]),
  ]

  @Test func ogrinfoListsEveryLayerWithCountGeometryCRSAndDateFieldsAndNoWarning() throws {
    let (root, geojson, gpkg) = try Self.writeBoth()
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try Support.execute(try #require(Support.ogrinfo), ["-ro", "-al", "-so", gpkg.path])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty, "ogrinfo warned: \(result.stderr)")
    #expect(result.stdout.contains("using driver `GPKG' successful"))
    let blocks = Support.layerBlocks(result.stdout)
    #expect(Set(blocks.keys) == Set(Self.expected.map(\.table)))
    for layer in Self.expected {
      let block = try #require(blocks[layer.table], "\(layer.table)")
      #expect(block.contains("Geometry: \(layer.geometry)\n"), "\(layer.table)")
      let fields = Support.fieldTypes(in: block)
      for (name, type) in layer.fields { #expect(fields[name] == type, "\(layer.table).\(name)") }
      if layer.geometry != "None" { #expect(block.contains("ID[\"EPSG\",4326]]"), "\(layer.table)") }
    }
    // Feature counts equal those of the GeoJSON layers (and evidence has one row per event).
    for (table, file) in [("district_control", "district-control"), ("mobilization", "mobilization"), ("events", "events"), ("timeline", "timeline")] {
      let count = try Support.features(geojson.appendingPathComponent("\(file).geojson")).count
      #expect(blocks[table]?.contains("Feature Count: \(count)\n") == true, "\(table): \(count)")
    }
    let events = try Support.features(geojson.appendingPathComponent("events.geojson")).count
    #expect(blocks["evidence"]?.contains("Feature Count: \(events)\n") == true)
  }

  @Test(arguments: [("district_control", "district-control"), ("mobilization", "mobilization"), ("events", "events"), ("timeline", "timeline")])
  func ogr2ogrGeoJSONOfEachTableEqualsFrontlinesOwnGeoJSON(_ table: String, _ file: String) throws {
    let (root, geojson, gpkg) = try Self.writeBoth()
    defer { try? FileManager.default.removeItem(at: root) }
    try Self.expectRoundTrip(table: table, gpkg: gpkg, geojson: geojson.appendingPathComponent("\(file).geojson"), root: root)
  }

  @Test(.enabled(if: Support.hasOCHA, "../shared/data/afg_adm2_ocha_agcho_20180522.geojson is absent; skipping the OCHA polygons"))
  func ochaDistrictPolygonsGoIntoTheGeoPackageAsAll399MultiPolygonsThatRoundTripThroughGDAL() throws {
    let (root, geojson, gpkg) = try Self.writeBoth(boundaries: .file(Support.ochaADM2.path))
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try Support.execute(try #require(Support.ogrinfo), ["-ro", "-al", "-so", gpkg.path])
    #expect(result.stderr.isEmpty, "ogrinfo warned: \(result.stderr)")
    let blocks = Support.layerBlocks(result.stdout)
    let control = try #require(blocks["district_control"])
    #expect(control.contains("Geometry: Multi Polygon\n"))
    #expect(control.contains("Feature Count: 399\n"))
    // Afghanistan's extent in WGS 84 degrees, from gpkg_contents.
    #expect(control.contains("Extent: (60.471977, 29.377060) - (74.889562, 38.490737)"), "\(control.prefix(300))")
    #expect(blocks["timeline"]?.contains("Geometry: Multi Polygon\n") == true)
    try Self.expectRoundTrip(
      table: "district_control", gpkg: gpkg, geojson: geojson.appendingPathComponent("district-control.geojson"), root: root)
    // The R-tree finds Kabul city district (AF0101) for a box around Kabul, and GDAL's spatial
    // filter, which uses it, keeps a handful of the 399 districts.
    let db = try SQLiteReader(gpkg)
    let hits = try db.rows(
      """
      SELECT d.pcode FROM rtree_district_control_geom r JOIN district_control d ON d.fid = r.id
      WHERE r.minx <= 69.2 AND r.maxx >= 69.1 AND r.miny <= 34.55 AND r.maxy >= 34.5
      """).compactMap { $0[0].text }
    #expect(hits.contains("AF0101"), "\(hits)")
    let filtered = try Support.execute(
      try #require(Support.ogrinfo), ["-ro", "-so", "-spat", "69.1", "34.5", "69.2", "34.55", gpkg.path, "district_control"])
    #expect(filtered.stdout.contains("Feature Count: \(hits.count)\n"), "\(filtered.stdout)")
    #expect(hits.count < 10)
  }

  @Test func embeddedPolygonsByDefaultWithTheirAttributionInGpkgContentsAndPointsWithNone() throws {
    let (root, _, gpkg) = try Self.writeBoth()
    defer { try? FileManager.default.removeItem(at: root) }
    let db = try SQLiteReader(gpkg)
    let rows = try db.rows("SELECT table_name, description FROM gpkg_contents ORDER BY table_name")
    let descriptions = Dictionary(uniqueKeysWithValues: rows.compactMap { row in
      row[0].text.map { ($0, row[1].text ?? "") }
    })
    for table in ["district_control", "mobilization", "timeline"] {
      #expect(descriptions[table]?.hasSuffix(". \(EmbeddedBoundaries.attribution)") == true, "\(table): \(descriptions[table] ?? "")")
    }
    #expect(descriptions["events"]?.contains("OCHA") == false)
    #expect(EmbeddedBoundaries.attribution.contains("CC BY-IGO"))

    let (pointsRoot, _, pointsGpkg) = try Self.writeBoth(boundaries: .none)
    defer { try? FileManager.default.removeItem(at: pointsRoot) }
    let result = try Support.execute(try #require(Support.ogrinfo), ["-ro", "-al", "-so", pointsGpkg.path])
    #expect(result.stderr.isEmpty, "ogrinfo warned: \(result.stderr)")
    let blocks = Support.layerBlocks(result.stdout)
    for table in ["district_control", "mobilization", "timeline"] {
      #expect(blocks[table]?.contains("Geometry: Point\n") == true, "\(table)")
    }
    let pointDescriptions = try SQLiteReader(pointsGpkg).rows("SELECT description FROM gpkg_contents").compactMap { $0[0].text }
    #expect(!pointDescriptions.contains { $0.contains("OCHA") })
  }

  @Test func projectedCRSIsRecordedInSpatialRefSysWithPROJsWKT() throws {
    let (root, _, gpkg) = try Self.writeBoth(crs: "EPSG:32642")
    defer { try? FileManager.default.removeItem(at: root) }
    let result = try Support.execute(try #require(Support.ogrinfo), ["-ro", "-al", "-so", gpkg.path])
    #expect(result.stderr.isEmpty, "ogrinfo warned: \(result.stderr)")
    #expect(Support.layerBlocks(result.stdout)["events"]?.contains("PROJCRS[\"WGS 84 / UTM zone 42N\"") == true)
    let db = try SQLiteReader(gpkg)
    let rows = try db.rows("SELECT srs_id, srs_name FROM gpkg_spatial_ref_sys ORDER BY srs_id")
    #expect(rows.map { $0[0].integer } == [-1, 0, 4326, 32642])
    #expect(rows.last?[1].text == "WGS 84 / UTM zone 42N")
  }

  @Test func layersReferToTheEvidenceTableByEventID() throws {
    let (root, _, gpkg) = try Self.writeBoth()
    defer { try? FileManager.default.removeItem(at: root) }
    let db = try SQLiteReader(gpkg)
    #expect(try db.value("SELECT count(*) FROM events WHERE id NOT IN (SELECT event_id FROM evidence)").integer == 0)
    #expect(try db.value("SELECT count(*) FROM district_control WHERE evidence_id IS NOT NULL").integer ?? 0 > 0)
    #expect(try db.value("SELECT count(*) FROM district_control WHERE evidence_id NOT IN (SELECT event_id FROM evidence)").integer == 0)
    #expect(try db.value("SELECT count(*) FROM timeline WHERE evidence_id NOT IN (SELECT event_id FROM evidence)").integer == 0)
    // A district's evidence text quotes the event its evidence_id names.
    let row = try #require(try db.rows("SELECT evidence, evidence_id FROM district_control WHERE evidence_id IS NOT NULL LIMIT 1").first)
    #expect(row[0].text?.contains("(\(row[1].text ?? "?"))") == true)
    // Issue #14 item 7: the event named is the one that set the status, dated its first day,
    // in both layers; later reports only count as confirmations.
    #expect(try db.value("""
      SELECT count(*) FROM district_control d JOIN events e ON e.id = d.evidence_id WHERE e.date <> d.since
      """).integer == 0)
    #expect(try db.value("""
      SELECT count(*) FROM timeline t JOIN events e ON e.id = t.evidence_id WHERE e.date <> substr(t.valid_from, 1, 10)
      """).integer == 0)
    // Item 8: age_days counts the days from last_reported to the layer's day (the last event day).
    #expect(try db.value("""
      SELECT count(*) FROM district_control WHERE last_reported IS NOT NULL
        AND age_days <> CAST(julianday((SELECT max(date) FROM events)) - julianday(last_reported) AS INTEGER)
      """).integer == 0)
    #expect(try db.value("SELECT count(*) FROM district_control WHERE last_reported IS NULL AND age_days IS NOT NULL").integer == 0)
  }

  /// `ogr2ogr -f GeoJSON` of `table` has the features of `geojson`, in order: same properties
  /// (plus `evidence_id`), same geometry type, coordinates within 1e-9.
  static func expectRoundTrip(table: String, gpkg: URL, geojson: URL, root: URL) throws {
    let back = root.appendingPathComponent("back-\(table).geojson")
    let converted = try Support.execute(
      try #require(Support.ogr2ogr),
      ["-f", "GeoJSON", "-lco", "RFC7946=NO", "-lco", "COORDINATE_PRECISION=15", back.path, gpkg.path, table])
    #expect(converted.status == 0 && converted.stderr.isEmpty, "\(converted.stderr)")
    let expected = try Support.features(geojson)
    let actual = try Support.features(back)
    #expect(actual.count == expected.count, "\(table)")
    var worst = 0.0
    for (index, (want, got)) in zip(expected, actual).enumerated() {
      var properties = got["properties"] as? [String: Any] ?? [:]
      if table == "district_control" || table == "timeline" { properties["evidence_id"] = nil }
      let wantProperties = want["properties"] as? [String: Any] ?? [:]
      // The timeline's boolean as text on both sides: Linux Foundation tells a JSON `true`
      // read from GDAL's output and from Frontline's apart in NSDictionary equality.
      func plain(_ values: [String: Any]) -> [String: Any] {
        var copy = values
        if let flag = values["is_current"] { copy["is_current"] = "\(flag)" }
        return copy
      }
      #expect(NSDictionary(dictionary: plain(properties)).isEqual(to: plain(wantProperties)), "\(table) feature \(index)")
      let wantGeometry = want["geometry"] as? [String: Any]
      let gotGeometry = got["geometry"] as? [String: Any]
      #expect(wantGeometry?["type"] as? String == gotGeometry?["type"] as? String, "\(table) feature \(index)")
      let a = Support.flatCoordinates(wantGeometry?["coordinates"])
      let b = Support.flatCoordinates(gotGeometry?["coordinates"])
      #expect(a.count == b.count, "\(table) feature \(index)")
      for (x, y) in zip(a, b) { worst = max(worst, abs(x - y)) }
    }
    #expect(worst <= 1e-9, "\(table): largest coordinate difference \(worst)°")
  }
}
