import Chronology
import Extractor

/// A `datetime` query value reduced to calendar days: one day, or an interval whose ends may be
/// open ([OGC 17-069r4 §7.15.4](https://docs.ogc.org/is/17-069r4/17-069r4.html#_parameter_datetime)).
///
/// Accepted forms: `2021-07-01`, `2021-07-01T12:00:00Z` (RFC 3339; the calendar date is used,
/// since Frontline dates events by day), `2021-07-01/2021-07-31`, `../2021-07-31`,
/// `2021-07-01/..` (an empty end counts as open). Both ends open, an end before the start, or
/// anything else is a 400 problem.
public struct DayRange: Sendable, Hashable {
  /// First day, inclusive; nil when open.
  public let from: Day?
  /// Last day, inclusive; nil when open.
  public let to: Day?

  /// Creates a range; at least one end is expected.
  public init(from: Day?, to: Day?) {
    self.from = from
    self.to = to
  }

  /// Parses a `datetime` value.
  /// - Throws: ``ServerError/invalidParameter(name:value:expected:)``.
  public init(parsing text: String) throws {
    let expected = "a date (2021-07-01), a date-time (2021-07-01T00:00:00Z) or an interval (2021-07-01/2021-07-31, ../2021-07-31, 2021-07-01/..)"
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    func day(_ part: Substring) throws -> Day? {
      if part.isEmpty || part == ".." { return nil }
      guard let day = Self.day(in: part) else {
        throw ServerError.invalidParameter(name: "datetime", value: text, expected: expected)
      }
      return day
    }
    switch parts.count {
    case 1:
      guard let single = try day(parts[0]) else {
        throw ServerError.invalidParameter(name: "datetime", value: text, expected: expected)
      }
      self.init(from: single, to: single)
    case 2:
      let start = try day(parts[0])
      let end = try day(parts[1])
      guard start != nil || end != nil else {
        throw ServerError.invalidParameter(name: "datetime", value: text, expected: "at least one closed end; " + expected)
      }
      if let start, let end, start > end {
        throw ServerError.invalidParameter(name: "datetime", value: text, expected: "an interval whose start is not after its end")
      }
      self.init(from: start, to: end)
    default:
      throw ServerError.invalidParameter(name: "datetime", value: text, expected: expected)
    }
  }

  /// The calendar date of `YYYY-MM-DD` or an RFC 3339 date-time
  /// (`YYYY-MM-DDThh:mm:ss[.fff](Z|±hh:mm)`); nil for anything else.
  static func day(in text: Substring) -> Day? {
    guard text.count >= 10 else { return nil }
    let date = text.prefix(10)
    let rest = text.dropFirst(10)
    guard let day = Day(iso: date) else { return nil }
    if rest.isEmpty { return day }
    guard let first = rest.first, first == "T" || first == "t" else { return nil }
    let time = Array(rest.dropFirst().utf8)
    // hh:mm:ss
    guard time.count >= 9, isDigits(time[0...1]), time[2] == UInt8(ascii: ":"), isDigits(time[3...4]),
      time[5] == UInt8(ascii: ":"), isDigits(time[6...7])
    else { return nil }
    var position = 8
    if time[position] == UInt8(ascii: ".") {
      position += 1
      let start = position
      while position < time.count, isDigits(time[position...position]) { position += 1 }
      guard position > start, position < time.count else { return nil }
    }
    let zone = time[position...]
    if zone.count == 1, zone.first == UInt8(ascii: "Z") || zone.first == UInt8(ascii: "z") { return day }
    let offset = Array(zone)
    guard offset.count == 6, offset[0] == UInt8(ascii: "+") || offset[0] == UInt8(ascii: "-"),
      isDigits(offset[1...2]), offset[3] == UInt8(ascii: ":"), isDigits(offset[4...5])
    else { return nil }
    return day
  }

  private static func isDigits(_ bytes: some Collection<UInt8>) -> Bool {
    bytes.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
  }
}
