import Gazetteer

/// A lower-case word the rules know, as a small integer (`Lexicon.unknown` for all others).
typealias WordID = Int32

/// The words the extractor's rules and the gazetteer's first words use, interned once so that
/// the tokenizer can label every word with an integer and the per-token tests (is it a month, a
/// trigger's first word, a region starter, a gazetteer name's first word …) become array reads
/// instead of `String` hashing.
///
/// Look-up hashes the lower-case UTF-8 bytes of a token (FNV-1a) into an open-addressing table,
/// so tokenising builds no `String` to find a word's id. The table is immutable and `Sendable`.
struct Lexicon: Sendable {
  static let unknown: WordID = 0

  /// Lower-case spelling of each id (index 0: the unknown word, "").
  private(set) var words: [String] = [""]
  /// Open-addressing table, power-of-two sized: each slot holds a word's id in its low 32 bits
  /// and the high 32 bits of its hash above them (0 marks an empty slot), so that a probe reads
  /// one slot rather than a slot and then the word's hash elsewhere.
  private var slots: [UInt64] = []
  private var utf8: [[UInt8]] = [[]]

  init<S: Sequence>(_ vocabulary: S) where S.Element == String {
    var seen = Set<String>()
    var hashes: [UInt64] = [0]
    for word in vocabulary where !word.isEmpty && seen.insert(word).inserted {
      words.append(word)
      let bytes = Array(word.utf8)
      utf8.append(bytes)
      hashes.append(bytes.withUnsafeBufferPointer { Self.hash($0) })
    }
    var capacity = 16
    while capacity < words.count * 4 { capacity <<= 1 }
    slots = Array(repeating: 0, count: capacity)
    for id in 1..<words.count {
      var slot = Int(truncatingIfNeeded: hashes[id]) & (capacity - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = hashes[id] & Self.tagMask | UInt64(id)
    }
  }

  /// The bits of a slot that hold the hash's high half.
  private static let tagMask: UInt64 = 0xFFFF_FFFF_0000_0000

  /// The number of ids, including `unknown`.
  var count: Int { words.count }

  /// FNV-1a over bytes.
  @inline(__always)
  static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in bytes {
      h = (h ^ UInt64(b)) &* 0x100_0000_01b3
    }
    return h
  }

  /// The id of the word whose lower-case UTF-8 bytes are `bytes`, or `unknown`.
  func id(of bytes: UnsafeBufferPointer<UInt8>) -> WordID {
    let h = Self.hash(bytes)
    let tag = h & Self.tagMask
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: h) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { return Self.unknown }
      if entry & Self.tagMask == tag {
        let id = Int(truncatingIfNeeded: entry & ~Self.tagMask)
        let equal = utf8[id].withUnsafeBufferPointer { word in
          guard word.count == bytes.count else { return false }
          for k in 0..<word.count where word[k] != bytes[k] { return false }
          return true
        }
        if equal { return WordID(id) }
      }
      slot = (slot + 1) & mask
    }
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
