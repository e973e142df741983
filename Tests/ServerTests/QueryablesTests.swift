import Foundation
import Testing

@testable import Server

/// Issue #14 item 13: attribute filters on items, declared as queryables (OGC API – Features
/// Part 3).
@Suite struct QueryablesTests {
  /// The properties of every feature of an items answer.
  static func properties(_ path: String) async throws -> (matched: Int, features: [[String: Any]], links: [[String: Any]]) {
    let reply = try await TestServer.get(path)
    #expect(reply.status == 200, "\(path): \(reply.text.prefix(300))")
    let json = try reply.json()
    let features = (json["features"] as? [[String: Any]] ?? []).compactMap { $0["properties"] as? [String: Any] }
    return (json["numberMatched"] as? Int ?? -1, features, json["links"] as? [[String: Any]] ?? [])
  }

  @Test func districtControlFiltersByStatusAndProvincePcode() async throws {
    let all = try await Self.properties("/collections/district-control/items?limit=1000").features
    let taliban = try await Self.properties("/collections/district-control/items?limit=1000&status=taliban")
    #expect(taliban.matched == all.filter { $0["status"] as? String == "taliban" }.count)
    #expect(taliban.matched > 0 && taliban.features.allSatisfy { $0["status"] as? String == "taliban" })
    let paktya = try await Self.properties("/collections/district-control/items?limit=1000&province=AF13")
    #expect(paktya.matched == all.filter { $0["province_pcode"] as? String == "AF13" }.count)
    #expect(paktya.features.allSatisfy { $0["province"] as? String == "Paktya" })
    let both = try await Self.properties("/collections/district-control/items?limit=1000&status=taliban,contested&province=AF13")
    #expect(both.matched == all.filter {
      $0["province_pcode"] as? String == "AF13" && ["taliban", "contested"].contains($0["status"] as? String ?? "")
    }.count)
  }

  @Test func eventsFilterByTypeAndTimelineByProvinceWhoseNameItCarries() async throws {
    let all = try await Self.properties("/collections/events/items?limit=1000").features
    let captured = try await Self.properties("/collections/events/items?limit=1000&type=captured")
    #expect(captured.matched == all.filter { $0["type"] as? String == "captured" }.count)
    #expect(captured.matched > 0)
    let timeline = try await Self.properties("/collections/timeline/items?limit=1000&province=AF13")
    #expect(timeline.matched > 0 && timeline.features.allSatisfy { $0["province"] as? String == "Paktya" })
  }

  @Test func pagingLinksKeepTheFilter() async throws {
    let page = try await Self.properties("/collections/district-control/items?limit=2&status=taliban")
    let next = page.links.first { $0["rel"] as? String == "next" }?["href"] as? String
    #expect(next?.hasSuffix("/collections/district-control/items?limit=2&offset=2&status=taliban") == true, "\(next ?? "no next")")
  }

  @Test func aValueOutsideTheDeclaredSetOrAnUndeclaredNameIsA400() async throws {
    let bad = try await TestServer.get("/collections/district-control/items?status=held")
    #expect(bad.status == 400)
    #expect(bad.text.contains("one of taliban, contested, government, unknown"), "\(bad.text)")
    let undeclared = try await TestServer.get("/collections/districts/items?status=taliban")
    #expect(undeclared.status == 400)
  }

  @Test func queryablesAreDeclaredAsJSONSchemaAndLinkedFromTheCollection() async throws {
    let reply = try await TestServer.get("/collections/district-control/queryables")
    #expect(reply.status == 200)
    #expect(reply.contentType == "application/schema+json")
    let schema = try reply.json()
    let properties = try #require(schema["properties"] as? [String: [String: Any]])
    #expect(Set(properties.keys) == ["status", "province", "pcode"])
    #expect(properties["status"]?["enum"] as? [String] == ["taliban", "contested", "government", "unknown"])
    let events = try await TestServer.get("/collections/events/queryables").json()
    #expect(((events["properties"] as? [String: Any])?.keys).map(Set.init) == ["type", "province", "pcode", "doc", "language"])
    let collection = try await TestServer.get("/collections/district-control").json()
    let rels = (collection["links"] as? [[String: Any]] ?? []).compactMap { $0["rel"] as? String }
    #expect(rels.contains("http://www.opengis.net/def/rel/ogc/1.0/queryables"))
    let conformance = try await TestServer.get("/conformance").text
    #expect(conformance.contains("ogcapi-features-3/1.0/conf/queryables-query-parameters"))
  }

  @Test(.enabled(if: ExternalTool.find("ogrinfo") != nil, "ogrinfo is not on PATH (install Debian's gdal-bin)"))
  func gdalCountsWhatAnAttributeFilterKeeps() async throws {
    let port = try await TestServer.port
    let expected = try await Self.properties("/collections/district-control/items?limit=1000&status=taliban").matched
    let result = try await ExternalTool.run(
      try #require(ExternalTool.find("ogrinfo")),
      ["-ro", "-so", "OAPIF:http://127.0.0.1:\(port)", "district-control", "-where", "status = 'taliban'"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Feature Count: \(expected)\n"), "\(result.stdout)")
  }
}
