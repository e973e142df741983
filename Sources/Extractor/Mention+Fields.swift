import Gazetteer

/// Fields of one mention or token read in place, for `EventExtractor.extract` and
/// `MentionFinder.annotate`.
///
/// Those functions are too long for the optimizer to inline the array's subscript in them:
/// there, `mentions[m].list` called the subscript's getter, which copied the whole mention (its
/// text, matches and names retained, then released) to read one field, about 250 instructions,
/// and `tokens[k].lower` the whole token, some 35 000 times each on the 1 MB stream
/// (callgrind, issue #16). These small functions, kept out of line, read the field alone.
extension Mention {
  /// `mentions[m].sentence`.
  @inline(never)
  static func sentence(of m: Int, in mentions: [Mention]) -> Int { mentions[m].sentence }

  /// `mentions[m].list`.
  @inline(never)
  static func list(of m: Int, in mentions: [Mention]) -> Int { mentions[m].list }

  /// `mentions[m].isLandmark`.
  @inline(never)
  static func isLandmark(_ m: Int, in mentions: [Mention]) -> Bool { mentions[m].isLandmark }

  /// `mentions[m].isExcepted`.
  @inline(never)
  static func isExcepted(_ m: Int, in mentions: [Mention]) -> Bool { mentions[m].isExcepted }

  /// `mentions[m].afterPreposition`.
  @inline(never)
  static func afterPreposition(_ m: Int, in mentions: [Mention]) -> Bool { mentions[m].afterPreposition }

  /// `mentions[m].tokens`.
  @inline(never)
  static func tokens(of m: Int, in mentions: [Mention]) -> Range<Int> { mentions[m].tokens }

  /// `mentions[m].hint`.
  @inline(never)
  static func hint(_ m: Int, in mentions: [Mention]) -> LevelHint? { mentions[m].hint }

  /// `mentions[m].matches`.
  @inline(never)
  static func matches(of m: Int, in mentions: [Mention]) -> [PlaceMatch] { mentions[m].matches }
}

extension Token {
  /// `tokens[k].lower` (see above).
  @inline(never)
  static func lower(at k: Int, in tokens: [Token]) -> String { tokens[k].lower }

  /// `tokens[k].followsLineBreak` (see above).
  @inline(never)
  static func followsLineBreak(at k: Int, in tokens: [Token]) -> Bool { tokens[k].followsLineBreak }
}

extension Trigger {
  /// `triggers[t].rule` (see above: `extract` copied every trigger of a sentence in each loop
  /// over them that asks for one rule or type).
  @inline(never)
  static func rule(of t: Int, in triggers: [Trigger]) -> String { triggers[t].rule }

  /// `triggers[t].type` (see above).
  @inline(never)
  static func type(of t: Int, in triggers: [Trigger]) -> EventType { triggers[t].type }

  /// `triggers[t].tokens` (see above).
  @inline(never)
  static func tokens(of t: Int, in triggers: [Trigger]) -> Range<Int> { triggers[t].tokens }

  /// `triggers[t].isIrrealis` (see above).
  @inline(never)
  static func isIrrealis(_ t: Int, in triggers: [Trigger]) -> Bool { triggers[t].isIrrealis }
}

extension EventExtractor.Draft {
  /// Whether `drafts[d]` is a capture that is no plan, told by words of its own (its trigger
  /// is `.captured`, not irrealis, and holds tokens), read in place (see above).
  @inline(never)
  static func isCapture(_ d: Int, in drafts: [EventExtractor.Draft]) -> Bool {
    drafts[d].trigger.type == .captured && !drafts[d].trigger.isIrrealis && !drafts[d].trigger.tokens.isEmpty
  }
}

extension PlaceMatch {
  /// The number of `matches` of a district or a town (`matches.filter { … }.count`), each
  /// match read in place: `filter` and `contains(where:)` copy every match they pass to their
  /// closure, its place's texts retained and released (see above).
  @inline(never)
  static func localCount(_ matches: [PlaceMatch]) -> Int {
    var count = 0
    for i in matches.indices where matches[i].place.level == .district || matches[i].place.level == .town { count += 1 }
    return count
  }

  /// The province pcodes of the district and town matches (`Set(matches.filter { … }
  /// .compactMap { $0.place.provincePcode })`), read in place.
  @inline(never)
  static func localProvincePcodes(_ matches: [PlaceMatch]) -> Set<String> {
    var pcodes = Set<String>()
    for i in matches.indices where matches[i].place.level == .district || matches[i].place.level == .town {
      if let pcode = matches[i].place.provincePcode { pcodes.insert(pcode) }
    }
    return pcodes
  }

  /// The ids of the province matches (`Set(matches.filter { … }.map(\.place.id))`), read in
  /// place.
  @inline(never)
  static func provinceIDs(_ matches: [PlaceMatch]) -> Set<String> {
    var ids = Set<String>()
    for i in matches.indices where matches[i].place.level == .province { ids.insert(matches[i].place.id) }
    return ids
  }

  /// `localProvincePcodes(_:)` and `provinceIDs(_:)` as arrays (a code may stand twice), for
  /// `anyPlace(of:inList:)`: the few codes of a mention are searched by `==`, not hashed into a
  /// set made for each mention of a sentence with a change of control (a `Set<String>` made
  /// and asked there was about 3.5 M instructions on the 1 MB stream: callgrind, issue #16).
  @inline(never)
  static func localProvincePcodeList(_ matches: [PlaceMatch]) -> [String] {
    var pcodes: [String] = []
    for i in matches.indices where matches[i].place.level == .district || matches[i].place.level == .town {
      if let pcode = matches[i].place.provincePcode { pcodes.append(pcode) }
    }
    return pcodes
  }

  @inline(never)
  static func provinceIDList(_ matches: [PlaceMatch]) -> [String] {
    var ids: [String] = []
    for i in matches.indices where matches[i].place.level == .province { ids.append(matches[i].place.id) }
    return ids
  }

  /// `anyPlace(of:in:)` with the ids in an array.
  @inline(never)
  static func anyPlace(of matches: [PlaceMatch], inList ids: [String]) -> Bool {
    guard !ids.isEmpty else { return false }
    for i in matches.indices where ids.contains(matches[i].place.id) { return true }
    return false
  }

  /// Whether the place of one of `matches` has an id in `ids` (`matches.contains { ids
  /// .contains($0.place.id) }`), read in place.
  @inline(never)
  static func anyPlace(of matches: [PlaceMatch], in ids: Set<String>) -> Bool {
    for i in matches.indices where ids.contains(matches[i].place.id) { return true }
    return false
  }
}
