import Extractor
import Testing
@testable import Timeline

@Suite struct MobilizationSummaryTests {
  typealias F = Fixtures

  @Test func regionEventCountsForEachOfItsProvinces() throws {
    let summary = MobilizationSummary(
      events: [
        F.event("a#1", .mobilization, "region:northeast", "2021-06-25"),
        F.event("b#1", .mobilization, "AF19", "2021-07-01"),
        F.event("c#1", .mobilization, "AF1901", "2021-07-03"),
        F.event("d#1", .mobilization, "AF17", nil),
        F.event("e#1", .captured, "AF19", "2021-08-08"),
      ], index: F.index)
    let provinces = summary.provinces()
    #expect(provinces.map(\.pcode) == ["AF09", "AF17", "AF18", "AF19"])
    let kunduz = try #require(provinces.last)
    #expect(kunduz.firstDate == F.day("2021-06-25"))
    #expect(kunduz.lastDate == F.day("2021-07-03"))
    #expect(kunduz.reports == 3)
    #expect(kunduz.eventIDs == ["a#1", "b#1", "c#1"])
    #expect(provinces[1].reports == 1, "the undated Badakhshan report is left out")
    #expect(summary.undatedCount == 1)
  }

  @Test func summaryThroughADayCountsOnlyEarlierReports() throws {
    let summary = MobilizationSummary(
      events: [
        F.event("a#1", .mobilization, "AF19", "2021-06-25"),
        F.event("b#1", .mobilization, "AF19", "2021-07-01"),
        F.event("c#1", .mobilization, "AF17", "2021-07-05"),
      ], index: F.index)
    let early = summary.provinces(through: F.day("2021-06-30"))
    #expect(early.map(\.pcode) == ["AF19"])
    #expect(early.first?.reports == 1)
    #expect(early.first?.lastDate == F.day("2021-06-25"))
    #expect(summary.provinces(through: F.day("2021-06-01")).isEmpty)
  }

  @Test func sameEventTwiceCountsOnce() {
    let event = F.event("a#1", .mobilization, "AF19", "2021-06-25")
    let summary = MobilizationSummary(events: [event, event], index: F.index)
    #expect(summary.provinces().first?.reports == 1)
  }
}
