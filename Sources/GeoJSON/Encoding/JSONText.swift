/// Frontline's one JSON text encoder: RFC 8259 strings and fixed-precision numbers, shared by
/// the feature encoders here and by FrontlineKit's `JSONValue` (events, API documents); and the
/// escapes the two byte-level string decoders read (`BoundaryParser` here, FrontlineKit's
/// `ReportReader.stringObject`).
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
      var index = 0
      while index < bytes.count {
        // Eight bytes at a time past those that need no escape (byte by byte, this loop was
        // 13 M instructions of `extract` on the 1 MB stream: callgrind, issue #16).
        if bytes.count - index >= 8,
          !needsEscape(UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
        {
          index += 8
          continue
        }
        let byte = bytes[index]
        index += 1
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        if runStart < index - 1 {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<(index - 1)]))
        }
        out.append(UInt8(ascii: "\\"))
        if byte < 0x20 {
          out.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
          out.append(hexDigits[Int(byte >> 4)])
          out.append(hexDigits[Int(byte & 0x0F)])
        } else {
          out.append(byte)
        }
        runStart = index
      }
      if runStart < bytes.count {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  /// Whether one of the eight bytes of `chunk` is below 0x20, `"` or `\`: a byte of zero in
  /// `chunk` less 0x20 in each byte, or in `chunk` xor `"`, or xor `\` (each test's top bit
  /// is set for some byte exactly when one byte is such: a false one can only follow a true
  /// one, in a higher byte, through a borrow).
  @inline(__always)
  static func needsEscape(_ chunk: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let high: UInt64 = 0x8080_8080_8080_8080
    func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & high != 0 }
    let belowSpace = (chunk &- (0x20 &* ones)) & ~chunk & high != 0
    return belowSpace || hasZeroByte(chunk ^ (0x22 &* ones)) || hasZeroByte(chunk ^ (0x5C &* ones))
  }

  /// Appends ASCII text that needs no escaping (member names and fixed fragments).
  @inlinable
  public static func appendRaw(_ text: StaticString, to out: inout [UInt8]) {
    out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// The byte a one-character escape stands for (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`:
  /// the byte after the backslash is `escape`), or nil for any other (`\u` included), RFC 8259 §7.
  @inlinable
  public static func unescaped(_ escape: UInt8) -> UInt8? {
    switch escape {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): escape
    case UInt8(ascii: "b"): 0x08
    case UInt8(ascii: "f"): 0x0C
    case UInt8(ascii: "n"): 0x0A
    case UInt8(ascii: "r"): 0x0D
    case UInt8(ascii: "t"): 0x09
    default: nil
    }
  }

  /// The value of a hexadecimal digit byte (0–9, A–F, a–f), or nil: the digits of a `\u` escape.
  @inlinable
  public static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
    case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
    default: nil
    }
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
