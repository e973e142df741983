import Foundation
import FrontlineTestSupport
import Testing

/// The `url` and `source` of a report (`NAME.meta.json`, or a JSON Lines record) reach every
/// event, the events file, the layers' evidence and the GeoPackage `evidence` table, read
/// back by GDAL.
@Suite(.enabled(if: LayersSupport.frontline != nil, "the frontline executable is not built"))
struct SourcesCLITests {
  typealias S = LayersSupport

  static let url = "https://kabulnow.com/2021/06/khash?x=1&y=2"

  /// `a.txt` with a sidecar naming its url and source, and `b.jsonl` with one record that
  /// names its own.
  static func writeReports(in directory: URL) throws {
    try Data("Khash district of Badakhshan fell to the Taliban yesterday.\n".utf8)
      .write(to: directory.appendingPathComponent("a.txt"))
    try Data(#"{"published": "2021-06-24", "url": "\#(url)", "source": "Kabul Now"}"#.utf8)
      .write(to: directory.appendingPathComponent("a.meta.json"))
    try Data(#"{"id":"b","published":"2021-07-05","url":"https://example.org/b","source":"The National","text":"The Taliban captured Kaldar district in Balkh on Sunday."}"#.utf8)
      .write(to: directory.appendingPathComponent("b.jsonl"))
  }

  @Test func eventsCarryTheReportsURLAndSourceLast() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.writeReports(in: directory)
    let result = try S.run(["extract", "a.txt", "b.jsonl"], in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines[0].hasPrefix(#"{"id":"a#1","doc":"a","#))
    #expect(lines[0].hasSuffix(#","alternatives":[],"url":"\#(Self.url)","source":"Kabul Now"}"#), "\(lines[0])")
    #expect(lines[1].hasSuffix(#","url":"https://example.org/b","source":"The National"}"#), "\(lines[1])")

    let csv = try S.run(["extract", "a.txt", "--format", "csv"], in: directory)
    let rows = csv.stdout.split(separator: "\n")
    #expect(rows.first?.hasSuffix(",sentence,url,source") == true)
    #expect(rows.last?.hasSuffix(",\(Self.url),Kabul Now") == true, "\(csv.stdout)")

    // A report without a sidecar url: null, not a missing key.
    try Data("Khash district of Badakhshan fell to the Taliban yesterday.\n".utf8).write(to: directory.appendingPathComponent("c.txt"))
    let bare = try S.run(["extract", "c.txt", "--published", "2021-06-24"], in: directory)
    #expect(bare.stdout.hasSuffix(#","url":null,"source":null}"# + "\n"), "\(bare.stdout)")
  }

  @Test(.enabled(if: LayersSupport.ogrinfo != nil, "ogrinfo is not installed (apt-get install gdal-bin)"))
  func geoPackageEvidenceAndLayersNameTheSources() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.writeReports(in: directory)
    // Through an events file, as `export` reads it back.
    #expect(try S.run(["extract", "a.txt", "b.jsonl", "-o", "events.jsonl"], in: directory).status == 0)
    let export = try S.run(["export", "--events", "events.jsonl", "-o", "out/frontline.gpkg"], in: directory)
    #expect(export.status == 0, "\(export.stderr)")
    let ogrinfo = try #require(S.ogrinfo)
    let evidence = try S.execute(
      ogrinfo, ["-ro", "-q", "out/frontline.gpkg", "-sql", "SELECT event_id, url, source FROM evidence ORDER BY event_id"],
      in: directory)
    #expect(evidence.status == 0, "\(evidence.stderr)")
    #expect(evidence.stdout.contains("event_id (String) = a#1\n  url (String) = \(Self.url)\n  source (String) = Kabul Now"), "\(evidence.stdout)")
    #expect(evidence.stdout.contains("event_id (String) = b#1\n  url (String) = https://example.org/b\n  source (String) = The National"))
    let control = try S.execute(
      ogrinfo, ["-ro", "-q", "out/frontline.gpkg", "-sql",
                "SELECT pcode, evidence_url, evidence_source, evidence_id FROM district_control WHERE evidence_url IS NOT NULL ORDER BY pcode"],
      in: directory)
    #expect(control.stdout.contains("pcode (String) = AF1705\n  evidence_url (String) = \(Self.url)\n  evidence_source (String) = Kabul Now\n  evidence_id (String) = a#1"), "\(control.stdout)")
    #expect(control.stdout.contains("pcode (String) = AF2113"))
    let timeline = try S.execute(
      ogrinfo, ["-ro", "-q", "out/frontline.gpkg", "-sql", "SELECT COUNT(*) AS n FROM timeline WHERE evidence_source IS NOT NULL"],
      in: directory)
    #expect(timeline.stdout.contains("n (Integer) = 2"), "\(timeline.stdout)")

    let geojson = try S.run(["run", "a.txt", "-o", "layers"], in: directory)
    #expect(geojson.status == 0, "\(geojson.stderr)")
    let events = try S.execute(ogrinfo, ["-ro", "-al", "-q", "layers/events.geojson"], in: directory)
    #expect(events.stdout.contains("  url (String) = \(Self.url)\n  source (String) = Kabul Now"), "\(events.stdout)")
  }
}
