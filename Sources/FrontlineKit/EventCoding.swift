import Foundation
public import Extractor
import Gazetteer
import Chronology

/// The events file formats: JSON Lines (the contract other tools read) and CSV (spreadsheets).
public enum EventFormat: String, CaseIterable, Sendable {
  case jsonl, csv
}

/// Renders events and reads them back, both through one schema (``Key``, ``PlaceKey``).
///
/// JSON Lines keys, in this order: `id, doc, type, actor, place{pcode, name, level, province,
/// province_pcode, lon, lat}, mention, date, date_precision, confidence, sentence, span,
/// evidence, rule, alternatives, url, source`, then `disputed: true` for a disputed capture only
/// and, for Dari and Pashto events only, `language`.
/// Coordinates have 4 decimals, confidence 2; `url` and `source` (the report's, from
/// `NAME.meta.json` or the JSON Lines record) are `null` when not given.
public enum EventCoding {
  /// The keys of an event record, in the order ``json(_:)`` writes them: the one schema that
  /// writer and ``readJSONLines(_:source:)`` share. `disputed` is written for disputed captures
  /// only (as `true`), `language` for Dari and Pashto events only.
  enum Key: String, CodingKey, CaseIterable {
    case id, doc, type, actor, place, mention, date
    case datePrecision = "date_precision"
    case confidence, sentence, span, evidence, rule, alternatives, url, source, disputed, language
  }

  /// The keys of an event record's `place` object, in the order they are written.
  enum PlaceKey: String, CodingKey, CaseIterable {
    case pcode, name, level, province
    case provincePcode = "province_pcode"
    case longitude = "lon"
    case latitude = "lat"
  }

  /// One JSON object (no newline).
  public static func json(_ event: Event) -> JSONValue {
    let place = event.place
    let placeFields: [(PlaceKey, JSONValue)] = [
      (.pcode, .string(place.pcode)),
      (.name, .string(place.name)),
      (.level, .string(place.level.rawValue)),
      (.province, .string(place.province)),
      (.provincePcode, .string(place.provincePcode)),
      (.longitude, .number(place.longitude, decimals: 4)),
      (.latitude, .number(place.latitude, decimals: 4)),
    ]
    var fields: [(Key, JSONValue)] = [
      (.id, .string(event.id)),
      (.doc, .string(event.doc)),
      (.type, .string(event.type.rawValue)),
      (.actor, .string(event.actor.rawValue)),
      (.place, .object(placeFields.map { ($0.0.stringValue, $0.1) })),
      (.mention, .string(event.mention)),
      (.date, event.date.map { .string($0.description) } ?? .null),
      (.datePrecision, .string(event.datePrecision.rawValue)),
      (.confidence, .number(event.confidence, decimals: 2)),
      (.sentence, .string(event.sentence)),
      (.span, .array(event.span.map { .integer($0) })),
      (.evidence, .string(event.evidence)),
      (.rule, .string(event.rule)),
      (.alternatives, .array(event.alternatives.map { .string($0) })),
      (.url, event.url.map { .string($0) } ?? .null),
      (.source, event.source.map { .string($0) } ?? .null),
    ]
    // Only disputed captures say so, and only Dari and Pashto events say their language: other
    // records keep their bytes.
    if event.isDisputed { fields.append((.disputed, .bool(true))) }
    if let language = event.language { fields.append((.language, .string(language.rawValue))) }
    return .object(fields.map { ($0.0.stringValue, $0.1) })
  }

  /// The CSV header of `csvRow(_:)`.
  public static let csvHeader =
    "id,doc,type,actor,pcode,name,level,province,province_pcode,lon,lat,mention,date,date_precision,confidence,span_start,span_end,evidence,rule,alternatives,sentence,url,source"

  /// One CSV row (no newline).
  public static func csvRow(_ event: Event) -> String {
    CSVText.row([
      event.id, event.doc, event.type.rawValue, event.actor.rawValue, event.place.pcode,
      event.place.name, event.place.level.rawValue, event.place.province,
      event.place.provincePcode, JSONValue.format(event.place.longitude, decimals: 4),
      JSONValue.format(event.place.latitude, decimals: 4), event.mention,
      event.date?.description ?? "", event.datePrecision.rawValue,
      JSONValue.format(event.confidence, decimals: 2), String(event.span.first ?? 0),
      String(event.span.last ?? 0), event.evidence, event.rule,
      event.alternatives.joined(separator: ";"), event.sentence, event.url ?? "", event.source ?? "",
    ])
  }

  /// Reads events written by `frontline extract` (JSON Lines).
  /// - Throws: `FrontlineError.invalidInput` naming the file and line of the first bad record.
  public static func readJSONLines(_ data: Data, source: String) throws -> [Event] {
    var events: [Event] = []
    let decoder = JSONDecoder()
    var lineNumber = 0
    for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.allSatisfy({ $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "\t") }) { continue }
      do {
        events.append(try decoder.decode(Record.self, from: Data(line)).event)
      } catch let DecodingError.keyNotFound(key, _) {
        throw FrontlineError.invalidInput("\(source):\(lineNumber): event record lacks '\(key.stringValue)'")
      } catch let DecodingError.dataCorrupted(context) {
        throw FrontlineError.invalidInput("\(source):\(lineNumber): not a JSON event record (\(context.debugDescription))")
      } catch {
        throw FrontlineError.invalidInput("\(source):\(lineNumber): not an event record: \(error)")
      }
    }
    return events
  }

  /// An event record read through ``Key`` and ``PlaceKey``. `alternatives`, `mention`,
  /// `date_precision`, `confidence`, `sentence`, `span`, `evidence`, `rule`, `url`, `source`
  /// `disputed` and `language` may be absent (hand-made records, older events files, English
  /// events).
  private struct Record: Decodable {
    let event: Event

    init(from decoder: any Decoder) throws {
      let c = try decoder.container(keyedBy: Key.self)
      let p = try c.nestedContainer(keyedBy: PlaceKey.self, forKey: .place)
      let place = EventPlace(
        pcode: try p.decode(String.self, forKey: .pcode), name: try p.decode(String.self, forKey: .name),
        level: try p.decode(PlaceLevel.self, forKey: .level), province: try p.decode(String.self, forKey: .province),
        provincePcode: try p.decode(String.self, forKey: .provincePcode),
        longitude: try p.decode(Double.self, forKey: .longitude), latitude: try p.decode(Double.self, forKey: .latitude))
      let date = try c.decodeIfPresent(Day.self, forKey: .date)
      var event = Event(
        id: try c.decode(String.self, forKey: .id), doc: try c.decode(String.self, forKey: .doc),
        type: try c.decode(EventType.self, forKey: .type), actor: try c.decode(Actor.self, forKey: .actor),
        place: place, alternatives: try c.decodeIfPresent([String].self, forKey: .alternatives) ?? [],
        mention: try c.decodeIfPresent(String.self, forKey: .mention) ?? "", date: date,
        datePrecision: try c.decodeIfPresent(DatePrecision.self, forKey: .datePrecision) ?? (date == nil ? .unknown : .day),
        confidence: try c.decodeIfPresent(Double.self, forKey: .confidence) ?? 1,
        sentence: try c.decodeIfPresent(String.self, forKey: .sentence) ?? "",
        span: try c.decodeIfPresent([Int].self, forKey: .span) ?? [],
        evidence: try c.decodeIfPresent(String.self, forKey: .evidence) ?? "",
        rule: try c.decodeIfPresent(String.self, forKey: .rule) ?? "",
        url: try c.decodeIfPresent(String.self, forKey: .url), source: try c.decodeIfPresent(String.self, forKey: .source))
      event.language = try c.decodeIfPresent(DocumentLanguage.self, forKey: .language)
      event.isDisputed = try c.decodeIfPresent(Bool.self, forKey: .disputed) ?? false
      self.event = event
    }
  }
}
