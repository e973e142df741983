/// Frontline's one JSON text encoder: RFC 8259 strings and fixed-precision numbers, shared by
/// the feature encoders here and by FrontlineKit's `JSONValue` (events, API documents).
public enum JSONText {
  private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

  /// Appends `text` as a quoted JSON string.
  ///
  /// Escapes `"` and `\` and writes every control character below U+0020 as `\u00XX`
  /// ([RFC 8259 §7](https://datatracker.ietf.org/doc/html/rfc8259#section-7)). Everything else,
  /// including `/` and non-ASCII text such as Dari or Pashto names, is copied as raw UTF-8.
  public static func appendString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      var runStart = 0
      for index in 0..<bytes.count {
        let byte = bytes[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        if runStart < index {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        }
        out.append(UInt8(ascii: "\\"))
        if byte < 0x20 {
          out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
          out.append(hexDigits[Int(byte >> 4)])
          out.append(hexDigits[Int(byte & 0x0F)])
        } else {
          out.append(byte)
        }
        runStart = index + 1
      }
      if runStart < bytes.count {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  /// Appends ASCII text that needs no escaping (member names and fixed fragments).
  @inline(__always)
  static func appendRaw(_ text: StaticString, to out: inout [UInt8]) {
    out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Appends `value` with at most `decimals` decimals (clamped to 0…15), no exponent and no
  /// trailing zeros, rounded as `printf` rounds (``DecimalFormatter/Rounding/exact``), `-0` as
  /// `0`; `null` when it is NaN or infinite (JSON has neither).
  public static func appendNumber(_ value: Double, decimals: Int, to out: inout [UInt8]) {
    let places = min(max(decimals, 0), DecimalFormatter.maximumDecimals)
    let formatter = DecimalFormatter(decimals: places, rounding: .exact)!
    if !formatter.append(value, to: &out) { appendRaw("null", to: &out) }
  }

  /// `value` as ``appendNumber(_:decimals:to:)`` writes it (`69.7974`, `0.9`, `null`).
  public static func number(_ value: Double, decimals: Int) -> String {
    var out: [UInt8] = []
    appendNumber(value, decimals: decimals, to: &out)
    return String(decoding: out, as: UTF8.self)
  }
}
