import Chronology
import Extractor
import Foundation
import FrontlineKit
import Gazetteer
import Layers
import Projection
import Testing
import Timeline

/// Layer files from hand-made events, compared byte for byte with `Golden/`
/// (`RECORD_GOLDENS=1` re-records).
@Suite struct LayersGoldenTests {
  typealias S = LayersSupport

  static func event(
    _ id: String, _ type: EventType, _ pcode: String, _ date: String?, confidence: Double = 0.9, sentence: String
  ) -> Event {
    let place = S.index.place(id: pcode) ?? S.index.places[0]
    return Event(
      id: id, doc: String(id.split(separator: "#")[0]), type: type,
      actor: type == .captured ? .taliban : (type == .mobilization ? .locals : .government),
      place: EventPlace(place, in: S.index), mention: place.name, date: date.flatMap { Day(iso: $0) },
      datePrecision: date == nil ? .unknown : .day, confidence: confidence, sentence: sentence, span: [0, 7],
      evidence: type.rawValue, rule: "\(type.rawValue).fixture")
  }

  /// paktia#1 carries its report's `url` and `source` (NAME.meta.json), as extracted events do.
  static let events: [Event] = [
    {
      var paktia = event("paktia#1", .captured, "AF1310", "2021-06-23", sentence: "Chamkani fell to the Taliban on Wednesday.")
      paktia.url = "https://example.org/paktia?id=1&lang=en"
      paktia.source = "Example News"
      return paktia
    }(),
    event("paktia#2", .contested, "AF1310", "2021-06-20", confidence: 0.8, sentence: "Fighting reached Chamkani."),
    // A later report of the same status: a confirmation, not the evidence (issue #14 item 7).
    event("gardez#1", .captured, "AF1310", "2021-07-05", sentence: "The Taliban still hold Chamkani."),
    event("kaldar#1", .captured, "AF2113", "2021-06-26", sentence: "Kaldar fell."),
    event("kaldar#2", .recaptured, "AF2113", "2021-07-26", sentence: "Forces \"retook\" Kaldar."),
    event("kunduz#1", .captured, "AF19", "2021-08-08", sentence: "Kunduz province fell."),
    event("north#1", .mobilization, "region:north", "2021-06-24", confidence: 0.85, sentence: "Uprisings spread in the north."),
    event("takhar#1", .mobilization, "AF18", "2021-07-01", sentence: "Residents of Takhar took up arms."),
    event("undated#1", .captured, "AF1113", nil, sentence: "Ab Band fell."),
  ]

  static func write(_ options: LayerOutputOptions, date: String? = nil) throws -> (URL, RunSummary, [String]) {
    let directory = try S.temporaryDirectory()
    var warnings: [String] = []
    let summary = try RunJob.run(
      events: events, index: S.index,
      // Points: these goldens pin properties and encoding, which kilobytes of polygon
      // coordinates would bury (the embedded polygons are checked by EmbeddedBoundariesTests).
      options: LayerJobOptions(
        outputDirectory: directory.path, boundaries: .none, provinces: .none, output: options,
        date: date.flatMap { Day(iso: $0) }),
      warn: { warnings.append($0) })
    return (directory, summary, warnings)
  }

  @Test(arguments: ["mobilization", "events", "timeline"])
  func smallLayerMatchesGolden(_ layer: String) throws {
    let (directory, _, _) = try Self.write(LayerOutputOptions())
    defer { try? FileManager.default.removeItem(at: directory) }
    let bytes = try Data(contentsOf: directory.appendingPathComponent("\(layer).geojson"))
    try S.expectMatchesGolden(bytes, named: "\(layer).geojson")
  }

  @Test func geoJSONSeqEventsMatchGolden() throws {
    let (directory, summary, _) = try Self.write(LayerOutputOptions(format: .geojsonseq))
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(summary.layers.map { URL(fileURLWithPath: $0.path).lastPathComponent }
      == ["district-control.geojsonl", "mobilization.geojsonl", "events.geojsonl", "timeline.geojsonl"])
    try S.expectMatchesGolden(try Data(contentsOf: directory.appendingPathComponent("events.geojsonl")), named: "events.geojsonl")
  }

  @Test func districtControlHasEveryDistrictWithPropertiesInOrder() throws {
    let (directory, summary, warnings) = try Self.write(LayerOutputOptions())
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(summary.day == Day(iso: "2021-08-08"), "default day: the last event day")
    #expect(summary.counts == [.taliban: 2, .contested: 0, .government: 1, .unknown: 396])
    #expect(warnings == ["1 event has no date (report undated); the timeline ignores it (their text dates them only vaguely, e.g. \"last week\", or the report has no publication date: give one with --published or NAME.meta.json)"])
    let text = try String(contentsOf: directory.appendingPathComponent("district-control.geojson"), encoding: .utf8)
    let lines = text.split(separator: "\n")
    #expect(lines.count == 401)
    let chamkani = try #require(lines.first { $0.contains("\"pcode\":\"AF1310\"") })
    #expect(chamkani.hasPrefix(
      "{\"type\":\"Feature\",\"properties\":{\"pcode\":\"AF1310\",\"name\":\"Chamkani\",\"province\":\"Paktya\",\"province_pcode\":\"AF13\",\"status\":\"taliban\",\"since\":\"2021-06-23\",\"last_reported\":\"2021-07-05\",\"age_days\":34,\"sources\":2,\"confirmations\":1,\"evidence\":\"captured 2021-06-23 (paktia#1): Chamkani fell to the Taliban on Wednesday. (+1 confirmation)\",\"evidence_url\":\"https://example.org/paktia?id=1&lang=en\",\"evidence_source\":\"Example News\"}"))
    let kunduz = try #require(lines.first { $0.contains("\"pcode\":\"AF1901\"") })
    #expect(kunduz.contains("[report on province AF19, applied to its capital]"))
    #expect(text.contains("\n],\"bbox\":[") && text.hasSuffix("]}\n"))
    #expect(!text.contains("\"crs\""), "RFC 7946: no crs member")
  }

  @Test func dateCutsLaterEventsAndEndsNoInterval() throws {
    let (directory, summary, _) = try Self.write(LayerOutputOptions(), date: "2021-06-30")
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(summary.counts[.taliban] == 2)
    let timeline = try S.features(directory.appendingPathComponent("timeline.geojson"))
    let kaldar = timeline.compactMap { $0["properties"] as? [String: Any] }.filter { $0["pcode"] as? String == "AF2113" }
    #expect(kaldar.count == 1)
    // Still open on --date: it ends with that day, flagged current, never null.
    #expect(kaldar.first?["valid_to"] as? String == "2021-06-30T23:59:59Z")
    #expect(kaldar.first?["is_current"] as? Bool == true)
    let events = try S.features(directory.appendingPathComponent("events.geojson"))
    #expect(events.count == 5, "events after 2021-06-30 left out, the undated one kept")
  }

  @Test func projectedLayersCarryTheCRSMemberAndMetrePrecision() throws {
    let crs = try CRS.parse("EPSG:32642")
    let (directory, _, warnings) = try Self.write(LayerOutputOptions(crs: crs))
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(warnings.filter { $0.contains("not RFC 7946") }.count == 1)
    let text = try String(contentsOf: directory.appendingPathComponent("events.geojson"), encoding: .utf8)
    #expect(text.hasPrefix("{\"type\":\"FeatureCollection\",\"name\":\"events\",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::32642\"}},"))
    // Chamkani's point, transformed by PROJ: compare with a tolerance, not bytes.
    let features = try S.features(directory.appendingPathComponent("events.geojson"))
    let chamkani = try #require(features.first { ($0["properties"] as? [String: Any])?["pcode"] as? String == "AF1310" })
    let coordinates = try #require((chamkani["geometry"] as? [String: Any])?["coordinates"] as? [Double])
    let expected = try Transformer(from: .wgs84, to: crs).transform(Coordinate(longitude: 69.7974, latitude: 33.7836))
    #expect(abs(coordinates[0] - expected.x) < 100 && abs(coordinates[1] - expected.y) < 100)
    #expect(text.contains("\(String(format: "%.2f", coordinates[0]).trimmingTrailingZeros)"))
  }
}

extension String {
  var trimmingTrailingZeros: String {
    var text = self
    while text.contains("."), text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}
