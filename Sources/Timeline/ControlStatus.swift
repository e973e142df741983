public import Extractor

/// Who holds a district, as far as the reports tell.
///
/// The raw values are the strings written into layers (`status`), the baseline CSV and
/// `index.json`; they are stable.
public enum ControlStatus: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// The Taliban took the district (a `captured` event) and no later report says otherwise.
  case taliban
  /// Control is in question: besieged, on the brink, heavy fighting (a `contested` event).
  case contested
  /// The government or an uprising holds it (a `recaptured` or `retreated_to` event, or a
  /// baseline).
  case government
  /// No report about the district yet.
  case unknown

  /// Display and sort order: `taliban`, `contested`, `government`, `unknown` (the legend
  /// order of maps and the column order of `summary.csv`).
  public var order: Int {
    switch self {
    case .taliban: 0
    case .contested: 1
    case .government: 2
    case .unknown: 3
    }
  }

  public static func < (lhs: ControlStatus, rhs: ControlStatus) -> Bool { lhs.order < rhs.order }

  /// The status an event of this type asserts, or nil for `mobilization` (which says nothing
  /// about control).
  public init?(asserting type: EventType) {
    switch type {
    case .captured: self = .taliban
    case .recaptured, .retreatedTo: self = .government
    case .contested: self = .contested
    case .mobilization: return nil
    }
  }
}
