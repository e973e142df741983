import Foundation
import FrontlineTestSupport
import Testing

/// Every polygon Frontline writes is valid by GEOS, as GDAL's SQLite dialect (SpatiaLite's
/// `ST_IsValid`) judges it, for the embedded OCHA boundaries, OCHA's full-resolution file and
/// geoBoundaries, in WGS 84
/// and in UTM 42N, as GeoJSON and as GeoPackage (issue #14 item 1: rounding to 6 decimals made
/// Kiti cross itself and collapsed a ring of Kushk).
@Suite(
  .enabled(if: LayersSupport.frontline != nil, "needs the frontline binary (swift build)"),
  .enabled(if: LayersSupport.ogrinfo != nil, "ogrinfo is not on PATH (apt-get install gdal-bin)"),
  .enabled(if: LayersSupport.hasSpatiaLite, "GDAL's SQLite dialect has no SpatiaLite (ST_IsValid)"))
struct PolygonValidityGDALTests {
  typealias S = LayersSupport

  struct Case: Sendable, CustomStringConvertible {
    let boundaries: String  // "embedded", "ocha" (the full-resolution file) or "geoboundaries"
    let crs: String?
    let format: String
    var description: String { "\(boundaries) \(crs ?? "WGS 84") \(format)" }
  }

  static let cases: [Case] = ["embedded", "ocha", "geoboundaries"].flatMap { boundaries in
    [nil, "EPSG:32642"].flatMap { crs in ["geojson", "gpkg"].map { Case(boundaries: boundaries, crs: crs, format: $0) } }
  }

  @Test(.enabled(if: LayersSupport.hasSharedData, "../shared/data (geoBoundaries) is absent"), arguments: cases)
  func everyWrittenPolygonIsValidByGEOS(_ test: Case) throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var arguments = ["run", "-o", directory.path, "--format", test.format]
    if test.boundaries == "ocha" { arguments += ["--boundaries", S.ochaADM2.path] }
    if test.boundaries == "geoboundaries" { arguments += ["--boundaries", S.geoBoundariesADM2.path] }
    if let crs = test.crs { arguments += ["--crs", crs] }
    let result = try S.run(arguments)
    #expect(result.status == 0, "\(result.stderr)")

    let layers: [(file: URL, table: String)] =
      test.format == "gpkg"
      ? ["district_control", "timeline", "mobilization"].map { (directory.appendingPathComponent("frontline.gpkg"), $0) }
      : ["district-control", "timeline", "mobilization"].map { (directory.appendingPathComponent("\($0).geojson"), $0) }
    for (file, table) in layers {
      let geometry = test.format == "gpkg" ? "geom" : "GEOMETRY"
      let sql = "SELECT count(*) AS polygons, sum(ST_IsValid(\(geometry))) AS valid, "
        + "group_concat(CASE WHEN ST_IsValid(\(geometry)) THEN NULL ELSE pcode END) AS invalid "
        + "FROM \"\(table)\" WHERE \(geometry) IS NOT NULL"
      let check = try S.execute(try #require(S.ogrinfo), ["-q", "-dialect", "sqlite", "-sql", sql, file.path], in: directory)
      #expect(check.status == 0, "\(check.stderr)")
      let polygons = Self.integer("polygons", in: check.stdout)
      let valid = Self.integer("valid", in: check.stdout)
      #expect((polygons ?? 0) > 0, "\(test) \(table): \(check.stdout)")
      #expect(valid == polygons, "\(test) \(table): invalid by GEOS: \(check.stdout)")
    }
    // The features that needed more than rounding are named on standard error: the two the
    // issue found (plain rounding made Kiti cross itself and collapsed a ring of Kushk).
    if test.crs == nil, let pcode = ["ocha": "AF2405 (Kiti)", "geoboundaries": "AF3207 (Kushk)"][test.boundaries] {
      #expect(result.stderr.contains("district \(pcode): rounding to 6 decimals would make its polygon invalid"), "\(result.stderr)")
    }
  }

  /// `name (Integer) = 12` from `ogrinfo` output.
  static func integer(_ name: String, in text: String) -> Int? {
    for line in text.split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("\(name) (Integer") || trimmed.hasPrefix("\(name) (Integer64") {
        return trimmed.split(separator: "=").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
      }
    }
    return nil
  }
}

extension LayersSupport {
  /// Whether `ogrinfo -dialect sqlite` offers SpatiaLite's `ST_IsValid` (GDAL built with it,
  /// as Debian's is).
  static let hasSpatiaLite: Bool = {
    guard let ogrinfo = LayersSupport.ogrinfo, LayersSupport.hasSharedData else { return false }
    let result = try? ChildProcess.run(
      ogrinfo, ["-q", "-dialect", "sqlite", "-sql", "SELECT ST_IsValid(ST_GeomFromText('POINT(1 2)')) AS ok",
                LayersSupport.ochaADM1.path])
    return result?.stdout.contains("ok (Integer) = 1") == true
  }()
}
