import Gazetteer

/// Answers `PlaceIndex.nameMatches(_:allowSound:)` for a run of tokens without building strings
/// whenever it can, so that the index (which folds case and diacritics with Foundation and
/// computes keys) is asked only for the rare runs that need it.
///
/// For ASCII text it computes `NameNormalizer.key` and `NameNormalizer.soundKey(fromKey:)` on
/// the token bytes, exactly as those functions do on the text, and looks them up among the keys
/// of every gazetteer spelling. A name-key hit returns the index's own answer for that key,
/// computed once here; no hit returns nothing. A word of Latin letters with diacritics
/// ("Herāt") takes part through its own `NameNormalizer.words`, folded once per document
/// (`Scratch.tokenWords`) rather than once for every run that holds it; a curly apostrophe
/// joins letters as "'" does. Other runs (other scripts, other non-ASCII marks) and sound-key
/// hits are passed on to the index.
struct NameKeyFilter: Sendable {
  /// Name keys and sound keys of every spelling (as `PlaceIndex` indexes them).
  let nameKeys: Lexicon
  let soundKeys: Lexicon
  /// `NameNormalizer.genericWords` and `joiningWords`, by word id.
  let isGeneric: [Bool]
  let isJoining: [Bool]
  let lexicon: Lexicon
  /// `PlaceIndex.nameMatches(_:allowSound: false)` by name key id.
  let matchesByKey: [[PlaceMatch]]

  init(index: PlaceIndex, lexicon: Lexicon) {
    // The keys as the index's tables hold them (`PlaceIndex.spellingKeys`): computed by
    // `NameNormalizer` when the index was built, not keyed again at every start.
    let (names, sounds) = index.spellingKeys()
    // (The embedded table lists its keys in order already: checking that is one comparison a
    // key, where sorting the 3 027 name keys and the sound keys was 0.54 M instructions of
    // every start: callgrind, issue #16. A sorted array is its own sort: equal keys keep
    // their order.)
    func inOrder<T>(_ items: [T], _ precedes: (T, T) -> Bool) -> Bool {
      items.indices.dropFirst().allSatisfy { !precedes(items[$0], items[$0 - 1]) }
    }
    let keyPrecedes: (PlaceIndex.SpellingKey, PlaceIndex.SpellingKey) -> Bool = { $0.key < $1.key }
    let sortedNames = inOrder(names, keyPrecedes) ? names : names.sorted(by: keyPrecedes)
    // (With presence filters: most runs asked about are no name, `Lexicon.withPresenceFilter`.)
    let nameKeys = Lexicon(sortedNames.map(\.key)).withPresenceFilter()
    self.nameKeys = nameKeys
    soundKeys = Lexicon(inOrder(sounds, <) ? sounds : sounds.sorted()).withPresenceFilter()
    // `nameMatches(_:allowSound: false)` depends on the text only through its name key, so the
    // index's answer for a key is the answer for every text with it.
    var byKey = Array(repeating: [PlaceMatch](), count: nameKeys.count)
    if nameKeys.count == sortedNames.count + 1 {
      // No key was a repeat or empty: the lexicon gave the keys ids 1, 2, … in order.
      for (n, name) in sortedNames.enumerated() { byKey[n + 1] = name.matches }
    } else {
      for name in sortedNames { byKey[Int(nameKeys.id(of: name.key))] = name.matches }
    }
    matchesByKey = byKey
    isGeneric = lexicon.table(NameNormalizer.genericWords)
    isJoining = lexicon.table(NameNormalizer.joiningWords)
    self.lexicon = lexicon
  }

  /// Reusable buffers for key computation (one per document being processed).
  struct Scratch {
    /// The run `spanKey` was last asked about.
    var span = Run()
    /// The longest run from one start, from which `matches(runTo:_:)` reads the key of every
    /// run from that start (`collectRuns`).
    var runs = Run()
    var key: [UInt8] = []
    var sound: [UInt8] = []
    var replaced: [UInt8] = []
    /// `NameNormalizer.words` of the text of each non-ASCII word token asked for so far, by
    /// token position (Foundation folds the word once per document, not once per run).
    var tokenWords: [Int: [String]] = [:]
    /// Where each run `MentionFinder.match` tries from one start may end (token positions),
    /// kept between calls so that its storage is allocated once per document.
    var ends: [Int] = []
  }

  /// The lower-case letters of a run of tokens, split into words as `NameNormalizer.words`
  /// splits them, with where the letters and words stood after each token: the words of any
  /// run from the same start that ends earlier are those before that token's mark, plus the
  /// word still open there. `MentionFinder.match` asks for up to `longestSpelling` runs from
  /// each start, longest first; they share one pass over the tokens and one word-id look-up
  /// per closed word.
  struct Run {
    /// The first token of the run.
    var start = 0
    var letters: [UInt8] = []
    /// Words closed so far (by a space or a mark): where each lies in `letters`, and its word
    /// id.
    var parts: [(letters: Range<Int>, id: WordID)] = []
    /// Where the run stood after each token (`marks[t]` after token `start + t`).
    var marks: [Mark] = []

    /// Where a run stood after one of its tokens. (One array of these, not an array of each
    /// field: a run was emptied and grown array by array, and emptying an array of integers
    /// was about 80 instructions, 28 500 of them on the 1 MB stream: callgrind, issue #16.)
    struct Mark {
      /// The number of letters and of closed words.
      var letterCount: Int
      var partCount: Int
      /// Where the open word starts in `letters`.
      var openStart: Int
    }

    /// The number of tokens collected: the run up to (not including) the first token whose
    /// key is not ASCII.
    var count: Int { marks.count }
  }

  /// `NameNormalizer.words` of the text of token `k`, kept in `scratch` for the document.
  static func words(ofToken k: Int, _ tokens: [Token], _ source: SourceText, _ scratch: inout Scratch) -> [String] {
    words(ofToken: k, tokens, source, &scratch.tokenWords)
  }

  /// `NameNormalizer.words` of the text of token `k`, kept in `tokenWords` for the document.
  static func words(
    ofToken k: Int, _ tokens: [Token], _ source: SourceText, _ tokenWords: inout [Int: [String]]
  ) -> [String] {
    if let words = tokenWords[k] { return words }
    let words = NameNormalizer.words(source.string(tokens, at: k))
    tokenWords[k] = words
    return words
  }

  /// Whether every scalar of a token is a Latin letter of the ranges transliterations use
  /// (Latin-1 Supplement, Extended-A and -B, Extended Additional), a spacing modifier letter
  /// ("ʿ") or a curly apostrophe ("Panjwa’i"): no Arabic script (which `NameNormalizer.words`
  /// normalises for the whole text at once) and no combining mark (which could join the mark
  /// before it), so folding the word on its own gives the same letters as folding it inside
  /// its run. (Folding keeps a curly apostrophe, and `NameNormalizer.words` drops it, joining
  /// the letters around it, in a word as in a run.)
  /// (The token is given by its UTF-8 offsets, `token.byteStart..<token.byteEnd`.)
  static func isLatin(_ bytes: Range<Int>, _ source: SourceText) -> Bool {
    source.bytes[bytes].withUnsafeBufferPointer { bytes in
      var scanner = Tokenizer.Scanner(bytes: bytes)
      while !scanner.atEnd {
        let v = scanner.current.scalar.value
        guard v < 0x250 || (0x2B0...0x2FF).contains(v) || (0x1E00...0x1EFF).contains(v) || v == 0x2018 || v == 0x2019
        else { return false }
        scanner.advance()
      }
      return true
    }
  }

  /// Whether a token is the mark U+2019 or U+2018 alone ("Kandahar’s", where the tokenizer
  /// leaves a possessive's apostrophe apart): in a run it joins the letters around it, as "'"
  /// does (`NameNormalizer.words` drops both; folding keeps it). (The token is given by its
  /// kind and its UTF-8 offsets, `token.byteStart..<token.byteEnd`.)
  static func isCurlyApostrophe(_ kind: Token.Kind, _ bytes: Range<Int>, _ source: SourceText) -> Bool {
    kind == .punctuation && bytes.count == 3 && source.bytes[bytes.lowerBound] == 0xE2
      && source.bytes[bytes.lowerBound + 1] == 0x80
      && (source.bytes[bytes.lowerBound + 2] == 0x98 || source.bytes[bytes.lowerBound + 2] == 0x99)
  }

  /// `PlaceIndex.nameMatches(text, allowSound:)` for the text of `tokens[range]` when the keys
  /// settle it (ASCII text: a name-key hit, or no hit at all); nil when the index must be asked
  /// (text that is not ASCII, or a sound-key hit).
  func matches(
    _ tokens: [Token], _ range: Range<Int>, _ source: SourceText, allowSound: Bool,
    _ scratch: inout Scratch
  ) -> [PlaceMatch]? {
    guard spanKey(tokens, range, source, &scratch) else { return nil }
    if scratch.key.isEmpty { return [] }
    let id = scratch.key.withUnsafeBufferPointer { nameKeys.filteredID(of: $0) }
    if id != Lexicon.unknown { return matchesByKey[Int(id)] }
    guard allowSound else { return [] }
    NameNormalizer.soundKey(ascii: scratch.key, into: &scratch.sound, &scratch.replaced)
    let sound = scratch.sound.withUnsafeBufferPointer { soundKeys.filteredID(of: $0) }
    return sound == Lexicon.unknown ? [] : nil
  }

  /// Collects the run `tokens[range]` into `scratch.runs`, for `matches(runTo:_:)` on the runs
  /// from `range.lowerBound` that end no later.
  func collectRuns(_ tokens: [Token], _ range: Range<Int>, _ source: SourceText, _ scratch: inout Scratch) {
    collect(tokens, range, source, into: &scratch.runs, &scratch.tokenWords)
  }

  /// `matches(tokens, start..<end, source, allowSound: false, &scratch)`, where `start..<end`
  /// begins where the run last collected by `collectRuns` begins and ends no later: the same
  /// answer, read from that run.
  func matches(runTo end: Int, _ scratch: inout Scratch) -> [PlaceMatch]? {
    let count = end - scratch.runs.start
    guard count <= scratch.runs.count else { return nil }
    guard let id = nameKeyID(scratch.runs, tokenCount: count, key: &scratch.key) else { return [] }
    return id != Lexicon.unknown ? matchesByKey[Int(id)] : []
  }

  /// `NameNormalizer.key` of the text of `tokens[range]` into `scratch.key`, when that key is
  /// ASCII and the run's marks and spaces are (else false).
  func spanKey(_ tokens: [Token], _ range: Range<Int>, _ source: SourceText, _ scratch: inout Scratch) -> Bool {
    collect(tokens, range, source, into: &scratch.span, &scratch.tokenWords)
    guard scratch.span.count == range.count else { return false }
    writeKey(scratch.span, tokenCount: range.count, into: &scratch.key)
    return true
  }

  /// The letters and words of `tokens[range]` into `run`, token by token, stopping before the
  /// first token whose key is not ASCII or that follows a space that is not. The run holds
  /// words joined by hyphens, apostrophes or spaces: words are split at hyphens and spaces and
  /// joined across apostrophes, as `NameNormalizer.words` does. A Latin word with diacritics
  /// contributes its own `NameNormalizer.words`: the first goes on with the letters before
  /// it, the others start new words, as in the words of the whole text (folding and splitting
  /// act letter by letter; `isLatin` keeps out what is folded across letters).
  func collect(
    _ tokens: [Token], _ range: Range<Int>, _ source: SourceText, into run: inout Run,
    _ tokenWords: inout [Int: [String]]
  ) {
    run.start = range.lowerBound
    run.letters.removeAll(keepingCapacity: true)
    run.parts.removeAll(keepingCapacity: true)
    run.marks.removeAll(keepingCapacity: true)
    var partStart = 0
    func split(_ run: inout Run) {
      if run.letters.count > partStart {
        let part = partStart..<run.letters.count
        let id = run.letters.withUnsafeBufferPointer { lexicon.id(of: UnsafeBufferPointer(rebasing: $0[part])) }
        run.parts.append((part, id))
      }
      partStart = run.letters.count
    }
    for k in range {
      // (The fields of the token and of the one before are read in place: `let token =
      // tokens[k]` and `let previous = tokens[k - 1]` copied both whole, their texts retained
      // and released, 80 000 copies on the 1 MB stream: callgrind, issue #16.)
      let kind = tokens[k].kind
      let isASCII = tokens[k].isASCII
      let bytes = tokens[k].byteStart..<tokens[k].byteEnd
      let curly = Self.isCurlyApostrophe(kind, bytes, source)
      guard isASCII || (kind == .word && Self.isLatin(bytes, source)) || curly else { return }
      if k > range.lowerBound {
        // Whitespace between tokens: ASCII only when it has as many bytes as scalars.
        let start = tokens[k].start
        let previousEnd = tokens[k - 1].end
        guard bytes.lowerBound - tokens[k - 1].byteEnd == start - previousEnd else { return }
        if start != previousEnd { split(&run) }
      }
      switch kind {
      case .word, .number:
        if !isASCII {
          for (n, word) in Self.words(ofToken: k, tokens, source, &tokenWords).enumerated() {
            guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return }
            if n > 0 { split(&run) }
            run.letters.append(contentsOf: word.utf8)
          }
        } else {
          // The token's bytes copied at once, then lower-cased and its apostrophes squeezed out
          // in place. (Appended one by one, each byte asked whether the array was unique:
          // about 20 instructions a byte, 4 M on the 1 MB stream: callgrind, issue #16.)
          let from = run.letters.count
          source.bytes.withUnsafeBufferPointer { all in
            run.letters.append(contentsOf: UnsafeBufferPointer(rebasing: all[bytes]))
          }
          let kept = run.letters.withUnsafeMutableBufferPointer { letters in
            var kept = from
            for k in from..<letters.count {
              let b = letters[k]
              guard b != UInt8(ascii: "'") && b != UInt8(ascii: "`") else { continue }
              letters[kept] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
              kept += 1
            }
            return kept
          }
          if kept < run.letters.count { run.letters.removeLast(run.letters.count - kept) }
        }
      case .punctuation:
        if tokens[k].lower != "'" && tokens[k].lower != "`" && !curly { split(&run) }
      }
      run.marks.append(Run.Mark(letterCount: run.letters.count, partCount: run.parts.count, openStart: partStart))
    }
  }

  /// `NameNormalizer.key` of the first `tokenCount` tokens of `run` (at most `run.count`) into
  /// `key` (``walkKey(_:tokenCount:_:)``).
  func writeKey(_ run: Run, tokenCount: Int, into key: inout [UInt8]) {
    key.removeAll(keepingCapacity: true)
    // (Appended from a buffer: an `ArraySlice` of `run.letters` retained the letters and was
    // appended through the slice's generic path, 8.6 M instructions on the 1 MB stream.)
    run.letters.withUnsafeBufferPointer { letters in
      walkKey(run, tokenCount: tokenCount) { stretch in
        key.append(contentsOf: UnsafeBufferPointer(rebasing: letters[stretch]))
      }
    }
  }

  /// The id in `nameKeys` of `NameNormalizer.key` of the first `tokenCount` tokens of `run`
  /// (at most `run.count`), `Lexicon.unknown` when no spelling has it; nil for the empty key.
  /// A key whose kept words follow one another in `run.letters` (most keys: a name's words lie
  /// one after another) is looked up where it lies; another is written into `key` first. (Copied
  /// into `key`, each key was emptied and appended: `matches(runTo:_:)` with its calls 21.2 M →
  /// 18.5 M instructions on the 1 MB stream, callgrind, issue #16.)
  func nameKeyID(_ run: Run, tokenCount: Int, key: inout [UInt8]) -> WordID? {
    var first = 0..<0
    var stretches = 0
    run.letters.withUnsafeBufferPointer { letters in
      walkKey(run, tokenCount: tokenCount) { stretch in
        stretches += 1
        if stretches == 1 {
          first = stretch
          return
        }
        if stretches == 2 {
          key.removeAll(keepingCapacity: true)
          key.append(contentsOf: UnsafeBufferPointer(rebasing: letters[first]))
        }
        key.append(contentsOf: UnsafeBufferPointer(rebasing: letters[stretch]))
      }
    }
    if stretches == 0 { return nil }
    if stretches > 1 { return key.withUnsafeBufferPointer { nameKeys.filteredID(of: $0) } }
    return run.letters.withUnsafeBufferPointer { nameKeys.filteredID(of: UnsafeBufferPointer(rebasing: $0[first])) }
  }

  /// The letters of `NameNormalizer.key` of the first `tokenCount` tokens of `run` (at most
  /// `run.count`), as the stretches of `run.letters` they are, given to `body` in order: the
  /// words closed after those tokens and the word open there. Generic words are dropped
  /// (unless all are), then joining words (when more than one word is left and not all of them
  /// join). Counted in place rather than filtered into arrays: this runs for every candidate
  /// run of every name. (The words are read where `run` holds them, not copied into arrays
  /// first: the copies were about a third of this function's 35 M instructions, callgrind,
  /// issue #16.) Kept words that follow one another in `run.letters` are one stretch: a name's
  /// words lie there one after another, so most keys are one, not one a word (an append to
  /// the key was about 90 instructions, 8.3 M on the 1 MB stream, callgrind, issue #16).
  @inline(__always)
  private func walkKey(_ run: Run, tokenCount: Int, _ body: (Range<Int>) -> Void) {
    guard tokenCount > 0 else { return }
    let mark = run.marks[tokenCount - 1]
    let letterCount = mark.letterCount
    let closed = mark.partCount
    let open = mark.openStart
    // Words `0..<closed` are `run.parts`; word `closed`, when there are letters after `open`,
    // the open one.
    let hasOpen = letterCount > open
    let openID =
      hasOpen
      ? run.letters.withUnsafeBufferPointer { lexicon.id(of: UnsafeBufferPointer(rebasing: $0[open..<letterCount])) }
      : Lexicon.unknown
    let count = closed + (hasOpen ? 1 : 0)
    // (Taken out of `self` for the local functions below.)
    let isGeneric = self.isGeneric
    let isJoining = self.isJoining
    func id(_ p: Int) -> Int { Int(p < closed ? run.parts[p].id : openID) }
    var meaningful = 0
    for p in 0..<count where !isGeneric[id(p)] { meaningful += 1 }
    let keepsAll = meaningful == 0
    func isKept(_ p: Int) -> Bool { keepsAll || !isGeneric[id(p)] }
    let kept = keepsAll ? count : meaningful
    var named = 0
    if kept > 1 { for p in 0..<count where isKept(p) && !isJoining[id(p)] { named += 1 } }
    let dropsJoining = kept > 1 && named > 0
    var pending = 0..<0
    for p in 0..<count where isKept(p) && !(dropsJoining && isJoining[id(p)]) {
      let word = p < closed ? run.parts[p].letters : open..<letterCount
      if word.lowerBound == pending.upperBound {
        pending = pending.lowerBound..<word.upperBound
      } else {
        if !pending.isEmpty { body(pending) }
        pending = word
      }
    }
    if !pending.isEmpty { body(pending) }
  }
}
