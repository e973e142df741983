/// A trigger phrase found in a sentence.
struct Trigger: Sendable {
  let pattern: TriggerPattern
  /// Token positions [first, last).
  let tokens: Range<Int>
  let sentence: Int
  /// The event type after looking at the actor (the Taliban "retaking" a place is a capture).
  let type: EventType
  let actor: Actor
  let rule: String
  /// Planned, hoped-for, denied or negated (or a silent rule's): not an event.
  var isIrrealis: Bool
  /// Recalled as background ("since Kabul was captured"): an event, but not of the report's day.
  var isRetrospective = false
  /// For a trigger a list in the next sentence shares ("Five districts fell last month. They
  /// include Jaghori, …"), the sentence and words of the trigger it continues, which date it
  /// when its own sentence states no time.
  var origin: (sentence: Int, tokens: Range<Int>)? = nil

  /// The same rule, type and actor told again at `tokens` of `sentence` (a list item under a
  /// header, a place that "followed" another): a new statement, not a recalled one.
  func sharing(at tokens: Range<Int>, sentence: Int? = nil, isIrrealis: Bool = false) -> Trigger {
    Trigger(
      pattern: pattern, tokens: tokens, sentence: sentence ?? self.sentence, type: type, actor: actor, rule: rule,
      isIrrealis: isIrrealis)
  }

  /// The same words read as another event: part of a place taken, an attempt, an entry unopposed.
  func retyped(_ type: EventType, actor: Actor, rule: String, isIrrealis: Bool) -> Trigger {
    Trigger(
      pattern: pattern, tokens: tokens, sentence: sentence, type: type, actor: actor, rule: rule,
      isIrrealis: isIrrealis, isRetrospective: isRetrospective)
  }
}

/// Finds trigger phrases, their actor and their modality.
enum TriggerFinder {
  /// Whether the words around a match of `pattern` at `span` are ones its rule excludes
  /// (``TriggerPattern/exclusions``).
  static func isExcluded(_ pattern: TriggerPattern, _ words: [String], _ span: Range<Int>) -> Bool {
    guard let exclusions = pattern.exclusions else { return false }
    if span.upperBound < words.count {
      let next = words[span.upperBound]
      if exclusions.notBefore.contains(next) { return true }
      // ("the number of capitals seized has reached 18": a figure right after the verb, not a
      // distance, `#count`.)
      if next.first?.isNumber == true, exclusions.notBefore.contains("#count"),
        !(span.upperBound + 1 < words.count && MentionFinder.distanceUnits.contains(words[span.upperBound + 1]))
      {
        return true
      }
      if span.upperBound + 1 < words.count, exclusions.pairFirsts.contains(next),
        exclusions.notBefore.contains(next + " " + words[span.upperBound + 1])
      {
        return true
      }
      // ("evacuated 40 families", "evacuated dozens of civilians": past a count.)
      var after = span.upperBound
      while after < words.count, after - span.upperBound < 3,
        words[after].first?.isNumber == true || Self.countLeadWords.contains(words[after])
      {
        after += 1
      }
      if after > span.upperBound, after < words.count, exclusions.notBefore.contains(words[after]) { return true }
    }
    // (Within the trigger's own clause: "captured Panjwai district and reached the gates of
    // Kandahar" is a verb of its own after "and".)
    var k = span.lowerBound - 1
    while k >= max(0, span.lowerBound - 3) {
      if exclusions.notAfter.contains(words[k]) { return true }
      if Self.joinsVerbs(words[k]) { break }
      k -= 1
    }
    return false
  }

  /// Words that end the phrase before a verb: "and", "then", "but", a comma.
  static func joinsVerbs(_ word: String) -> Bool {
    switch word {
    case "and", "then", "but", ",": true
    default: false
    }
  }

  /// Words of a count before the people a rule excludes ("40 families", "dozens of civilians",
  /// "some two hundred residents"): `isExcluded` passes over them. (One set, not a number-word
  /// look-up and an array literal built at every word read.)
  static let countLeadWords: Set<String> = Set(MentionFinder.numberWords.keys).union([
    "dozens", "hundreds", "thousands", "of", "some", "about", "nearly",
  ])

  /// Whether `words[k]` opens an object or a place phrase: a place, or a preposition that
  /// leads to one ("pulled out of", "withdrew to").
  static func followsWithObject(_ words: [String], at k: Int) -> Bool {
    guard k < words.count else { return false }
    return objectOpeners.contains(words[k])
  }
  static let objectOpeners: SpelledWordSet = [
    "#place", "of", "from", "to", "into", "towards", "toward", "in", "on", "at", "inside", "near", "the", "their", "its",
  ]

  /// Words before a trigger that make it planned, hoped for, conditional or denied (every
  /// `negationCues` word among them).
  static let irrealisCues: Set<String> = Set([
    "will", "would", "could", "may", "might", "shall", "should", "plan", "plans", "planned",
    "planning", "effort", "efforts", "attempt", "attempts", "attempting", "trying", "aim", "aims",
    "aiming", "hope", "hopes", "hoping", "vow", "vowed", "vows", "threaten", "threatened",
    "threatens", "ready", "prepare", "prepared", "preparing", "if", "unless", "whether",
    "yet", "wants", "want", "wanted", "intend", "intends", "going", "can",
    "fail", "failed", "soon", "bent", "determined", "stop", "stopping", "prevent", "prevents", "prevented", "preventing",
    "expected", "likely", "feared", "fear", "fears", "possible", "possibly", "potentially", "possibility", "rumors", "rumours",
    // ("the prospect of building a strong resistance in Panjshir is unrealistic".)
    "prospect", "prospects",
    // ("warned farmers to leave due to anticipated fighting in the area".)
    "anticipated", "anticipating", "anticipate", "anticipates",
    // A purpose: "advancing with the intention of reclaiming the whole province".
    "intention", "intentions", "intent", "intending", "goal", "purpose", "objective",
    // A need: "the air support needed to keep the Taliban from overrunning the city".
    "need", "needs", "needed", "necessary", "vital", "essential", "required",
    // What an event prepares: "paves the way for the fall of Qalat" (not "paved", which often
    // tells of a fall that came).
    "pave", "paves", "paving",
  ]).union(negationCues)
  /// Words that open a fronted clause of concession or contrast (`isIrrealis`).
  static let concessiveOpeners: SpelledWordSet = ["although", "though", "while", "whilst", "whereas"]
  /// Modals whose subject a sentence-opening gerund may be ("Capturing Herat would …").
  static let subjectModals: SpelledWordSet = ["would", "will", "could", "might", "may", "can"]
  /// Words in "-ing" that name fighting going on, not a gerund's act (`isIrrealis`).
  static let ongoingActNouns: SpelledWordSet = ["fighting", "shelling", "bombing", "firing", "skirmishing", "clashing"]
  /// Verbs of fleeing, whose purpose of refuge is where the flight went (`isIrrealis`).
  static let flightVerbs: SpelledWordSet = ["fled", "flee", "flees", "fleeing", "escaped", "escape", "withdrew", "retreated", "left"]
  /// What is taken or sought in a place one flees to.
  static let refugeNouns: SpelledWordSet = ["refuge", "shelter", "safety", "sanctuary"]
  /// Verbs of keeping someone from an act, whose "from" a trigger may follow (`isIrrealis`).
  static let preventionVerbs: SpelledWordSet = [
    "keep", "keeps", "kept", "keeping", "stop", "stops", "stopped", "stopping", "prevent", "prevents", "prevented",
    "preventing", "block", "blocks", "blocked", "blocking", "bar", "bars", "barred", "barring", "deter", "deterred",
  ]
  /// Verbs of warning, whose "against" a trigger may follow (`isIrrealis`).
  static let warningVerbs: SpelledWordSet = ["warned", "warn", "warns", "warning", "cautioned", "caution", "cautions"]
  /// Participles that introduce reported speech ("…, saying the district had fallen").
  static let reportingParticiples: SpelledWordSet = ["saying", "adding", "noting", "insisting", "stressing", "explaining"]
  /// Words before a "to" that is a preposition, not an infinitive's ("fled due to ongoing
  /// clashes in Malistan", "thanks to fighting", "in response to attacks").
  static let prepositionalToLeaders: Set<String> = ["due", "owing", "thanks", "prior", "response", "addition", "contrary"]
  /// Bare verbs that after such a "to" are still an infinitive ("due to fall", "due to enter").
  static let infinitiveOnlyForms: Set<String> = [
    "fall", "be", "enter", "storm", "surrender", "withdraw", "retreat", "collapse", "attack", "besiege", "encircle", "reach",
  ]
  /// Words before "to" that keep an infinitive real ("forced to evacuate").
  static let realInfinitiveLeaders: Set<String> = [
    "forced", "forcing", "compelled", "managed", "able", "had", "has", "have", "began", "begun",
    "started", "continued", "continues", "continue", "continuing", "went", "came", "first", "second", "third", "fourth", "fifth",
    "sixth", "latest", "last",
    // "Kunduz appears to have fallen", "are said to control nine of the ten police districts":
    // a hedged or reported statement of what happened.
    "appears", "appeared", "seems", "seemed", "said", "reported", "believed", "understood", "known",
  ]
  /// Whether the words at `k` are a span of time, the object of a verb that then tells no
  /// event: "battles in the city resumed and entered its fourth day", "took two weeks".
  /// (A determiner, a count, an ordinal or "new" may stand before the noun.)
  static func objectIsTimeSpan(_ words: [String], at k: Int) -> Bool {
    var j = k
    while j < words.count, j - k < 3, timeSpanLeads.contains(words[j]) || ordinals.contains(words[j]) || words[j].first?.isNumber == true {
      j += 1
    }
    return j > k && j < words.count && timeSpanNouns.contains(words[j])
  }
  /// Words before a noun of time in `objectIsTimeSpan(_:at:)`.
  static let timeSpanLeads: SpelledWordSet = [
    "its", "their", "a", "an", "the", "new", "final", "two", "three", "four", "five", "six", "seven", "several", "few",
  ]
  /// Nouns of a span of time (`objectIsTimeSpan(_:at:)`).
  static let timeSpanNouns: SpelledWordSet = ["day", "days", "week", "weeks", "month", "months", "year", "years", "phase", "stage", "hours"]
  /// Ordinals that count what has happened ("the third district to fall this week").
  static let ordinals: SpelledWordSet = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "latest", "last", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th",
  ]
  /// Words that end the clause a trigger's modifiers are looked for in.
  static let clauseBreaks: Set<String> = [
    ";", "but", "while", "although", "though", "whereas", "after", "before", "when", "since",
    "because", "meanwhile", "however", "and", ":", "\u{2014}", "\u{2013}",
  ]
  /// Words that may describe "the group" of a war report and leave it the Taliban ("the
  /// terrorist group", "the militant group").
  static let groupDescribers: Set<String> = ["terrorist", "terror", "militant", "insurgent", "armed", "extremist", "islamist", "hardline"]

  /// Whether `words[k]` is "group" or "movement" after "the", with at most one of
  /// `groupDescribers` between ("the group", "the terrorist group"): in a report of the war,
  /// with nothing naming it otherwise, the Taliban.
  static func isTheGroup(_ words: [String], at k: Int) -> Bool {
    guard words[k] == "group" || words[k] == "movement", k > 0 else { return false }
    return words[k - 1] == "the" || (k > 1 && words[k - 2] == "the" && groupDescribers.contains(words[k - 1]))
  }

  static let talibanWords: SpelledWordSet = [
    "taliban", "insurgents", "militants", "insurgent", "militant", "mujahideen", "talibans", "attackers",
    "assailants", "gunmen", "rebels", "hardline", "hardliners", "islamist", "islamists", "jihadists",
    "extremists", "emirate",
    // The Islamic Emirate of Afghanistan's initials; the Haqqani network, one of its wings.
    "iea", "haqqani", "haqqanis",
    // The UN's words: "non-state armed groups" (OCHA), "armed opposition groups".
    "nsag", "nsags", "aog", "aogs",
    // "Afghanistan's new rulers" after the fall of Kabul, "the former rulers" before it.
    "rulers",
  ]
  static let governmentWords = SpelledWordSet(
    governmentJargon.union([
      "forces", "troops", "army", "soldiers", "commandos", "andsf", "ansdf", "ansf", "police",
      "government", "military", "ana", "anp", "nds", "ministry",
    ]))
  /// The Taliban's own words for the government's forces, in their statements: "the mercenary
  /// enemy", "puppet forces", "the hirelings".
  static let governmentJargon: SpelledWordSet = ["mercenary", "mercenaries", "puppet", "puppets", "hirelings", "stooges"]
  /// Words before "forces", "troops" or "police" that make them the government's ("security
  /// forces", "Afghan troops").
  static let governmentQualifiers: SpelledWordSet = [
    "security", "government", "afghan", "national", "state", "army", "defence", "defense", "special", "border",
  ]
  static let localWords: SpelledWordSet = ["uprising", "militia", "militias", "locals", "residents", "volunteers", "resistance", "nrf", "nrfa"]

  /// Spellings read as another word for matching ("Taleban" is "taliban").
  static let spellings: [String: String] = [
    "taleban": "taliban", "talebans": "taliban", "taliban's": "taliban", "talibans": "taliban",
    "re-captured": "recaptured", "mobilised": "mobilized", "mobilising": "mobilizing",
  ]

  /// Adverbs that may stand after an auxiliary without changing what the verb after it says
  /// ("were also driven out of", "has reportedly fallen", "had eventually been retaken"):
  /// `words` passes over them after any of `EventExtractor.auxiliaries`, so no pattern spells
  /// them out.
  static let floatingAdverbs: Set<String> = [
    "also", "reportedly", "allegedly", "apparently", "finally", "eventually", "successfully", "subsequently",
    "quickly", "swiftly", "briefly", "since", "later", "just", "recently",
  ]

  /// Words of a sentence for matching: lower-case words, numbers and clause punctuation, with
  /// hyphens, apostrophes, quotes and round brackets skipped, a possessive `s` after an
  /// apostrophe dropped ("the Taliban's control" → `the taliban control`), an adverb after an
  /// auxiliary or a subject pronoun skipped (`floatingAdverbs`) and variant spellings read as one
  /// (`spellings`).
  /// Returns the words, their ids and their token positions.
  static func words(_ tokens: [Token], _ range: Range<Int>, tables: RuleTables) -> (words: [String], ids: [WordID], positions: [Int]) {
    var words: [String] = []
    var ids: [WordID] = []
    var positions: [Int] = []
    Self.words(tokens, range, tables: tables, into: &words, &ids, &positions)
    return (words, ids, positions)
  }

  /// ``words(_:_:tables:)`` written into `words`, `ids` and `positions`, whose elements are
  /// replaced (their storage kept: `find` reuses one set of arrays for every sentence of a
  /// report).
  static func words(
    _ tokens: [Token], _ range: Range<Int>, tables: RuleTables, into words: inout [String], _ ids: inout [WordID],
    _ positions: inout [Int]
  ) {
    // The words are written over the sentence before's, one by one, and only the words past
    // this sentence's count are removed: emptying `words` first destroyed every text of the
    // sentence before through the array's generic destruction, about 35 instructions a word
    // (`removeAll`, 6.3 M on the 1 MB stream), where an assignment releases the text it
    // replaces in place (this function 30.1 → 28.9 M: callgrind, issue #16).
    var count = 0
    defer { if count < words.count { words.removeSubrange(count...) } }
    ids.removeAll(keepingCapacity: true)
    positions.removeAll(keepingCapacity: true)
    words.reserveCapacity(range.count)
    ids.reserveCapacity(range.count)
    positions.reserveCapacity(range.count)
    for k in range {
      let t = tokens[k]
      if t.kind == .punctuation, isSkipped(t.lower) { continue }
      if k > range.lowerBound, endsPossessive(tokens, at: k) { continue }
      // (By word ids only, this word's and the previous word's in `ids`: reading the previous
      // token, or passing this one, copied a token at every word, about 20 M instructions on
      // the 1 MB stream, callgrind, issue #16. The adverbs and auxiliaries are ASCII words of
      // the lexicon, so a word outside it is neither.)
      let word = t.word
      // (Or after a subject pronoun: "after it briefly fell", "they quickly overran".)
      if word != Lexicon.unknown, tables.floatingAdverbs.byID[Int(word)], let previous = ids.last, previous != Lexicon.unknown,
        tables.auxiliaries.byID[Int(previous)] || previous == tables.itWord || previous == tables.theyWord
      {
        continue
      }
      // `spellings` by word id (its variants are in the lexicon): no `String` hashed per word.
      // (Each word written over the one of the sentence before that stands at its place, else
      // appended.)
      if tables.hasSpelling[Int(word)], let spelling = tables.spelling[Int(word)] {
        if count < words.count { words[count] = spelling.word } else { words.append(spelling.word) }
        ids.append(spelling.id)
      } else {
        if count < words.count { words[count] = t.lower } else { words.append(t.lower) }
        ids.append(word)
      }
      count += 1
      positions.append(k)
    }
  }

  /// The first "between A and B" right after a fighting noun, as a range of `words`: up to six
  /// words to "and", then up to six more that are not a preposition, an auxiliary or a verb
  /// of fighting, none of them a place.
  /// (`ids` are the words' lexicon ids and `between` that of "between": `words[k] == "between"`
  /// exactly when `ids[k] == between`, the word being the lexicon's text or, outside it, no
  /// spelling of "between", whose letters have no other canonical form.)
  static func betweenPhrase(
    _ words: [String], ids: [WordID], between: WordID, inMention: (Int) -> Bool
  ) -> Range<Int>? {
    // (By id: this reads every word of every sentence, and measuring each word's bytes was
    // about 560 instructions a sentence, 5.1 M on the 1 MB stream, 2.5 M so: callgrind,
    // issue #16.)
    // (A plain loop over the ids: `indices.dropFirst().first(where:)` was left as generic
    // calls with a closure per word: callgrind, issue #16.)
    var k = 1
    while k < ids.count {
      if ids[k] == between, fightingNouns.contains(words[k - 1]) || startedFightingBefore(words, k) {
        return betweenPhrase(words, from: k, inMention: inMention)
      }
      k += 1
    }
    return nil
  }

  /// Whether a fighting noun and a verb of its start stand in the six words before `k`, with no
  /// comma between ("fighting that started on 10 July between …").
  static func startedFightingBefore(_ words: [String], _ k: Int) -> Bool {
    let window = max(0, k - 6)..<k
    guard let verb = window.last(where: { fightingStartVerbs.contains(words[$0]) }),
      let noun = window.last(where: { fightingNouns.contains(words[$0]) }), noun < verb
    else { return false }
    return !words[noun..<k].contains(",")
  }

  /// Verbs of fighting's start or course (`startedFightingBefore`; "place" ends "took place":
  /// "clashes took place between Afghan forces and the Taliban in Dehdadi").
  static let fightingStartVerbs: Set<String> = [
    "started", "began", "erupted", "broke", "place", "occurred", "happened", "raged", "continued", "resumed", "intensified",
    "flared",
  ]

  /// The first ", including …," right after a fighting noun, up to four words between the
  /// commas, as a range of `words` from the first comma through the second (`including` is the
  /// id of "including").
  ///
  /// (The ids are searched for "including" alone, and only a word found is read as text: a
  /// closure over every index of every sentence was about 260 instructions a sentence, 2.4 M on
  /// the 1 MB stream: callgrind, issue #16.)
  static func inclusionAfterFighting(_ words: [String], ids: [WordID], including: WordID) -> Range<Int>? {
    var from = 2
    while from < ids.count, let k = ids[from...].firstIndex(of: including) {
      if words[k - 1] == ",", fightingNouns.contains(words[k - 2]) {
        guard let close = words[(k + 1)..<min(words.count, k + 6)].firstIndex(of: ",") else { return nil }
        return (k - 1)..<(close + 1)
      }
      from = k + 1
    }
    return nil
  }

  /// `betweenPhrase(_:ids:between:inMention:)` as it was written before it read ids, for tests.
  static func betweenPhrase(_ words: [String], inMention: (Int) -> Bool) -> Range<Int>? {
    guard
      let start = words.indices.dropFirst().first(where: {
        words[$0].utf8.count == 7 && words[$0] == "between" && (fightingNouns.contains(words[$0 - 1]) || startedFightingBefore(words, $0))
      })
    else { return nil }
    return betweenPhrase(words, from: start, inMention: inMention)
  }

  /// The phrase of the "between" at `start` (`betweenPhrase(_:ids:between:inMention:)`).
  private static func betweenPhrase(_ words: [String], from start: Int, inMention: (Int) -> Bool) -> Range<Int>? {
    // "between the two sides", "between both sides".
    for sides in [["the", "two", "sides"], ["both", "sides"], ["the", "sides"], ["them"]]
    where words[(start + 1)...].starts(with: sides) {
      return start..<(start + 1 + sides.count)
    }
    var k = start + 1
    while k < words.count, k - start <= 6, words[k] != "and" {
      if inMention(k) || words[k] == "," { return nil }
      k += 1
    }
    guard k < words.count, words[k] == "and" else { return nil }
    k += 1
    // (Up to six: "and a Non-State Armed Group (NSAG)".)
    let end = k + 6
    while k < words.count, k < end, !betweenStops.contains(words[k]) {
      if inMention(k) { return nil }
      k += 1
    }
    guard k < words.count, betweenStops.contains(words[k]) else { return nil }
    return start..<k
  }

  /// Words "between A and B" follows: fighting and its verbs ("clashes between", "erupted between").
  static let fightingNouns: Set<String> = [
    "fighting", "clashes", "clash", "battles", "battle", "firefights", "firefight", "gunfights", "skirmishes", "war",
    "erupted", "raged", "continued", "out", "ongoing", "underway",
    // ("Conflict between Afghan National Security Forces (ANSF) and a Non-State Armed Group
    // (NSAG) escalated in …": the humanitarian reports' word.)
    "conflict",
  ]
  static let betweenStops: Set<String> = MentionFinder.prepositions.union([
    "are", "is", "were", "was", "have", "has", "had", "continue", "continued", "continues", "continuing", "erupted",
    "erupt", "raged", "rage", "raging", "intensified", "broke", "resumed", "took", "reported", "underway", ",", ".",
    "escalated", "escalates", "escalate", "escalating", "intensifies", "intensifying", "spread", "spreads", "spiked",
  ])

  /// Whether `word` (lower-case) has the form of a past participle: "captured", "taken",
  /// "overrun".
  static func looksLikeParticiple(_ word: String) -> Bool {
    word.hasSuffix("ed") || word.hasSuffix("en") || word == "overrun"
  }

  static func isApostrophe(_ mark: String) -> Bool {
    if let byte = mark.leadingASCIIByte { return byte == UInt8(ascii: "'") }
    let scalar = mark.onlyScalar
    return scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}"
  }

  /// Whether `tokens[k]` is the apostrophe of a possessive "'s" ("Kunduz's").
  static func opensPossessive(_ tokens: [Token], at k: Int) -> Bool {
    k >= 0 && k + 1 < tokens.count && isApostrophe(tokens[k].lower) && tokens[k + 1].lower == "s"
  }

  /// Whether `tokens[k]` is the "s" of a possessive "'s" (a one-byte token is tested first).
  static func endsPossessive(_ tokens: [Token], at k: Int) -> Bool {
    k > 0 && k < tokens.count && tokens[k].byteEnd - tokens[k].byteStart == 1 && tokens[k].lower == "s"
      && isApostrophe(tokens[k - 1].lower)
  }

  /// Whether a place (or a place and its head noun: "Qadis district", "Herat city"; or ", which"
  /// after one: "Sharana, which surrendered"; or an apposition or relative clause between
  /// commas after one: "Maimana, the capital of Faryab, surrendered") ends right before
  /// `words[w]`.
  static func placeEndsBefore(_ words: [String], _ w: Int) -> Bool {
    guard w > 0 else { return false }
    if words[w - 1] == "#place" { return true }
    // ("Maymana has surrendered", "Helmand province had now surrendered": past the verb's
    // auxiliaries and adverbs.)
    if ["has", "had", "have", "now", "also", "already", "finally", "reportedly"].contains(words[w - 1]) {
      return placeEndsBefore(words, w - 1)
    }
    if words[w - 1] == "which", w > 2, words[w - 2] == "," { return placeEndsBefore(words, w - 2) }
    if words[w - 1] == ",", w >= 4,
      let open = (max(0, w - 10)..<(w - 2)).last(where: { words[$0] == "," }),
      ["the", "a", "an", "which"].contains(words[open + 1])
    {
      return placeEndsBefore(words, open)
    }
    return w > 1 && words[w - 2] == "#place"
      && ["district", "city", "province", "town", "centre", "center", "districts", "provinces", "cities", "towns"].contains(words[w - 1])
  }

  /// Hyphens, apostrophes, quotes, `#` and round brackets are not words for matching.
  static func isSkipped(_ mark: String) -> Bool {
    if let byte = mark.leadingASCIIByte {
      // (Round brackets too: an aside's marks are no words between a verb and its preposition,
      // "clashed on Friday (July 16) with Taliban fighters in Spin Boldak".)
      return byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "#")
        || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
    }
    let scalar = mark.onlyScalar
    return scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{201C}" || scalar == "\u{201D}"
  }

  /// Triggers of a sentence. Words inside place names (`inMention`) are neither trigger words
  /// nor modality cues ("Want Wagal", "Darah Aim" fell).
  /// `previous` is the sentence before, whose subject a pronoun subject ("Most had fled to
  /// Faizabad") stands for.
  /// `timePhrase` marks the tokens of time phrases ("late on Sunday night"), read past inside a
  /// trigger's words ("retreated late on Sunday night to Nili" is "retreated to").
  static func find(
    _ tokens: [Token], sentence: Sentence, previous: Range<Int>? = nil, tables: RuleTables, inMention: [Bool],
    timePhrase: [Bool]
  ) -> [Trigger] {
    var scratch = Scratch()
    return find(tokens, sentence: sentence, previous: previous, tables: tables, inMention: inMention, timePhrase: timePhrase,
      scratch: &scratch)
  }

  /// The arrays `find` reads a sentence's words into, kept from one sentence to the next: made
  /// and freed for every sentence, with each word's text released one by one through the
  /// arrays' generic destruction, they were about 12 M instructions on the 1 MB stream
  /// (callgrind, issue #16).
  struct Scratch {
    var words: [String] = []
    var ids: [WordID] = []
    var positions: [Int] = []
  }

  /// ``find(_:sentence:previous:tables:inMention:timePhrase:)`` reading the words into the
  /// arrays of `scratch`.
  static func find(
    _ tokens: [Token], sentence: Sentence, previous: Range<Int>? = nil, tables: RuleTables, inMention: [Bool],
    timePhrase: [Bool], scratch: inout Scratch
  ) -> [Trigger] {
    // (Taken out of `scratch` for the sentence and put back on return.)
    var words: [String] = []
    var ids: [WordID] = []
    var positions: [Int] = []
    swap(&words, &scratch.words)
    swap(&ids, &scratch.ids)
    swap(&positions, &scratch.positions)
    defer {
      swap(&words, &scratch.words)
      swap(&ids, &scratch.ids)
      swap(&positions, &scratch.positions)
    }
    Self.words(tokens, sentence.tokens, tables: tables, into: &words, &ids, &positions)
    // (Only a sentence with a time phrase is copied: most have none.)
    if sentence.tokens.contains(where: { timePhrase[$0] }) {
      // (Not a sentence's opening time phrase: "On Sunday, …" stands before every word.)
      var kept = 0
      var opening = true
      for w in words.indices {
        let time = timePhrase[positions[w]]
        if !time { opening = false }
        guard opening || !time else { continue }
        if kept != w {
          words[kept] = words[w]
          ids[kept] = ids[w]
          positions[kept] = positions[w]
        }
        kept += 1
      }
      if kept < words.count {
        words.removeSubrange(kept...)
        ids.removeSubrange(kept...)
        positions.removeSubrange(kept...)
      }
    }
    func previousWords() -> [String] { previous.map { Self.words(tokens, $0, tables: tables).words } ?? [] }
    /// Whether the nearest subject of the sentence before names civilians (``subjectIsCivilian(_:before:)``
    /// for a pronoun subject).
    func previousSubjectIsCivilian() -> Bool {
      let before = previousWords()
      return nearestSubject(before, before: before.count, civilians: true) == .civilians
    }
    // "Fighting, including airstrikes, that started …": an inclusion between commas right after
    // a fighting noun is left out, so the noun meets its verb.
    if let span = Self.inclusionAfterFighting(words, ids: ids, including: tables.includingWord) {
      words.removeSubrange(span)
      ids.removeSubrange(span)
      positions.removeSubrange(span)
    }
    // "Clashes between the Taliban and government forces in Kunduz": who fights whom is left
    // out, so "clashes … in" meets its place.
    if let span = Self.betweenPhrase(words, ids: ids, between: tables.betweenWord, inMention: { inMention[positions[$0]] }) {
      words.removeSubrange(span)
      ids.removeSubrange(span)
      positions.removeSubrange(span)
    }
    for w in words.indices where inMention[positions[w]] {
      words[w] = "#place"
      ids[w] = Lexicon.unknown
    }
    // "The Taliban say they now control Chaghcharan": "they" after the Taliban (in its sentence
    // or, opening one, in the sentence before) is read as them.
    for w in ids.indices where ids[w] == tables.theyWord {
      var actor = nearestActor(words, before: w)
      if actor == nil, w <= 2 {
        let before = previousWords()
        actor = nearestActor(before, before: before.count)
      }
      if actor == .taliban {
        words[w] = "taliban"
        ids[w] = tables.talibanWord
      }
    }
    var triggers: [Trigger] = []
    let table = tables.triggerPatterns
    // (One matcher for the sentence: the tables and the words are taken once, not for each
    // pattern tried.)
    table.withMatcher(words, ids: ids, isFiller: tables.isFiller) { matcher in
      var w = 0
      while w < words.count {
        // The longest match among the patterns of this first word (the first of equal length),
        // tried on the compiled table: nothing is copied or retained per pattern tried.
        var bestIndex = -1
        var bestLength = 0
        for p in table.byFirstWord[Int(ids[w])] {
          let p = Int(p)
          // (The entry read only for a match: most patterns tried match nothing, and reading
          // it before the match was about 20 instructions a try, 275 000 tries on the 1 MB
          // stream: callgrind, issue #16.)
          if let length = matcher.matchLength(afterFirstWord: p, at: w),
            case let candidate = table.entries[p],
            length > bestLength
              // Of two wordings of one length, one that takes its place only before wins where a
              // place stands right before and none right after ("when Maymana surrendered", not
              // "surrendered Kohsan").
              || (length == bestLength && candidate.side == .beforeOnly && table.entries[bestIndex].side != .beforeOnly
                && Self.placeEndsBefore(words, w) && (w + length >= words.count || words[w + length] != "#place")),
            !(candidate.type == .retreatedTo && Self.gapHoldsObject(words, w..<(w + length))),
            !(candidate.type == .retreatedTo && Self.movesCasualties(words, w..<(w + length))),
            !(candidate.isObjectless && Self.followsWithObject(words, at: w + length)),
            !(candidate.hasExclusions && Self.isExcluded(table.patterns[Int(candidate.pattern)], words, w..<(w + length))),
            !Self.objectIsTimeSpan(words, at: w + length)
          {
            bestIndex = p
            bestLength = length
          }
        }
        guard bestIndex >= 0 else {
          w += 1
          continue
        }
        let pattern = table.patterns[Int(table.entries[bestIndex].pattern)]
        let length = bestLength
        // "anti-Taliban uprising" is still an uprising; but "the fall" alone of a season is not.
        let tokenRange = positions[w]..<(positions[w + length - 1] + 1)
        let (type, actor) = actorAndType(pattern, words, w)
        // The Taliban leaving a place: no capture; a recapture when the clause after it tells the
        // government's action ("the Taliban fled Ghaziabad after an army operation").
        let givesUp = table.entries[bestIndex].givesUp
        // ("Aybak fell to the Taliban, and all officials and security forces retreated": the
        // forces the wording opens with, named the government's right before it, are not the
        // Taliban named earlier.)
        let talibanLeft =
          givesUp && type == pattern.type && nearestActor(words, before: w) == .taliban
          && recipient(words, after: w) == nil
          && !(w > 0 && governmentWords.contains(words[w]) && Self.governmentQualifiers.contains(words[w - 1]))
        let drivenOut = talibanLeft && Self.governmentActsAfter(words, w + length)
        var trigger =
          Trigger(
            pattern: pattern, tokens: tokenRange, sentence: sentence.index, type: type,
            actor: actor, rule: type == pattern.type ? pattern.rule : "\(type.rawValue).by-actor",
            isIrrealis: isIrrealis(words, ids, w, negationOnly: pattern.isProspective, tables: tables)
              // The Taliban leaving a place ("the Taliban has evacuated the outskirts") is no capture.
              || (talibanLeft && !drivenOut)
              // "the government still has control of the province": the government holding a place
              // it has is no retaking, unless a word tells a change ("now have full control of Kiti").
              || (type == .recaptured && pattern.rule == "captured.has-control"
                && !words[max(0, w - 3)..<min(words.count, w + length)].contains { ["now", "again", "back", "once"].contains($0) })
              // "Residents fled from Kaldar to Mazar": civilians leaving give no place up.
              || ((givesUp || pattern.type == .retreatedTo) && (subjectIsCivilian(words, before: w) ?? previousSubjectIsCivilian()))
              // (The rule names asked with `String.spells(_:)`, a name of another length turned away
              // on its byte count: `==` compared the pattern's rule with each name as text, about 85
              // instructions a test, 3 000 tests each on the 1 MB stream: callgrind, issue #16.)
              // "President Ashraf Ghani flew to Mazar-e-Sharif": an official travelling is no
              // retreat of forces (where "the district governor, who fled to Mazar" retreats).
              || (pattern.rule.spells("retreated_to.airlifted") && subjectIsOfficial(words, before: w))
              // "an army unit is present in Bihsud": the government's own forces being in a place
              // contest nothing (where their entering one does).
              || (pattern.rule.spells("contested.entered") && Self.presenceWords.contains(words[w])
                && nearestActor(words, before: w) == .government)
              // "some families reportedly moving towards Lashkargah": civilians moving press on nothing.
              // (Not a wording that opens with the Taliban as its own subject: "hundreds of
              // Taliban fighters were heading to Panjshir".)
              || (pattern.rule.spells("contested.pressing") && !talibanWords.contains(words[w])
                && (subjectIsCivilian(words, before: w) ?? previousSubjectIsCivilian()))
              // "Taliban armed men": the Taliban's own fighters are no mobilisation against them
              // (but "anti-Taliban uprising" is).
              || (pattern.type == .mobilization && w > 0 && talibanWords.contains(words[w - 1])
                && !words[max(0, w - 3)..<(w - 1)].contains("anti"))
              // "the Taliban attacked Herat by mobilizing forces from other provinces": a gerund
              // after "by" shares its clause's subject, here the Taliban.
              || (pattern.type == .mobilization && w > 1 && words[w - 1].spells("by") && nearestActor(words, before: w - 1) == .taliban)
              // ("fighters loyal to the Taliban gathered": the Taliban inside the wording, other than
              // as whom the rising is against: "joined forces to fight the Taliban".)
              || (pattern.type == .mobilization && (w..<(w + length)).contains { j in
                guard talibanWords.contains(words[j]), j > 0 else { return false }
                let before = words[j - 1] == "the" && j > 1 ? words[j - 2] : words[j - 1]
                return !Self.opposingWords.contains(before)
              })
              // "pushed back a Taliban attack": a repelled attack is not a recapture.
              || (pattern.type == .recaptured
                && repelsAttack(words, ids, after: w + length, start: w, breaks: tables.clauseBreaks))
              // "flew to Mazar on Wednesday to organise its defence": a journey with a purpose is no
              // retreat.
              || (pattern.type == .retreatedTo && Self.hasPurpose(words, after: w + length))
              // "Islam Qala is under our control": a hold in the first person is a capture only
              // in the Taliban's words.
              // (Nor in a quotation that opens the sentence right after a sentence of a Taliban
              // spokesman: "Mujahid confirmed the capture. “Both ports are under our control.”")
              || (pattern.rule.spells("captured.our-control") && !Self.talibanSpeaks(words)
                && !(!sentence.tokens.isEmpty && Self.openingQuotes.contains(tokens[sentence.tokens.lowerBound].lower)
                  && Self.talibanSpeaks(previousWords())))
              // "Reports that Ghoryan had fallen were false".
              || isDeniedAfter(words, ids, w + length, isDenial: tables.isDenial)
              // "talks are under way for a peaceful takeover of Panjshir": a fall planned for.
              || (pattern.isNominal && isPlannedFor(words, before: w))
              // "Kabul could fall within the next 90 days": a forecast, not a place on the brink.
              || (pattern.isProspective && statesDistantHorizon(words, after: w + length)))
        trigger.isRetrospective =
          isRetrospective(words, ids, w, breaks: tables.clauseBreaks, since: tables.sinceWord, had: tables.hadWord)
          // "Zari and Chahar Bolak districts were captured earlier by the Taliban": an "earlier"
          // of no day right after the verb recalls the fall ("earlier this week" is a time).
          || isRecalledAfter(words, w + length)
          // "two weeks after the fall of Kabul", "following the collapse of Kunduz", "fled during
          // the capture of Kabul": a fall named to place other news in time is recalled, not
          // reported.
          || (pattern.isNominal && w > 0
            && ["after", "following", "since", "before", "until", "during", "amid", "amidst"].contains(words[w - 1] == "the" && w > 1 ? words[w - 2] : words[w - 1]))
        // "largely under Taliban control", "partly captured", "nearly overran": control of part
        // of the place, or not quite.
        if type == .captured || type == .recaptured,
          words[max(0, w - 2)..<(w + length)].contains(where: { partialAdverbs.contains($0) })
            || words[max(0, w - 2)..<w].contains(where: { ["almost", "nearly"].contains($0) })
        {
          trigger = trigger.retyped(.contested, actor: .taliban, rule: "contested.partial", isIrrealis: trigger.isIrrealis)
        }
        // "the imminent fall of Kabul", "the likely collapse of Kandahar": a fall foreseen is a
        // place on the brink ("about to fall"), not a fall.
        if type == .captured, pattern.isNominal, w > 0, foreseeingAdjectives.contains(words[w - 1]) {
          trigger = trigger.retyped(.contested, actor: .taliban, rule: "contested.brink", isIrrealis: trigger.isIrrealis)
        }
        // A siege that is none: one told as a trend, not an event of the report ("an offensive
        // that is gradually encircling Kabul", "leaving the capital increasingly beleaguered and
        // cut off"; not a fight: "has seen increasingly heavy fighting" tells of fighting), or a
        // place cut off on one side only ("seized Jalalabad, cutting off the capital to the east").
        // (Rule names and words by byte count, `spells`, as elsewhere in this loop; ";" as text:
        // `spells` compares with no word holding it.)
        if pattern.rule.spells("contested.besieged") {
          // (The adverb past any comma before it: "…, gradually encircling the government".)
          let lead = words[max(0, w - 3)..<w]
          let clauseLead = lead.lastIndex(where: { $0.spells(",") || $0 == ";" }).map { lead[($0 + 1)...] } ?? lead
          let trend = clauseLead.contains(where: { trendAdverbs.contains($0) })
          if trend || (words[w].hasPrefix("cut") && Self.cutOffOnOneSide(words, after: w + length)) { trigger.isIrrealis = true }
        }
        // "any negotiated surrender of the capital", "any fall of Kandahar": a fall whichever it
        // may be, not one that happened.
        if pattern.isNominal, w > 0, words[max(0, w - 2)..<w].contains(where: { $0.spells("any") }) {
          trigger.isIrrealis = true
        }
        // "tried to capture Qaysar", "a failed bid to seize Andar": an attempt that was made
        // contests the place, where a plan or a wish ("want to capture") gives nothing.
        // (The government's "efforts to retake" stay plans: the annotation rules leave them out.)
        if type == .captured || type == .contested, !givesUp, isIrrealis(words, ids, w, tables: tables),
          isAttempt(words, ids, w, breaks: tables.clauseBreaks)
        {
          trigger = trigger.retyped(.contested, actor: .taliban, rule: "contested.attempt", isIrrealis: false)
        }
        // "walked into Mehtarlam unopposed", "entered Jalalabad without a fight": an entry that
        // met no resistance is the place's fall.
        // ("After expelling government forces, the Taliban entered Taloqan": the defenders
        // driven out first.)
        if type == .contested, Self.unopposedEntries.contains(pattern.rule),
          isUnopposed(words, after: w + length) || Self.defendersExpelled(words, before: w)
            || Self.defendersLeftFirst(words, after: w + length)
        {
          trigger = trigger.retyped(.captured, actor: .taliban, rule: "captured.unopposed", isIrrealis: trigger.isIrrealis)
        } else if type == .contested, pattern.rule.spells("contested.entered") || words[w + length - 1].spells("into"),
          Self.unopposedEntries.contains(pattern.rule), Self.tellsEndOfGovernment(words, around: w..<(w + length))
        {
          // "On August 15 the Taliban entered Kabul, prompting the government to collapse": an
          // entry told beside the end of the government is the place's fall. (A part of the
          // place entered, "the outskirts of Kabul", stays a contest: EventExtractor's partial
          // reading.)
          trigger = trigger.retyped(.captured, actor: .taliban, rule: "captured.entered-takeover", isIrrealis: trigger.isIrrealis)
        }
        if drivenOut {
          trigger = trigger.retyped(.recaptured, actor: .government, rule: "recaptured.taliban-left", isIrrealis: trigger.isIrrealis)
        }
        if pattern.isSilent { trigger.isIrrealis = true }
        // (Moved into the array: appended as it was, the trigger was copied, its rule and
        // pattern retained and released, 3 100 times on the 1 MB stream: callgrind, issue #16.)
        triggers.append(consume trigger)
        // "clashes *4 in": a gap's words are searched for triggers of their own.
        w += pattern.hasGap ? 1 : length
      }
    }
    return triggers
  }

  /// Words before "the Taliban" that make it whom a rising is against ("to fight the Taliban").
  static let opposingWords: SpelledWordSet = ["anti", "against", "fight", "resist", "oppose", "confront", "defeat", "repel"]

  /// Whether a place stands inside a retreat's words other than as where the forces came from:
  /// "evacuated Kaldar district to save lives" gives Kaldar up and goes nowhere, where
  /// "were relocated from Yawan to Faizabad" goes to Faizabad (and "evacuated troops from a
  /// base in Obe district to Herat" to Herat: a place after "from" is where they came from).
  static func gapHoldsObject(_ words: [String], _ span: Range<Int>) -> Bool {
    span.dropFirst().contains { k in
      words[k] == "#place" && words[k - 1] != "#place" && !words[span.lowerBound..<k].contains("from")
    }
  }

  /// Whether the forces a retreat's words move are casualties ("evacuated wounded troops from
  /// Lashkar Gah to Kandahar": to care, not a retreat; but "evacuated 150 troops including 68
  /// injured soldiers from … to Herat" moves the troops): the word before the first force noun
  /// in `span` is "wounded", "injured", "sick" or "dead", past the words that name which forces
  /// ("the wounded army and police forces").
  static func movesCasualties(_ words: [String], _ span: Range<Int>) -> Bool {
    guard var k = span.first(where: { governmentWords.contains(words[$0]) }), k > span.lowerBound else { return false }
    k -= 1
    while k > span.lowerBound, forceKindWords.contains(words[k]) { k -= 1 }
    return ["wounded", "injured", "sick", "dead"].contains(words[k])
  }

  /// Words that say which forces a noun after them names ("army and police forces", "security
  /// and defence forces").
  static let forceKindWords: Set<String> = ["army", "police", "security", "defence", "defense", "and", "afghan", "national"]

  /// Whether the words after a verb at `start`, to the end of its clause, tell the government
  /// acting ("after an army operation", "under pressure from security forces", "by commandos").
  static func governmentActsAfter(_ words: [String], _ start: Int) -> Bool {
    let clause = clause(after: start, in: words, limit: 12)
    for k in clause.indices {
      let word = words[k]
      if talibanWords.contains(word) { return false }
      // ("The militants fled after suffering casualties, a provincial government spokesman
      // said": the government as the title of who speaks does not act.)
      if governmentWords.contains(word), k + 1 < words.count, speakerTitles.contains(words[k + 1]) { continue }
      if governmentWords.contains(word) || governmentActions.contains(word) { return true }
    }
    return false
  }
  /// The words of being in a place (`contested.entered`'s "present in"), not of entering it.
  static let presenceWords: SpelledWordSet = ["present"]

  /// Titles after "government" that make it who speaks (`governmentActsAfter`).
  static let speakerTitles: Set<String> = ["spokesman", "spokesperson", "spokeswoman", "official", "officials", "sources", "source"]

  /// Whether "to" and a verb of purpose ("to organise", "to lead the defence") follow within
  /// the clause after `start`.
  static func hasPurpose(_ words: [String], after start: Int) -> Bool {
    clause(after: start, in: words, limit: 10).indices.contains { k in
      words[k] == "to" && k + 1 < words.count && purposeVerbs.contains(words[k + 1])
    }
  }

  /// Whether the clause after a prospective wording sets it months away or further ("could
  /// fall within the next 90 days", "may collapse in the coming months", "within six weeks"):
  /// a forecast, where "could fall within days" is a place on the brink. A horizon is a month
  /// or a year after "within", "in", "next" or "coming", weeks after "next" or "coming", or at
  /// least 30 days or 4 weeks.
  static func statesDistantHorizon(_ words: [String], after start: Int) -> Bool {
    // (Twelve words: "could be overrun by the Taliban in as little as 30 to 90 days".)
    let clause = clause(after: start, in: words, limit: 12)
    return clause.indices.contains { k in
      switch words[k] {
      case "month", "months", "year", "years":
        return words[max(clause.startIndex, k - 3)..<k].contains { horizonLeaders.contains($0) }
      case "weeks" where words[max(clause.startIndex, k - 3)..<k].contains { $0 == "coming" || $0 == "next" }:
        // "could fall in the coming weeks", "in the next few weeks": weeks ahead, uncounted.
        return true
      case "days", "weeks":
        guard k > clause.startIndex, let n = EventExtractor.countValue(words[k - 1]) else { return false }
        return words[k] == "days" ? n >= 30 : n >= 4
      default:
        return false
      }
    }
  }
  static let horizonLeaders: Set<String> = ["within", "in", "next", "coming"]

  /// Verbs of a journey's purpose (not of a retreat).
  static let purposeVerbs: Set<String> = Set(
    ["organise", "organize", "lead", "command", "coordinate", "oversee", "bolster", "reinforce", "attend", "meet", "rally", "inspect", "visit"]
      .flatMap(Inflections.forms(of:)))

  /// Operations only the government runs in these reports.
  static let governmentActions: Set<String> = [
    "operation", "operations", "offensive", "counteroffensive", "counterattack", "airstrike", "airstrikes", "air",
    "clearance", "clearing",
  ]

  /// Rules whose subject gives the place up: a capture by the Taliban only when someone else
  /// gives it up ("forces withdrew from", "lost control of"); the Taliban giving it up is no
  /// capture.
  static let givingUp: SpelledWordSet = ["captured.abandoned", "captured.abandoned-posts", "captured.forces-left", "captured.lost", "captured.surrendered-place"]

  /// Whether the noun of falling at `w` is what talks, plans or calls are for or about ("talks
  /// for a peaceful takeover of Panjshir", "plans for the recapture of Kunduz", "talking to the
  /// government about the surrender of Kabul"): up to three determiners or adjectives back to
  /// "for", "about" or "on", and a word of planning at most five words before it.
  static func isPlannedFor(_ words: [String], before w: Int) -> Bool {
    // (Back over determiners and adjectives only: "the", "a peaceful", not "since the".)
    var k = w - 1
    while k >= 0, w - k <= 3, words[k] == "the" || words[k] == "a" || words[k].hasSuffix("ful")
      || ["an", "its", "their", "possible", "negotiated", "orderly", "complete", "full", "swift", "immediate"].contains(words[k])
    {
      k -= 1
    }
    // ("demanded the surrender of Kabul", "awaiting a peaceful transfer of the city": asked or
    // waited for, not done.)
    if k >= 0, w - k <= 3, askingVerbs.contains(words[k]) { return true }
    guard k >= 1, w - k <= 3, plannedForPrepositions.contains(words[k]) else { return false }
    // (A noun of planning within five words before it, "talks are under way for", "talking to
    // the government about", no clause mark between.)
    for j in stride(from: k - 1, through: max(0, k - 5), by: -1) {
      if planningNouns.contains(words[j]) { return true }
      if [",", ";", ".", ":"].contains(words[j]) { return false }
    }
    return false
  }
  /// The prepositions after a word of planning that `isPlannedFor` reads ("talks for", "talking
  /// about", "negotiations on").
  static let plannedForPrepositions: Set<String> = ["for", "about", "on"]

  /// Verbs whose object, a noun of falling, is asked or waited for (`isPlannedFor`).
  static let askingVerbs: Set<String> = [
    "demand", "demands", "demanded", "demanding", "await", "awaits", "awaited", "awaiting", "seek", "seeks", "sought",
    "seeking", "want", "wants", "wanted", "wanting", "urge", "urges", "urged", "urging", "negotiate", "negotiating",
    "discuss", "discussing", "prepare", "prepares", "preparing", "plan", "plans", "planning", "planned",
  ]

  /// Words of planning or asking (nouns, and the verbs of talking) whose object after
  /// `plannedForPrepositions` is not yet done (`isPlannedFor`).
  static let planningNouns: Set<String> = [
    "talks", "negotiations", "plan", "plans", "preparations", "calls", "call", "demands", "demand", "deal", "agreement",
    "bid", "efforts", "effort", "push", "pressure", "hopes", "appeal", "appeals", "proposal", "ultimatum",
    "talking", "negotiating", "discussing", "talk", "negotiate", "discuss",
  ]

  /// Adjectives that make a noun of falling a fall foreseen ("the imminent fall of Kabul").
  static let foreseeingAdjectives: SpelledWordSet = [
    "imminent", "impending", "looming", "likely", "possible", "potential", "expected", "feared", "probable", "inevitable",
  ]

  /// Rules of entering or advancing that an unopposed entry turns into a capture.
  static let unopposedEntries: SpelledWordSet = ["contested.entered", "contested.pressing"]

  /// Whether the clause after word `start` says the entry met no resistance ("unopposed",
  /// "without a fight", "without firing a shot", "meeting no resistance"), within twelve words
  /// and before a clause break.
  static func isUnopposed(_ words: [String], after start: Int) -> Bool {
    // (Static word sets, not array literals: each literal was built and freed at every word
    // read. Asked by byte count, `SpelledWordSet`, where `switch`es compared every word with
    // every case, about 25 instructions a case: callgrind, issue #16. ";" is asked as text: a
    // `SpelledWordSet` holds none, as U+037E equals it.)
    func namesFighting(_ word: String) -> Bool { Self.unopposedFightingWords.contains(word) }
    var k = start
    while k < words.count, k - start < 12 {
      let word = words[k]
      if endsUnopposedClause(word) { return false }
      if Self.unopposedWords.contains(word) { return true }
      if word.spells("without"), words[(k + 1)..<min(words.count, k + 4)].contains(where: namesFighting) {
        return true
      }
      // "swept into Kabul, meeting no resistance", "met little opposition".
      if word.spells("no") || word.spells("little"), words[(k + 1)..<min(words.count, k + 3)].contains(where: namesFighting) {
        return true
      }
      // "entered Jalalabad and local authorities surrendered": the defenders gave the place up.
      if word.spells("surrendered") || word.spells("capitulated"),
        words[max(start, k - 3)..<k].contains(where: { Self.surrenderingSides.contains($0) })
      {
        return true
      }
      k += 1
    }
    return false
  }
  /// Whether `word` ends the clause after an entry that `isUnopposed` and
  /// `tellsEndOfGovernment` read: ";" or one of `unopposedClauseEnds`.
  static func endsUnopposedClause(_ word: String) -> Bool { word == ";" || unopposedClauseEnds.contains(word) }
  /// Words that end the clause `isUnopposed` reads, besides ";" ("… unless government forces
  /// surrendered": a condition, not what happened).
  static let unopposedClauseEnds: SpelledWordSet = [".", "but", "while", "after", "before", "although", "though", "unless", "if", "until"]
  /// Words that say an entry met no resistance (`isUnopposed`).
  static let unopposedWords: SpelledWordSet = ["unopposed", "uncontested", "unchallenged", "unresisted"]
  /// Words of fighting that "without", "no" or "little" deny (`isUnopposed`).
  static let unopposedFightingWords: SpelledWordSet = [
    "fight", "resistance", "shot", "battle", "bloodshed", "firing", "opposition", "fighting",
  ]

  /// Whether the words before an entry at `w`, in its sentence and within twelve words, say the
  /// place's defenders were driven out first: "after expelling government forces, the Taliban
  /// entered Taloqan", "having routed the troops".
  static func defendersExpelled(_ words: [String], before w: Int) -> Bool {
    var k = w - 1
    while k >= 0, w - k <= 12 {
      let word = words[k]
      if word == ";" || word == "." || word == "but" { return false }
      if expulsionVerbs.contains(word), words[(k + 1)..<min(w, k + 5)].contains(where: { surrenderingSides.contains($0) }) {
        return true
      }
      k -= 1
    }
    return false
  }
  /// Whether the words around an entry at `span`, in its sentence, tell the end of the
  /// government: its collapse ("prompting the government to collapse", "the collapse of the
  /// republic"), power taken ("with which they regained power", "seized power", "swept to
  /// power"; not "a peaceful transfer of power") or the president's flight ("President Ghani
  /// fled abroad"). Read up to fourteen words after the entry, before a clause break of
  /// `unopposedClauseEnds`, and up to ten before it, back to the sentence's start.
  static func tellsEndOfGovernment(_ words: [String], around span: Range<Int>) -> Bool {
    func tells(_ k: Int) -> Bool {
      let word = words[k]
      if word.hasPrefix("collaps") {
        return words[max(0, k - 6)..<k].contains(where: { governmentHeads.contains($0) })
          || (k + 3 < words.count && words[k + 1].spells("of") && words[(k + 2)...(k + 3)].contains(where: { governmentHeads.contains($0) }))
      }
      if word.spells("power") { return words[max(0, k - 2)..<k].contains(where: { powerTakingWords.contains($0) }) }
      if word.spells("fled") || word.spells("resigned") {
        return words[max(0, k - 6)..<k].contains(where: { $0.spells("president") || $0.spells("ghani") })
      }
      return false
    }
    var k = span.upperBound
    while k < words.count, k - span.upperBound < 14 {
      if endsUnopposedClause(words[k]) { break }
      if tells(k) { return true }
      k += 1
    }
    k = span.lowerBound - 1
    while k >= 0, span.lowerBound - k <= 10 {
      if words[k] == ";" || words[k] == "." || words[k].spells("but") { break }
      if tells(k) { return true }
      k -= 1
    }
    return false
  }
  /// Heads of a government whose collapse `tellsEndOfGovernment` reads.
  static let governmentHeads: SpelledWordSet = ["government", "administration", "republic", "regime"]
  /// Verbs and the preposition of power taken ("seized power", "swept to power";
  /// `tellsEndOfGovernment`).
  static let powerTakingWords: SpelledWordSet = [
    "seized", "seize", "seizing", "took", "take", "taking", "taken", "regained", "regain", "grabbed", "assumed", "to",
  ]

  /// Whether an "after" (or "once") within eight words after an entry at `start`, in its
  /// sentence, opens a clause that tells the defenders leaving first: "entered Aybak on Monday
  /// after local elders negotiated the withdrawal of government forces", "entered Kunduz once
  /// the troops had retreated": a word of leaving and a word of the defenders within twelve words
  /// of it, before the sentence ends.
  static func defendersLeftFirst(_ words: [String], after start: Int) -> Bool {
    var k = start
    while k < words.count, k - start < 8 {
      let word = words[k]
      if word == ";" || word == "." { return false }
      if word.spells("after") || word.spells("once") { break }
      k += 1
    }
    guard k < words.count, k - start < 8, words[k].spells("after") || words[k].spells("once") else { return false }
    var end = k + 1
    while end < words.count, end - k <= 12, words[end] != "." && words[end] != ";" { end += 1 }
    let clause = words[(k + 1)..<end]
    // (Not a withdrawal with a destination of its own, "after government forces withdrew to the
    // airport": they still hold ground there.)
    let left = clause.indices.contains { j in
      leavingWords.contains(words[j]) && !(j + 1 < end && ["to", "into", "towards", "toward"].contains(words[j + 1]))
    }
    // (Not foreign troops leaving the country, "after overtaking huge swaths of territory as
    // American troops withdrew": they were not the place's defenders.)
    return left
      && clause.indices.contains { j in
        surrenderingSides.contains(words[j]) && !(j > k + 1 && foreignForceWords.contains(words[j - 1]))
      }
  }
  /// Words that make the forces they qualify foreign ones (`defendersLeftFirst`).
  static let foreignForceWords: SpelledWordSet = [
    "american", "us", "foreign", "nato", "international", "coalition", "western", "british", "allied",
  ]
  /// Words of defenders leaving a place (`defendersLeftFirst`).
  static let leavingWords: SpelledWordSet = [
    "withdrawal", "withdrew", "withdrawn", "retreat", "retreated", "evacuation", "evacuated", "surrender", "surrendered",
    "handover", "departure", "fled", "abandoned",
  ]

  /// Verbs of driving defenders out (`defendersExpelled`).
  static let expulsionVerbs: SpelledWordSet = ["expelling", "expelled", "ousting", "ousted", "routing", "routed", "evicting", "evicted"]

  /// Those whose surrender after an entry leaves it unopposed (`isUnopposed`).
  static let surrenderingSides: Set<String> = [
    "authorities", "officials", "forces", "troops", "soldiers", "police", "garrison", "defenders", "governor", "leadership",
  ]

  /// Whether a side follows "cut off" and its object within six words, before a clause break:
  /// "to the east", "from the north".
  static func cutOffOnOneSide(_ words: [String], after start: Int) -> Bool {
    var k = start
    while k + 2 < words.count, k - start < 6 {
      switch words[k] {
      case ",", ";", ".", ":", "and", "but": return false
      case "to", "from":
        if words[k + 1] == "the", MentionFinder.compassWords.contains(words[k + 2]) { return true }
      default: break
      }
      k += 1
    }
    return false
  }
  /// Adverbs of a change told as a trend ("gradually encircling", "increasingly cut off").
  static let trendAdverbs: SpelledWordSet = ["gradually", "increasingly", "slowly", "steadily", "progressively"]
  /// Adverbs that make a change of control partial: a contest for the place.
  static let partialAdverbs: SpelledWordSet = ["largely", "mostly", "partly", "partially", "half"]

  /// Words after a trigger that make it an attack repelled rather than a place retaken.
  static let attackWords: SpelledWordSet = ["attack", "attacks", "assault", "assaults", "offensive", "advance", "raid"]

  /// "pushed back a Taliban attack", "Taliban attacks on Herat city pushed back": an attack
  /// word within four words after the trigger, or before it in its clause.
  /// (`ids` are the words' lexicon ids and `breaks` is `clauseBreaks`: `clause(before:in:ids:breaks:)`.)
  static func repelsAttack(_ words: [String], _ ids: [WordID], after end: Int, start: Int, breaks: TokenWordList) -> Bool {
    if words[end..<min(words.count, end + 4)].contains(where: { attackWords.contains($0) }) { return true }
    // ("The army's counter-offensive freed Kunduz": the government's own attack is no
    // repelled one.)
    let before = clause(before: start, in: words, ids: ids, breaks: breaks)
    return before.indices.contains { k in
      attackWords.contains(before[k])
        && !before[max(before.startIndex, k - 2)..<k].contains { $0 == "counter" || governmentWords.contains($0) }
    }
  }

  /// Up to `limit` words from position `start` on, to the end of their clause (a semicolon, a
  /// full stop or "but").
  static func clause(after start: Int, in words: [String], limit: Int) -> ArraySlice<String> {
    let start = min(start, words.count)
    var end = start
    while end < words.count, end < start + limit, words[end] != ";", words[end] != ".", words[end] != "but" { end += 1 }
    return words[start..<end]
  }

  /// Up to eight words before position `w`, back to the nearest comma or clause break.
  /// (`ids[k]` is the lexicon id of `words[k]` and `breaks` is `clauseBreaks` as a
  /// `TokenWordList`: each word is asked by id, where hashing it was about 12 000 `String`
  /// hashes on the 1 MB stream, callgrind, issue #16.)
  static func clause(before w: Int, in words: [String], ids: [WordID], breaks: TokenWordList) -> ArraySlice<String> {
    var k = w
    // (The comma by byte count, `spells`: `!=` called the standard library's comparison for
    // every other word, about 11 000 times on the 1 MB stream: callgrind, issue #16.)
    while k > 0, w - k < 8, !breaks.contains(words[k - 1], id: ids[k - 1]), !words[k - 1].spells(",") { k -= 1 }
    return words[k..<w]
  }

  /// `clause(before:in:ids:breaks:)` as it was written before it read ids, for tests.
  static func clause(before w: Int, in words: [String]) -> ArraySlice<String> {
    var k = w
    while k > 0, w - k < 8, !clauseBreaks.contains(words[k - 1]), words[k - 1] != "," { k -= 1 }
    return words[k..<w]
  }

  /// Whether the trigger's clause is opened by "since" ("ever since Kabul was captured by the
  /// group"): the event is recalled, not reported.
  /// (`ids` are the words' lexicon ids and `breaks` is `clauseBreaks`: `clause(before:in:ids:breaks:)`.)
  /// (`since` and `had` are the ids of "since" and "had", both in the lexicon: the words are
  /// asked by id, where `==` compared them as text, about 19 000 times on the 1 MB stream:
  /// callgrind, issue #16.)
  static func isRetrospective(
    _ words: [String], _ ids: [WordID], _ w: Int, breaks: TokenWordList, since: WordID, had: WordID
  ) -> Bool {
    // "since" is itself a clause break: it opens the clause the trigger stands in.
    let before = clause(before: w, in: words, ids: ids, breaks: breaks)
    let start = w - before.count
    if start > 0 && ids[start - 1] == since { return true }
    // "Taliban had earlier taken control of Borka", "Prior to Shah Joy, the Taliban had taken
    // Shinkay": a pluperfect set before the report's events recalls one.
    guard ids[start..<w].contains(had) else { return false }
    return before.contains { ["earlier", "previously", "already"].contains($0) }
      || (words.first.map { ["prior", "before"].contains($0) } ?? false)
  }

  /// Whether "earlier" or "previously" follows a trigger ending before position `end`, within
  /// two words and naming no time of its own ("captured earlier by the Taliban", not "earlier
  /// this week", "earlier on Monday", "earlier today").
  static func isRecalledAfter(_ words: [String], _ end: Int) -> Bool {
    // (By byte count, `spells`: asked of the two words after every trigger.)
    guard let k = words[end..<min(words.count, end + 2)].firstIndex(where: { $0.spells("earlier") || $0.spells("previously") })
    else { return false }
    let next = k + 1 < words.count ? words[k + 1] : "."
    return !["this", "that", "today", "on", "in", "last", "yesterday", "the"].contains(next)
  }

  /// Nouns of attacking, whose going on "to take" a place is an attempt (`isIrrealis`).
  static let attackNouns: Set<String> = ["attacks", "attack", "assault", "assaults", "offensive", "offensives", "push"]

  /// Words that make an infinitive an attempt that was made ("tried to seize", "in a bid to
  /// capture", "failed to overrun").
  static let attemptCues: Set<String> = [
    "try", "tries", "tried", "trying", "attempt", "attempts", "attempted", "attempting", "bid", "bids",
    "fail", "fails", "failed", "failing", "struggle", "struggled", "struggling", "push", "offensive",
    "effort", "efforts", "unable",
    // "battling to stop the Taliban from taking Kandahar": the capture was attempted (so was
    // one they were kept or blocked from).
    "stop", "stopping", "prevent", "prevents", "prevented", "preventing", "stops", "stopped", "keep", "keeps", "kept",
    "keeping", "block", "blocks", "blocked", "blocking",
    // "fighting to capture", "seeking to seize", "poised to take", "close to capturing": an
    // effort under way, or a capture at hand.
    "fight", "fighting", "fought", "battle", "battling", "battled", "seek", "seeking", "sought", "poised", "close",
    "closer", "moving", "racing", "pushing", "pressing",
  ]

  /// Cues of modality that an attempt does not outweigh: futures, plans, wishes, conditions,
  /// denials and negation ("will try to capture", "did not try to seize").
  static let plannedCues: Set<String> = irrealisCues.subtracting(attemptCues).subtracting(["to"])

  /// Whether an irrealis capture is an attempt that was made: an attempt word within its clause
  /// before it, and no plan, wish, condition, denial or negation there.
  /// (`ids` are the words' lexicon ids and `breaks` is `clauseBreaks`: `clause(before:in:ids:breaks:)`.)
  static func isAttempt(_ words: [String], _ ids: [WordID], _ w: Int, breaks: TokenWordList) -> Bool {
    let before = clause(before: w, in: words, ids: ids, breaks: breaks).suffix(6)
    // "have not been able to capture Lashkar Gah", "unable to take": an attempt that failed
    // (but "will not be able to" is a forecast).
    if before.contains("able") || before.contains("unable") {
      return !before.contains { ["will", "would", "shall", "may", "might", "plan", "plans", "hope", "hopes", "if"].contains($0) }
    }
    guard before.contains(where: { attemptCues.contains($0) || attackNouns.contains($0) }) else { return false }
    return !before.contains { plannedCues.contains($0) || $0.hasSuffix("n't") }
  }

  /// Words that, said of a report after it ("reports that Ghoryan had fallen were false"),
  /// deny it.
  static let laterDenials: Set<String> = ["false", "untrue", "incorrect", "baseless", "unfounded", "wrong", "fake"]

  /// Whether the words after the trigger, in its sentence and before a semicolon, call what it
  /// states false ("were false", "proved untrue"), within eight words.
  /// (`ids` are the words' lexicon ids; `isDenial` is `laterDenials` by id.)
  static func isDeniedAfter(_ words: [String], _ ids: [WordID], _ end: Int, isDenial: [Bool]) -> Bool {
    var k = end
    while k + 1 < words.count, k < end + 8 {
      if isDenial[Int(ids[k + 1])], denialCopulas.contains(words[k]) { return true }
      if words[k] == ";" { return false }
      k += 1
    }
    return false
  }
  static let denialCopulas: Set<String> = ["was", "were", "is", "are", "proved", "proven", "be"]

  /// Looks back from the trigger for cues of modality and negation within its clause.
  /// Cues that deny or negate.
  static let negationCues: Set<String> = Set([
    "not", "never", "no", "denied", "deny", "denies", "denying", "rejected", "rejects", "dismissed", "refuted", "cannot",
    "dispute", "disputed", "disputes", "refute", "rejecting", "reject", "refuting", "dismissing",
    // "Neither Taloqan nor Aybak has fallen".
    "neither", "nor",
  ]).union(correctionCues)

  /// Adverbs that say a report was false ("a previous version incorrectly stated that Charikar
  /// had been liberated", "falsely claimed that Nili had fallen"): what it said is denied.
  static let correctionCues: Set<String> = ["incorrectly", "wrongly", "falsely", "erroneously", "mistakenly"]

  /// Verbs of denial, which a negation before them turns into an admission (`isIrrealis`).
  static let denialVerbs: Set<String> = ["deny", "denied", "denies", "dispute", "disputed", "disputes", "refute", "refuted"]

  /// Pronouns that open a relative clause out of the main clause's reach (`isIrrealis`).
  static let relativePronouns: Set<String> = ["which", "whom"]
  /// Verbs that, inverted after a comma, end a quotation (`isIrrealis`).
  static let quotationVerbs: Set<String> = ["said", "says", "added", "told"]
  /// Whether "from" the Taliban (or "from Taliban control") follows within the clause after
  /// position `start` ("liberated Pol-e-Hesar and Deh Salah districts from Taliban control").
  static func freedFromTaliban(_ words: [String], after start: Int) -> Bool {
    var k = start
    // (Past the "and" of a list of places: "Pol-e-Hesar, Deh Salah and Bano districts from".)
    while k < min(words.count, start + 12), !clauseBreaks.contains(words[k]) || (words[k] == "and" && k + 1 < words.count && words[k + 1] == "#place") {
      if words[k] == "from" {
        var j = k + 1
        if j < words.count, words[j] == "the" { j += 1 }
        return j < words.count && talibanWords.contains(words[j])
      }
      k += 1
    }
    return false
  }

  /// Verbs that name who speaks (`talibanSpeaks`).
  static let speakingVerbs: SpelledWordSet = [
    "said", "says", "added", "told", "tweeted", "claimed", "claims", "wrote", "stated", "confirmed", "announced",
  ]
  /// Names of the Taliban's spokesmen, who speak for them (`talibanSpeaks`).
  static let talibanSpokesmen: SpelledWordSet = ["mujahid", "ahmadi", "shaheen", "naeem"]

  /// Quotation marks that open a quotation.
  static let openingQuotes: Set<String> = ["\"", "\u{201C}", "'", "\u{2018}"]

  /// Whether the sentence's words (`words`, lower-cased) are the Taliban's: a verb of saying
  /// with the Taliban or one of their spokesmen within six words of it, and no word of the
  /// government there ("'Islam Qala is under our control,' a Taliban spokesman said"; not "…,'
  /// the governor said, rejecting Taliban claims").
  static func talibanSpeaks(_ words: [String]) -> Bool {
    var found = false
    // (A colon after a spokesman opens his words too: "Taliban spokesman: districts of Bano …".)
    for k in words.indices
    where speakingVerbs.contains(words[k])
      || (words[k] == ":" && words[max(0, k - 3)..<k].contains { ["spokesman", "spokesperson", "statement"].contains($0) })
    {
      let window = words[max(0, k - 6)..<min(words.count, k + 7)]
      if window.contains(where: { governmentWords.contains($0) || ["governor", "official", "officials", "commander"].contains($0) }) {
        return false
      }
      if window.contains(where: { talibanWords.contains($0) || talibanSpokesmen.contains($0) }) { found = true }
    }
    return found
  }

  /// Whether the trigger at `w` is planned, hoped for, conditional or denied; with
  /// `negationOnly` (a prospective wording, ``TriggerPattern/isProspective``), only denied or
  /// negated. `ids` are the words' lexicon ids (`TriggerFinder.words`); the lists are asked
  /// through `irrealisBits(_:_:_:table:)`.
  /// Whether `words[w]` is "fall" or "falls" in the present, in a clause opened by "before" or
  /// "until" within six words before it (no mark between): "rushing to leave before the
  /// capital also falls", "will hold out until Kabul falls" tell of a fall still to come. (Not
  /// the noun: "before the fall of Kabul", "before Kabul's fall", "before the eventual fall of
  /// Kabul".)
  static func fallsLater(_ words: [String], at w: Int) -> Bool {
    guard w > 0, words[w] == "falls" || words[w] == "fall", !fallNounLeaders.contains(words[w - 1]),
      w + 1 >= words.count || words[w + 1] != "of"
    else { return false }
    var k = w - 1
    while k >= 0, k >= w - 6, words[k] != ",", words[k] != ";", words[k] != ":" {
      if words[k] == "before" || words[k] == "until" || words[k] == "till" { return true }
      k -= 1
    }
    return false
  }
  /// Words before "fall" that make it the noun ("the fall", "Kabul's fall", "its fall").
  static let fallNounLeaders: Set<String> = ["the", "a", "its", "s", "their", "his", "her", "this", "that", "whose"]

  static func isIrrealis(
    _ words: [String], _ ids: [WordID], _ w: Int, negationOnly: Bool = false, tables: RuleTables
  ) -> Bool {
    let cue = negationOnly ? IrrealisBit.negationCue : IrrealisBit.irrealisCue
    // "Recapture Dawlat Abad, a district centre …": a sentence opened by a verb's bare form and
    // its place is an order or a mission, not what happened.
    if !negationOnly, w == 0, words.count > 1, words[1] == "#place", imperativeForms.contains(words[0]) { return true }
    // "Capturing Herat would be a huge boost": a gerund that opens the sentence as the subject
    // of a modal is what might be, not what was.
    // (Not a noun of fighting that goes on: "Fighting in Herat could spread to the city".)
    // ("Capturing Herat in the west, a traditional stronghold of its foes, would be …": past an
    // apposition between two commas.)
    if !negationOnly, w == 0, words[0].hasSuffix("ing"), !ongoingActNouns.contains(words[0]),
      let modal = words[1..<min(words.count, 17)].firstIndex(where: { subjectModals.contains($0) }),
      !words[1..<modal].contains(where: { $0 == ";" || $0 == ":" }),
      case let commas = words[1..<modal].lazy.filter({ $0 == "," }).count,
      commas == 0 || (commas == 2 && words[modal - 1] == ","),
      commas == 2 || modal < 9
    {
      return true
    }
    // "to keep the Taliban from overrunning the city", "stopped the insurgents from taking
    // Qala-e-Naw": what was kept from happening did not happen.
    if !negationOnly, w >= 2, words[w - 1] == "from", words[max(0, w - 6)..<(w - 1)].contains(where: { preventionVerbs.contains($0) }) {
      return true
    }
    // "warned the insurgents against entering Panjshir" (or "from entering"): what someone is
    // warned against has not happened.
    if !negationOnly, w >= 2, words[w - 1] == "against" || words[w - 1] == "from",
      words[max(0, w - 6)..<(w - 1)].contains(where: { warningVerbs.contains($0) })
    {
      return true
    }
    if !negationOnly, Self.isHabit(words, before: w) { return true }
    if !negationOnly, Self.fallsLater(words, at: w) { return true }
    var k = w - 1
    var seen = 0
    // Infinitive: "efforts are underway to recapture", but "forced to evacuate"; "advanced to
    // within 5 km of" is the preposition.
    // ("in a better position to carry out attacks on Kabul": a noun of fighting is an
    // infinitive's object through a light verb.)
    let infinitive = k >= 0 && words[k] == "to" ? k : Self.lightVerbInfinitive(words, before: w)
    // "left with no option but to take up arms", "had no other choice but to withdraw": the
    // only way left, taken; its "no" denies nothing (a modal before it still counts: "will have
    // no choice but to surrender").
    let noChoice = infinitive.flatMap { Self.noChoiceStart(words, beforeTo: $0) }
    if !negationOnly, noChoice == nil, let k = infinitive, !["within", "inside", "into", "under", "near", "the"].contains(words[w]) {
      let immediate = k > 0 ? words[k - 1] : ""
      let leaders = words[max(0, k - 4)..<k]
      // "the fifth provincial capital to fall": an ordinal counts events that happened.
      // ("pulled back, allowing the militants to overrun the district centre": what was let
      // happen happened.)
      // ("fled from Zaranj to take refuge in Chahar Burjak": the refuge a flight was for is
      // where it went.)
      let refugeOfFlight =
        w + 1 < words.count && ["take", "seek", "find"].contains(words[w]) && refugeNouns.contains(words[w + 1])
        && words[max(0, k - 8)..<k].contains { flightVerbs.contains($0) }
      let forced =
        refugeOfFlight
        || leaders.contains { ["forced", "forcing", "compelled", "compelling", "allowing", "letting"].contains($0) || ordinals.contains($0) }
      // ("due to ongoing clashes" is a cause; "due to fall", "due to retake" a plan.)
      let prepositional = prepositionalToLeaders.contains(immediate) && !imperativeForms.contains(words[w]) && !infinitiveOnlyForms.contains(words[w])
      // ("as Taliban attacks continue to take control over Lashkargah": attacks go on, the
      // taking has not happened.)
      let attacksGoOn = k >= 2 && ["continue", "continues", "continued", "continuing"].contains(immediate) && attackNouns.contains(words[k - 2])
      if attacksGoOn || (!forced && !realInfinitiveLeaders.contains(immediate) && !prepositional) { return true }
    }
    // "will move east and besiege Kabul", "is going to move to the East and begins its siege of
    // Kabul": a verb coordinated by "and", with no subject of its own, shares the first verb's
    // modal (not its negation: "did not flee and defended the city").
    var coordinated = false
    if let noChoice {
      seen += k - (noChoice - 1)
      k = noChoice - 1
    }
    while k >= 0, seen < 10 {
      let bits = irrealisBits(words, ids, k, table: tables.irrealisBits)
      // ("and" by id: `ids` are the words' lexicon ids, and "and" is in the lexicon. Compared as
      // text, about 40 000 times on the 1 MB stream, it called the standard library's string
      // comparison for every other word: callgrind, issue #16.)
      if !coordinated, !negationOnly, ids[k] == tables.andWord, Self.isSharedVerbAfterAnd(words, k, trigger: w) {
        coordinated = true
        k -= 1
        seen += 1
        continue
      }
      if coordinated, bits & (cue | IrrealisBit.negatedVerb) != 0, !Self.sharedModals.contains(words[k]) { break }
      // "denied it, saying clashes were still going on": a reporting participle opens the
      // clause of what was said, which the denial before it does not reach.
      if bits & IrrealisBit.endsClause != 0 { break }
      // "Militia leaders vow to defend Mazar as the Taliban close in": "as" opening a clause of
      // its own, its subject the Taliban, is out of the reach of the main clause's modal.
      if k + 1 < w, words[k].utf8.count == 2, words[k] == "as", words[k + 1] == "the" || talibanWords.contains(words[k + 1]),
        k == 0 || !["such", "well", "so", "just"].contains(words[k - 1]),
        // (Not a comparison's second "as": "potentially as heavy as the fall of Herat".)
        k < 2 || words[k - 2] != "as"
      {
        break
      }
      // "Although Kabul is not directly threatened, the loss of Ghazni …": a fronted clause of
      // concession ends at its comma; its negation or modal does not reach the main clause.
      if k >= 1, words[k].spells(","), Self.concessiveOpeners.contains(words[0]), !words[1..<k].contains(where: { $0.spells(",") }) { break }
      // "It should be recalled that the Taliban had also captured Zaranj": a modal frame of
      // saying or noting reaches only its own words, not the clause it introduces.
      if k >= 2, words[k].utf8.count == 4, words[k] == "that", words[k - 2] == "be", Self.notingParticiples.contains(words[k - 1]) { break }
      // "trying to retake Malistan, which the Taliban took last week": a relative clause with a
      // subject of its own is out of the main clause's reach.
      // (", which fell in June" after "failed to retake Panjwai": one after a comma is its own
      // clause too.)
      if bits & IrrealisBit.relativePronoun != 0, (k + 1 < w && words[k + 1] != "to") || (k > 0 && words[k - 1] == ",") {
        break
      }
      // "'Help never came,' said an officer who escaped to Mazar": a quotation ends at its
      // inverted reporting verb.
      // ("'At that time we still had hope,' Mr. Safi said of the battle for Lashkar Gah": past
      // the speaker's name too.)
      if bits & IrrealisBit.quotationVerb != 0, k > 0, words[max(0, k - 5)..<k].contains(",") { break }
      // "May 21" is a date, not a modal.
      let isMonth = bits & IrrealisBit.may != 0 && k + 1 < words.count && words[k + 1].first?.isNumber == true
      if !isMonth, bits & (cue | IrrealisBit.negatedVerb) != 0 {
        // "did not deny the centre had fallen", "never denied": a denial negated affirms.
        // (Asked only of a cue, so the words on the way are not hashed.)
        if k >= 1, Self.denialVerbs.contains(words[k]),
          ["not", "never"].contains(words[k - 1]) || irrealisBits(words, ids, k - 1, table: tables.irrealisBits) & IrrealisBit.negatedVerb != 0
        {
          k -= 2
          seen += 2
          continue
        }
        return true
      }
      k -= 1
      seen += 1
    }
    return false
  }

  /// Whether the verb at `w` is told as a habit, no one event: an adverb of habit right before
  /// it or before its auxiliaries ("have regularly clashed in and around Panjwai", "often
  /// attack"), or "long" after "has", "have" or "had" ("Laghman has long been contested").
  /// (Only in the verb's own group: "fighters who often raided the area captured Arghandab"
  /// is one event.)
  static func isHabit(_ words: [String], before w: Int) -> Bool {
    var k = w - 1
    while k >= 0, w - k <= 3 {
      if habitAdverbs.contains(words[k]) { return true }
      if words[k].spells("long"), k > 0, habitPerfects.contains(words[k - 1]) { return true }
      guard habitAuxiliaries.contains(words[k]) else { return false }
      k -= 1
    }
    return false
  }
  /// Adverbs that tell a habit (`isHabit`).
  static let habitAdverbs: SpelledWordSet = ["regularly", "routinely", "frequently", "often", "traditionally", "historically"]
  /// The auxiliaries of a perfect before "long" (`isHabit`).
  static let habitPerfects: SpelledWordSet = ["has", "have", "had"]
  /// Auxiliaries between an adverb of habit and its verb (`isHabit`).
  static let habitAuxiliaries: SpelledWordSet = ["has", "have", "had", "is", "are", "was", "were", "been", "be", "being"]

  /// The position of "no" in "had no option but", "were left with no other choice but", "had
  /// little alternative but" right before the infinitive's "to" at `to`; nil when the words are
  /// not there. (A choice had or left in the past: "there is no option but to retake the
  /// district" is what must be done, not what was.)
  static func noChoiceStart(_ words: [String], beforeTo to: Int) -> Int? {
    guard to >= 4, words[to - 1] == "but", noChoiceNouns.contains(words[to - 2]) else { return nil }
    var k = to - 3
    if k > 1, words[k] == "other" { k -= 1 }
    guard ["no", "little"].contains(words[k]) else { return nil }
    let had = words[k - 1] == "had" || words[k - 1] == "left" || (k >= 2 && words[k - 1] == "with" && words[k - 2] == "left")
    return had ? k : nil
  }
  static let noChoiceNouns: Set<String> = ["option", "options", "choice", "alternative", "way"]

  /// Whether the words from an "and" at `k` to the trigger at `w` are a verb with no subject
  /// of its own: the trigger itself right after it ("and besiege"), or a verb of beginning and
  /// at most two determiners before it ("and begins its siege of").
  /// ("and potentially take it over": an adverb may stand before the verb.)
  static func isSharedVerbAfterAnd(_ words: [String], _ k: Int, trigger w: Int) -> Bool {
    var v = k + 1
    if v < w, words[v].hasSuffix("ly") || ["then", "also", "even", "soon", "later", "eventually"].contains(words[v]) { v += 1 }
    if v == w { return true }
    guard v < w, w - v <= 3, beginningVerbs.contains(words[v]) else { return false }
    return words[(v + 1)..<w].allSatisfy { ["the", "a", "an", "its", "their", "his", "her"].contains($0) }
  }
  static let beginningVerbs = SpelledWordSet(Set(["begin", "start", "launch", "mount", "lay"].flatMap(Inflections.forms(of:))))
  /// The cues a verb coordinated by "and" shares with the verb before it (`isIrrealis`).
  static let sharedModals: Set<String> = [
    "will", "would", "could", "may", "might", "shall", "should", "going", "plan", "plans", "planning", "intend", "intends",
    "aim", "aims", "ready", "prepare", "prepared", "preparing", "expected", "likely",
  ]

  /// The "to" of an infinitive whose light verb takes the trigger as its object ("to carry out
  /// attacks on", "to launch an offensive on", "to step up fighting in"), up to three words
  /// before `w`; nil when there is none.
  static func lightVerbInfinitive(_ words: [String], before w: Int) -> Int? {
    // ("to" by byte count, `spells`: asked of up to three words before every trigger.)
    for j in stride(from: w - 2, through: max(0, w - 4), by: -1) where words[j].spells("to") {
      guard lightVerbs.contains(words[j + 1]) else { return nil }
      return words[(j + 2)..<w].allSatisfy { lightVerbParticles.contains($0) } ? j : nil
    }
    return nil
  }
  static let lightVerbs: Set<String> = ["carry", "launch", "mount", "stage", "conduct", "step", "intensify", "wage", "resume", "begin", "start"]
  static let lightVerbParticles: Set<String> = ["out", "up", "an", "a", "new", "more", "further", "fresh", "major", "the"]

  /// Bare forms of verbs of taking a place, which open an order ("Retake Kunduz!") (`isIrrealis`).
  static let imperativeForms: Set<String> = [
    "recapture", "retake", "capture", "take", "seize", "reclaim", "liberate", "regain", "overrun", "clear", "free",
  ]

  /// Participles of "it should be noted that …" (`isIrrealis`).
  static let notingParticiples: Set<String> = [
    "noted", "recalled", "mentioned", "remembered", "said", "added", "stressed", "emphasized", "emphasised", "reminded",
  ]

  /// What `isIrrealis` asks of a word, as bits of `irrealisBits(of:)`.
  enum IrrealisBit {
    /// `clauseBreaks` or `reportingParticiples`.
    static let endsClause: UInt8 = 1
    /// `relativePronouns`.
    static let relativePronoun: UInt8 = 2
    /// `quotationVerbs`.
    static let quotationVerb: UInt8 = 4
    /// `irrealisCues`.
    static let irrealisCue: UInt8 = 8
    /// `negationCues`.
    static let negationCue: UInt8 = 16
    /// Ends in "n't".
    static let negatedVerb: UInt8 = 32
    /// "may" (a modal, or the month).
    static let may: UInt8 = 64
  }

  /// The `IrrealisBit`s of a word, from the lists themselves. `RuleTables.irrealisBits` holds
  /// them for every word of the lexicon, which holds every word of these lists.
  static func irrealisBits(of word: String) -> UInt8 {
    var bits: UInt8 = 0
    if clauseBreaks.contains(word) || reportingParticiples.contains(word) { bits |= IrrealisBit.endsClause }
    if relativePronouns.contains(word) { bits |= IrrealisBit.relativePronoun }
    if quotationVerbs.contains(word) { bits |= IrrealisBit.quotationVerb }
    if irrealisCues.contains(word) { bits |= IrrealisBit.irrealisCue }
    if negationCues.contains(word) { bits |= IrrealisBit.negationCue }
    if word.hasSuffix("n't") { bits |= IrrealisBit.negatedVerb }
    if word == "may" { bits |= IrrealisBit.may }
    return bits
  }

  /// `irrealisBits(of: words[k])` without hashing a `String` for most words: a word with a
  /// lexicon id is that lexicon word's text, whose bits `table` (`RuleTables.irrealisBits`)
  /// holds. A word outside the lexicon is in none of the lists when it is ASCII (ASCII text is
  /// equal only to itself, and the lexicon holds every word of the lists), so only its ending is
  /// left to test; any other is asked of the lists.
  @inline(__always)
  static func irrealisBits(_ words: [String], _ ids: [WordID], _ k: Int, table: [UInt8]) -> UInt8 {
    let id = ids[k]
    if id != Lexicon.unknown { return table[Int(id)] }
    // (The bytes read from the text's own storage: through `utf8`'s generic `allSatisfy` and
    // `suffix(3).elementsEqual`, this was about 570 instructions a word, 2.2 M on the 1 MB
    // stream: callgrind, issue #16. Nil from the buffer: not ASCII.)
    let word = words[k]
    let asciiBits: UInt8?? = word.utf8.withContiguousStorageIfAvailable { bytes -> UInt8? in
      for byte in bytes where byte >= 0x80 { return nil }
      let n = bytes.count
      return n >= 3 && bytes[n - 3] == UInt8(ascii: "n") && bytes[n - 2] == UInt8(ascii: "'") && bytes[n - 1] == UInt8(ascii: "t")
        ? IrrealisBit.negatedVerb : 0
    }
    if let asciiBits {
      return asciiBits ?? irrealisBits(of: word)
    }
    let utf8 = word.utf8
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return irrealisBits(of: word) }
    return utf8.count >= 3 && utf8.suffix(3).elementsEqual("n't".utf8) ? IrrealisBit.negatedVerb : 0
  }

  /// The actor nearest before the trigger decides whether a seizure is a capture or a
  /// recapture; abandonment wordings keep their type.
  static func actorAndType(_ pattern: TriggerPattern, _ words: [String], _ w: Int) -> (EventType, Actor) {
    let defaultActor: Actor =
      switch pattern.type {
      case .captured, .contested: .taliban
      case .recaptured, .retreatedTo: .government
      case .mobilization: .locals
      }
    // The Taliban moving towards a place press on it; only government forces retreat to one.
    if pattern.type == .retreatedTo, nearestActor(words, before: w) == .taliban {
      return (.contested, .taliban)
    }
    // "local insurgent groups have liberated Pol-e-Hesar and Deh Salah from Taliban control":
    // a place freed from the Taliban is retaken, whoever freed it.
    if words[w].hasPrefix("liberat"), Self.freedFromTaliban(words, after: w + 1) {
      return (.recaptured, .government)
    }
    // "cleansed of the enemy": who was removed holds it no more.
    if pattern.rule.spells("recaptured.cleansed") {
      let removed = words[w..<min(words.count, w + 6)]
      let enemyRemoved = removed.contains { ["enemy", "invaders", "occupiers"].contains($0) }
      return enemyRemoved && enemy(in: words) == .government ? (.captured, .taliban) : (.recaptured, .government)
    }
    // "lost Sholgara to the Taliban", "lost Sayed Karam to a government counter-attack".
    if Self.handovers.contains(pattern.rule) || pattern.rule.spells("captured.lost"), let side = recipient(words, after: w) {
      return side == .government ? (.recaptured, .government) : (.captured, .taliban)
    }
    // "The Taliban lost Sayed Karam to a counter-attack": a place the Taliban lose is retaken
    // (where "the Taliban withdrew from it" says nothing of who holds it).
    if pattern.rule.spells("captured.lost"), pattern.side != .beforeOnly, nearestActor(words, before: w) == .taliban {
      return (.recaptured, .government)
    }
    // "Deh Salah has fallen to the anti-Taliban forces", "fell to uprising forces": who a place
    // falls to holds it (the rule's default is the Taliban's).
    if pattern.rule.spells("captured.fell"), let side = recipient(words, after: w, reach: 4, readsOpponents: true), side != .taliban {
      return (.recaptured, side)
    }
    // "The Taliban entered Qala-e-Naw but were pushed out": who is pushed out loses the place.
    if pattern.rule.spells("recaptured.pushed-out") {
      let (_, actor) = actorAndType(pattern, words, w, defaultActor: .taliban)
      return actor == .taliban ? (.recaptured, .government) : (.captured, .taliban)
    }
    // "Forces loyal to Saleh announced the capture of Banu": who announces or claims a capture
    // made it, unless "by" names who did ("announced the capture of Kiti by the Taliban").
    if pattern.rule.spells("captured.fall-of"), w >= 2, words[w - 1] == "the", claimVerbs.contains(words[w - 2]),
      !words[(w + 1)..<min(words.count, w + 10)].contains("by")
    {
      let (type, actor) = actorAndType(pattern, words, w - 2, defaultActor: defaultActor)
      if type == .recaptured { return (type, actor) }
    }
    // "The Taliban handed over Dand-e Ghori to government forces": who a place is handed to
    // holds it.
    guard pattern.type == .captured || pattern.type == .recaptured, !pattern.ignoresActor else {
      return (pattern.type, defaultActor)
    }
    // "the Taliban were in control of Maimana": a wording that names its actor needs no search.
    if pattern.type == .captured, w < words.count, talibanWords.contains(words[w]) { return (.captured, .taliban) }
    return actorAndType(pattern, words, w, defaultActor: defaultActor)
  }

  /// The words `actorAndType(_:_:_:defaultActor:)` reads before a passive or attributive
  /// participle: adverbs after its auxiliary, the auxiliaries, the places a participle right
  /// after qualifies, the words before an attributive one, the conjunctions before one with its
  /// own agent.
  /// (A static list: an array literal in the loop was built and freed, its words released one
  /// by one, at every word asked: callgrind, issue #16.)
  static let passiveAdverbs: SpelledWordSet = ["fully", "completely", "entirely", "now", "also", "reportedly", "finally"]
  static let participleAuxiliaries: SpelledWordSet = ["was", "were", "been", "being", "is", "are", "got"]
  static let participlePlaces: SpelledWordSet = [
    "#place", "capital", "city", "district", "town", "capitals", "districts", "cities", "towns",
  ]
  static let attributiveParticipleLeads: SpelledWordSet = ["newly", "recently", "freshly", "the", "a"]
  static let participleConjunctions: SpelledWordSet = ["and", "but"]

  /// Verbs by which a side lays claim to a capture it names ("announced the capture of").
  static let claimVerbs: SpelledWordSet = ["announced", "announces", "announce", "claimed", "claims", "claim"]

  /// Verbs of a report whose subject `reportedByTaliban` reads.
  static let reportingVerbs: SpelledWordSet = ["said", "says", "claimed", "claims", "announced", "announces", "tweeted", "confirmed"]

  /// Whether the clause before word `w` is reported by the Taliban: the last reporting verb
  /// within 20 words before it, with no clause break between, has a Taliban word (or the
  /// spokesman's name) among the five words before it ("A Taliban spokesman said on Monday
  /// that …", "Zabihullah Mujahid said …").
  static func reportedByTaliban(_ words: [String], before w: Int) -> Bool {
    let start = max(0, w - 20)
    guard let verb = words[start..<w].lastIndex(where: { reportingVerbs.contains($0) }),
      !words[(verb + 1)..<w].contains(where: { $0 == ";" || $0 == "but" })
    else { return false }
    return words[max(0, verb - 5)..<verb].contains { talibanWords.contains($0) || $0 == "mujahid" }
  }

  /// Rules of handing a place over, whose type the recipient after "to" decides.
  static let handovers: SpelledWordSet = ["captured.surrendered-place", "captured.handed"]

  /// The side named after the first "to" among the `reach` words after word `w`, within three
  /// words of it and before its clause ends ("handed over Kohsan district to the government"),
  /// if any. With `readsOpponents` (a place that falls: "has fallen to the anti-Taliban
  /// forces", "fell back to uprising forces") uprising words name the locals, and "anti" before
  /// a Taliban word their opponents (the noun after it says which: militias are locals).
  static func recipient(_ words: [String], after w: Int, reach: Int = 8, readsOpponents: Bool = false) -> Actor? {
    guard let to = words[(w + 1)..<min(words.count, w + 1 + reach)].firstIndex(of: "to") else { return nil }
    var k = to + 1
    while k < min(words.count, to + 4) {
      let word = words[k]
      if readsOpponents, word == "anti", k + 1 < words.count, talibanWords.contains(words[k + 1]) {
        let noun = k + 2 < words.count ? words[k + 2] : ""
        return governmentWords.contains(noun) && noun != "forces" ? .government : .locals
      }
      if talibanWords.contains(word) { return .taliban }
      if readsOpponents, localWords.contains(word) { return .locals }
      if governmentWords.contains(word) { return .government }
      if word == "#place" || clauseBreaks.contains(word) { return nil }
      k += 1
    }
    return nil
  }

  /// Where the walk back to a trigger's subject starts: a verb coordinated by "and" ("forces
  /// withdrew after the Taliban seized the town, and moved to Kandahar") shares the subject
  /// of the sentence's first clause, so the walk starts at the first actor word, not at the
  /// words of a clause in between.
  static func subjectSearchEnd(_ words: [String], before w: Int) -> Int {
    guard w > 0, words[w - 1] == "and", w > 1, words[w - 2] == "," else { return w }
    let first = words[..<w].firstIndex { talibanWords.contains($0) || governmentWords.contains($0) || localWords.contains($0) }
    return first.map { $0 + 1 } ?? w
  }

  /// Civilians, who flee a place without giving it up.
  static let civilianWords: Set<String> = [
    "residents", "families", "civilians", "villagers", "people", "displaced", "refugees", "inhabitants",
    // ("Afghans are also fleeing from the Khanabad district", an aid agency said; "one mother
    // told us she had fled to Kabul with her children".)
    "afghans", "mother", "mothers", "father", "fathers", "children", "widow", "widows",
    // ("a single woman who fled Parwan to Kabul with her two sisters".)
    "woman", "women", "girl", "girls", "family", "wife", "daughter", "daughters", "sister", "sisters",
    // ("a resident of Panjwai told AFP as he took refuge in Kandahar city".)
    "resident", "villager", "refugee", "inhabitant",
    "prisoners", "inmates", "detainees", "students", "journalists", "staff", "workers",
    // ("5,700 IDPs fled to Jalalabad": internally displaced people, as aid reports name them.)
    "idps", "idp", "returnees", "evacuees",
    // A crowd counted without a noun ("thousands fled Kunduz").
    "thousands", "hundreds",
  ]

  /// Who a subject word names: an actor, or civilians, who take and give up nothing.
  enum Subject: Equatable {
    case actor(Actor)
    case civilians
  }

  /// The nearest subject word before position `w`, in its clause or, for a verb coordinated by
  /// ", and", the sentence's first clause (`subjectSearchEnd`); a Taliban word after "from" or
  /// "against" is an object and is passed over. With `civilians`, civilian words count too
  /// (before the locals they overlap: "residents").
  static func nearestSubject(_ words: [String], before w: Int, civilians: Bool = false) -> Subject? {
    var k = subjectSearchEnd(words, before: w) - 1
    while k >= 0 {
      k = skippingRelativeClause(words, at: k)
      guard k >= 0 else { break }
      let word = words[k]
      // "The Taliban took the district; its defenders fled to Kunar": a semicolon's clause
      // has its own subject.
      if word == ";" { break }
      // "beat back Taliban fighters who overran Kunduz": a verb in a relative clause has the
      // words "who" follows as its subject, though they are the object of the verb before.
      if word == "who", let subject = relativeSubject(words, before: k) { return subject }
      // (The lists the word is in, from one look-up: `subjectLists`.)
      let lists = subjectLists[word] ?? []
      if civilians, lists.contains(.civilian) { return .civilians }
      if word == "enemy" { return .actor(enemy(in: words)) }
      if lists.contains(.taliban) {
        if isAgainstTaliban(words, k) { return .actor(.government) }
        if isTalibanObject(words, k) {
          k -= 1
          continue
        }
        return .actor(.taliban)
      }
      let isGovernment = lists.contains(.government)
      let isLocal = lists.contains(.local)
      if isGovernment || isLocal, isTakenPeople(words, k) || isOpposed(words, k) {
        k -= 1
        continue
      }
      // ("the Taliban blew up the government compound after capturing the centre": a word of the
      // government before a building names the building, not who acted.)
      if isGovernment, k + 1 < w, governmentSites.contains(words[k + 1]) {
        k -= 1
        continue
      }
      // "Taliban forces", "the hardline militia" (not "anti-Taliban forces").
      if isGovernment || isLocal, k > 0, talibanWords.contains(words[k - 1]),
        k < 2 || words[k - 2] != "anti"
      {
        return .actor(.taliban)
      }
      if isGovernment { return .actor(.government) }
      if isLocal { return .actor(.locals) }
      k -= 1
    }
    return nil
  }

  /// The actor named in the three words before a "who" at `k` ("Taliban fighters who", "the
  /// commandos who"), or nil.
  static func relativeSubject(_ words: [String], before k: Int) -> Subject? {
    for j in stride(from: k - 1, through: max(0, k - 3), by: -1) {
      let lists = subjectLists[words[j]] ?? []
      if lists.contains(.taliban) { return isAgainstTaliban(words, j) ? .actor(.government) : .actor(.taliban) }
      if lists.contains(.government) || lists.contains(.local) {
        if j > 0, talibanWords.contains(words[j - 1]), j < 2 || words[j - 2] != "anti" { return .actor(.taliban) }
        return .actor(lists.contains(.government) ? .government : .locals)
      }
    }
    return nil
  }

  /// The subject lists `nearestSubject` asks a word about.
  struct SubjectLists: OptionSet, Sendable {
    let rawValue: UInt8
    static let taliban = SubjectLists(rawValue: 1)
    static let government = SubjectLists(rawValue: 2)
    static let local = SubjectLists(rawValue: 4)
    static let civilian = SubjectLists(rawValue: 8)
  }

  /// The lists each word of `talibanWords`, `governmentWords`, `localWords` and `civilianWords`
  /// is in: one hash of each word `nearestSubject` passes, where asking the sets one by one
  /// hashed a word that is in none of them six or seven times (4.4 M instructions of the 1 MB
  /// stream's 5.5 M there, callgrind, issue #16).
  static let subjectLists: [String: SubjectLists] = {
    var lists: [String: SubjectLists] = [:]
    for word in talibanWords { lists[word, default: []].insert(.taliban) }
    for word in governmentWords { lists[word, default: []].insert(.government) }
    for word in localWords { lists[word, default: []].insert(.local) }
    for word in civilianWords { lists[word, default: []].insert(.civilian) }
    return lists
  }()

  /// Whether the actor word at `k` is what a fight is against ("an onslaught against the Afghan
  /// government", "attacks on government forces"): the side attacked, not a subject.
  static func isOpposed(_ words: [String], _ k: Int) -> Bool {
    var j = k - 1
    while j >= 0, k - j <= 3, ["the", "afghan", "afghanistan", "local", "security", "national", "government", "its", "their"].contains(words[j]) { j -= 1 }
    return j >= 0 && ["against", "on"].contains(words[j])
  }

  /// Verbs that take people ("captured 20 soldiers", "killed dozens of police").
  static let peopleTakingVerbs = SpelledWordSet(Set(
    ["capture", "seize", "kill", "detain", "arrest", "ambush", "take", "abduct", "kidnap", "execute", "wound", "disarm", "free", "release"]
      .flatMap(Inflections.forms(of:))))

  /// Verbs that move people ("by mobilizing forces from other provinces", "deployed
  /// commandos"): the people they move are their object, not a subject (`isTakenPeople`).
  static let peopleMovingVerbs = SpelledWordSet(Set(
    ["mobilize", "mobilise", "deploy", "redeploy", "dispatch", "send", "bring", "amass", "mass"].flatMap(Inflections.forms(of:))))

  /// Words between such a verb and the people it took ("20", "dozens of", "the Afghan").
  static let countedPeopleWords: Set<String> = [
    "the", "a", "an", "dozens", "of", "several", "some", "many", "hundreds", "scores", "more", "than", "afghan",
    "security", "government", "national", "local", "their", "its",
    // ("captured some members of the Afghan security forces".)
    "members", "member",
  ]

  /// Whether the actor word at `k` is the object of a verb that takes or moves people, not a
  /// subject.
  static func isTakenPeople(_ words: [String], _ k: Int) -> Bool {
    var j = k - 1
    while j >= 0, k - j <= 7 {
      let word = words[j]
      if peopleTakingVerbs.contains(word) || peopleMovingVerbs.contains(word) { return true }
      guard countedPeopleWords.contains(word) || word.first?.isNumber == true || governmentWords.contains(word) else { return false }
      j -= 1
    }
    return false
  }

  /// Walking back to a subject: at the comma closing a relative clause ("The Taliban, who had
  /// been fighting Afghan forces for weeks, seized …"), the position before the clause's
  /// opening comma; elsewhere `k` itself. The clause's words are not the verb's subject.
  static func skippingRelativeClause(_ words: [String], at k: Int) -> Int {
    guard words[k] == "," else { return k }
    var j = k - 1
    while j >= 1, j >= k - 15 {
      if words[j] == "," || words[j] == ";" { break }
      if ["who", "which", "whose"].contains(words[j]), words[j - 1] == "," { return j - 2 }
      j -= 1
    }
    return k
  }

  /// Whether the Taliban word at `k` is an object, not a subject: after "from" or "against"
  /// ("drove the Taliban from"), in a phrase after "following", "amid" or "despite", or
  /// qualifying what was repelled or hit ("pushed back a Taliban attack and regained Nad Ali",
  /// "struck Taliban positions").
  static func isTalibanObject(_ words: [String], _ k: Int) -> Bool {
    let previous = k > 0 ? words[k - 1] : ""
    let next = k + 1 < words.count ? words[k + 1] : ""
    // ("retreated following the Taliban escalation of attacks, evacuating the district": a
    // preposition that takes no clause makes the Taliban word part of a noun phrase.)
    let nounPrepositions = ["from", "against", "following", "amid", "amidst", "despite"]
    // ("despite Taliban claims to have captured it": the Taliban's own claim, whose verb is theirs.)
    let ownsClaim = next == "claims" || next == "claim"
    return (!ownsClaim
      && (nounPrepositions.contains(previous)
        || (previous == "the" && k > 1 && (nounPrepositions.contains(words[k - 2]) || words[k - 2] == "of"))))
      || attackWords.contains(next) || ["positions", "hideouts", "targets"].contains(next)
      // "Commandos drove the insurgents back and reclaimed Jaghatu": the object of a verb of
      // fighting is not the next verb's subject.
      || actingOnVerbs.contains(previous) || (previous == "the" && k > 1 && actingOnVerbs.contains(words[k - 2]))
      // ("defeated a small Taliban force"; but "repelled a Taliban attempt to capture …" is the
      // Taliban's attempt, theirs.)
      || (isActedOn(words, k) && !attemptNouns.contains(next))
  }

  /// Words between a Taliban word and an actor noun that keep the force theirs ("Taliban-led
  /// forces", "Taliban special forces").
  static let ownForceWords: SpelledWordSet = ["led", "special", "elite", "red", "own", "commando", "backed", "military", "armed"]

  /// Nouns of those against the Taliban when the Taliban's name qualifies them ("Taliban opponents").
  static let opponentNouns: Set<String> = ["opponents", "foes", "enemies", "rivals"]

  /// Whether the Taliban word at `k` names those against the Taliban: "anti-Taliban",
  /// "anti-Taliban militants", or "Taliban opponents" ("Taliban opponents have conquered
  /// another district").
  static func isAgainstTaliban(_ words: [String], _ k: Int) -> Bool {
    (k > 0 && words[k - 1] == "anti") || (k + 1 < words.count && opponentNouns.contains(words[k + 1]))
      // ("anti-Taliban militants", "anti-Taliban rebels": a Taliban word their noun.)
      || (k > 1 && words[k - 2] == "anti" && talibanWords.contains(words[k - 1]))
  }

  /// Nouns of a try ("a Taliban attempt to capture"), whose owner is the one trying.
  static let attemptNouns: SpelledWordSet = ["attempt", "attempts", "bid", "bids", "effort", "efforts", "plan", "plans", "push"]

  /// Words that may stand between a verb and the Taliban it acts on ("defeated a small
  /// Taliban force", "drove the remaining militants out").
  static let actedOnFillers: Set<String> = [
    "the", "a", "an", "some", "small", "large", "big", "several", "many", "remaining", "local", "armed", "group", "of",
    // A verb's particle ("pushed back the Taliban", "fought off the militants", "drove out the insurgents").
    "back", "out", "off", "away",
  ]

  /// Whether the actor word at `k` (a Taliban word, or the noun of "Taliban fighters") is the
  /// object of a verb of fighting before it, past at most three determiners and adjectives
  /// (`actedOnFillers`): "The commandos defeated a small Taliban force and captured the
  /// district centre" — the commandos took it.
  static func isActedOn(_ words: [String], _ k: Int) -> Bool {
    var j = k - 1
    if j >= 0, talibanWords.contains(words[j]) { j -= 1 }
    var skipped = 0
    while j >= 0, skipped < 3, actedOnFillers.contains(words[j]) {
      j -= 1
      skipped += 1
    }
    return j >= 0 && actingOnVerbs.contains(words[j])
  }

  /// Verbs whose object the Taliban are when named right after them.
  static let actingOnVerbs = SpelledWordSet(Set(
    [
      "drive", "push", "repel", "repulse", "defeat", "rout", "expel", "chase", "engage", "attack", "fight", "kill",
      "ambush", "beat", "evict", "target", "battle", "confront", "resist", "kick", "flush",
    ].flatMap(Inflections.forms(of:))))

  /// The nearest actor word before position `w`, or nil.
  static func nearestActor(_ words: [String], before w: Int) -> Actor? {
    if case .actor(let actor)? = nearestSubject(words, before: w) { return actor }
    return nil
  }

  /// Whether the subject before position `w` is civilians ("residents fled from Kaldar"), or
  /// nil when a pronoun subject leaves it to the sentence before ("Families left Kunduz. Most
  /// had fled to Kabul": a pronoun subject is the last sentence's), which the caller then asks
  /// (`find`'s `previousSubjectIsCivilian`). (The sentence before was a closure argument here:
  /// passing it copied the whole `RuleTables` it captured, about 95 retains and releases, at
  /// every call, 2.6 M instructions on the 1 MB stream: callgrind, issue #16.)
  static func subjectIsCivilian(_ words: [String], before w: Int) -> Bool? {
    switch nearestSubject(words, before: w, civilians: true) {
    case .civilians?: return true
    case .actor?: return false
    case nil:
      guard words[..<w].contains(where: pronounSubjects.contains) else { return false }
      return nil
    }
  }

  /// Whether the nearest subject word before position `w`, within eight words of its clause,
  /// names an official ("President Ashraf Ghani flew to …", "the governor travelled to …")
  /// rather than forces ("the governor and his guards fled to …" has forces nearer).
  static func subjectIsOfficial(_ words: [String], before w: Int) -> Bool {
    var k = w - 1
    while k >= 0, k >= w - 8 {
      let word = words[k]
      if word == ";" || word == "." || clauseBreaks.contains(word) { return false }
      if officialTitles.contains(word) { return true }
      if subjectLists[word] != nil { return false }
      k -= 1
    }
    return false
  }
  /// Buildings a word of the government may name before them ("the government compound"):
  /// no actor (`nearestSubject`).
  static let governmentSites: SpelledWordSet = [
    "compound", "compounds", "building", "buildings", "office", "offices", "headquarters", "facilities", "installations",
    "property", "premises",
  ]
  /// Titles of officials who travel, not forces (`subjectIsOfficial`).
  static let officialTitles: Set<String> = [
    "president", "governor", "minister", "ambassador", "envoy", "delegation", "mp", "lawmaker", "senator",
    "spokesman", "spokesperson", "mayor", "diplomats", "diplomat",
  ]

  /// Who "the enemy" is in a sentence: the government in a Taliban statement (one that speaks
  /// of mujahideen or the Islamic Emirate), else (an official's words) the Taliban.
  static func enemy(in words: [String]) -> Actor {
    // (In the Taliban's own words the enemy is the government: "a Taliban spokesman said the
    // districts had been cleared of enemy forces".)
    // (So is one their jargon names: "the mercenary enemy claimed it has recaptured Doshi".)
    words.contains { ["mujahideen", "mujahidin", "emirate"].contains($0) || governmentJargon.contains($0) } || talibanSpeaks(words)
      ? .government : .taliban
  }

  /// Nouns of an effort a force's word may qualify ("their victorious military campaign"),
  /// which make that word no actor (`actorAndType`).
  /// (Only a campaign: "an army offensive retook it" is the army's.)
  static let effortNouns: Set<String> = ["campaign", "campaigns"]

  /// Subjects that stand for one named before ("they", "most", "many of them").
  static let pronounSubjects: Set<String> = ["they", "most", "many", "some", "others"]

  static func actorAndType(
    _ pattern: TriggerPattern, _ words: [String], _ w: Int, defaultActor: Actor
  ) -> (EventType, Actor) {
    // Passive ("the district was captured"): the subject is the place; the actor is the one
    // "by" names ("was seized by government forces"), else the default.
    // (So is a participle right after the place it qualifies: "Sheberghan, the Jawzjan province
    // capital seized earlier in the day", "the city seized by the Taliban on Saturday".)
    let participle = Self.looksLikeParticiple(words[w])
    // (An adverb may stand between: "had been fully liberated by the mujahideen".)
    let auxiliaryAt = w > 1 && passiveAdverbs.contains(words[w - 1]) ? w - 2 : w - 1
    if auxiliaryAt >= 0, participleAuxiliaries.contains(words[auxiliaryAt])
      || (participle && participlePlaces.contains(words[w - 1]))
      // An attributive participle ("inside the newly captured cities of Ghazni and Qalat", "the
      // recaptured district"): no subject before it is its actor.
      || (participle && w > 0 && attributiveParticipleLeads.contains(words[w - 1]))
      // ("captured by the Taliban on Monday and retaken by government forces": a participle
      // after "and" with its own agent.)
      || (participle && w > 0 && participleConjunctions.contains(words[w - 1]) && w + 1 < words.count && words[w + 1] == "by")
    {
      if let by = words[(w + 1)..<min(words.count, w + 6)].firstIndex(of: "by") {
        for word in words[(by + 1)..<min(words.count, by + 5)] {
          // ("liberated by the mujahideen": the Islamic Emirate's word for its fighters.)
          if talibanWords.contains(word) || word == "mujahideen" || word == "mujahidin" { return (.captured, .taliban) }
          if governmentWords.contains(word) || localWords.contains(word) { return (.recaptured, .government) }
          if word == "#place" || clauseBreaks.contains(word) { break }
        }
      }
      // "A Taliban spokesman said Bano district had been recaptured": a recapture with no agent
      // that the Taliban report is theirs.
      if pattern.type == .recaptured, reportedByTaliban(words, before: w) { return (.captured, .taliban) }
      return (pattern.type, defaultActor)
    }
    var k = subjectSearchEnd(words, before: w) - 1
    while k >= 0 {
      k = skippingRelativeClause(words, at: k)
      guard k >= 0 else { break }
      let word = words[k]
      // "beat back Taliban fighters who overran Kunduz": the words "who" follows
      // (`relativeSubject`).
      if word == "who", case .actor(let actor)? = relativeSubject(words, before: k) {
        return actor == .taliban ? (.captured, .taliban) : (.recaptured, actor)
      }
      // "the enemy has taken control of": in an official's words the enemy is the Taliban (in
      // a Taliban statement, with its mujahideen, it is the government).
      if word == "enemy" {
        return enemy(in: words) == .government ? (.recaptured, .government) : (.captured, .taliban)
      }
      if talibanWords.contains(word) {
        if isAgainstTaliban(words, k) { return (.recaptured, .government) }
        if isTalibanObject(words, k) {
          k -= 1
          continue
        }
        return (.captured, .taliban)
      }
      // "The group regained Jaghatu, which it had lost on Monday": in a report of the war "the
      // group", with nothing naming it otherwise, is the Taliban (not "the uprising group").
      // ("the terrorist group seized …", "the militant group": one describing word between.)
      if isTheGroup(words, at: k) { return (.captured, .taliban) }
      // Whether the word is an actor noun, asked once for the tests below. (They are pure, so
      // each asks it first: asked after the words before it, each word of the walk hashed up
      // to eight texts; the walk's 1 346 calls on the 1 MB stream cost 9.5 M instructions, 8.3 M
      // so: callgrind, issue #16.)
      // ("resumed their victorious military campaign": a force's word that qualifies the noun of
      // an effort after it names no actor.)
      // (Nor one before a building: "blew up the government compound after capturing …".)
      let isForce =
        (governmentWords.contains(word) || localWords.contains(word))
        && !(k + 1 < words.count && (effortNouns.contains(words[k + 1]) || governmentSites.contains(words[k + 1])))
      // "the hardline militia", "Taliban forces": a Taliban word before an actor noun.
      // ("anti-Taliban forces" are not.)
      // (Nor past a word that makes the force theirs: "Taliban-led forces", "Taliban special
      // forces", "the Taliban's elite units", "the Taliban military forces".)
      if k > 1, isForce || word == "units" || word == "unit", Self.ownForceWords.contains(words[k - 1]),
        talibanWords.contains(words[k - 2])
      {
        // ("anti-Taliban armed forces" are their opponents.)
        if k > 2, words[k - 3] == "anti" { return (.recaptured, localWords.contains(word) ? .locals : .government) }
        return (.captured, .taliban)
      }
      // "the movement's forces had taken control of", "the group's fighters": the forces of "the
      // group" of a war report (as above) are the Taliban's.
      if k > 0, isForce, isTheGroup(words, at: k - 1) { return (.captured, .taliban) }
      if k > 0, isForce, talibanWords.contains(words[k - 1]) {
        if k > 1, words[k - 2] == "anti" { return (.recaptured, localWords.contains(word) ? .locals : .government) }
        // ("defeated a small Taliban force and captured …": the force is the object.)
        if isActedOn(words, k) {
          k -= 2
          continue
        }
        return (.captured, .taliban)
      }
      if isForce {
        // "The Taliban claimed its forces have taken over Maidan Shar": whose forces the owner
        // before "its" or "their" says.
        if k > 0, ["its", "their"].contains(words[k - 1]) {
          k -= 2
          continue
        }
        // "captured 20 soldiers and later took Kaldar": soldiers taken are no subject.
        // ("their onslaught against the Afghan government …, said they had captured": nor is the
        // side attacked.)
        if isTakenPeople(words, k) || isOpposed(words, k) {
          k -= 1
          continue
        }
        if pattern.type == .recaptured { return (.recaptured, .government) }
        return (.recaptured, localWords.contains(word) ? .locals : .government)
      }
      k -= 1
    }
    return (pattern.type, defaultActor)
  }
}
