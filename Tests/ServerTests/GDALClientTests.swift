import Foundation
import FrontlineKit
import Layers
import Testing

/// GDAL's own OGC API – Features driver (OAPIF) reads the server: the real client QGIS uses.
@Suite(.enabled(if: ExternalTool.find("ogrinfo") != nil && ExternalTool.find("ogr2ogr") != nil,
  "ogrinfo/ogr2ogr are not on PATH (install Debian's gdal-bin); skipping the GDAL OAPIF round trip"))
struct GDALClientTests {
  @Test func ogrinfoListsTheSixCollections() async throws {
    let port = try await TestServer.port
    let result = try await ExternalTool.run(
      try #require(ExternalTool.find("ogrinfo")), ["-ro", "OAPIF:http://127.0.0.1:\(port)"])
    #expect(result.status == 0, "\(result.stderr)")
    for name in ["district-control", "mobilization", "events", "timeline", "provinces", "districts"] {
      #expect(result.stdout.contains(": \(name) (title:"), "\(name) missing in:\n\(result.stdout)")
    }
  }

  @Test func ogr2ogrCopiesAll399DistrictsFollowingNextLinks() async throws {
    let port = try await TestServer.port
    let directory = try ExternalTool.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("out.geojson").path
    let copy = try await ExternalTool.run(
      try #require(ExternalTool.find("ogr2ogr")),
      ["-f", "GeoJSON", output, "OAPIF:http://127.0.0.1:\(port)", "district-control"])
    #expect(copy.status == 0, "\(copy.stderr)")
    let info = try await ExternalTool.run(
      try #require(ExternalTool.find("ogrinfo")), ["-ro", "-so", "-al", output])
    #expect(info.stdout.contains("Feature Count: 399"), "\(info.stdout)")
    #expect(info.stdout.contains("status: String"))
    #expect(info.stdout.contains("since: Date"))
    if TestServer.hasPolygons { #expect(info.stdout.contains("Geometry: Multi Polygon")) }
    let data = try Data(contentsOf: URL(fileURLWithPath: output))
    let features = (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["features"] as? [[String: Any]] ?? []
    let pcodes = Set(features.compactMap { ($0["properties"] as? [String: Any])?["pcode"] as? String })
    #expect(pcodes.count == 399)
  }

  @Test func ogr2ogrCopiesEveryEvent() async throws {
    let port = try await TestServer.port
    let directory = try ExternalTool.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let output = directory.appendingPathComponent("events.geojson").path
    let copy = try await ExternalTool.run(
      try #require(ExternalTool.find("ogr2ogr")),
      ["-f", "GeoJSON", output, "OAPIF:http://127.0.0.1:\(port)", "events"])
    #expect(copy.status == 0, "\(copy.stderr)")
    let info = try await ExternalTool.run(try #require(ExternalTool.find("ogrinfo")), ["-ro", "-so", "-al", output])
    #expect(info.stdout.contains("Feature Count: \((try await TestServer.store).events.count)"), "\(info.stdout)")
  }
}
