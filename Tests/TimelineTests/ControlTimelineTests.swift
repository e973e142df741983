import Extractor
import Gazetteer
import Testing
@testable import Timeline

@Suite struct ControlTimelineTests {
  typealias F = Fixtures

  /// One district's statuses on the given days after folding `events`.
  struct Case: CustomTestStringConvertible, Sendable {
    let name: String
    let events: [Event]
    let pcode: String
    let expected: [(String, ControlStatus)]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "capture makes the district taliban from its day",
      events: [F.event("a#1", .captured, F.chamkani, "2021-06-23")], pcode: F.chamkani,
      expected: [("2021-06-22", .unknown), ("2021-06-23", .taliban), ("2021-12-31", .taliban)]),
    Case(
      name: "recapture makes a taliban district government",
      events: [
        F.event("a#1", .captured, F.chamkani, "2021-06-23"),
        F.event("b#1", .recaptured, F.chamkani, "2021-07-01"),
      ], pcode: F.chamkani,
      expected: [("2021-06-30", .taliban), ("2021-07-01", .government)]),
    Case(
      name: "retreated_to makes the district government",
      events: [
        F.event("a#1", .captured, F.chamkani, "2021-06-23"),
        F.event("b#1", .retreatedTo, F.chamkani, "2021-06-25"),
      ], pcode: F.chamkani,
      expected: [("2021-06-24", .taliban), ("2021-06-25", .government)]),
    Case(
      name: "contested holds until the next capture",
      events: [
        F.event("a#1", .contested, F.abBand, "2021-06-10"),
        F.event("b#1", .captured, F.abBand, "2021-06-23"),
      ], pcode: F.abBand,
      expected: [("2021-06-09", .unknown), ("2021-06-10", .contested), ("2021-06-22", .contested), ("2021-06-23", .taliban)]),
    Case(
      name: "contested holds until the next recapture",
      events: [
        F.event("a#1", .contested, F.abBand, "2021-06-10"),
        F.event("b#1", .recaptured, F.abBand, "2021-06-12"),
      ], pcode: F.abBand,
      expected: [("2021-06-11", .contested), ("2021-06-12", .government)]),
    Case(
      name: "contested report about a taliban district keeps it taliban",
      events: [
        F.event("a#1", .captured, F.abBand, "2021-06-10"),
        F.event("b#1", .contested, F.abBand, "2021-06-12"),
      ], pcode: F.abBand,
      expected: [("2021-06-12", .taliban), ("2021-07-01", .taliban)]),
    Case(
      name: "contested report about a government district makes it contested",
      events: [
        F.event("a#1", .recaptured, F.abBand, "2021-06-10"),
        F.event("b#1", .contested, F.abBand, "2021-06-12"),
      ], pcode: F.abBand,
      expected: [("2021-06-11", .government), ("2021-06-12", .contested)]),
    Case(
      name: "same day: the more confident statement settles the day",
      events: [
        F.event("a#1", .captured, F.chamkani, "2021-06-23", confidence: 0.95),
        F.event("b#1", .recaptured, F.chamkani, "2021-06-23", confidence: 0.8),
      ], pcode: F.chamkani, expected: [("2021-06-23", .taliban)]),
    Case(
      name: "same day: the more confident recapture beats a capture",
      events: [
        F.event("a#1", .captured, F.chamkani, "2021-06-23", confidence: 0.7),
        F.event("b#1", .recaptured, F.chamkani, "2021-06-23", confidence: 0.9),
      ], pcode: F.chamkani, expected: [("2021-06-23", .government)]),
    Case(
      name: "same day and confidence: the capture outranks the recapture",
      events: [
        F.event("b#1", .recaptured, F.chamkani, "2021-06-23"),
        F.event("a#1", .captured, F.chamkani, "2021-06-23"),
      ], pcode: F.chamkani, expected: [("2021-06-23", .taliban)]),
    Case(
      name: "province-level capture applies to the capital district",
      events: [F.event("a#1", .captured, "AF19", "2021-08-08")], pcode: "AF1901",
      expected: [("2021-08-07", .unknown), ("2021-08-08", .taliban)]),
    Case(
      name: "undated events are ignored",
      events: [F.event("a#1", .captured, F.chamkani, nil)], pcode: F.chamkani,
      expected: [("2021-06-23", .unknown)]),
    Case(
      name: "mobilization does not change control",
      events: [F.event("a#1", .mobilization, F.chamkani, "2021-06-23")], pcode: F.chamkani,
      expected: [("2021-06-23", .unknown)]),
  ]

  @Test(arguments: cases)
  func statusFollowsTheRules(_ testCase: Case) {
    let timeline = ControlTimeline(events: testCase.events, index: F.index)
    for (date, status) in testCase.expected {
      #expect(timeline.status(of: testCase.pcode, on: F.day(date)) == status, "\(date)")
    }
  }

  @Test func sameDayOrderDoesNotDependOnInputOrder() {
    let events = [
      F.event("a#1", .captured, F.chamkani, "2021-06-23"),
      F.event("a#2", .recaptured, F.chamkani, "2021-06-23"),
      F.event("b#1", .contested, F.chamkani, "2021-06-23"),
      F.event("c#1", .retreatedTo, F.chamkani, "2021-06-23"),
    ]
    let forward = ControlTimeline(events: events, index: F.index)
    let backward = ControlTimeline(events: events.reversed(), index: F.index)
    #expect(forward.intervals(of: F.chamkani) == backward.intervals(of: F.chamkani))
    #expect(forward.status(of: F.chamkani, on: F.day("2021-06-23")) == .taliban)
    #expect(forward.intervals(of: F.chamkani).map(\.evidence.count) == [1])
  }

  @Test func intervalsEndOnTheFirstDayOfTheNextInterval() {
    let timeline = ControlTimeline(
      events: [
        F.event("a#1", .contested, F.chamkani, "2021-06-20"),
        F.event("b#1", .captured, F.chamkani, "2021-06-23"),
        F.event("c#1", .recaptured, F.chamkani, "2021-08-20"),
      ], index: F.index)
    let intervals = timeline.intervals(of: F.chamkani)
    #expect(intervals.map(\.status) == [.contested, .taliban, .government])
    #expect(intervals.map(\.validFrom) == [F.day("2021-06-20"), F.day("2021-06-23"), F.day("2021-08-20")])
    #expect(intervals.map(\.validTo) == [F.day("2021-06-23"), F.day("2021-08-20"), nil])
    #expect(intervals.map { $0.evidence.map(\.id) } == [["a#1"], ["b#1"], ["c#1"]])
  }

  @Test func confirmingReportsAddEvidenceNotIntervals() {
    let timeline = ControlTimeline(
      events: [
        F.event("a#1", .captured, F.chamkani, "2021-06-23"),
        F.event("b#1", .captured, F.chamkani, "2021-06-24"),
        F.event("b#2", .captured, F.chamkani, "2021-06-24"),
      ], index: F.index)
    let intervals = timeline.intervals(of: F.chamkani)
    #expect(intervals.count == 1)
    #expect(intervals[0].sourceCount == 2)
    let snapshot = timeline.snapshot(on: F.day("2021-06-23"))
    let state = snapshot.districts.first { $0.pcode == F.chamkani }
    #expect(state?.sources == 1, "evidence dated later is not known yet")
    #expect(state?.since == F.day("2021-06-23"))
    #expect(state?.evidence.hasPrefix("captured 2021-06-23 (a#1): ") == true)
  }

  /// Issue #14 item 7: Kabul was "taliban since 08-15" with an 08-23 sentence as evidence.
  @Test func evidenceIsTheStatementThatSetTheStatusWithLaterConfirmationsCounted() throws {
    let timeline = ControlTimeline(
      events: [
        F.event("a#1", .captured, F.chamkani, "2021-06-23"),
        F.event("b#1", .captured, F.chamkani, "2021-06-25", confidence: 0.95),
        F.event("c#1", .captured, F.chamkani, "2021-07-02"),
      ], index: F.index)
    let interval = try #require(timeline.intervals(of: F.chamkani).first)
    #expect(interval.opening?.id == "a#1")
    #expect(interval.evidence.map(\.id) == ["a#1", "b#1", "c#1"])
    #expect(interval.confirmations == 2)
    #expect(interval.openingEventID == "a#1")
    #expect(interval.evidenceSummary.hasPrefix("captured 2021-06-23 (a#1): "))
    #expect(interval.evidenceSummary.hasSuffix(" (+2 confirmations)"))

    let late = try #require(timeline.snapshot(on: F.day("2021-08-15")).districts.first { $0.pcode == F.chamkani })
    #expect(late.evidenceID == "a#1", "not the latest statement, c#1")
    #expect(late.evidence.hasPrefix("captured 2021-06-23 (a#1): "))
    #expect(late.confirmations == 2)
    // As known on 06-25: one confirmation so far.
    let early = try #require(timeline.snapshot(on: F.day("2021-06-25")).districts.first { $0.pcode == F.chamkani })
    #expect(early.confirmations == 1)
    #expect(early.evidence.hasSuffix(" (+1 confirmation)"))
  }

  @Test func theStatementThatSettledTheFirstDayOpensTheIntervalAndTheDaysOthersConfirmIt() throws {
    let timeline = ControlTimeline(
      events: [
        F.event("a#1", .captured, F.chamkani, "2021-06-23", confidence: 0.95),
        F.event("b#1", .captured, F.chamkani, "2021-06-23", confidence: 0.7),
      ], index: F.index)
    let interval = try #require(timeline.intervals(of: F.chamkani).first)
    #expect(interval.evidence.map(\.id) == ["a#1", "b#1"], "the more confident statement settled the day")
    #expect(interval.confirmations == 1)
  }

  @Test func lastReportCountsEveryControlReportAboutTheDistrictUpToTheDay() throws {
    let timeline = ControlTimeline(
      events: [
        F.event("a#1", .contested, F.abBand, "2021-06-06"),
        F.event("b#1", .captured, F.chamkani, "2021-06-23"),
        // Not evidence (the district stays taliban), but a report about it.
        F.event("c#1", .contested, F.chamkani, "2021-07-10"),
        F.event("d#1", .mobilization, F.chamkani, "2021-08-01"),
      ], index: F.index)
    #expect(timeline.reportDays(of: F.chamkani) == [F.day("2021-06-23"), F.day("2021-07-10")])
    #expect(timeline.lastReport(of: F.chamkani, on: F.day("2021-07-09")) == F.day("2021-06-23"))
    #expect(timeline.lastReport(of: F.chamkani, on: F.day("2021-08-15")) == F.day("2021-07-10"))
    #expect(timeline.lastReport(of: F.chamkani, on: F.day("2021-06-22")) == nil)
    let snapshot = timeline.snapshot(on: F.day("2021-08-15"))
    let abBand = try #require(snapshot.districts.first { $0.pcode == F.abBand })
    #expect(abBand.status == .contested)
    #expect(abBand.lastReported == F.day("2021-06-06"))
    #expect(abBand.ageInDays(on: snapshot.day) == 70)
    let chamkani = try #require(snapshot.districts.first { $0.pcode == F.chamkani })
    #expect(chamkani.ageInDays(on: snapshot.day) == 36)
    let never = try #require(snapshot.districts.first { $0.pcode == F.janiKhel })
    #expect(never.lastReported == nil && never.ageInDays(on: snapshot.day) == nil)
  }

  @Test func provinceLevelEvidenceSaysItWasAppliedToTheCapital() throws {
    let timeline = ControlTimeline(events: [F.event("a#1", .captured, "AF19", "2021-08-08")], index: F.index)
    let interval = try #require(timeline.intervals(of: "AF1901").first)
    #expect(interval.evidence.first?.viaProvince == "AF19")
    #expect(interval.evidenceSummary.contains("report on province AF19, applied to its capital"))
  }

  @Test func countsUndatedAndUnplacedEvents() {
    let timeline = ControlTimeline(
      events: [
        F.event("a#1", .captured, F.chamkani, nil),
        F.event("a#2", .captured, "region:north", "2021-08-01"),
        F.event("a#3", .captured, F.janiKhel, "2021-06-23"),
      ], index: F.index)
    #expect(timeline.undatedEventCount == 1)
    #expect(timeline.unplacedEventCount == 1)
    #expect(timeline.firstEventDay == F.day("2021-06-23"))
    #expect(timeline.lastEventDay == F.day("2021-08-01"))
  }

  @Test func snapshotCoversEveryDistrict() {
    let timeline = ControlTimeline(events: [F.event("a#1", .captured, F.chamkani, "2021-06-23")], index: F.index)
    let snapshot = timeline.snapshot(on: F.day("2021-06-23"))
    #expect(snapshot.districts.count == 399)
    #expect(snapshot.counts == [.taliban: 1, .contested: 0, .government: 0, .unknown: 398])
    let before = timeline.snapshot(on: F.day("2021-06-22"))
    #expect(before.districts.first { $0.pcode == F.chamkani }?.since == nil)
  }

  @Test func intervalsThroughADayCutLaterChanges() {
    let timeline = ControlTimeline(
      events: [
        F.event("a#1", .captured, F.chamkani, "2021-06-23"),
        F.event("b#1", .recaptured, F.chamkani, "2021-08-20"),
      ], index: F.index)
    let known = timeline.intervals(through: F.day("2021-07-01"))
    #expect(known.count == 1)
    #expect(known[0].validTo == nil)
  }
}
