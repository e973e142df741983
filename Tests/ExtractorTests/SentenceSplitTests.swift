import Testing

@testable import Extractor

/// Where the English splitter closes sentences around quotation marks: a closing mark after a
/// full stop belongs to the sentence it closes; a straight quote after a space opens the next.
@Suite struct SentenceSplitTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: [String]
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "He said: \"Kunduz fell.\" Then he left.", expected: ["He said: \"Kunduz fell.\"", "Then he left."]),
    Case(text: "He said: \u{201C}Kunduz fell.\u{201D} Then he left.", expected: ["He said: \u{201C}Kunduz fell.\u{201D}", "Then he left."]),
    Case(
      text: "Mujahid confirmed it. \"Both ports are ours,\" he said.",
      expected: ["Mujahid confirmed it.", "\"Both ports are ours,\" he said."]),
    Case(text: "Kunduz fell (on Sunday.) Taloqan followed.", expected: ["Kunduz fell (on Sunday.)", "Taloqan followed."]),
  ]

  @Test(arguments: cases) func sentences(_ c: Case) {
    let source = SourceText(c.text)
    let tokens = Tokenizer.tokens(source, lexicon: WordIDScanTests.tables.lexicon)
    let bytes = Array(c.text.utf8)
    let found = Tokenizer.sentences(tokens, source).map { String(decoding: bytes[$0.byteStart..<$0.byteEnd], as: UTF8.self) }
    #expect(found == c.expected)
  }
}
