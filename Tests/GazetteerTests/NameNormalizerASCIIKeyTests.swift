import FrontlineTestSupport
@testable import Gazetteer
import Testing

/// `NameNormalizer.key` reads ASCII names on their bytes (`asciiKey`) instead of through
/// `String` words (`key(ofWords:)`): both must give the same key for every ASCII text.
@Suite struct NameNormalizerASCIIKeyTests {
  @Test func genericAndJoiningWords() {
    let texts = [
      "", " ", "-", "'", "Jani Khel", "Jani-Khel", "Janikhel", "Sar-e-Pul", "Sar-i-Pul", "Dand Wa Patan",
      "Dand-wo-Patan", "district", "Nawa district", "The City of Kabul", "e", "e i", "wa", "Qal'a-ye Now",
      "Bazar-e Panjwayi", "centre", "Markaz-e Bihsud", "DISTRICT 12", "a-b", "of the", "Y", "o o o",
    ]
    for text in texts {
      #expect(NameNormalizer.asciiKey(text) == NameNormalizer.key(ofWords: NameNormalizer.asciiWords(text)), "\(text)")
    }
    for word in NameNormalizer.genericWords.union(NameNormalizer.joiningWords) {
      for text in [word, word.uppercased(), "Khan \(word)", "\(word)-Khan-\(word)", "\(word) \(word)", "x\(word)"] {
        #expect(NameNormalizer.asciiKey(text) == NameNormalizer.key(ofWords: NameNormalizer.asciiWords(text)), "\(text)")
      }
    }
  }

  @Test func mixedText() {
    // The same texts every run (`SplitMix64`); short words from a few letters, so that generic
    // and joining words come up.
    var generator = SplitMix64(seed: 2021)
    func next(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
    let pieces = ["e", "i", "a", "ye", "wa", "o", "y", "of", "the", "city", "Town", "kh", "Z", "9", " ", "-", "'", "`", ".", "\t"]
    let ascii = (0x20..<0x7F).map { String(UnicodeScalar(UInt8($0))) }
    for _ in 0..<4000 {
      var text = ""
      for _ in 0..<(1 + next(10)) { text += next(4) == 0 ? ascii[next(ascii.count)] : pieces[next(pieces.count)] }
      #expect(NameNormalizer.asciiKey(text) == NameNormalizer.key(ofWords: NameNormalizer.asciiWords(text)), "\(text)")
    }
  }
}
