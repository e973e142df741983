import Chronology
import Extractor
import Gazetteer

/// Swift-literal events for the timeline tests, built on the embedded gazetteer.
enum Fixtures {
  /// The embedded gazetteer (built once per test process).
  static let index: PlaceIndex = {
    do { return try PlaceIndex.embedded() } catch { fatalError("embedded gazetteer: \(error)") }
  }()

  static func day(_ text: String) -> Day {
    guard let day = Day(iso: text) else { fatalError("bad test date \(text)") }
    return day
  }

  /// An event about the place `pcode` (district, province or region id).
  static func event(
    _ id: String, _ type: EventType, _ pcode: String, _ date: String?, confidence: Double = 0.9,
    doc: String? = nil
  ) -> Event {
    guard let place = index.place(id: pcode) else { fatalError("unknown test pcode \(pcode)") }
    return Event(
      id: id, doc: doc ?? String(id.split(separator: "#")[0]), type: type,
      actor: type == .captured ? .taliban : .government, place: EventPlace(place, in: index),
      mention: place.name, date: date.map(day), datePrecision: date == nil ? .unknown : .day,
      confidence: confidence, sentence: "\(place.name): \(type.rawValue) (\(id)).", span: [0, 1],
      evidence: type.rawValue, rule: "\(type.rawValue).test")
  }

  static let chamkani = "AF1310"
  static let janiKhel = "AF1309"
  static let abBand = "AF1113"
}
