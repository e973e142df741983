import Foundation
import FrontlineTestSupport
import Gazetteer
import GeoJSON
import GeoModel
import Layers
import Testing

/// Paths, the built `frontline` binary, `ogrinfo`, golden files and shared boundary data for
/// the layer, run and snapshot tests. (File named `…Tests.swift` by the repository's
/// convention for this folder; the one test at the end checks the helpers themselves.)
enum LayersSupport {
  /// `Tests/FrontlineEndToEndTests/`.
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  /// `Tests/FrontlineEndToEndTests/Golden/`.
  static let goldenDirectory = testsDirectory.appendingPathComponent("Golden")
  /// The package root.
  static let packageRoot = TestPaths.repositoryRoot
  /// `../shared/data` beside the package: read in place, never copied. (Not
  /// `TestPaths.sharedData`, which is nil when absent: the skip messages name this path.)
  static let sharedData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
  static let ochaADM2 = sharedData.appendingPathComponent("afg_adm2_ocha_agcho_20180522.geojson")
  static let ochaADM1 = sharedData.appendingPathComponent("afg_adm1_ocha_agcho_20180522.geojson")
  static let geoBoundariesADM2 = sharedData.appendingPathComponent("afg_adm2_geoboundaries_simplified.geojson")

  static var hasSharedData: Bool {
    let present = FileManager.default.fileExists(atPath: ochaADM2.path)
    if !present { print("skipping: \(ochaADM2.path) is absent (tests read ../shared/data in place)") }
    return present
  }

  /// The embedded gazetteer, built once per test process.
  static let index: PlaceIndex = {
    do { return try PlaceIndex.embedded() } catch { fatalError("embedded gazetteer: \(error)") }
  }()

  /// The OCHA ADM2 features (12 MB), read once per test process.
  static let ochaFeatures: [BoundaryFeature] = {
    do {
      return try BoundaryReader(rewindsForRFC7946: true).read(contentsOf: ochaADM2)
    } catch { fatalError("\(ochaADM2.path): \(error)") }
  }()

  /// The built `frontline` executable, or nil (and a skip message) when it is not built.
  static let frontline: URL? = {
    if FileManager.default.isExecutableFile(atPath: TestPaths.frontline.path) { return TestPaths.frontline }
    print("skipping: no built frontline executable at \(TestPaths.frontline.path)")
    return nil
  }()

  /// Runs the binary with `arguments` in `directory` (default: the package root).
  static func run(_ arguments: [String], in directory: URL? = nil) throws -> ChildProcess.Result {
    try execute(try #require(frontline), arguments, in: directory ?? packageRoot)
  }

  /// Runs `executable arguments…` in `directory`.
  static func execute(_ executable: URL, _ arguments: [String], in directory: URL) throws -> ChildProcess.Result {
    try ChildProcess.run(executable, arguments, in: directory)
  }

  /// A fresh empty directory.
  static func temporaryDirectory() throws -> URL { try TestPaths.temporaryDirectory(prefix: "LayersTests") }

  static let ogrinfo = TestPaths.tool("ogrinfo")
  static let ogr2ogr = TestPaths.tool("ogr2ogr")

  /// `ogrinfo -ro -al -so FILE`.
  static func ogrSummary(_ file: URL) throws -> String {
    let executable = try #require(ogrinfo)
    let result = try execute(executable, ["-ro", "-al", "-so", file.path], in: packageRoot)
    #expect(result.status == 0, "ogrinfo failed on \(file.path): \(result.stderr)")
    #expect(!result.stderr.contains("Warning"), "ogrinfo warned on \(file.lastPathComponent): \(result.stderr)")
    return result.stdout
  }

  /// Field name → type from an `ogrinfo -so` summary (`since: Date (0.0)` → `since: Date`).
  static func fieldTypes(in summary: String) -> [String: String] {
    var fields: [String: String] = [:]
    for line in summary.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":"), line.hasSuffix(")"), let paren = line.lastIndex(of: "(") else { continue }
      let name = line[..<colon].trimmingCharacters(in: .whitespaces)
      let type = line[line.index(after: colon)..<paren].trimmingCharacters(in: .whitespaces)
      guard !name.contains(" "), !type.isEmpty else { continue }
      fields[name] = type
    }
    return fields
  }

  /// The `Feature Count: N` of an `ogrinfo -so` summary.
  static func featureCount(in summary: String) -> Int? {
    summary.split(separator: "\n").first { $0.hasPrefix("Feature Count: ") }
      .flatMap { Int($0.dropFirst("Feature Count: ".count)) }
  }

  /// Parses a GeoJSON file into a dictionary.
  static func json(_ url: URL) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
    return try #require(object as? [String: Any])
  }

  /// The features of a FeatureCollection file.
  static func features(_ url: URL) throws -> [[String: Any]] {
    try #require(try json(url)["features"] as? [[String: Any]])
  }

  /// Compares `actual` byte for byte with `Golden/<name>`; `RECORD_GOLDENS=1` re-records and
  /// fails with "recorded new golden" so the recording is reviewed. A mismatch shows the
  /// first differing line. (The same contract as the Writers tests' goldens.)
  static func expectMatchesGolden(
    _ actual: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = goldenDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: url)
      Issue.record("recorded new golden \(name); review it, then rerun without RECORD_GOLDENS", sourceLocation: sourceLocation)
      return
    }
    guard let expected = FileManager.default.contents(atPath: url.path) else {
      Issue.record("missing golden \(url.path); run with RECORD_GOLDENS=1 to record it", sourceLocation: sourceLocation)
      return
    }
    guard expected != actual else { return }
    Issue.record(Comment(rawValue: firstDifference(expected, actual, label: "golden \(name)")), sourceLocation: sourceLocation)
  }

  /// "output differs from LABEL at line N: - expected + actual".
  static func firstDifference(_ expected: Data, _ actual: Data, label: String) -> String {
    let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let got = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    for line in 0..<max(want.count, got.count) {
      let w = line < want.count ? String(want[line]) : "<end of file>"
      let g = line < got.count ? String(got[line]) : "<end of file>"
      if w != g { return "output differs from \(label) at line \(line + 1):\n- \(w.prefix(400))\n+ \(g.prefix(400))" }
    }
    return "output differs from \(label)"
  }
}

@Suite struct LayersSupportTests {
  @Test func fieldTypesReadsOGRInfoFieldLines() {
    let summary = "Layer name: x\nGeometry: Point\nFeature Count: 3\nsince: Date (0.0)\nsources: Integer (0.0)\n"
    #expect(LayersSupport.fieldTypes(in: summary) == ["since": "Date", "sources": "Integer"])
    #expect(LayersSupport.featureCount(in: summary) == 3)
  }
}
