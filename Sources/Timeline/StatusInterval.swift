import Chronology
import Extractor

/// A period during which a district had one status, with the statements that set or confirmed
/// it.
///
/// Intervals are half-open in days: the status holds from ``validFrom`` up to, but not
/// including, ``validTo`` — the first day of the next interval. ``validTo`` is nil while the
/// interval is current.
public struct StatusInterval: Sendable, Hashable {
  /// The district's pcode (`AF1310`).
  public let pcode: String
  /// The status during the interval.
  public let status: ControlStatus
  /// First day of the interval.
  public let validFrom: Day
  /// First day of the next interval; nil while this one is current.
  public internal(set) var validTo: Day?
  /// The statement that set the status (``opening``) first, then those that confirmed it, in
  /// the order they were applied (date, then the same-day order of ``ControlTimeline``).
  /// Statements of the first day other than the one that settled it are confirmations too.
  public internal(set) var evidence: [StatusEvidence]

  /// Creates an interval.
  public init(
    pcode: String, status: ControlStatus, validFrom: Day, validTo: Day? = nil,
    evidence: [StatusEvidence]
  ) {
    self.pcode = pcode
    self.status = status
    self.validFrom = validFrom
    self.validTo = validTo
    self.evidence = evidence
  }

  /// Whether `day` lies inside the interval.
  public func contains(_ day: Day) -> Bool {
    day >= validFrom && (validTo.map { day < $0 } ?? true)
  }

  /// Number of distinct documents (reports, or baseline files) among the evidence.
  public var sourceCount: Int {
    Set(evidence.map(\.doc)).count
  }

  /// The statement that set the status: the one that settled the interval's first day (or
  /// the baseline row that opened it). Nil only for an interval built without evidence.
  public var opening: StatusEvidence? { evidence.first }

  /// How many statements confirmed the status after ``opening`` set it: the other statements
  /// of the same status, on the interval's first day or later (as known by the day the
  /// interval is looked at, see ``ControlTimeline/interval(of:on:)``).
  public var confirmations: Int { max(0, evidence.count - 1) }

  /// A short text for a map popup: the type, date, document and sentence (at most
  /// ``summaryLimit`` characters) of the statement that set the status (``opening``), plus how
  /// many statements confirmed it since.
  ///
  /// For example `captured 2021-06-23 (003-paktia#1): Chamkani fell to the Taliban on
  /// Wednesday. (+2 confirmations)`.
  public var evidenceSummary: String {
    guard let opening else { return "" }
    var text: String
    switch opening.source {
    case .event(let id, _, let type, _):
      text = "\(type.rawValue) \(opening.date) (\(id))"
      if let province = opening.viaProvince {
        text += " [report on province \(province), applied to its capital]"
      }
      text += ": " + Self.shortened(opening.sentence)
    case .baseline(let file, let line):
      text = "baseline \(file):\(line)"
    }
    if confirmations > 0 { text += " (+\(confirmations) confirmation\(confirmations == 1 ? "" : "s"))" }
    return text
  }

  /// The id of the event ``evidenceSummary`` quotes (``opening``); nil without evidence or
  /// when the status comes from a baseline row.
  public var openingEventID: String? {
    guard let opening, case .event(let id, _, _, _) = opening.source else { return nil }
    return id
  }

  /// Longest sentence quoted by ``evidenceSummary``, in characters: enough for one news
  /// sentence, short enough for a GIS attribute table.
  public static let summaryLimit = 160

  static func shortened(_ sentence: String) -> String {
    let flat = sentence.split(whereSeparator: \.isNewline).joined(separator: " ")
    guard flat.count > summaryLimit else { return flat }
    return String(flat.prefix(summaryLimit - 1)) + "…"
  }
}
