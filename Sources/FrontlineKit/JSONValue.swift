import Foundation
import GeoJSON

/// A JSON value whose objects keep the order their keys were given in, rendered as compact,
/// deterministic text (no spaces, `/` unescaped, non-ASCII kept as UTF-8) by Writers'
/// `JSONText`.
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
    var bytes: [UInt8] = []
    render(into: &bytes)
    out += String(decoding: bytes, as: UTF8.self)
  }

  /// Appends the compact JSON text, as UTF-8, to `out`; strings and numbers are written by
  /// Writers' `JSONText`, the encoder of every JSON Frontline writes.
  public func render(into out: inout [UInt8]) {
    switch self {
    case .string(let s): JSONText.appendString(s, to: &out)
    case .integer(let i): out.append(contentsOf: String(i).utf8)
    case .number(let d, let decimals): JSONText.appendNumber(d, decimals: decimals, to: &out)
    case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
    case .null: out.append(contentsOf: "null".utf8)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (i, item) in items.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        item.render(into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      out.append(UInt8(ascii: "{"))
      for (i, (key, value)) in members.enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        JSONText.appendString(key, to: &out)
        out.append(UInt8(ascii: ":"))
        value.render(into: &out)
      }
      out.append(UInt8(ascii: "}"))
    }
  }

  /// A number as JSON text: at most `decimals` decimals, no exponent, no trailing zeros,
  /// `null` when not finite (`JSONText.number`).
  public static func format(_ value: Double, decimals: Int) -> String {
    JSONText.number(value, decimals: decimals)
  }
}
