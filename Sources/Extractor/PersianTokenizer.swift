import Gazetteer

/// Splits Persian-script text (Dari, Pashto) into tokens and sentences.
///
/// Words are runs of letters; harakat, tatweel and ZWNJ inside a run stay in the word
/// («ولسوالی‌های» is one token) and its `lower` is the `ArabicScript.matchingForm`. Numbers are
/// runs of ASCII, Persian (۰–۹) or Arabic-Indic (٠–٩) digits, read as ASCII digits; letters
/// glued to digits start a new word («۲۱مه» → `21`, `مه`). Sentences end at «.», «؟», «?», «!»,
/// «۔» and at every line break: Persian script has no capital letter to confirm a sentence end.
enum PersianTokenizer {
  static func tokens(_ source: SourceText) -> [Token] {
    source.bytes.withUnsafeBufferPointer { bytes in
      var scanner = Tokenizer.Scanner(bytes: bytes)
      var tokens: [Token] = []
      var sawBreak = true
      func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        ArabicScript.digitValue(c) == nil && (Tokenizer.isLetter(c) || ArabicScript.isIgnorable(c) && c.value != 0xFEFF)
      }
      while !scanner.atEnd {
        let c = scanner.current.scalar
        if Tokenizer.isWhitespace(c) {
          if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" { sawBreak = true }
          scanner.advance()
          continue
        }
        let start = scanner.position
        let kind: Token.Kind
        if ArabicScript.digitValue(c) != nil {
          kind = .number
          scanner.advance()
          while !scanner.atEnd {
            let d = scanner.current.scalar
            if ArabicScript.digitValue(d) != nil {
              scanner.advance()
            } else if d == "," || d == "." || d == "\u{066B}" || d == "\u{066C}", let next = scanner.peek(1),
              ArabicScript.digitValue(next.scalar) != nil
            {
              scanner.advance()
              scanner.advance()
            } else {
              break
            }
          }
        } else if isWordScalar(c) && !ArabicScript.isIgnorable(c) {
          kind = .word
          scanner.advance()
          while !scanner.atEnd, isWordScalar(scanner.current.scalar) { scanner.advance() }
        } else {
          kind = .punctuation
          scanner.advance()
        }
        let end = scanner.position
        let text = String(decoding: bytes[start.byte..<end.byte], as: UTF8.self)
        var lower = ArabicScript.matchingForm(text)
        if kind == .word { lower = lower.lowercased() }
        if kind == .punctuation && lower.isEmpty { lower = text }
        tokens.append(
          Token(
            kind: kind, start: start.scalar, end: end.scalar, byteStart: start.byte, byteEnd: end.byte,
            lower: lower, word: Lexicon.unknown, isCapitalized: false, followsLineBreak: sawBreak,
            isASCII: text.utf8.allSatisfy { $0 < 0x80 }))
        sawBreak = false
      }
      return tokens
    }
  }

  static let sentenceEnds: Set<String> = [".", "؟", "?", "!", "۔", "…"]

  /// Sentences: a line break or a sentence-final mark (with closing quotes and brackets) ends one.
  static func sentences(_ tokens: [Token]) -> [Sentence] {
    var collector = SentenceCollector()
    func close(_ endExclusive: Int) { collector.close(endExclusive, tokens) }
    var i = 0
    while i < tokens.count {
      if i > collector.first, tokens[i].followsLineBreak {
        close(i)
        collector.paragraph += 1
        continue
      }
      if tokens[i].kind == .punctuation, sentenceEnds.contains(tokens[i].lower) {
        let end = Tokenizer.endOfClosingMarks(after: i, tokens, also: ["»"])
        close(end)
        i = end
        continue
      }
      i += 1
    }
    close(tokens.count)
    return collector.sentences
  }
}
