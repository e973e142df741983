@testable import GeoJSON
import Testing

/// `JSONText.appendString` passes eight bytes at a time that need no escape; it must write what
/// escaping byte by byte writes.
@Suite struct JSONTextStringTests {
  /// The byte-by-byte escaping: `"`, `\` and controls below U+0020 as `\u00XX`.
  static func escaped(_ text: String) -> [UInt8] {
    var out: [UInt8] = [UInt8(ascii: "\"")]
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), byte]
      case 0..<0x20: out += Array("\\u00".utf8) + Array(String(byte, radix: 16, uppercase: true).utf8).paddedHex
      default: out.append(byte)
      }
    }
    return out + [UInt8(ascii: "\"")]
  }

  @Test func everySpecialByteInEveryPlace() {
    var disagreements: [String] = []
    func check(_ text: String) {
      var out: [UInt8] = []
      JSONText.appendString(text, to: &out)
      if out != Self.escaped(text) { disagreements.append(text) }
    }
    let specials: [Unicode.Scalar] = (0..<0x20).compactMap(Unicode.Scalar.init) + ["\"", "\\", " ", "!", "#", "[", "]", "\u{7F}", "\u{80}", "\u{0101}", "\u{0627}", "\u{10000}"]
    for length in 0..<20 {
      for place in 0..<max(length, 1) {
        for special in specials {
          var scalars = String.UnicodeScalarView("Kabul, Kandahar and Herat".unicodeScalars.prefix(length))
          if place < scalars.count {
            scalars.replaceSubrange(scalars.index(scalars.startIndex, offsetBy: place)...scalars.index(scalars.startIndex, offsetBy: place), with: [special])
          }
          check(String(scalars))
          check(String(scalars) + String(special) + String(scalars))
        }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
  }
}

extension Array where Element == UInt8 {
  /// Two hex digits, a leading zero added to one.
  fileprivate var paddedHex: [UInt8] { count == 1 ? [UInt8(ascii: "0")] + self : self }
}
