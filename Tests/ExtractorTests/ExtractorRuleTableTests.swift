@testable import Extractor
import Gazetteer
import Testing

/// Runs the example sentences that each rule of the rule tables carries (`EnglishRules`): an
/// example must give its event, a counter-example must not. The sentences are written for the
/// rules, so a new wording comes with the proof that it works and does not over-reach.
@Suite struct ExtractorRuleTableTests {
  struct Example: CustomStringConvertible, Sendable {
    let rule: String
    let text: String
    let event: String
    let positive: Bool
    var description: String { "\(rule) \(positive ? "gives" : "must not give") \(event): \(text)" }
  }

  /// Every language's table: English, Dari, Pashto.
  static let tables: [TriggerRule] = TriggerRules.table + DariRules.table + PashtoRules.table

  static let examples: [Example] = tables.flatMap { rule in
    rule.examples.map { Example(rule: rule.id, text: $0.text, event: $0.event, positive: true) }
      + rule.counterExamples.map { Example(rule: rule.id, text: $0.text, event: $0.event, positive: false) }
  }

  @Test(arguments: examples)
  func example(_ example: Example) {
    let found = ExtractorRuleTests.summary(example.text)
    if example.positive {
      #expect(found.contains(example.event), "\(example): got \(found.sorted())")
    } else {
      #expect(!found.contains(example.event), "\(example): got \(found.sorted())")
    }
  }

  @Test func everyRuleHasAnExample() {
    let ids = Set(TriggerRules.table.map(\.id))
    // A silent rule gives no event: its counter-examples are its examples.
    let exemplified = Set(
      TriggerRules.table.filter { !$0.examples.isEmpty || ($0.isSilent && !$0.counterExamples.isEmpty) }.map(\.id))
    #expect(ids.subtracting(exemplified).sorted() == [])
  }

  /// The pattern language: inflection sets, skippable fillers, bounded gaps.
  @Test(arguments: [
    ("take~ _ control of", "took full control of", true),
    ("take~ _ control of", "taking the complete control of", true),
    ("take~ _ control of", "took a lot of control of", false),
    ("overrun~", "overran", true),
    ("fighting *3 reported from", "fighting was reported from", true),
    ("fighting *3 reported from", "fighting , it was reported from", false),
    ("fighting *2 reported from", "fighting has been widely reported from", false),
    ("under _ taliban control", "under the taliban control", true),
    ("transfer~ to", "transferred to", true),
    ("occupy~", "occupied", true),
  ])
  func patternLanguage(_ pattern: String, _ text: String, _ matches: Bool) {
    // Through the matcher the extractor runs: the pattern compiled into a flat table over the
    // rule tables' lexicon (a test word the lexicon lacks is `Lexicon.unknown`, which no slot
    // holds, as at run time).
    let tables = NameKeyFilterTests.tables
    let table = TriggerPatternTable([TriggerPattern("test", .captured, pattern)], lexicon: tables.lexicon)
    let words = text.split(separator: " ").map(String.init)
    let ids = words.map { tables.lexicon.id(of: $0) }
    let length = table.matchLength(0, words, ids: ids, at: 0, isFiller: tables.isFiller)
    #expect((length == words.count) == matches, "\(pattern) on '\(text)'")
  }
}
