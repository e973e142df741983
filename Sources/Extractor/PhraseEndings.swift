/// A list of word phrases grouped by their last two words, answering "do these words end with
/// one of the phrases?" (`MentionFinder.endsWithAny`) with at most two dictionary look-ups and a
/// comparison of only the phrases that end with the same two words, instead of comparing every
/// phrase (several dozen phrases end with "of").
struct PhraseEndings: Sendable {
  /// The phrases that end with one word: whether one of them is that word alone, and the
  /// longer ones by their word before the last, each group in list order.
  private struct Group: Sendable {
    var hasOneWordPhrase = false
    var byWordBeforeLast: [String: [[String]]] = [:]
  }

  /// The phrases (none empty) by last word.
  private let byLastWord: [String: Group]

  /// A filter of the phrases' endings, asked before `byLastWord` so that most lists of words
  /// are answered without hashing a `String` (most lists asked about end with no phrase, even
  /// when their last word is "of" or "in"). It holds one bit per `AsciiKey` of a one-word
  /// phrase and one per pair of keys of a longer phrase's last two words. Nil when one of those
  /// words is not ASCII: only between ASCII strings is `==` (canonical equivalence) equality of
  /// bytes, which equal keys stand for.
  private let filter: Filter?

  /// The number of words of the longest phrase.
  let longest: Int

  /// `bitCount` bits, set by `insert` and read by `contains`.
  private struct Filter: Sendable {
    static let bitCount = 2048
    private var words = [UInt64](repeating: 0, count: Filter.bitCount / 64)

    /// The bit of a one-word phrase's key (`previous` 0) or of a pair of keys (the last word's,
    /// then the one before it): the top bits of a multiplicative hash of the two.
    @inline(__always)
    private static func bit(_ last: UInt32, _ previous: UInt32) -> Int {
      let product = (UInt64(last) << 32 | UInt64(previous)) &* 0x9E37_79B9_7F4A_7C15
      return Int(truncatingIfNeeded: product >> 53)  // 11 bits: 0..<2048
    }

    mutating func insert(_ last: UInt32, _ previous: UInt32) {
      let b = Self.bit(last, previous)
      words[b >> 6] |= 1 << UInt64(b & 63)
    }

    @inline(__always)
    func contains(_ last: UInt32, _ previous: UInt32) -> Bool {
      let b = Self.bit(last, previous)
      return words[b >> 6] & (1 << UInt64(b & 63)) != 0
    }
  }

  /// A word's UTF-8 length (up to 255), first and last bytes as one number (never 0), when the
  /// word is ASCII and not empty; else nil. Two ASCII words that are `==` have the same key.
  /// (Read through a buffer: iterating `utf8` itself was about 30 instructions a byte.)
  @inline(__always)
  static func asciiKey(_ word: String) -> UInt32? {
    let key = word.utf8.withContiguousStorageIfAvailable { bytes -> UInt32? in
      guard let first = bytes.first, let last = bytes.last else { return nil }
      for byte in bytes where byte >= 0x80 { return nil }
      return UInt32(truncatingIfNeeded: min(bytes.count, 255)) << 16 | UInt32(first) << 8 | UInt32(last)
    }
    return key ?? nil
  }

  init(_ phrases: [[String]]) {
    var byLastWord: [String: Group] = [:]
    var filter: Filter? = Filter()
    for phrase in phrases {
      guard let last = phrase.last else { continue }
      if phrase.count == 1 {
        byLastWord[last, default: Group()].hasOneWordPhrase = true
        if let key = Self.asciiKey(last) { filter?.insert(key, 0) } else { filter = nil }
      } else {
        byLastWord[last, default: Group()].byWordBeforeLast[phrase[phrase.count - 2], default: []].append(phrase)
        if let key = Self.asciiKey(last), let previous = Self.asciiKey(phrase[phrase.count - 2]) {
          filter?.insert(key, previous)
        } else {
          filter = nil
        }
      }
    }
    self.byLastWord = byLastWord
    self.filter = filter
    longest = phrases.map(\.count).max() ?? 0
  }

  /// `endsAny(Array(words.suffix(count)))`: whether the last `count` words end with one of the
  /// phrases. When no phrase is longer than `count` that is `endsAny(words)` (a phrase no longer
  /// than `count` ends `words` exactly when it ends their last `count`), and the words are not
  /// copied. (`MentionFinder.annotate` kept the last six of the words before a name by
  /// `removeFirst` on two arrays that shared a buffer, a copy of one, about 2 400 times on the
  /// 1 MB stream: callgrind, issue #16.)
  @inline(__always)
  func endsAny(_ words: [String], lastOf count: Int) -> Bool {
    if longest <= count { return endsAny(words) }
    return endsAny(Array(words.suffix(count)))
  }

  /// Whether `words` end with one of the phrases: `MentionFinder.endsWithAny(words, phrases)`
  /// (an empty phrase, which would end every list, is never given).
  func endsAny(_ words: [String]) -> Bool {
    // The filter answers "no" for ASCII words whose keys no phrase ending has: a one-word
    // phrase equal to the last word would have its key, a longer phrase ending with the last
    // two words their pair of keys. (A word that is not ASCII leaves the question to the
    // dictionaries. With keys of the same length and end bytes, so does a near miss.)
    if let filter, let last = words.last, let lastKey = Self.asciiKey(last), !filter.contains(lastKey, 0) {
      guard words.count >= 2 else { return false }
      if let previous = Self.asciiKey(words[words.count - 2]), !filter.contains(lastKey, previous) { return false }
    }
    guard let last = words.last, let group = byLastWord[last] else { return false }
    if group.hasOneWordPhrase { return true }
    guard words.count >= 2, let candidates = group.byWordBeforeLast[words[words.count - 2]] else { return false }
    return MentionFinder.endsWithAny(words, candidates)
  }
}
