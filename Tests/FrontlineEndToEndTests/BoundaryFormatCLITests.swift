import Foundation
import FrontlineTestSupport
import Testing

/// `--boundaries` given something other than district GeoJSON: another format (recognised by
/// its first bytes, with the GDAL command that converts it, which is then run), a GeoPackage or
/// a GeoJSON with a legacy `crs` (read, transformed through PROJ), or another administrative
/// level.
@Suite(.enabled(if: LayersSupport.frontline != nil, "the frontline executable is not built"))
struct BoundaryFormatCLITests {
  typealias S = LayersSupport

  /// One district (Chamkani, AF1310) as a small square polygon.
  static let chamkani = """
    {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ADM2_PCODE":"AF1310","ADM2_EN":"Chamkani"},
    "geometry":{"type":"Polygon","coordinates":[[[69.7,33.7],[69.9,33.7],[69.9,33.9],[69.7,33.9],[69.7,33.7]]]}}]}
    """

  struct FormatCase: Sendable, CustomTestStringConvertible {
    let driver: String
    let file: String
    let format: String
    var testDescription: String { driver }
  }

  static let formats = [
    FormatCase(driver: "ESRI Shapefile", file: "districts.shp", format: "an ESRI Shapefile (.shp)"),
    FormatCase(driver: "FlatGeobuf", file: "districts.fgb", format: "a FlatGeobuf file"),
  ]

  @Test(.enabled(if: LayersSupport.ogr2ogr != nil, "ogr2ogr is not installed (apt-get install gdal-bin)"), arguments: formats)
  func otherFormatIsNamedWithTheCommandThatConvertsIt(_ c: FormatCase) throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(Self.chamkani.utf8).write(to: directory.appendingPathComponent("source.geojson"))
    let ogr2ogr = try #require(S.ogr2ogr)
    let made = try S.execute(ogr2ogr, ["-f", c.driver, c.file, "source.geojson"], in: directory)
    #expect(made.status == 0, "\(made.stderr)")

    let result = try S.run(["run", S.packageRoot.appendingPathComponent("samples/reports").path, "-o", "out", "--boundaries", c.file], in: directory)
    #expect(result.status == 1)
    // The file as the reader names it (an absolute path).
    let shown = directory.appendingPathComponent(c.file).path
    let command = "ogr2ogr -f GeoJSON -t_srs EPSG:4326 districts.geojson \(shown)"
    #expect(result.stderr == "frontline: error: \(shown): this is \(c.format), not GeoJSON; convert it with GDAL: \(command)\n")
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))

    // The command given works, and its output is accepted.
    let converted = try S.execute(ogr2ogr, Array(command.split(separator: " ").dropFirst().map(String.init)), in: directory)
    #expect(converted.status == 0, "\(converted.stderr)")
    let again = try S.run(["run", S.packageRoot.appendingPathComponent("samples/reports").path, "-o", "out", "--boundaries", "districts.geojson"], in: directory)
    #expect(again.status == 0, "\(again.stderr)")
  }

  /// A boundary file as the analyst may have it: a GeoPackage in EPSG:4326 or in UTM 42N, a
  /// GeoJSON in UTM 42N with a legacy `crs` member (all made by `ogr2ogr` from OCHA's ADM2
  /// file), and Frontline's own `--crs EPSG:32642` district layer. Each gives every district the
  /// status the GeoJSON gives it, and polygons within rounding of the GeoJSON's.
  @Test(
    .enabled(if: LayersSupport.hasSharedData, "needs ../shared/data"),
    .enabled(if: LayersSupport.ogr2ogr != nil, "ogr2ogr is not installed (apt-get install gdal-bin)"))
  func geoPackageAndLegacyCRSBoundariesGiveTheGeoJSONsStatuses() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let reports = S.packageRoot.appendingPathComponent("samples/reports").path
    let source = S.ochaADM2.path
    let ogr2ogr = try #require(S.ogr2ogr)
    for (file, arguments) in [
      ("d4326.gpkg", ["-f", "GPKG"]), ("d32642.gpkg", ["-f", "GPKG", "-t_srs", "EPSG:32642"]),
      ("d32642.geojson", ["-f", "GeoJSON", "-t_srs", "EPSG:32642"]),
    ] {
      let made = try S.execute(ogr2ogr, arguments + [file, source], in: directory)
      #expect(made.status == 0, "\(made.stderr)")
    }
    // The reference, which also writes Frontline's own UTM 42N layer with a legacy crs member.
    let reference = try S.run(["run", reports, "-o", "reference", "--boundaries", source], in: directory)
    #expect(reference.status == 0, "\(reference.stderr)")
    let own = try S.run(["run", reports, "-o", "own", "--boundaries", source, "--crs", "EPSG:32642"], in: directory)
    #expect(own.status == 0, "\(own.stderr)")
    let ownLayer = try String(contentsOf: directory.appendingPathComponent("own/district-control.geojson"), encoding: .utf8)
    #expect(ownLayer.contains("\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::32642\"}}"))

    func layer(_ name: String) throws -> [String: (status: String, ring: [[Double]])] {
      let json = try S.json(directory.appendingPathComponent(name).appendingPathComponent("district-control.geojson"))
      var result: [String: (status: String, ring: [[Double]])] = [:]
      for feature in try #require(json["features"] as? [[String: Any]]) {
        let properties = try #require(feature["properties"] as? [String: Any])
        let geometry = try #require(feature["geometry"] as? [String: Any])
        let parts = try #require(geometry["coordinates"] as? [[[[Double]]]])
        result[try #require(properties["pcode"] as? String)] = (try #require(properties["status"] as? String), parts[0][0])
      }
      return result
    }
    let expected = try layer("reference")
    #expect(expected.count == 399)
    #expect(Set(expected.values.map(\.status)).count > 1, "the samples give more than one status")
    for boundaries in ["d4326.gpkg", "d32642.gpkg", "d32642.geojson", "own/district-control.geojson"] {
      // Not "out-d4326.gpkg": an -o ending in .gpkg is the GeoPackage file.
      let output = "out-" + boundaries.replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: ".", with: "-")
      let result = try S.run(["run", reports, "-o", output, "--format", "geojson", "--boundaries", boundaries], in: directory)
      #expect(result.status == 0, "\(boundaries): \(result.stderr)")
      // No boundary diagnostic (they start with the file name): every feature matched, every
      // district has a polygon, no ring crosses itself.
      #expect(!result.stderr.contains(boundaries + ":"), "\(boundaries): \(result.stderr)")
      let found = try layer(output)
      #expect(found.count == 399, "\(boundaries)")
      let differing = expected.keys.filter { found[$0]?.status != expected[$0]?.status }.sorted()
      #expect(differing.isEmpty, "\(boundaries): statuses differ for \(differing)")
      // Through PROJ and back the vertices land within rounding (6 decimals, about 0.1 m) of
      // the GeoJSON's. Frontline's own layer was rounded to 2 decimals of a metre first, so
      // where 6 decimals of a degree merged two vertices of the reference (AF3202, AF3205) it
      // keeps one more; those rings are left out of the vertex comparison.
      let own = boundaries.hasPrefix("own/")
      var worst = 0.0
      var compared = 0
      for (pcode, district) in expected {
        guard let ring = found[pcode]?.ring, ring.count == district.ring.count else {
          if !own {
            Issue.record("\(boundaries): \(pcode)'s first ring has \(found[pcode]?.ring.count ?? 0) vertices, not \(district.ring.count)")
          }
          continue
        }
        compared += 1
        for (a, b) in zip(ring, district.ring) { worst = max(worst, abs(a[0] - b[0]), abs(a[1] - b[1])) }
      }
      #expect(compared >= (own ? 390 : 399), "\(boundaries): \(compared) districts compared")
      #expect(worst <= 1e-6 + 1e-12, "\(boundaries): a vertex moved \(worst)°")
    }
  }

  /// A GeoPackage holding points, not polygons, is refused naming the table and row.
  @Test(.enabled(if: LayersSupport.ogr2ogr != nil, "ogr2ogr is not installed (apt-get install gdal-bin)"))
  func geoPackageOfPointsIsRefusedNamingTheRow() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let points = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"ADM2_PCODE":"AF1310"},"geometry":{"type":"Point","coordinates":[69.8,33.8]}}]}"#
    try Data(points.utf8).write(to: directory.appendingPathComponent("points.geojson"))
    let made = try S.execute(try #require(S.ogr2ogr), ["-f", "GPKG", "points.gpkg", "points.geojson"], in: directory)
    #expect(made.status == 0, "\(made.stderr)")
    let result = try S.run(["run", S.packageRoot.appendingPathComponent("samples/reports").path, "-o", "out", "--boundaries", "points.gpkg"], in: directory)
    #expect(result.status == 1)
    #expect(result.stderr == "frontline: error: cannot read GeoPackage points.gpkg table 'points' row 0: the geometry is a Point, not a Polygon or MultiPolygon; district boundaries are polygons\n")
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
  }

  /// A corrupt GeoPackage (an SQLite header, then junk) is reported through the CLI's one
  /// error path: `frontline: error:` and the GeoPackage reader's own message, exit 1, not
  /// argument-parser's generic `Error:` and usage text.
  @Test func corruptGeoPackageIsReportedWithItsHumanMessage() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var bytes = Data("SQLite format 3\u{0}".utf8)
    bytes.append(Data(repeating: 0x5A, count: 4096))
    try bytes.write(to: directory.appendingPathComponent("corrupt.gpkg"))
    for command in ["run", "serve"] {
      var arguments = [command, S.packageRoot.appendingPathComponent("samples/reports").path, "--boundaries", "corrupt.gpkg"]
      arguments += command == "run" ? ["-o", "out"] : ["--port", "0"]
      let result = try S.run(arguments, in: directory)
      #expect(result.status == 1, "\(command): \(result.stderr)")
      #expect(result.stderr.hasPrefix("frontline: error: cannot read GeoPackage corrupt.gpkg"), "\(command): \(result.stderr)")
      #expect(result.stderr.contains("ogrinfo corrupt.gpkg"), "\(command): \(result.stderr)")
      #expect(!result.stderr.contains("Error:") && !result.stderr.contains("Usage:"), "\(command): \(result.stderr)")
    }
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
  }

  @Test(
    .enabled(if: LayersSupport.hasSharedData, "needs ../shared/data"),
    arguments: ["afg_adm1_ocha_agcho_20180522.geojson", "afg_adm1_geoboundaries.geojson"])
  func provinceFileAsBoundariesIsRefusedAsADM1(_ name: String) throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = S.sharedData.appendingPathComponent(name).path
    let result = try S.run(["run", "-o", directory.appendingPathComponent("out").path, "--boundaries", file])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("frontline: error: \(file): looks like province (ADM1) boundaries, not districts: 34 of 34 features are provinces"), "\(result.stderr)")
    #expect(result.stderr.contains("pass it as --provinces"))
    #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
  }

  @Test func countryOutlineAsBoundariesIsRefusedAsADM0() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let outline = #"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"shapeName":"Afghanistan","shapeISO":"AFG"},"geometry":{"type":"Polygon","coordinates":[[[60.5,29.4],[74.9,29.4],[74.9,38.4],[60.5,38.4],[60.5,29.4]]]}}]}"#
    try Data(outline.utf8).write(to: directory.appendingPathComponent("adm0.geojson"))
    let result = try S.run(["run", S.packageRoot.appendingPathComponent("samples/reports").path, "-o", "out", "--boundaries", "adm0.geojson"], in: directory)
    #expect(result.status == 1)
    #expect(result.stderr == "frontline: error: adm0.geojson: looks like a country outline (ADM0), not districts: 1 feature, no district matched; pass district (ADM2) boundaries as --boundaries\n")
  }

  /// A partial ADM2 file (one district) is not refused: it is district boundaries.
  @Test func partialDistrictFileIsAccepted() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Data(Self.chamkani.utf8).write(to: directory.appendingPathComponent("one.geojson"))
    let result = try S.run(["run", S.packageRoot.appendingPathComponent("samples/reports").path, "-o", "out", "--boundaries", "one.geojson"], in: directory)
    #expect(result.status == 0, "\(result.stderr)")
  }
}
