import Gazetteer

/// A report that mixes languages ("an English paragraph, then its Dari translation", a Dari
/// report quoting a Pashto statement): its lines grouped into runs of one language, each
/// extracted by that language's rules.
struct LanguageSegment: Sendable, Equatable {
  let language: DocumentLanguage
  /// The run's offsets in Unicode scalars from the document's start: [start, end).
  let scalars: Range<Int>
}

enum LanguageSegments {
  /// A line needs this many letters to say its language; shorter lines (a name, a date, a
  /// source line) join the run before them.
  static let lettersToCount = 20

  /// The runs of `text`, or nil when the text is in one language (the common case: it is then
  /// extracted whole, with context across all its sentences).
  /// `scalar.properties.isAlphabetic` for an ASCII scalar: the ASCII letters are A–Z and a–z
  /// (a range test, where the property look-up costs a table search per scalar of every report).
  @inline(__always)
  static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value | 0x20
    return value >= 0x61 && value <= 0x7A
  }

  /// The top bit of each byte of a 64-bit word.
  static let highBits: UInt64 = 0x8080_8080_8080_8080

  /// Whether a word of eight ASCII bytes holds a "\n" (the classic test for a zero byte, of
  /// the word xored with "\n" in every byte: exact as a yes or no).
  @inline(__always)
  static func holdsLineBreak(_ eight: UInt64) -> Bool {
    let x = eight ^ 0x0A0A_0A0A_0A0A_0A0A
    return (x &- 0x0101_0101_0101_0101) & ~x & highBits != 0
  }

  /// How many of the eight ASCII bytes of `eight` are `isASCIILetter`: with 0x20 set, a letter
  /// is a byte of 0x61–0x7A, so adding 0x1F sets its top bit and adding 0x05 does not (an
  /// ASCII byte with 0x20 set is at most 0x7F: neither sum carries into the next byte).
  @inline(__always)
  static func asciiLetterCount(_ eight: UInt64) -> Int {
    let folded = eight | 0x2020_2020_2020_2020
    let letters = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & highBits
    return letters.nonzeroBitCount
  }

  /// The bit `split` marks a seen language with, one for each language.
  @inline(__always)
  static func bit(of language: DocumentLanguage) -> UInt8 {
    switch language {
    case .en: 1
    case .fa: 2
    case .ps: 4
    }
  }

  static func split(_ text: String) -> [LanguageSegment]? {
    // With fewer Arabic-script scalars than a line needs to be of their language, every line is
    // English or too short to say (a line of fewer such letters than `lettersToCount` is English
    // when it has that many Latin letters, which then outnumber them): one language.
    guard arabicLeadBytes(text) >= lettersToCount else { return nil }
    var lines: [(range: Range<Int>, language: DocumentLanguage?)] = []
    var start = 0
    var arabic = 0
    var latin = 0
    // The languages seen, one bit each (`DocumentLanguage.allCases` positions): a
    // `Set<DocumentLanguage>`, made the first time a text got here, cost about 0.5 M instructions
    // of a process, the runtime looking its element's `Hashable` conformance up among all of the
    // binary's (callgrind, issue #16).
    var seen: UInt8 = 0
    // A byte loop over the UTF-8 text, decoding only non-ASCII scalars and counting scalars
    // (the offsets are in scalars); a line's text is cut from its bytes.
    var text = text
    text.withUTF8 { bytes in
      var i = 0
      var offset = 0
      var startByte = 0
      /// Ends the line before byte `i`.
      func endLine() {
        var language: DocumentLanguage? = nil
        if arabic >= lettersToCount || latin >= lettersToCount {
          if arabic > latin {
            let line = UnsafeBufferPointer(rebasing: bytes[startByte..<i])
            language = DocumentLanguage.detect(String(decoding: line, as: UTF8.self))
          } else {
            language = .en
          }
        }
        if let language { seen |= Self.bit(of: language) }
        lines.append((start..<offset, language))
        arabic = 0
        latin = 0
      }
      while i < bytes.count {
        // Eight ASCII bytes without a line break at once, as the byte steps below would take
        // them (a scalar each, its letters counted), tested and counted on one 64-bit word.
        if let base = bytes.baseAddress, bytes.count - i >= 8 {
          let eight = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
          if eight & Self.highBits == 0, !Self.holdsLineBreak(eight) {
            latin += Self.asciiLetterCount(eight)
            offset += 8
            i += 8
            continue
          }
        }
        offset += 1
        let byte = bytes[i]
        if byte < 0x80 {
          i += 1
          if byte == UInt8(ascii: "\n") {
            endLine()
            start = offset
            startByte = i
          } else if Self.isASCIILetter(Unicode.Scalar(byte)) {
            latin += 1
          }
          continue
        }
        let (scalar, length) = Tokenizer.Scanner.decode(bytes, at: i)
        i += length
        if ArabicScript.isArabic(scalar), ArabicScript.isAlphabetic(scalar) { arabic += 1 }
      }
      if start < offset { endLine() }
    }
    guard seen.nonzeroBitCount > 1 else { return nil }
    var segments: [LanguageSegment] = []
    for line in lines {
      guard let last = segments.last else {
        segments.append(LanguageSegment(language: line.language ?? .en, scalars: line.range))
        continue
      }
      if line.language == nil || line.language == last.language {
        segments[segments.count - 1] = LanguageSegment(language: last.language, scalars: last.scalars.lowerBound..<line.range.upperBound)
      } else {
        segments.append(LanguageSegment(language: line.language!, scalars: line.range))
      }
    }
    // A first run without a language of its own takes the next run's.
    if segments.count > 1, lines.first?.language == nil, segments[0].language != segments[1].language,
      !lines.contains(where: { $0.language != nil && segments[0].scalars.contains($0.range.lowerBound) })
    {
      segments[1] = LanguageSegment(language: segments[1].language, scalars: 0..<segments[1].scalars.upperBound)
      segments.removeFirst()
    }
    return segments.count > 1 ? segments : nil
  }
}

extension LanguageSegments {
  /// The bytes D8–DD and EF of `text`: at least as many as its scalars of
  /// `ArabicScript.isArabic`'s blocks (U+0600–06FF, U+0750–077F, U+FB50–FDFF, U+FE70–FEFF),
  /// whose UTF-8 forms start with a byte D8–DB or DD, or with EF (and no continuation byte,
  /// 80–BF, is one), so at least as many as its Arabic-script letters; none: the text has no
  /// such scalar. A byte scan, eight bytes at a time where they are all ASCII (most of an
  /// English report: byte by byte, a scan for any such byte was 7.2 M instructions on the 1 MB
  /// stream, callgrind, issue #16).
  ///
  /// (`split` and `DocumentLanguage.detect` read a report holding a word of Dari letter by
  /// letter; with fewer such bytes than a line needs to say its language, or than the Latin
  /// letters read so far, their answer is settled: 95 of the 1 MB stream's 120 reports, about
  /// 12 M instructions, callgrind, issue #16.)
  static func arabicLeadBytes(_ text: String) -> Int {
    func isLead(_ byte: UInt8) -> Bool { (byte >= 0xD8 && byte <= 0xDD) || byte == 0xEF }
    func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
      guard let base = bytes.baseAddress else { return 0 }
      var leads = 0
      var i = 0
      while bytes.count - i >= 8 {
        let eight = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
        if eight & highBits != 0 {
          for k in i..<(i + 8) where isLead(bytes[k]) { leads += 1 }
        }
        i += 8
      }
      for k in i..<bytes.count where isLead(bytes[k]) { leads += 1 }
      return leads
    }
    if let leads = text.utf8.withContiguousStorageIfAvailable(count) { return leads }
    var leads = 0
    for byte in text.utf8 where isLead(byte) { leads += 1 }
    return leads
  }

  /// Reports longer than this many Unicode scalars are read in parts (`chunks`).
  static let longReport = 200_000

  /// Stretches of about `longReport / 2` scalars of a long report, each ending after a sentence
  /// end (`.`, `!`, `?`, `؟`, `۔` followed by a space, or a line break), or nil for a report
  /// shorter than `longReport` (read whole, as always).
  static func chunks(_ text: String, language: DocumentLanguage) -> [LanguageSegment]? {
    guard text.utf8.count > longReport else { return nil }
    let target = longReport / 2
    var segments: [LanguageSegment] = []
    var start = 0
    var offset = 0
    var previous: Unicode.Scalar = " "
    for scalar in text.unicodeScalars {
      offset += 1
      // Cut after a sentence end once the stretch is long enough; a stretch with no sentence
      // end (a line of 1 MB without a full stop) is cut at a space, then anywhere, at twice the
      // length.
      let length = offset - start
      let sentenceEnd = scalar == "\n" || (scalar == " " && [".", "!", "?", "؟", "۔"].contains(previous))
      if (length >= target && sentenceEnd) || (length >= 2 * target && (scalar == " " || length >= 3 * target)) {
        segments.append(LanguageSegment(language: language, scalars: start..<offset))
        start = offset
      }
      previous = scalar
    }
    if start < offset { segments.append(LanguageSegment(language: language, scalars: start..<offset)) }
    return segments.count > 1 ? segments : nil
  }
}

