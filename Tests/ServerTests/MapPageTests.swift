import Chronology
import Extractor
import Foundation
import FrontlineKit
import Layers
import Testing
import Timeline

/// The map page and its files, served by Frontline itself.
@Suite struct MapPageTests {
  @Test func pageScriptStyleAndDataAreServedWithTheirTypes() async throws {
    let expectations = [
      ("/map", "text/html; charset=utf-8"),
      ("/map/app.js", "text/javascript; charset=utf-8"),
      ("/map/style.css", "text/css; charset=utf-8"),
      ("/map/data.json", "application/json"),
      ("/map/chart.svg", "image/svg+xml"),
    ]
    for (path, type) in expectations {
      let reply = try await TestServer.get(path)
      #expect(reply.status == 200, "\(path)")
      #expect(reply.contentType == type, "\(path)")
      #expect(!reply.body.isEmpty)
    }
  }

  @Test func pageCreditsTheEmbeddedBoundaries() async throws {
    let page = try await TestServer.get("/map").text
    #expect(page.contains("CC BY-IGO; simplified by Frontline.</footer>"), "\(page.suffix(400))")
  }

  @Test func pageLoadsNothingFromOtherHosts() async throws {
    for path in ["/map", "/map/app.js", "/map/style.css"] {
      let text = try await TestServer.get(path).text
      // The SVG namespace is an identifier, not a fetch.
      let stripped = text.replacingOccurrences(of: "http://www.w3.org/2000/svg", with: "")
      #expect(!stripped.contains("http://") && !stripped.contains("https://") && !stripped.contains("//cdn"), "\(path)")
    }
  }

  /// Issue #14 items 7, 8 and 14.
  @Test func dataCarriesWhatSetEachStatusTheReportDaysAndTheChart() async throws {
    let data = try await TestServer.get("/map/data.json").json()
    #expect(data["stale_after"] as? Int == 30)
    let districts = data["districts"] as? [[String: Any]] ?? []
    let kunduz = try #require(districts.first { $0["pcode"] as? String == "AF1901" })
    let store = try await TestServer.store
    #expect(kunduz["reports"] as? [String] == store.timeline.reportDays(of: "AF1901").map(\.description))
    let intervals = kunduz["intervals"] as? [[String: Any]] ?? []
    let current = try #require(intervals.last)
    let evidence = current["evidence"] as? [[String: Any]] ?? []
    #expect(current["confirmations"] as? Int == evidence.count - 1)
    // The first evidence is the statement that set the status: dated the interval's first day.
    #expect(evidence.first?["date"] as? String == current["from"] as? String)
    let chart = try await TestServer.get("/map/chart.svg").text
    #expect(chart.contains(" data-from=\"\(store.firstDay)\" data-to=\"\(store.lastDay)\""))
    #expect(chart.contains("<path data-series=\"taliban\""))
  }

  @Test func dataHasEveryDistrictItsHistoryAndTheSliderRange() async throws {
    let data = try await TestServer.get("/map/data.json").json()
    #expect(data["from"] as? String == (try await TestServer.store).firstDay.description)
    #expect(data["to"] as? String == (try await TestServer.store).lastDay.description)
    let districts = data["districts"] as? [[String: Any]] ?? []
    #expect(districts.count == 399)
    let chamkani = districts.first { $0["pcode"] as? String == "AF1310" }
    let intervals = chamkani?["intervals"] as? [[String: Any]] ?? []
    #expect(intervals.first?["status"] as? String == "taliban")
    let evidence = (intervals.first?["evidence"] as? [[String: Any]])?.first
    #expect((evidence?["sentence"] as? String)?.contains("Chamkani") == true)
    if TestServer.hasPolygons {
      #expect(districts.allSatisfy { ($0["d"] as? String)?.hasPrefix("M") == true })
      #expect((data["outlines"] as? String)?.isEmpty == false)
      #expect(districts.allSatisfy { ($0["area_km2"] as? Double ?? 0) > 0 })
    } else {
      #expect(districts.allSatisfy { $0["x"] is Double })
    }
  }

  @Test func pageAcceptsItsOwnDateAndDistrictParametersOnly() async throws {
    #expect(try await TestServer.get("/map?date=2021-07-01&district=AF1310").status == 200)
    #expect(try await TestServer.get("/map?zoom=3").status == 400)
  }
}
