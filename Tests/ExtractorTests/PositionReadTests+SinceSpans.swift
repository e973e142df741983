import Testing

@testable import Extractor

/// `DateFinder.opensSpanSince`, which the twenty-first speed pass reads with `Token.spells(_:)`,
/// against the `switch` on the tokens' texts it replaced.
extension PositionReadTests {
  /// `DateFinder.opensSpanSince` before it read the tokens in place.
  static func referenceOpensSpanSince(_ tokens: [Token], before first: Int, in range: Range<Int>) -> Bool {
    var k = first - 1
    var beginning = false
    while k >= range.lowerBound, k >= first - 10 {
      switch tokens[k].lower {
      case "since": return beginning
      case "." where k > range.lowerBound && Tokenizer.isAbbreviation(tokens[k - 1]): break
      case ",", ";", ".", ":": return false
      case "start", "beginning", "began", "begun", "started", "onset", "launch", "withdrawal", "pullout", "drawdown": beginning = true
      default: break
      }
      k -= 1
    }
    return false
  }

  /// For every position and clause start of the texts (with the rules' examples, spans "since"
  /// opens in other cases and beside marks, and canonically equivalent marks), the two agree.
  @Test func sinceSpansBySpellingAgreeWithTheSwitch() {
    let lexicon = WordIDScanTests.tables.lexicon
    let texts =
      Self.jointTexts + [
        "Since the start of the withdrawal on May 1, the Taliban took Nerkh; since the US began pulling out on May 1",
        "SINCE the Beginning of June, since begun: since onset. since launch\u{037E} since started on 3 July, since Monday",
        "since\u{0301} the start of May, sin\u{00E7}e the onset, since, start; since . began since : launch, since",
        "fighting has gone on since the launch of the offensive started in May; since the beginning, Kunduz",
        "the first city seized since the U.S. withdrawal on May 1, since the pullout. In May, since the U.N. drawdown",
      ]
    var opened = 0
    for text in texts {
      let tokens = Tokenizer.tokens(SourceText(text), lexicon: lexicon)
      for first in 0...tokens.count {
        for start in [0, max(0, first - 4), max(0, first - 12)] {
          let expected = Self.referenceOpensSpanSince(tokens, before: first, in: start..<tokens.count)
          #expect(
            DateFinder.opensSpanSince(tokens, before: first, in: start..<tokens.count, since: WordIDScanTests.tables.sinceWord)
              == expected, "'\(text)' \(first) \(start)")
          if expected { opened += 1 }
        }
      }
    }
    #expect(opened > 20)
  }
}
