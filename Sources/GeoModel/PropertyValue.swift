/// The value of one GeoJSON feature property.
///
/// Only scalars are modelled; nested objects and arrays are not part of Frontline's output
/// schema and GIS clients flatten them poorly.
public enum PropertyValue: Hashable, Sendable {
  /// A JSON string.
  case string(String)
  /// A JSON number without fraction; GDAL types such a field `Integer` (or `Integer64`).
  case integer(Int)
  /// A JSON number with fraction; always written with a decimal point so GDAL types it `Real`.
  case double(Double)
  /// `true` or `false`.
  case bool(Bool)
  /// JSON `null`.
  case null
  /// A calendar date as ISO 8601 `YYYY-MM-DD`, written as a JSON string.
  ///
  /// GDAL's GeoJSON driver (3.6) types a field whose values all look like this as `Date`.
  /// The writer rejects text that does not have that shape.
  case date(String)
  /// An instant as ISO 8601 `YYYY-MM-DDTHH:MM:SSZ` (UTC, whole seconds), written as a JSON
  /// string; ``dateTime(startOf:)`` makes the one for midnight UTC starting a day.
  ///
  /// GDAL's GeoJSON driver (3.6) types a field whose values all look like this as `DateTime`,
  /// and the GeoPackage writer stores it in a `DATETIME` column as `YYYY-MM-DDTHH:MM:SS.000Z`
  /// (GeoPackage 1.3.1 Table 1). QGIS's temporal controller compares such fields with its own
  /// date-times directly, which it does not do reliably for `Date` fields. The writers reject
  /// text that does not have this shape.
  case dateTime(String)
}

extension PropertyValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
  ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral
{
  /// Creates `.string(value)`.
  /// - Parameter value: The literal.
  public init(stringLiteral value: String) { self = .string(value) }
  /// Creates `.integer(value)`.
  /// - Parameter value: The literal.
  public init(integerLiteral value: Int) { self = .integer(value) }
  /// Creates `.double(value)`.
  /// - Parameter value: The literal.
  public init(floatLiteral value: Double) { self = .double(value) }
  /// Creates `.bool(value)`.
  /// - Parameter value: The literal.
  public init(booleanLiteral value: Bool) { self = .bool(value) }
  /// Creates `.null`.
  /// - Parameter nilLiteral: Unused.
  public init(nilLiteral: ()) { self = .null }
}

extension PropertyValue {
  /// `.dateTime` for 00:00:00 UTC of the day `date` (`YYYY-MM-DD`): `2021-08-15T00:00:00Z`.
  /// - Parameter date: An ISO 8601 calendar date.
  public static func dateTime(startOf date: String) -> PropertyValue {
    .dateTime(date + "T00:00:00Z")
  }

  /// `.dateTime` for 23:59:59 UTC of the day `date` (`YYYY-MM-DD`), its last whole second:
  /// `2021-08-15T23:59:59Z`.
  /// - Parameter date: An ISO 8601 calendar date.
  public static func dateTime(endOf date: String) -> PropertyValue {
    .dateTime(date + "T23:59:59Z")
  }

  /// Whether `text` has the `YYYY-MM-DDTHH:MM:SSZ` shape (a ``isISODate(_:)`` date, then hours
  /// 00–23, minutes and seconds 00–59, then `Z`).
  /// - Parameter text: Candidate date-time text.
  /// - Returns: `true` when `.dateTime(text)` may be written.
  public static func isISODateTime(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 20, isISODate(String(decoding: bytes[0..<10], as: UTF8.self)),
      bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
      bytes[19] == UInt8(ascii: "Z")
    else { return false }
    func number(_ at: Int) -> Int? {
      let pair = bytes[at...(at + 1)]
      guard pair.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
      return Int(pair[at] - UInt8(ascii: "0")) * 10 + Int(pair[at + 1] - UInt8(ascii: "0"))
    }
    guard let hours = number(11), let minutes = number(14), let seconds = number(17) else { return false }
    return hours <= 23 && minutes <= 59 && seconds <= 59
  }

  /// Whether `text` has the `YYYY-MM-DD` shape (digits and dashes; month 01–12, day 01–31).
  /// - Parameter text: Candidate date text.
  /// - Returns: `true` when `.date(text)` may be written.
  public static func isISODate(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      return false
    }
    var digits: [Int] = []
    for (index, byte) in bytes.enumerated() where index != 4 && index != 7 {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return false }
      digits.append(Int(byte - UInt8(ascii: "0")))
    }
    let month = digits[4] * 10 + digits[5]
    let day = digits[6] * 10 + digits[7]
    return (1...12).contains(month) && (1...31).contains(day)
  }
}
