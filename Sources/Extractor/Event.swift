public import Gazetteer
import Projection
import Chronology

/// What happened to a place, as a report states it.
public enum EventType: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  /// The place fell to, or was taken by, the Taliban (also: forces abandoned it).
  case captured
  /// Government or uprising forces retook the place from the Taliban.
  case recaptured
  /// Control is in question: under siege, on the brink of collapse, heavy fighting for it.
  case contested
  /// Government forces withdrew to this place (and still hold it).
  case retreatedTo = "retreated_to"
  /// Locals or militias took up arms against the Taliban here.
  case mobilization

  /// Same-day ordering weight used by the timeline: stronger statements of control first.
  public var rank: Int {
    switch self {
    case .captured: 0
    case .recaptured: 1
    case .retreatedTo: 2
    case .contested: 3
    case .mobilization: 4
    }
  }

  public static func < (lhs: EventType, rhs: EventType) -> Bool { lhs.rank < rhs.rank }
}

/// Who acted.
public enum Actor: String, Sendable, Hashable, Codable, CaseIterable {
  case taliban, government, locals
}

/// How an event's date was found.
public enum DatePrecision: String, Sendable, Hashable, Codable, CaseIterable {
  /// A day stated in the event's sentence (explicit or relative: "on Sunday", "yesterday").
  case day
  /// No day in the sentence: the day the text says the news was reported.
  case report
  /// Nothing in the text: the document's publication date.
  case publication
  /// No date at all (no publication date given).
  case unknown
}

/// The gazetteer place an event is linked to.
public struct EventPlace: Sendable, Hashable {
  /// Pcode (`AF1310`, `AF13`) or region id (`region:north`).
  public let pcode: String
  /// Canonical name (OCHA spelling).
  public let name: String
  /// `district`, `province` or `region`.
  public let level: PlaceLevel
  /// Province name (empty for a region).
  public let province: String
  /// Province pcode (empty for a region).
  public let provincePcode: String
  /// Representative point, WGS 84 degrees.
  public let longitude: Double
  /// Representative point, WGS 84 degrees.
  public let latitude: Double

  public init(
    pcode: String, name: String, level: PlaceLevel, province: String, provincePcode: String,
    longitude: Double, latitude: Double
  ) {
    self.pcode = pcode
    self.name = name
    self.level = level
    self.province = province
    self.provincePcode = provincePcode
    self.longitude = longitude
    self.latitude = latitude
  }

  /// The event place of a gazetteer place.
  public init(_ place: Place, in index: PlaceIndex) {
    self.init(
      pcode: place.id, name: place.name, level: place.level,
      province: index.province(of: place)?.name ?? "", provincePcode: place.provincePcode ?? "",
      longitude: place.coordinate.longitude, latitude: place.coordinate.latitude)
  }

}

/// One event found in a document, with its provenance.
public struct Event: Sendable, Hashable {
  /// Stable id: `<doc>#<n>`, n counting the document's events in text order from 1.
  public var id: String
  /// Document id (file name without extension, or a JSON Lines record's `id`).
  public var doc: String
  public var type: EventType
  public var actor: Actor
  public var place: EventPlace
  /// Other places the mention may name when the text did not settle it (empty when resolved).
  public var alternatives: [String]
  /// The place's surface string in the text.
  public var mention: String
  /// The event's day (nil only with `DatePrecision.unknown`).
  public var date: Day?
  public var datePrecision: DatePrecision
  /// 0…1: how sure the rules are.
  public var confidence: Double
  /// The sentence that states the event.
  public var sentence: String
  /// The mention's offsets in Unicode scalars from the document's start: [start, end).
  public var span: [Int]
  /// The trigger phrase ("fallen to", "on the brink of collapse").
  public var evidence: String
  /// The rule that fired (stable identifier, e.g. `captured.fell`).
  public var rule: String
  /// The report's address (`url` of `NAME.meta.json` or of the JSON Lines record); nil when
  /// not given. Set by the caller that read the report, not by the extractor.
  public var url: String?
  /// The report's outlet (`source` of `NAME.meta.json` or of the record, e.g. "Kabul Now");
  /// nil when not given.
  public var source: String?
  /// The report's language when it is not English (`fa`, `ps`); nil for English reports, so
  /// that their records keep the fields they always had.
  public var language: DocumentLanguage? = nil
  /// Whether the capture is disputed: one side claims it and the other denies it ("the
  /// Taliban said they had captured Qadis; the ministry denied it"). Only captures are; the
  /// place stays `captured`, and a contest is reported beside it only where the text tells of
  /// fighting or a hold that goes on.
  public var isDisputed = false

  public init(
    id: String, doc: String, type: EventType, actor: Actor, place: EventPlace,
    alternatives: [String] = [], mention: String, date: Day?, datePrecision: DatePrecision,
    confidence: Double, sentence: String, span: [Int], evidence: String, rule: String,
    url: String? = nil, source: String? = nil
  ) {
    self.id = id
    self.doc = doc
    self.type = type
    self.actor = actor
    self.place = place
    self.alternatives = alternatives
    self.mention = mention
    self.date = date
    self.datePrecision = datePrecision
    self.confidence = confidence
    self.sentence = sentence
    self.span = span
    self.evidence = evidence
    self.rule = rule
    self.url = url
    self.source = source
  }
}
