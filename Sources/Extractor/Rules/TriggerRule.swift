/// Where a trigger's place usually stands: before it ("Khash fell"), after it ("captured
/// Khash"), or either.
enum PlaceSide: Sendable {
  /// Usually before; after costs a penalty.
  case before
  /// Usually after; before costs a penalty.
  case after
  /// Only after ("retreated to X": a place before it is where forces came from).
  case afterOnly
  case either
}

/// One wording that signals an event, matched on lower-case words.
///
/// A pattern is written as words separated by spaces; `a|b` offers alternatives for one word and
/// a trailing `?` makes a word optional (`took|taken control of|over`, `the? brink of collapse`).
struct TriggerPattern: Sendable {
  let rule: String
  let type: EventType
  let slots: [(words: Set<String>, optional: Bool)]
  let side: PlaceSide
  /// Base confidence of an event stated this way.
  let strength: Double
  /// Abandonment wordings ("forces withdrew from X") are captures whoever the subject is.
  let ignoresActor: Bool
  /// At most this many words between trigger and place (for generic verbs: "took Nawa").
  let maxGap: Int?

  init(
    _ rule: String, _ type: EventType, _ pattern: String, side: PlaceSide = .either,
    strength: Double = 0.9, ignoresActor: Bool = false, maxGap: Int? = nil
  ) {
    self.maxGap = maxGap
    self.rule = rule
    self.type = type
    self.side = side
    self.strength = strength
    self.ignoresActor = ignoresActor
    slots = pattern.split(separator: " ").map { part in
      let optional = part.hasSuffix("?")
      let body = optional ? part.dropLast() : part[...]
      return (Set(body.split(separator: "|").map(String.init)), optional)
    }
  }

  /// Length in words of the longest match of this pattern starting at `words[start]`, or nil.
  func match(_ words: [String], at start: Int) -> Int? {
    func attempt(_ slot: Int, _ position: Int) -> Int? {
      if slot == slots.count { return position }
      let (choices, optional) = slots[slot]
      if position < words.count, choices.contains(words[position]),
        let end = attempt(slot + 1, position + 1)
      {
        return end
      }
      if optional { return attempt(slot + 1, position) }
      return nil
    }
    guard let end = attempt(0, start), end > start else { return nil }
    return end - start
  }
}

/// A family of trigger patterns for one event type. Each rule lives in its own file under
/// `Rules/` and has a stable identifier written into events as provenance.
protocol TriggerRule: Sendable {
  static var patterns: [TriggerPattern] { get }
}

/// The registry of rules, in the order they are tried (the longest match at a position wins;
/// ties go to the earlier rule).
enum TriggerRules {
  static let all: [TriggerPattern] =
    ContestedRule.patterns + RetreatedToRule.patterns + RecapturedRule.patterns
    + CapturedRule.patterns + MobilizationRule.patterns

  /// Patterns by their first possible words, for quick look-up.
  static let byFirstWord: [String: [TriggerPattern]] = {
    var table: [String: [TriggerPattern]] = [:]
    for pattern in all {
      var firsts = Set<String>()
      for slot in pattern.slots {
        firsts.formUnion(slot.words)
        if !slot.optional { break }
      }
      for word in firsts { table[word, default: []].append(pattern) }
    }
    return table
  }()
}
