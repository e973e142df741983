import Gazetteer
import Testing

@testable import Extractor

/// `NameKeyFilter` answers for the place index whenever the name keys settle a run of tokens:
/// its answer, for every run from every start (read from the longest run or keyed alone), is
/// the index's own, including runs with curly apostrophes and Latin diacritics.
@Suite struct NameKeyFilterTests {
  static let tables = RuleTables(index: ExtractorRuleTests.index)

  @Test(arguments: [
    "Kandahar\u{2019}s Spin Boldak district", "Panjwa\u{2018}i and Ab\u{2019}band", "Lagh\u{0101}n\u{2019}s Alingar",
    "the Khan Abad and Qala-e-Naw districts", "Kabul\u{2019}s",
    // (ASCII apostrophes and backticks inside words, and capitals: the letters are copied per
    // token and squeezed in place.)
    "Qal'a-e-Naw and La`l wa Sarjangal", "DEH'RAWUD, Deh Rawud's SPIN boldak",
  ])
  func filterAnswersAsTheIndex(_ text: String) {
    let index = ExtractorRuleTests.index
    let names = Self.tables.names
    let source = SourceText(text)
    let tokens = Tokenizer.tokens(source, lexicon: Self.tables.lexicon)
    var scratch = NameKeyFilter.Scratch()
    var answered = 0
    for start in tokens.indices {
      names.collectRuns(tokens, start..<tokens.count, source, &scratch)
      for end in (start + 1)...tokens.count {
        let run = source.string(from: tokens[start], through: tokens[end - 1])
        let expected = index.nameMatches(run, allowSound: false).map(\.place.id)
        if let fromRuns = names.matches(runTo: end, &scratch) {
          #expect(fromRuns.map(\.place.id) == expected, "'\(run)' read from the longest run")
          answered += 1
        }
        if let alone = names.matches(tokens, start..<end, source, allowSound: false, &scratch) {
          #expect(alone.map(\.place.id) == expected, "'\(run)' keyed alone")
        }
      }
    }
    #expect(answered == tokens.count * (tokens.count + 1) / 2, "every run of '\(text)' is settled by the keys")
  }
}
