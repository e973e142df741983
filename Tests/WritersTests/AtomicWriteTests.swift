import Foundation
import GeoJSON
import GeoModel
import Testing

@Suite struct AtomicWriteTests {
  private let feature = Fixtures.pointEvents[0]

  @Test func existingFileSurvivesAWriterThatNeverFinishes() throws {
    let directory = try TestSupport.makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("events.geojson")
    try Data("old layer\n".utf8).write(to: url)
    do {
      let writer = try FeatureCollectionWriter(url: url)
      try writer.append(feature)
      let during = try TestSupport.contents(of: directory)
      #expect(during.count == 2)
      #expect(during.contains { $0.hasPrefix(".events.geojson.tmp-\(ProcessInfo.processInfo.processIdentifier)-") })
      #expect(try String(contentsOf: url, encoding: .utf8) == "old layer\n")
    }
    do {
      let writer = try FeatureSequenceWriter(url: url)
      try writer.append(feature)
    }
    #expect(try String(contentsOf: url, encoding: .utf8) == "old layer\n")
    #expect(try TestSupport.contents(of: directory) == ["events.geojson"])
  }

  @Test func finishReplacesTheOldFileAndLeavesNoTemporaryFile() throws {
    let directory = try TestSupport.makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("events.geojson")
    try Data("old layer\n".utf8).write(to: url)
    let writer = try FeatureCollectionWriter(url: url)
    try writer.append(feature)
    #expect(try String(contentsOf: url, encoding: .utf8) == "old layer\n")
    try writer.finish()
    #expect(try String(contentsOf: url, encoding: .utf8).hasPrefix("{\"type\":\"FeatureCollection\""))
    #expect(try TestSupport.contents(of: directory) == ["events.geojson"])
    #expect(writer.featureCount == 1)
  }

  @Test func writerIsClosedAfterFinish() throws {
    let directory = try TestSupport.makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("events.geojsonl")
    let writer = try FeatureSequenceWriter(url: url)
    try writer.finish()
    #expect(throws: WriterError.alreadyFinished(file: url.path)) { try writer.append(feature) }
    #expect(throws: WriterError.alreadyFinished(file: url.path)) { try writer.finish() }
    // The size, not the bytes: reading an empty file leaks under ASan (swift-foundation 6.3).
    #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int == 0)
  }

  @Test func missingDirectoryIsReportedWithThePath() throws {
    let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/events.geojson")
    let error = #expect(throws: WriterError.self) { try FeatureCollectionWriter(url: url) }
    #expect(error?.description.contains(url.path) == true)
    #expect(error?.description.contains("No such file or directory") == true)
  }

  @Test func aRejectedFeatureIsSkippedAndTheCollectionStaysValid() throws {
    let directory = try TestSupport.makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("events.geojson")
    let writer = try FeatureCollectionWriter(url: url, options: WriterOptions(writesBoundingBox: true))
    try writer.append(feature)
    let bad = Feature(geometry: .point(Position(x: .nan, y: 1)))
    let error = #expect(throws: WriterError.self) { try writer.append(bad) }
    #expect(error == .nonFiniteNumber(file: url.path, featureIndex: 1, location: "geometry coordinates"))
    #expect(error?.description.contains("events.geojson") == true)
    try writer.append(Fixtures.pointEvents[1])
    try writer.finish()
    let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
    #expect((object?["features"] as? [Any])?.count == 2)
    #expect(object?["bbox"] as? [Double] == [65.7101, 31.6133, 69.1723, 34.5281])
  }

  @Test func manyFeaturesStreamThroughTheBufferUnchanged() throws {
    let directory = try TestSupport.makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("many.geojsonl")
    let writer = try FeatureSequenceWriter(url: url)
    var expected: [UInt8] = []
    let encoder = try FeatureEncoder()
    for index in 0..<5_000 {
      let feature = Feature(
        id: .integer(index), geometry: .point(Position(longitude: 60 + Double(index) / 1000, latitude: 33)),
        properties: [("name", .string("event \(index)"))])
      try writer.append(feature)
      expected += try encoder.encode(feature) + [UInt8(ascii: "\n")]
    }
    try writer.finish()
    #expect(expected.count > 3 * 64 * 1024)
    #expect([UInt8](try Data(contentsOf: url)) == expected)
  }
}
