import Foundation

/// The decoded `name=value` pairs of a query string, each name at most once.
///
/// Names and values are percent-decoded (RFC 3986 §2.1); `+` is kept as it is, because
/// RFC 3339 time zones (`+04:30`) use it. A name given twice, bad percent-encoding or a name
/// the endpoint does not define is a 400 problem.
struct QueryParameters: Sendable {
  private var values: [String: String] = [:]

  /// Parses `query` (without the `?`) and checks every name against `allowed`.
  /// - Throws: ``ServerError``.
  init(_ query: String?, allowed: [String]) throws {
    guard let query, !query.isEmpty else { return }
    for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
      let (rawName, rawValue) = pair.firstIndex(of: "=").map { (pair[..<$0], pair[pair.index(after: $0)...]) }
        ?? (pair, Substring(""))
      guard let name = String(rawName).removingPercentEncoding else {
        throw ServerError.invalidParameter(name: String(rawName), value: String(rawValue), expected: "valid percent-encoding")
      }
      guard let value = String(rawValue).removingPercentEncoding else {
        throw ServerError.invalidParameter(name: name, value: String(rawValue), expected: "valid percent-encoding")
      }
      guard allowed.contains(name) else { throw ServerError.unknownParameter(name: name, allowed: allowed) }
      guard values[name] == nil else {
        throw ServerError.invalidParameter(name: name, value: value, expected: "the parameter once, not twice")
      }
      values[name] = value
    }
  }

  /// The value of `name`, if given.
  subscript(name: String) -> String? { values[name] }

  /// An integer in `range`, `defaultValue` when absent.
  /// - Throws: ``ServerError/invalidParameter(name:value:expected:)``.
  func integer(_ name: String, in range: ClosedRange<Int>, default defaultValue: Int) throws -> Int {
    guard let text = values[name] else { return defaultValue }
    guard let value = Int(text), range.contains(value) else {
      throw ServerError.invalidParameter(name: name, value: text, expected: "an integer from \(range.lowerBound) to \(range.upperBound)")
    }
    return value
  }

  /// A finite decimal number in `range`, or nil when absent.
  /// - Throws: ``ServerError/invalidParameter(name:value:expected:)``.
  func number(_ name: String, in range: ClosedRange<Double>, meaning: String) throws -> Double? {
    guard let text = values[name] else { return nil }
    guard let value = Double(text.trimmingCharacters(in: .whitespaces)), value.isFinite, range.contains(value) else {
      throw ServerError.invalidParameter(
        name: name, value: text, expected: "\(meaning), a number from \(Self.format(range.lowerBound)) to \(Self.format(range.upperBound))")
    }
    return value
  }

  /// `f`: only JSON is offered (GeoJSON for features).
  /// - Throws: ``ServerError/invalidParameter(name:value:expected:)`` for other formats.
  func checkFormat() throws {
    guard let format = values["f"] else { return }
    let accepted = ["json", "geojson", "application/json", "application/geo+json"]
    guard accepted.contains(format.lowercased()) else {
      throw ServerError.invalidParameter(name: "f", value: format, expected: "json or geojson (the only formats served)")
    }
  }

  private static func format(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }
}
