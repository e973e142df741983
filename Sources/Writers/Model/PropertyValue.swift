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
