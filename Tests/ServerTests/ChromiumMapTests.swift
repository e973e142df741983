import Chronology
import Extractor
import Foundation
import FrontlineKit
import Gazetteer
import Layers
import Testing

/// The map page in a real browser: Debian's `chromium`, headless, on loopback only.
/// Debian's `chromium` (or `chromium-browser` elsewhere), when installed.
let chromiumExecutable = ExternalTool.find("chromium") ?? ExternalTool.find("chromium-browser")

@Suite(.enabled(if: chromiumExecutable != nil,
  "chromium is not on PATH (install Debian's chromium); skipping the headless map checks"))
struct ChromiumMapTests {
  static let browser = chromiumExecutable

  /// The browser's flags: headless, no GPU, a throw-away profile, time for the data to load.
  static func arguments(profile: URL) -> [String] {
    [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
      "--disable-background-networking", "--user-data-dir=\(profile.path)", "--virtual-time-budget=15000",
      "--hide-scrollbars", "--window-size=1200,820",
    ]
  }

  /// One drawn district: pcode, fill colour and status, read from the rendered DOM.
  struct Shape: Hashable {
    let pcode: String
    let fill: String
    let status: String
  }

  /// The districts as the page drew them for `date`.
  static func shapes(on date: String) async throws -> (shapes: [Shape], legend: [String: Int], dom: String) {
    let port = try await TestServer.port
    let profile = try ExternalTool.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: profile) }
    let result = try await ExternalTool.run(
      try #require(browser), arguments(profile: profile) + ["--dump-dom", "http://127.0.0.1:\(port)/map?date=\(date)"])
    let dom = result.stdout
    var shapes: [Shape] = []
    let tag = try NSRegularExpression(pattern: #"<(?:path|circle)[^>]*class="district[^"]*"[^>]*>"#)
    for match in tag.matches(in: dom, range: NSRange(dom.startIndex..., in: dom)) {
      guard let range = Range(match.range, in: dom) else { continue }
      let text = String(dom[range])
      shapes.append(Shape(pcode: attribute("data-pcode", in: text), fill: attribute("fill", in: text), status: attribute("data-status", in: text)))
    }
    var legend: [String: Int] = [:]
    let row = try NSRegularExpression(pattern: #"<tr data-status="(\w+)">.*?<td class="number count">(\d+)</td>"#)
    for match in row.matches(in: dom, range: NSRange(dom.startIndex..., in: dom)) {
      guard let status = Range(match.range(at: 1), in: dom), let count = Range(match.range(at: 2), in: dom) else { continue }
      legend[String(dom[status])] = Int(dom[count])
    }
    return (shapes, legend, dom)
  }

  static func attribute(_ name: String, in tag: String) -> String {
    guard let start = tag.range(of: " \(name)=\"") else { return "" }
    let rest = tag[start.upperBound...]
    return String(rest.prefix { $0 != "\"" })
  }

  @Test(.timeLimit(.minutes(3)))
  func slidingTheDateRecoloursTheDistricts() async throws {
    let first = (try await TestServer.store).firstDay.description
    let last = (try await TestServer.store).lastDay.description
    let early = try await Self.shapes(on: first)
    let late = try await Self.shapes(on: last)
    #expect(early.dom.contains("data-ready=\"true\""), "the page finished loading")
    #expect(early.dom.contains("data-date=\"\(first)\""))
    #expect(late.dom.contains("data-date=\"\(last)\""))
    #expect(early.shapes.count == 399)
    #expect(late.shapes.count == 399)
    let earlyTaliban = early.shapes.filter { $0.status == "taliban" }.count
    let lateTaliban = late.shapes.filter { $0.status == "taliban" }.count
    #expect(lateTaliban > earlyTaliban, "more districts held on \(last) (\(lateTaliban)) than on \(first) (\(earlyTaliban))")
    // Colours follow the status, and they differ between the two days.
    #expect(late.shapes.filter { $0.status == "taliban" }.allSatisfy { $0.fill == "#c0392b" })
    #expect(late.shapes.filter { $0.status == "unknown" }.allSatisfy { $0.fill == "#d5d8dc" })
    let changed = zip(early.shapes, late.shapes).filter { $0.fill != $1.fill }
    #expect(!changed.isEmpty)
    // The legend counts what is drawn.
    #expect(late.legend["taliban"] == lateTaliban)
    #expect(late.legend.values.reduce(0, +) == 399)
  }

  /// The first tag in `dom` matching `pattern`, or "".
  static func tag(_ pattern: String, in dom: String) -> String {
    guard let range = dom.range(of: pattern, options: .regularExpression) else { return "" }
    return String(dom[range])
  }

  /// Issue #14 item 14: the chart under the slider, with a line at the slider's day.
  @Test(.timeLimit(.minutes(3)))
  func chartUnderTheSliderMarksTheDate() async throws {
    let store = try await TestServer.store
    for (date, end) in [(store.firstDay.description, "data-plot-left"), (store.lastDay.description, "data-plot-right")] {
      let dom = try await Self.shapes(on: date).dom
      let chart = Self.tag(#"<svg[^>]*id="chart-svg"[^>]*>"#, in: dom)
      #expect(!chart.isEmpty, "the chart is inlined under the slider")
      let marker = Self.tag(#"<line[^>]*id="chart-marker"[^>]*>"#, in: dom)
      #expect(Self.attribute("data-date", in: marker) == date)
      let x = try #require(Double(Self.attribute("x1", in: marker)))
      let expected = try #require(Double(Self.attribute(end, in: chart)))
      #expect(abs(x - expected) < 0.11, "the line sits at \(end) on \(date): \(x) vs \(expected)")
      #expect(dom.contains("<path data-series=\"taliban\""), "the stacked areas are drawn")
      // The chart comes before the map, under the slider.
      let slider = try #require(dom.range(of: "id=\"slider\""))
      let chartStart = try #require(dom.range(of: "id=\"chart\""))
      let map = try #require(dom.range(of: "id=\"map\""))
      #expect(slider.lowerBound < chartStart.lowerBound && chartStart.lowerBound < map.lowerBound)
    }
  }

  /// Issue #14 items 7 and 8: tooltips and history show the statement that set the status;
  /// statuses older than `stale_after` days are faded and counted in the legend, as the
  /// layer's `age_days` says.
  @Test(.timeLimit(.minutes(3)))
  func staleStatusesFadeAndTheHistoryShowsWhatSetTheStatus() async throws {
    let store = try await TestServer.store
    let last = store.lastDay.description
    let port = try await TestServer.port
    let profile = try ExternalTool.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: profile) }
    let result = try await ExternalTool.run(
      try #require(Self.browser),
      Self.arguments(profile: profile) + ["--dump-dom", "http://127.0.0.1:\(port)/map?date=\(last)&district=AF1901"])
    let dom = result.stdout
    #expect(dom.contains("data-ready=\"true\""))
    let tags = dom.components(separatedBy: "<").filter { $0.hasPrefix("path ") && $0.contains("class=\"district") }
    #expect(tags.count == 399)
    let faded = tags.filter { $0.contains("data-stale=\"true\"") }
    #expect(faded.allSatisfy { $0.contains("fill-opacity=\"0.35\"") })
    // The same districts the server's own layer calls stale on that day.
    let items = try await TestServer.get("/collections/district-control/items?limit=1000&datetime=\(last)").json()
    let features = try #require(items["features"] as? [[String: Any]])
    let stale = features.compactMap { $0["properties"] as? [String: Any] }.filter { properties in
      guard let age = properties["age_days"] as? Int else { return false }
      return age > 30 && properties["status"] as? String != "unknown"
    }
    #expect(faded.count == stale.count, "page \(faded.count), layer \(stale.count)")
    let count = Self.tag(#"<td class="number stale-count">\d+</td>"#, in: dom)
    #expect(count == "<td class=\"number stale-count\">\(stale.count)</td>")
    #expect(dom.contains(">Faded: no report in the last 30 days</td>"))
    // Tooltips: the statement that set the status, and the last report.
    #expect(dom.contains(", set by captured "))
    #expect(dom.contains("; last report "))
    // Kunduz's history: the capture that set the status first, its confirmation folded.
    #expect(dom.contains("<blockquote class=\"opening\">"))
    #expect(dom.contains("<summary>confirmed by 1 later statement</summary>"), "\(dom.suffix(3000))")
    // Links to events use their feature ids, which need no escaping.
    #expect(dom.contains("href=\"/collections/events/items/009-kunduz-taloqan-fall~1\""))
    // Issue #13: the panel gives the district's Dari and Pashto names, right to left.
    let kunduz = try #require(store.index.place(id: "AF1901"))
    #expect(!kunduz.nameDari.isEmpty)
    #expect(dom.contains("<span lang=\"fa\" dir=\"rtl\">\(kunduz.nameDari)</span>"), "\(dom.suffix(3000))")
    if !kunduz.namePashto.isEmpty {
      #expect(dom.contains("<span lang=\"ps\" dir=\"rtl\">\(kunduz.namePashto)</span>"))
    }
  }

  /// Issue #14 item 6: a statement's report is a link in the history, to the `url` of its
  /// `NAME.meta.json`, named by its `source`; the page escapes the address as HTML does.
  @Test(.timeLimit(.minutes(3)))
  func historyLinksEachStatementToItsReport() async throws {
    let store = try await TestServer.store
    let port = try await TestServer.port
    let profile = try ExternalTool.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: profile) }
    let result = try await ExternalTool.run(
      try #require(Self.browser),
      Self.arguments(profile: profile) + ["--dump-dom", "http://127.0.0.1:\(port)/map?date=\(store.lastDay)&district=AF1901"])
    let dom = result.stdout
    #expect(dom.contains("data-ready=\"true\""))
    let url = try #require(TestServer.kunduzProvenance.url).replacingOccurrences(of: "&", with: "&amp;")
    let link = Self.tag(#"<a class="report"[^>]*>[^<]*</a>"#, in: dom)
    #expect(link.contains("href=\"\(url)\""), "\(link) in \(dom.suffix(3000))")
    #expect(link.contains("rel=\"noopener noreferrer\""))
    #expect(link.hasSuffix(">Example News</a>"))
    // One report link per statement from that report; statements of other reports (which
    // carry no url) get none.
    let statements = dom.components(separatedBy: "href=\"/collections/events/items/\(TestServer.kunduzReport)~").count - 1
    let links = dom.components(separatedBy: "<a class=\"report\"").count - 1
    #expect(statements > 0 && links == statements, "\(statements) statements, \(links) links")
  }

  @Test(.timeLimit(.minutes(3)))
  func screenshotsOfTwoDatesDifferInPixels() async throws {
    let port = try await TestServer.port
    let directory = try ExternalTool.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    var images: [Data] = []
    for date in [(try await TestServer.store).firstDay.description, (try await TestServer.store).lastDay.description] {
      let profile = directory.appendingPathComponent("profile-\(date)")
      let file = directory.appendingPathComponent("map-\(date).png")
      let result = try await ExternalTool.run(
        try #require(Self.browser),
        Self.arguments(profile: profile) + ["--screenshot=\(file.path)", "http://127.0.0.1:\(port)/map?date=\(date)"])
      let data = try Data(contentsOf: file)
      #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]), "a PNG: \(result.stderr.suffix(300))")
      images.append(data)
    }
    #expect(images.count == 2 && images[0] != images[1])
  }
}
