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
    for (n, scalar) in text.unicodeScalars.enumerated() {
      if n >= 20_000 { break }
      if scalar.isASCII {
        if LanguageSegments.isASCIILetter(scalar) { latin += 1 }
        endWord()
      } else if ArabicScript.isArabic(scalar), scalar.properties.isAlphabetic {
        arabic += 1
        word.append(scalar)
      } else if !ArabicScript.isIgnorable(scalar) {
        endWord()
      }
    }
    endWord()
    guard arabic > latin else { return .en }
    return pashto > dari ? .ps : .fa
  }

  static let pashtoWords: Set<String> = ["د", "په", "کې", "چې", "او", "دي", "ده", "څخه", "ته", "یې"]
  static let dariWords: Set<String> = ["در", "از", "به", "را", "است", "این", "و", "که", "با", "شده"]
}
