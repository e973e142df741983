import Foundation
import FrontlineKit
import FrontlineTestSupport
import SVGWriters
import Testing
import Timeline

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Layers open styled: a `.qml` beside each GeoJSON layer of `run`, a `layer_styles` table in
/// each GeoPackage, both with the status colours of the SVG maps (``SnapshotJob/palette``) and,
/// for the timeline and snapshot tables, the temporal settings (issue #14 item 9). Checked by
/// reading the QML as XML, the table with GDAL (and GDAL's `validate_gpkg.py`), and by QGIS
/// itself when PyQGIS is installed.
@Suite(.enabled(if: LayersSupport.frontline != nil, "needs the frontline binary (swift build)"))
struct LayerStylesTests {
  typealias S = LayersSupport

  /// `#rrggbb` per status value, from the one palette the maps use.
  static let statusColors: [String: String] = Dictionary(
    uniqueKeysWithValues: ControlStatus.allCases.map { ($0.rawValue, SnapshotJob.palette[$0]?.hex ?? "") })

  static func write() throws -> (root: URL, geojson: URL, gpkg: URL) {
    let root = try S.temporaryDirectory()
    let geojson = root.appendingPathComponent("geojson")
    let gpkg = root.appendingPathComponent("gpkg")
    #expect(try S.run(["run", "-o", geojson.path]).status == 0)
    let result = try S.run(["run", "-o", gpkg.path, "--format", "gpkg", "--snapshots", "--from", "2021-08-14", "--to", "2021-08-15"])
    #expect(result.status == 0, "\(result.stderr)")
    return (root, geojson, gpkg)
  }

  /// The categorized renderer of a QML document: attribute and value → `#rrggbb`, plus the
  /// temporal element's attributes.
  static func parseQML(_ data: Data) throws -> (attribute: String?, colors: [String: String], temporal: [String: String]) {
    let document = try XMLDocument(data: data)
    let root = try #require(document.rootElement())
    #expect(root.name == "qgis")
    let renderer = try #require(root.elements(forName: "renderer-v2").first)
    var symbols: [String: String] = [:]
    for symbol in renderer.elements(forName: "symbols").first?.elements(forName: "symbol") ?? [] {
      let options = symbol.elements(forName: "layer").first?.elements(forName: "Option").first?.elements(forName: "Option") ?? []
      let rgba = options.first { $0.attribute(forName: "name")?.stringValue == "color" }?.attribute(forName: "value")?.stringValue ?? ""
      let parts = rgba.split(separator: ",").compactMap { Int($0) }
      if parts.count == 4 {
        symbols[symbol.attribute(forName: "name")?.stringValue ?? ""] = String(format: "#%02x%02x%02x", parts[0], parts[1], parts[2])
      }
    }
    var colors: [String: String] = [:]
    for category in renderer.elements(forName: "categories").first?.elements(forName: "category") ?? [] {
      let value = category.attribute(forName: "value")?.stringValue ?? ""
      colors[value] = symbols[category.attribute(forName: "symbol")?.stringValue ?? ""]
    }
    var temporal: [String: String] = [:]
    for attribute in root.elements(forName: "temporal").first?.attributes ?? [] {
      temporal[attribute.name ?? ""] = attribute.stringValue
    }
    return (renderer.attribute(forName: "attr")?.stringValue, colors, temporal)
  }

  @Test func aQMLBesideEachGeoJSONLayerColoursByStatusAndAnimatesTheTimeline() throws {
    let (root, geojson, _) = try Self.write()
    defer { try? FileManager.default.removeItem(at: root) }
    for layer in ["district-control", "timeline"] {
      let qml = try Self.parseQML(Data(contentsOf: geojson.appendingPathComponent("\(layer).qml")))
      #expect(qml.attribute == "status", "\(layer)")
      #expect(qml.colors == Self.statusColors, "\(layer)")
    }
    let timeline = try Self.parseQML(Data(contentsOf: geojson.appendingPathComponent("timeline.qml"))).temporal
    // limitMode 1: include start, include end, as the inclusive intervals need.
    #expect(timeline["enabled"] == "1" && timeline["mode"] == "2" && timeline["limitMode"] == "1")
    #expect(timeline["startField"] == "valid_from" && timeline["endField"] == "valid_to")
    for layer in ["events", "mobilization"] {
      let document = try XMLDocument(data: Data(contentsOf: geojson.appendingPathComponent("\(layer).qml")))
      #expect(document.rootElement()?.elements(forName: "renderer-v2").first?.attribute(forName: "type")?.stringValue == "singleSymbol")
    }
  }

  @Test(.enabled(if: LayersSupport.ogrinfo != nil, "ogrinfo is not on PATH (apt-get install gdal-bin)"))
  func gdalReadsADefaultStyleRowForEveryTableOfBothGeoPackages() throws {
    let (root, _, gpkg) = try Self.write()
    defer { try? FileManager.default.removeItem(at: root) }
    let files: [(URL, [String: String])] = [
      (gpkg.appendingPathComponent("frontline.gpkg"), ["district_control": "0", "timeline": "2", "mobilization": "0", "events": "0"]),
      (gpkg.appendingPathComponent("snapshots/snapshots.gpkg"), [
        "district_control_snapshots": "1", "mobilization_snapshots": "1", "timeline": "2", "events": "0",
      ]),
    ]
    for (file, modes) in files {
      let result = try S.execute(
        try #require(S.ogrinfo),
        ["-ro", "-q", "-sql", "SELECT f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, useAsDefault, styleQML, styleSLD FROM layer_styles ORDER BY f_table_name", file.path],
        in: root)
      #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
      let rows = result.stdout.components(separatedBy: "OGRFeature(SELECT)").dropFirst()
      #expect(rows.count == modes.count, "\(file.lastPathComponent): \(result.stdout)")
      for row in rows {
        #expect(row.contains("f_geometry_column (String) = geom"))
        #expect(row.contains("useAsDefault (Integer(Boolean)) = 1"))
        #expect(row.contains("f_table_schema (String) = \n") || row.contains("f_table_schema (String) = \r\n"), "empty schema, as QGIS writes it")
        let table = row.components(separatedBy: "f_table_name (String) = ").dropFirst().first?.prefix { $0 != "\n" } ?? ""
        let mode = try #require(modes[String(table)], "\(table)")
        #expect(row.contains("<temporal enabled=\"\(mode == "0" ? "0" : "1")\" mode=\"\(mode)\""), "\(table)")
        if table.hasPrefix("district_control") || table == "timeline" {
          #expect(row.contains("attr=\"status\""), "\(table)")
          for (status, hex) in Self.statusColors {
            #expect(row.contains("<ogc:Literal>\(status)</ogc:Literal>"), "\(table) SLD rule for \(status)")
            #expect(row.contains(">\(hex)</se:SvgParameter>"), "\(table) SLD colour \(hex)")
          }
        }
      }
      // The QML stored in the table is the one written beside the GeoJSON layers.
      if file.lastPathComponent == "frontline.gpkg" {
        let sql = "SELECT styleQML FROM layer_styles WHERE f_table_name = 'timeline'"
        let qml = try S.execute(try #require(S.ogrinfo), ["-ro", "-q", "-sql", sql, file.path], in: root).stdout
        #expect(qml.contains("startField=\"valid_from\" endField=\"valid_to\""))
      }
    }
  }

  @Test(.enabled(if: LayersSupport.validateGPKG != nil, "GDAL's validate_gpkg.py is not installed (apt-get install python3-gdal)"))
  func geoPackagesWithLayerStylesPassGDALsValidator() throws {
    let (root, _, gpkg) = try Self.write()
    defer { try? FileManager.default.removeItem(at: root) }
    let (python, module) = try #require(LayersSupport.validateGPKG)
    for file in [gpkg.appendingPathComponent("frontline.gpkg"), gpkg.appendingPathComponent("snapshots/snapshots.gpkg")] {
      let result = try S.execute(python, ["-m", module, file.path], in: root)
      #expect(result.status == 0, "\(file.lastPathComponent): \(result.stdout) \(result.stderr)")
    }
  }

  @Test(.enabled(if: PyQGIS.python != nil, "PyQGIS is not installed (apt-get install python3-qgis)"))
  func qgisOpensEveryStatusLayerCategorizedByStatusInThePaletteColours() throws {
    let (root, geojson, gpkg) = try Self.write()
    defer { try? FileManager.default.removeItem(at: root) }
    let frontline = gpkg.appendingPathComponent("frontline.gpkg").path
    let snapshots = gpkg.appendingPathComponent("snapshots/snapshots.gpkg").path
    let uris = [
      geojson.appendingPathComponent("district-control.geojson").path, geojson.appendingPathComponent("timeline.geojson").path,
      "\(frontline)|layername=district_control", "\(frontline)|layername=timeline",
      "\(snapshots)|layername=district_control_snapshots",
    ]
    let events = geojson.appendingPathComponent("events.geojson").path
    let (layers, _) = try PyQGIS.inspect((uris + [events]).map { ($0, "2021-08-15") })
    #expect(layers.count == uris.count + 1)
    for (uri, layer) in zip(uris, layers) {
      #expect(layer.valid, "\(uri)")
      #expect(layer.renderer == "categorizedSymbol" && layer.attribute == "status", "\(uri): \(layer)")
      #expect(layer.categories == Self.statusColors, "\(uri)")
      #expect(layer.styleLoaded, "\(uri)")
    }
    #expect(layers.last?.renderer == "singleSymbol", "events")
  }
}
