import Foundation
import Testing

/// The map page and its files, served by Frontline itself.
@Suite struct MapPageTests {
  @Test func pageScriptStyleAndDataAreServedWithTheirTypes() async throws {
    let expectations = [
      ("/map", "text/html; charset=utf-8"),
      ("/map/app.js", "text/javascript; charset=utf-8"),
      ("/map/style.css", "text/css; charset=utf-8"),
      ("/map/data.json", "application/json"),
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
