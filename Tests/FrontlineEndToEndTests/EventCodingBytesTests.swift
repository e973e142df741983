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
    return [bare, full]
  }

  /// The member names `appendJSON` writes out in full are the keys' names, quoted.
  @Test func memberNamesAreTheQuotedKeys() {
    for key in EventCoding.Key.allCases { #expect(key.memberName.description == "\"\(key.stringValue)\":") }
    for key in EventCoding.PlaceKey.allCases { #expect(key.memberName.description == "\"\(key.stringValue)\":") }
  }

  @Test func appendJSONWritesTheBytesOfTheJSONTree() throws {
    for event in try Self.events() {
      var bytes: [UInt8] = []
      EventCoding.appendJSON(event, to: &bytes)
      #expect(String(decoding: bytes, as: UTF8.self) == EventCoding.json(event).rendered)
    }
  }
}
