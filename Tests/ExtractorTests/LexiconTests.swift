@testable import Extractor
import FrontlineTestSupport
import Gazetteer
import Testing

/// `Lexicon` look-ups (a slot holds a word's first eight bytes; longer words are compared past
/// them) and the part lookup-only words play in the tokenizer.
@Suite struct LexiconTests {
  static let words = [
    "a", "of", "the", "taliban", "district", "districts", "province", "provinces", "mazar-e-sharif",
    "khwaja sabz posh", "abcdefgh", "abcdefghi", "abcdefghabcdefgh", "é", "ولسوالی",
  ]

  @Test func everyWordIsFoundAndNothingElse() {
    let lexicon = Lexicon(Self.words)
    for (n, word) in Self.words.enumerated() {
      #expect(lexicon.id(of: word) == WordID(n + 1), "\(word)")
      #expect(lexicon.words[n + 1] == word)
    }
    // Prefixes, extensions and words differing past the eighth byte are other words.
    for other in ["", "t", "th", "thee", "talibans", "distric", "abcdefg", "abcdefghij", "abcdefghabcdefgi", "abcdefghabcdefghx", "e"] {
      #expect(lexicon.id(of: other) == Lexicon.unknown, "\(other)")
    }
  }

  @Test func lookupOnlyWordsComeAfterTheVocabulary() {
    let lexicon = Lexicon(["the", "of"], lookupOnly: ["once", "of"])
    #expect(lexicon.id(of: "once") == 3)
    #expect(lexicon.id(of: "of") == 2)
    #expect(lexicon.isCore(lexicon.id(of: "of")))
    #expect(!lexicon.isCore(lexicon.id(of: "once")))
    #expect(!lexicon.isCore(Lexicon.unknown))
  }

  /// A word glued to "the" is read as two words only when the vocabulary knows its first part:
  /// a word the lexicon holds for look-ups alone does not change how text is tokenised.
  @Test func aLookupOnlyWordIsNoGluedWordsHead() {
    func words(_ text: String, _ lexicon: Lexicon) -> [String] {
      Tokenizer.tokens(SourceText(text), lexicon: lexicon).map(\.lower)
    }
    #expect(words("formerlythe", Lexicon(["the", "formerly"])) == ["formerly", "the"])
    #expect(words("formerlythe", Lexicon(["the"], lookupOnly: ["formerly"])) == ["formerlythe"])
  }

  /// The trigger matcher reads where a gap stops by word id: the table must answer as the text
  /// test does for every lexicon word, including one of other bytes that equals a stopping
  /// word (U+037E is canonically ";", left out of this lexicon so that U+037E is in it).
  @Test func gapStopsByIDAnswerAsTheText() {
    let lexicon = Lexicon(
      TriggerFinder.clauseBreaks.filter { $0 != ";" }.sorted() + [",", ".", "\u{037E}", "of", "the", "é", "ولسوالی", "—"])
    #expect(lexicon.id(of: "\u{037E}") != Lexicon.unknown)
    let table = TriggerPatternTable([], lexicon: lexicon)
    for id in 0..<lexicon.count {
      #expect(table.stopsGap[id] == TriggerPatternTable.stopsGap(lexicon.words[id]), "\(lexicon.words[id])")
    }
    #expect(table.stopsGap[Int(lexicon.id(of: "\u{037E}"))])
    #expect(!table.stopsGap[Int(lexicon.id(of: "of"))])
  }
}

/// `Tokenizer.lowercasedASCII` lower-cases eight bytes at once as the tokenizer did one by one.
@Suite struct LowercasedASCIITests {
  /// The byte-by-byte rule.
  static func lowercased(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

  @Test func everyByteInEveryPlace() {
    for place in 0..<8 {
      for value in 0...255 {
        // The byte among neighbours that would carry or borrow if the lanes leaked.
        for filler: UInt8 in [0x00, 0x40, 0x41, 0x5A, 0x5B, 0x7F, 0x80, 0xC1, 0xDA, 0xFF] {
          var bytes = [UInt8](repeating: filler, count: 8)
          bytes[place] = UInt8(value)
          let chunk = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
          var out = [UInt8](repeating: 0, count: 8)
          out.withUnsafeMutableBytes { $0.storeBytes(of: Tokenizer.lowercasedASCII(chunk), as: UInt64.self) }
          #expect(out == bytes.map(Self.lowercased), "\(bytes)")
        }
      }
    }
  }
}

/// `Tokenizer.leadingASCIIAlphanumerics` counts, eight bytes at once, the bytes the tokenizer's
/// skip over ASCII letters and digits passed one by one.
@Suite struct LeadingASCIIAlphanumericsTests {
  /// The byte-by-byte count.
  static func count(_ bytes: [UInt8]) -> Int { bytes.firstIndex { !Tokenizer.isASCIIAlphanumeric($0) } ?? bytes.count }

  @Test func everyByteInEveryPlace() {
    for place in 0..<8 {
      for value in 0...255 {
        // Letters, digits and the bytes beside their ranges around the byte tested.
        for filler: UInt8 in [0x00, 0x2F, 0x30, 0x39, 0x3A, 0x40, 0x41, 0x5A, 0x5B, 0x60, 0x61, 0x7A, 0x7B, 0x7F, 0x80, 0xB0, 0xC1, 0xE1, 0xFF] {
          var bytes = [UInt8](repeating: filler, count: 8)
          bytes[place] = UInt8(value)
          let chunk = bytes.withUnsafeBytes { UInt64(littleEndian: $0.loadUnaligned(as: UInt64.self)) }
          #expect(Tokenizer.leadingASCIIAlphanumerics(chunk) == Self.count(bytes), "\(bytes)")
        }
      }
    }
  }
}

/// `MentionFinder.isUppercaseWord` reads an ASCII token's bytes; it must answer as the test on
/// the token's `Character`s does.
@Suite struct UppercaseWordTests {
  @Test func bytesAgreeWithCharacters() {
    var texts = [
      "KANDAHAR CITY (Pajhwok): K Kandahar kANDAHAR ABC123 123 O'NEIL US U a IANS -- Ö ÖZ Öz ĀB",
      "TALIBAN CAPTURE GHAZNI CITY\r\nX1 1X x1 _ A_B A-B \"QUOTE\" KABUL'S",
    ]
    // The same texts every run (`SplitMix64`).
    var generator = SplitMix64(seed: 2021)
    func next(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
    let alphabet = Array("ABZazm09' -.,\r\n\t(Ā)ö")
    for _ in 0..<3000 { texts.append(String((0..<(1 + next(24))).map { _ in alphabet[next(alphabet.count)] })) }
    let lexicon = Lexicon(["the"])
    var tokens = 0
    for text in texts {
      let source = SourceText(text)
      for token in Tokenizer.tokens(source, lexicon: lexicon) {
        tokens += 1
        #expect(
          MentionFinder.isUppercaseWord(token, source) == MentionFinder.isUppercaseWordByCharacters(token, source),
          "\(source.string(token).unicodeScalars.map { $0.value })")
      }
    }
    #expect(tokens > 10000)
  }
}

/// The language tests' byte scans take eight ASCII bytes at a time; they must answer as the
/// scans one byte at a time that they replaced (`Reference`), on texts that mix English, Dari
/// and Pashto words, marks and line breaks at every offset.
@Suite struct PersianScriptScanTests {
  /// The scans as they were before eight bytes were taken at once.
  enum Reference {
    static func mayHoldArabic(_ text: String) -> Bool {
      text.utf8.contains { ($0 >= 0xD8 && $0 <= 0xDD) || $0 == 0xEF }
    }

    static func arabicLeadBytes(_ text: String) -> Int {
      text.utf8.filter { ($0 >= 0xD8 && $0 <= 0xDD) || $0 == 0xEF }.count
    }

    static func detect(_ text: String) -> DocumentLanguage {
      guard mayHoldArabic(text) else { return .en }
      var text = text
      let (arabic, latin, pashto, dari) = text.withUTF8 { bytes in
        var arabic = 0
        var latin = 0
        var pashto = 0
        var dari = 0
        var word = String.UnicodeScalarView()
        func endWord() {
          guard !word.isEmpty else { return }
          let w = String(word)
          if DocumentLanguage.pashtoWords.contains(w) { pashto += 1 }
          if DocumentLanguage.dariWords.contains(w) { dari += 1 }
          word.removeAll()
        }
        var i = 0
        var scalars = 0
        while i < bytes.count, scalars < 20_000 {
          if scalars & 0xFF == 0, latin > arabic + min(20_000 - scalars, (bytes.count - i) / 2) {
            return (arabic, latin, pashto, dari)
          }
          scalars += 1
          let byte = bytes[i]
          if byte < 0x80 {
            if LanguageSegments.isASCIILetter(Unicode.Scalar(byte)) { latin += 1 }
            endWord()
            i += 1
            continue
          }
          let (scalar, length) = Tokenizer.Scanner.decode(bytes, at: i)
          i += length
          if ArabicScript.isArabic(scalar), scalar.properties.isAlphabetic {
            arabic += 1
            word.append(scalar)
          } else if !ArabicScript.isIgnorable(scalar) {
            endWord()
          }
        }
        endWord()
        return (arabic, latin, pashto, dari)
      }
      guard arabic > latin else { return .en }
      return pashto > dari ? .ps : .fa
    }
  }

  /// Texts of words drawn from English, Dari and Pashto (the same texts every run), some long
  /// enough to reach the 20 000-scalar limit, some balanced near it.
  static func texts() -> [String] {
    var generator = SplitMix64(seed: 1612)
    func next(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
    let words = [
      "the", "Taliban", "captured", "Khash", "district", "a", "Kunduz,", "ABCDEFGHIJ", "x", "\n", " ", "(", "\u{FEFF}",
      "د", "په", "کې", "چې", "او", "دي", "ولسوالۍ", "در", "از", "به", "را", "است", "این", "و", "ولسوالی", "\u{200C}", "ﻻ", "é", "—",
    ]
    var texts = ["", "a", "abcdefgh", "abcdefghi", "و", "aaaaaaaو", "aaaaaaaaو", "\u{FEFF}abc"]
    for n in 0..<200 {
      let count = n % 50 == 0 ? 5000 + next(2000) : 1 + next(200)
      // Now and then mostly one script, to give every decision.
      let bias = next(3)
      texts.append(
        (0..<count).map { _ in
          let pick = next(words.count)
          return bias == 0 && pick >= 13 && next(4) > 0 ? "word" : bias == 1 && pick < 13 && next(4) > 0 ? "ولسوالی" : words[pick]
        }.joined(separator: next(5) == 0 ? "" : " "))
    }
    return texts
  }

  @Test func eightBytesAtOnceAnswerAsOneByOne() {
    for text in Self.texts() {
      #expect(LanguageSegments.arabicLeadBytes(text) == Reference.arabicLeadBytes(text), "\(text.prefix(80))")
      #expect(DocumentLanguage.detect(text) == Reference.detect(text), "\(text.prefix(80))")
      // Every cut of a short text: the ASCII runs start at every offset of an eight-byte step.
      if text.utf8.count < 40 {
        for cut in 0...text.unicodeScalars.count {
          let part = String(String.UnicodeScalarView(text.unicodeScalars.prefix(cut)))
          #expect(LanguageSegments.arabicLeadBytes(part) == Reference.arabicLeadBytes(part))
          #expect(DocumentLanguage.detect(part) == Reference.detect(part))
        }
      }
    }
  }
}

/// `Token.spells` and `EventExtractor.isBullet` turn most words away on a byte count or a
/// leading byte; they must answer as the comparisons of text they replaced, on tokens of texts
/// with marks that equal others only under canonical equivalence.
@Suite struct TokenSpellingTests {
  static let words = ["them", "the", "they", "named", "among", "k", "a", "s", ";", "`", "-", "districts", "include"]
  static let bullets = ["-", "•", "*", "–", "—", "·"]

  /// `Tokenizer.isAbbreviation` turns ASCII tokens away on the length of the longest
  /// abbreviation, which holds only while every abbreviation is ASCII.
  @Test func abbreviationsAreASCII() {
    #expect(Tokenizer.abbreviations.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } })
  }

  @Test func answersAsTextComparison() {
    var texts = [
      "- Them, the districts are: • Kandahar * Kabul – Herat — Balkh · Ghor \u{0387} x \u{037E} \u{1FEF} \u{212A} K",
      "1. Nerkh 2) Jalrez 3 - Helmand 4\u{2013}Grishk -\u{0301} *\u{0300} e\u{0301} é they include among them",
      "Gen. Sgt. Col. Mr. Dr. Prof. Brig. km. Sept. Gov. s. a. \u{212A}m. Ᏼrig. prof. capt. Capt'n. sgts.",
    ]
    var generator = SplitMix64(seed: 1616)
    func next(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
    let alphabet = Array("themaoTHEM -•*–—·;`\u{0301}\u{0387}\u{037E}\u{1FEF}\u{212A}K.\nsgtcol")
    for _ in 0..<2000 { texts.append(String((0..<(1 + next(20))).map { _ in alphabet[next(alphabet.count)] })) }
    let lexicon = Lexicon(["the", "them"])
    for text in texts {
      for token in Tokenizer.tokens(SourceText(text), lexicon: lexicon) {
        for word in Self.words { #expect(token.spells(word) == (token.lower == word), "\(token.lower) \(word)") }
        #expect(EventExtractor.isBullet(token.lower) == Self.bullets.contains(token.lower), "\(token.lower)")
        #expect(Tokenizer.isAbbreviation(token) == Tokenizer.abbreviations.contains(token.lower), "\(token.lower)")
      }
    }
  }

  /// `Lexicon.droppingRepeats` keeps the first of each set of byte-identical words, in order,
  /// and keeps canonically equal words of other bytes (which the lexicon itself tells apart),
  /// so the lexicon of the words sorted is the same with or without it.
  @Test func droppingRepeatsKeepsOneOfEachSpelling() {
    let unique = ["the", "of", "abcdefghi", "abcdefghabcdefgh", "caf\u{E9}", "cafe\u{301}", "ولسوالی", ""]
    let words = unique + ["the", "abcdefghi", "cafe\u{301}", "the", "", "ولسوالی"] + unique.reversed()
    let kept = Lexicon.droppingRepeats(words)
    #expect(kept.map { Array($0.utf8) } == unique.map { Array($0.utf8) })
    let plain = Lexicon(words.sorted())
    let dropped = Lexicon(kept.sorted())
    #expect(plain.words.map { Array($0.utf8) } == dropped.words.map { Array($0.utf8) })
  }

  /// `Lexicon.sortedWords` puts words in the order `sorted()` does, byte for byte: words that
  /// share their first eight bytes, prefixes of each other, ASCII beside Persian script and
  /// accented Latin, canonically equal spellings of other bytes (equal under `<`, so left in
  /// their order), and 4 000 pseudo-random words over a few letters (many shared heads).
  @Test func sortedWordsIsSorted() {
    var words = [
      "abcdefgh", "abcdefghi", "abcdefgha", "abcdefg", "abcdefgh", "a", "", "b", "ab", "aa", "zz", "Zz", "z-1", "9",
      "caf\u{E9}", "cafe\u{301}", "cafe", "caf", "cafez", "ولسوالی", "ولسوال", "ولس", "\u{212B}", "\u{C5}", "A\u{30A}",
      "taliban's", "kunduz", "kunduzs", "d'abc", "~x", "\u{7F}a",
    ]
    var state: UInt64 = 2021
    for _ in 0..<4_000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let length = Int(state >> 60) + 1
      var word = ""
      var bits = state >> 8
      for _ in 0..<length {
        word.append(["a", "b", "c", "\u{E9}", "'", "-"][Int(bits % 6)])
        bits /= 6
        if bits == 0 { bits = state >> 20 }
      }
      words.append(word)
    }
    #expect(Lexicon.sortedWords(words).map { Array($0.utf8) } == words.sorted().map { Array($0.utf8) })
    #expect(Lexicon.sortedWords([]).isEmpty)
  }
}
