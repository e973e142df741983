import Testing

@testable import Extractor

/// Tests of the words and marks that the twenty-first speed pass reads from the tokens around
/// a name (`MentionFinder.annotate`) where it compared their texts, each against the text
/// comparison it replaced.
extension PositionReadTests {
  /// Sentences with the joining words and marks in other cases, glued to marks, inside longer
  /// words and as canonically equivalent spellings.
  static let jointTexts: [String] =
    markTexts + [
      "Kunduz, along with Takhar, and Baghlan as well as Herat; Ghor together with Farah WITH Zabul",
      "With withal without as-well, well-known AS Well asWell togetherness alongside along- -with",
      "Kaldar - Shortepa, Qala-i-Naw's Dand-e-Pathan \u{2019}s Kunduz' s Herat\u{2019}s ,, -- '' \u{2018}",
      "wi\u{0301}th a\u{0301}s we\u{0300}ll \u{00E1}s togethe\u{0301}r , \u{002C}\u{0301} -\u{0301} '\u{0301} \u{2019}\u{0301}",
    ]

  /// `MentionFinder.isWordJoiningMark` and `isComma` answer as the set and the `==` they
  /// replaced, for every lexicon word, some marks and every token of the texts.
  @Test func wordJoiningMarksByByteAgreeWithTheSet() {
    let lexicon = WordIDScanTests.tables.lexicon
    var joining = 0
    var commas = 0
    let extra = ["-", "'", "\u{2019}", "\u{2018}", ",", ",\u{0301}", "-\u{0301}", "'\u{0301}", "\u{2019}\u{0301}", "--", ",,", ""]
    for word in lexicon.words + extra {
      #expect(MentionFinder.isWordJoiningMark(word) == MentionFinder.wordJoiningMarks.contains(word), "\(word)")
      #expect(MentionFinder.isComma(word) == (word == ","), "\(word)")
    }
    for text in Self.jointTexts {
      for token in Tokenizer.tokens(SourceText(text), lexicon: lexicon) {
        let expected = MentionFinder.wordJoiningMarks.contains(token.lower)
        #expect(MentionFinder.isWordJoiningMark(token.lower) == expected, "\(token.lower)")
        #expect(MentionFinder.isComma(token.lower) == (token.lower == ","), "\(token.lower)")
        if expected { joining += 1 }
        if token.lower == "," { commas += 1 }
      }
    }
    #expect(joining > 20 && commas > 20)
  }

  /// `MentionFinder.ListJointWords` holds a word exactly when the texts of the tokens in the
  /// range do (`between.contains(_:)` on them), for every range of up to eight tokens.
  @Test func listJointWordsAgreeWithTheTexts() {
    let lexicon = WordIDScanTests.tables.lexicon
    var held = 0
    for text in Self.jointTexts {
      let tokens = Tokenizer.tokens(SourceText(text), lexicon: lexicon)
      for start in 0...tokens.count {
        for end in start...min(tokens.count, start + 8) {
          let between = tokens[start..<end].map(\.lower)
          let expected = MentionFinder.ListJointWords(
            with: between.contains("with"), along: between.contains("along"), together: between.contains("together"),
            as: between.contains("as"), well: between.contains("well"))
          #expect(MentionFinder.ListJointWords(tokens, start..<end) == expected, "'\(text)' \(start)..<\(end)")
          if expected != MentionFinder.ListJointWords() { held += 1 }
        }
      }
    }
    #expect(held > 100)
  }

  /// The words `annotate` now asks with `Token.spells(_:)` rather than `==` on the token's
  /// text: for every token of the texts, `spells` answers as the comparison.
  @Test func annotateWordsBySpellingAgreeWithTheTexts() {
    let lexicon = WordIDScanTests.tables.lexicon
    let words = [
      "district", "districts", "wuluswali", "woluswali", "province", "provinces", "provincial", "city", "cities",
      "valley", ",", "the", "a", "an", "capital", "became", "becomes", "is", "was", "s", "town", "headquarters", "hq",
      "including", "in", "and", "-", ":", "[", "/", "(",
    ]
    var held = 0
    for text in Self.jointTexts + ["Kunduz district, the provincial capital's hq; Herat City - the Valley (in) [a] / an: Town"] {
      for token in Tokenizer.tokens(SourceText(text), lexicon: lexicon) {
        for word in words {
          #expect(token.spells(word) == (token.lower == word), "\(token.lower) \(word)")
          if token.lower == word { held += 1 }
        }
      }
    }
    #expect(held > 100)
  }

  /// `String.spells(_:)` answers as `==` for the words `annotate`'s phrase endings ask, on
  /// every lexicon word, every token of the texts and canonically equivalent spellings.
  @Test func stringSpellingAgreesWithEquality() {
    let lexicon = WordIDScanTests.tables.lexicon
    let words = [
      "including", "were", "town", "of", "such", "as", "streets", "provincial", "capital", "provinces", "province",
      "include", "districts", "district", "city", "cities", "capitals", ",", "are", ":", "the", "centre", "center",
    ]
    let variants = [
      "o\u{0301}f", "\u{00F3}f", "capita\u{0301}l", "capital\u{0301}", ",\u{0301}", ":\u{0301}", "\u{212A}", "\u{037E}",
      "\u{1FEF}", "",
    ]
    var texts = lexicon.words + variants
    for text in Self.jointTexts { texts += Tokenizer.tokens(SourceText(text), lexicon: lexicon).map(\.lower) }
    var held = 0
    for text in texts {
      for word in words {
        #expect(text.spells(word) == (text == word), "\(text) \(word)")
        if text == word { held += 1 }
      }
    }
    #expect(held > 50)
  }

  /// `MentionFinder.isHyphen(_:at:)`, which asks the token's kind first, answers as
  /// `isHyphen` of the token's text for every token of the texts.
  @Test func hyphenByKindAgreesWithTheText() {
    let lexicon = WordIDScanTests.tables.lexicon
    var hyphens = 0
    for text in Self.jointTexts + ["Dand-wo-Patan Chagh\u{2010}charan Sheber\u{2011}ghan \u{00E9}-\u{00E9} \u{2010}\u{2011}"] {
      let tokens = Tokenizer.tokens(SourceText(text), lexicon: lexicon)
      for k in tokens.indices {
        let expected = MentionFinder.isHyphen(tokens[k].lower)
        #expect(MentionFinder.isHyphen(tokens, at: k) == expected, "\(tokens[k].lower)")
        if expected { hyphens += 1 }
      }
    }
    #expect(hyphens > 20)
  }

  /// `MentionFinder.countedLevel(of:)` answers as the dictionary it reads, for every lexicon
  /// word, every token of the texts and canonically equivalent spellings of its nouns.
  @Test func countedLevelAgreesWithTheDictionary() {
    let lexicon = WordIDScanTests.tables.lexicon
    var texts = lexicon.words + ["citie\u{0301}s", "cit\u{00ED}es", "PROVINCES", "province", "capital", "district", ""]
    for text in Self.jointTexts + ["two provinces, three districts, four cities and five capitals"] {
      texts += Tokenizer.tokens(SourceText(text), lexicon: lexicon).map(\.lower)
    }
    var held = 0
    for text in texts {
      #expect(MentionFinder.countedLevel(of: text) == MentionFinder.countedLevelNouns[text], "\(text)")
      if MentionFinder.countedLevelNouns[text] != nil { held += 1 }
    }
    #expect(held > 8)
  }
}
