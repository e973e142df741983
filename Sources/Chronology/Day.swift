/// A calendar day in the proleptic Gregorian calendar, with no time zone: the unit in which
/// Frontline dates events. Written and parsed as ISO 8601 `YYYY-MM-DD`.
public struct Day: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
  /// Days since 1970-01-01 (negative before).
  public let ordinal: Int

  /// The day `ordinal` days after 1970-01-01.
  public init(ordinal: Int) { self.ordinal = ordinal }

  /// The day with this year, month (1…12) and day of month (1…31); nil when it does not exist.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year) else {
      return nil
    }
    // Days from civil (Howard Hinnant's algorithm, public domain description).
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    self.ordinal = era * 146_097 + doe - 719_468
  }

  /// Parses `YYYY-MM-DD`; nil for anything else or a day that does not exist.
  public init?(iso text: some StringProtocol) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Year, month and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    let z = ordinal + 719_468
    let era = (z >= 0 ? z : z - 146_096) / 146_097
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }

  /// Day of the week, 0 = Sunday … 6 = Saturday.
  public var weekday: Int {
    let w = (ordinal + 4) % 7  // 1970-01-01 was a Thursday
    return w < 0 ? w + 7 : w
  }

  /// The day `days` later (earlier when negative).
  public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

  /// ISO 8601 `YYYY-MM-DD`.
  ///
  /// (Years 0–9999 are written digit by digit into the string, as the padded interpolation
  /// below writes them: that made five strings, about 2 600 instructions a day, 13 M of
  /// `extract` on the 1 MB stream; callgrind, issue #16.)
  public var description: String {
    let (y, m, d) = components
    guard (0...9999).contains(y) else {
      return "\(String(y).leftPadded(to: 4))-\(String(m).leftPadded(to: 2))-\(String(d).leftPadded(to: 2))"
    }
    return String(unsafeUninitializedCapacity: 10) { buffer in
      func digit(_ value: Int) -> UInt8 { UInt8(truncatingIfNeeded: 0x30 + value) }
      buffer[0] = digit(y / 1000)
      buffer[1] = digit(y / 100 % 10)
      buffer[2] = digit(y / 10 % 10)
      buffer[3] = digit(y % 10)
      buffer[4] = UInt8(ascii: "-")
      buffer[5] = digit(m / 10)
      buffer[6] = digit(m % 10)
      buffer[7] = UInt8(ascii: "-")
      buffer[8] = digit(d / 10)
      buffer[9] = digit(d % 10)
      return 10
    }
  }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let day = Day(iso: text) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "'\(text)' is not a date of the form YYYY-MM-DD")
    }
    self = day
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }
}

extension String {
  func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
