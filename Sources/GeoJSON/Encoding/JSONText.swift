/// Frontline's one JSON text encoder: RFC 8259 strings and fixed-precision numbers, shared by
/// the feature encoders here and by FrontlineKit's `JSONValue` (events, API documents); and the
/// escapes the two byte-level string decoders read (`BoundaryParser` here, FrontlineKit's
/// `ReportReader.stringObject`).
public enum JSONText {
  /// The upper-case hexadecimal digit of `value` (0…15), as ``appendString(_:to:)`` writes the
  /// digits of a `\u00XX` escape.
  @inline(__always)
  static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10 }

  /// Appends `text` as a quoted JSON string.
  ///
  /// Escapes `"` and `\` and writes every control character below U+0020 as `\u00XX`
  /// ([RFC 8259 §7](https://datatracker.ietf.org/doc/html/rfc8259#section-7)). Everything else,
  /// including `/` and non-ASCII text such as Dari or Pashto names, is copied as raw UTF-8.
  public static func appendString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { bytes in
      forEachRun(of: bytes) { run in
        out.append(contentsOf: run)
      } escaping: { byte in
        // (An escape is rare: written through a cursor into six bytes on the stack.)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 6) { room in
          var cursor = JSONByteCursor(room.baseAddress!)
          cursor.writeEscape(of: byte)
          out.append(contentsOf: UnsafeBufferPointer(start: room.baseAddress, count: cursor.next - room.baseAddress!))
        }
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  /// Walks `bytes`, the UTF-8 of a string's content, in order: `verbatim` gets each run a JSON
  /// string holds as it is (never empty), `escaping` each byte between runs that it must
  /// escape (`"`, `\` and the controls below U+0020). The one walk of both string writers
  /// (``appendString(_:to:)`` and ``JSONByteCursor/writeString(_:)``).
  @inline(__always)
  static func forEachRun(
    of bytes: UnsafeBufferPointer<UInt8>, verbatim: (UnsafeBufferPointer<UInt8>) -> Void, escaping: (UInt8) -> Void
  ) {
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
      if runStart < index - 1 { verbatim(UnsafeBufferPointer(rebasing: bytes[runStart..<(index - 1)])) }
      escaping(byte)
      runStart = index
    }
    if runStart < bytes.count { verbatim(UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count])) }
  }

  /// The most bytes ``appendString(_:to:)`` (and ``JSONByteCursor/writeString(_:)``) writes for
  /// a text of `count` UTF-8 bytes: six a byte (a control character is written `\u00XX`) and
  /// the two quotes.
  @inlinable
  public static func stringByteBound(_ count: Int) -> Int { 6 * count + 2 }

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

  /// The most bytes ``appendNumber(_:decimals:to:)`` appends: a sign, the 309 digits of the
  /// largest finite `Double` (written without exponent) and ".0", or 36 for a value below
  /// 9.2e18 (19 digits, a point, 15 decimals, a sign); `null` is four.
  @inlinable
  public static var numberByteBound: Int { 320 }

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

/// JSON text written through a pointer into room made for it beforehand, for a writer that
/// knows the most bytes it will write (`FrontlineKit`'s JSON Lines of events): one store or one
/// copy a piece, where `[UInt8].append` checked the array's uniqueness and capacity and copied
/// through the generic path, about 105 instructions for each of the 94 000 member names,
/// strings and numbers of the 1 MB stream's events (callgrind, issue #16).
///
/// The room is the caller's: every write must fit in it, and nothing here checks that. (Public,
/// not `package`: the `@inlinable` writes of a `package` type were not inlined into
/// `FrontlineKit`, each a call.)
public struct JSONByteCursor {
  /// Where the next byte goes.
  public var next: UnsafeMutablePointer<UInt8>

  /// A cursor at `start`.
  @inlinable
  public init(_ start: UnsafeMutablePointer<UInt8>) { next = start }

  /// Writes one byte.
  /// (The writes of a byte, a fixed text and bytes are `@inlinable`: called across the module's
  /// boundary, a fixed member name cost about 35 instructions, 94 000 of them on the 1 MB
  /// stream: callgrind, issue #16.)
  @inlinable @inline(__always)
  public mutating func write(_ byte: UInt8) {
    next.initialize(to: byte)
    next += 1
  }

  /// Writes ASCII text that needs no escaping (member names and fixed fragments), as
  /// ``JSONText/appendRaw(_:to:)`` appends it.
  @inlinable @inline(__always)
  public mutating func write(_ text: StaticString) {
    let count = text.utf8CodeUnitCount
    next.initialize(from: text.utf8Start, count: count)
    next += count
  }

  /// Writes `bytes` as they are.
  @inlinable @inline(__always)
  public mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let base = bytes.baseAddress else { return }
    next.initialize(from: base, count: bytes.count)
    next += bytes.count
  }

  /// Writes `text` as a quoted JSON string, the bytes ``JSONText/appendString(_:to:)`` appends:
  /// at most ``JSONText/stringByteBound(_:)`` of its UTF-8 count.
  public mutating func writeString(_ text: String) {
    write(UInt8(ascii: "\""))
    // (A native string's bytes are read where they lie: `withUTF8` on a copy retained and
    // released every text.)
    if text.utf8.withContiguousStorageIfAvailable({ writeEscaped($0) }) == nil {
      var copy = text
      copy.withUTF8 { writeEscaped($0) }
    }
    write(UInt8(ascii: "\""))
  }

  /// Writes `bytes` escaped as the inside of a JSON string (``writeString(_:)``).
  private mutating func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
    JSONText.forEachRun(of: bytes) { run in
      write(run)
    } escaping: { byte in
      writeEscape(of: byte)
    }
  }

  /// Writes the escape of `byte`, one of `"`, `\` or a control below U+0020: `\"`, `\\` or
  /// `\u00XX` (upper-case hexadecimal digits), at most six bytes.
  mutating func writeEscape(of byte: UInt8) {
    write(UInt8(ascii: "\\"))
    if byte < 0x20 {
      write("u00")
      write(JSONText.hexDigit(byte >> 4))
      write(JSONText.hexDigit(byte & 0x0F))
    } else {
      write(byte)
    }
  }

  /// The most bytes an integer is written in (`write(_ value: Int)`): a sign and the 19 digits
  /// of `Int.min`.
  @inlinable
  public static var integerByteBound: Int { 20 }

  /// Writes the decimal digits of `value` (a `-` before a negative one), as `String(value)`
  /// spells it.
  public mutating func write(_ value: Int) {
    if value < 0 { write(UInt8(ascii: "-")) }
    var magnitude = value.magnitude
    var digits = 1
    var rest = magnitude / 10
    while rest > 0 {
      digits += 1
      rest /= 10
    }
    var k = digits
    repeat {
      k -= 1
      (next + k).initialize(to: UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10))
      magnitude /= 10
    } while k > 0
    next += digits
  }
}
