import Foundation
import Testing

/// `frontline run` and `frontline export` through the built binary.
@Suite(.enabled(if: LayersSupport.frontline != nil, "the frontline executable is not built"))
struct RunCLITests {
  typealias S = LayersSupport

  @Test func runWithoutReportsWritesTheSampleLayersToGeojsonInTheCurrentDirectory() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try S.run(["run"], in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("geojson").path).sorted()
    #expect(names == ["district-control.geojson", "events.geojson", "mobilization.geojson", "timeline.geojson"])
    #expect(result.stdout.contains("geojson/district-control.geojson  399 features"))
    #expect(result.stdout.contains("as of 2021-08-20: "))
  }

  @Test func exportFromExtractedEventsEqualsRunOnTheSameReports() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let reports = S.packageRoot.appendingPathComponent("samples/reports").path
    let events = directory.appendingPathComponent("events.jsonl").path
    #expect(try S.run(["extract", reports, "-o", events]).status == 0)
    let exported = try S.run(["export", "--events", events, "-o", directory.appendingPathComponent("a").path])
    #expect(exported.status == 0, "\(exported.stderr)")
    let ran = try S.run(["run", reports, "-o", directory.appendingPathComponent("b").path])
    #expect(ran.status == 0, "\(ran.stderr)")
    for layer in ["district-control", "mobilization", "events", "timeline"] {
      let a = try Data(contentsOf: directory.appendingPathComponent("a/\(layer).geojson"))
      let b = try Data(contentsOf: directory.appendingPathComponent("b/\(layer).geojson"))
      #expect(a == b, "\(layer): export and run differ")
    }
  }

  @Test(.enabled(if: LayersSupport.ogrinfo != nil, "ogrinfo is not installed (apt-get install gdal-bin)"))
  func ogrinfoOpensEveryLayerWithCountsAndDateFields() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try S.run(["run", "-o", directory.path]).status == 0)
    let expectations: [(String, Int, [String: String])] = [
      ("district-control", 399, ["pcode": "String", "status": "String", "since": "Date", "sources": "Integer", "evidence": "String"]),
      ("mobilization", 9, ["pcode": "String", "region": "String", "first_date": "Date", "last_date": "Date", "reports": "Integer"]),
      ("events", 36, ["id": "String", "date": "Date", "confidence": "Real", "date_precision": "String", "sentence": "String"]),
      ("timeline", 28, ["status": "String", "valid_from": "Date", "valid_to": "Date", "sources": "Integer"]),
    ]
    for (layer, count, fields) in expectations {
      let summary = try S.ogrSummary(directory.appendingPathComponent("\(layer).geojson"))
      #expect(summary.contains("Layer name: \(layer)"))
      #expect(S.featureCount(in: summary) == count, "\(layer)")
      #expect(summary.contains("Geometry: Point"), "\(layer)")
      #expect(summary.contains("ID[\"EPSG\",4326]"), "\(layer)")
      let types = S.fieldTypes(in: summary)
      for (name, type) in fields { #expect(types[name] == type, "\(layer).\(name)") }
    }
  }

  @Test(.enabled(if: LayersSupport.ogrinfo != nil, "ogrinfo is not installed (apt-get install gdal-bin)"))
  func geoJSONSeqLayersOpenInGDAL() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try S.run(["run", "-o", directory.path, "--format", "geojsonseq"]).status == 0)
    let summary = try S.ogrSummary(directory.appendingPathComponent("timeline.geojsonl"))
    #expect(summary.contains("using driver `GeoJSONSeq' successful"))
    #expect(S.featureCount(in: summary) == 28)
    #expect(S.fieldTypes(in: summary)["valid_from"] == "Date")
  }

  @Test func unknownCRSExitsOneAndWritesNothing() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("out")
    let result = try S.run(["run", "-o", output.path, "--crs", "EPSG:999999"])
    #expect(result.status == 1)
    #expect(result.stderr.hasPrefix("frontline: error: unknown CRS 'EPSG:999999': "), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test(.enabled(if: LayersSupport.ogrinfo != nil, "ogrinfo is not installed (apt-get install gdal-bin)"))
  func projectedRunWarnsOnceAndGDALReadsEPSG32642() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try S.run(["run", "-o", directory.path, "--crs", "EPSG:32642"])
    #expect(result.status == 0)
    #expect(result.stderr.components(separatedBy: "not RFC 7946").count == 2, "exactly one CRS warning: \(result.stderr)")
    let summary = try S.ogrSummary(directory.appendingPathComponent("district-control.geojson"))
    #expect(summary.contains("ID[\"EPSG\",32642]"))
    #expect(summary.contains("PROJCRS[\"WGS 84 / UTM zone 42N\""))
  }

  struct UsageCase: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let status: Int32
    let message: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let usageCases: [UsageCase] = [
    UsageCase(arguments: ["run", "samples/reports"], status: 64, message: "give -o DIR"),
    UsageCase(arguments: ["run", "--date", "2021-13-01"], status: 64, message: "--date '2021-13-01' is not a date"),
    UsageCase(arguments: ["run", "--snapshots", "--from", "2021-07-01", "--to", "2021-06-01"], status: 64, message: "--from 2021-07-01 is after --to 2021-06-01"),
    UsageCase(arguments: ["run", "--every", "fortnight"], status: 64, message: "--every 'fortnight' is not a step"),
    UsageCase(arguments: ["run", "--boundaries", "missing.geojson"], status: 64, message: "--boundaries missing.geojson: no such file"),
    UsageCase(arguments: ["run", "--precision", "16"], status: 64, message: "--precision must be 0…15"),
    UsageCase(arguments: ["export", "-o", "x"], status: 64, message: "--events"),
    UsageCase(arguments: ["snapshots", "-o", "x"], status: 64, message: "give --events FILE or report files"),
  ]

  @Test(arguments: usageCases)
  func badArgumentsAreUsageErrors(_ usage: UsageCase) throws {
    let result = try S.run(usage.arguments)
    #expect(result.status == usage.status)
    #expect(result.stderr.contains(usage.message), "\(result.stderr)")
  }

  @Test func badBaselineNamesFileAndLineAndWritesNothing() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let baseline = directory.appendingPathComponent("baseline.csv")
    try Data("pcode,status,date\nAF1310,government,2021-05-01\nAF1309,held\n".utf8).write(to: baseline)
    let output = directory.appendingPathComponent("out")
    let result = try S.run(["run", "-o", output.path, "--baseline", baseline.path])
    #expect(result.status == 1)
    #expect(result.stderr == "frontline: error: \(baseline.path):3: unknown status 'held' (use taliban, contested or government)\n")
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test(arguments: ["run", "export", "snapshots"])
  func helpHasAnAbstractAndExamples(_ subcommand: String) throws {
    let result = try S.run([subcommand, "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("OVERVIEW: "))
    #expect(result.stdout.contains("Examples:"))
    #expect(result.stdout.contains("frontline \(subcommand)"))
  }
}
