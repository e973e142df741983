import Foundation
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
