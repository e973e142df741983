import Gazetteer

/// A lower-case word the rules know, as a small integer (`Lexicon.unknown` for all others).
typealias WordID = Int32

/// The words the extractor's rules and the gazetteer's first words use, interned once so that
/// the tokenizer can label every word with an integer and the per-token tests (is it a month, a
/// trigger's first word, a region starter, a gazetteer name's first word …) become array reads
/// instead of `String` hashing.
///
/// Look-up hashes the lower-case UTF-8 bytes of a token eight at a time into an open-addressing
/// table, so tokenising builds no `String` to find a word's id. A slot holds a word's first
/// eight bytes beside its id, length and hash tag, so that a word of up to eight bytes (most of
/// them) is found, or found missing, from the one slot without reading the word store. The
/// table is immutable and `Sendable`.
struct Lexicon: Sendable {
  static let unknown: WordID = 0

  /// Lower-case spelling of each id (index 0: the unknown word, "").
  private(set) var words: [String] = [""]
  /// One slot of the table: a word's first eight bytes (little-endian, zero-padded) and, in
  /// `meta`, its id (bits 0–31), its length in bytes (bits 32–47) and the top 16 bits of its
  /// hash (bits 48–63). Ids start at 1, so `meta == 0` marks an empty slot.
  private struct Slot: Sendable {
    var head: UInt64 = 0
    var meta: UInt64 = 0
  }
  /// Open-addressing table with linear probing, power-of-two sized, at most half full.
  private var slots: [Slot] = []
  /// The UTF-8 bytes of every word, one after another: word `id` is
  /// `bytes[offsets[id]..<offsets[id + 1]]` (read only past the eighth byte of a long word).
  private var bytes: [UInt8] = []
  private var offsets: [Int] = [0, 0]
  /// The longest word the slots can state the length of.
  static let maxLength = 0xFFFF

  /// A membership filter over the words' hashes, sixteen bits a word or more, a power of two
  /// (empty unless `withPresenceFilter()` made one): `filteredID(of:)` turns away most words
  /// the lexicon does not hold without reading `slots`.
  private var presence: [UInt64] = []

  /// The ids of the words that are not ASCII.
  private(set) var nonASCII: [WordID] = []
  /// The ids below this are the words of the vocabulary; those from it up, the `lookupOnly`
  /// words it does not hold (`isCore`).
  private(set) var coreCount = 1

  /// A lexicon of `vocabulary` (ids from 1 in its order, repeats skipped) and, after those, of
  /// the `lookupOnly` words it does not hold.
  init<S: Sequence>(_ vocabulary: S, lookupOnly: [String] = []) where S.Element == String {
    let core = Array(vocabulary)
    // Repeats are skipped as `Set<String>` would skip them (canonical equivalence), without
    // hashing every word into one: an ASCII word without ";", "`" or "K" equals only text of
    // its own bytes (only those three scalars' canonical equivalents decompose to ASCII), so it
    // is a repeat exactly when its bytes were added before, which a table of the words' byte
    // hashes answers; only the other words go into a `Set`. (Hashing all 13 600 words of the
    // three lexicons `RuleTables` makes into a `Set<String>`, and copying each word's bytes
    // into an array, was 7.6 M instructions of every start: callgrind, issue #16.)
    let total = core.count + lookupOnly.count
    var seenOthers = Set<String>()
    var seenCapacity = 16
    while seenCapacity < total * 2 { seenCapacity <<= 1 }
    // The ids of the plain words added, by their hash (0: empty).
    var seenPlain = [Int32](repeating: 0, count: seenCapacity)
    var keys: [(hash: UInt64, head: UInt64)] = [(0, 0)]
    keys.reserveCapacity(total + 1)
    words.reserveCapacity(total + 1)
    offsets.reserveCapacity(total + 2)
    for n in 0..<total {
      // Every word of `vocabulary` is in by the first `lookupOnly` word.
      if n == core.count { coreCount = words.count }
      var word = n < core.count ? core[n] : lookupOnly[n - core.count]
      guard !word.isEmpty else { continue }
      let id = words.count
      let added: Bool = word.withUTF8 { utf8 in
        precondition(utf8.count <= Self.maxLength, "a lexicon word longer than \(Self.maxLength) bytes")
        let plain = String.isSpelledWord(utf8)
        let key = Self.hash(utf8)
        if plain {
          var slot = Int(truncatingIfNeeded: key.hash) & (seenCapacity - 1)
          while seenPlain[slot] != 0 {
            let other = Int(seenPlain[slot])
            // (Lengths, then the bytes through buffers: `elementsEqual` of an array slice and
            // a buffer was about 220 instructions a repeat, 5 200 repeats at every start:
            // callgrind, issue #16.)
            if keys[other].hash == key.hash, offsets[other + 1] - offsets[other] == utf8.count {
              let range = offsets[other]..<offsets[other + 1]
              if bytes.withUnsafeBufferPointer({ Self.sameBytes(UnsafeBufferPointer(rebasing: $0[range]), utf8) }) { return false }
            }
            slot = (slot + 1) & (seenCapacity - 1)
          }
          seenPlain[slot] = Int32(id)
        } else if !seenOthers.insert(String(decoding: utf8, as: UTF8.self)).inserted {
          return false
        }
        if utf8.contains(where: { $0 >= 0x80 }) { nonASCII.append(WordID(id)) }
        bytes.append(contentsOf: utf8)
        offsets.append(bytes.count)
        keys.append(key)
        return true
      }
      if added { words.append(word) }
    }
    if lookupOnly.isEmpty { coreCount = words.count }
    precondition(words.count <= Int(WordID.max), "too many lexicon words")
    var capacity = 16
    while capacity < words.count * 2 { capacity <<= 1 }
    slots = Array(repeating: Slot(), count: capacity)
    for id in 1..<words.count {
      let (hash, head) = keys[id]
      var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
      while slots[slot].meta != 0 { slot = (slot + 1) & (capacity - 1) }
      let length = offsets[id + 1] - offsets[id]
      slots[slot] = Slot(head: head, meta: Self.lengthAndTag(hash, length) | UInt64(id))
    }
  }

  /// `words` without the later repeats of a word's bytes, in order: the lexicon `init` makes
  /// of the words sorted is the same (it skips repeats, and byte-identical words are one word
  /// whichever is kept), but there are fewer to sort: `RuleTables` gathers the words of every
  /// list and pattern, repeats and all, and sorting its 9 000 words, most of them repeats,
  /// was 8.1 M instructions of every start (callgrind, issue #16).
  static func droppingRepeats(_ words: [String]) -> [String] {
    var capacity = 16
    while capacity < words.count * 2 { capacity <<= 1 }
    // Positions in `kept` by the hash of their bytes (-1: empty).
    var table = [Int32](repeating: -1, count: capacity)
    var hashes: [UInt64] = []
    var kept: [String] = []
    hashes.reserveCapacity(words.count)
    kept.reserveCapacity(words.count)
    for word in words {
      var text = word
      let isNew: Bool = text.withUTF8 { utf8 in
        let h = hash(utf8).hash
        var slot = Int(truncatingIfNeeded: h) & (capacity - 1)
        while table[slot] >= 0 {
          let other = Int(table[slot])
          if hashes[other] == h {
            var otherText = kept[other]
            if otherText.withUTF8({ Self.sameBytes($0, utf8) }) { return false }
          }
          slot = (slot + 1) & (capacity - 1)
        }
        table[slot] = Int32(kept.count)
        hashes.append(h)
        return true
      }
      if isNew { kept.append(word) }
    }
    return kept
  }

  /// `words.sorted()`, found with fewer `String` comparisons: two ASCII words whose first
  /// eight bytes differ are ordered by those bytes, read as one big-endian integer (zero-padded),
  /// and every other pair by `<` as before. For ASCII text `<` is the order of the bytes (each
  /// scalar is its byte, and ASCII text is already normalised), and the first of the eight
  /// bytes that differ decides it (where a word ends, its padding 0 is below any other byte),
  /// so the test answers as `<` does for every pair and the same stable sort leaves the words
  /// in the same order. (`sorted()` of the 5 000 vocabulary and look-up words `RuleTables`
  /// gathers was 3.9 M instructions of every start, about 80 a comparison: callgrind, issue
  /// #16.)
  static func sortedWords(_ words: [String]) -> [String] {
    /// A word's position, its head and whether it is ASCII, sorted as one value: the heads
    /// read from the values compared, not from arrays beside them (read so, with a bounds
    /// check each, the sort cost what `sorted()` did).
    struct Key {
      var head: UInt64
      var position: Int
      var isASCII: Bool
    }
    var keys: [Key] = []
    keys.reserveCapacity(words.count)
    for n in words.indices {
      var word = words[n]
      word.withUTF8 { utf8 in
        var head: UInt64 = 0
        for k in 0..<8 {
          let byte = k < utf8.count ? utf8[k] : 0
          head = head << 8 | UInt64(byte)
        }
        keys.append(Key(head: head, position: n, isASCII: !utf8.contains(where: { $0 >= 0x80 })))
      }
    }
    keys.sort { a, b in
      if a.isASCII, b.isASCII, a.head != b.head { return a.head < b.head }
      return words[a.position] < words[b.position]
    }
    return keys.map { words[$0.position] }
  }

  /// Whether `a` and `b` hold the same bytes (a loop over two buffers: `elementsEqual` of an
  /// array slice and a buffer was about 220 instructions a comparison, callgrind, issue #16).
  @inline(__always)
  private static func sameBytes(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
    guard a.count == b.count else { return false }
    var k = 0
    while k < a.count, a[k] == b[k] { k += 1 }
    return k == a.count
  }

  /// The bits of a slot's `meta` above the id: `length` and the hash's top 16 bits.
  @inline(__always)
  private static func lengthAndTag(_ hash: UInt64, _ length: Int) -> UInt64 {
    (hash & 0xFFFF_0000_0000_0000) | UInt64(truncatingIfNeeded: length) << 32
  }

  /// The number of ids, including `unknown`.
  var count: Int { words.count }

  /// Whether `id` is a word of the vocabulary, not `unknown` nor a `lookupOnly` word. (Words
  /// are added to the lexicon only so that lists can be asked by id; the tokenizer's reading of
  /// a glued word, which depends on what the lexicon knows, asks this instead of `!= unknown`.)
  @inline(__always)
  func isCore(_ id: WordID) -> Bool { id != Self.unknown && Int(id) < coreCount }

  /// A hash of `bytes` and their first eight bytes (little-endian, zero-padded): every eight
  /// bytes (the last ones zero-padded) are folded in with a 64 × 64 → 128-bit multiply, whose
  /// high and low halves are xored (the mixing step of wyhash; the constants are its primes).
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, head: UInt64) {
    guard let base = bytes.baseAddress else { return (0, 0) }
    let n = bytes.count
    var h = UInt64(truncatingIfNeeded: n) ^ 0xa076_1d64_78bd_642f
    var head: UInt64 = 0
    var i = 0
    while true {
      let chunk: UInt64
      if n - i >= 8 {
        chunk = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
      } else {
        chunk = tail(base + i, n - i)
      }
      if i == 0 { head = chunk }
      let product = (h ^ chunk).multipliedFullWidth(by: 0xe703_7ed1_a0b4_28db)
      h = product.high ^ product.low
      i += 8
      if i >= n { return (h, head) }
    }
  }

  /// The `count` (< 8) bytes at `p` as a little-endian integer, zero-padded.
  @inline(__always)
  private static func tail(_ p: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
    var value: UInt64 = 0
    var offset = 0
    if count & 4 != 0 {
      value = UInt64(UInt32(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt32.self)))
      offset = 4
    }
    if count & 2 != 0 {
      value |= UInt64(UInt16(littleEndian: UnsafeRawPointer(p + offset).loadUnaligned(as: UInt16.self))) << (8 * offset)
      offset += 2
    }
    if count & 1 != 0 { value |= UInt64(p[offset]) << (8 * offset) }
    return value
  }

  /// The id of the word whose lower-case UTF-8 bytes are `bytes`, or `unknown`.
  /// (Inlined: the tokenizer asks it of every word, number and mark, and the call and its
  /// setup were about 13 instructions a word, 2.3 M on the 1 MB stream: callgrind, issue #16.)
  @inline(__always)
  func id(of text: UnsafeBufferPointer<UInt8>) -> WordID {
    let n = text.count
    guard n > 0, n <= Self.maxLength else { return Self.unknown }
    let (h, head) = Self.hash(text)
    return probe(h, head, text)
  }

  /// The bit of the presence filter for a word of hash `hash` (bits of the hash that neither
  /// the slot's position, its low bits, nor its tag, the top 16, use), in a filter of `count`
  /// words of 64 bits (a power of two).
  @inline(__always)
  private static func presenceBit(_ hash: UInt64, _ count: Int) -> Int {
    Int(truncatingIfNeeded: hash >> 20) & (count * 64 - 1)
  }

  /// This lexicon with a presence filter (`filteredID(of:)`): for a lexicon asked mostly about
  /// words it does not hold, whose slots, spread over hundreds of kilobytes, are mostly cache
  /// misses (the name keys asked of every run of words that may be a name: perf showed the read
  /// of the first slot as more than half of `NameKeyFilter.matches(runTo:)`'s time, issue #16).
  func withPresenceFilter() -> Lexicon {
    var bits = 64
    while bits < words.count * 16 { bits <<= 1 }
    var presence = [UInt64](repeating: 0, count: bits / 64)
    bytes.withUnsafeBufferPointer { all in
      for id in 1..<words.count {
        let (h, _) = Self.hash(UnsafeBufferPointer(rebasing: all[offsets[id]..<offsets[id + 1]]))
        let bit = Self.presenceBit(h, presence.count)
        presence[bit >> 6] |= 1 << UInt64(bit & 63)
      }
    }
    var copy = self
    copy.presence = presence
    return copy
  }

  /// `id(of:)`, asking the presence filter first when the lexicon has one: the same answer.
  @inline(__always)
  func filteredID(of text: UnsafeBufferPointer<UInt8>) -> WordID {
    let n = text.count
    guard n > 0, n <= Self.maxLength else { return Self.unknown }
    let (h, head) = Self.hash(text)
    if !presence.isEmpty {
      let bit = Self.presenceBit(h, presence.count)
      let present = presence.withUnsafeBufferPointer { $0[bit >> 6] & (1 << UInt64(bit & 63)) != 0 }
      if !present { return Self.unknown }
    }
    return probe(h, head, text)
  }

  /// The id of the word of `text` (not empty, at most `maxLength` bytes), whose hash and head
  /// are `h` and `head`, or `unknown`: a walk of the slots from the hash's.
  @inline(__always)
  private func probe(_ h: UInt64, _ head: UInt64, _ text: UnsafeBufferPointer<UInt8>) -> WordID {
    let n = text.count
    let want = Self.lengthAndTag(h, n)
    return slots.withUnsafeBufferPointer { slots in
      let mask = slots.count - 1
      var slot = Int(truncatingIfNeeded: h) & mask
      while true {
        let entry = slots[slot]
        if entry.meta == 0 { return Self.unknown }
        if entry.meta & 0xFFFF_FFFF_0000_0000 == want && entry.head == head {
          let id = Int(truncatingIfNeeded: entry.meta & 0xFFFF_FFFF)
          if n <= 8 || sameTail(id, text) { return WordID(truncatingIfNeeded: id) }
        }
        slot = (slot + 1) & mask
      }
    }
  }

  /// Whether the bytes of word `id` past the eighth equal those of `text` (of the word's length).
  private func sameTail(_ id: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = offsets[id]
    return bytes.withUnsafeBufferPointer { all in
      for k in 8..<text.count where all[start + k] != text[k] { return false }
      return true
    }
  }

  /// The text of lower-case UTF-8 `bytes` and its id: a word of the lexicon is its own
  /// `String` (shared, not built again for every token that spells it), any other is decoded.
  @inline(__always)
  func wordAndID(of bytes: UnsafeBufferPointer<UInt8>) -> (word: String, id: WordID) {
    let id = id(of: bytes)
    return id == Self.unknown ? (String(copying: bytes), id) : (words[Int(id)], id)
  }

  /// The id of `word` (already lower case), or `unknown`.
  func id(of word: String) -> WordID {
    var word = word
    return word.withUTF8 { id(of: $0) }
  }

  /// A membership table over ids for a set of words: `table[Int(id)]`.
  func table(_ members: some Sequence<String>) -> [Bool] {
    var table = Array(repeating: false, count: count)
    for word in members {
      let id = id(of: word)
      if id != Self.unknown { table[Int(id)] = true }
    }
    return table
  }
}
