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
    // No Arabic-script letter: English, as the count below would find.
    guard LanguageSegments.mayHoldArabic(text) else { return .en }
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
      while i < bytes.count, scalars < 20_000 {
        // Once the Latin letters outnumber the Arabic-script ones by more than the scalars
        // left could add (each such letter takes at least two bytes), the text is English
        // whatever follows: the counts so far say so.
        if scalars & 0xFF == 0, latin > arabic + min(20_000 - scalars, (bytes.count - i) / 2) {
          return (arabic, latin, pashto, dari)
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
        if ArabicScript.isArabic(scalar), scalar.properties.isAlphabetic {
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
