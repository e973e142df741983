import Gazetteer

/// The language of a report: English, Dari/Persian (`fa`) or Pashto (`ps`).
public enum DocumentLanguage: String, Sendable, Hashable, CaseIterable, Codable {
  case en, fa, ps

  /// The language of `text`, from its script and common words: more Arabic-script letters than
  /// Latin ones make it Persian script; then Pashto when its function words (د، په، کې، چې، او،
  /// دي) outnumber the Dari ones (در، از، به، را، است، این، و).
  ///
  /// Looks at the first 20 000 scalars only, so a huge input costs nothing more.
  public static func detect(_ text: String) -> DocumentLanguage {
    // No Arabic-script letter: English, as the count below would find. At most `leads` of
    // them: once the Latin letters reach that many, none that follows makes the text Persian.
    let leads = LanguageSegments.arabicLeadBytes(text)
    guard leads > 0 else { return .en }
    // A byte loop over the UTF-8 text, decoding only non-ASCII scalars: the scalar view's
    // iterator costs several times as much per scalar of a long English report that quotes a
    // word of Dari.
    var text = text
    let (arabic, latin, pashto, dari) = text.withUTF8 { bytes in
      var arabic = 0
      var latin = 0
      var pashto = 0
      var dari = 0
      var word = String.UnicodeScalarView()
      func endWord() {
        guard !word.isEmpty else { return }
        let w = String(word)
        if pashtoWords.contains(w) { pashto += 1 }
        if dariWords.contains(w) { dari += 1 }
        word.removeAll()
      }
      var i = 0
      var scalars = 0
      // The scalar count at which the test below is next made (about every 256 scalars).
      var nextTest = 0
      while i < bytes.count, scalars < 20_000 {
        // Once the Latin letters outnumber the Arabic-script ones by more than the scalars
        // left could add (each such letter takes at least two bytes), the text is English
        // whatever follows: the counts so far say so. (Exact whenever it is made, so how often
        // it is made changes no answer.)
        if scalars >= nextTest {
          nextTest = scalars + 256
          if latin >= leads || latin > arabic + min(20_000 - scalars, (bytes.count - i) / 2) {
            return (arabic, latin, pashto, dari)
          }
        }
        // Eight ASCII bytes at once, as the byte steps below would take them (eight scalars,
        // their letters counted, the word before them ended): an English report that quotes a
        // Dari word is read here up to about 40 % of its length (byte by byte, 10 M
        // instructions on the 1 MB stream, callgrind, issue #16).
        if let base = bytes.baseAddress, bytes.count - i >= 8, scalars <= 20_000 - 8 {
          let eight = UInt64(littleEndian: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
          if eight & LanguageSegments.highBits == 0 {
            latin += LanguageSegments.asciiLetterCount(eight)
            endWord()
            scalars += 8
            i += 8
            continue
          }
        }
        scalars += 1
        let byte = bytes[i]
        if byte < 0x80 {
          if LanguageSegments.isASCIILetter(Unicode.Scalar(byte)) { latin += 1 }
          endWord()
          i += 1
          continue
        }
        let (scalar, length) = Tokenizer.Scanner.decode(bytes, at: i)
        i += length
        if ArabicScript.isArabic(scalar), ArabicScript.isAlphabetic(scalar) {
          arabic += 1
          word.append(scalar)
        } else if !ArabicScript.isIgnorable(scalar) {
          endWord()
        }
      }
      endWord()
      return (arabic, latin, pashto, dari)
    }
    guard arabic > latin else { return .en }
    return pashto > dari ? .ps : .fa
  }

  static let pashtoWords: Set<String> = ["د", "په", "کې", "چې", "او", "دي", "ده", "څخه", "ته", "یې"]
  static let dariWords: Set<String> = ["در", "از", "به", "را", "است", "این", "و", "که", "با", "شده"]
}
