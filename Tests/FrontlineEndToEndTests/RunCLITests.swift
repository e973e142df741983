import Extractor
import Foundation
import FrontlineKit
import FrontlineTestSupport
import Gazetteer
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
    #expect(names == [
      "district-control.geojson", "district-control.qml", "events.geojson", "events.qml", "mobilization.geojson",
      "mobilization.qml", "timeline.geojson", "timeline.qml",
    ])
    #expect(result.stdout.contains("geojson/district-control.geojson  399 features"))
    #expect(result.stdout.contains("as of 2021-08-21: "))
    // No ../shared next to a temporary directory: the polygons are the embedded ones.
    for layer in ["district-control", "timeline"] {
      let features = try S.features(directory.appendingPathComponent("geojson/\(layer).geojson"))
      #expect(features.allSatisfy { ($0["geometry"] as? [String: Any])?["type"] as? String == "MultiPolygon" }, "\(layer)")
      if layer == "district-control" { #expect(features.count == 399) }
      if S.ogrinfo != nil {
        #expect(try S.ogrSummary(directory.appendingPathComponent("geojson/\(layer).geojson")).contains("Geometry: Multi Polygon"))
      }
    }
  }

  @Test func boundariesNoneWritesThePointsOfBefore() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try S.run(["run", "-o", directory.path, "--boundaries", "none", "--provinces", "none"])
    #expect(result.status == 0, "\(result.stderr)")
    for layer in ["district-control", "mobilization", "events", "timeline"] {
      let features = try S.features(directory.appendingPathComponent("\(layer).geojson"))
      #expect(features.allSatisfy { ($0["geometry"] as? [String: Any])?["type"] as? String == "Point" }, "\(layer)")
    }
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
      ("district-control", 399, [
        "pcode": "String", "status": "String", "since": "Date", "sources": "Integer", "evidence": "String",
        "last_reported": "Date", "age_days": "Integer", "confirmations": "Integer",
      ]),
      ("mobilization", 9, ["pcode": "String", "region": "String", "first_date": "Date", "last_date": "Date", "reports": "Integer"]),
      ("events", 35, ["id": "String", "date": "Date", "confidence": "Real", "date_precision": "String", "sentence": "String"]),
      ("timeline", 28, [
        "status": "String", "valid_from": "DateTime", "valid_to": "DateTime", "is_current": "Integer(Boolean)",
        "sources": "Integer", "confirmations": "Integer",
      ]),
    ]
    for (layer, count, fields) in expectations {
      let summary = try S.ogrSummary(directory.appendingPathComponent("\(layer).geojson"))
      #expect(summary.contains("Layer name: \(layer)"))
      #expect(S.featureCount(in: summary) == count, "\(layer)")
      #expect(summary.contains(layer == "events" ? "Geometry: Point" : "Geometry: Multi Polygon"), "\(layer)")
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
    #expect(S.fieldTypes(in: summary)["valid_from"] == "DateTime")
  }

  /// WGS 84 is what a GeoJSON text sequence means anyway: accepted, written as plain RFC 8142
  /// with no CRS warning, and GDAL reads it as WGS 84.
  @Test(.enabled(if: LayersSupport.ogrinfo != nil, "ogrinfo is not installed (apt-get install gdal-bin)"))
  func geoJSONSeqTakesWGS84AsPlainOutput() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try S.run(["run", "-o", directory.path, "--format", "geojsonseq", "--crs", "EPSG:4326"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stderr.contains("not RFC 7946"), "\(result.stderr)")
    let summary = try S.ogrSummary(directory.appendingPathComponent("district-control.geojsonl"))
    #expect(summary.contains("ID[\"EPSG\",4326]"), "\(summary)")
    let first = try String(contentsOf: directory.appendingPathComponent("district-control.geojsonl"), encoding: .utf8)
      .prefix { $0 != "\n" }
    #expect(!first.contains("\"crs\""))
  }

  /// `-o NAME.gpkg` is the GeoPackage itself (format implied), in a folder created when
  /// missing; GDAL opens it.
  @Test(.enabled(if: LayersSupport.ogrinfo != nil, "ogrinfo is not installed (apt-get install gdal-bin)"))
  func outputEndingInGpkgIsTheFile() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try S.run(["run", "-o", "out/control.gpkg"], in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("file"))
    #expect(result.stdout.contains("out/control.gpkg district_control"), "\(result.stdout)")
    var isDirectory: ObjCBool = true
    #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/control.gpkg").path, isDirectory: &isDirectory))
    #expect(!isDirectory.boolValue)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path) == ["control.gpkg"])
    let listing = try S.execute(try #require(S.ogrinfo), ["-ro", "-q", "out/control.gpkg"], in: directory)
    #expect(listing.status == 0, "\(listing.stderr)")
    for table in ["district_control", "mobilization", "events", "timeline", "evidence"] {
      #expect(listing.stdout.contains(": \(table) ("), "\(listing.stdout)")
    }
    let export = try S.run(["export", "--events", "none.jsonl", "-o", "plain.gpkg"], in: directory)
    #expect(export.status == 64, "missing events still checked first")
  }

  /// The undated-events warning names the reports: five ids, then "and N more".
  @Test func undatedEventsWarningNamesTheReports() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let place = try #require(S.index.place(id: "AF1901"))
    var events: [Event] = []
    for n in 1...7 {
      for k in 1...2 {
        events.append(Event(
          id: "r\(n)#\(k)", doc: "r\(n)", type: .captured, actor: .taliban, place: EventPlace(place, in: S.index),
          mention: place.name, date: nil, datePrecision: .unknown, confidence: 1, sentence: "", span: [], evidence: "",
          rule: "test"))
      }
    }
    try Data(ExtractJob.render(events, format: .jsonl).utf8).write(to: directory.appendingPathComponent("events.jsonl"))
    let result = try S.run(["export", "--events", "events.jsonl", "-o", "out"], in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains(
      "frontline: warning: 14 events have no date (reports r1, r2, r3, r4, r5 and 2 more); the timeline ignores them"), "\(result.stderr)")
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
    UsageCase(arguments: ["run", "--date", "2021-13-01"], status: 64, message: "The value '2021-13-01' is invalid for '--date <YYYY-MM-DD>'"),
    UsageCase(arguments: ["run", "--snapshots", "--from", "2021-07-01", "--to", "2021-06-01"], status: 64, message: "--from 2021-07-01 is after --to 2021-06-01"),
    UsageCase(arguments: ["run", "--every", "fortnight"], status: 64, message: "The value 'fortnight' is invalid for '--every <Nd|Nw>'"),
    UsageCase(arguments: ["run", "--boundaries", "missing.geojson"], status: 64, message: "--boundaries missing.geojson: no such file"),
    UsageCase(arguments: ["run", "--precision", "16"], status: 64, message: "--precision must be 0…15"),
    UsageCase(arguments: ["export", "-o", "x"], status: 64, message: "--events"),
    UsageCase(arguments: ["snapshots", "-o", "x"], status: 64, message: "give --events FILE or report files"),
    UsageCase(arguments: ["run", "--from", "2021-07-01"], status: 64, message: "--from choose the snapshot days and need --snapshots"),
    UsageCase(arguments: ["export", "--events", "e.jsonl", "-o", "x", "--to", "2021-07-01", "--every", "7d"], status: 64, message: "--to, --every choose the snapshot days and need --snapshots"),
    UsageCase(arguments: ["run", "--stale-after", "10"], status: 64, message: "--stale-after fades the snapshot maps and needs --snapshots"),
    UsageCase(arguments: ["snapshots", "samples/reports", "-o", "x", "--stale-after=-1"], status: 64, message: "--stale-after must be 0…3660 days"),
    UsageCase(arguments: ["serve", "--stale-after", "4000"], status: 64, message: "--stale-after must be 0…3660 days"),
    UsageCase(arguments: ["serve", "--cors", "https://maps.example.org/page"], status: 64, message: "--cors 'https://maps.example.org/page' is not an origin"),
    UsageCase(arguments: ["run", "-o", "x.gpkg", "--format", "geojson"], status: 64, message: "-o x.gpkg names a GeoPackage file but --format is geojson"),
    UsageCase(arguments: ["snapshots", "samples/reports", "-o", "x.gpkg"], status: 64, message: "-o x.gpkg: snapshots write a folder"),
    UsageCase(
      arguments: ["run", "no-such-reports", "-o", "x", "--format", "geojsonseq", "--crs", "EPSG:32642"], status: 64,
      message: "--format geojsonseq cannot carry --crs EPSG:32642: GeoJSON text sequences have no CRS member, so GDAL and QGIS would read the coordinates as WGS 84; use --format gpkg (stores the CRS) or --format geojson (legacy crs member)"),
    UsageCase(
      arguments: ["export", "--events", "no-such.jsonl", "-o", "x", "--format", "geojsonseq", "--crs", "EPSG:3857"], status: 64,
      message: "--format geojsonseq cannot carry --crs EPSG:3857"),
    UsageCase(
      arguments: ["snapshots", "--events", "no-such.jsonl", "-o", "x", "--format", "geojsonseq", "--crs", "+proj=utm +zone=42 +datum=WGS84"],
      status: 64, message: "use --format gpkg"),
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

  /// Each command's help names the GeoPackage it writes (snapshots: snapshots.gpkg).
  @Test func helpNamesTheGeoPackageEachCommandWrites() throws {
    let snapshots = try S.run(["snapshots", "--help"])
    #expect(snapshots.stdout.contains("DIR/snapshots.gpkg"))
    #expect(!snapshots.stdout.contains("frontline.gpkg"), "\(snapshots.stdout)")
    let run = try S.run(["run", "--help"])
    #expect(run.stdout.contains("out/frontline.gpkg"))
    #expect(!run.stdout.contains("snapshots.gpkg"))
  }

  /// Help prose comes out as even paragraphs: no line stops well short of the 80 columns only
  /// to go on in the next one (source lines longer than 80 columns were wrapped twice, by the
  /// source and by the help printer, and came out ragged).
  @Test(arguments: [
    ["extract"], ["run"], ["export"], ["snapshots"], ["serve"], ["near"], ["locate"], ["check-record"],
    ["gazetteer", "lookup"], ["gazetteer", "list"],
  ])
  func helpProseIsWrappedOnce(_ subcommand: [String]) throws {
    let result = try S.run(subcommand + ["--help"])
    #expect(result.status == 0)
    let discussion = result.stdout.components(separatedBy: "\nUSAGE:")[0].components(separatedBy: "\n")
    for (line, next) in zip(discussion, discussion.dropFirst()) {
      // Prose lines only: an indented line is an example or a table row.
      guard !line.isEmpty, !line.hasPrefix(" "), !next.isEmpty, !next.hasPrefix(" "), !line.hasSuffix(":") else { continue }
      #expect(line.count + 1 + (next.split(separator: " ").first?.count ?? 0) > 66, "\(subcommand): short line '\(line)'")
    }
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
