import Foundation
public import Extractor
public import Gazetteer
import Timeline
import Chronology
import Layers

/// How one recorded district compares with a control timeline.
public struct RecordComparisonRow: Sendable, Hashable {
  /// The record's row.
  public let entry: FallRecord.Entry
  /// The first day the timeline shows the district `taliban`; nil when it never does.
  public let firstTalibanDay: Day?
  /// The event that opened that first `taliban` interval (its id, e.g. `b12#3`).
  public let firstEventID: String?
  /// Pcode of the province when that event was reported for the province and applied to its
  /// capital (see ``ControlTimeline``).
  public let viaProvince: String?

  /// Creates a row.
  public init(entry: FallRecord.Entry, firstTalibanDay: Day?, firstEventID: String?, viaProvince: String?) {
    self.entry = entry
    self.firstTalibanDay = firstTalibanDay
    self.firstEventID = firstEventID
    self.viaProvince = viaProvince
  }

  /// Days from the nearer recorded day (``FallRecord/Entry/date`` or
  /// ``FallRecord/Entry/alternateDate``; the main date on a tie) to ``firstTalibanDay``:
  /// negative when the timeline turns the district early, positive when late; nil when it
  /// never does.
  public var errorDays: Int? {
    guard let first = firstTalibanDay else { return nil }
    return entry.dates.map { first.ordinal - $0.ordinal }.min { abs($0) < abs($1) }
  }

  /// Whether the timeline turns the district `taliban` more than
  /// ``RecordComparison/earlyToleranceDays`` days before **both** recorded days.
  public var isEarly: Bool {
    guard let errorDays else { return false }
    return errorDays < -RecordComparison.earlyToleranceDays
  }
}

/// A control timeline checked against a ``FallRecord``: one row per recorded district, in the
/// record's order, and the summary figures.
public struct RecordComparison: Sendable, Hashable {
  /// How many days before the record a first `taliban` day may lie before it counts as early:
  /// 2, because reports and records of the time differ by a day or two (captures overnight,
  /// time zones, claims made the day before the handover), while a capital shown `taliban`
  /// three or more days before its fall is a misread report.
  public static let earlyToleranceDays = 2

  /// The record compared against.
  public let record: String
  /// One row per record entry, in file order.
  public let rows: [RecordComparisonRow]
  /// Events folded into the timeline.
  public let eventCount: Int

  /// Creates a comparison.
  public init(record: String, rows: [RecordComparisonRow], eventCount: Int) {
    self.record = record
    self.rows = rows
    self.eventCount = eventCount
  }

  /// The rows whose district the timeline turns `taliban`.
  public var found: [RecordComparisonRow] { rows.filter { $0.firstTalibanDay != nil } }

  /// The median of the absolute errors over ``found`` (the mean of the two middle values for
  /// an even count), in days; nil when nothing was found.
  public var medianAbsoluteErrorDays: Double? {
    let errors = found.compactMap(\.errorDays).map(abs).sorted()
    guard !errors.isEmpty else { return nil }
    let middle = errors.count / 2
    if errors.count % 2 == 1 { return Double(errors[middle]) }
    return Double(errors[middle - 1] + errors[middle]) / 2
  }

  /// The rows the timeline turns `taliban` too early (``RecordComparisonRow/isEarly``).
  public var early: [RecordComparisonRow] { rows.filter(\.isEarly) }

  /// The comparison as text.
  ///
  /// - `table`: aligned columns, then three summary lines (found, median absolute error,
  ///   early).
  /// - `csv`: the columns only, one row per record entry (empty cells for "never").
  /// - `json`: `{"record", "events", "found", "total", "median_abs_error_days",
  ///   "early_tolerance_days", "early", "rows": [...]}`, keys in that order.
  ///
  /// Columns: `pcode`, `name`, `recorded`, `alt`, `taliban_from`, `error_days` (signed,
  /// negative = early), `first_event`.
  public func rendered(format: ListFormat) -> String {
    switch format {
    case .table:
      let rows = rows.map { row -> [String] in
        [
          row.entry.pcode, row.entry.name, row.entry.date.description,
          row.entry.alternateDate?.description ?? "-", row.firstTalibanDay?.description ?? "-",
          row.errorDays.map(Self.signed) ?? "-",
          (row.firstEventID ?? "-") + (row.viaProvince.map { " (via province \($0))" } ?? "") + (row.isEarly ? "  EARLY" : ""),
        ]
      }
      var text = renderTable(header: Self.columns, rows: rows)
      text += "taliban in the timeline: \(found.count) of \(self.rows.count) recorded districts (\(eventCount) events)\n"
      text += "median absolute error: " + (medianAbsoluteErrorDays.map { JSONValue.format($0, decimals: 1) + " days" } ?? "-") + "\n"
      let early = early
      text += "more than \(Self.earlyToleranceDays) days early: \(early.count)"
      if !early.isEmpty {
        text += " (" + early.map { "\($0.entry.name) \($0.errorDays.map(Self.signed) ?? "")" }.joined(separator: ", ") + ")"
      }
      return text + "\n"
    case .csv:
      var text = CSVText.row(Self.columns) + "\n"
      for row in rows {
        let cells = [
          row.entry.pcode, row.entry.name, row.entry.date.description,
          row.entry.alternateDate?.description ?? "", row.firstTalibanDay?.description ?? "",
          row.errorDays.map(String.init) ?? "", row.firstEventID ?? "",
        ]
        text += CSVText.row(cells) + "\n"
      }
      return text
    case .json:
      let items = rows.map { row -> JSONValue in
        .object([
          ("pcode", .string(row.entry.pcode)),
          ("name", .string(row.entry.name)),
          ("recorded", .string(row.entry.date.description)),
          ("alt", row.entry.alternateDate.map { .string($0.description) } ?? .null),
          ("taliban_from", row.firstTalibanDay.map { .string($0.description) } ?? .null),
          ("error_days", row.errorDays.map(JSONValue.integer) ?? .null),
          ("early", .bool(row.isEarly)),
          ("first_event", row.firstEventID.map(JSONValue.string) ?? .null),
          ("via_province", row.viaProvince.map(JSONValue.string) ?? .null),
        ])
      }
      let summary = JSONValue.object([
        ("record", .string(record)),
        ("events", .integer(eventCount)),
        ("found", .integer(found.count)),
        ("total", .integer(rows.count)),
        ("median_abs_error_days", medianAbsoluteErrorDays.map { .number($0, decimals: 1) } ?? .null),
        ("early_tolerance_days", .integer(Self.earlyToleranceDays)),
        ("early", .integer(early.count)),
        ("rows", .array(items)),
      ])
      return summary.rendered + "\n"
    }
  }

  static let columns = ["pcode", "name", "recorded", "alt", "taliban_from", "error_days", "first_event"]

  /// `+2`, `-5`, `0`.
  static func signed(_ days: Int) -> String { days > 0 ? "+\(days)" : String(days) }
}

/// `frontline check-record`: folds events through the control timeline (the fold of
/// `frontline run`, ``ControlTimeline``) and compares, for each district of a published record,
/// the first day the timeline shows it `taliban` with the day the record says it fell.
///
/// ## Example
/// ```swift
/// let record = try FallRecord(contentsOf: "afg_provincial_capitals_fall_2021.csv", index: index)
/// let comparison = RecordCheckJob.compare(events, with: record, index: index)
/// print(comparison.rendered(format: .table))
/// ```
public enum RecordCheckJob {
  /// Compares the timeline folded from `events` with `record`.
  /// - Parameters:
  ///   - events: extracted (or hand-made) events, in any order.
  ///   - record: the record to compare with.
  ///   - index: the gazetteer the events' pcodes come from.
  ///   - warn: receives the fold's diagnostics (undated or unplaced events), as `run` prints
  ///     them.
  /// - Returns: one row per record entry, in the record's order.
  public static func compare(
    _ events: [Event], with record: FallRecord, index: PlaceIndex, warn: (String) -> Void = { _ in }
  ) -> RecordComparison {
    let timeline = ControlTimeline(events: events, index: index)
    for line in LayerContext.diagnostics(of: timeline, events: events) { warn(line) }
    let rows = record.entries.map { entry -> RecordComparisonRow in
      let first = timeline.intervals(of: entry.pcode).first { $0.status == .taliban }
      let opening = first?.evidence.first
      return RecordComparisonRow(
        entry: entry, firstTalibanDay: first?.validFrom, firstEventID: opening?.id, viaProvince: opening?.viaProvince)
    }
    return RecordComparison(record: record.file, rows: rows, eventCount: events.count)
  }
}
