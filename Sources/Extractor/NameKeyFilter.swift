import Gazetteer

/// Decides cheaply whether a run of tokens can name a gazetteer place, so that
/// `PlaceIndex.nameMatches(_:allowSound:)` (which builds strings, folds case and diacritics and
/// computes keys) runs only for the few runs that do.
///
/// For ASCII text it computes `NameNormalizer.key` and `NameNormalizer.soundKey(fromKey:)` on
/// the token bytes, exactly as those functions do on the text, and tests them against the keys of
/// every gazetteer spelling. Non-ASCII runs are always passed on to the index. A "yes" is then
/// confirmed by the index itself, so matches are the index's own; a "no" holds because the keys
/// are the same.
struct NameKeyFilter: Sendable {
  /// Name keys and sound keys of every spelling (as `PlaceIndex` indexes them).
  let nameKeys: Lexicon
  let soundKeys: Lexicon
  /// `NameNormalizer.genericWords` and `joiningWords`, by word id.
  let isGeneric: [Bool]
  let isJoining: [Bool]
  let lexicon: Lexicon

  init(index: PlaceIndex, lexicon: Lexicon) {
    var names = Set<String>()
    var sounds = Set<String>()
    func add(_ spelling: String) {
      let key = NameNormalizer.key(spelling)
      guard !key.isEmpty else { return }
      if names.insert(key).inserted { sounds.insert(NameNormalizer.soundKey(fromKey: key)) }
    }
    for place in index.places { place.spellings.forEach(add) }
    for temporary in index.temporaryDistricts { ([temporary.name] + temporary.aliases).forEach(add) }
    nameKeys = Lexicon(names.sorted())
    soundKeys = Lexicon(sounds.sorted())
    isGeneric = lexicon.table(NameNormalizer.genericWords)
    isJoining = lexicon.table(NameNormalizer.joiningWords)
    self.lexicon = lexicon
  }

  /// Reusable buffers for key computation (one per document being processed).
  struct Scratch {
    var letters: [UInt8] = []
    var parts: [Range<Int>] = []
    var key: [UInt8] = []
    var sound: [UInt8] = []
    var replaced: [UInt8] = []
  }

  /// Whether the text of `tokens[range]` may have matches by name key (or, with `allowSound`,
  /// by sound key). Always true for text that is not plain ASCII.
  func mayMatch(
    _ tokens: [Token], _ range: Range<Int>, _ source: SourceText, allowSound: Bool,
    _ scratch: inout Scratch
  ) -> Bool {
    guard asciiKey(tokens, range, source, &scratch) else { return true }
    if scratch.key.isEmpty { return false }
    if scratch.key.withUnsafeBufferPointer({ nameKeys.id(of: $0) }) != Lexicon.unknown { return true }
    guard allowSound else { return false }
    Self.soundKey(scratch.key, into: &scratch.sound, &scratch.replaced)
    return scratch.sound.withUnsafeBufferPointer { soundKeys.id(of: $0) } != Lexicon.unknown
  }

  /// `NameNormalizer.key` of the text of `tokens[range]` into `scratch.key`, when that text is
  /// ASCII (else false). The run holds words joined by hyphens, apostrophes or spaces: words are
  /// split at hyphens and spaces and joined across apostrophes, as `NameNormalizer.words` does.
  func asciiKey(_ tokens: [Token], _ range: Range<Int>, _ source: SourceText, _ scratch: inout Scratch) -> Bool {
    scratch.letters.removeAll(keepingCapacity: true)
    scratch.parts.removeAll(keepingCapacity: true)
    var partStart = 0
    func split(_ scratch: inout Scratch) {
      if scratch.letters.count > partStart { scratch.parts.append(partStart..<scratch.letters.count) }
      partStart = scratch.letters.count
    }
    for k in range {
      let token = tokens[k]
      guard token.isASCII else { return false }
      if k > range.lowerBound {
        let previous = tokens[k - 1]
        // Whitespace between tokens: ASCII only when it has as many bytes as scalars.
        guard token.byteStart - previous.byteEnd == token.start - previous.end else { return false }
        if token.start != previous.end { split(&scratch) }
      }
      switch token.kind {
      case .word, .number:
        for b in source.bytes[token.byteStart..<token.byteEnd] where b != UInt8(ascii: "'") {
          scratch.letters.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
      case .punctuation:
        if token.lower != "'" { split(&scratch) }
      }
    }
    split(&scratch)
    let parts = scratch.parts
    let ids = parts.map { part in
      scratch.letters.withUnsafeBufferPointer { lexicon.id(of: UnsafeBufferPointer(rebasing: $0[part])) }
    }
    let all = Array(parts.indices)
    let meaningful = all.filter { !isGeneric[Int(ids[$0])] }
    let kept = meaningful.isEmpty ? all : meaningful
    let named = kept.count > 1 ? kept.filter { !isJoining[Int(ids[$0])] } : kept
    scratch.key.removeAll(keepingCapacity: true)
    for p in named.isEmpty ? kept : named { scratch.key.append(contentsOf: scratch.letters[parts[p]]) }
    return true
  }

  /// `NameNormalizer.soundKey(fromKey:)` on ASCII bytes: the transliteration pairs replaced in
  /// order (each left to right, without overlaps), then vowels after the first letter dropped and
  /// repeated letters collapsed.
  static func soundKey(_ key: [UInt8], into out: inout [UInt8], _ work: inout [UInt8]) {
    out.removeAll(keepingCapacity: true)
    out.append(contentsOf: key)
    for (from, to) in soundPairs {
      guard contains(out, from) else { continue }
      work.removeAll(keepingCapacity: true)
      var i = 0
      while i < out.count {
        if i + from.count <= out.count, out[i..<(i + from.count)].elementsEqual(from) {
          work.append(contentsOf: to)
          i += from.count
        } else {
          work.append(out[i])
          i += 1
        }
      }
      swap(&out, &work)
    }
    work.removeAll(keepingCapacity: true)
    for (i, b) in out.enumerated() {
      if i > 0, vowels.contains(b) { continue }
      if let last = work.last, last == b { continue }
      work.append(b)
    }
    swap(&out, &work)
  }

  private static let soundPairs: [([UInt8], [UInt8])] = [
    ("ph", "f"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("q", "k"), ("ck", "k"),
    ("ee", "i"), ("oo", "u"), ("ou", "u"), ("w", "v"),
  ].map { (Array($0.0.utf8), Array($0.1.utf8)) }

  private static let vowels: [UInt8] = Array("aeiouy".utf8)

  private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard haystack.count >= needle.count else { return false }
    for i in 0...(haystack.count - needle.count) where haystack[i..<(i + needle.count)].elementsEqual(needle) {
      return true
    }
    return false
  }
}
