import Foundation
import FrontlineKit
import FrontlineTestSupport
import GeoJSON
import GeoModel
import GeoPackage
import Testing

/// ``GeoPackageReader``: the polygons `--boundaries` takes from a GeoPackage, read back from
/// Frontline's own writer and from GDAL's (2-D and 3-D).
@Suite struct GeoPackageReaderTests {
  /// Frontline's own district_control table reads back as the GeoJSON layer's polygons and
  /// properties, in row order, with its CRS.
  @Test func readsFrontlinesOwnDistrictTableAsItsGeoJSONLayer() throws {
    let (root, geojson, gpkg) = try GeoPackageGDALTests.writeBoth()
    defer { try? FileManager.default.removeItem(at: root) }
    let read = try GeoPackageReader.readFeatures(path: gpkg.path)
    #expect(read.table == "district_control")
    #expect(read.srsID == 4326 && read.organization == "EPSG" && read.organizationCode == 4326)
    #expect(read.features.count == 399)
    let layer = try BoundaryReader().read(contentsOf: geojson.appendingPathComponent("district-control.geojson"))
    for (package, json) in zip(read.features, layer) {
      #expect(package.string("pcode") == json.string("pcode"))
      #expect(package.string("status") == json.string("status"))
      #expect(package.polygons == json.polygons, "\(json.string("pcode") ?? "")")
    }
  }

  /// GDAL's GeoPackage with Z coordinates (ISO WKB 1006/1003): Z is dropped, x and y kept.
  @Test(.enabled(if: Support.ogr2ogr != nil, "ogr2ogr is not on PATH (apt-get install gdal-bin)"))
  func readsGDALsThreeDimensionalPolygons() throws {
    let directory = try Support.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let source = directory.appendingPathComponent("z.geojson")
    try Data(#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ADM2_PCODE":"AF1310","n":2,"x":0.5},"geometry":{"type":"Polygon","coordinates":[[[69.7,33.7,1],[69.9,33.7,2],[69.9,33.9,3],[69.7,33.7,1]]]}}]}"#.utf8).write(to: source)
    let gpkg = directory.appendingPathComponent("z.gpkg")
    let made = try Support.execute(try #require(Support.ogr2ogr), ["-f", "GPKG", "-nlt", "MULTIPOLYGON25D", gpkg.path, source.path])
    #expect(made.status == 0, "\(made.stderr)")
    let read = try GeoPackageReader.readFeatures(path: gpkg.path)
    let feature = try #require(read.features.first)
    #expect(feature.properties["ADM2_PCODE"] == .string("AF1310"))
    #expect(feature.properties["n"] == .integer(2))
    #expect(feature.properties["x"] == .double(0.5))
    #expect(feature.polygons == [[[
      Position(x: 69.7, y: 33.7), Position(x: 69.9, y: 33.7), Position(x: 69.9, y: 33.9), Position(x: 69.7, y: 33.7),
    ]]])
  }

  /// A file that is not SQLite is refused naming it.
  @Test func notAGeoPackageIsRefusedNamingTheFile() throws {
    let directory = try Support.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("empty.sqlite")
    try Data("SQLite format 3\u{0}".utf8 + [UInt8](repeating: 0, count: 84)).write(to: file)
    #expect {
      _ = try GeoPackageReader.readFeatures(path: file.path)
    } throws: { error in
      "\(error)".hasPrefix("cannot read GeoPackage \(file.path): ")
    }
  }
}
