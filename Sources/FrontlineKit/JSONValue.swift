import Foundation

/// A JSON value whose objects keep the order their keys were given in, rendered as compact,
/// deterministic text (no spaces, `/` unescaped, non-ASCII kept as UTF-8).
///
/// Used for every JSON the CLI prints, so that output is byte-identical run to run.
public indirect enum JSONValue: Sendable, Hashable {
  case string(String)
  case integer(Int)
  /// A number printed with at most `decimals` decimals, trailing zeros removed.
  case number(Double, decimals: Int)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.rendered == rhs.rendered }
  public func hash(into hasher: inout Hasher) { hasher.combine(rendered) }

  /// The compact JSON text.
  public var rendered: String {
    var out = ""
    render(into: &out)
    return out
  }

  /// Appends the compact JSON text to `out`.
  public func render(into out: inout String) {
    switch self {
    case .string(let s): JSONValue.appendQuoted(s, to: &out)
    case .integer(let i): out += String(i)
    case .number(let d, let decimals): out += JSONValue.format(d, decimals: decimals)
    case .bool(let b): out += b ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        item.render(into: &out)
      }
      out += "]"
    case .object(let members):
      out += "{"
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { out += "," }
        JSONValue.appendQuoted(key, to: &out)
        out += ":"
        value.render(into: &out)
      }
      out += "}"
    }
  }

  /// Formats a finite number with at most `decimals` decimals, no exponent, no trailing zeros;
  /// non-finite numbers become `null` (JSON has no NaN).
  public static func format(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return "null" }
    var text = String(format: "%.\(decimals)f", value)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    if text == "-0" { text = "0" }
    return text
  }

  /// Appends `s` as a JSON string literal (RFC 8259 §7).
  public static func appendQuoted(_ s: String, to out: inout String) {
    out += "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case let c where c.value < 0x20:
        out += String(format: "\\u%04x", c.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
  }
}
