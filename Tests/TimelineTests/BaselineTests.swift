import Extractor
import Testing
@testable import Timeline

@Suite struct BaselineTests {
  typealias F = Fixtures

  @Test func baselineSeedsTheStartState() throws {
    let baseline = try Baseline(
      csv: "pcode,status,date\nAF1310,government,2021-05-01\nAF1113,contested\n", file: "b.csv", index: F.index)
    let timeline = ControlTimeline(
      events: [F.event("a#1", .captured, F.chamkani, "2021-06-23")], baseline: baseline, index: F.index)
    #expect(timeline.status(of: F.chamkani, on: F.day("2021-04-30")) == .unknown)
    #expect(timeline.status(of: F.chamkani, on: F.day("2021-05-01")) == .government)
    #expect(timeline.status(of: F.chamkani, on: F.day("2021-06-23")) == .taliban)
    // An undated row holds from the start of the record (the earliest dated day).
    #expect(timeline.start == F.day("2021-05-01"))
    #expect(timeline.status(of: F.abBand, on: F.day("2021-05-01")) == .contested)
    let first = try #require(timeline.intervals(of: F.chamkani).first)
    #expect(first.evidence.map(\.id) == ["baseline:b.csv:2"])
    #expect(first.evidenceSummary == "baseline b.csv:2")
    // A baseline row is a report on its day; an undated one on the start of the record.
    #expect(timeline.reportDays(of: F.chamkani) == [F.day("2021-05-01"), F.day("2021-06-23")])
    #expect(timeline.lastReport(of: F.abBand, on: F.day("2021-06-30")) == F.day("2021-05-01"))
  }

  @Test func eventsBeforeTheBaselineDateAreSuperseded() throws {
    let baseline = try Baseline(csv: "pcode,status,date\nAF1310,government,2021-07-01\n", file: "b.csv", index: F.index)
    let timeline = ControlTimeline(
      events: [F.event("a#1", .captured, F.chamkani, "2021-06-23")], baseline: baseline, index: F.index)
    #expect(timeline.supersededEventCount == 1)
    #expect(timeline.status(of: F.chamkani, on: F.day("2021-06-23")) == .unknown)
    #expect(timeline.status(of: F.chamkani, on: F.day("2021-07-02")) == .government)
  }

  @Test func headerWithCRLFAndBOMIsAccepted() throws {
    let baseline = try Baseline(csv: "\u{FEFF}PCODE,Status\r\nAF1310, taliban \r\n\r\n", file: "b.csv", index: F.index)
    #expect(baseline.entries == [Baseline.Entry(pcode: "AF1310", status: .taliban, date: nil, line: 2)])
  }

  static let malformed: [(String, BaselineError)] = [
    ("AF1310,taliban\n", .missingHeader(file: "b.csv", found: "AF1310,taliban")),
    ("", .missingHeader(file: "b.csv", found: "")),
    ("pcode,status\nAF9999,taliban\n", .unknownPcode(file: "b.csv", line: 2, value: "AF9999", suggestion: nil)),
    ("pcode,status\nSamkani,taliban\n", .unknownPcode(file: "b.csv", line: 2, value: "Samkani", suggestion: "AF1310 (Chamkani)")),
    ("pcode,status\nAF1310,held\n", .unknownStatus(file: "b.csv", line: 2, value: "held")),
    ("pcode,status\nAF1310,unknown\n", .unknownStatus(file: "b.csv", line: 2, value: "unknown")),
    ("pcode,status,date\nAF1310,taliban,2021-02-30\n", .badDate(file: "b.csv", line: 2, value: "2021-02-30")),
    ("pcode,status\nAF1310,taliban,2021-06-01\n", .wrongFieldCount(file: "b.csv", line: 2, expected: 2, found: 3)),
    ("pcode,status\nAF1310,taliban\nAF1310,government\n", .duplicateDistrict(file: "b.csv", line: 3, pcode: "AF1310", firstLine: 2)),
  ]

  @Test(arguments: malformed)
  func malformedBaselineNamesFileAndLine(_ text: String, _ expected: BaselineError) {
    #expect(throws: expected) { try Baseline(csv: text, file: "b.csv", index: F.index) }
  }

  @Test func errorMessagesNameFileLineAndFix() {
    #expect(BaselineError.unknownStatus(file: "b.csv", line: 4, value: "held").description
      == "b.csv:4: unknown status 'held' (use taliban, contested or government)")
    #expect(BaselineError.badDate(file: "b.csv", line: 2, value: "x").description
      == "b.csv:2: 'x' is not a date of the form YYYY-MM-DD")
    #expect(BaselineError.unknownPcode(file: "b.csv", line: 3, value: "AF9999", suggestion: nil).description
      .hasPrefix("b.csv:3: 'AF9999' is not a district pcode of the gazetteer"))
  }

  @Test func missingFileIsUnreadable() {
    #expect(throws: BaselineError.unreadable(file: "/nonexistent/b.csv", reason: "no such file (or not readable)")) {
      try Baseline(contentsOf: "/nonexistent/b.csv", index: F.index)
    }
  }
}
