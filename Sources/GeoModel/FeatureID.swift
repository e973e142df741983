/// A feature identifier: a string or an integer
/// ([RFC 7946 §3.2](https://datatracker.ietf.org/doc/html/rfc7946#section-3.2)).
///
/// Prefer IDs derived from content (article ID + rule + span) over counters, so output stays
/// identical however many workers produced it.
public enum FeatureID: Hashable, Sendable {
  /// Written as a JSON string.
  case string(String)
  /// Written as a JSON number.
  case integer(Int)
}

extension FeatureID: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
  /// Creates `.string(value)`.
  /// - Parameter value: The literal.
  public init(stringLiteral value: String) { self = .string(value) }
  /// Creates `.integer(value)`.
  /// - Parameter value: The literal.
  public init(integerLiteral value: Int) { self = .integer(value) }
}
