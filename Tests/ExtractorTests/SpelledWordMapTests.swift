import Testing

@testable import Extractor

/// `SpelledWordMap` (asked by byte count) answers as the `Dictionary` it was made from, for its
/// words, for words of their lengths that it does not hold, and for other text.
@Suite struct SpelledWordMapTests {
  @Test func answersAsTheDictionary() {
    let map = MentionFinder.numberWords
    var texts = Array(map.dictionary.keys)
    texts += texts.map { String($0.dropLast()) } + texts.map { $0 + "s" } + texts.map { $0.uppercased() }
    texts += ["", "a", "one", "twelve", "thirteen", "t\u{0077}o", "tw\u{00F6}", "ten\u{0301}", "\u{212A}", "1"]
    for text in texts { #expect(map[text] == map.dictionary[text], "\(text)") }
    #expect(Set(map.keys) == Set(map.dictionary.keys))
  }
}
