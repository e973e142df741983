import Foundation
import Chronology
import Extractor
@testable import FrontlineKit
import Gazetteer
import Testing

/// `EventCoding.appendJSON`, which `extract` writes every event with, gives the bytes of the
/// `JSONValue` tree of `EventCoding.json`, field for field.
@Suite struct EventCodingBytesTests {
  static func events() throws -> [Event] {
    let index = LayersSupport.index
    let kunduz = try #require(index.place(id: "AF1901"))
    let herat = try #require(index.place(id: "AF3201"))
    let bare = Event(
      id: "r#1", doc: "r", type: .captured, actor: .taliban, place: EventPlace(kunduz, in: index),
      mention: "Kunduz", date: nil, datePrecision: .report, confidence: 1, sentence: "", span: [],
      evidence: "", rule: "test")
    var full = Event(
      id: "fa/\"1\"#2", doc: "fa/\"1\"", type: .recaptured, actor: .government, place: EventPlace(herat, in: index),
      alternatives: ["AF3202", "AF3203"], mention: "هرات", date: Day(iso: "2021-08-13"), datePrecision: .day,
      confidence: 0.855, sentence: "Line\none \\ \"quoted\"\t\u{1}هرات", span: [3, 9], evidence: "retook",
      rule: "recaptured.retook", url: "https://example.org/a?b=1&c=\"2\"", source: "Kabul Now")
    full.language = .fa
    var disputed = bare
    disputed.id = "r#3"
    disputed.isDisputed = true
    return [bare, full, disputed]
  }

  /// The member names `appendJSON` writes out in full are the keys' names, quoted.
  @Test func memberNamesAreTheQuotedKeys() {
    for key in EventCoding.Key.allCases { #expect(key.memberName.description == "\"\(key.stringValue)\":") }
    for key in EventCoding.PlaceKey.allCases { #expect(key.memberName.description == "\"\(key.stringValue)\":") }
  }

  /// A disputed capture says so, after `source` and before `language`; other events do not,
  /// and the flag reads back.
  @Test func disputedIsWrittenOnlyWhenSetAndReadsBack() throws {
    let events = try Self.events()
    let lines = events.map { EventCoding.json($0).rendered }
    #expect(lines.map { $0.contains("\"disputed\"") } == [false, false, true])
    #expect(lines[2].hasSuffix("\"source\":null,\"disputed\":true}"))
    let read = try EventCoding.readJSONLines(Data(lines.joined(separator: "\n").utf8), source: "t.jsonl")
    #expect(read.map(\.isDisputed) == [false, false, true])
  }

  /// `extract`'s JSON Lines (`ExtractJob.jsonLineBytes`, all events into room of their
  /// bound) are the events' texts, a line each, within the bound.
  @Test func jsonLinesAreTheEventsTextsWithinTheirBound() throws {
    var events = try Self.events()
    var far = events[1]
    far.date = Day(ordinal: -800_000)
    far.span = [Int.min, -1, 0, 9, 10, Int.max]
    far.confidence = -123_456.789
    events.append(far)
    let bytes = ExtractJob.jsonLineBytes(events)
    let lines = events.map { EventCoding.json($0).rendered + "\n" }.joined()
    #expect(String(decoding: bytes, as: UTF8.self) == lines)
    #expect(bytes.count <= events.map { EventCoding.jsonByteBound($0) + 1 }.reduce(0, +))
    #expect(ExtractJob.jsonLineBytes([]).isEmpty)
  }

  @Test func appendJSONWritesTheBytesOfTheJSONTree() throws {
    for event in try Self.events() {
      var bytes: [UInt8] = []
      EventCoding.appendJSON(event, to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == EventCoding.json(event).rendered)
    }
  }
}
