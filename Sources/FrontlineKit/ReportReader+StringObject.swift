import GeoJSON

extension ReportReader {
  /// The members of a JSON Lines record that is an object of strings only — what
  /// `JSONSerialization.jsonObject(with:)` gives for such a line, as `[String: String]` — or nil
  /// for any other line, which is left to `JSONSerialization` (other value types, a repeated
  /// key, a surrogate or NUL written as `\u` escape, a control character inside a string,
  /// anything after the object, malformed JSON), and nil for a line whose strings are not
  /// valid UTF-8. Each string is validated once, as it is made (`String(validating:as:)`), and
  /// every byte outside the strings must be ASCII to be read, so a line given back as an object
  /// is valid UTF-8: `record` validates the whole line (`isValidUTF8`) only when this is nil.
  /// (The line was validated first, then each string again as `String(decoding:as:)` made it:
  /// 1.6 M instructions of the 1 MB stream for the first pass: callgrind, issue #16.) An escape
  /// adds a whole scalar's bytes, which neither end an unfinished sequence before it nor
  /// continue one, so the bytes decoded are valid exactly when the line's are.
  ///
  /// Records are almost always `{"id", "published", "text"}` strings; Foundation's parser read
  /// them at about 35 instructions a byte (35 M of the 1 MB stream's 1 341 M, callgrind, issue
  /// #16), where runs of plain string bytes are passed here eight at a time.
  static func stringObject(_ line: [UInt8]) -> [String: String]? {
    line.withUnsafeBufferPointer { bytes -> [String: String]? in
      guard let base = bytes.baseAddress else { return nil }
      let n = bytes.count
      var i = 0
      /// Passes JSON whitespace (RFC 8259 §2: space, tab, line feed, carriage return).
      func skipWhitespace() {
        while i < n, bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D { i += 1 }
      }
      /// The four hex digits at `i` as a code unit, past them; nil if they are not four hex digits.
      func hexUnit() -> UInt32? {
        guard n - i >= 4 else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
          guard let digit = JSONText.hexValue(bytes[i]) else { return nil }
          value = value << 4 | digit
          i += 1
        }
        return value
      }
      /// The string that starts at the quote at `i`, past its closing quote; nil for what is
      /// left to `JSONSerialization`.
      func string() -> String? {
        guard i < n, bytes[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        var decoded: [UInt8] = []
        var runStart = i
        while true {
          // Eight bytes at a time while none is a quote, a backslash, a control character or
          // past ASCII (each byte's test on its own: no sum carries into the next byte).
          while n - i >= 8 {
            let chunk = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let high: UInt64 = 0x8080_8080_8080_8080
            let quote = chunk ^ (0x22 &* ones)
            let backslash = chunk ^ (0x5C &* ones)
            // A byte is zero (the mark) when its low seven bits plus 0x7F do not carry into
            // its top bit and its own top bit is clear; below 0x20 when its low seven bits
            // plus 0x60 do not.
            let isQuote = ~((quote & ~high) &+ ~high | quote) & high
            let isBackslash = ~((backslash & ~high) &+ ~high | backslash) & high
            let isControl = ~((chunk & ~high) &+ (0x60 &* ones) | chunk) & high
            if isQuote | isBackslash | isControl | (chunk & high) != 0 { break }
            i += 8
          }
          guard i < n else { return nil }
          let b = bytes[i]
          if b == UInt8(ascii: "\"") {
            let text: String?
            if decoded.isEmpty {
              text = validatedString(UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            } else {
              decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
              text = decoded.withUnsafeBufferPointer { validatedString($0) }
            }
            i += 1
            return text
          } else if b == UInt8(ascii: "\\") {
            decoded.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<i]))
            i += 1
            guard i < n else { return nil }
            let escape = bytes[i]
            i += 1
            if let byte = JSONText.unescaped(escape) {
              decoded.append(byte)
            } else if escape == UInt8(ascii: "u") {
              guard let unit = hexUnit(), unit != 0, !(0xD800...0xDFFF).contains(unit),
                let scalar = Unicode.Scalar(unit)
              else { return nil }
              decoded.append(contentsOf: String(scalar).utf8)
            } else {
              return nil
            }
            runStart = i
          } else if b < 0x20 {
            return nil
          } else {
            // Any other byte, past ASCII included (validated with the string), is the string's own.
            i += 1
          }
        }
      }
      skipWhitespace()
      guard i < n, bytes[i] == UInt8(ascii: "{") else { return nil }
      i += 1
      var object: [String: String] = [:]
      skipWhitespace()
      if i < n, bytes[i] == UInt8(ascii: "}") {
        i += 1
      } else {
        while true {
          skipWhitespace()
          guard let key = string() else { return nil }
          skipWhitespace()
          guard i < n, bytes[i] == UInt8(ascii: ":") else { return nil }
          i += 1
          skipWhitespace()
          guard let value = string(), object.updateValue(value, forKey: key) == nil else { return nil }
          skipWhitespace()
          guard i < n else { return nil }
          if bytes[i] == UInt8(ascii: ",") {
            i += 1
          } else if bytes[i] == UInt8(ascii: "}") {
            i += 1
            break
          } else {
            return nil
          }
        }
      }
      skipWhitespace()
      return i == n ? object : nil
    }
  }

  /// The fewest bytes of a stretch of ASCII that `validatedString` makes a piece of its own.
  static let asciiPieceBytes = 64

  /// `String(validating: bytes, as: UTF8.self)`, made in pieces: each stretch of at least
  /// `asciiPieceBytes` ASCII bytes (whole eight-byte words) is made a string of its own, which
  /// the standard library passes as ASCII eight bytes at a time, and the bytes between them are
  /// validated as before. (The standard library validates a text holding one byte past ASCII
  /// byte by byte from its start: about 10 instructions a byte, 10.2 M of the 1 MB stream's
  /// report texts, which hold one such byte in about 180: callgrind, issue #16.) A stretch of
  /// ASCII bytes starts and ends a piece at a scalar's boundary, so the pieces are all valid
  /// exactly when `bytes` are, and their concatenation is the same text.
  static func validatedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let n = bytes.count
    guard n >= 2 * asciiPieceBytes, let base = bytes.baseAddress else { return String(validating: bytes, as: UTF8.self) }
    let high: UInt64 = 0x8080_8080_8080_8080
    func isASCII(_ i: Int) -> Bool { UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & high == 0 }
    var text = ""
    // The first byte not yet in `text`.
    var done = 0
    var i = 0
    while n - i >= 8 {
      guard isASCII(i) else {
        i += 8
        continue
      }
      var end = i + 8
      while n - end >= 8, isASCII(end) { end += 8 }
      if end - i >= asciiPieceBytes {
        if text.isEmpty { text.reserveCapacity(n) }
        if done < i {
          guard let piece = String(validating: UnsafeBufferPointer(rebasing: bytes[done..<i]), as: UTF8.self) else { return nil }
          text += piece
        }
        text += String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
        done = end
      }
      i = end
    }
    if done == 0 { return String(validating: bytes, as: UTF8.self) }
    if done < n {
      guard let piece = String(validating: UnsafeBufferPointer(rebasing: bytes[done..<n]), as: UTF8.self) else { return nil }
      text += piece
    }
    return text
  }
}
