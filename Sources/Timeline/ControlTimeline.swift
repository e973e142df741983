public import Extractor
public import Gazetteer
import Chronology

/// Each district's control status over time, folded from extracted events (and an optional
/// baseline).
///
/// ## Rules
/// - `captured` makes the district `taliban` from the event's day.
/// - `recaptured` and `retreated_to` make it `government`.
/// - `contested` makes it `contested` until the next capture or recapture — **except** when the
///   district is held by the Taliban at that moment: then it stays `taliban`. The press uses
///   "fighting in X" and "under pressure" loosely, also for a district the Taliban already hold,
///   and only a recapture report should take such a district out of Taliban hands. The
///   contested report is then not counted as evidence.
/// - A later statement of the status a district already has does not start a new interval; it
///   is added to the current interval's evidence as a confirmation (so `sources` and
///   ``StatusInterval/confirmations`` grow). The interval's first evidence stays the statement
///   that set the status (``StatusInterval/opening``), which is what layers quote.
/// - `mobilization` never changes control; it goes to ``mobilization``.
/// - A **province**-level capture, recapture, retreat or contested report applies to the
///   province's capital district (the district whose `Place.isCapital` is set), and its
///   evidence says so (``StatusEvidence/viaProvince``). A town-level report applies to the
///   town's district. Region-level control reports are ignored (``unplacedEventCount``).
/// - Events without a date are ignored (``undatedEventCount``).
///
/// ## Same-day order
/// Events of one district and one day are applied one after another in ascending order of
/// `(confidence, −type rank, id)`: the least confident first, and among equally confident
/// ones `mobilization`, `contested`, `retreated_to`, `recaptured`, `captured` (the reverse of
/// `EventType.rank`), ties broken by the event id in descending string order. The last event
/// applied — the most confident, strongest statement, with the smallest id — therefore settles
/// the day. A status change takes effect on that day; only events asserting the day's final
/// status are kept as evidence.
///
/// ## Baseline
/// A baseline row opens the district's first interval on its date. Events dated before that
/// day are ignored for that district (``supersededEventCount``). Rows without a date hold from
/// ``start``: the earliest day among dated baseline rows and dated events (1970-01-01 when
/// nothing is dated).
///
/// ## Example
/// ```swift
/// let timeline = ControlTimeline(events: events, index: index)
/// timeline.status(of: "AF1310", on: Day(iso: "2021-06-23")!)  // .taliban
/// ```
public struct ControlTimeline: Sendable {
  /// Every district of the gazetteer, in pcode order.
  public let districts: [Place]
  /// Status intervals by district pcode, oldest first; districts never reported are absent.
  private let intervalsByDistrict: [String: [StatusInterval]]
  /// Day of the earliest dated event (of any type, mobilization included).
  public let firstEventDay: Day?
  /// Day of the latest dated event (of any type).
  public let lastEventDay: Day?
  /// The day undated baseline rows hold from (see "Baseline" above).
  public let start: Day
  /// Events ignored because they have no date.
  public let undatedEventCount: Int
  /// Control events that name no district the gazetteer knows (region level, unknown pcode).
  public let unplacedEventCount: Int
  /// Events dated before their district's baseline row.
  public let supersededEventCount: Int
  /// Mobilization per province.
  public let mobilization: MobilizationSummary
  /// The days on which something was reported about each district, ascending and distinct, by
  /// pcode: every dated control event applied to it (whether or not it changed or supported
  /// the status — a `contested` report about a Taliban-held district counts) and its baseline
  /// row's day. Events superseded by a baseline row are left out.
  private let reportDaysByDistrict: [String: [Day]]

  /// Folds `events` into status intervals.
  /// - Parameters:
  ///   - events: extracted events, in any order.
  ///   - baseline: optional start state.
  ///   - index: the gazetteer the events' pcodes come from.
  public init(events: [Event], baseline: Baseline? = nil, index: PlaceIndex) {
    districts = index.places(at: .district)
    mobilization = MobilizationSummary(events: events, index: index)
    let dated = events.compactMap(\.date)
    firstEventDay = dated.min()
    lastEventDay = dated.max()
    undatedEventCount = events.count { $0.date == nil }
    let baselineDays = baseline?.entries.compactMap(\.date) ?? []
    start = (dated + baselineDays).min() ?? Day(ordinal: 0)

    // Control statements by district.
    var statements: [String: [Statement]] = [:]
    var unplaced = 0
    for event in events {
      guard let day = event.date, let asserted = ControlStatus(asserting: event.type) else { continue }
      guard let (district, viaProvince) = Self.district(of: event.place, index: index) else {
        unplaced += 1
        continue
      }
      let evidence = StatusEvidence(
        source: .event(id: event.id, doc: event.doc, type: event.type, confidence: event.confidence),
        date: day, sentence: event.sentence, viaProvince: viaProvince)
      statements[district, default: []].append(
        Statement(day: day, type: event.type, asserted: asserted, confidence: event.confidence,
                  id: event.id, evidence: evidence))
    }
    unplacedEventCount = unplaced

    var result: [String: [StatusInterval]] = [:]
    var reportDays: [String: [Day]] = [:]
    var superseded = 0
    var seeds: [String: Baseline.Entry] = [:]
    for entry in baseline?.entries ?? [] { seeds[entry.pcode] = entry }
    for pcode in Set(statements.keys).union(seeds.keys) {
      var intervals: [StatusInterval] = []
      if let seed = seeds[pcode], let baseline {
        let from = seed.date ?? start
        intervals.append(StatusInterval(
          pcode: pcode, status: seed.status, validFrom: from,
          evidence: [StatusEvidence(source: .baseline(file: baseline.file, line: seed.line), date: from, sentence: "")]))
      }
      var ordered = (statements[pcode] ?? []).sorted(by: Statement.applicationOrder)
      if let from = intervals.first?.validFrom {
        let before = ordered.count
        ordered.removeAll { $0.day < from }
        superseded += before - ordered.count
      }
      var days = Set(ordered.map(\.day))
      if let from = intervals.first?.validFrom { days.insert(from) }
      reportDays[pcode] = days.sorted()
      var position = 0
      while position < ordered.count {
        let day = ordered[position].day
        var end = position
        while end < ordered.count, ordered[end].day == day { end += 1 }
        let group = ordered[position..<end]
        position = end
        var status = intervals.last?.status ?? .unknown
        for statement in group { status = statement.applied(to: status) }
        let support = group.filter { $0.asserted == status }.map(\.evidence)
        guard !support.isEmpty else { continue }
        if let current = intervals.last, current.status == status {
          intervals[intervals.count - 1].evidence += support
        } else {
          if !intervals.isEmpty { intervals[intervals.count - 1].validTo = day }
          // The last statement applied settled the day: it set the status and comes first;
          // the day's other supporting statements are its first confirmations.
          let opening = support[support.count - 1]
          intervals.append(StatusInterval(
            pcode: pcode, status: status, validFrom: day, evidence: [opening] + support.dropLast()))
        }
      }
      if !intervals.isEmpty { result[pcode] = intervals }
    }
    intervalsByDistrict = result
    reportDaysByDistrict = reportDays
    supersededEventCount = superseded
  }

  /// The district a control event applies to, and the province pcode when it was reported for
  /// the province as a whole.
  static func district(of place: EventPlace, index: PlaceIndex) -> (String, String?)? {
    switch place.level {
    case .district:
      guard index.place(id: place.pcode)?.level == .district else { return nil }
      return (place.pcode, nil)
    case .town:
      guard let district = index.place(id: place.pcode)?.districtPcode else { return nil }
      return (district, nil)
    case .province:
      guard let capital = index.districts(inProvince: place.pcode).first(where: \.isCapital) else {
        return nil
      }
      return (capital.id, place.pcode)
    case .region:
      return nil
    }
  }

  /// The status intervals of a district, oldest first (empty when it was never reported).
  public func intervals(of pcode: String) -> [StatusInterval] {
    intervalsByDistrict[pcode] ?? []
  }

  /// Every interval of every district, by pcode then start day.
  public var allIntervals: [StatusInterval] {
    intervalsByDistrict.keys.sorted().flatMap { intervalsByDistrict[$0] ?? [] }
  }

  /// The interval holding on `day`, as it was known at the end of that day: evidence dated
  /// later is dropped and an interval that ended later is shown as current.
  public func interval(of pcode: String, on day: Day) -> StatusInterval? {
    intervals(of: pcode).first { $0.contains(day) }.map { $0.known(through: day) }
  }

  /// The district's status at the end of `day` (`unknown` before its first report).
  public func status(of pcode: String, on day: Day) -> ControlStatus {
    intervals(of: pcode).first { $0.contains(day) }?.status ?? .unknown
  }

  /// The days something was reported about the district (see ``lastReport(of:on:)``),
  /// ascending; empty when nothing was.
  public func reportDays(of pcode: String) -> [Day] {
    reportDaysByDistrict[pcode] ?? []
  }

  /// The latest day on or before `day` on which something was reported about the district:
  /// a dated control event applied to it (also one that did not change its status, such as a
  /// `contested` report about a Taliban-held district), or its baseline row. Nil when nothing
  /// was reported by then.
  public func lastReport(of pcode: String, on day: Day) -> Day? {
    reportDays(of: pcode).last { $0 <= day }
  }

  /// Every district's state at the end of `day`.
  public func snapshot(on day: Day) -> ControlSnapshot {
    let states = districts.map { district -> DistrictState in
      guard let interval = interval(of: district.id, on: day) else {
        return DistrictState(pcode: district.id, status: .unknown, since: nil, sources: 0, evidence: "")
      }
      return DistrictState(
        pcode: district.id, status: interval.status, since: interval.validFrom,
        sources: interval.sourceCount, evidence: interval.evidenceSummary, evidenceID: interval.openingEventID,
        confirmations: interval.confirmations, lastReported: lastReport(of: district.id, on: day))
    }
    return ControlSnapshot(day: day, districts: states)
  }

  /// The intervals that had begun by `day`, as known at the end of that day (see
  /// ``interval(of:on:)``), by pcode then start day.
  public func intervals(through day: Day) -> [StatusInterval] {
    allIntervals.filter { $0.validFrom <= day }.map { $0.known(through: day) }
  }
}

/// One control statement of the fold: an event reduced to what ordering and evidence need.
private struct Statement {
  let day: Day
  let type: EventType
  let asserted: ControlStatus
  let confidence: Double
  let id: String
  let evidence: StatusEvidence

  /// Ascending day, then ascending priority (see "Same-day order" on ``ControlTimeline``).
  static func applicationOrder(_ a: Statement, _ b: Statement) -> Bool {
    if a.day != b.day { return a.day < b.day }
    if a.confidence != b.confidence { return a.confidence < b.confidence }
    if a.type.rank != b.type.rank { return a.type.rank > b.type.rank }
    return a.id > b.id
  }

  /// The status after this statement, given the status before it.
  func applied(to status: ControlStatus) -> ControlStatus {
    if asserted == .contested, status == .taliban { return .taliban }
    return asserted
  }
}

extension StatusInterval {
  /// The interval as known at the end of `day`: later evidence dropped, a later end removed.
  func known(through day: Day) -> StatusInterval {
    var copy = self
    copy.evidence = evidence.filter { $0.date <= day }
    if let end = validTo, end > day { copy.validTo = nil }
    return copy
  }
}

/// One district's state on a day.
public struct DistrictState: Sendable, Hashable {
  /// District pcode.
  public let pcode: String
  /// Status at the end of the day.
  public let status: ControlStatus
  /// First day of the current status (nil while `unknown`).
  public let since: Day?
  /// Distinct documents supporting the status so far.
  public let sources: Int
  /// Short evidence text (``StatusInterval/evidenceSummary``): the statement that set the
  /// status; empty while `unknown`.
  public let evidence: String
  /// The event ``evidence`` quotes (``StatusInterval/openingEventID``); nil while `unknown` or
  /// for a baseline row.
  public let evidenceID: String?
  /// Statements known by the day that confirmed the status after the one that set it
  /// (``StatusInterval/confirmations``); 0 while `unknown`.
  public let confirmations: Int
  /// The latest day on or before the snapshot's day on which anything was reported about the
  /// district (``ControlTimeline/lastReport(of:on:)``); nil when nothing was.
  public let lastReported: Day?

  public init(
    pcode: String, status: ControlStatus, since: Day?, sources: Int, evidence: String, evidenceID: String? = nil,
    confirmations: Int = 0, lastReported: Day? = nil
  ) {
    self.pcode = pcode
    self.status = status
    self.since = since
    self.sources = sources
    self.evidence = evidence
    self.evidenceID = evidenceID
    self.confirmations = confirmations
    self.lastReported = lastReported
  }

  /// Whole days from ``lastReported`` to `day` (0 when reported that day); nil when nothing
  /// was reported.
  public func ageInDays(on day: Day) -> Int? {
    lastReported.map { day.ordinal - $0.ordinal }
  }
}

/// Every district's state on one day.
public struct ControlSnapshot: Sendable, Hashable {
  /// The day.
  public let day: Day
  /// One state per district of the gazetteer, in pcode order.
  public let districts: [DistrictState]

  public init(day: Day, districts: [DistrictState]) {
    self.day = day
    self.districts = districts
  }

  /// Number of districts per status (every status present, zeros included).
  public var counts: [ControlStatus: Int] {
    var counts = Dictionary(uniqueKeysWithValues: ControlStatus.allCases.map { ($0, 0) })
    for district in districts { counts[district.status, default: 0] += 1 }
    return counts
  }
}
