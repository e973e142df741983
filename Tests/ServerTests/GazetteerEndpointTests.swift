import Foundation
import Testing

/// `/near` and `/lookup` as GeoJSON.
@Suite struct GazetteerEndpointTests {
  @Test func nearListsDistrictsByDistanceWithKilometres() async throws {
    let reply = try await TestServer.get("/near?lat=33.6&lon=69.24&radius=60km&limit=5")
    #expect(reply.status == 200)
    #expect(reply.contentType == "application/geo+json")
    let body = try reply.json()
    #expect(body["type"] as? String == "FeatureCollection")
    let features = body["features"] as? [[String: Any]] ?? []
    #expect(features.count == 5)
    #expect(features.first?["id"] as? String == "AF1301", "Gardez is nearest")
    let distances = features.compactMap { ($0["properties"] as? [String: Any])?["distance_km"] as? Double }
    #expect(distances == distances.sorted())
    #expect(distances.allSatisfy { $0 <= 60 })
    #expect((features.first?["geometry"] as? [String: Any])?["type"] as? String == "Point")
  }

  @Test(arguments: ["/near?lon=69", "/near?lat=95&lon=69", "/near?lat=33&lon=69&radius=far", "/near?lat=33&lon=69&limit=0"])
  func nearRejectsMissingOrBadCoordinates(path: String) async throws {
    let reply = try await TestServer.get(path)
    #expect(reply.status == 400, "\(path)")
    #expect(reply.contentType == "application/problem+json")
  }

  @Test func locateNamesTheDistrictWhosePolygonHoldsThePoint() async throws {
    let reply = try await TestServer.get("/locate?lat=31.0&lon=62.2")
    #expect(reply.status == 200)
    #expect(reply.contentType == "application/geo+json")
    let features = try reply.json()["features"] as? [[String: Any]] ?? []
    #expect(features.count == 1)
    let properties = features.first?["properties"] as? [String: Any]
    #expect(properties?["pcode"] as? String == "AF3403", "Chakhansur holds the point; Zaranj's point is nearer")
    #expect(properties?["inside"] as? Bool == true)
    let outside = try await TestServer.get("/locate?lat=62.2&lon=31.0").json()["features"] as? [[String: Any]] ?? []
    #expect((outside.first?["properties"] as? [String: Any])?["inside"] as? Bool == false)
  }

  @Test(arguments: ["/locate?lon=69", "/locate?lat=95&lon=69", "/locate?lat=33&lon=x", "/locate?lat=33&lon=69&radius=5"])
  func locateRejectsMissingOrBadCoordinates(path: String) async throws {
    let reply = try await TestServer.get(path)
    #expect(reply.status == 400, "\(path)")
    #expect(reply.contentType == "application/problem+json")
  }

  @Test func lookupFindsADistrictUnderAnotherSpelling() async throws {
    let reply = try await TestServer.get("/lookup?name=Samkani")
    #expect(reply.status == 200)
    let features = try reply.json()["features"] as? [[String: Any]] ?? []
    let properties = features.first?["properties"] as? [String: Any]
    #expect(properties?["pcode"] as? String == "AF1310")
    #expect(properties?["name"] as? String == "Chamkani")
    #expect(properties?["matched"] as? String == "Samkani")
    #expect(properties?["district_pcode"] as? String == "AF1310")
  }

  @Test func lookupNarrowsAnAmbiguousNameByProvince() async throws {
    let both = try await TestServer.get("/lookup?name=Qarabagh").json()["features"] as? [[String: Any]] ?? []
    #expect(both.count >= 2)
    let ghazni = try await TestServer.get("/lookup?name=Qarabagh&province=Ghazni").json()["features"] as? [[String: Any]] ?? []
    #expect(!ghazni.isEmpty && ghazni.count < both.count)
    #expect(ghazni.allSatisfy { ($0["properties"] as? [String: Any])?["province"] as? String == "Ghazni" })
    let badProvince = try await TestServer.get("/lookup?name=Qarabagh&province=Atlantis")
    #expect(badProvince.status == 400)
  }

  @Test func lookupWithoutANameIs400AndAnUnknownNameSuggestsSpellings() async throws {
    #expect(try await TestServer.get("/lookup").status == 400)
    let reply = try await TestServer.get("/lookup?name=Chamkanii")
    if reply.status == 404 {
      #expect((try reply.json()["detail"] as? String)?.contains("did you mean") == true)
    } else {
      #expect(reply.status == 200, "a close spelling may match by sound")
    }
  }
}
