import Chronology
import Extractor
import Foundation
import FrontlineKit
import FrontlineTestSupport
import Layers
import Testing

/// `frontline snapshots` through the built binary.
@Suite(.enabled(if: LayersSupport.frontline != nil, "the frontline executable is not built"))
struct SnapshotCLITests {
  typealias S = LayersSupport

  static let paktya = ["AF1310": "Chamkani", "AF1309": "Jani Khel", "AF1311": "Dand Wa Patan"]

  /// Status by pcode in one snapshot layer.
  static func statuses(_ url: URL) throws -> [String: (status: String, since: String?)] {
    var result: [String: (String, String?)] = [:]
    for feature in try S.features(url) {
      guard let properties = feature["properties"] as? [String: Any], let pcode = properties["pcode"] as? String,
        let status = properties["status"] as? String
      else { continue }
      result[pcode] = (status, properties["since"] as? String)
    }
    return result
  }

  @Test func paktyaDistrictsAreTalibanFromJune23AndUnknownBefore() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try S.run([
      "snapshots", "samples/reports", "--from", "2021-06-20", "--to", "2021-06-30", "-o", directory.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    for offset in 20...30 {
      let day = "2021-06-\(offset)"
      let statuses = try Self.statuses(directory.appendingPathComponent("\(day)/district-control.geojson"))
      #expect(statuses.count == 399)
      for (pcode, name) in Self.paktya {
        let state = statuses[pcode]
        if offset < 23 {
          #expect(state?.status == "unknown", "\(name) on \(day)")
          #expect(state?.since == nil)
        } else {
          #expect(state?.status == "taliban", "\(name) on \(day)")
          #expect(state?.since == "2021-06-23")
        }
      }
      let svg = try String(contentsOf: directory.appendingPathComponent("\(day)/map.svg"), encoding: .utf8)
      #expect(svg.contains("<title>District control on \(day)</title>"))
      #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("\(day)/mobilization.geojson").path))
    }
    let svg = try String(contentsOf: directory.appendingPathComponent("2021-06-23/map.svg"), encoding: .utf8)
    #expect(svg.contains(">Taliban (6)</text>"))
    #expect(svg.contains(">Unknown (no report) (392)</text>"))
    #expect(svg.contains(">Contested (1)</text>"), "Kunduz city, contested since 2021-06-21")
    #expect(svg.contains("fill=\"#c0392b\""))
    #expect(svg.contains(">\(EmbeddedBoundaries.shortAttribution)</text>"), "the CC BY-IGO credit of the embedded polygons")

    let index = try S.json(directory.appendingPathComponent("index.json"))
    let dates = try #require(index["dates"] as? [[String: Any]])
    #expect(dates.count == 11)
    #expect(dates.first?["date"] as? String == "2021-06-20")
    #expect((dates[3]["counts"] as? [String: Int]) == ["taliban": 6, "contested": 1, "government": 0, "unknown": 392])
    let csv = try String(contentsOf: directory.appendingPathComponent("summary.csv"), encoding: .utf8)
    let rows = csv.split(separator: "\n")
    // With the embedded polygons, areas per status follow the counts.
    #expect(rows.first == "date,taliban,contested,government,unknown,taliban_km2,contested_km2,government_km2,unknown_km2")
    #expect(rows.count == 12)
    #expect(rows[4].hasPrefix("2021-06-23,6,1,0,392,"), "\(rows[4])")
    #expect(index["source"] as? String == EmbeddedBoundaries.attribution)
  }

  /// `--every 7d` from 06-20 to 06-30: 06-20, 06-27 and the --to day, 06-30.
  @Test func everyStepIncludesTheToDay() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try S.run([
      "snapshots", "samples/reports", "--from", "2021-06-20", "--to", "2021-06-30", "--every", "7d", "-o", directory.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("\(directory.path)/: 3 snapshots from 2021-06-20 to 2021-06-30"), "\(result.stdout)")
    let rows = try String(contentsOf: directory.appendingPathComponent("summary.csv"), encoding: .utf8).split(separator: "\n")
    #expect(rows.dropFirst().map { String($0.prefix(10)) } == ["2021-06-20", "2021-06-27", "2021-06-30"])
    #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("2021-06-30/map.svg").path))
  }

  /// Issue #14 items 8 and 14: statuses older than --stale-after are faded on the maps, and the
  /// legend counts them; chart.svg draws summary.csv.
  @Test func staleStatusesAreFadedAndTheChartDrawsTheTally() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try S.run([
      "snapshots", "samples/reports", "--from", "2021-06-01", "--to", "2021-08-31", "--every", "7d",
      "--stale-after", "10", "-o", directory.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("summary.csv; chart.svg)"), "\(result.stdout)")
    let day = "2021-08-31"
    var stale = 0
    var reported = 0
    for feature in try S.features(directory.appendingPathComponent("\(day)/district-control.geojson")) {
      let properties = try #require(feature["properties"] as? [String: Any])
      guard let last = properties["last_reported"] as? String else {
        #expect(properties["age_days"] is NSNull)
        continue
      }
      reported += 1
      let age = try #require(properties["age_days"] as? Int)
      let lastDay = try #require(Day(iso: last))
      #expect(age == (try #require(Day(iso: day))).ordinal - lastDay.ordinal)
      if age > 10, properties["status"] as? String != "unknown" { stale += 1 }
    }
    #expect(reported > 0 && stale > 0, "the samples end in mid-August: some statuses are older than 10 days")
    let svg = try String(contentsOf: directory.appendingPathComponent("\(day)/map.svg"), encoding: .utf8)
    #expect(svg.contains(">Faded: no report in 10 days (\(stale))</text>"), "the legend says so")
    // One faded shape per stale district, plus the legend's swatch.
    #expect(svg.components(separatedBy: "fill-opacity=\"0.35\"").count - 1 == stale + 1)
    #expect(svg.contains("; last report 2021-"), "tooltips give the last report")

    let chart = try Data(contentsOf: directory.appendingPathComponent("chart.svg"))
    try S.expectMatchesGolden(chart, named: "chart.svg")
    let text = String(decoding: chart, as: UTF8.self)
    #expect(text.contains(" data-from=\"2021-06-01\" data-to=\"2021-08-31\""))
    for key in ["taliban", "contested", "government"] { #expect(text.contains("<path data-series=\"\(key)\""), "\(key)") }
    #expect(!text.contains("data-series=\"unknown\""), "districts with no report are not drawn …")
    let unknown = try String(contentsOf: directory.appendingPathComponent("summary.csv"), encoding: .utf8)
      .split(separator: "\n").last?.split(separator: ",")[4] ?? "?"
    #expect(text.contains(">Not drawn: districts with no report (\(unknown) on 2021-08-31)</text>"), "… and the note says how many")
    #expect(text.contains(">2021-06-01</text>") && text.contains(">2021-08-31</text>") && text.contains(">Area (km²)</text>"))

    // The default: 30 days, and the legend says that.
    let defaults = directory.appendingPathComponent("default")
    #expect(try S.run(["snapshots", "samples/reports", "--from", day, "--to", day, "-o", defaults.path]).status == 0)
    let plain = try String(contentsOf: defaults.appendingPathComponent("\(day)/map.svg"), encoding: .utf8)
    #expect(plain.contains(">Faded: no report in 30 days ("))
  }

  @Test func weeklyStepFromExtractedEvents() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let events = directory.appendingPathComponent("events.jsonl").path
    #expect(try S.run(["extract", "samples/reports", "-o", events]).status == 0)
    let result = try S.run([
      "snapshots", "--events", events, "--from", "2021-06-01", "--to", "2021-08-31", "--every", "7d",
      "-o", directory.appendingPathComponent("weekly").path, "--format", "geojsonseq",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("weekly").path).sorted()
    #expect(names.count == 14 + 3, "14 days, index.json, summary.csv, chart.svg")
    #expect(names.first == "2021-06-01")
    #expect(names.contains("2021-08-31"), "13 weeks after 2021-06-01")
    #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("weekly/2021-06-08/district-control.geojsonl").path))
  }
}
