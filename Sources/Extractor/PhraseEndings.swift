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

  init(_ phrases: [[String]]) {
    var byLastWord: [String: Group] = [:]
    for phrase in phrases {
      guard let last = phrase.last else { continue }
      if phrase.count == 1 {
        byLastWord[last, default: Group()].hasOneWordPhrase = true
      } else {
        byLastWord[last, default: Group()].byWordBeforeLast[phrase[phrase.count - 2], default: []].append(phrase)
      }
    }
    self.byLastWord = byLastWord
  }

  /// Whether `words` end with one of the phrases: `MentionFinder.endsWithAny(words, phrases)`
  /// (an empty phrase, which would end every list, is never given).
  func endsAny(_ words: [String]) -> Bool {
    guard let last = words.last, let group = byLastWord[last] else { return false }
    if group.hasOneWordPhrase { return true }
    guard words.count >= 2, let candidates = group.byWordBeforeLast[words[words.count - 2]] else { return false }
    return MentionFinder.endsWithAny(words, candidates)
  }
}
