import Gazetteer

/// A Persian-script pattern of a `TriggerRule` row (the language is described in `DariRules`),
/// matched on the matching forms of tokens with free joints between words.
struct PersianPattern: Sendable {
  struct Choice: Sendable {
    let scalars: [Unicode.Scalar]
    /// `~`: the word may go on to the end of its token.
    let isStem: Bool
  }
  enum Slot: Sendable {
    case words([Choice], optional: Bool)
    case gap(Int)
  }

  let rule: TriggerRule
  let pattern: TriggerPattern
  let slots: [Slot]
  /// A verb whose subject, before it, is the actor: «را … کرد», «ونیول», «گرفت», «پاکسازی».
  let isTransitive: Bool

  init(_ text: String, rule: TriggerRule, pattern: TriggerPattern) {
    self.rule = rule
    self.pattern = pattern
    isTransitive =
      text.hasPrefix("را ") || ["ونیو", "نیول", "گرفت", "پاکسازی", "آزاد", "بېرته", "درآورد", "فتح کرد"].contains { text.contains($0) }
    slots = text.split(separator: " ").map { part in
      if part.hasPrefix("*"), let n = Int(part.dropFirst()) { return .gap(n) }
      let optional = part.hasSuffix("?")
      let body = optional ? part.dropLast() : part[...]
      let choices = body.split(separator: "|").map { choice -> Choice in
        let stem = choice.hasSuffix("~")
        let word = ArabicScript.matchingForm(String(stem ? choice.dropLast() : choice[...]))
        return Choice(scalars: Array(word.unicodeScalars), isStem: stem)
      }
      return .words(choices, optional: optional)
    }
  }

  /// Marks that end a clause for gaps and modality.
  static let clauseMarks: Set<String> = ["،", ",", "؛", ";", ".", ":", "؟", "?", "!", "«", "»", "(", ")", "\""]

  /// The token after the longest match starting at token `start`, or nil.
  /// - Parameter forms: the matching forms (as scalars) of the tokens; nil for punctuation.
  /// - Parameter skippable: whether a gap may skip each token (words and place names).
  func match(_ forms: [[Unicode.Scalar]?], _ skippable: [Bool], from start: Int, limit: Int) -> Int? {
    var best: Int? = nil
    // Position: token k, scalar c inside it (c == 0: at the token's start).
    func attempt(_ slot: Int, _ k: Int, _ c: Int) {
      if slot == slots.count {
        guard c == 0, k > start else { return }
        if best == nil || k > best! { best = k }
        return
      }
      switch slots[slot] {
      case .gap(let n):
        guard c == 0 else { return }
        var skip = 0
        var position = k
        while true {
          attempt(slot + 1, position, 0)
          guard skip < n, position < limit, skippable[position] else { return }
          position += 1
          skip += 1
        }
      case .words(let choices, let optional):
        if optional { attempt(slot + 1, k, c) }
        for choice in choices {
          var token = k
          var offset = c
          var matched = 0
          var failed = false
          while matched < choice.scalars.count {
            guard token < limit, let form = forms[token] else {
              failed = true
              break
            }
            if offset == form.count {
              token += 1
              offset = 0
              continue
            }
            if form[offset] != choice.scalars[matched] {
              failed = true
              break
            }
            offset += 1
            matched += 1
          }
          if failed { continue }
          if token < limit, let form = forms[token], offset == form.count {
            attempt(slot + 1, token + 1, 0)
          } else if choice.isStem {
            attempt(slot + 1, token + 1, 0)
          } else {
            // A joint inside a token («بهدست»): the next word goes on from here.
            attempt(slot + 1, token, offset)
          }
        }
      }
    }
    attempt(0, start, 0)
    return best
  }
}

/// Finds the triggers of a Persian-script sentence and their modality.
enum PersianTriggerFinder {
  /// Compiled rule tables by language.
  static let dari: [PersianPattern] = compile(DariRules.table)
  static let pashto: [PersianPattern] = compile(PashtoRules.table)

  static func compile(_ table: [TriggerRule]) -> [PersianPattern] {
    table.flatMap { rule in
      zip(rule.patterns, rule.compiled).map { PersianPattern($0.0, rule: rule, pattern: $0.1) }
    }
  }

  /// Words of a clause that make its trigger planned, conditional, feared or denied (matching
  /// forms). Dari: if, will, possibility, danger, attempt, intent, must, perhaps, denied; Pashto:
  /// if, the future particle «به», attempt, wants, threat, denied.
  static let modalCues: Set<String> = Set(
    [
      "اگر", "چنانچه", "خواهد", "خواهند", "احتمال", "خطر", "تلاش", "قصد", "ممکن", "شاید", "باید", "تکذیب",
      "رد", "هدف", "بازپسگیری",
    ].map(ArabicScript.matchingForm))
  static let pashtoModalCues: Set<String> = Set(
    ["که", "کهچیری", "به", "هڅه", "غواړي", "ګواښ", "تکذیب", "رد", "اوازې", "اوازه"].map(ArabicScript.matchingForm))
  /// Negations next to the trigger («نیست», «نه لري», «نشده»), and «بدون»/«پرته» (without).
  static let negations: Set<String> = Set(
    ["نیست", "نه", "نشده", "نشد", "نکرد", "نکرده", "نمی", "نشی", "نشي", "بدون", "نهدی", "نیستند", "مانا", "معنی"].map(
      ArabicScript.matchingForm))
  /// Conjunctions that end a clause for modality.
  static let clauseWords: Set<String> = Set(["اما", "ولی", "خو", "لیکن", "ولې"].map(ArabicScript.matchingForm))
  static let casualtyWords: Set<String> = Set(
    ["کشته", "زخمی", "ناپدید", "اسیر", "ووژل", "ټپیان", "ټپي"].map(ArabicScript.matchingForm))
  static let localWords: Set<String> = Set(
    ["خیزش", "خیزشهای", "مردم", "مردمی", "اندرابیها", "پاڅونوال", "خلک", "ولسي"].map(ArabicScript.matchingForm))

  static func find(_ tokens: [Token], sentence: Sentence, language: DocumentLanguage, inMention: [Bool]) -> [Trigger] {
    let patterns = language == .ps ? pashto : dari
    let range = sentence.tokens
    // Forms of the sentence's tokens, indexed from the sentence's first token.
    let base = range.lowerBound
    var forms: [[Unicode.Scalar]?] = Array(repeating: nil, count: range.count)
    var skippable = Array(repeating: false, count: range.count)
    // Gaps skip words, place names and the list comma, not the other clause marks.
    for k in range
    where tokens[k].kind != .punctuation || !PersianPattern.clauseMarks.contains(tokens[k].lower)
      || tokens[k].lower == "،" || tokens[k].lower == ","
    {
      skippable[k - base] = true
      if tokens[k].kind != .punctuation && !inMention[k] { forms[k - base] = Array(tokens[k].lower.unicodeScalars) }
    }
    var triggers: [Trigger] = []
    var k = range.lowerBound
    while k < range.upperBound {
      guard forms[k - base] != nil else {
        k += 1
        continue
      }
      var best: (PersianPattern, Int)? = nil
      for pattern in patterns {
        if let end = pattern.match(forms, skippable, from: k - base, limit: range.count).map({ $0 + base }),
          end > (best?.1 ?? k)
        {
          best = (pattern, end)
        }
      }
      guard let (pattern, end) = best else {
        k += 1
        continue
      }
      var type = pattern.rule.type
      var actor: Actor =
        switch type {
        case .captured, .contested: .taliban
        case .recaptured, .retreatedTo: .government
        case .mobilization: .locals
        }
      // Who took it: an actor named inside the wording («به کنترل نیروهای دولتی درآمد»), else, for
      // a transitive wording («ونیوله», «را تصرف کردند»), the nearest one before it in its clause.
      // «سقوط کرد» (fell) has no actor («نیروهای امنیتی گفتند که X سقوط کرد»). Government or
      // local forces taking a place retake it; the Taliban taking it back capture it.
      if type == .captured || type == .recaptured, !pattern.pattern.ignoresActor {
        let clauseStart = (range.lowerBound..<k).last { persianClauseOpeners.contains(tokens[$0].lower) }.map { $0 + 1 }
        let before = (clauseStart ?? range.lowerBound)..<k
        let transitiveActor =
          pattern.isTransitive && !isPassive(tokens, after: end, in: range) ? nearestActor(tokens, in: before) : nil
        switch nearestActor(tokens, in: k..<end) ?? transitiveActor {
        case .government?:
          type = .recaptured
          actor = .government
        case .locals?:
          type = .recaptured
          actor = .locals
        case .taliban?:
          type = .captured
          actor = .taliban
        case nil:
          break
        }
      }
      // «۱۹ نیروی امنیتی و خیزش مردمی کشته شده»: a casualty count names fighters, not a rising.
      let casualty =
        pattern.rule.type == .mobilization
        && tokens[end..<min(range.upperBound, end + 4)].contains { casualtyWords.contains($0.lower) }
      // «طالبان … را ترک کردند»: the Taliban leaving a place give nothing up.
      let talibanLeaving =
        pattern.pattern.ignoresActor && type == .captured
        && nearestActor(tokens, in: ((range.lowerBound..<k).last { persianClauseOpeners.contains(tokens[$0].lower) }.map { $0 + 1 } ?? range.lowerBound)..<k) == .taliban
      triggers.append(
        Trigger(
          pattern: pattern.pattern, tokens: k..<end, sentence: sentence.index, type: type, actor: actor,
          rule: type == pattern.rule.type ? pattern.rule.id : "\(type.rawValue).by-actor",
          isIrrealis: casualty || talibanLeaving || isIrrealis(tokens, k..<end, in: range, language: language)))
      k = end
    }
    return triggers
  }

  /// Words that open a clause: an actor before them is not the subject of a verb after them.
  static let persianClauseOpeners: Set<String> = Set(["که", "چې", "اما", "ولی", "خو", "؛", ":"].map(ArabicScript.matchingForm))

  /// A hold a place is freed from («د طالبانو له منګولو», «له ولکې»).
  static let holdWords: Set<String> = Set(["منګولو", "ولکې", "کنټرول", "واکه"].map(ArabicScript.matchingForm))

  static let talibanWords: Set<String> = Set(
    ["طالبان", "طالبانو", "طالب", "مجاهدین", "جنگجویان", "وسلهوال", "وسلهوالو", "دشمن", "دښمن", "شبهنظامیان", "هراسافگنان"]
      .map(ArabicScript.matchingForm))
  static let governmentWords: Set<String> = Set(
    [
      "نیروهای", "دولت", "دولتی", "حکومت", "حکومتي", "اردو", "اردوی", "کوماندو", "کوماندوها", "نظامیان", "ارتش",
      "ځواکونو", "ځواکونه", "پولیس", "پولیسو", "کومانډویانو", "سرتېرو", "سربازان",
    ].map(ArabicScript.matchingForm))
  static let localActorWords: Set<String> = Set(
    ["خیزش", "خیزشهای", "پاڅونوالو", "پاڅونوال", "مردم", "اندرابیها"].map(ArabicScript.matchingForm))

  /// The actor named last in `range`; a Taliban word right after «از», «له», «ضد» or «برابر»
  /// is who a place was taken from or fought against, and is passed over.
  static func nearestActor(_ tokens: [Token], in range: Range<Int>) -> Actor? {
    var k = range.upperBound - 1
    while k >= range.lowerBound {
      let w = tokens[k].lower
      let previous = k > range.lowerBound ? tokens[k - 1].lower : ""
      let twoBack = k - 1 > range.lowerBound ? tokens[k - 2].lower : ""
      if talibanWords.contains(w) {
        // «از طالبان», «له طالبانو», «از وجود طالبان», «د طالبانو پر ضد».
        // «د طالبانو له منګولو» (from the Taliban's clutches): whose hold it was, no subject.
        let next = k + 1 < tokens.count ? tokens[k + 1].lower : ""
        let afterNext = k + 2 < tokens.count ? tokens[k + 2].lower : ""
        let fromTheirHold = holdWords.contains(next) || (next == "له" && holdWords.contains(afterNext))
        if ["از", "له", "ضد", "برابر"].contains(previous) || ["از", "له"].contains(twoBack) || fromTheirHold {
          k -= 1
          continue
        }
        return .taliban
      }
      if governmentWords.contains(w) { return .government }
      if localActorWords.contains(w) { return .locals }
      k -= 1
    }
    return nil
  }

  /// A negated Dari verb: «نکرده», «نکردند», «نشده», «نمیکند», «نیست».
  static func isNegatedVerb(_ w: String) -> Bool {
    ["نکرد", "نشد", "نمی", "نیست", "نگرد", "نداد", "نیامد"].contains { w.hasPrefix($0) }
  }

  /// «… ونیول شوه», «… تصرف شد»: a passive verb, whose place is its subject and actor unnamed.
  static func isPassive(_ tokens: [Token], after end: Int, in range: Range<Int>) -> Bool {
    guard end < range.upperBound else { return false }
    let w = tokens[end].lower
    return w.hasPrefix("شو") || w.hasPrefix("شد")
  }

  /// Modal or conditional cues in the trigger's clause (back to the clause's start, forward to
  /// its end), and negations within two words of it.
  static func isIrrealis(_ tokens: [Token], _ trigger: Range<Int>, in range: Range<Int>, language: DocumentLanguage) -> Bool {
    func breaks(_ k: Int) -> Bool {
      tokens[k].kind == .punctuation && PersianPattern.clauseMarks.contains(tokens[k].lower)
        || clauseWords.contains(tokens[k].lower)
    }
    let cues = language == .ps ? pashtoModalCues.union(modalCues.subtracting(["به"])) : modalCues
    var k = trigger.lowerBound - 1
    var seen = 0
    while k >= range.lowerBound, seen < 30, !breaks(k) {
      if cues.contains(tokens[k].lower) { return true }
      if seen == 0, negations.contains(tokens[k].lower) { return true }
      k -= 1
      seen += 1
    }
    for j in trigger where j > trigger.lowerBound {
      if negations.contains(tokens[j].lower) || cues.contains(tokens[j].lower) && language == .ps && tokens[j].lower == "به" {
        return true
      }
    }
    k = trigger.upperBound
    seen = 0
    // Forward, «و»/«او» also ends the clause («… کلابند دی او که …»).
    while k < range.upperBound, seen < 8, !breaks(k), tokens[k].lower != "و", tokens[k].lower != "او" {
      if cues.contains(tokens[k].lower) && tokens[k].lower != "به" { return true }
      // The clause's verb, at its end, may be negated («… را تأیید نکرده است»).
      if negations.contains(tokens[k].lower) || isNegatedVerb(tokens[k].lower) { return true }
      k += 1
      seen += 1
    }
    return false
  }
}
