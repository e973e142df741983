public import Extractor
public import Gazetteer
import Chronology

/// Mobilization reported in one province: when it was first and last reported, and how often.
public struct ProvinceMobilization: Sendable, Hashable {
  /// Province pcode (`AF19`).
  public let pcode: String
  /// Day of the earliest report.
  public let firstDate: Day
  /// Day of the latest report.
  public let lastDate: Day
  /// Distinct events that report mobilization in the province (a region-wide event counts
  /// once for each of its provinces).
  public let reports: Int
  /// Their ids, sorted.
  public let eventIDs: [String]

  public init(pcode: String, firstDate: Day, lastDate: Day, reports: Int, eventIDs: [String]) {
    self.pcode = pcode
    self.firstDate = firstDate
    self.lastDate = lastDate
    self.reports = reports
    self.eventIDs = eventIDs
  }
}

/// Local mobilization against the Taliban, summed per province.
///
/// Every dated `mobilization` event counts for a province: a district or town event for its
/// province, a province event for itself, a region event ("uprisings across the north") for
/// each province of the region. Mobilization never changes a district's control status.
/// Undated events are left out (``undatedCount``).
public struct MobilizationSummary: Sendable, Hashable {
  /// (day, event id) of each report, by province pcode.
  private let reportsByProvince: [String: [Report]]
  /// Mobilization events without a date (not counted).
  public let undatedCount: Int

  private struct Report: Sendable, Hashable, Comparable {
    let day: Day
    let eventID: String
    static func < (lhs: Report, rhs: Report) -> Bool { (lhs.day, lhs.eventID) < (rhs.day, rhs.eventID) }
  }

  /// Sums the mobilization events among `events`.
  public init(events: [Event], index: PlaceIndex) {
    var byProvince: [String: Set<Report>] = [:]
    var undated = 0
    for event in events where event.type == .mobilization {
      guard let day = event.date else {
        undated += 1
        continue
      }
      for province in Self.provinces(of: event.place, index: index) {
        byProvince[province, default: []].insert(Report(day: day, eventID: event.id))
      }
    }
    reportsByProvince = byProvince.mapValues { $0.sorted() }
    undatedCount = undated
  }

  /// The provinces an event place stands for: a region's member provinces, a province itself,
  /// a district's or town's province.
  static func provinces(of place: EventPlace, index: PlaceIndex) -> [String] {
    switch place.level {
    case .region:
      return index.place(id: place.pcode)?.memberProvinces ?? []
    case .province:
      return [place.pcode]
    case .district, .town:
      if !place.provincePcode.isEmpty { return [place.provincePcode] }
      return index.place(id: place.pcode)?.provincePcode.map { [$0] } ?? []
    }
  }

  /// One entry per province with at least one report dated on or before `day` (all reports
  /// when `day` is nil), in pcode order.
  public func provinces(through day: Day? = nil) -> [ProvinceMobilization] {
    reportsByProvince.keys.sorted().compactMap { pcode in
      let reports = (reportsByProvince[pcode] ?? []).filter { report in day.map { report.day <= $0 } ?? true }
      guard let first = reports.first, let last = reports.last else { return nil }
      let ids = Set(reports.map(\.eventID)).sorted()
      return ProvinceMobilization(
        pcode: pcode, firstDate: first.day, lastDate: last.day, reports: ids.count, eventIDs: ids)
    }
  }
}
