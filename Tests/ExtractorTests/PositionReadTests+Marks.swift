import Chronology
import Testing

@testable import Extractor

/// Tests of marks and words that the twentieth speed pass reads by a mark's byte or by word id
/// where the rules compared text, each against the text comparison it replaced.
extension PositionReadTests {
  /// Sentences with the marks and words these tests look for, in other cases, glued to other
  /// marks, as canonically equivalent spellings and inside longer words.
  static let markTexts: [String] =
    WordIDScanTests.texts + [
      "Kunduz, Takhar: Baghlan - Herat \u{2013} Ghor \u{2014} Farah -- Nimroz,- :Zabul \u{2012} Paktika",
      "Forces (which had retreated on Monday) took Qaysar - a district of Faryab - on Tuesday (officials said).",
      "Clashes in Maimana \u{2014} the capital, a city of 200,000 \u{2014} went on; an important district fell.",
      "Fighting - in addition to the 3,000 ordered earlier - raged. A provincial capital, a town, AN old City named Zaranj.",
      "The militants took a district. A key province called Ghor, a town called Qalat; a capital - a city.",
      "Residents said; LOCALS told; some Media claimed; elders tweeted, villagers stated, the governor's spokesman announced",
      "Officials say, the ministry said, POLICE told, according to residents, according to the group's spokesman",
      "\u{037E} ; `\u{1FEF} \u{2013}\u{2014} \u{0301}- ,\u{0301} said\u{0301} Said sayS reports' sources's official-ish",
      "(Kabul) [Herat] ((Balkh)) )Kunduz( - - - -",
    ]

  /// `MentionFinder.isAppositionMark` before it read the leading byte.
  static func referenceIsAppositionMark(_ word: String) -> Bool {
    switch word {
    case ",", ":", "-", "\u{2013}", "\u{2014}": true
    default: false
    }
  }

  /// `MentionFinder.isAppositionMark` answers as the `switch` it replaced, for every lexicon
  /// word and every token of the texts.
  @Test func appositionMarkByByteAgreesWithTheSwitch() {
    let lexicon = WordIDScanTests.tables.lexicon
    var marks = 0
    for word in lexicon.words + ["\u{2013}", "\u{2014}", "\u{2012}", ",\u{0301}", "-\u{0301}", ":,", "--"] {
      #expect(MentionFinder.isAppositionMark(word) == Self.referenceIsAppositionMark(word), "\(word)")
    }
    for text in Self.markTexts {
      for token in Tokenizer.tokens(SourceText(text), lexicon: lexicon) {
        let expected = Self.referenceIsAppositionMark(token.lower)
        #expect(MentionFinder.isAppositionMark(token.lower) == expected, "\(token.lower)")
        if expected { marks += 1 }
      }
    }
    #expect(marks > 30)
  }

  /// `EventExtractor.isInAside` before it read the marks' bytes.
  static func referenceIsInAside(_ span: Range<Int>, notHolding position: Int, _ tokens: [Token], sentence: Range<Int>) -> Bool {
    func isAsideDash(_ k: Int) -> Bool {
      switch tokens[k].lower {
      case "–", "—": return true
      case "-":
        return k > sentence.lowerBound && k + 1 < sentence.upperBound && tokens[k - 1].byteEnd < tokens[k].byteStart
          && tokens[k].byteEnd < tokens[k + 1].byteStart
      default: return false
      }
    }
    var open = span.lowerBound - 1
    while open >= sentence.lowerBound, !(isAsideDash(open) || tokens[open].lower == "(") {
      if tokens[open].lower == ")" { return false }
      open -= 1
    }
    guard open >= sentence.lowerBound else { return false }
    let closing = tokens[open].lower == "(" ? ")" : nil
    var close = span.upperBound
    while close < sentence.upperBound, !(closing.map { tokens[close].lower == $0 } ?? isAsideDash(close)) { close += 1 }
    guard close < sentence.upperBound else { return false }
    return position <= open || position > close
  }

  /// `EventExtractor.isInAside` answers as the text comparison it replaced, for every span of
  /// one or two tokens of every sentence and every position in the sentence.
  @Test func asideByByteAgreesWithTheTextComparison() {
    let lexicon = WordIDScanTests.tables.lexicon
    var asides = 0
    var asked = 0
    for text in Self.markTexts {
      let source = SourceText(text)
      let tokens = Tokenizer.tokens(source, lexicon: lexicon)
      for sentence in Tokenizer.sentences(tokens, source) {
        for start in sentence.tokens {
          for end in (start + 1)...min(start + 2, sentence.tokens.upperBound) {
            for position in sentence.tokens.lowerBound...sentence.tokens.upperBound {
              let expected = Self.referenceIsInAside(start..<end, notHolding: position, tokens, sentence: sentence.tokens)
              #expect(
                EventExtractor.isInAside(start..<end, notHolding: position, tokens, sentence: sentence.tokens) == expected,
                "'\(text)' \(start)..<\(end) at \(position)")
              asked += 1
              if expected { asides += 1 }
            }
          }
        }
      }
    }
    #expect(asked > 10_000)
    #expect(asides > 500)
  }

  /// `EventExtractor.introducesUnnamed` before it read the nouns and marks by `Token.spells`
  /// and the marks' bytes.
  static func referenceIntroducesUnnamed(_ kind: LevelHint, before end: Int, after start: Int, _ tokens: [Token]) -> Bool {
    let nouns: Set<String> =
      switch kind {
      case .city: ["city", "capital", "town"]
      case .district: ["district"]
      case .province: ["province"]
      case .region: []
      }
    guard !nouns.isEmpty else { return false }
    guard let clauseBreak = (start..<end).first(where: { [".", ";", "-", "\u{2013}", "\u{2014}"].contains(tokens[$0].lower) }) else {
      return false
    }
    for a in max(clauseBreak + 1, end - 30)..<end where ["a", "an"].contains(tokens[a].lower) {
      for n in (a + 1)..<min(end, a + 4) {
        if tokens[n].kind != .word { break }
        if nouns.contains(tokens[n].lower) {
          if n + 1 < tokens.count, ["of", "called", "named"].contains(tokens[n + 1].lower) { break }
          return true
        }
      }
    }
    return false
  }

  /// `EventExtractor.introducesUnnamed` answers as the text comparison it replaced, for every
  /// kind, every start in a text and every end after it.
  @Test func unnamedPlaceByByteAgreesWithTheTextComparison() {
    let lexicon = WordIDScanTests.tables.lexicon
    var introduced = 0
    var asked = 0
    for text in Self.markTexts {
      let tokens = Tokenizer.tokens(SourceText(text), lexicon: lexicon)
      for kind in [LevelHint.city, .district, .province, .region] {
        for start in tokens.indices {
          for end in start...min(start + 40, tokens.count) {
            let expected = Self.referenceIntroducesUnnamed(kind, before: end, after: start, tokens)
            #expect(EventExtractor.introducesUnnamed(kind, before: end, after: start, tokens) == expected, "'\(text)' \(kind) \(start) \(end)")
            asked += 1
            if expected { introduced += 1 }
          }
        }
      }
    }
    #expect(asked > 10_000)
    #expect(introduced > 200)
  }

  /// `RuleTables.hedgeCues` answers by word id what `EventExtractor.isHedged` asked of each
  /// word's text in its `switch`es, for every lexicon word and every token of the texts.
  @Test func hedgeCuesByIDAgreeWithTheSwitches() {
    let tables = WordIDScanTests.tables
    let cues = tables.hedgeCues
    let lists: [(TokenWordList, (String) -> Bool)] = [
      (cues.sayingVerbs, { switch $0 { case "said", "say", "says", "announced", "stated": true; default: false } }),
      (cues.sourceNouns, { switch $0 { case "reports", "sources", "media", "residents", "locals": true; default: false } }),
      (
        cues.attributionVerbs,
        { switch $0 { case "said", "says", "claimed", "claims", "announced", "tweeted", "stated", "told": true; default: false } }
      ),
      (cues.unofficialSources, { switch $0 { case "residents", "locals", "sources", "elders", "villagers", "people", "witnesses", "eyewitnesses": true; default: false } }),
      (
        cues.officialWords,
        { switch $0 { case "officials", "official", "ministry", "governor", "police", "spokesman": true; default: false } }
      ),
    ]
    var held = 0
    for (list, reference) in lists {
      for (id, word) in tables.lexicon.words.enumerated() {
        #expect(list.contains(word, id: WordID(id)) == reference(word), "\(word)")
      }
      for text in Self.markTexts {
        let tokens = Tokenizer.tokens(SourceText(text), lexicon: tables.lexicon)
        for k in tokens.indices {
          let expected = reference(tokens[k].lower)
          #expect(list.contains(tokens, at: k) == expected, "\(tokens[k].lower)")
          if expected { held += 1 }
        }
      }
    }
    #expect(held > 40)
  }

  /// `EventExtractor.EventKey`'s own hash, which leaves the type out: equal keys hash alike, and
  /// keys that differ only in type are still told apart (as dictionary keys too).
  @Test func eventKeysOfTypesHashAlikeAndStayApart() {
    typealias Key = EventExtractor.EventKey
    let days: [Day?] = [nil, Day(ordinal: 0), Day(year: 2021, month: 8, day: 15)]
    var byKey: [Key: Int] = [:]
    var count = 0
    for type in [EventType?.none] + EventType.allCases.map(Optional.some) {
      for pcode in ["AF01", "AF0101", ""] {
        for date in days {
          for sentence in [-1, 0, 3] {
            let key = Key(sentence: sentence, type: type, pcode: pcode, date: date)
            let same = Key(sentence: sentence, type: type, pcode: pcode, date: date)
            #expect(key == same && key.hashValue == same.hashValue)
            #expect(byKey.updateValue(count, forKey: key) == nil)
            count += 1
          }
        }
      }
    }
    #expect(byKey.count == count)
    for (key, n) in byKey { #expect(byKey[Key(sentence: key.sentence, type: key.type, pcode: key.pcode, date: key.date)] == n) }
  }
}
