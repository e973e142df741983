import Foundation
import Gazetteer

extension EventExtractor {
  /// The events of a Dari or Pashto report: `PersianTokenizer`, `PersianMentionFinder`,
  /// `PersianTriggerFinder` (rules `DariRules`, `PashtoRules`) and `PersianDateFinder`, then
  /// the same resolution, dating and deduplication as English reports (`events(from:…)`).
  ///
  /// Both languages put the verb at the end of its clause, so a place takes the nearest trigger
  /// after it whose wording takes its place before it; a noun («سقوط ولسوالی X») or a trigger
  /// that takes either side may take the place after it. A movement's trigger («فرار کردند»,
  /// «انتقال شول») takes only its destination («به X», «X ته»); a withdrawal's trigger takes its
  /// destination as `retreated_to` and any other place as a capture.
  func extractPersian(_ document: Document, language: DocumentLanguage) -> [Event] {
    let source = SourceText(document.text)
    let tokens = PersianTokenizer.tokens(source)
    let sentences = PersianTokenizer.sentences(tokens)
    guard !sentences.isEmpty else { return [] }
    let mentions = PersianMentionFinder(index: index, language: language).find(tokens, sentences: sentences, source: source)
    var inName = Array(repeating: false, count: tokens.count)
    for mention in mentions where !mention.isBackReference { for k in mention.tokens { inName[k] = true } }
    let triggers = sentences.map {
      PersianTriggerFinder.find(tokens, sentence: $0, language: language, inMention: inName)
    }
    let dates = sentences.map { PersianDateFinder.find(tokens, in: $0.tokens, published: document.published) }
    let context = ProvinceContext(mentions: mentions, index: index)
    var mentionsBySentence = Array(repeating: [Int](), count: sentences.count)
    for m in mentions.indices { mentionsBySentence[mentions[m].sentence].append(m) }

    var drafts: [Draft] = []
    var sieges: [Draft] = []
    for sentence in sentences {
      let inSentence = mentionsBySentence[sentence.index]
      let sentenceTriggers = triggers[sentence.index]
      guard !inSentence.isEmpty, !sentenceTriggers.isEmpty else { continue }
      var containedProvinces = Set<String>()
      for m in inSentence where mentions[m].hint != .province && !mentions[m].isDemonym {
        let local = mentions[m].matches.filter { $0.place.level == .district || $0.place.level == .town }
        if !local.isEmpty, local.count == mentions[m].matches.count || mentions[m].hint != nil {
          for match in local { if let p = match.place.provincePcode { containedProvinces.insert(p) } }
        }
      }
      let hasDemonym = inSentence.contains { mentions[$0].isDemonym }
      for m in inSentence {
        let mention = mentions[m]
        if mention.isAttributive || mention.isLandmark || mention.isExcepted { continue }
        guard let nearest = Self.persianTrigger(for: mention, in: sentenceTriggers, tokens, inName: inName) else { continue }
        var candidates = [nearest]
        // «X پس از دو هفته محاصره … سقوط کرد»: the place of a siege stated as before the fall is
        // also the place of the fall that follows.
        if Self.isSiegeBeforeAFall(nearest.0, tokens, in: sentence),
          let next = Self.persianTrigger(
            for: mention, in: sentenceTriggers.filter { $0.tokens.lowerBound >= nearest.0.tokens.upperBound }, tokens,
            inName: inName)
        {
          candidates.append(next)
        }
        for (trigger, distance) in candidates where !trigger.isIrrealis {
          var type = trigger.type
          var rule = trigger.rule
          if type == .retreatedTo {
            guard mention.isDestination else { continue }
          } else if trigger.pattern.ignoresActor, mention.isDestination {
            type = .retreatedTo
            rule = trigger.rule.replacingOccurrences(of: "captured.withdrew", with: "retreated.withdrew")
          }
          if mention.isDemonym, type != .mobilization { continue }
          if type == .mobilization, hasDemonym, !mention.isDemonym { continue }
          guard let (place, alternatives) = resolve(mention, for: type, context: context) else { continue }
          if type != .mobilization, place.level == .province,
            containedProvinces.contains(place.id) || mention.afterPreposition
          {
            continue
          }
          if type != .mobilization, place.level == .region { continue }
          var confidence = trigger.pattern.strength
          if distance > 8 { confidence *= 0.9 }
          if mention.isBackReference { confidence *= 0.8 }
          if !alternatives.isEmpty { confidence *= 0.6 }
          // «د ښار ځینې برخې یې نیولې دي», «بخشهایی از شهر را تصرف کردند»: part of the place.
          let partOf = tokens[max(sentence.tokens.lowerBound, trigger.tokens.lowerBound - 4)..<trigger.tokens.lowerBound]
            .contains { Self.persianPartWords.contains($0.lower) }
          if mention.isPartial || partOf, type == .captured || type == .recaptured {
            type = .contested
            rule = "contested.partial"
          }
          let actor: Actor =
            type == trigger.type ? trigger.actor : (type == .contested ? .taliban : type == .retreatedTo ? .government : trigger.actor)
          let attached = trigger.retyped(type, actor: actor, rule: rule, isIrrealis: false)
          let draft = Draft(mention: mention, trigger: attached, place: place, alternatives: alternatives, confidence: confidence)
          drafts.append(draft)
          if type == .contested, Self.isSiegeBeforeAFall(attached, tokens, in: sentence) { sieges.append(draft) }
        }
      }
    }
    var found = events(from: drafts, document: document, sentences: sentences, dates: dates, tokens: tokens, source: source, byWordID: false)
    // «پس از چندین هفته محاصره … سقوط کرد», «تر څو ورځنۍ کلابندۍ وروسته»: a siege the text
    // places before the fall is an event of its own, which the same-report rule (a captured
    // place is not also contested) would drop when neither is dated.
    if !sieges.isEmpty {
      let kept = Set(found.map { "\($0.type.rawValue)|\($0.place.pcode)" })
      let extra = events(from: sieges, document: document, sentences: sentences, dates: dates, tokens: tokens, source: source, byWordID: false)
        .filter { !kept.contains("\($0.type.rawValue)|\($0.place.pcode)") }
      if !extra.isEmpty {
        found += extra
        found.sort { ($0.span[0], $0.type, $0.place.pcode) < ($1.span[0], $1.type, $1.place.pcode) }
        for i in found.indices { found[i].id = "\(document.id)#\(i + 1)" }
      }
    }
    for i in found.indices { found[i].language = language }
    return found
  }

  /// Words that place a siege before what follows: «پس از», «بعد از», «وروسته».
  static let persianBeforeWords: Set<String> = ["پس", "بعد", "وروسته"]

  /// Whether a siege trigger is stated as preceding the rest of its sentence («پس از ۵ روز
  /// محاصره», «تر څو ورځنۍ کلابندۍ وروسته») in a sentence that also states a capture.
  static func isSiegeBeforeAFall(_ trigger: Trigger, _ tokens: [Token], in sentence: Sentence) -> Bool {
    guard trigger.rule.hasSuffix(".siege"), !trigger.tokens.isEmpty else { return false }
    let window = max(sentence.tokens.lowerBound, trigger.tokens.lowerBound - 4)..<min(sentence.tokens.upperBound, trigger.tokens.upperBound + 2)
    return tokens[window].contains { persianBeforeWords.contains($0.lower) }
  }

  /// Words for a part of a place, right before a capture («برخې», «بخشهای»).
  static let persianPartWords: Set<String> = [
    "برخې", "برخو", "بخشهای", "بخشهایی", "بخشی", "قسمتهای", "قسمتی", "ځینې", "سیمې", "سیمو", "مناطق", "مناطقی",
    "ډېری", "بیشتر", "روستاهای", "قریههای", "کلي", "کلیو",
  ]
    .reduce(into: []) { $0.insert(ArabicScript.matchingForm($1)) }

  /// Clause openers between a trigger and a place after it: the place is in another clause.
  static let persianRelatives: Set<String> = ["که", "چی", "چې", "اما", "ولی", "خو"].reduce(into: []) {
    $0.insert(ArabicScript.matchingForm($1))
  }

  /// The trigger a Persian-script place attaches to, and how many words lie between them.
  static func persianTrigger(
    for mention: Mention, in triggers: [Trigger], _ tokens: [Token], inName: [Bool]
  ) -> (Trigger, Int)? {
    var best: (Trigger, Int, Bool)? = nil
    for trigger in triggers {
      let placeBefore = mention.tokens.upperBound <= trigger.tokens.lowerBound
      let inside = trigger.tokens.contains(mention.tokens.lowerBound)
      let gap: Range<Int> =
        inside
        ? mention.tokens.lowerBound..<mention.tokens.lowerBound
        : placeBefore ? mention.tokens.upperBound..<trigger.tokens.lowerBound : trigger.tokens.upperBound..<mention.tokens.lowerBound
      let side = trigger.pattern.side
      if !inside {
        if placeBefore, side == .after || side == .afterOnly { continue }
        if !placeBefore, side == .before || side == .beforeOnly { continue }
        if !placeBefore, gap.contains(where: { persianRelatives.contains(tokens[$0].lower) }) { continue }
      }
      var distance = 0
      for k in gap where tokens[k].kind != .punctuation && !inName[k] {
        let w = tokens[k].lower
        if PersianMentionFinder.districtWords.contains(w) || PersianMentionFinder.provinceWords.contains(w)
          || PersianMentionFinder.cityWords.contains(w) || w == "د"
        {
          continue
        }
        distance += 1
      }
      if let maxGap = trigger.pattern.maxGap, distance > maxGap { continue }
      // «… وارد شهر X شدند و این شهر … سقوط کرد»: a back reference opens a clause of its own,
      // whose verb follows it.
      if !placeBefore, !inside, mention.isBackReference { distance += 3 }
      let limit = trigger.type == .mobilization ? 40 : 30
      guard distance <= limit else { continue }
      if best == nil || distance < best!.1 || (distance == best!.1 && placeBefore && !best!.2) {
        best = (trigger, distance, placeBefore)
      }
    }
    return best.map { ($0.0, $0.1) }
  }
}

