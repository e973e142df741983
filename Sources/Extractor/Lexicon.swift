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
  /// Open-addressing table, power-of-two sized, at most half full: each slot holds a word's
  /// id in its low `idBits` bits and the top bits of its hash above them (0 marks an empty
  /// slot), so that a probe reads one small slot and compares bytes only on a likely hit.
  private var slots: [UInt32] = []
  private var idBits = 1
  /// The UTF-8 bytes of every word, one after another: word `id` is
  /// `bytes[offsets[id]..<offsets[id + 1]]`.
  private var bytes: [UInt8] = []
  private var offsets: [Int] = [0, 0]

  init<S: Sequence>(_ vocabulary: S) where S.Element == String {
    var seen = Set<String>()
    var hashes: [UInt64] = [0]
    for word in vocabulary where !word.isEmpty && seen.insert(word).inserted {
      words.append(word)
      let utf8 = Array(word.utf8)
      bytes += utf8
      offsets.append(bytes.count)
      hashes.append(utf8.withUnsafeBufferPointer { Self.hash($0) })
    }
    while words.count >= 1 << idBits { idBits += 1 }
    var capacity = 16
    while capacity < words.count * 2 { capacity <<= 1 }
    slots = Array(repeating: 0, count: capacity)
    for id in 1..<words.count {
      var slot = Int(truncatingIfNeeded: hashes[id]) & (capacity - 1)
      while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      slots[slot] = tag(hashes[id]) | UInt32(id)
    }
  }

  /// The top `32 - idBits` bits of a hash's high half, placed above the id bits of a slot.
  @inline(__always)
  private func tag(_ hash: UInt64) -> UInt32 {
    idBits >= 32 ? 0 : (UInt32(truncatingIfNeeded: hash >> 32) >> idBits) << idBits
  }

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
  func id(of text: UnsafeBufferPointer<UInt8>) -> WordID {
    let h = Self.hash(text)
    let tag = tag(h)
    let idMask = UInt32(truncatingIfNeeded: (UInt64(1) << idBits) - 1)
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: h) & mask
    while true {
      let entry = slots[slot]
      if entry == 0 { return Self.unknown }
      if entry & ~idMask == tag {
        let id = Int(entry & idMask)
        let start = offsets[id]
        let end = offsets[id + 1]
        if end - start == text.count {
          let equal = bytes.withUnsafeBufferPointer { all in
            for k in 0..<text.count where all[start + k] != text[k] { return false }
            return true
          }
          if equal { return WordID(id) }
        }
      }
      slot = (slot + 1) & mask
    }
  }

  /// The text of lower-case UTF-8 `bytes` and its id: a word of the lexicon is its own
  /// `String` (shared, not built again for every token that spells it), any other is decoded.
  @inline(__always)
  func wordAndID(of bytes: UnsafeBufferPointer<UInt8>) -> (word: String, id: WordID) {
    let id = id(of: bytes)
    return id == Self.unknown ? (String(decoding: bytes, as: UTF8.self), id) : (words[Int(id)], id)
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
