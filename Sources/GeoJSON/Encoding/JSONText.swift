/// RFC 8259 string escaping shared by the encoders.
enum JSONText {
  private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

  /// Appends `text` as a quoted JSON string.
  ///
  /// Escapes `"` and `\` and writes every control character below U+0020 as `\u00XX`
  /// ([RFC 8259 §7](https://datatracker.ietf.org/doc/html/rfc8259#section-7)). Everything else,
  /// including `/` and non-ASCII text such as Dari or Pashto names, is copied as raw UTF-8.
  static func appendString(_ text: String, to out: inout [UInt8]) {
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
}
