import Foundation
public import Extractor
import Gazetteer
import Chronology

/// The events file formats: JSON Lines (the contract other tools read) and CSV (spreadsheets).
public enum EventFormat: String, CaseIterable, Sendable {
  case jsonl, csv
}

/// Renders events and reads them back.
///
/// JSON Lines keys, in this order: `id, doc, type, actor, place{pcode, name, level, province,
/// province_pcode, lon, lat}, mention, date, date_precision, confidence, sentence, span,
/// evidence, rule, alternatives, url, source` and, for Dari and Pashto events only, `language`.
/// Coordinates have 4 decimals, confidence 2; `url` and `source` (the report's, from
/// `NAME.meta.json` or the JSON Lines record) are `null` when not given.
public enum EventCoding {
  /// One JSON object (no newline).
  public static func json(_ event: Event) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("id", .string(event.id)),
      ("doc", .string(event.doc)),
      ("type", .string(event.type.rawValue)),
      ("actor", .string(event.actor.rawValue)),
      ("place", .object([
        ("pcode", .string(event.place.pcode)),
        ("name", .string(event.place.name)),
        ("level", .string(event.place.level.rawValue)),
        ("province", .string(event.place.province)),
        ("province_pcode", .string(event.place.provincePcode)),
        ("lon", .number(event.place.longitude, decimals: 4)),
        ("lat", .number(event.place.latitude, decimals: 4)),
      ])),
      ("mention", .string(event.mention)),
      ("date", event.date.map { .string($0.description) } ?? .null),
      ("date_precision", .string(event.datePrecision.rawValue)),
      ("confidence", .number(event.confidence, decimals: 2)),
      ("sentence", .string(event.sentence)),
      ("span", .array(event.span.map { .integer($0) })),
      ("evidence", .string(event.evidence)),
      ("rule", .string(event.rule)),
      ("alternatives", .array(event.alternatives.map { .string($0) })),
      ("url", event.url.map { .string($0) } ?? .null),
      ("source", event.source.map { .string($0) } ?? .null),
    ]
    // Only Dari and Pashto events say their language: English records keep their bytes.
    if let language = event.language { fields.append(("language", .string(language.rawValue))) }
    return .object(fields)
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
        events.append(try decoder.decode(Event.self, from: Data(line)))
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
}
