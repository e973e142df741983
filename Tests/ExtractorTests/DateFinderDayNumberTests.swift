import Foundation
@testable import Extractor
import Testing

/// `DateFinder.dayNumber(_:isASCII:)` reads a number's day as the `Character` walk it replaced
/// (`Int(text.prefix { $0.isNumber })` in 1…31) does.
@Suite struct DateFinderDayNumberTests {
  static func replaced(_ text: String) -> Int? {
    guard let value = Int(text.prefix { $0.isNumber }), (1...31).contains(value) else { return nil }
    return value
  }

  static func agrees(_ text: String) -> Bool {
    DateFinder.dayNumber(text, isASCII: text.utf8.allSatisfy { $0 < 0x80 }) == replaced(text)
  }

  /// Every number token of the written sentences.
  @Test func numbersOfRealText() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("written-sentences.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    let numbers = Tokenizer.tokens(SourceText(text), lexicon: Lexicon(["the"])).filter { $0.kind == .number }
    #expect(numbers.count > 100)
    for token in numbers { #expect(Self.agrees(token.lower), "\(token.lower)") }
  }

  /// Leading zeros, the edges of the range, suffixes, separators, overflow and other digits.
  @Test func edgeCases() {
    let texts = [
      "", "0", "00", "1", "01", "001", "9", "10", "29", "30", "31", "031", "0031", "32", "99", "100", "1st", "2nd",
      "23rd", "31st", "32nd", "4th", "1,000", "3.5", "12.5", "31.12", "99999999999999999999", "000000000000000000000015",
      "a1", "st", "١٢", "۱۲", "12\u{0301}", "1\u{0301}", "٣",
    ]
    for text in texts { #expect(Self.agrees(text), "\(text)") }
    for n in 0...400 { #expect(Self.agrees(String(n)) && Self.agrees("\(n)th") && Self.agrees("0\(n)"), "\(n)") }
  }
}
