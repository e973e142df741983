import Extractor
import Foundation
import FrontlineKit
import Layers
import Testing

@testable import Server

/// OGC API – Features Part 1 Core, checked through the router (HummingbirdTesting) and, for
/// what the wire carries and for curl, over real HTTP on loopback.
@Suite struct OGCAPITests {
  @Test func landingPageLinksServiceDescriptionConformanceAndData() async throws {
    let reply = try await TestServer.get("/")
    #expect(reply.status == 200)
    #expect(reply.contentType == "application/json")
    let links = try reply.json()["links"] as? [[String: Any]] ?? []
    let rels = Dictionary(links.map { ($0["rel"] as? String ?? "", $0) }, uniquingKeysWith: { a, _ in a })
    let base = TestServer.base
    #expect(rels["self"]?["href"] as? String == "\(base)/")
    #expect(rels["service-desc"]?["href"] as? String == "\(base)/api")
    #expect(rels["service-desc"]?["type"] as? String == "application/vnd.oai.openapi+json;version=3.0")
    #expect(rels["conformance"]?["href"] as? String == "\(base)/conformance")
    #expect(rels["data"]?["href"] as? String == "\(base)/collections")
  }

  @Test func conformanceDeclaresCoreGeoJSONAndOpenAPI30() async throws {
    let classes = try await TestServer.get("/conformance").json()["conformsTo"] as? [String] ?? []
    #expect(classes == [
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
      "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
      "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
    ])
  }

  @Test func openAPIDocumentIsServedWithItsMediaTypeAndDescribesEveryPath() async throws {
    let reply = try await TestServer.get("/api")
    #expect(reply.status == 200)
    #expect(reply.contentType == "application/vnd.oai.openapi+json;version=3.0")
    let document = try reply.json()
    #expect(document["openapi"] as? String == "3.0.3")
    let paths = (document["paths"] as? [String: Any])?.keys.sorted() ?? []
    #expect(paths == [
      "/", "/api", "/collections", "/collections/{collectionId}", "/collections/{collectionId}/items",
      "/collections/{collectionId}/items/{featureId}", "/collections/{collectionId}/queryables", "/conformance",
      "/locate", "/lookup", "/map", "/near",
    ])
    let limit = ((document["components"] as? [String: Any])?["parameters"] as? [String: Any])?["limit"] as? [String: Any]
    let schema = limit?["schema"] as? [String: Any]
    #expect(schema?["maximum"] as? Int == 10_000)
    #expect(schema?["default"] as? Int == 10)
  }

  @Test func collectionsListsTheSixLayersWithItemsLinksAndExtents() async throws {
    let collections = try await TestServer.get("/collections").json()["collections"] as? [[String: Any]] ?? []
    #expect(collections.compactMap { $0["id"] as? String } == [
      "district-control", "mobilization", "events", "timeline", "provinces", "districts",
    ])
    let control = try await TestServer.get("/collections/district-control").json()
    let links = control["links"] as? [[String: Any]] ?? []
    #expect(links.contains { $0["rel"] as? String == "items" && $0["type"] as? String == "application/geo+json" })
    let extent = control["extent"] as? [String: Any]
    let bbox = ((extent?["spatial"] as? [String: Any])?["bbox"] as? [[Double]])?.first ?? []
    #expect(bbox.count == 4)
    if bbox.count == 4 {
      #expect(bbox[0] > 60 && bbox[2] < 75.5 && bbox[1] > 29 && bbox[3] < 39, "Afghanistan's extent: \(bbox)")
    }
    let interval = ((extent?["temporal"] as? [String: Any])?["interval"] as? [[String]])?.first
    #expect(interval == ["\((try await TestServer.store).firstDay)T00:00:00Z", "\((try await TestServer.store).lastDay)T23:59:59Z"])
  }

  @Test func itemsDefaultToTenFeaturesWithCountsTimeStampAndGeoJSONType() async throws {
    let reply = try await TestServer.get("/collections/district-control/items")
    #expect(reply.status == 200)
    #expect(reply.contentType == "application/geo+json")
    let page = try reply.json()
    #expect(page["type"] as? String == "FeatureCollection")
    #expect(page["numberMatched"] as? Int == 399)
    #expect(page["numberReturned"] as? Int == 10)
    #expect((page["features"] as? [Any])?.count == 10)
    #expect((page["timeStamp"] as? String)?.hasSuffix("Z") == true)
  }

  @Test func nextLinksPageThroughAll399DistrictsExactlyOnce() async throws {
    var path: String? = "/collections/district-control/items?limit=150"
    var ids: [String] = []
    var pages = 0
    while let current = path, pages < 10 {
      let page = try await TestServer.get(current).json()
      ids += (page["features"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
      let next = (page["links"] as? [[String: Any]] ?? []).first { $0["rel"] as? String == "next" }?["href"] as? String
      path = next.map { String($0.dropFirst(TestServer.base.count)) }
      pages += 1
    }
    #expect(pages == 3)
    #expect(ids.count == 399)
    #expect(Set(ids).count == 399)
    #expect(ids == ids.sorted())
  }

  @Test func districtControlDatetimeGivesStatusAsOfThatDay() async throws {
    func statuses(_ query: String) async throws -> [String: Int] {
      let page = try await TestServer.get("/collections/district-control/items?limit=10000" + query).json()
      var counts: [String: Int] = [:]
      for feature in page["features"] as? [[String: Any]] ?? [] {
        let status = (feature["properties"] as? [String: Any])?["status"] as? String ?? "?"
        counts[status, default: 0] += 1
      }
      return counts
    }
    let before = try await statuses("&datetime=2021-01-01")
    #expect(before == ["unknown": 399], "nothing is known before the first report")
    let last = (try await TestServer.store).lastDay
    let end = try await statuses("&datetime=\(last)")
    #expect((end["taliban"] ?? 0) > 0)
    #expect(try await statuses("") == end, "no datetime means the last event day")
    #expect(try await statuses("&datetime=2021-01-01/\(last)") == end, "an interval uses its end")
    #expect(try await statuses("&datetime=\(last)T12:00:00Z") == end, "a date-time uses its date")
  }

  @Test func eventsDatetimeKeepsOnlyEventsDatedInsideTheInterval() async throws {
    let all = try await TestServer.get("/collections/events/items?limit=10000").json()
    let total = all["numberMatched"] as? Int ?? 0
    #expect(total == (try await TestServer.store).events.count)
    let july = try await TestServer.get("/collections/events/items?limit=10000&datetime=2021-07-01/2021-07-31").json()
    let dates = (july["features"] as? [[String: Any]] ?? []).compactMap { ($0["properties"] as? [String: Any])?["date"] as? String }
    #expect(!dates.isEmpty)
    #expect(dates.count < total)
    #expect(dates.allSatisfy { $0 >= "2021-07-01" && $0 <= "2021-07-31" }, "\(dates)")
    let openStart = try await TestServer.get("/collections/events/items?limit=10000&datetime=../2021-06-30").json()
    let early = (openStart["features"] as? [[String: Any]] ?? []).compactMap { ($0["properties"] as? [String: Any])?["date"] as? String }
    #expect(early.allSatisfy { $0 <= "2021-06-30" })
  }

  @Test func timelineDatetimeKeepsIntervalsOverlappingIt() async throws {
    let day = "2021-07-15"
    let page = try await TestServer.get("/collections/timeline/items?limit=10000&datetime=\(day)").json()
    let features = page["features"] as? [[String: Any]] ?? []
    #expect(!features.isEmpty)
    for feature in features {
      let properties = feature["properties"] as? [String: Any] ?? [:]
      let from = properties["valid_from"] as? String ?? ""
      let to = properties["valid_to"] as? String
      #expect(from <= day && (to.map { $0 > day } ?? true), "\(properties)")
      #expect(feature["id"] as? String == "\(properties["pcode"] as? String ?? "")@\(from)")
    }
  }

  @Test func bboxKeepsOnlyFeaturesMeetingTheBox() async throws {
    // Around Gardez, Paktya.
    let page = try await TestServer.get("/collections/districts/items?limit=10000&bbox=69.1,33.5,69.4,33.7").json()
    let ids = (page["features"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    #expect(ids.contains("AF1301"), "Gardez")
    #expect(ids.count < 40)
    #expect(!ids.contains("AF0101"), "Kabul is outside")
  }

  @Test func oneFeatureIsServedByPcodeAndByPercentEncodedEventID() async throws {
    let district = try await TestServer.get("/collections/district-control/items/AF1310?datetime=\((try await TestServer.store).lastDay)")
    #expect(district.status == 200)
    #expect(district.contentType == "application/geo+json")
    let feature = try district.json()
    #expect(feature["type"] as? String == "Feature")
    #expect((feature["properties"] as? [String: Any])?["name"] as? String == "Chamkani")
    #expect((feature["properties"] as? [String: Any])?["status"] as? String == "taliban")
    #expect((feature["links"] as? [[String: Any]])?.contains { $0["rel"] as? String == "collection" } == true)
    let eventID = try #require((try await TestServer.store).events.first?.id)
    #expect(eventID.contains("#"))
    // Issue #14 item 13: the feature id needs no escaping in a URL; the property keeps the id.
    let featureID = eventID.replacingOccurrences(of: "#", with: "~")
    #expect(featureID.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) == featureID)
    let event = try await TestServer.get("/collections/events/items/" + featureID)
    #expect(event.status == 200, "\(event.text)")
    let json = try event.json()
    #expect(json["id"] as? String == featureID)
    #expect((json["properties"] as? [String: Any])?["id"] as? String == eventID)
    // The event id, percent-encoded, still finds it.
    let escaped = eventID.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "#"))) ?? eventID
    let old = try await TestServer.get("/collections/events/items/" + escaped)
    let oldID = try old.json()["id"] as? String
    #expect(old.status == 200 && oldID == featureID)
    // curl, as a user would type it.
    if let curl = ExternalTool.find("curl") {
      let port = try await TestServer.port
      let result = try await ExternalTool.run(curl, ["-sS", "-f", "http://127.0.0.1:\(port)/collections/events/items/\(featureID)"])
      #expect(result.status == 0 && result.stdout.contains("\"id\":\"\(featureID)\""), "\(result.stderr)")
    }
  }

  /// On the live server: the body is dropped and Content-Length set by the HTTP layer.
  @Test func headAnswersLikeGetWithoutABody() async throws {
    let port = try await TestServer.port
    let reply = try await RawHTTP.request(port: port, method: "HEAD", path: "/collections")
    let get = try await RawHTTP.request(port: port, path: "/collections")
    #expect(reply.status == 200)
    #expect(reply.contentType == "application/json")
    #expect(reply.body.isEmpty)
    // RFC 9110 §9.3.2: the GET answer's Content-Length, not 0.
    #expect(reply.headers["content-length"] == String(get.body.count), "\(reply.headers)")
    #expect(get.body.count > 0)
  }

  @Test func polygonsAreMultiPolygonsWhenBoundariesAreGiven() async throws {
    guard TestServer.hasPolygons else {
      print("skipping: ../shared/data boundaries are absent, districts are points")
      return
    }
    let page = try await TestServer.get("/collections/district-control/items?limit=10000").json()
    let types = Set((page["features"] as? [[String: Any]] ?? []).compactMap { ($0["geometry"] as? [String: Any])?["type"] as? String })
    #expect(types == ["MultiPolygon"])
  }
}
