public import Extractor

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
  /// The statements that set the status and those that later confirmed it, in the order they
  /// were applied (date, then the same-day order of ``ControlTimeline``).
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

  /// A short text for a map popup: the latest statement's type, date, document and sentence
  /// (at most ``summaryLimit`` characters), plus how many more statements there are.
  ///
  /// For example `captured 2021-06-23 (003-paktia#1): Chamkani fell to the Taliban on
  /// Wednesday. (+2 more)`.
  public var evidenceSummary: String {
    guard let latest = evidence.last else { return "" }
    var text: String
    switch latest.source {
    case .event(let id, _, let type, _):
      text = "\(type.rawValue) \(latest.date) (\(id))"
      if let province = latest.viaProvince {
        text += " [report on province \(province), applied to its capital]"
      }
      text += ": " + Self.shortened(latest.sentence)
    case .baseline(let file, let line):
      text = "baseline \(file):\(line)"
    }
    if evidence.count > 1 { text += " (+\(evidence.count - 1) more)" }
    return text
  }

  /// The id of the event ``evidenceSummary`` quotes (the latest evidence); nil without evidence
  /// or when it is a baseline row.
  public var latestEventID: String? {
    guard let latest = evidence.last, case .event(let id, _, _, _) = latest.source else { return nil }
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
