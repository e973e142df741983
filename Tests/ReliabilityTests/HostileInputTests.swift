import Foundation
import FrontlineTestSupport
import Testing

/// Hostile inputs fed to the built `frontline`, as analysts' scraped files arrive: each must end
/// with a clear message naming the file (and line or feature index) and a documented exit
/// status — 0 (done), 1 (an input was rejected or skipped), 64 (bad command line) — and never
/// with a crash or a stack trace.
@Suite struct HostileInputTests {
  /// One hostile input: the files to create in a fresh folder, the command (where `$DIR` is
  /// that folder), the exit status and the message fragments expected on standard error.
  struct Case: CustomStringConvertible, Sendable {
    let name: String
    let files: [String: [UInt8]]
    let arguments: [String]
    var standardInput: String? = nil
    let status: Int32
    let messages: [String]
    var description: String { name }
  }

  static let report = Array("""
    Taliban seize districts in Paktia
    The districts of Samkani and Janikhil fell to the Taliban in Paktia province on Wednesday, June 23.

    """.utf8)

  /// A FeatureCollection whose second feature (index 1, on line 3) has `geometry`.
  static func boundaries(_ geometry: String) -> [UInt8] {
    Array("""
      {"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"ADM2_PCODE":"AF1310"},"geometry":{"type":"Polygon","coordinates":[[[69.7,33.7],[69.9,33.7],[69.9,33.9],[69.7,33.7]]]}},
      {"type":"Feature","properties":{"ADM2_PCODE":"AF1309"},"geometry":\(geometry)}
      ]}

      """.utf8)
  }

  /// `run` on the one-report fixture with extra layer options.
  static func run(_ options: [String]) -> [String] {
    ["run", "$DIR/r.txt", "--published", "2021-06-24", "-o", "$DIR/out"] + options
  }

  /// The shipped gazetteer with one district row repeated at the end (line 401).
  static let gazetteerWithDuplicate: [String: [UInt8]] = {
    var files: [String: [UInt8]] = [:]
    let folder = TestPaths.repositoryRoot.appendingPathComponent("gazetteer")
    for name in ["provinces.csv", "districts.csv", "temporary_districts.csv", "regions.csv", "towns.csv"] {
      files["gaz/" + name] = Array(FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) ?? Data())
    }
    let districts = String(decoding: files["gaz/districts.csv"] ?? [], as: UTF8.self)
    let rows = districts.split(separator: "\n")
    files["gaz/districts.csv"] = Array((districts + rows[2] + "\n").utf8)
    return files
  }()

  /// 20 MB without a line break: a minified dump with no sentence in it, then one report
  /// sentence. (Prose costs the debug-built extractor about 1.5 s per MB; this costs a third.)
  static let twentyMegabyteLine: [UInt8] =
    Array(repeating: UInt8(ascii: "x"), count: 20 << 20) + Array(" Nawa district in Helmand fell to the Taliban.".utf8)

  /// A JSON Lines record of 20 MB whose bulk is an extra member (a scraper's raw HTML), so
  /// the line reader and the JSON parser carry the weight rather than the extractor.
  static let twentyMegabyteRecord: [UInt8] =
    Array(#"{"id":"big","html":""#.utf8) + Array(repeating: UInt8(ascii: "x"), count: 20 << 20)
    + Array(#"","text":"Nawa district in Helmand fell to the Taliban."}"#.utf8) + [10]

  /// 1 MB of Persian script with no space or line break, then a Dari sentence of our own.
  static let persianMegabyteLine: [UInt8] =
    Array(String(repeating: "ولسوالیطالبان", count: (1 << 20) / 26).utf8)
    + Array(" ولسوالی خواهان به دست طالبان سقوط کرد.\n".utf8)

  /// English and Persian script mixed in one line, with bidi controls (RLO, LRI, PDI, RLM,
  /// ZWNJ) inside and between the names.
  static let mixedScriptsAndBidi: [UInt8] = Array(
    "Taliban \u{202E}captured\u{202C} Nawa district. ولسوالی \u{2067}خواهان\u{2069} به\u{200C}دست طالبان \u{200F}سقوط کرد. \u{202B}Kunduz\u{202C} fell.\n".utf8)

  static let cases: [Case] = [
    Case(
      name: "1 MB Persian-script line without spaces", files: ["r.txt": persianMegabyteLine],
      arguments: ["extract", "$DIR/r.txt", "--published", "2021-07-05"], status: 0, messages: []),
    Case(
      name: "mixed scripts and bidi controls", files: ["r.txt": mixedScriptsAndBidi],
      arguments: ["extract", "$DIR/r.txt", "--published", "2021-07-05"], status: 0, messages: []),
    Case(
      name: "Windows-1252 report", files: ["r.txt": Array("Kabul".utf8) + [0xE9] + Array(" fell".utf8)],
      arguments: ["extract", "$DIR/r.txt"], status: 1,
      messages: ["r.txt: skipped: not valid UTF-8 (first bad byte at offset 5)", "iconv"]),
    Case(
      name: "UTF-16 report", files: ["r.txt": [0xFF, 0xFE] + Array("Kabul fell".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })],
      arguments: ["extract", "$DIR/r.txt"], status: 1, messages: ["r.txt: skipped: UTF-16 text", "iconv -f UTF-16"]),
    Case(
      name: "report with NUL bytes", files: ["r.txt": Array("Kabul".utf8) + [0] + Array("fell".utf8)],
      arguments: ["extract", "$DIR/r.txt"], status: 1, messages: ["r.txt: skipped: binary file (contains NUL bytes)"]),
    Case(
      name: "empty report", files: ["r.txt": []], arguments: ["extract", "$DIR/r.txt"], status: 1,
      messages: ["r.txt: skipped: empty file"]),
    Case(
      name: "20 MB single-line report", files: ["r.txt": twentyMegabyteLine],
      arguments: ["extract", "$DIR/r.txt"], status: 0, messages: []),
    Case(
      name: "20 MB JSON Lines record on standard input",
      files: ["in.jsonl": twentyMegabyteRecord],
      arguments: ["extract", "-"], standardInput: "in.jsonl", status: 0, messages: []),
    Case(
      name: "JSON Lines records with invalid UTF-8, NUL bytes and no text",
      files: ["in.jsonl": Array(#"{"id":"a","text":"Nawa district in Helmand fell to the Taliban."}"#.utf8) + [10]
        + Array(#"{"id":"b","text":"x"#.utf8) + [0xE9] + Array("\"}\n".utf8) + [0, 0, 10] + Array(#"{"id":3}"#.utf8) + [10]],
      arguments: ["extract", "-"], standardInput: "in.jsonl", status: 1,
      messages: ["<stdin>:2: skipped: not valid UTF-8", "<stdin>:3: skipped: not a JSON object",
                 #"<stdin>:4: skipped: record has no "text" string"#, "3 of 4 inputs skipped"]),
    Case(
      name: "empty standard input", files: ["in.jsonl": []], arguments: ["extract", "-"], standardInput: "in.jsonl",
      status: 0, messages: []),
    Case(
      name: "directory given as a report file list entry ending in .jsonl", files: ["d.jsonl/x": []],
      arguments: ["extract", "$DIR/d.jsonl"], status: 1, messages: ["d.jsonl: the directory holds no .txt reports"]),
    Case(
      name: "directory given as --boundaries", files: ["r.txt": report, "d/x": []], arguments: run(["--boundaries", "$DIR/d"]),
      status: 1, messages: ["/d: it is a directory, not a GeoJSON file"]),
    Case(
      name: "directory given as --baseline", files: ["r.txt": report, "d/x": []], arguments: run(["--baseline", "$DIR/d"]),
      status: 1, messages: ["/d: it is a directory, not a CSV file"]),
    Case(
      name: "directory given as --events", files: ["d/x": []], arguments: ["export", "--events", "$DIR/d", "-o", "$DIR/out"],
      status: 1, messages: ["/d: is a directory, not an events file"]),
    Case(
      name: "file given as --gazetteer", files: ["r.txt": report], arguments: ["extract", "$DIR/r.txt", "--gazetteer", "$DIR/r.txt"],
      status: 1, messages: ["r.txt: not a directory"]),
    Case(
      name: "GeoJSON with NaN", files: ["r.txt": report, "b.geojson": boundaries(#"{"type":"Polygon","coordinates":[[[NaN,33.7],[69.9,33.7],[69.9,33.9],[69.7,33.7]]]}"#)],
      arguments: run(["--boundaries", "$DIR/b.geojson"]), status: 1, messages: ["b.geojson:3:", "NaN is not allowed"]),
    Case(
      name: "GeoJSON with Infinity", files: ["r.txt": report, "b.geojson": boundaries(#"{"type":"Polygon","coordinates":[[[Infinity,33.7],[69.9,33.7],[69.9,33.9],[69.7,33.7]]]}"#)],
      arguments: run(["--boundaries", "$DIR/b.geojson"]), status: 1, messages: ["b.geojson:3:", "Infinity"]),
    Case(
      name: "GeoJSON with a number beyond Double", files: ["r.txt": report, "b.geojson": boundaries(#"{"type":"Polygon","coordinates":[[[1e999,33.7],[69.9,33.7],[69.9,33.9],[69.7,33.7]]]}"#)],
      arguments: run(["--boundaries", "$DIR/b.geojson"]), status: 1, messages: ["b.geojson:3:", "1e999 (out of Double range)"]),
    Case(
      name: "GeoJSON with an out-of-range longitude", files: ["r.txt": report, "b.geojson": boundaries(#"{"type":"Polygon","coordinates":[[[200,33.7],[69.9,33.7],[69.9,33.9],[200,33.7]]]}"#)],
      arguments: run(["--boundaries", "$DIR/b.geojson"]), status: 1, messages: ["b.geojson:3: feature 1:", "outside longitude ±180"]),
    Case(
      name: "GeoJSON with an unclosed ring", files: ["r.txt": report, "b.geojson": boundaries(#"{"type":"Polygon","coordinates":[[[69.7,33.7],[69.9,33.7],[69.9,33.9],[69.8,33.95]]]}"#)],
      arguments: run(["--boundaries", "$DIR/b.geojson"]), status: 1, messages: ["b.geojson:3: feature 1:", "ring is not closed"]),
    Case(
      name: "GeoJSON with a ring of three positions", files: ["r.txt": report, "b.geojson": boundaries(#"{"type":"Polygon","coordinates":[[[69.7,33.7],[69.9,33.7],[69.7,33.7]]]}"#)],
      arguments: run(["--boundaries", "$DIR/b.geojson"]), status: 1, messages: ["b.geojson:3: feature 1:"]),
    Case(
      name: "GeoJSON with a self-intersecting ring", files: ["r.txt": report, "b.geojson": boundaries(#"{"type":"Polygon","coordinates":[[[69.7,33.7],[69.9,33.9],[69.9,33.7],[69.7,33.9],[69.7,33.7]]]}"#)],
      arguments: run(["--boundaries", "$DIR/b.geojson"]), status: 0,
      messages: ["warning: ", "b.geojson:3: feature 1 (", "the exterior ring crosses itself near [69.800000, 33.800000]"]),
    Case(
      name: "GeoJSON with 3-D coordinates", files: ["r.txt": report, "b.geojson": boundaries(#"{"type":"Polygon","coordinates":[[[69.7,33.7,1200],[69.9,33.7,1100.5],[69.9,33.9,0],[69.7,33.7,1200]]]}"#)],
      arguments: run(["--boundaries", "$DIR/b.geojson"]), status: 0, messages: []),
    Case(
      name: "FeatureCollection of 0 features", files: ["r.txt": report, "b.geojson": Array(#"{"type":"FeatureCollection","features":[]}"#.utf8)],
      arguments: run(["--boundaries", "$DIR/b.geojson"]), status: 1, messages: ["b.geojson: FeatureCollection has no features"]),
    Case(
      name: "empty boundaries file", files: ["r.txt": report, "b.geojson": []],
      arguments: run(["--boundaries", "$DIR/b.geojson"]), status: 1, messages: ["b.geojson: file is empty"]),
    Case(
      name: "gazetteer row with a duplicate pcode", files: gazetteerWithDuplicate.merging(["r.txt": report]) { $1 },
      arguments: ["extract", "$DIR/r.txt", "--gazetteer", "$DIR/gaz"], status: 1,
      messages: ["gaz/districts.csv:401: duplicate id AF0102"]),
    Case(
      name: "baseline with an unknown status", files: ["r.txt": report, "b.csv": Array("pcode,status\nAF1310,held\n".utf8)],
      arguments: run(["--baseline", "$DIR/b.csv"]), status: 1,
      messages: ["b.csv:2: unknown status 'held' (use taliban, contested or government)"]),
    Case(
      name: "empty baseline", files: ["r.txt": report, "b.csv": []],
      arguments: run(["--baseline", "$DIR/b.csv"]), status: 1, messages: ["b.csv:1: baseline needs the header line"]),
    Case(
      name: "events file with a broken record", files: ["e.jsonl": Array("{\"id\":\n".utf8)],
      arguments: ["export", "--events", "$DIR/e.jsonl", "-o", "$DIR/out"], status: 1, messages: ["e.jsonl:1:"]),
    Case(
      name: "--crs EPSG:0", files: ["r.txt": report], arguments: run(["--crs", "EPSG:0"]), status: 1,
      messages: ["unknown CRS 'EPSG:0'"]),
    Case(
      name: "--crs with a partial CRS name", files: ["r.txt": report], arguments: run(["--crs", "Pulkovo"]), status: 1,
      messages: ["'Pulkovo' is not the name of a CRS; the nearest PROJ finds is 'Pulkovo "]),
    Case(
      name: "--crs without an authority code for GeoJSON", files: ["r.txt": report],
      arguments: run(["--crs", "+proj=utm +zone=42 +datum=WGS84"]), status: 1,
      messages: ["PROJ knows no authority code for this CRS"]),
    Case(
      name: "--from after --to", files: ["r.txt": report],
      arguments: run(["--snapshots", "--from", "2021-08-01", "--to", "2021-06-01"]), status: 64,
      messages: ["--from 2021-08-01 is after --to 2021-06-01"]),
  ]

  @Test(arguments: cases)
  func hostileInputEndsWithAClearMessageAndADocumentedStatus(_ hostile: Case) throws {
    let dir = try TestPaths.temporaryDirectory(prefix: "frontline-rel")
    defer { try? FileManager.default.removeItem(at: dir) }
    for (name, bytes) in hostile.files {
      let url = dir.appendingPathComponent(name)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      if name.hasSuffix("/x") { continue }  // only the folder is wanted
      try Data(bytes).write(to: url)
    }
    let arguments = hostile.arguments.map { $0.replacingOccurrences(of: "$DIR", with: dir.path) }
    let input = hostile.standardInput.map { dir.appendingPathComponent($0).path } ?? "/dev/null"
    let result = try ChildProcess.start(TestPaths.frontline, arguments, input: input).wait()
    #expect(result.status == hostile.status, "\(result.stderr)")
    for message in hostile.messages {
      #expect(result.stderr.contains(message), "expected '\(message)' in: \(result.stderr)")
    }
    for trace in ["Stack dump", "Fatal error", "Current stack trace", "Illegal instruction", "SUMMARY: "] {
      #expect(!result.stderr.contains(trace), "\(result.stderr)")
    }
  }
}
