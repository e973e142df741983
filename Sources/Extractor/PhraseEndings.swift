/// A list of word phrases grouped by their last word, answering "do these words end with one of
/// the phrases?" (`MentionFinder.endsWithAny`) with one dictionary look-up and a comparison of
/// only the phrases that end with the last word, instead of comparing every phrase.
struct PhraseEndings: Sendable {
  /// The phrases (none empty) by last word, each group in list order.
  private let byLastWord: [String: [[String]]]

  init(_ phrases: [[String]]) {
    var byLastWord: [String: [[String]]] = [:]
    for phrase in phrases {
      guard let last = phrase.last else { continue }
      byLastWord[last, default: []].append(phrase)
    }
    self.byLastWord = byLastWord
  }

  /// Whether `words` end with one of the phrases: `MentionFinder.endsWithAny(words, phrases)`
  /// (an empty phrase, which would end every list, is never given).
  func endsAny(_ words: [String]) -> Bool {
    guard let last = words.last, let candidates = byLastWord[last] else { return false }
    return MentionFinder.endsWithAny(words, candidates)
  }
}
