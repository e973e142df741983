public import Extractor
import Chronology

/// One statement that supports a status interval: an event from a report, or a baseline row.
public struct StatusEvidence: Sendable, Hashable {
  /// Where the statement comes from.
  public enum Source: Sendable, Hashable {
    /// An extracted event.
    case event(id: String, doc: String, type: EventType, confidence: Double)
    /// A row of a baseline CSV file (`file:line`).
    case baseline(file: String, line: Int)
  }

  /// The event or baseline row.
  public let source: Source
  /// The day it is dated.
  public let date: Day
  /// The sentence stating it (empty for a baseline row).
  public let sentence: String
  /// Pcode of the province when the report named the province, not the district: the
  /// statement was applied to the province's capital district.
  public let viaProvince: String?

  /// Creates evidence.
  public init(source: Source, date: Day, sentence: String, viaProvince: String? = nil) {
    self.source = source
    self.date = date
    self.sentence = sentence
    self.viaProvince = viaProvince
  }

  /// The event id, or `baseline:FILE:LINE`.
  public var id: String {
    switch source {
    case .event(let id, _, _, _): id
    case .baseline(let file, let line): "baseline:\(file):\(line)"
    }
  }

  /// The document id, or the baseline file.
  public var doc: String {
    switch source {
    case .event(_, let doc, _, _): doc
    case .baseline(let file, _): file
    }
  }
}
