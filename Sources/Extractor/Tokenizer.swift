/// A token of a document: a word, a number or one punctuation mark, with its offsets in
/// Unicode scalars.
struct Token: Sendable, Hashable {
  enum Kind: Sendable, Hashable { case word, number, punctuation }
  let kind: Kind
  /// Scalar offsets [start, end) in the document.
  let start: Int
  let end: Int
  /// The token as written.
  let text: String
  /// Lower-case form (words), for lexicon matching.
  let lower: String
  /// True when a word starts with an upper-case letter.
  let isCapitalized: Bool
  /// True when whitespace containing a line break precedes the token.
  let followsLineBreak: Bool
}

/// A sentence: a range of tokens and its text.
struct Sentence: Sendable {
  let index: Int
  /// Token positions [first, last).
  let tokens: Range<Int>
  let start: Int
  let end: Int
  /// Paragraph number (text separated by blank lines or single line breaks counts as new).
  let paragraph: Int
}

/// Splits text into tokens and sentences.
enum Tokenizer {
  /// Tokens of `scalars`. Words are runs of letters (with internal apostrophes); numbers are
  /// runs of digits (with internal `,`/`.` between digits); every other non-space scalar is a
  /// punctuation token.
  static func tokens(_ scalars: [Unicode.Scalar]) -> [Token] {
    var tokens: [Token] = []
    tokens.reserveCapacity(scalars.count / 5)
    var i = 0
    var sawBreak = true
    let n = scalars.count
    while i < n {
      let c = scalars[i]
      if c.properties.isWhitespace {
        if c == "\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" { sawBreak = true }
        i += 1
        continue
      }
      let start = i
      if isLetter(c) {
        var j = i + 1
        while j < n {
          let d = scalars[j]
          if isLetter(d) || isDigit(d) {
            j += 1
          } else if isApostrophe(d), j + 1 < n, isLetter(scalars[j + 1]),
            !isPossessive(scalars, j)
          {
            j += 2
          } else {
            break
          }
        }
        let text = String(String.UnicodeScalarView(scalars[start..<j]))
        tokens.append(
          Token(
            kind: .word, start: start, end: j, text: text, lower: text.lowercased(),
            isCapitalized: c.properties.isUppercase, followsLineBreak: sawBreak))
        i = j
      } else if isDigit(c) {
        var j = i + 1
        while j < n {
          let d = scalars[j]
          if isDigit(d) {
            j += 1
          } else if (d == "," || d == "."), j + 1 < n, isDigit(scalars[j + 1]) {
            j += 2
          } else if isOrdinalSuffix(scalars, j) {
            j += 2
            break
          } else {
            break
          }
        }
        let text = String(String.UnicodeScalarView(scalars[start..<j]))
        tokens.append(
          Token(
            kind: .number, start: start, end: j, text: text, lower: text.lowercased(),
            isCapitalized: false, followsLineBreak: sawBreak))
        i = j
      } else {
        let text = String(c)
        tokens.append(
          Token(
            kind: .punctuation, start: i, end: i + 1, text: text, lower: text,
            isCapitalized: false, followsLineBreak: sawBreak))
        i += 1
      }
      sawBreak = false
    }
    return tokens
  }

  static func isLetter(_ c: Unicode.Scalar) -> Bool {
    c.value < 0x80
      ? (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
      : c.properties.isAlphabetic
  }

  /// `'s` closing a word (Parwan's): the apostrophe is left as its own token.
  static func isPossessive(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
    guard j + 1 < s.count, s[j + 1] == "s" || s[j + 1] == "S" else { return false }
    return j + 2 >= s.count || !isLetter(s[j + 2])
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

  static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
    c == "'" || c == "\u{2019}" || c == "\u{2018}" || c == "\u{02BC}"
  }

  /// "23rd", "1st", "2nd", "4th" — an ordinal suffix right after digits.
  static func isOrdinalSuffix(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
    guard j + 1 < s.count else { return false }
    let pair = String(String.UnicodeScalarView([s[j], s[j + 1]])).lowercased()
    guard ["st", "nd", "rd", "th"].contains(pair) else { return false }
    return j + 2 >= s.count || !isLetter(s[j + 2])
  }

  /// Abbreviations after which a period does not end a sentence.
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "gen", "maj", "col", "lt", "capt", "sgt", "gov", "sen", "rep",
    "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "etc", "u", "s", "e", "i", "a", "p", "m", "prof", "brig", "mt", "km",
  ]

  /// Sentences of the token stream: a sentence ends at `.`, `!`, `?` (or `…`) followed by a
  /// capitalised word, quote or line break, and at every line break.
  static func sentences(_ tokens: [Token]) -> [Sentence] {
    var sentences: [Sentence] = []
    var first = 0
    var paragraph = 0
    func close(_ endExclusive: Int) {
      guard endExclusive > first else { return }
      sentences.append(
        Sentence(
          index: sentences.count, tokens: first..<endExclusive, start: tokens[first].start,
          end: tokens[endExclusive - 1].end, paragraph: paragraph))
      first = endExclusive
    }
    var i = 0
    while i < tokens.count {
      let token = tokens[i]
      if i > first, token.followsLineBreak {
        close(i)
        paragraph += 1
        continue
      }
      if token.kind == .punctuation, [".", "!", "?", "…"].contains(token.text) {
        // Include closing quotes and brackets.
        var end = i + 1
        while end < tokens.count, tokens[end].kind == .punctuation,
          ["\"", "\u{201D}", "'", "\u{2019}", ")", "]"].contains(tokens[end].text),
          !tokens[end].followsLineBreak
        {
          end += 1
        }
        let previous = i > 0 ? tokens[i - 1] : nil
        let isAbbreviation =
          token.text == "." && previous.map {
            $0.kind == .word && $0.end == token.start
              && (abbreviations.contains($0.lower) || ($0.text.count == 1 && $0.isCapitalized))
          } ?? false
        let next = end < tokens.count ? tokens[end] : nil
        let nextStarts =
          next.map { $0.isCapitalized || $0.kind == .number || $0.followsLineBreak || $0.kind == .punctuation }
          ?? true
        if !isAbbreviation && nextStarts {
          close(end)
          i = end
          continue
        }
      }
      i += 1
    }
    close(tokens.count)
    return sentences
  }
}
