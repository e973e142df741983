/// Where a trigger's place usually stands: before it ("Khash fell"), after it ("captured
/// Khash"), or either.
enum PlaceSide: Sendable {
  /// Usually before; after costs a penalty.
  case before
  /// Usually after; before costs a penalty.
  case after
  /// Only after ("retreated to X": a place before it is where forces came from).
  case afterOnly
  /// Only before ("Kohsan was lost": "lives were lost in Kohsan" loses no place).
  case beforeOnly
  case either
}

/// One wording that signals an event, matched on normalised words (`TriggerFinder.words`:
/// lower case, hyphens, quotes and a possessive `'s` dropped, "Taleban" read as "taliban").
///
/// A pattern is written as words separated by spaces:
/// - `a|b` offers alternatives for one word, and a trailing `?` makes a word optional
///   (`took|taken control of|over`);
/// - `take~` stands for every inflection of a verb (`take takes took taken taking`), from
///   `Inflections`;
/// - `_` skips up to three determiners, possessives and adjectives (`the`, `its`, `full`,
///   `complete`, …: `Inflections.fillers`), so "took control of", "took full control of" and
///   "took the complete control of" are one pattern;
/// - `*N` skips up to N words that do not end a clause (`fighting *3 reported from`); a
///   trigger inside the skipped words is still found;
/// - `@taliban` stands for every word naming the Taliban side (`TriggerFinder.talibanWords`:
///   taliban, insurgents, militants, islamists, …), so "surrendered to the Islamists" is read
///   like "surrendered to the Taliban".
struct TriggerPattern: Sendable {
  enum Slot: Sendable {
    case words(Set<String>, optional: Bool)
    case fillers
    case gap(Int)
  }

  let rule: String
  let type: EventType
  let slots: [Slot]
  let side: PlaceSide
  /// Base confidence of an event stated this way.
  let strength: Double
  /// Abandonment wordings ("forces withdrew from X") are captures whoever the subject is.
  let ignoresActor: Bool
  /// At most this many words between trigger and place (for generic verbs: "took Nawa").
  let maxGap: Int?
  /// A noun ("the fall of Gardez"): its modality follows the place ("… would be a blow").
  var isNominal = false
  /// States that places are held, not that they changed hands ("still under government
  /// control"): its places give no event, and no other trigger of the sentence takes them.
  var isSilent = false
  /// Names its place by a distance ("clashes reached 5 km from Kandahar"): a place so named,
  /// a landmark for other triggers, is this trigger's place.
  var acceptsLandmark = false
  /// States itself what may happen ("on the brink of collapse", "could be the next to fall"):
  /// a fear or an expectation before it does not cancel it, only a negation does.
  var isProspective = false
  /// Stands without an object ("after government forces pulled out"): matches only where no
  /// place or preposition follows (``TriggerFinder/followsWithObject``), so the wording with
  /// its object ("pulled out of Ghormach") is matched by its own rule.
  var isObjectless = false
  /// Words around the wording that make it no trigger, for the few rules that have them (nil
  /// for the others, so that copying a pattern, as every trigger does, retains nothing more).
  var exclusions: Exclusions? = nil

  /// Words that make a wording no trigger.
  struct Exclusions: Sendable {
    /// Right after the wording: an idiom ("took place", "took part"); an entry of two words
    /// is the two words right after it ("evacuated the wounded").
    let notBefore: Set<String>
    /// Among the three words before it ("retook Yamgan from pro-government militias": militias
    /// named as who lost a place are no rising).
    let notAfter: Set<String>
    /// The first words of `notBefore`'s two-word entries: a pair of words is made and looked up
    /// only after one of them.
    let pairFirsts: Set<String>

    init(notBefore: Set<String> = [], notAfter: Set<String> = []) {
      self.notBefore = notBefore
      self.notAfter = notAfter
      pairFirsts = Set(notBefore.filter { $0.contains(" ") }.map { String($0.prefix { $0 != " " }) })
    }
  }

  init(
    _ rule: String, _ type: EventType, _ pattern: String, side: PlaceSide = .either,
    strength: Double = 0.9, ignoresActor: Bool = false, maxGap: Int? = nil
  ) {
    var forms: [String: Set<String>] = [:]
    self.init(rule, type, pattern, side: side, strength: strength, ignoresActor: ignoresActor, maxGap: maxGap, forms: &forms)
  }

  /// The pattern, with `forms` holding the `Inflections.forms(of:)` of the verbs asked for so
  /// far: the patterns of one table share it (a verb such as `take~` stands in many of them).
  init(
    _ rule: String, _ type: EventType, _ pattern: String, side: PlaceSide = .either,
    strength: Double = 0.9, ignoresActor: Bool = false, maxGap: Int? = nil, forms: inout [String: Set<String>]
  ) {
    self.maxGap = maxGap
    self.rule = rule
    self.type = type
    self.side = side
    self.strength = strength
    self.ignoresActor = ignoresActor
    slots = Self.slots(of: pattern, forms: &forms)
  }

  /// The slots a pattern's text states (the syntax in the type's discussion).
  ///
  /// An ASCII pattern (every English one) is cut on its bytes: for ASCII text a space, `|`, `?`
  /// and `~` are single-byte characters, so the byte splits and suffix tests cut exactly where
  /// the `Character` ones do, without walking grapheme clusters. (Cut on `Character`s, with
  /// every verb inflected anew, `TriggerRules.all` took 25.2 M instructions of every start; so,
  /// 11.8 M: callgrind, issue #16.) Other patterns (Persian script) are cut on `Character`s.
  static func slots(of pattern: String, forms: inout [String: Set<String>]) -> [Slot] {
    func inflections(_ verb: String) -> Set<String> {
      if let known = forms[verb] { return known }
      let made = Inflections.forms(of: verb)
      forms[verb] = made
      return made
    }
    // (Tested and cut on the pattern's own bytes: `allSatisfy` over its `utf8` view, a copy
    // into an array and `split` into an array of slices were about 2 M instructions of every
    // start: callgrind, issue #16.)
    var text = pattern
    let asciiSlots: [Slot]? = text.withUTF8 { bytes in
      for byte in bytes where byte >= 0x80 { return nil }
      var slots: [Slot] = []
      var partStart = 0
      while partStart < bytes.count {
        let partEnd = bytes[partStart...].firstIndex(of: UInt8(ascii: " ")) ?? bytes.count
        defer { partStart = partEnd + 1 }
        // (Empty parts left out, as `split` leaves them out.)
        guard partEnd > partStart else { continue }
        slots.append(asciiSlot(bytes[partStart..<partEnd], inflections: inflections))
      }
      return slots
    }
    if let asciiSlots { return asciiSlots }
    // (Other patterns, Persian script, are cut on `Character`s.)
    return pattern.split(separator: " ").map { part in
      if part == "_" { return .fillers }
      if part.hasPrefix("*"), let n = Int(part.dropFirst()) { return .gap(n) }
      let optional = part.hasSuffix("?")
      let body = optional ? part.dropLast() : part[...]
      var words = Set<String>()
      for choice in body.split(separator: "|") {
        if let members = Self.wordClasses[String(choice)] {
          words.formUnion(members)
        } else if choice.hasSuffix("~") {
          words.formUnion(inflections(String(choice.dropLast())))
        } else {
          words.insert(String(choice))
        }
      }
      return .words(words, optional: optional)
    }
  }

  /// The slot one space-separated part of an ASCII pattern states (``slots(of:forms:)``).
  private static func asciiSlot(_ part: Slice<UnsafeBufferPointer<UInt8>>, inflections: (String) -> Set<String>) -> Slot {
    if part.count == 1, part.first == UInt8(ascii: "_") { return .fillers }
    if part.first == UInt8(ascii: "*"), let n = Int(String(decoding: part.dropFirst(), as: UTF8.self)) { return .gap(n) }
    let optional = part.last == UInt8(ascii: "?")
    /// The choices between "|"s (a trailing `?` not part of the last), empty ones left out (as
    /// `split` leaves them out), read in place: splitting each of the 1 160 parts into an array
    /// of slices was about 1.8 M instructions of every start (callgrind, issue #16).
    func forEachChoice(_ body: (Slice<UnsafeBufferPointer<UInt8>>) -> Void) {
      var choiceStart = part.startIndex
      let end = optional ? part.endIndex - 1 : part.endIndex
      while choiceStart < end {
        let choiceEnd = part[choiceStart..<end].firstIndex(of: UInt8(ascii: "|")) ?? end
        let choice = part[choiceStart..<choiceEnd]
        choiceStart = choiceEnd + 1
        if !choice.isEmpty { body(choice) }
      }
    }
    /// The members of a choice that names a class (`@taliban`, `take~`), nil for a word.
    /// (Only a choice that starts with "@" can name a class: the dictionary was asked of every
    /// choice, about 1.1 M instructions of every start: callgrind, issue #16.)
    func members(_ choice: Slice<UnsafeBufferPointer<UInt8>>) -> Set<String>? {
      if choice.first == UInt8(ascii: "@"), let members = Self.wordClasses[String(decoding: choice, as: UTF8.self)] {
        return members
      }
      if choice.last == UInt8(ascii: "~") { return inflections(String(decoding: choice.dropLast(), as: UTF8.self)) }
      return nil
    }
    // (The choices' words counted first and the set made at their count: grown as it filled,
    // from empty, the set hashed its words again at every growth, about a third of the
    // 6.3 M instructions its inserts took at every start: callgrind, issue #16. The words are
    // counted in one pass and inserted in a second, classes first, then the single words in
    // their order, with no array of either: those arrays were about 0.9 M instructions of
    // every start.)
    var classCount = 0
    var firstClass: Set<String>? = nil
    var singleCount = 0
    var count = 0
    forEachChoice { choice in
      if let members = members(choice) {
        if classCount == 0 { firstClass = members }
        classCount += 1
        count += members.count
      } else {
        singleCount += 1
        count += 1
      }
    }
    // One class alone ("take~") is its set as it is, not a copy made by a union.
    if classCount == 1, singleCount == 0, let firstClass { return .words(firstClass, optional: optional) }
    var words = Set<String>(minimumCapacity: count)
    if classCount > 0 {
      forEachChoice { choice in if let members = members(choice) { words.formUnion(members) } }
    }
    /// Whether `members` has a class for a choice, without making its members.
    func isClass(_ choice: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
      choice.last == UInt8(ascii: "~")
        || (choice.first == UInt8(ascii: "@") && Self.wordClasses[String(decoding: choice, as: UTF8.self)] != nil)
    }
    forEachChoice { choice in if !isClass(choice) { words.insert(String(decoding: choice, as: UTF8.self)) } }
    return .words(words, optional: optional)
  }

  /// Named word classes a pattern may use as one choice (`@taliban|group fighters`).
  static let wordClasses: [String: Set<String>] = ["@taliban": TriggerFinder.talibanWords.words]

  /// The words a match can start with (a `_` or optional slot lets the next one start it).
  var firstWords: Set<String> {
    var firsts = Set<String>()
    for slot in slots {
      switch slot {
      case .words(let words, let optional):
        firsts.formUnion(words)
        if !optional { return firsts }
      case .fillers:
        firsts.formUnion(Inflections.fillers)
      case .gap:
        return firsts
      }
    }
    return firsts
  }

  /// Every word the slots name: the vocabulary `TriggerPatternTable` needs in the lexicon.
  var slotWords: Set<String> {
    var all = Set<String>()
    for case .words(let words, _) in slots { all.formUnion(words) }
    return all
  }

  /// Whether the pattern has a `*N` gap: the words it skips may hold another trigger.
  var hasGap: Bool {
    slots.contains { if case .gap = $0 { return true } else { return false } }
  }

}

/// A family of wordings for one event type, with a stable identifier written into events as
/// provenance and example sentences that run as tests (`ExtractorRuleTableTests`).
struct TriggerRule: Sendable {
  /// An example sentence and the event it must give (`"captured AF3003"`) or, for a
  /// counter-example, the event it must not give.
  struct Example: Sendable {
    let text: String
    let event: String
  }

  let id: String
  let type: EventType
  let patterns: [String]
  let side: PlaceSide
  let strength: Double
  let ignoresActor: Bool
  let maxGap: Int?
  let isNominal: Bool
  let isSilent: Bool
  let acceptsLandmark: Bool
  let isProspective: Bool
  let isObjectless: Bool
  let notBefore: Set<String>
  let notAfter: Set<String>
  /// Sentences that state the event through this rule.
  let examples: [Example]
  /// Sentences that look alike but must not give the event.
  let counterExamples: [Example]

  init(
    _ id: String, _ type: EventType, side: PlaceSide = .either, strength: Double = 0.9,
    ignoresActor: Bool = false, maxGap: Int? = nil, nominal: Bool = false, silent: Bool = false,
    acceptsLandmark: Bool = false, prospective: Bool = false, objectless: Bool = false, notBefore: Set<String> = [],
    notAfter: Set<String> = [], _ patterns: [String], examples: [(String, String)] = [], not counterExamples: [(String, String)] = []
  ) {
    self.acceptsLandmark = acceptsLandmark
    self.isProspective = prospective
    self.isObjectless = objectless
    self.notBefore = notBefore
    self.notAfter = notAfter
    self.isNominal = nominal
    self.isSilent = silent
    self.id = id
    self.type = type
    self.patterns = patterns
    self.side = side
    self.strength = strength
    self.ignoresActor = ignoresActor
    self.maxGap = maxGap
    self.examples = examples.map { Example(text: $0.0, event: $0.1) }
    self.counterExamples = counterExamples.map { Example(text: $0.0, event: $0.1) }
  }

  var compiled: [TriggerPattern] {
    var forms: [String: Set<String>] = [:]
    return compiled(forms: &forms)
  }

  /// `compiled`, with `forms` holding the verb inflections already made for other rules of the
  /// table (``TriggerPattern/init(_:_:_:side:strength:ignoresActor:maxGap:forms:)``).
  func compiled(forms: inout [String: Set<String>]) -> [TriggerPattern] {
    // (The rule's exclusions made once for all its patterns.)
    let exclusions =
      notBefore.isEmpty && notAfter.isEmpty ? nil : TriggerPattern.Exclusions(notBefore: notBefore, notAfter: notAfter)
    return patterns.map {
      var pattern = TriggerPattern(
        id, type, $0, side: side, strength: strength, ignoresActor: ignoresActor, maxGap: maxGap, forms: &forms)
      pattern.isNominal = isNominal
      pattern.isSilent = isSilent
      pattern.acceptsLandmark = acceptsLandmark
      pattern.isProspective = isProspective
      pattern.isObjectless = isObjectless
      pattern.exclusions = exclusions
      return pattern
    }
  }
}

/// The registry of rules, in the order they are tried (the longest match at a position wins;
/// ties go to the earlier rule).
enum TriggerRules {
  /// The English rule table (`EnglishRules`).
  static let table: [TriggerRule] = EnglishRules.table

  /// Every rule's patterns, in the table's order (the rules share their verbs' inflections).
  static let all: [TriggerPattern] = {
    var forms: [String: Set<String>] = [:]
    return table.flatMap { $0.compiled(forms: &forms) }
  }()

  /// Patterns by their first possible words, for quick look-up.
  static let byFirstWord: [String: [TriggerPattern]] = {
    var table: [String: [TriggerPattern]] = [:]
    for pattern in all {
      for word in pattern.firstWords { table[word, default: []].append(pattern) }
    }
    return table
  }()
}

/// Inflection sets for the verbs the rules use, and the words `_` skips.
enum Inflections {
  /// Irregular forms: base → other forms (the regular ones are added too when they are words).
  static let irregular: [String: [String]] = [
    "fall": ["falls", "fell", "fallen", "falling"],
    "take": ["takes", "took", "taken", "taking"],
    "retake": ["retakes", "retook", "retaken", "retaking"],
    "overtake": ["overtakes", "overtook", "overtaken", "overtaking"],
    "overrun": ["overruns", "overran", "overrun", "overrunning"],
    "win": ["wins", "won", "winning"],
    "hold": ["holds", "held", "holding"],
    "come": ["comes", "came", "coming"],
    "get": ["gets", "got", "gotten", "getting"],
    "give": ["gives", "gave", "given", "giving"],
    "leave": ["leaves", "left", "leaving"],
    "lose": ["loses", "lost", "losing"],
    "drive": ["drives", "drove", "driven", "driving"],
    "withdraw": ["withdraws", "withdrew", "withdrawn", "withdrawing"],
    "flee": ["flees", "fled", "fleeing"],
    "fly": ["flies", "flew", "flown", "flying"],
    "stand": ["stands", "stood", "standing"],
    "rise": ["rises", "rose", "risen", "rising"],
    "break": ["breaks", "broke", "broken", "breaking"],
    "begin": ["begins", "began", "begun", "beginning"],
    "fight": ["fights", "fought", "fighting"],
    "seek": ["seeks", "sought", "seeking"],
    "run": ["runs", "ran", "running"],
    "put": ["puts", "putting"],
    "cut": ["cuts", "cutting"],
    "make": ["makes", "made", "making"],
    "lay": ["lays", "laid", "laying"],
    "sign": ["signs", "signed", "signing"],
  ]

  /// The regular forms `forms(of:)` adds to a verb without irregular forms, read from its bytes
  /// when it is ASCII without a carriage return (each byte then a `Character`); nil for any
  /// other verb. (The `Character` tests, and a set of vowels made at every call, were 2.6 M
  /// instructions of every start for the 178 verbs of the English patterns: callgrind, issue
  /// #16.)
  static func asciiForms(of verb: String) -> [String]? {
    let b = Array(verb.utf8)
    guard !b.isEmpty, b.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
    func isVowel(_ byte: UInt8) -> Bool {
      byte == UInt8(ascii: "a") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "o")
        || byte == UInt8(ascii: "u")
    }
    let n = b.count
    let last = b[n - 1]
    let stem = String(decoding: b[..<(n - 1)], as: UTF8.self)
    if last == UInt8(ascii: "e") { return [verb + "s", verb + "d", stem + "ing"] }
    if last == UInt8(ascii: "y"), n >= 2, !isVowel(b[n - 2]) { return [stem + "ies", stem + "ied", verb + "ing"] }
    let suffixS =
      last == UInt8(ascii: "s") || last == UInt8(ascii: "x") || last == UInt8(ascii: "z")
      || (n >= 2 && b[n - 1] == UInt8(ascii: "h") && (b[n - 2] == UInt8(ascii: "s") || b[n - 2] == UInt8(ascii: "c")))
    var made = [verb + (suffixS ? "es" : "s"), verb + "ed", verb + "ing"]
    if n >= 3, !isVowel(last), last != UInt8(ascii: "w"), last != UInt8(ascii: "x"), last != UInt8(ascii: "y"),
      isVowel(b[n - 2]), !isVowel(b[n - 3])
    {
      let doubled = verb + String(decoding: [last], as: UTF8.self)
      made += [doubled + "ed", doubled + "ing"]
    }
    return made
  }

  /// Every form of `verb`: the base, irregular forms, and the regular -s, -ed and -ing forms
  /// (with a final `e` dropped, `y` → `ie`, a final consonant doubled: `transferred`).
  static func forms(of verb: String) -> Set<String> {
    var forms: Set<String> = [verb]
    if let irregular = irregular[verb] {
      forms.formUnion(irregular)
      return forms
    }
    if let made = asciiForms(of: verb) {
      forms.formUnion(made)
      return forms
    }
    let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
    if verb.hasSuffix("e") {
      let stem = String(verb.dropLast())
      forms.formUnion([verb + "s", verb + "d", stem + "ing"])
    } else if verb.hasSuffix("y"), let before = verb.dropLast().last, !vowels.contains(before) {
      let stem = String(verb.dropLast())
      forms.formUnion([stem + "ies", stem + "ied", verb + "ing"])
    } else {
      let suffixS = ["s", "x", "z"].contains(verb.last.map(String.init) ?? "") || verb.hasSuffix("sh") || verb.hasSuffix("ch")
      forms.insert(verb + (suffixS ? "es" : "s"))
      forms.formUnion([verb + "ed", verb + "ing"])
      let chars = Array(verb)
      if chars.count >= 3, !vowels.contains(chars[chars.count - 1]), !"wxy".contains(chars[chars.count - 1]),
        vowels.contains(chars[chars.count - 2]), !vowels.contains(chars[chars.count - 3])
      {
        let doubled = verb + String(chars[chars.count - 1])
        forms.formUnion([doubled + "ed", doubled + "ing"])
      }
    }
    return forms
  }

  /// Words a `_` slot skips: determiners, possessives and adjectives of degree or manner.
  static let fillers: Set<String> = [
    "the", "a", "an", "its", "their", "his", "her", "our", "full", "fully", "complete", "completely",
    "total", "totally", "entire", "entirely", "whole", "effective", "effectively", "de", "facto",
    "strategic", "strategically", "key", "important", "almost", "nearly", "virtual", "virtually",
    "also", "now", "then", "reportedly", "apparently", "finally", "quickly", "swiftly", "again",
    "recently", "already", "just", "all", "largely", "administrative", "military", "heavy", "intense",
    "constant", "severe", "mounting", "increasing", "growing", "fierce", "renewed", "sustained",
    // "the insurgents still control most of Qaisar".
    "still",
    // "under the control of the Islamic Emirate".
    "islamic",
    // "formed an unofficial militia", "raised their own force".
    "unofficial", "informal", "new", "own",
    // "among the latest rebel gains is Lashkar Gah".
    "latest", "recent",
  ]
}
