import Gazetteer

/// A token of a document: a word, a number or one punctuation mark, with its offsets in
/// Unicode scalars (reported in events) and in UTF-8 bytes (for slicing the text).
struct Token: Sendable, Hashable {
  enum Kind: Sendable, Hashable { case word, number, punctuation }
  let kind: Kind
  /// Scalar offsets [start, end) in the document.
  let start: Int
  let end: Int
  /// UTF-8 offsets [byteStart, byteEnd) in the document.
  let byteStart: Int
  let byteEnd: Int
  /// Lower-case form (words and numbers); the mark itself for punctuation.
  let lower: String
  /// `lower` in the extractor's `Lexicon`, or `Lexicon.unknown`.
  let word: WordID
  /// True when a word starts with an upper-case letter.
  let isCapitalized: Bool
  /// True when whitespace containing a line break precedes the token.
  let followsLineBreak: Bool
  /// True when every scalar of the token is ASCII.
  let isASCII: Bool

  /// Length in Unicode scalars.
  var length: Int { end - start }

  /// Whether `lower` is `word`, an ASCII word (`lower == word`). An ASCII token of another
  /// length in bytes is turned away on the count (two ASCII strings are equal only byte for
  /// byte), where `==` on strings that differ calls the standard library's comparison, about 25
  /// instructions; any other token is compared as text.
  @inline(__always)
  func spells(_ word: String) -> Bool {
    assert(word.utf8.allSatisfy { $0 < 0x80 }, "spells(_:) compares with ASCII words only")
    if isASCII, lower.utf8.count != word.utf8.count { return false }
    return lower == word
  }
}

extension String {
  /// For a string that starts with an ASCII scalar: its byte when that is the whole string, and
  /// 0 when more follows; nil for the empty string and one that starts with another scalar.
  ///
  /// The mark tests (`isHyphen`, `isApostrophe`, …) compare this byte with marks other than NUL
  /// instead of comparing strings: `==` against a non-ASCII literal normalises both strings
  /// (hundreds of instructions for every word asked about), and neither kind of string the
  /// byte settles can equal a tested mark. No one-byte string is canonically equivalent to
  /// anything but itself. A longer string that starts with an ASCII scalar decomposes to at
  /// least two scalars (an ASCII scalar is a starter and its own decomposition), where every
  /// tested mark is one scalar without a canonical decomposition. (Other strings keep their
  /// `==` tests: U+1FEF, a longer string that starts elsewhere, equals "`".)
  @inline(__always)
  var leadingASCIIByte: UInt8? {
    guard let first = utf8.first, first < 0x80 else { return nil }
    return utf8.count == 1 ? first : 0
  }
}

extension String {
  /// The text's scalar when it is one scalar, else nil (the empty string, two scalars or more).
  ///
  /// The mark tests ask it of text that does not start with an ASCII scalar, and compare the
  /// scalar with the marks that no other text is canonically equivalent to: those without a
  /// canonical decomposition that are no other scalar's (U+2010, U+2011, U+2013, U+2014,
  /// U+2018, U+2019, U+201C, U+201D, U+2026, U+02BC, U+02BE, U+02BF, U+1FEF, and the ASCII marks
  /// but ";", "`" and "K"; not U+00B4, which U+1FFD is). Text equal to such a mark is one scalar
  /// (decomposing never makes fewer scalars), the mark itself. (`==` against a literal, with
  /// text that is not ASCII, normalised both texts: 500 to 8 000 instructions a test, about
  /// 2.5 M on the 1 MB stream: callgrind, issue #16.) Kept out of line, so that the tests that
  /// ask it stay small enough to be inlined where they are asked of every token.
  @inline(never)
  var onlyScalar: Unicode.Scalar? {
    var scalars = unicodeScalars.makeIterator()
    guard let first = scalars.next(), scalars.next() == nil else { return nil }
    return first
  }
}

extension String {
  /// Whether this text is `word`, an ASCII word without ";", "`" or "K" (`self == word`):
  /// text of another length in bytes is turned away on the count, where `==` on texts that
  /// differ called the standard library's comparison, about 25 instructions. Text equal to
  /// such a word is its bytes: only ASCII scalars and the three whose canonical decomposition
  /// is ";", "`" or "K" (U+037E, U+1FEF, U+212A) decompose to ASCII alone.
  @inline(__always)
  func spells(_ word: String) -> Bool {
    assert(String.isSpelledWord(word.utf8), "spells(_:) compares with ASCII words without ';', '`' or 'K' only")
    return utf8.count == word.utf8.count && self == word
  }

  /// Whether the UTF-8 bytes `utf8` are an ASCII word without ";", "`" or "K": text equal to
  /// such a word is its bytes (`spells(_:)`, `SpelledWordSet`, the lexicon's plain words).
  @inline(__always)
  static func isSpelledWord(_ utf8: some Sequence<UInt8>) -> Bool {
    utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") && $0 != UInt8(ascii: "K") }
  }
}

/// The UTF-8 bytes of a document, from which token and sentence texts are cut.
struct SourceText: Sendable {
  let bytes: [UInt8]

  init(_ text: String) { bytes = Array(text.utf8) }

  /// The text of bytes [start, end).
  func string(_ start: Int, _ end: Int) -> String {
    bytes.withUnsafeBufferPointer { String(copying: UnsafeBufferPointer(rebasing: $0[start..<end])) }
  }

  /// The text of tokens [first, last] inclusive.
  func string(from first: Token, through last: Token) -> String {
    string(first.byteStart, last.byteEnd)
  }

  /// The text of one token as written.
  func string(_ token: Token) -> String { string(token.byteStart, token.byteEnd) }

  /// `string(from: tokens[first], through: tokens[last])`, the two offsets read in place: an
  /// argument `tokens[k]` copied the whole token, its text retained and released (`match`
  /// cut a name's text so about 20 000 times on the 1 MB stream: callgrind, issue #16). Kept
  /// out of line, where the array's subscript is inlined.
  @inline(never)
  func string(_ tokens: [Token], from first: Int, through last: Int) -> String {
    string(tokens[first].byteStart, tokens[last].byteEnd)
  }

  /// `string(tokens[k])`, the offsets read in place (see above).
  @inline(never)
  func string(_ tokens: [Token], at k: Int) -> String { string(tokens[k].byteStart, tokens[k].byteEnd) }
}

/// A sentence: a range of tokens and its text.
struct Sentence: Sendable {
  let index: Int
  /// Token positions [first, last).
  let tokens: Range<Int>
  let start: Int
  let end: Int
  /// UTF-8 offsets of the sentence's text.
  let byteStart: Int
  let byteEnd: Int
  /// Paragraph number (text separated by blank lines or single line breaks counts as new).
  let paragraph: Int
}

/// Builds the sentences of a token stream as its splitter closes them (shared by the English
/// and the Persian-script tokenizers).
struct SentenceCollector {
  private(set) var sentences: [Sentence] = []
  /// The first token of the open sentence.
  private(set) var first = 0
  var paragraph = 0

  /// Closes the open sentence before token `endExclusive` (nothing when it is empty).
  mutating func close(_ endExclusive: Int, _ tokens: [Token]) {
    guard endExclusive > first else { return }
    sentences.append(
      Sentence(
        index: sentences.count, tokens: first..<endExclusive, start: tokens[first].start,
        end: tokens[endExclusive - 1].end, byteStart: tokens[first].byteStart,
        byteEnd: tokens[endExclusive - 1].byteEnd, paragraph: paragraph))
    first = endExclusive
  }
}

/// Splits text into tokens and sentences.
enum Tokenizer {
  /// Tokens of `source`. Words are runs of letters (with internal apostrophes); numbers are
  /// runs of digits (with internal `,`/`.` between digits); every other non-space scalar is a
  /// punctuation token.
  ///
  /// Works on UTF-8 bytes with an ASCII fast path and counts scalars as it goes, so offsets are
  /// in Unicode scalars as before; each word is lower-cased and looked up in `lexicon` once.
  static func tokens(_ source: SourceText, lexicon: Lexicon) -> [Token] {
    // The tokens are written in place into an array made with room for one token every four
    // bytes (most texts have one every six): an `append` for every token, its uniqueness and
    // capacity checks kept out of line in this long loop, was about 65 instructions a token
    // (10 M on the 1 MB stream: callgrind, issue #16). A text with more tokens than that room
    // (a table of numbers) is tokenised again into room for one token a byte, which no text
    // outgrows: every token holds at least one byte, and the two tokens of a word glued to
    // "the" hold five.
    var lowered = [UInt8](repeating: 0, count: source.bytes.count + 8)
    var complete = false
    let tokens = [Token](unsafeUninitializedCapacity: source.bytes.count / 4 + 16) { buffer, count in
      complete = Self.tokens(source, lexicon: lexicon, lowered: &lowered, into: buffer, count: &count)
    }
    if complete { return tokens }
    return [Token](unsafeUninitializedCapacity: source.bytes.count + 1) { buffer, count in
      let done = Self.tokens(source, lexicon: lexicon, lowered: &lowered, into: buffer, count: &count)
      precondition(done, "more tokens than bytes")
    }
  }

  /// The tokens of `source` (``tokens(_:lexicon:)``), initialised in `buffer` from its start,
  /// `count` of them; false when `buffer` has no room for the next one (the tokens written
  /// stay initialised, `count` of them). `lowered` is scratch room for lower-cased bytes, at
  /// least eight bytes longer than the text.
  private static func tokens(
    _ source: SourceText, lexicon: Lexicon, lowered: inout [UInt8], into buffer: UnsafeMutableBufferPointer<Token>,
    count: inout Int
  ) -> Bool {
    // The lower-case bytes of an ASCII word or a number, written in place: eight bytes longer
    // than the text, so that no word (nor the eight bytes its last chunk may spill) outgrows it,
    // and it is taken as a buffer once per text, not once per word (a buffer per word, grown
    // when short, was about 55 instructions a word on the 1 MB stream: callgrind, issue #16).
    return source.bytes.withUnsafeBufferPointer { bytes in lowered.withUnsafeMutableBufferPointer { lowered in
      var scanner = Scanner(bytes: bytes)
      var tokens = TokenWriter(buffer: buffer)
      defer { count = tokens.count }
      var sawBreak = true
      /// The ASCII bytes [from, to) lower-cased, written at the start of `lowered` eight at a
      /// time where eight can be read (byte by byte, this was 14 instructions a byte, 11 M on
      /// the 1 MB stream: callgrind, issue #16); what follows them in `lowered` is not theirs.
      /// (Inlined: a call for every word and number was about 20 instructions of its own, 3.3 M
      /// on the 1 MB stream: callgrind, issue #16.)
      @inline(__always)
      func lowercase(_ from: Int, _ to: Int) -> UnsafeBufferPointer<UInt8> {
        let n = to - from
        if let source = bytes.baseAddress, let target = lowered.baseAddress {
          var i = 0
          while i < n, from + i + 8 <= bytes.count {
            let chunk = UnsafeRawPointer(source + from + i).loadUnaligned(as: UInt64.self)
            UnsafeMutableRawPointer(target + i).storeBytes(of: Tokenizer.lowercasedASCII(chunk), as: UInt64.self)
            i += 8
          }
          while i < n {
            let b = bytes[from + i]
            lowered[i] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            i += 1
          }
        }
        return UnsafeBufferPointer(rebasing: lowered[..<n])
      }
      while !scanner.atEnd {
        let c = scanner.current
        // (A space, the scalar most often here, passed first: it is no line break.)
        if c.scalar == " " {
          scanner.advance()
          continue
        }
        if isWhitespace(c.scalar) {
          if c.scalar == "\n" || c.scalar == "\r" || c.scalar == "\u{2028}" || c.scalar == "\u{2029}" {
            sawBreak = true
          }
          scanner.advance()
          continue
        }
        let start = scanner.position
        if isLetter(c.scalar) {
          var ascii = c.scalar.isASCII
          scanner.advance()
          while !scanner.atEnd {
            // (ASCII letters and digits keep the word going and leave `ascii` as it is: passed
            // as bytes, not decoded and tested one by one.)
            scanner.skipASCIIAlphanumerics()
            if scanner.atEnd { break }
            let d = scanner.current
            // (An ASCII scalar here is no letter or digit, those were passed: only "'" and "`"
            // of the apostrophes may go on, so any other, mostly a space or a mark, ends the
            // word on one test.)
            if d.scalar.isASCII, d.scalar != "'", d.scalar != "`" { break }
            if isLetter(d.scalar) || isDigit(d.scalar) {
              ascii = ascii && d.scalar.isASCII
              scanner.advance()
            } else if isApostrophe(d.scalar), let next = scanner.peek(1), isLetter(next.scalar),
              !isPossessive(scanner)
            {
              ascii = ascii && d.scalar.isASCII && next.scalar.isASCII
              scanner.advance()
              scanner.advance()
            } else {
              break
            }
          }
          let end = scanner.position
          let lower: String
          let word: WordID
          if ascii {
            let n = end.byte - start.byte
            let text = lowercase(start.byte, end.byte)
            (lower, word) = lexicon.wordAndID(of: text)
            // "capturedthe Shinkai district": a known word glued to "the" (a space lost in
            // copying) is read as the two words.
            // (Only the words of the rules and the gazetteer count as known here, not those the
            // lexicon holds for look-ups alone: `Lexicon.isCore`.)
            // (The length and the final "the" asked first, on bytes already read: `isCore` was
            // asked of every ASCII word, about 1.0 M instructions on the 1 MB stream, where few
            // words end in "the": callgrind, issue #16.)
            if n >= 5, text[n - 3] == UInt8(ascii: "t"), text[n - 2] == UInt8(ascii: "h"),
              text[n - 1] == UInt8(ascii: "e"), !lexicon.isCore(word)
            {
              let cut = n - 3
              let (head, headID) = lexicon.wordAndID(of: UnsafeBufferPointer(rebasing: text[..<cut]))
              let (the, theID) = lexicon.wordAndID(of: UnsafeBufferPointer(rebasing: text[cut..<n]))
              if lexicon.isCore(headID) {
                guard tokens.append(
                  Token(
                    kind: .word, start: start.scalar, end: start.scalar + cut, byteStart: start.byte,
                    byteEnd: start.byte + cut, lower: head, word: headID,
                    isCapitalized: isUppercase(c.scalar), followsLineBreak: sawBreak, isASCII: true)) else { return false }
                guard tokens.append(
                  Token(
                    kind: .word, start: start.scalar + cut, end: end.scalar, byteStart: start.byte + cut,
                    byteEnd: end.byte, lower: the, word: theID, isCapitalized: false, followsLineBreak: false, isASCII: true)) else { return false }
                sawBreak = false
                continue
              }
            }
          } else {
            // ("isn’t", "hasn’t", "Taliban‘s"): a typographic apostrophe inside a word reads as
            // the ASCII one, so "isn’t" is the "isn't" the rules and the negation test know.
            // (Its bytes asked first: most such words are Dari or Pashto, with no apostrophe;
            // scanning every one's scalars cost 2.4 M instructions on the 1 MB stream.)
            let text = String(decoding: bytes[start.byte..<end.byte], as: UTF8.self).lowercased()
            lower = Self.holdsTypographicApostrophe(bytes[start.byte..<end.byte]) ? Self.straightenedApostrophes(text) : text
            word = lexicon.id(of: lower)
          }
          guard tokens.append(
            Token(
              kind: .word, start: start.scalar, end: end.scalar, byteStart: start.byte,
              byteEnd: end.byte, lower: lower, word: word,
              isCapitalized: isUppercase(c.scalar), followsLineBreak: sawBreak,
              isASCII: ascii)) else { return false }
          // "kicked the Taliban* out of": a footnote mark glued to a word ("* banned in Russia")
          // is no token, so wordings read past it.
          while !scanner.atEnd, scanner.current.scalar == "*" { scanner.advance() }
        } else if isDigit(c.scalar) {
          scanner.advance()
          while !scanner.atEnd {
            let d = scanner.current
            if isDigit(d.scalar) {
              scanner.advance()
            } else if d.scalar == "," || d.scalar == ".", let next = scanner.peek(1), isDigit(next.scalar) {
              scanner.advance()
              scanner.advance()
            } else if isOrdinalSuffix(scanner) {
              scanner.advance()
              scanner.advance()
              break
            } else {
              break
            }
          }
          let end = scanner.position
          // Digits, separators and an ASCII ordinal suffix: lower-casing is ASCII.
          let (lower, word) = lexicon.wordAndID(of: lowercase(start.byte, end.byte))
          guard tokens.append(
            Token(
              kind: .number, start: start.scalar, end: end.scalar, byteStart: start.byte,
              byteEnd: end.byte, lower: lower, word: word, isCapitalized: false,
              followsLineBreak: sawBreak, isASCII: true)) else { return false }
        } else {
          scanner.advance()
          let end = scanner.position
          let mark = bytes[start.byte..<end.byte]
          let word = lexicon.id(of: UnsafeBufferPointer(rebasing: mark))
          let text = c.length == 1 ? asciiMarks[Int(bytes[start.byte])] : String(decoding: mark, as: UTF8.self)
          guard tokens.append(
            Token(
              kind: .punctuation, start: start.scalar, end: end.scalar, byteStart: start.byte,
              byteEnd: end.byte, lower: text, word: word,
              isCapitalized: false, followsLineBreak: sawBreak, isASCII: c.scalar.isASCII)) else { return false }
        }
        sawBreak = false
      }
      return true
    } }
  }

  /// Writes tokens one after another into uninitialised room (``tokens(_:lexicon:)``).
  private struct TokenWriter {
    let buffer: UnsafeMutableBufferPointer<Token>
    private(set) var count = 0

    init(buffer: UnsafeMutableBufferPointer<Token>) { self.buffer = buffer }

    /// Initialises the next element with `token`; false, writing nothing, when there is no room.
    @inline(__always)
    mutating func append(_ token: consuming Token) -> Bool {
      guard count < buffer.count, let base = buffer.baseAddress else { return false }
      (base + count).initialize(to: token)
      count += 1
      return true
    }
  }

  /// Level nouns that an editor may put in brackets after a name ("the Wakhan district of
  /// Badakhshan [province]", "Kunduz (province)").
  static let editorialLevelNouns: Set<String> = ["province", "provinces", "district", "districts", "city"]

  /// `tokens` without the marks that only decorate a word:
  /// - the brackets around an editor's level noun: "Badakhshan [province], the Qadis district
  ///   of Badghis" reads as "Badakhshan province, the Qadis district of Badghis", so that the
  ///   noun qualifies the name before it and the list goes on after it (only a single level
  ///   noun between a matching pair counts; "(Balkh)" and "[sic]" are kept);
  /// - a hashtag's "#": "5 districts of #Panjshir by #Taliban" reads as the words.
  static func droppingEditorialMarks(_ tokens: [Token]) -> [Token] {
    // (Kinds and lengths are compared first: this runs for every token of every report.)
    func isPair(_ i: Int) -> Bool {
      guard i + 2 < tokens.count, tokens[i].kind == .punctuation, tokens[i].byteEnd - tokens[i].byteStart == 1,
        tokens[i + 2].kind == .punctuation, tokens[i + 1].kind == .word,
        let open = tokens[i].lower.leadingASCIIByte, let close = tokens[i + 2].lower.leadingASCIIByte,
        open == UInt8(ascii: "[") && close == UInt8(ascii: "]") || open == UInt8(ascii: "(") && close == UInt8(ascii: ")")
      else { return false }
      return editorialLevelNouns.contains(tokens[i + 1].lower)
    }
    func isHashtag(_ i: Int) -> Bool {
      i + 1 < tokens.count && tokens[i].kind == .punctuation && tokens[i + 1].kind == .word
        && tokens[i + 1].byteStart == tokens[i].byteEnd && tokens[i].lower.leadingASCIIByte == UInt8(ascii: "#")
    }
    guard let first = tokens.indices.first(where: { isPair($0) || isHashtag($0) }) else { return tokens }
    var kept = Array(tokens[..<first])
    kept.reserveCapacity(tokens.count)
    var i = first
    while i < tokens.count {
      if isPair(i) {
        kept.append(tokens[i + 1])
        i += 3
      } else if isHashtag(i) {
        i += 1
      } else {
        kept.append(tokens[i])
        i += 1
      }
    }
    return kept
  }

  /// `tokens` with a pair of dashes around an apposition read as commas: "seized Lashkar Gah –
  /// the capital of Helmand – on Friday, and Kandahar on Thursday" reads as "Lashkar Gah, the
  /// capital of Helmand, on Friday", so that the apposition belongs to the name before it and
  /// the list goes on after it. A pair is two en or em dashes (or hyphens standing alone) on
  /// one line, 3 to 16 tokens apart, the first followed by "the", "a" or "an", with no other
  /// dash, colon, semicolon or full stop between. `comma` is the comma's word id. (The marks'
  /// offsets stay, so evidence still quotes the dashes.)
  static func readingAppositionDashes(_ tokens: [Token], comma: WordID) -> [Token] {
    // (The token's fields read in place, its kind first: a copy of every token, its text
    // retained and released, was most of this pass's 4.5 M instructions on the 1 MB stream:
    // callgrind, issue #16.)
    func isDash(_ i: Int) -> Bool {
      guard tokens[i].kind == .punctuation else { return false }
      if let byte = tokens[i].lower.leadingASCIIByte {
        // (A hyphen only standing alone: spaces on both sides.)
        return byte == UInt8(ascii: "-") && i > 0 && i + 1 < tokens.count
          && tokens[i - 1].byteEnd < tokens[i].byteStart && tokens[i].byteEnd < tokens[i + 1].byteStart
      }
      let mark = tokens[i].lower.onlyScalar
      return mark == "\u{2013}" || mark == "\u{2014}"
    }
    var result = tokens
    var i = 0
    while i + 4 < tokens.count {
      guard isDash(i), ["the", "a", "an"].contains(tokens[i + 1].lower) else {
        i += 1
        continue
      }
      var j = i + 2
      var close: Int? = nil
      while j < tokens.count, j - i <= 16, !tokens[j].followsLineBreak {
        if isDash(j) {
          close = j
          break
        }
        if tokens[j].kind == .punctuation, [".", ":", ";", "!", "?"].contains(tokens[j].lower) { break }
        j += 1
      }
      guard let close, close - i >= 3 else {
        i += 1
        continue
      }
      for k in [i, close] {
        let t = tokens[k]
        result[k] = Token(
          kind: .punctuation, start: t.start, end: t.end, byteStart: t.byteStart, byteEnd: t.byteEnd, lower: ",",
          word: comma, isCapitalized: false, followsLineBreak: t.followsLineBreak, isASCII: true)
      }
      i = close + 1
    }
    return result
  }

  /// The text of each one-byte (ASCII) mark, made once rather than decoded for every mark.
  static let asciiMarks: [String] = (0..<128).map { String(decoding: [UInt8($0)], as: UTF8.self) }

  /// A position in a UTF-8 buffer, in bytes and in scalars.
  struct Position {
    var byte: Int
    var scalar: Int
  }

  /// Walks a UTF-8 buffer scalar by scalar, keeping the scalar count.
  struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = Position(byte: 0, scalar: 0)
    /// The scalar at `position` and its length in bytes.
    private(set) var current: (scalar: Unicode.Scalar, length: Int) = ("\u{0}", 0)

    init(bytes: UnsafeBufferPointer<UInt8>) {
      self.bytes = bytes
      if !bytes.isEmpty { current = Self.decode(bytes, at: 0) }
    }

    var atEnd: Bool { position.byte >= bytes.count }

    @inline(__always)
    mutating func advance() {
      position.byte += current.length
      position.scalar += 1
      if position.byte < bytes.count { current = Self.decode(bytes, at: position.byte) }
    }

    /// Advances past the ASCII letters and digits from the current scalar on, as `advance()`
    /// one by one would (a scalar each; at the end, `current` is the last one passed), reading
    /// bytes without decoding them: most of a word's scalars are these.
    @inline(__always)
    mutating func skipASCIIAlphanumerics() {
      let start = position.byte
      var i = start
      // Eight bytes at a time while eight can be read (byte by byte, this loop was 12 M
      // instructions on the 1 MB stream: callgrind, issue #16), the rest one by one.
      var stopped = false
      if let base = bytes.baseAddress {
        while bytes.count - i >= 8 {
          let eight = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
          let n = Tokenizer.leadingASCIIAlphanumerics(eight)
          i += n
          if n < 8 {
            stopped = true
            break
          }
        }
      }
      if !stopped { while i < bytes.count, Tokenizer.isASCIIAlphanumeric(bytes[i]) { i += 1 } }
      guard i != start else { return }
      position.byte = i
      position.scalar += i - start
      current = i < bytes.count ? Self.decode(bytes, at: i) : (Unicode.Scalar(bytes[i - 1]), 1)
    }

    /// The scalar `offset` scalars after the current one, if any.
    func peek(_ offset: Int) -> (scalar: Unicode.Scalar, length: Int)? {
      var byte = position.byte
      var c = current
      for _ in 0..<offset {
        byte += c.length
        guard byte < bytes.count else { return nil }
        c = Self.decode(bytes, at: byte)
      }
      return c
    }

    /// Decodes the scalar at `i` of valid UTF-8.
    @inline(__always)
    static func decode(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
      let b0 = UInt32(b[i])
      if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
      let value: UInt32
      let length: Int
      if b0 < 0xE0 {
        value = (b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
        length = 2
      } else if b0 < 0xF0 {
        value = (b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
        length = 3
      } else {
        value = (b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
          | UInt32(b[i + 3] & 0x3F)
        length = 4
      }
      return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
  }

  @inline(__always)
  static func isUppercase(_ c: Unicode.Scalar) -> Bool {
    c.isASCII ? c.value >= 0x41 && c.value <= 0x5A : c.properties.isUppercase
  }

  @inline(__always)
  static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
    // (ASCII below 0x40 by a mask of its whitespace, 0x09–0x0D and 0x20: one shift, not three
    // comparisons, at the start of every token.)
    if c.value < 0x40 { return (0x1_0000_3E00 as UInt64) >> UInt64(c.value) & 1 != 0 }
    return c.value < 0x80 ? false : c.properties.isWhitespace
  }

  /// The eight bytes of `chunk`, each A–Z lower-cased (`| 0x20`) and every other left as it
  /// is: the byte-by-byte rule of ASCII lower-casing on eight at once. No sum carries into the
  /// next byte (each adds to a byte's low seven bits at most 0x3F), so the byte order does not
  /// matter.
  @inline(__always)
  /// Whether UTF-8 `bytes` hold a typographic apostrophe: U+2018 or U+2019 (E2 80 98, E2 80
  /// 99) or U+02BC (CA BC).
  static func holdsTypographicApostrophe<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool where Bytes.Index == Int {
    var k = bytes.startIndex
    while k + 1 < bytes.endIndex {
      let b = bytes[k]
      if b == 0xE2, k + 2 < bytes.endIndex, bytes[k + 1] == 0x80, bytes[k + 2] == 0x98 || bytes[k + 2] == 0x99 { return true }
      if b == 0xCA, bytes[k + 1] == 0xBC { return true }
      k += 1
    }
    return false
  }

  /// `text` with each typographic apostrophe (U+2019, U+2018, U+02BC) made ASCII "'"; the
  /// same text when it holds none.
  static func straightenedApostrophes(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0 == "\u{2019}" || $0 == "\u{2018}" || $0 == "\u{02BC}" }) else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}" ? "'" : scalar)
    }
    return String(scalars)
  }

  static func lowercasedASCII(_ chunk: UInt64) -> UInt64 {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let low = chunk & (0x7F &* ones)
    // Top bit of each byte: low seven bits >= 0x41, and >= 0x5B.
    let fromA = low &+ (0x3F &* ones)
    let pastZ = low &+ (0x25 &* ones)
    // A–Z: from A, not past Z, and the byte's own top bit clear.
    let upper = fromA & ~pastZ & ~chunk & (0x80 &* ones)
    return chunk | (upper >> 2)
  }

  /// How many of the eight bytes of `chunk`, from its first in memory (its lowest, read
  /// little-endian), are `isASCIIAlphanumeric` before the first that is not (8 when all are).
  /// Each byte's low seven bits are tested, so no sum carries into the next byte: a letter
  /// (0x20 set) is 0x61–0x7A, where adding 0x1F sets the top bit and adding 0x05 does not; a
  /// digit is 0x30–0x39, where adding 0x50 sets it and adding 0x46 does not; a byte whose own
  /// top bit is set is neither.
  @inline(__always)
  static func leadingASCIIAlphanumerics(_ chunk: UInt64) -> Int {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let top = 0x80 &* ones
    let low = chunk & (0x7F &* ones)
    let folded = low | (0x20 &* ones)
    let letters = (folded &+ (0x1F &* ones)) & ~(folded &+ (0x05 &* ones))
    let digits = (low &+ (0x50 &* ones)) & ~(low &+ (0x46 &* ones))
    let others = ~((letters | digits) & ~chunk) & top
    return others == 0 ? 8 : others.trailingZeroBitCount >> 3
  }

  /// Whether `byte` is an ASCII letter or digit (`isLetter || isDigit` of that scalar).
  @inline(__always)
  static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
    let folded = byte | 0x20
    return (folded >= 0x61 && folded <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
  }

  static func isLetter(_ c: Unicode.Scalar) -> Bool {
    c.value < 0x80
      ? (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A)
      : ArabicScript.isAlphabetic(c)
  }

  /// `'s` closing a word (Parwan's): the apostrophe at the scanner is left as its own token.
  static func isPossessive(_ scanner: Scanner) -> Bool {
    guard let s = scanner.peek(1), s.scalar == "s" || s.scalar == "S" else { return false }
    guard let after = scanner.peek(2) else { return true }
    return !isLetter(after.scalar)
  }

  static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }

  /// Apostrophes, and the marks transliterations use for ʿayn and hamza (`La`l`, `Qalʿa`).
  static func isApostrophe(_ c: Unicode.Scalar) -> Bool {
    c == "'" || c == "\u{2019}" || c == "\u{2018}" || c == "\u{02BC}" || c == "`" || c == "\u{02BF}"
      || c == "\u{02BE}" || c == "\u{00B4}"
  }

  /// "23rd", "1st", "2nd", "4th" — an ordinal suffix at the scanner, right after digits. Only
  /// ASCII letters lower-case to these pairs, so the test is on ASCII.
  static func isOrdinalSuffix(_ scanner: Scanner) -> Bool {
    guard let second = scanner.peek(1) else { return false }
    let first = scanner.current.scalar
    guard first.isASCII, second.scalar.isASCII else { return false }
    let pair = (UInt8(first.value) | 0x20, UInt8(second.scalar.value) | 0x20)
    let isSuffix: Bool
    switch pair {
    case (0x73, 0x74), (0x6E, 0x64), (0x72, 0x64), (0x74, 0x68): isSuffix = true  // st nd rd th
    default: isSuffix = false
    }
    guard isSuffix, first.properties.isAlphabetic, second.scalar.properties.isAlphabetic else { return false }
    guard let after = scanner.peek(2) else { return true }
    return !isLetter(after.scalar)
  }

  /// Abbreviations after which a period does not end a sentence.
  static let abbreviations: SpelledWordSet = [
    "mr", "mrs", "ms", "dr", "gen", "maj", "col", "lt", "capt", "sgt", "gov", "sen", "rep",
    "st", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "etc", "u", "s", "e", "i", "a", "p", "m", "prof", "brig", "mt", "km", "viz",
  ]

  /// The most bytes of an abbreviation (all of them are ASCII).
  static let longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0

  /// Whether `token`'s text is one of `abbreviations`: an ASCII token longer than the longest
  /// is turned away on its byte count (ASCII text equals only the same bytes), any other is
  /// hashed and asked of the set (asked at every full stop after a word: hashing every such
  /// word was about 3 M instructions on the 1 MB stream, callgrind, issue #16).
  static func isAbbreviation(_ token: Token) -> Bool {
    if token.isASCII, token.lower.utf8.count > longestAbbreviation { return false }
    return abbreviations.contains(token.lower)
  }

  /// `isAbbreviation(tokens[k])`, the token's fields read in place: passed as an argument, the
  /// token was copied, its text retained and released, at every full stop after a word (about
  /// 7 800 times on the 1 MB stream: callgrind, issue #16).
  static func isAbbreviation(_ tokens: [Token], at k: Int) -> Bool {
    if tokens[k].isASCII, tokens[k].lower.utf8.count > longestAbbreviation { return false }
    return abbreviations.contains(tokens[k].lower)
  }

  static func isSentenceEnd(_ mark: String) -> Bool {
    if let byte = mark.leadingASCIIByte { return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") }
    // (Text that starts with a scalar other than ASCII equals none of the ASCII marks.)
    return mark.onlyScalar == "\u{2026}"
  }

  /// The token after the sentence-final mark at `i` and the closing quotes and brackets that
  /// follow it on its line (`also`: more closing marks, e.g. Persian «»»).
  static func endOfClosingMarks(after i: Int, _ tokens: [Token], also: Set<String> = []) -> Int {
    var end = i + 1
    // (A straight quote after a space opens the next sentence: `Mujahid confirmed it. "Both
    // ports are ours," he said.` A closing one follows its mark with no space.)
    while end < tokens.count, tokens[end].kind == .punctuation, !tokens[end].followsLineBreak,
      isClosing(tokens[end].lower) || also.contains(tokens[end].lower),
      !(tokens[end].lower == "\"" && tokens[end].byteStart > tokens[end - 1].byteEnd)
    {
      end += 1
    }
    return end
  }

  static func isClosing(_ mark: String) -> Bool {
    if let byte = mark.leadingASCIIByte {
      return byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]")
    }
    let scalar = mark.onlyScalar
    return scalar == "\u{201D}" || scalar == "\u{2019}"
  }

  /// Whether a mark before an item's number opens a list's item (`[":", ";"].contains(mark)`,
  /// without the array): a one-byte string equals only itself, and no other string equals
  /// either mark.
  static func isItemLead(_ mark: String) -> Bool {
    if let byte = mark.leadingASCIIByte { return byte == UInt8(ascii: ":") || byte == UInt8(ascii: ";") }
    return mark == ":" || mark == ";"
  }

  /// Whether a token is one `Character` (one scalar, or a non-ASCII cluster of several).
  static func isOneCharacter(_ token: Token, _ source: SourceText) -> Bool {
    if token.length == 1 { return true }
    return !token.isASCII && source.string(token).count == 1
  }

  /// Sentences of the token stream: a sentence ends at `.`, `!`, `?` (or `…`) followed by a
  /// capitalised word, quote or line break, and at every line break.
  static func sentences(_ tokens: [Token], _ source: SourceText) -> [Sentence] {
    var collector = SentenceCollector()
    func close(_ endExclusive: Int) { collector.close(endExclusive, tokens) }
    var i = 0
    while i < tokens.count {
      // (A token after no line break that is no mark, most of them, ends nothing: read in
      // place before the token is copied, its text retained, about 100 instructions.)
      if !tokens[i].followsLineBreak, tokens[i].kind != .punctuation {
        i += 1
        continue
      }
      // (The tokens' fields read in place below, not copied into a token and optionals of
      // the tokens around it: about 5 M instructions on the 1 MB stream, callgrind, issue #16.)
      if i > collector.first, tokens[i].followsLineBreak {
        close(i)
        collector.paragraph += 1
        continue
      }
      if tokens[i].kind == .punctuation, isSentenceEnd(tokens[i].lower) {
        let end = endOfClosingMarks(after: i, tokens)
        // (`lower == "."`: a one-byte string equals only itself.)
        let isDot = tokens[i].lower.leadingASCIIByte == UInt8(ascii: ".")
        let start = tokens[i].start
        let isAbbreviation =
          isDot && i > 0 && tokens[i - 1].kind == .word && tokens[i - 1].end == start
          && (Self.isAbbreviation(tokens, at: i - 1) || (isOneCharacter(tokens[i - 1], source) && tokens[i - 1].isCapitalized))
        // "1. Nerkh", "Districts lost: 1. Nerkh; 2. Jalrez": the dot of an item's number opens
        // the item, it ends nothing.
        let isItemNumber =
          isDot && i > 0 && tokens[i - 1].kind == .number && tokens[i - 1].end == start && tokens[i - 1].length <= 2
          && (i - 1 == collector.first || isItemLead(tokens[i - 2].lower))
        let nextStarts =
          end >= tokens.count || tokens[end].isCapitalized || tokens[end].kind == .number || tokens[end].followsLineBreak
          || tokens[end].kind == .punctuation
        if !isAbbreviation && !isItemNumber && nextStarts {
          close(end)
          i = end
          continue
        }
      }
      i += 1
    }
    close(tokens.count)
    return collector.sentences
  }
}
