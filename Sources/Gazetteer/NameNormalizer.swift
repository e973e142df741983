import Foundation

/// Turns a place name as the press writes it into keys under which spellings meet.
///
/// Two keys are produced, tried in order by `PlaceIndex`:
///
/// 1. **Name key** (`key(_:)`): case and diacritics folded (Tsamkanī → tsamkani), apostrophes
///    and ‘ayn marks dropped, words split on spaces, hyphens and punctuation, generic words
///    dropped ("district", "province", "city", "center", "woluswali" …), the Persian ezafe and
///    joining particles dropped (`-e-`, `-i-`, `-a-`, `-ye-`, "wa" and its spellings "va", "wo"
///    and "o"), and the words joined without spaces. "Jani Khel", "Jani-Khel" and "Janikhel"
///    meet; so do "Sar-e-Pul" and "Sar-i-Pul", "Dand Wa Patan", "Dand-wo-Patan" and "Dand Patan".
/// 2. **Sound key** (`soundKey(_:)`): the name key with common transliteration pairs merged
///    (q/k, kh/k, gh/g, ph/f, ee/i, oo/u, ou/u, w/v), vowels after the first letter dropped,
///    doubled letters collapsed, and a first-letter vowel folded to the alef it romanises
///    (a, e, i → a; o, u → u). "Saripul"/"Sarpul", "Gilan"/"Gelan", "Kishim"/"Keshem",
///    "Muqur"/"Moqor", "Paktia"/"Paktya"/"Paktiya", "Ishkamish"/"Eshkamesh"/"Ashkamash",
///    "Injil"/"Enjil", "Urgun"/"Orgun" meet here. It is looser, so matches on it are reported
///    as such.
public enum NameNormalizer {
  /// Words that describe a place's kind rather than name it.
  public static let genericWords: Set<String> = [
    "district", "districts", "province", "provinces", "city", "center", "centre", "town",
    "woluswali", "uluswali", "wuluswali", "woleswali", "alaqadari", "alaqahdari", "alaqadari",
    "the", "of", "bazar", "bazaar", "markaz",
  ]
  /// Joining particles of Dari and Pashto names as they are romanised.
  public static let joiningWords: Set<String> = ["e", "i", "a", "ye", "wa", "va", "wo", "o", "y"]

  /// The name key of `name`; empty when the name has no letters or digits.
  public static func key(_ name: String) -> String {
    if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiKey(name) }
    return key(ofWords: words(name))
  }

  /// The name key of a name split into `words(_:)`: generic words dropped unless all are, then,
  /// of more than one word, joining words dropped unless all are, the rest joined.
  static func key(ofWords words: [String]) -> String {
    let meaningful = words.filter { !genericWords.contains($0) }
    let kept = meaningful.isEmpty ? words : meaningful
    let named = kept.count > 1 ? kept.filter { !joiningWords.contains($0) } : kept
    return (named.isEmpty ? kept : named).joined()
  }

  /// The sound key of `name` (see the type's discussion).
  public static func soundKey(_ name: String) -> String {
    soundKey(fromKey: key(name))
  }

  /// The sound key of an already computed name key.
  public static func soundKey(fromKey key: String) -> String {
    if key.utf8.allSatisfy({ $0 < 0x80 }) {
      var out: [UInt8] = []
      var work: [UInt8] = []
      soundKey(ascii: Array(key.utf8), into: &out, &work)
      return String(decoding: out, as: UTF8.self)
    }
    return soundKey(charactersOf: key)
  }

  /// The sound key of a name key computed on its `Character`s: each transliteration pair
  /// replaced in turn, then vowels after the first letter dropped, repeats collapsed and the
  /// first letter folded (`initialVowelFold`). Used
  /// for keys with non-ASCII letters; `soundKey(ascii:into:_:)` gives the same bytes for an
  /// ASCII key (`GazetteerLookupTests` checks every key of the index).
  public static func soundKey(charactersOf key: String) -> String {
    var s = key
    for (from, to) in soundPairs where s.contains(from) {
      s = s.replacingOccurrences(of: from, with: to)
    }
    var out: [Character] = []
    for (i, ch) in s.enumerated() {
      if i > 0, "aeiouy".contains(ch) { continue }
      if let last = out.last, last == ch { continue }
      if i == 0, let byte = ch.asciiValue {
        out.append(Character(Unicode.Scalar(initialVowelFold(byte))))
      } else {
        out.append(ch)
      }
    }
    return String(out)
  }

  /// The transliteration pairs of the sound key, replaced in this order (`sch`: German
  /// transliteration, Laschkargah = Lashkargah; `z` → `s`: German press spellings, Sabul =
  /// Zabul, Urusgan = Uruzgan).
  static let soundPairs: [(String, String)] = [
    ("sch", "sh"), ("ph", "f"), ("kh", "k"), ("gh", "g"), ("dh", "d"), ("q", "k"), ("ck", "k"),
    ("ee", "i"), ("oo", "u"), ("ou", "u"), ("w", "v"), ("z", "s"),
  ]
  private static let asciiSoundPairs: [([UInt8], [UInt8])] = soundPairs.map {
    (Array($0.0.utf8), Array($0.1.utf8))
  }
  /// `byteMask` of each pair's bytes to replace, and of its replacement.
  private static let asciiSoundPairMasks: [(from: UInt64, to: UInt64)] = asciiSoundPairs.map {
    (byteMask($0.0), byteMask($0.1))
  }

  /// The bytes of `bytes` folded into 64 bits (a byte's bit is its low six bits): a pair whose
  /// bytes' bits are not all in a key's mask does not occur in the key.
  @inline(__always)
  private static func byteMask(_ bytes: [UInt8]) -> UInt64 {
    var mask: UInt64 = 0
    for b in bytes { mask |= 1 << UInt64(b & 63) }
    return mask
  }

  /// `soundKey(fromKey:)` on the ASCII bytes of a name key, without allocating Strings: each
  /// transliteration pair replaced in order (each left to right, without overlaps), then vowels
  /// after the first letter dropped, repeated letters collapsed and the first letter folded
  /// (`initialVowelFold`).
  /// - Parameters:
  ///   - key: the name key's bytes (all ASCII).
  ///   - out: receives the sound key.
  ///   - work: scratch space, reused between calls.
  public static func soundKey(ascii key: [UInt8], into out: inout [UInt8], _ work: inout [UInt8]) {
    out.removeAll(keepingCapacity: true)
    out.append(contentsOf: key)
    // Read through buffer pointers: with slices compared by `elementsEqual`, finding which of
    // the twelve pairs occur was about 5 600 instructions a key, 21.5 M of `extract` on the
    // 1 MB stream (callgrind, issue #16).
    // (A pair is looked for only where the key holds each of its bytes: most keys hold few of
    // the twelve, and the twelve scans were about 2 200 instructions a key, 8.1 M on the 1 MB
    // stream, callgrind, issue #16. A replacement only adds its own bytes' bits, so the mask
    // stays a superset of the bytes of `out`.)
    var present = byteMask(key)
    for p in asciiSoundPairs.indices {
      let masks = asciiSoundPairMasks[p]
      guard present & masks.from == masks.from else { continue }
      let (from, to) = asciiSoundPairs[p]
      let first = from.withUnsafeBufferPointer { from in
        out.withUnsafeBufferPointer { firstMatch(of: from, in: $0, from: 0) }
      }
      guard let first else { continue }
      present |= masks.to
      work.removeAll(keepingCapacity: true)
      from.withUnsafeBufferPointer { from in
        out.withUnsafeBufferPointer { bytes in
          var i = 0
          var next: Int? = first
          while let match = next {
            work.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i..<match]))
            work.append(contentsOf: to)
            i = match + from.count
            next = firstMatch(of: from, in: bytes, from: i)
          }
          work.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i...]))
        }
      }
      swap(&out, &work)
    }
    work.removeAll(keepingCapacity: true)
    for (i, b) in out.enumerated() {
      if i > 0, isVowel(b) { continue }
      if let last = work.last, last == b { continue }
      work.append(i == 0 ? initialVowelFold(b) : b)
    }
    swap(&out, &work)
  }

  /// A name's first letter as the sound key keeps it: the vowels that romanise an initial alef
  /// folded together (`e`, `i` → `a`; `o` → `u`: Ishkamish, Eshkamesh and Ashkamash; Urgun and
  /// Orgun), any other byte unchanged.
  @inline(__always)
  static func initialVowelFold(_ b: UInt8) -> UInt8 {
    switch b {
    case UInt8(ascii: "e"), UInt8(ascii: "i"): UInt8(ascii: "a")
    case UInt8(ascii: "o"): UInt8(ascii: "u")
    default: b
    }
  }

  /// Whether an ASCII byte is one of the sound key's vowels (`aeiouy`).
  @inline(__always)
  private static func isVowel(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"):
      true
    default:
      false
    }
  }

  /// Where `needle` (not empty) first occurs in `haystack` at or after `start`, or nil.
  private static func firstMatch(
    of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int
  ) -> Int? {
    guard let lead = needle.first, haystack.count >= needle.count, start <= haystack.count - needle.count else {
      return nil
    }
    var i = start
    while i <= haystack.count - needle.count {
      if haystack[i] == lead {
        var j = 1
        while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
        if j == needle.count { return i }
      }
      i += 1
    }
    return nil
  }

  /// The lower-case, diacritic-free words of `name`, split on anything not a letter or digit.
  /// Apostrophes and ‘ayn/hamza marks join rather than split (Qal'eh → qaleh).
  public static func words(_ name: String) -> [String] {
    if name.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(name) }
    if let folded = latinFolded(name) { return asciiWords(folded, lowerCasing: false) }
    return foldedWords(name)
  }

  /// `words(_:)` of text that is not all ASCII, through Foundation's folding (about 9 000
  /// instructions a name) or `ArabicScript.matchingForm`.
  static func foldedWords(_ name: String) -> [String] {
    var folded = ""
    folded.reserveCapacity(name.utf8.count)
    if ArabicScript.containsArabic(name) {
      // Persian script: the shared matching form (no case; Foundation's diacritic folding
      // would turn ۀ into ە and ئ into ي rather than the Persian letters).
      folded = ArabicScript.matchingForm(name)
    } else {
      folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }
    // Latin with diacritics ("Laghmān") folds to ASCII: split it byte by byte, as it stands.
    if folded.utf8.allSatisfy({ $0 < 0x80 }) { return asciiWords(folded, lowerCasing: false) }
    var words: [String] = []
    // The open word's UTF-8 bytes, made a `String` when it closes (a scalar appended to a
    // `String`'s scalars was about 280 instructions: callgrind, issue #16).
    var current: [UInt8] = []
    current.reserveCapacity(32)
    for scalar in folded.unicodeScalars {
      switch scalar {
      case "'", "\u{2018}", "\u{2019}", "\u{02BC}", "\u{02BB}", "\u{02BF}", "\u{02BE}", "`", "\u{00B4}":
        continue
      default:
        if ArabicScript.isAlphabetic(scalar) || ("0"..."9").contains(scalar) {
          current.append(contentsOf: scalar.utf8)
        } else if !current.isEmpty {
          words.append(String(decoding: current, as: UTF8.self))
          current.removeAll(keepingCapacity: true)
        }
      }
    }
    if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
    return words
  }

  /// How `foldedWords(_:)` folds the Latin letters with diacritics (U+00C0–U+024F and
  /// U+1E00–U+1EFF, which hold letters only but for × and ÷) and the marks that join words,
  /// made once from a single call of Foundation's folding on all of them, space-separated
  /// (one call for each would be about 9 000 instructions).
  private struct LatinFolding {
    /// By `index(_:)`: where the ASCII letters a letter folds to (Laghmān's ā → a, ß → ss) are
    /// in `bytes`, offset times 256 plus length; 0 for a letter that folds to anything else.
    var folds: [UInt32]
    /// The foldings of the letters, one after another.
    var bytes: [UInt8] = []
    /// Whether each mark of `joiningMarks` folds to itself.
    var marksStay = false

    /// The marks other than ASCII that `foldedWords(_:)` passes over inside a word.
    static let joiningMarks: [Unicode.Scalar] = ["\u{2018}", "\u{2019}", "\u{02BC}", "\u{02BB}", "\u{02BF}", "\u{02BE}", "\u{00B4}"]

    /// A scalar's place in `folds`, or nil outside its two ranges.
    @inline(__always)
    static func index(_ scalar: Unicode.Scalar) -> Int? {
      switch scalar.value {
      case 0x00C0..<0x0250: Int(scalar.value) - 0x00C0
      case 0x1E00..<0x1F00: Int(scalar.value) - 0x1E00 + (0x0250 - 0x00C0)
      default: nil
      }
    }

    /// The folding of the letters, the marks and every printable ASCII scalar but the space;
    /// no letter is read from it (all 0) unless each ASCII scalar folds to itself lower-cased
    /// and the call gives one word for each scalar.
    init() {
      let letters = (0x00C0..<0x0250).compactMap(Unicode.Scalar.init) + (0x1E00..<0x1F00).compactMap(Unicode.Scalar.init)
      let ascii = (0x21..<0x7F).compactMap(Unicode.Scalar.init)
      let all = letters + Self.joiningMarks + ascii
      folds = Array(repeating: 0, count: letters.count)
      var batch: [UInt8] = []
      for scalar in all {
        if !batch.isEmpty { batch.append(0x20) }
        batch.append(contentsOf: String(scalar).utf8)
      }
      var folded = String(decoding: batch, as: UTF8.self).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
      // The words of the folding, read in place: the n-th is the n-th scalar's folding.
      var valid = true
      var marksStay = true
      var n = 0
      folded.withUTF8 { text in
        var start = 0
        for end in 0...text.count where end == text.count || text[end] == 0x20 {
          let part = UnsafeBufferPointer(rebasing: text[start..<end])
          start = end + 1
          defer { n += 1 }
          guard n < all.count else { continue }
          if n < letters.count {
            guard !part.isEmpty, part.count < 256, part.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { continue }
            folds[Self.index(all[n])!] = UInt32(bytes.count) << 8 | UInt32(part.count)
            bytes.append(contentsOf: part)
          } else if n < letters.count + Self.joiningMarks.count {
            if !part.elementsEqual(String(all[n]).utf8) { marksStay = false }
          } else {
            let byte = UInt8(all[n].value)
            if !(part.count == 1 && part[0] == (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)) { valid = false }
          }
        }
      }
      guard valid, n == all.count else {
        folds = Array(repeating: 0, count: letters.count)
        return
      }
      self.marksStay = marksStay
    }
  }

  private static let latinFolding = LatinFolding()

  /// The folding of `name` when it holds only printable ASCII (U+0020–U+007E), letters of
  /// `LatinFolding` that fold to ASCII and, when they fold to themselves, its joining marks, as
  /// `words(_:)` splits it: ASCII lower-cased, each letter its ASCII letters, each mark an ASCII
  /// apostrophe (the marks, `'` and `` ` `` are all passed over inside a word). Nil for other
  /// text. Each of these scalars is a grapheme cluster of its own (no marks that combine,
  /// joiners or CR LF among them) and the folding does not look past a cluster, so folding
  /// them one by one is folding the text (`NameNormalizerFoldingTests` compares the words with
  /// those of Foundation's folding for every letter and mark, and on mixed text).
  static func latinFolded(_ name: String) -> String? {
    let folding = latinFolding
    var bytes: [UInt8] = []
    bytes.reserveCapacity(name.utf8.count)
    for scalar in name.unicodeScalars {
      if scalar.value >= 0x20 && scalar.value < 0x7F {
        let byte = UInt8(scalar.value)
        bytes.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
      } else if let index = LatinFolding.index(scalar), folding.folds[index] != 0 {
        let fold = Int(folding.folds[index])
        bytes.append(contentsOf: folding.bytes[(fold >> 8)..<((fold >> 8) + (fold & 0xFF))])
      } else if folding.marksStay, LatinFolding.joiningMarks.contains(scalar) {
        bytes.append(UInt8(ascii: "'"))
      } else {
        return nil
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The generic and joining words as UTF-8 bytes, for `asciiKey(_:)` to compare words with
  /// without making each a `String` and hashing it.
  private static let genericWordBytes: [[UInt8]] = genericWords.map { Array($0.utf8) }
  private static let joiningWordBytes: [[UInt8]] = joiningWords.map { Array($0.utf8) }

  /// ``key(_:)`` of ASCII text on its bytes: the words of `asciiWords(_:)` kept as ranges of
  /// one buffer, generic and joining words found by comparing bytes, the kept words copied
  /// into the key (the same rules in the same order). `key(_:)` of an ASCII mention was about
  /// 5 400 instructions through `String` words, a `Set` look-up for each and `joined()`
  /// (`PlaceIndex.soundMatches` asked for 710 of them on the 1 MB stream: callgrind, issue #16).
  static func asciiKey(_ name: String) -> String {
    var letters: [UInt8] = []
    letters.reserveCapacity(name.utf8.count)
    // Each word's letters in `letters`, and whether it is generic or joining.
    var words: [(letters: Range<Int>, isGeneric: Bool, isJoining: Bool)] = []
    words.reserveCapacity(4)
    var start = 0
    scanASCIIWords(name, lowerCasing: true, letter: { letters.append($0) }, wordBreak: { closeWord(letters, &start, &words) })
    // As `key(ofWords:)`, counted rather than filtered into new arrays: generic words dropped
    // unless all are; then, of more than one word kept, joining words dropped unless all are.
    let keepsGeneric = !words.contains { !$0.isGeneric }
    let kept = keepsGeneric ? words.count : words.count { !$0.isGeneric }
    let dropsJoining = kept > 1 && words.contains { (keepsGeneric || !$0.isGeneric) && !$0.isJoining }
    // The kept words moved to the front of `letters`, in place (each lands at or before where
    // it stood).
    var end = 0
    for word in words where (keepsGeneric || !word.isGeneric) && !(dropsJoining && word.isJoining) {
      for k in word.letters {
        letters[end] = letters[k]
        end += 1
      }
    }
    return String(decoding: letters[..<end], as: UTF8.self)
  }

  /// Ends `asciiKey(_:)`'s open word (the letters from `start` on), if it has any.
  @inline(__always)
  private static func closeWord(
    _ letters: [UInt8], _ start: inout Int, _ words: inout [(letters: Range<Int>, isGeneric: Bool, isJoining: Bool)]
  ) {
    guard letters.count > start else { return }
    let word = letters[start...]
    // (Lengths first: most words are no generic or joining word's length.)
    func isOne(of list: [[UInt8]]) -> Bool { list.contains { $0.count == word.count && $0.elementsEqual(word) } }
    words.append((start..<letters.count, isOne(of: genericWordBytes), isOne(of: joiningWordBytes)))
    start = letters.count
  }

  /// ``words(_:)`` of ASCII text, byte by byte (the extractor asks for the words of spans and
  /// spellings many times a sentence): the only ASCII letters (Unicode `Alphabetic`) are A–Z
  /// and a–z, lower-casing is `| 0x20` on A–Z, and the ASCII joining marks are `'` and `` ` ``.
  /// Without `lowerCasing` the letters stay as they are (text already folded).
  static func asciiWords(_ name: String, lowerCasing: Bool = true) -> [String] {
    var words: [String] = []
    var current: [UInt8] = []
    current.reserveCapacity(16)
    scanASCIIWords(
      name, lowerCasing: lowerCasing, letter: { current.append($0) },
      wordBreak: {
        guard !current.isEmpty else { return }
        words.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      })
    return words
  }

  /// The one reading of ASCII text's words that `asciiWords(_:lowerCasing:)` and `asciiKey(_:)`
  /// share: `letter` for each letter or digit (lower-cased with `lowerCasing`), `'` and `` ` ``
  /// skipped inside a word, `wordBreak` at every other byte and once at the end (so it may come
  /// where no word is open).
  @inline(__always)
  private static func scanASCIIWords(
    _ name: String, lowerCasing: Bool, letter: (UInt8) -> Void, wordBreak: () -> Void
  ) {
    for byte in name.utf8 {
      if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") { continue }
      let lower = byte | 0x20
      if (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
        letter(lowerCasing ? lower : byte)
      } else {
        wordBreak()
      }
    }
    wordBreak()
  }
}
