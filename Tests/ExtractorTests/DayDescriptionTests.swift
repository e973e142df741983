import Chronology
import Testing

/// `Day.description` writes the digits of years 0–9999 itself; it must give the padded
/// interpolation it replaced.
@Suite struct DayDescriptionTests {
  static func padded(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
  }

  @Test func everyDayOfTwoCenturiesAndTheEdges() {
    var days: [Day] = []
    var day = Day(year: 1900, month: 1, day: 1)!
    while day < Day(year: 2101, month: 1, day: 1)! {
      days.append(day)
      day = day.adding(days: 1)
    }
    for year in [-10_000, -1, 0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10_000, 12_345] {
      let first = Day(year: year, month: 1, day: 1)
      if let first { days += [first.adding(days: -1), first, first.adding(days: 59), first.adding(days: 364)] }
    }
    var disagreements: [String] = []
    for day in days {
      let (y, m, d) = day.components
      let expected = "\(Self.padded(y, 4))-\(Self.padded(m, 2))-\(Self.padded(d, 2))"
      if day.description != expected { disagreements.append(expected) }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    #expect(days.count > 73_000)
  }
}
