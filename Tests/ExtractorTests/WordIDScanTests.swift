import Testing

@testable import Extractor

/// Scans that read tokens' word ids where the rules compared their text (the fifteenth speed
/// pass), each against the text comparison it replaced, on the rules' example sentences and
/// on sentences written to hold the words in every case and beside punctuation.
@Suite struct WordIDScanTests {
  static let tables = NameKeyFilterTests.tables

  /// The rules' example and counter-example sentences, and sentences of the words these scans
  /// look for, in other cases, glued to punctuation and inside longer words.
  static let texts: [String] =
    (TriggerRules.table + DariRules.table + PashtoRules.table).flatMap { rule in
      (rule.examples + rule.counterExamples).map(\.text)
    } + [
      "The Taliban captured Nerkh. However, fighting was still going on; HOWEVER the governor denied it.",
      "However however HoWeVeR howevers nevertheless however-else however,but but;however",
      "Fighting continues in Tagab, but officials say the district had not fallen, however.",
      "\u{0647}\u{0631}\u{0627}\u{062A} however \u{00E9}however Howe\u{0301}ver",
      "The group denied it; Mujahid, the Taliban's spokesman, and the NSAGs, AOG gunmen, Talibans and Islamists did not.",
      "taliban\u{2019}s groups GROUP mujahideen Emirate hardline-hardliners group's",
    ]

  /// `EventExtractor.firstToken` finds "however" by id where `withDisputedCaptures` compared
  /// every word's text before each span.
  @Test func firstHoweverAgreesWithTheTextComparison() {
    var found = 0
    for text in Self.texts {
      let tokens = Tokenizer.tokens(SourceText(text), lexicon: Self.tables.lexicon)
      for start in 0...tokens.count {
        for end in start...tokens.count {
          let expected = (start..<end).first { tokens[$0].lower == "however" } ?? end
          let got = EventExtractor.firstToken(Self.tables.howeverWord, in: tokens, start..<end)
          #expect(got == expected, "'\(text)' \(start)..<\(end)")
          if expected < end { found += 1 }
        }
      }
    }
    #expect(found > 100)
  }

  /// A contrast cue is "but" or "however" and nothing else, so `withDisputedCaptures` sets
  /// `afterContrast` at every contrast cue without comparing its text again.
  @Test func contrastCuesAreButAndHowever() {
    let lexicon = Self.tables.lexicon
    for id in 0..<lexicon.count where Self.tables.disputeCue[id] == .contrast {
      #expect(["but", "however"].contains(lexicon.words[id]), "\(lexicon.words[id])")
    }
    for (word, cue) in EventExtractor.disputeCues where cue == .contrast {
      #expect(["but", "however"].contains(word))
    }
    for text in Self.texts {
      for token in Tokenizer.tokens(SourceText(text), lexicon: lexicon) {
        let cue =
          token.word != Lexicon.unknown
          ? Self.tables.disputeCue[Int(token.word)]
          : token.isASCII ? .none : EventExtractor.disputeCues[token.lower] ?? .none
        #expect((cue == .contrast) == ["but", "however"].contains(token.lower), "\(token.lower)")
      }
    }
  }
}
