/// A set of ASCII words without ";", "`" or "K", asked `contains` by their bytes' count first.
///
/// `Set<String>.contains` hashes the whole text (seeding and finalising the hasher, about 300
/// instructions a test), and the rules ask their small word lists of words of every sentence
/// with a trigger or a name (56 000 tests on the 1 MB stream: callgrind, issue #16). Text equal
/// to such a word is its bytes (only ASCII scalars and the three whose canonical decomposition
/// is ";", "`" or "K" — U+037E, U+1FEF, U+212A — decompose to ASCII alone: `String.spells`), so
/// it has the word's count of bytes, and only the list's words of that count are compared with
/// it, by `==`: the answer is `Set.contains`'s for any text.
///
/// The words are kept as a `Set` too (`words`), for what else the rules do with a list.
struct SpelledWordSet: Sendable, Sequence, ExpressibleByArrayLiteral {
  /// The words.
  let words: Set<String>
  /// The words by their count of bytes: those of `n` bytes are `byCount[starts[n]..<starts[n + 1]]`.
  /// (Read by `SpelledWordMap`, which keeps its values in the same order.)
  fileprivate let byCount: [String]
  fileprivate let starts: [Int]

  init(_ words: Set<String>) {
    for word in words {
      precondition(String.isSpelledWord(word.utf8), "'\(word)' is not an ASCII word without ';', '`' or 'K'")
    }
    self.words = words
    // (Sorted by count, then text, so that the order does not depend on the set's.)
    let sorted = words.sorted { a, b in
      a.utf8.count != b.utf8.count ? a.utf8.count < b.utf8.count : a < b
    }
    let longest = sorted.last?.utf8.count ?? 0
    var starts = Array(repeating: 0, count: longest + 2)
    var k = 0
    for n in 0...(longest + 1) {
      while k < sorted.count, sorted[k].utf8.count < n { k += 1 }
      starts[n] = k
    }
    byCount = sorted
    self.starts = starts
  }

  init(arrayLiteral elements: String...) { self.init(Set(elements)) }

  /// `words.contains(text)`: the words of `text`'s count of bytes compared with it.
  @inline(__always)
  func contains(_ text: String) -> Bool { position(of: text) != nil }

  /// Where `text` stands in `byCount`, or nil when it is no word: the words of its count of
  /// bytes compared with it.
  @inline(__always)
  fileprivate func position(of text: String) -> Int? {
    let n = text.utf8.count
    guard n + 1 < starts.count else { return nil }
    return byCount.withUnsafeBufferPointer { words in
      starts.withUnsafeBufferPointer { starts in
        var k = starts[n]
        let end = starts[n + 1]
        while k < end {
          if words[k] == text { return k }
          k += 1
        }
        return nil
      }
    }
  }

  func makeIterator() -> Set<String>.Iterator { words.makeIterator() }

  var isEmpty: Bool { words.isEmpty }
  var count: Int { words.count }

  func union(_ other: some Sequence<String>) -> Set<String> { words.union(other) }
}

/// A map from ASCII words without ";", "`" or "K" to numbers, asked by their bytes' count
/// first, as `SpelledWordSet` asks: `map[text]` is the dictionary's answer for any text, without
/// hashing it (`Dictionary<String, Int>`'s look-up was about 400 instructions, 6 900 of them on
/// the 1 MB stream for `MentionFinder.numberWords`: callgrind, issue #16).
struct SpelledWordMap: Sendable, ExpressibleByDictionaryLiteral {
  /// The words and their values.
  let dictionary: [String: Int]
  /// The words, found by `SpelledWordSet.position(of:)`.
  private let words: SpelledWordSet
  /// The value of each word, in the words' `byCount` order.
  private let values: [Int]

  init(dictionaryLiteral elements: (String, Int)...) {
    let dictionary = Dictionary(uniqueKeysWithValues: elements)
    let words = SpelledWordSet(Set(dictionary.keys))
    self.dictionary = dictionary
    self.words = words
    values = words.byCount.map { dictionary[$0]! }
  }

  /// `dictionary[text]`: the words of `text`'s count of bytes compared with it.
  @inline(__always)
  subscript(text: String) -> Int? { words.position(of: text).map { values[$0] } }

  var keys: Dictionary<String, Int>.Keys { dictionary.keys }
}
