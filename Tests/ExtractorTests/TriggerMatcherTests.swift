@testable import Extractor
import Testing

/// The compiled matcher (`TriggerPatternTable.SentenceMatcher`, which walks a pattern's
/// required words in a loop and tries the other slots by recursion) against the pattern's
/// slots read as text, slot by slot by recursion, on the words of the rules' example sentences.
@Suite struct TriggerMatcherTests {
  /// The position after the longest match of `slots[s...]` from `words[position]`, read on the
  /// words' text: what `TriggerPattern` states, for the compiled table to agree with.
  static func referenceEnd(_ slots: [TriggerPattern.Slot], _ s: Int, _ words: [String], _ position: Int) -> Int? {
    if s == slots.count { return position }
    switch slots[s] {
    case .words(let choices, let optional):
      if position < words.count, choices.contains(words[position]), let end = referenceEnd(slots, s + 1, words, position + 1) {
        return end
      }
      return optional ? referenceEnd(slots, s + 1, words, position) : nil
    case .fillers:
      var skip = 0
      while skip < 3, position + skip < words.count, Inflections.fillers.contains(words[position + skip]) { skip += 1 }
      for n in stride(from: skip, through: 0, by: -1) {
        if let end = referenceEnd(slots, s + 1, words, position + n) { return end }
      }
      return nil
    case .gap(let limit):
      var n = 0
      while true {
        if let end = referenceEnd(slots, s + 1, words, position + n) { return end }
        guard n < limit, position + n < words.count, !TriggerPatternTable.stopsGap(words[position + n]) else { return nil }
        n += 1
      }
    }
  }

  @Test func compiledMatcherAgreesWithThePatterns() {
    let tables = NameKeyFilterTests.tables
    let table = tables.triggerPatterns
    let texts = TriggerRules.table.flatMap { rule in (rule.examples + rule.counterExamples).map(\.text) }
    var tried = 0
    var matched = 0
    var mismatches: [String] = []
    for (t, text) in texts.enumerated() {
      let tokens = Tokenizer.tokens(SourceText(text), lexicon: tables.lexicon)
      let words = tokens.map(\.lower)
      let ids = tokens.map(\.word)
      table.withMatcher(words, ids: ids, isFiller: tables.isFiller) { matcher in
        for w in words.indices {
          // Every pattern at every word for the first eight texts; the patterns of each word's first
          // word (what `TriggerFinder.find` tries) for all of them.
          let entries = t < 8 ? 0..<table.entries.count : Int(table.byFirstWord[Int(ids[w])].lowerBound)..<Int(table.byFirstWord[Int(ids[w])].upperBound)
          for e in entries {
            let pattern = table.patterns[Int(table.entries[e].pattern)]
            let expected = Self.referenceEnd(pattern.slots, 0, words, w).flatMap { $0 > w ? $0 - w : nil }
            let length = matcher.matchLength(e, at: w)
            let listed = table.byFirstWord[Int(ids[w])].contains(Int32(e))
            if length != expected || table.matchLength(e, words, ids: ids, at: w, isFiller: tables.isFiller) != length
              || (listed && matcher.matchLength(afterFirstWord: e, at: w) != length)
            {
              mismatches.append("\(pattern.rule) at \(w) of '\(text)': \(String(describing: length)), not \(String(describing: expected))")
            }
            tried += 1
            if length != nil { matched += 1 }
          }
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    #expect(tried > 10_000)
    #expect(matched > 500)
  }
}
