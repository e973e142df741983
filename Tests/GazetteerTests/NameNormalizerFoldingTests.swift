import FrontlineTestSupport
@testable import Gazetteer
import Testing

/// `NameNormalizer.words` reads Latin letters with diacritics from a table of their foldings
/// (`latinFolded`) instead of folding the whole name with Foundation (`foldedWords`): both must
/// give the same words for every text the table answers.
@Suite struct NameNormalizerFoldingTests {
  /// Every scalar of the table's two ranges, and the other non-ASCII scalars the tests mix in
  /// (marks, apostrophes, letters without an ASCII folding, Arabic script).
  static let scalars: [Unicode.Scalar] =
    ((0x00C0..<0x0250).compactMap(Unicode.Scalar.init) + (0x1E00..<0x1F00).compactMap(Unicode.Scalar.init)
      + [0x0301, 0x0304, 0x0331, 0x0332, 0x2019, 0x2018, 0x02BC, 0x02BB, 0x02BF, 0x02BE, 0x00B4, 0x0259, 0x0131, 0x00DF, 0x0627, 0x06CC, 0x200C, 0x2010, 0x00A0]
      .compactMap(Unicode.Scalar.init))

  @Test func eachLetterAloneAndBetweenASCII() {
    for scalar in Self.scalars {
      for text in ["\(scalar)", "Kh\(scalar)n", "\(scalar)-Pul", "Sar \(scalar)\(scalar) 12", "'\(scalar)`", "A\(scalar)Z"] {
        #expect(NameNormalizer.words(text) == NameNormalizer.foldedWords(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
      }
    }
  }

  /// The table answers the names the press writes with macrons and ‘ayn marks.
  @Test func tableAnswersCommonNames() {
    #expect(NameNormalizer.latinFolded("Laghmān") == "laghman")
    #expect(NameNormalizer.latinFolded("TSAMKANĪ District") == "tsamkani district")
    #expect(NameNormalizer.latinFolded("Qal\u{2018}a-ye Now") == "qal'a-ye now")
    #expect(NameNormalizer.words("Qal\u{2018}a-ye Now") == ["qala", "ye", "now"])
    #expect(NameNormalizer.latinFolded("\u{0627}") == nil)
  }

  @Test func mixedText() {
    // The same texts every run (`SplitMix64`).
    var generator = SplitMix64(seed: 2021)
    func next(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
    let ascii = (0x20..<0x7F).compactMap(Unicode.Scalar.init) + ["\t", "\n"]
    var answered = 0
    for _ in 0..<4000 {
      var text = String.UnicodeScalarView()
      for _ in 0..<(1 + next(16)) {
        text.append(next(3) == 0 ? Self.scalars[next(Self.scalars.count)] : ascii[next(ascii.count)])
      }
      let name = String(text)
      guard !name.utf8.allSatisfy({ $0 < 0x80 }) else { continue }
      if NameNormalizer.latinFolded(name) != nil { answered += 1 }
      #expect(NameNormalizer.words(name) == NameNormalizer.foldedWords(name), "\(name.unicodeScalars.map { String($0.value, radix: 16) })")
    }
    // The table answers most of these texts (else the test compares nothing new).
    #expect(answered > 1000)
  }
}
