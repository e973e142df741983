import Foundation
import Testing

/// `--boundaries` given something other than district GeoJSON: another format (recognised by
/// its first bytes, with the GDAL command that converts it, which is then run), or another
/// administrative level.
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
    FormatCase(driver: "GPKG", file: "districts.gpkg", format: "a GeoPackage (or another SQLite database)"),
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
