public import Gazetteer
import Chronology

/// Finds reported changes of control and local mobilisation in news text and links each to a
/// gazetteer place, with its date and provenance.
///
/// The extractor is rule based and deterministic: sentences are split, place names found through
/// the `PlaceIndex`, trigger phrases matched (`Rules/`), each place (or list of places) attached
/// to the nearest trigger of its sentence that suits its level, planned or denied statements
/// dropped, names used in two provinces resolved from the provinces the text names, and dates
/// resolved against the publication date.
///
/// - Important: `EventExtractor` is an immutable `Sendable` value; one instance may serve many
///   tasks at once.
public struct EventExtractor: Sendable {
  public let index: PlaceIndex
  /// The rules' word lists and the gazetteer's keys as tables by word id (built once here).
  let tables: RuleTables
  /// The mention finder of `index` and `tables`, made once: made for every report, it copied
  /// `tables`, about 95 retains and releases a report (callgrind, perf, issue #16).
  let mentionFinder: MentionFinder

  public init(index: PlaceIndex) {
    self.index = index
    let tables = RuleTables(index: index)
    self.tables = tables
    mentionFinder = MentionFinder(index: index, tables: tables)
  }

  /// A place–trigger pairing before dates, deduplication and ids.
  struct Draft {
    let mention: Mention
    let trigger: Trigger
    let place: Place
    let alternatives: [Place]
    var confidence: Double
    /// A capture only claimed or rumoured ("some reports say the Taliban captured …"): it does
    /// not settle a contest the report states for the place.
    var isHedged = false
    /// A capture one side claims and the other denies or disputes (`Event/isDisputed`).
    var isDisputed = false
    /// The token position whose nearest date dates the event, when not the trigger's: a list
    /// that shares a verb stated once ("Taloqan on Monday") has its own date after it.
    var dateAnchor: Int? = nil
  }

  /// The events a document states, in text order, with ids `<doc>#1`, `<doc>#2`, …
  public func extract(_ document: Document) -> [Event] {
    if document.language == nil, let segments = LanguageSegments.split(document.text) {
      return extractInParts(document, segments)
    }
    let language = document.language ?? DocumentLanguage.detect(document.text)
    // A very long report is read a stretch of whole sentences at a time, so that memory and
    // time grow with the report, not with its square.
    if let chunks = LanguageSegments.chunks(document.text, language: language) {
      return extractInParts(document, chunks)
    }
    if language != .en { return extractPersian(document, language: language) }
    let source = SourceText(document.text)
    let tokens = Tokenizer.readingAppositionDashes(
      Tokenizer.droppingEditorialMarks(Tokenizer.tokens(source, lexicon: tables.lexicon)), comma: tables.commaWord)
    let sentences = Tokenizer.sentences(tokens, source)
    guard !sentences.isEmpty else { return [] }
    var mentions = mentionFinder.find(tokens, sentences: sentences, source: source)
    mentions = Self.withoutSoundsInsideNamedDistricts(Self.withProvincesBeside(mentions, index: index), tokens)
    // Names (not back references: "forces left the district") hide their words from the rules.
    var inName = Array(repeating: false, count: tokens.count)
    for mention in mentions { for k in mention.tokens { inName[k] = true } }
    mentions = withBackReferences(mentions, tokens, sentences, source)
    var inMention = Array(repeating: false, count: tokens.count)
    for mention in mentions { for k in mention.tokens { inMention[k] = true } }
    // "Kunduz, July 14 (Pajhwok): … this morning": relative days count from the dateline's day.
    // (Also on a line of its own after a headline or a time stamp: "Balkh falls to Taliban\n\n
    // TEHRAN, Jun. 22 (MNA) – …".)
    var datelineStart = 0
    var dateline: Day? = nil
    for sentence in sentences.prefix(Self.datelineReach) {
      let start = sentence.tokens.lowerBound
      guard start == 0 || tokens[start].followsLineBreak else { continue }
      if let day = Self.datelineDay(tokens, from: start, published: document.published, tables: tables) {
        dateline = day
        datelineStart = sentence.index
        break
      }
    }
    let anchor = dateline ?? document.published
    // (Loops, not `map` closures, here and for the triggers below: each closure captured a copy
    // of the extractor, its rule tables' hundreds of arrays and sets retained and released,
    // about 35 000 instructions a report: callgrind, issue #16.)
    var dates: [[DateMention]] = []
    dates.reserveCapacity(sentences.count)
    for sentence in sentences {
      dates.append(DateFinder.find(tokens, in: sentence.tokens, published: anchor, tables: tables))
    }
    // Time phrases ("on Thursday night", "late on Tuesday") are no distance between a verb and
    // its places, nor between the words of a trigger ("retreated late on Sunday to Nili").
    var inDate = Array(repeating: false, count: tokens.count)
    for sentenceDates in dates {
      for date in sentenceDates {
        for k in date.tokens { inDate[k] = true }
        var k = date.tokens.lowerBound - 1
        // (The lists by word id, `TokenWordList`: no text hashed per word.)
        while k >= 0, k >= date.tokens.lowerBound - 2, tables.timeLeaders.contains(tokens, at: k) {
          inDate[k] = true
          k -= 1
        }
        if date.tokens.upperBound < tokens.count, tables.partsOfDay.contains(tokens, at: date.tokens.upperBound) {
          inDate[date.tokens.upperBound] = true
        }
      }
    }
    var triggers: [[Trigger]] = []
    triggers.reserveCapacity(sentences.count)
    var triggerScratch = TriggerFinder.Scratch()
    for s in sentences.indices {
      triggers.append(
        TriggerFinder.find(
          tokens, sentence: sentences[s], previous: s > 0 ? sentences[s - 1].tokens : nil, tables: tables, inMention: inName,
          timePhrase: inDate, scratch: &triggerScratch))
      // "The insurgents are now within 90 miles of Kabul": an advance still far off puts no
      // place in question.
      triggers[s].removeAll { $0.rule.spells("contested.approach") && Self.approachIsFar($0.tokens, tokens) }
    }
    // "The governor of Farah province along with the mayor of Farah city … have surrendered to
    // the Taliban": officials of a place who surrender give it up (a province's, its capital).
    var surrenderedBy: [Range<Int>: [Int]] = [:]
    for sentenceTriggers in triggers {
      // (The rule read in place first, and a trigger copied only past it, here and below: each
      // loop over the sentence's triggers copied every one, 3 100 on the 1 MB stream.)
      for t in sentenceTriggers.indices where Trigger.rule(of: t, in: sentenceTriggers).spells("captured.surrendered") {
        let trigger = sentenceTriggers[t]
        guard !trigger.isIrrealis, !trigger.tokens.isEmpty else { continue }
        let officials = Self.officialsBefore(trigger, tokens, mentions, sentenceStart: sentences[trigger.sentence].tokens.lowerBound)
        guard !officials.isEmpty else { continue }
        surrenderedBy[trigger.tokens] = officials
        for m in officials {
          mentions[m].isAttributive = false
          mentions[m].afterPreposition = false
          mentions[m].isPossessor = false
          if mentions[m].matches.contains(where: { $0.place.level == .province }) { mentions[m].hint = .city }
        }
      }
    }
    // The dateline's own date is the report's day, not the day of the first sentence's event
    // ("Qala-e-Naw, July 8: fighters entered the city on Wednesday" happened on the 7th).
    let datelineFrom = sentences[datelineStart].tokens.lowerBound
    if dateline != nil,
      let first = dates[datelineStart].firstIndex(where: { $0.day == dateline && $0.tokens.lowerBound < datelineFrom + 12 })
    {
      dates[datelineStart][first].isNotEventDay = true
      dates[datelineStart][first].isDateline = true
    }
    // "seized control of Kunduz": a preposition that ends a trigger phrase introduces its
    // object, not a container.
    // (The triggers' fields read in place, here and in the loops over a sentence's triggers
    // below: `for trigger in sentenceTriggers` copied every trigger, its pattern's and its
    // rule's storage retained and released, about 12 000 copies on the 1 MB stream: callgrind,
    // issue #16.)
    for sentenceTriggers in triggers {
      for t in sentenceTriggers.indices where !Trigger.tokens(of: t, in: sentenceTriggers).isEmpty {
        let span = Trigger.tokens(of: t, in: sentenceTriggers)
        let rule = Trigger.rule(of: t, in: sentenceTriggers)
        // "… of", "… over", a retreat's "… to", an entry's "… into" ("are inside Kandahar",
        // "fought their way into Herat": the city): the object, not a container.
        let last = Token.lower(at: span.upperBound - 1, in: tokens)
        let endsInPreposition =
          Self.objectPrepositions.contains(last)
          || (Trigger.type(of: t, in: sentenceTriggers) == .retreatedTo && Self.retreatObjectPrepositions.contains(last))
          // ("Afghan commandos regrouped in Bamyan province": where they regrouped.)
          || (rule.spells("retreated_to.regrouped") && Self.regroupObjectPrepositions.contains(last))
          || ((rule.spells("contested.entered") || rule.spells("captured.unopposed") || rule.spells("captured.entered-takeover"))
            && Self.entryObjectPrepositions.contains(last))
          // (So is the place an advance is towards: "drew closer to Kabul", "advanced towards
          // Kunduz" is the city; and the one a noose tightens around: "tightened the noose
          // around Panjshir".)
          || ((rule.spells("contested.approach") || rule.spells("contested.pressing") || rule.spells("contested.sent-fighters"))
            && Self.advanceObjectPrepositions.contains(last))
        var next = span.upperBound
        while next < tokens.count,
          Self.isObjectLeader(Token.lower(at: next, in: tokens)) || tables.directionAdjectives.contains(tokens, at: next)
        {
          next += 1
        }
        // "captured the province of Faryab", "took control of the city of Ghazni".
        var named = false
        if next + 1 < tokens.count, case let noun = Token.lower(at: next, in: tokens),
          noun == "province" || noun == "city" || noun == "district" || noun == "town",
          Token.lower(at: next + 1, in: tokens) == "of"
        {
          next += 2
          named = true
        }
        // "Government forces withdrew from Kunduz": a place given up, named as a province and
        // its capital both, is the city (a province is given up as such: "withdrew from the
        // province", "from all of Badakhshan").
        if last == "from", TriggerFinder.givingUp.contains(rule), !named,
          let object = mentions.firstIndex(where: { $0.tokens.lowerBound == next }), mentions[object].hint == nil,
          mentions[object].matches.contains(where: { $0.place.level == .province }),
          mentions[object].matches.contains(where: { $0.place.level == .district && $0.place.isCapital })
        {
          mentions[object].hint = .city
          mentions[object].afterPreposition = false
        }
        // "The offensive culminated in Kabul's capture", "ended in Kabul's fall": a place whose
        // possessive the trigger's noun follows is that noun's object; the preposition before
        // it governs the whole phrase, not the place (no container there).
        if span.lowerBound >= 3, TriggerFinder.endsPossessive(tokens, at: span.lowerBound - 1),
          let owner = mentions.firstIndex(where: { $0.tokens.upperBound == span.lowerBound - 2 })
        {
          mentions[owner].afterPreposition = false
        }
        guard endsInPreposition || named else { continue }
        guard let first = mentions.firstIndex(where: { $0.tokens.lowerBound == next }) else { continue }
        // (Not a province in brackets after an item, its container: "regained control of Qarqin
        // (Jawzjan)".)
        for m in Self.members(ofList: Mention.list(of: first, in: mentions), mentions) {
          let bracketed =
            Mention.tokens(of: m, in: mentions).lowerBound > 0
            && Token.lower(at: Mention.tokens(of: m, in: mentions).lowerBound - 1, in: tokens) == "("
            && Mention.hint(m, in: mentions) == .province
          if bracketed, m != first { continue }
          mentions[m].afterPreposition = false
          if named { mentions[m].isNamedObject = true }
        }
      }
    }
    let context = ProvinceContext(mentions: mentions, index: index)
    // Mentions of each sentence, in text order.
    var mentionsBySentence = Array(repeating: [Int](), count: sentences.count)
    for m in mentions.indices { mentionsBySentence[Mention.sentence(of: m, in: mentions)].append(m) }

    var drafts: [Draft] = []
    // The trigger a sentence of items took from a header before it ("Capitals captured by the
    // Taliban:" then "- Zaranj (Nimroz), 6 August" on each line), for the next item.
    var headerTrigger: Trigger? = nil
    // The change of control each sentence elaborates (below), by sentence.
    var elaborated: [Int: (type: EventType, origin: (sentence: Int, tokens: Range<Int>))] = [:]
    // The change of control a sentence of places that followed took from the one before, by
    // sentence ("This was followed by Sheberghan … Then came Kunduz": a chain of them).
    var followed: [Int: Trigger] = [:]
    for sentence in sentences {
      let inSentence = mentionsBySentence[sentence.index]
      var sentenceTriggers = triggers[sentence.index]
      let isItem = sentence.index > 0 && (Self.isListItem(tokens, sentence) || Self.isLabelledItem(tokens, sentence))
      let listHeader: Trigger? =
        isItem
        ? Self.endsWithColon(tokens, sentences[sentence.index - 1])
          || Self.isHeading(tokens, sentences[sentence.index - 1], hasPlace: !mentionsBySentence[sentence.index - 1].isEmpty)
          ? triggers[sentence.index - 1].last(where: { !$0.isIrrealis && $0.type != .mobilization })
            // "The following districts have fallen to the Taliban since May 1. The districts are
            // spread out through all regions:" then the items: a header of no change of its own,
            // after a change of "the following" places, takes that change.
            ?? (sentence.index >= 2 && mentionsBySentence[sentence.index - 1].isEmpty
              && Self.announcesFollowingGroup(tokens, sentences[sentence.index - 2])
              ? triggers[sentence.index - 2].last(where: { !$0.isIrrealis && $0.type != .mobilization }) : nil)
          : headerTrigger
        : nil
      if sentenceTriggers.isEmpty, let header = listHeader {
        let inherited = header.sharing(at: sentence.tokens.lowerBound..<sentence.tokens.lowerBound, sentence: sentence.index)
        sentenceTriggers = [inherited]
        headerTrigger = inherited
        // "Herat: Afghanistan's third-largest city." under a heading: the labelled place is the
        // item, not a dateline's.
        if let m = inSentence.first, mentions[m].tokens.lowerBound == sentence.tokens.lowerBound, mentions[m].isDateline,
          Self.isLabelledItem(tokens, sentence)
        {
          mentions[m].isDateline = false
          mentions[m].isAttributive = false
        }
      } else if let header = listHeader {
        // "Aug. 12 – Ghazni: officials say the Taliban seized the city" under "Provincial capitals
        // captured by the Taliban": an item with a verb of its own keeps the heading for the
        // items after it, and its label is an item of the heading's too ("Aug. 7 – Sheberghan:
        // the Taliban say they have taken control of Jawzjan province").
        headerTrigger = header
        if Self.isLabelledItem(tokens, sentence),
          let colon = sentence.tokens.first(where: { tokens[$0].lower == ":" }),
          let label = inSentence.first(where: { mentions[$0].tokens.upperBound == colon })
        {
          mentions[label].isDateline = false
          mentions[label].isAttributive = false
          sentenceTriggers.append(header.sharing(at: sentence.tokens.lowerBound..<sentence.tokens.lowerBound, sentence: sentence.index))
        }
      } else if headerTrigger == nil || tokens[sentence.tokens.lowerBound].followsLineBreak {
        // (A sentence that goes on an item's line, "… second-largest city. Capital of Kandahar
        // province.", keeps it too.)
        headerTrigger = nil
      }
      // "Public Uprising Forces liberated Kaldar district of Balkh province": uprising forces
      // that are the subject of a change of control of a named district or city are its actor,
      // not a rising of their own. (Forces that "evicted the Taliban from three districts in
      // Baghlan province" rose in the province.)
      if sentenceTriggers.contains(where: { $0.rule.spells("mobilization.uprising") }) {
        let changes = sentenceTriggers.filter { t in
          (t.type == .captured || t.type == .recaptured) && !t.tokens.isEmpty
            && inSentence.contains { m in
              (t.tokens.upperBound...(t.tokens.upperBound + 2)) ~= mentions[m].tokens.lowerBound
                && !mentions[m].hasLevel(.province) && mentions[m].hint != .province
            }
        }
        // ("The three districts were taken last week by local militias fighting under the banner
        // of the Public Resistance Forces": the agent of a passive change, after its "by".)
        let passives = sentenceTriggers.filter { t in
          (t.type == .captured || t.type == .recaptured) && !t.tokens.isEmpty && Self.side(of: t, tokens) == .before
        }
        sentenceTriggers.removeAll { t in
          guard t.rule.spells("mobilization.uprising"), !t.tokens.isEmpty else { return false }
          let byAgent = passives.contains { change in
            change.tokens.upperBound <= t.tokens.lowerBound && t.tokens.lowerBound - change.tokens.upperBound <= 12
              && (change.tokens.upperBound..<t.tokens.lowerBound).contains { tokens[$0].lower == "by" }
              && !(change.tokens.upperBound..<t.tokens.lowerBound).contains { [",", ";", ":"].contains(tokens[$0].lower) }
          }
          if byAgent { return true }
          guard t.tokens.upperBound < tokens.count, Self.uprisingActorNouns.contains(tokens[t.tokens.upperBound].lower) else { return false }
          let noun = t.tokens.upperBound
          return changes.contains { (noun + 1)...(noun + 4) ~= $0.tokens.lowerBound }
        }
      }
      let follows = sentenceTriggers.isEmpty && sentence.index > 0 && Self.followsSuit(tokens, sentence, inName: inName)
      // (A list continues a sentence that spoke of a group: "Five districts of Badghis fell on
      // Sunday. These included …", not "Kunduz fell on Sunday. These are hard days for …".)
      if sentenceTriggers.isEmpty, sentence.index > 0,
        follows
          || (Self.continuesList(tokens, sentence, words: tables.listWords) && !Self.opensWithProgressive(tokens, sentence)
            && sentences[sentence.index - 1].tokens.contains(where: { Self.groupNouns.contains(tokens[$0].lower) })),
        // Places that "followed" share a change of control, not a retreat or a fight beside it.
        // (A list names the places of the verb told of the group, not of another beside it:
        // "Nine Districts Fall to Taliban as Fighting Continues. The districts include …".)
        let previous = Self.triggerOfGroup(
          triggers[sentence.index - 1].filter {
            follows ? ($0.type == .captured || $0.type == .recaptured) && !$0.isIrrealis : $0.type != .mobilization
          }, tokens, in: sentences[sentence.index - 1]) ?? (follows ? followed[sentence.index - 1] : nil)
      {
        // "11 districts have fallen … The districts are Maimai, Nusai, …": the list names the
        // places of the previous sentence's event.
        var continued = previous.sharing(
          at: sentence.tokens.lowerBound..<sentence.tokens.lowerBound, sentence: sentence.index, isIrrealis: previous.isIrrealis)
        if !follows {
          continued.origin = (previous.sentence, previous.tokens)
          // "The districts include Kofab, Argo and Yawan. They all fell on Sunday.": the next
          // sentence, opening with "they" and telling the same change with a day and no place
          // of its own, dates the list instead.
          let next = sentence.index + 1
          if next < sentences.count, mentionsBySentence[next].isEmpty, let first = sentences[next].tokens.first,
            Self.restatingOpeners.contains(tokens[first].lower),
            let restating = triggers[next].first(where: { $0.type == previous.type && !$0.isIrrealis }),
            dates[next].contains(where: \.mayDateAnEvent)
          {
            continued.origin = (next, restating.tokens)
          }
        }
        sentenceTriggers = [continued]
        if follows { followed[sentence.index] = continued }
      }
      // "On Sunday, Taliban forces captured three other northern capitals. They captured
      // Taliqan … They also took over Kunduz …": a sentence opening with "they" that tells the
      // change of control of a sentence before it whose object counted unnamed places names
      // those places, and is dated there when it states no time of its own.
      // (So does one that opens like a list of the group's members: "The fallen districts are
      // Qadis and Muqur".)
      // (Or one that opens with the counted group: "Afghan forces collapsed in three more
      // provincial capitals Tuesday. The three cities – A, B and C – were overrun …"; the
      // object may follow "in".)
      // (The sentence's opening is read last: only after a sentence with a change of control.)
      if sentence.index > 0, !sentence.tokens.isEmpty, !sentenceTriggers.isEmpty,
        let counted = triggers[sentence.index - 1].last(where: { t in
          guard !t.isIrrealis, t.type == .captured || t.type == .recaptured else { return false }
          let end = t.tokens.upperBound
          return Self.hasCountedPlacesObject(after: end, tokens, inMention: inMention)
            || (end < tokens.count && tokens[end].lower == "in" && Self.hasCountedPlacesObject(after: end + 1, tokens, inMention: inMention))
        }).map({ (type: $0.type, origin: (sentence: $0.sentence, tokens: $0.tokens)) }) ?? elaborated[sentence.index - 1],
        tokens[sentence.tokens.lowerBound].lower == "they" || Self.continuesList(tokens, sentence, words: tables.listWords)
          || Self.opensWithCountedGroup(tokens, sentence)
      {
        // (A contest told with them is of the same day: "They took Almar and Qaysar after heavy
        // fighting" is the capture's background.)
        for i in sentenceTriggers.indices
        where sentenceTriggers[i].origin == nil && (sentenceTriggers[i].type == counted.type || sentenceTriggers[i].type == .contested)
          && !sentenceTriggers[i].isIrrealis
        {
          sentenceTriggers[i].origin = counted.origin
          elaborated[sentence.index] = counted
        }
      }
      // "The Taliban said they had taken Khan Abad. Police denied it, saying clashes were still
      // going on.": fighting with no place of its own, right after a claimed capture, is about
      // the claimed place.
      // (Not fighting the sentence places in the whole country: "Fighting in Afghanistan has
      // intensified since May 1".)
      if inSentence.isEmpty, sentence.index > 0,
        let fighting = sentenceTriggers.first(where: { $0.rule.spells("contested.fighting") && !$0.isIrrealis }),
        !Self.hasCountryObject(fighting, tokens)
      {
        for claimed in drafts where claimed.trigger.sentence == sentence.index - 1 && claimed.isHedged {
          drafts.append(
            Draft(
              mention: claimed.mention, trigger: fighting, place: claimed.place, alternatives: claimed.alternatives,
              confidence: fighting.pattern.strength * 0.9))
        }
      }
      // "Taliban fighters overran Pul-e-Alam last week. Troops regained control on Tuesday.": a
      // recapture told without any place, right after a sentence whose events name one place,
      // is of that place.
      // (The drafts are looked through only for a sentence with such a recapture: filtering
      // them for every sentence without places copied each draft, about 8 M instructions on the
      // 1 MB stream: callgrind, issue #16.)
      if inSentence.isEmpty, sentence.index > 0,
        sentenceTriggers.contains(where: { $0.type == .recaptured && !$0.isIrrealis && !$0.tokens.isEmpty })
      {
        let earlier = drafts.filter { $0.trigger.sentence == sentence.index - 1 }
        if let last = earlier.last, Set(earlier.map(\.place.id)).count == 1, last.place.level != .province {
          for trigger in sentenceTriggers
          where trigger.type == .recaptured && !trigger.isIrrealis && !trigger.tokens.isEmpty
            && Self.endsWithoutObject(trigger, tokens, sentenceEnd: sentence.tokens.upperBound)
          {
            drafts.append(
              Draft(
                mention: last.mention, trigger: trigger, place: last.place, alternatives: last.alternatives,
                confidence: trigger.pattern.strength * 0.8))
          }
        }
      }
      // (A restated group names places with no verb of its own: "The three districts include
      // Saighan, Kahmard and Chakhansur.")
      let restated = inSentence.isEmpty ? nil : Self.restatedGroup(in: sentence, sentences, triggers, tokens, inMention: inMention)
      // "Local militias had captured the districts of Bano, Deh Saleh, and Pul e-Hesar by
      // August 21. But all three districts have since fallen to the militant group": a counted
      // group named by no place, right before or after a change of control, recalls the list
      // of that count in one of the two sentences before.
      if sentence.index > 0,
        let (trigger, count, level) = Self.recalledGroup(in: sentence, sentenceTriggers, tokens, inMention: inMention, groupNouns: tables.recallNouns)
      {
        // (An uncounted group recalls only the sentence right before, a list of two or more
        // places of the group's level.)
        recall: for s in stride(from: sentence.index - 1, through: max(0, sentence.index - (count == 0 ? 1 : 2)), by: -1) {
          var lists: [Int: [Int]] = [:]
          for m in mentionsBySentence[s] where !mentions[m].isLandmark && !mentions[m].isAttributive && !mentions[m].isExcepted {
            lists[mentions[m].list, default: []].append(m)
          }
          for id in lists.keys.sorted().reversed() {
            guard let members = lists[id] else { continue }
            let ofGroup =
              count == 0
              ? members.count >= 2 && level.map({ level in members.allSatisfy { mentions[$0].hasLevel(level) } }) == true
              : members.count == count
            guard ofGroup else { continue }
            appendGroupDrafts(members, trigger, mentions, context: context, to: &drafts)
            break recall
          }
        }
      }
      guard !inSentence.isEmpty, !sentenceTriggers.isEmpty || restated != nil else { continue }
      // "Khwaja Ghar, which borders the volatile Chah-e-Aab district that fell to the Taliban
      // last week": a landmark that a relative clause right after it makes the subject of a
      // trigger is that trigger's place.
      for m in inSentence where Mention.isLandmark(m, in: mentions) {
        var k = Mention.tokens(of: m, in: mentions).upperBound
        while k < sentence.tokens.upperBound, Self.placeNouns.contains(tokens[k].lower) || tokens[k].lower == "," { k += 1 }
        // (Past an apposition that names the place's kind: "a base in Shinkay, a district that
        // fell to the Taliban earlier this month".)
        if k > 0, tokens[k - 1].lower == ",", k + 1 < sentence.tokens.upperBound, ["a", "an", "the"].contains(tokens[k].lower) {
          var j = k + 1
          while j < sentence.tokens.upperBound, j - k <= 3, Self.placeDescriptors.contains(tokens[j].lower) { j += 1 }
          if j < sentence.tokens.upperBound, Self.placeNouns.contains(tokens[j].lower) { k = j + 1 }
        }
        guard k < sentence.tokens.upperBound, ["that", "which"].contains(tokens[k].lower) else { continue }
        k += 1
        while k < sentence.tokens.upperBound, Self.passiveAuxiliaries.contains(tokens[k].lower) || Self.subjectVerbFillers.contains(tokens[k].lower) {
          k += 1
        }
        if sentenceTriggers.contains(where: { $0.tokens.lowerBound == k && [.before, .beforeOnly, .either].contains($0.pattern.side) }) {
          mentions[m].isLandmark = false
        }
      }
      // Provinces that hold a district or city named in the sentence are containers there.
      // A province named next to one of its districts or cities ("Qaysar district of Faryab",
      // "Faryab's Qaysar", "Qaysar in Faryab") is their container there; one that stands apart,
      // as the subject of its own clause ("Helmand province fell after Lashkar Gah was
      // captured"), is not.
      var containers = Set<Int>()
      // (Only a sentence of two places or more: with one, there is no other mention to hold,
      // and its matches were filtered and their provinces hashed for nothing.)
      // (The mention's fields read in place: `let mention = mentions[m]` copied it whole, 3 200
      // times on the 1 MB stream.)
      for m in inSentence where inSentence.count > 1 {
        // (The matches read in place, `PlaceMatch.localCount(_:)` and the readers after it:
        // filtering them and asking `contains(where:)` copied every match, its place's texts
        // retained and released, about 25 000 copies on the 1 MB stream: callgrind, issue #16.)
        let matches = Mention.matches(of: m, in: mentions)
        let hint = Mention.hint(m, in: mentions)
        // The district and town matches.
        let local = PlaceMatch.localCount(matches)
        // ("Maidan Wardak, the capital of Maidan Wardak": a province's name read as its capital
        // city lies in that province.)
        let capitalOfProvince = local == 0 && hint == .city
        guard hint != .province, local > 0 || capitalOfProvince,
          local == matches.count || hint == .district || hint == .city
        else { continue }
        let span = Mention.tokens(of: m, in: mentions)
        // ("control of Balkh province, where Mazar-e-Sharif is located": a place said to lie in
        // the one before only places it, and holds nothing.)
        if Mention.isLandmark(m, in: mentions), MentionFinder.followsWhere(span.lowerBound, tokens) { continue }
        let provinces = capitalOfProvince ? PlaceMatch.provinceIDList(matches) : PlaceMatch.localProvincePcodeList(matches)
        for n in inSentence where n != m && PlaceMatch.anyPlace(of: Mention.matches(of: n, in: mentions), inList: provinces) {
          let between = Self.tokens(between: span, and: Mention.tokens(of: n, in: mentions))
          // "Nimroz province and its capital, Zaranj": a conjunct, not a container.
          // (Not an "and" inside the phrase of where it lies: "Fayzabad, in remote and rugged
          // Badakhshan province".)
          let joined = between.contains { Self.andOr.contains(tokens[$0].lower) } && !Self.isPlacingPhrase(between, tokens)
          if between.count <= Self.containerReach, !joined, !sentenceTriggers.contains(where: { $0.tokens.overlaps(between) }) {
            containers.insert(n)
          }
        }
      }
      // (Made with room for a list per mention, as many as the splits below can leave: grown
      // from empty, it was resized 2 884 times, about 1.7 M instructions on the 1 MB stream:
      // callgrind, issue #16.)
      var groups = [Int: [Int]](minimumCapacity: inSentence.count)
      for m in inSentence { groups[Mention.list(of: m, in: mentions), default: []].append(m) }
      // "captured Jaghatu district, and Andar district has been under siege": after ", and" a
      // place that a verb of its own follows is the subject of a new clause, not the list's
      // last item (a longer list, "Samkani, Janikhil, and Patan have fallen", is one list with
      // a serial comma).
      /// Whether a verb of the sentence that takes its place before it starts within five words
      /// after mention `last`, past place nouns, a passive's auxiliaries and the words `skipping`
      /// accepts.
      func ownVerbFollows(_ last: Int, skipping: (String) -> Bool) -> Bool {
        var k = mentions[last].tokens.upperBound
        while k < tokens.count, k < mentions[last].tokens.upperBound + 5,
          Self.placeNouns.contains(tokens[k].lower) || Self.passiveAuxiliaries.contains(tokens[k].lower) || skipping(tokens[k].lower)
        {
          k += 1
        }
        let verbStart = mentions[last].tokens.upperBound...k
        return sentenceTriggers.contains {
          verbStart.contains($0.tokens.lowerBound) && [.before, .beforeOnly, .either].contains($0.pattern.side)
        }
      }
      for (listID, members) in groups where members.count == 2 {
        let last = members[members.count - 1]
        let joint = Self.tokens(between: mentions[members[members.count - 2]].tokens, and: mentions[last].tokens)
        // (Or a comma alone: "After soldiers fled to Andkhoy, Pashtun Kot district fell".)
        guard joint.contains(where: { tokens[$0].lower == "," }),
          joint.contains(where: { tokens[$0].lower == "and" }) || joint.allSatisfy({ tokens[$0].lower == "," })
        else { continue }
        // (But a pair that opens the sentence, a comma alone between, is its subject: the
        // headline "Taloqan, Aybak fall to Taliban".)
        if joint.allSatisfy({ tokens[$0].lower == "," }), mentions[members[0]].tokens.lowerBound == sentence.tokens.lowerBound { continue }
        guard ownVerbFollows(last, skipping: { ["has", "have", "had", "now", "also", "too", "still"].contains($0) }) else { continue }
        groups[listID] = Array(members.dropLast())
        groups[Int.max - last] = [last]
      }
      // "The governors fled to Kabul, and Nili and Bamyan city came under Taliban control": a pair
      // after ", and" that a verb of its own follows opens a clause too, when what stands before
      // it is one item or a pair (a serial list, "Samkani, Janikhil, and Patan have fallen", has
      // commas before its ", and").
      for (listID, members) in groups where members.count >= 3 {
        func joint(_ j: Int) -> Range<Int> { Self.tokens(between: mentions[members[j - 1]].tokens, and: mentions[members[j]].tokens) }
        func hasComma(_ range: Range<Int>) -> Bool { range.contains { tokens[$0].lower == "," } }
        guard let split = (1..<members.count).last(where: { j in hasComma(joint(j)) && joint(j).contains { tokens[$0].lower == "and" } }),
          !(1..<split).contains(where: { hasComma(joint($0)) }),
          !((split + 1)..<members.count).contains(where: { hasComma(joint($0)) })
        else { continue }
        // (Past a verb of coming: "came under Taliban control".)
        guard
          ownVerbFollows(
            members[members.count - 1],
            skipping: { Self.subjectVerbFillers.contains($0) || ["came", "come", "comes", "coming"].contains($0) })
        else { continue }
        groups[listID] = Array(members[..<split])
        groups[Int.max - members[split]] = Array(members[split...])
      }
      var assignments: [Assignment] = []
      for listID in groups.keys.sorted() {
        let members = groups[listID] ?? []
        guard
          let best = nearestTrigger(
            for: members, in: sentenceTriggers, mentions, tokens, inMention: inMention, inDate: inDate,
            sentenceStart: sentence.tokens.lowerBound)
        else { continue }
        assignments.append(Assignment(members, best.trigger, best.score))
      }
      assignments = Self.withoutSaturatedObjects(assignments, mentions, tokens, inMention: inMention)
      assignments = Self.nearestSubjects(assignments, mentions, tokens, containers: containers)
      var chosen = Self.preferredSides(assignments, mentions, tokens)
      let gapped = Self.gappedLists(
        chosen, groups: groups, mentions, tokens, inMention: inMention, dates: dates[sentence.index], end: sentence.tokens.upperBound)
      let gappedMembers = Set(gapped.flatMap(\.members))
      chosen += gapped
      // "denied that the city had been captured and said that fighting was ongoing": fighting
      // with no place of its own is about the place named last before it in the sentence, even
      // one another trigger took (a capture the same report states keeps the contest out).
      /// The list named last before `trigger` in the sentence (not counting a list of containers
      /// only), within 14 tokens and no semicolon between, when one of its places may have an
      /// event of the trigger's type.
      func listNamedBefore(_ trigger: Trigger) -> [Int]? {
        // (Past the province that holds the list: "captured Khwaja Ghar and Yangi Qala districts
        // of Takhar, but officials said fighting is still going on".)
        let before = groups.values.filter {
          mentions[$0.last!].tokens.upperBound <= trigger.tokens.lowerBound && !$0.allSatisfy(containers.contains)
        }
        guard let nearest = before.max(by: { mentions[$0.last!].tokens.upperBound < mentions[$1.last!].tokens.upperBound }),
          !(mentions[nearest.last!].tokens.upperBound..<trigger.tokens.lowerBound).contains(where: { tokens[$0].lower == ";" }),
          trigger.tokens.lowerBound - mentions[nearest.last!].tokens.upperBound <= 14,
          nearest.contains(where: { Self.isEligible(mentions[$0], for: trigger.type) })
        else { return nil }
        return nearest
      }
      for t in sentenceTriggers.indices where Trigger.rule(of: t, in: sentenceTriggers).spells("contested.fighting") {
        let trigger = sentenceTriggers[t]
        guard !trigger.isIrrealis else { continue }
        guard !chosen.contains(where: { $0.trigger.tokens == trigger.tokens }), let nearest = listNamedBefore(trigger) else { continue }
        // "… and fighting is underway to retake two more districts": a fight for places it
        // counts without naming is not for the place before it.
        if Self.clauseCountsUnnamedPlaces(after: trigger.tokens.upperBound, tokens, inMention: inMention) { continue }
        // ("after fleeing the fighting in their areas": fighting with an object of its own.)
        if Self.hasOwnersObject(trigger, tokens) || Self.hasCountryObject(trigger, tokens) { continue }
        // "The Taliban say they captured Malistan, but officials say fighting is still going on":
        // a capture the same sentence contradicts leaves the place in question.
        chosen.removeAll { other in
          other.members == nearest && other.trigger.type == .captured && !other.trigger.tokens.isEmpty
            && other.trigger.tokens.upperBound <= trigger.tokens.lowerBound
            && (other.trigger.tokens.upperBound..<trigger.tokens.lowerBound).contains { Self.contrasts.contains(tokens[$0].lower) }
        }
        chosen.append(Assignment(nearest, trigger, 6))
      }
      // "Residents took up arms and fought the Taliban in Kiti": a rising with no place of its
      // own, joined by "and" to a fight or a retaking right after it, rose where that one was.
      for t in sentenceTriggers.indices where sentenceTriggers[t].type == .mobilization {
        let rising = sentenceTriggers[t]
        let and = rising.tokens.upperBound
        guard !rising.isIrrealis, !rising.tokens.isEmpty, and < sentence.tokens.upperBound, tokens[and].lower == "and",
          !chosen.contains(where: { $0.trigger.tokens == rising.tokens }),
          let shared = chosen.first(where: { assignment in
            (assignment.trigger.type == .contested || assignment.trigger.type == .recaptured) && !assignment.trigger.isIrrealis
              && assignment.trigger.tokens.lowerBound == and + 1
              && Mention.tokens(of: assignment.members[0], in: mentions).lowerBound >= assignment.trigger.tokens.upperBound
          })
        else { continue }
        chosen.append(Assignment(shared.members, rising, shared.score))
      }
      // "Zaranj fell on Friday, and Sheberghan followed a day later": places that "followed" a
      // change of control told before them in the sentence share it, dated by their own clause.
      for k in sentence.tokens where Self.isFollowed(at: k, tokens, sentenceEnd: sentence.tokens.upperBound) {
        var before = k - 1
        if before > sentence.tokens.lowerBound, Self.adverbsBeforeFollowed.contains(tokens[before].lower) {
          before -= 1
        }
        guard let members = groups.values.first(where: { mentions[$0.last!].tokens.upperBound == before + 1 }),
          let earlier = chosen.last(where: {
            [.captured, .recaptured].contains($0.trigger.type) && !$0.trigger.isIrrealis && !$0.trigger.tokens.isEmpty
              && $0.trigger.tokens.upperBound <= mentions[members[0]].tokens.lowerBound && $0.members != members
          })
        else { continue }
        // The verb before does not reach past them: "followed" is their verb.
        chosen.removeAll { $0.members == members && $0.trigger.tokens.upperBound <= mentions[members[0]].tokens.lowerBound }
        chosen.append(Assignment(members, earlier.trigger.sharing(at: k..<(k + 1)), earlier.score))
      }
      // "Kohistan and Pashtun Kot had fallen as well as Ghormach", "Kunduz fell, as did
      // Taloqan": a list added right after a verb whose places stand before it shares it.
      for assignment in chosen
      where !assignment.trigger.tokens.isEmpty
        && Mention.tokens(of: assignment.members[0], in: mentions).upperBound <= assignment.trigger.tokens.lowerBound
      {
        let trigger = assignment.trigger
        let score = assignment.score
        var k = trigger.tokens.upperBound
        let end = sentence.tokens.upperBound
        func word(_ j: Int) -> String { j < end ? tokens[j].lower : "" }
        // Past whom it fell to ("have fallen to the insurgents as has the capital of Helmand").
        if word(k) == "to" || word(k) == "into" {
          var j = k + 1
          while j < min(end, k + 4), word(j) == "the" || TriggerFinder.talibanWords.contains(word(j)) { j += 1 }
          if j > k + 1, TriggerFinder.talibanWords.contains(word(j - 1)) { k = j }
        }
        // Past the verb's own words of time ("fell on Sunday, as did Taloqan").
        if let comma = (k..<min(end, k + 5)).first(where: { tokens[$0].lower == "," }), !(k..<comma).contains(where: { inMention[$0] }) {
          k = comma + 1
        }
        // ("Ghazni fell, just southeast of the capital Kabul and now, so has Herat", "fell on
        // Thursday, 150 km south of Kabul, and so did Herat": past an apposition that places it
        // by a landmark, up to its "and".)
        if word(k) != "and", word(k) != "as",
          let and = (k..<min(end, k + 10)).first(where: { word($0) == "and" }),
          (k..<and).contains(where: { inMention[$0] }),
          !(k..<and).contains(where: { j in
            (word(j) == "," && j != and - 1) || word(j) == ";" || word(j) == ":"
              || (inMention[j] && !mentions.contains { $0.tokens.contains(j) && $0.isLandmark })
          })
        {
          k = and
        }
        // ("Ghazni fell, and now, according to reports, so has Herat": past an adverb or an
        // aside between commas to the "so".)
        // (Not past the sentence's end: "Kunduz fell and" at the end of a text ends with the "and".)
        if word(k) == "and", word(k + 1) != "so", k + 2 < end,
          let so = (k + 2..<min(end, k + 9)).first(where: { word($0) == "so" }),
          Self.elidedAuxiliaries.contains(word(so + 1)),
          !(k + 1..<so).contains(where: { inMention[$0] || [";", ".", "and", "but"].contains(word($0)) })
        {
          k = so + 2
        } else if word(k) == "as", word(k + 1) == "well", word(k + 2) == "as" {
          k += 3
        } else if word(k) == "as" || (word(k) == "and" && word(k + 1) == "so"), Self.elidedAuxiliaries.contains(word(k + (word(k) == "as" ? 1 : 2))) {
          k += word(k) == "as" ? 2 : 3
        } else {
          continue
        }
        // ("… as has the capital of the southern Helmand province": the words naming its kind.)
        let phrase = k
        while k < end, k - phrase < 7, !inMention[k],
          word(k) == "the" || word(k) == "of" || Self.placeObjectWords.contains(word(k)) || Self.placeDescriptors.contains(word(k))
        {
          k += 1
        }
        guard let added = groups.values.first(where: { mentions[$0[0]].tokens.lowerBound == k }),
          !chosen.contains(where: { $0.members == added })
        else { continue }
        // (Its verb is the "did" or "has" before it, so that the words between are its own.)
        chosen.append(Assignment(added, phrase > trigger.tokens.upperBound ? trigger.sharing(at: (phrase - 1)..<phrase) : trigger, score))
      }
      // "Pul-e Khumri was recaptured hours after falling to the Taliban", "Gizab fell days after
      // being retaken": a change of control in a gerund after "after" or "before", with no place
      // in the rest of its clause, is of the subject of the verb it times.
      for t in sentenceTriggers.indices
      where [.captured, .recaptured].contains(Trigger.type(of: t, in: sentenceTriggers)) && !Trigger.isIrrealis(t, in: sentenceTriggers)
        && !Trigger.tokens(of: t, in: sentenceTriggers).isEmpty
      {
        let trigger = sentenceTriggers[t]
        let first = trigger.tokens.lowerBound
        // (The wording may hold the "after" itself: "after falling".)
        var verb = first
        if ["after", "before"].contains(tokens[verb].lower), verb + 1 < trigger.tokens.upperBound { verb += 1 }
        let leader = verb > first ? first : first - 1
        guard !chosen.contains(where: { $0.trigger.tokens == trigger.tokens }), first > sentence.tokens.lowerBound + 1,
          (tokens[verb].lower.hasSuffix("ing") && ["after", "before"].contains(tokens[leader].lower))
            || (tokens[leader].lower == "being" && leader > sentence.tokens.lowerBound && ["after", "before"].contains(tokens[leader - 1].lower)),
          !(trigger.tokens.upperBound..<Self.clauseEnd(from: trigger.tokens.upperBound, before: sentence.tokens.upperBound, tokens))
            .contains(where: { inMention[$0] }),
          let timed = chosen.last(where: { a in
            !a.trigger.tokens.isEmpty && a.trigger.tokens.upperBound <= first && !a.trigger.isIrrealis
              && mentions[a.members.last!].tokens.upperBound <= a.trigger.tokens.lowerBound
              && first - a.trigger.tokens.upperBound <= 4
          })
        else { continue }
        chosen.append(Assignment(timed.members, trigger, timed.score))
      }
      // "Police officers from Khash Rod fled to Zaranj", "the remaining forces in Yamgan
      // retreated to Faizabad": forces of a place named as the subject of their flight gave that
      // place up, besides going where the verb takes them.
      for t in sentenceTriggers.indices
      where Trigger.type(of: t, in: sentenceTriggers) == .retreatedTo && !Trigger.isIrrealis(t, in: sentenceTriggers)
        && !Trigger.tokens(of: t, in: sentenceTriggers).isEmpty
      {
        let trigger = sentenceTriggers[t]
        guard TriggerFinder.flightVerbs.contains(tokens[trigger.tokens.lowerBound].lower) else { continue }
        var k = trigger.tokens.lowerBound - 1
        while k > sentence.tokens.lowerBound, Self.auxiliaries.contains(tokens[k].lower) || tokens[k].lower == "then" { k -= 1 }
        if k > sentence.tokens.lowerBound, MentionFinder.levelNouns.contains(tokens[k].lower) { k -= 1 }
        guard k > sentence.tokens.lowerBound + 1,
          let members = groups.values.first(where: { mentions[$0.last!].tokens.upperBound == k + 1 }),
          case let start = mentions[members[0]].tokens.lowerBound, start >= sentence.tokens.lowerBound + 2,
          ["from", "in"].contains(tokens[start - 1].lower), Self.fleeingForceNouns.contains(tokens[start - 2].lower),
          !chosen.contains(where: { $0.members == members && $0.trigger.type == .captured })
        else { continue }
        chosen.append(Assignment(members, trigger.retyped(.captured, actor: .taliban, rule: "captured.fled-from", isIrrealis: false), 6))
      }
      // "Ghorak fell on Sunday, a day after Khakrez": a place named with no verb of its own after
      // "a day after" or "two days before" shares the change of control told before it, its
      // day offset from that one's (`dayOffsetClause`).
      for members in groups.values where !chosen.contains(where: { $0.members == members }) {
        let start = Mention.tokens(of: members[0], in: mentions).lowerBound
        let end = Mention.tokens(of: members[members.count - 1], in: mentions).upperBound
        guard start >= sentence.tokens.lowerBound + 3, tokens[start - 1].lower == "after" || tokens[start - 1].lower == "before",
          tokens[start - 2].lower == "day" || tokens[start - 2].lower == "days",
          end >= sentence.tokens.upperBound || tokens[end].kind == .punctuation,
          let earlier = chosen.last(where: {
            [.captured, .recaptured].contains($0.trigger.type) && !$0.trigger.isIrrealis && !$0.trigger.tokens.isEmpty
              && $0.trigger.tokens.upperBound <= start
          })
        else { continue }
        chosen.append(Assignment(members, earlier.trigger.sharing(at: start..<(start + 1)), earlier.score))
      }
      // "besieged and then seized Gizab": a contest verb coordinated right before a change of
      // control shares its object.
      for t in sentenceTriggers.indices where Trigger.type(of: t, in: sentenceTriggers) == .contested {
        let trigger = sentenceTriggers[t]
        guard !trigger.isIrrealis, !trigger.tokens.isEmpty else { continue }
        guard !chosen.contains(where: { $0.trigger.tokens == trigger.tokens }) else { continue }
        var k = trigger.tokens.upperBound
        guard k < sentence.tokens.upperBound, tokens[k].lower == "and" else { continue }
        k += 1
        while k < sentence.tokens.upperBound, Self.sequenceAdverbs.contains(tokens[k].lower) { k += 1 }
        guard
          let shared = chosen.first(where: {
            $0.trigger.tokens.lowerBound == k && [.captured, .recaptured].contains($0.trigger.type)
              && mentions[$0.members[0]].tokens.lowerBound >= $0.trigger.tokens.upperBound
          })
        else { continue }
        chosen.append(Assignment(shared.members, trigger, shared.score))
      }
      // "Ghazni city was besieged and fell", "was surrounded and then captured by the Taliban":
      // a change of control coordinated right after a contest that took its subject before it
      // shares that subject.
      for t in sentenceTriggers.indices
      where [.captured, .recaptured].contains(Trigger.type(of: t, in: sentenceTriggers)) && !Trigger.isIrrealis(t, in: sentenceTriggers)
        && !Trigger.tokens(of: t, in: sentenceTriggers).isEmpty
      {
        let trigger = sentenceTriggers[t]
        guard !chosen.contains(where: { $0.trigger.tokens == trigger.tokens }) else { continue }
        var k = trigger.tokens.lowerBound - 1
        while k > sentence.tokens.lowerBound, Self.sequenceAdverbs.contains(tokens[k].lower) { k -= 1 }
        guard k > sentence.tokens.lowerBound, tokens[k].lower == "and" else { continue }
        guard
          let shared = chosen.first(where: {
            $0.trigger.tokens.upperBound == k && $0.trigger.type == .contested && !$0.trigger.isIrrealis
              && mentions[$0.members.last!].tokens.upperBound <= $0.trigger.tokens.lowerBound
          })
        else { continue }
        chosen.append(Assignment(shared.members, trigger, shared.score))
      }
      for t in sentenceTriggers.indices {
        let span = Trigger.tokens(of: t, in: sentenceTriggers)
        guard let officials = surrenderedBy[span], !chosen.contains(where: { $0.trigger.tokens == span }) else { continue }
        let trigger = sentenceTriggers[t]
        // (One place per official, named once: "the governor of Farah province … the mayor of
        // Farah city" is one city.)
        for m in officials { chosen.append(Assignment([m], trigger, 6)) }
      }
      // "After heavy fighting in Kunduz city, security forces regained control", "fighting in
      // Kunduz ended with the Taliban being driven out": a recapture told without an object is
      // of the place named last before it in the sentence.
      // So is a rising ("As the Taliban entered Herat city, residents took up arms").
      // So is the Taliban entering or forces pulling out ("as the Taliban entered", "patrolling
      // Pul-e-Khumri after government forces pulled out").
      // (The flags first, and the rule's text hashed only for a trigger of another type: about
      // 1 800 hashes of a rule's text on the 1 MB stream, callgrind, issue #16.)
      for t in sentenceTriggers.indices
      where !Trigger.isIrrealis(t, in: sentenceTriggers) && !Trigger.tokens(of: t, in: sentenceTriggers).isEmpty
        && (Trigger.type(of: t, in: sentenceTriggers) == .recaptured || Trigger.type(of: t, in: sentenceTriggers) == .mobilization
          || Self.objectlessRules.contains(Trigger.rule(of: t, in: sentenceTriggers)))
      {
        let trigger = sentenceTriggers[t]
        // (A rising named as its subject, "armed civilian groups pushed back the attacks", has
        // no object: one with no place in the rest of its clause is of the place before it.)
        func clauseNamesNoPlace() -> Bool {
          let start = trigger.tokens.upperBound
          return !(start..<Self.clauseEnd(from: start, before: sentence.tokens.upperBound, tokens)).contains { inMention[$0] }
        }
        guard !chosen.contains(where: { $0.trigger.tokens == trigger.tokens }),
          Self.endsWithoutObject(trigger, tokens, sentenceEnd: sentence.tokens.upperBound)
            || (trigger.tokens.upperBound < tokens.count && inDate[trigger.tokens.upperBound])
            || (trigger.type == .mobilization && clauseNamesNoPlace())
        else { continue }
        if let nearest = listNamedBefore(trigger) {
          chosen.append(Assignment(nearest, trigger, 6))
        } else if trigger.type == .recaptured,
          // "Qala-e-Naw … fell into the hands of the Taliban for several hours before
          // reinforcements pushed the insurgents out": what is retaken is what was taken before
          // it in the sentence.
          let taken = chosen.last(where: { a in
            a.trigger.type == .captured && !a.trigger.isIrrealis && !a.trigger.tokens.isEmpty
              && a.trigger.tokens.upperBound <= trigger.tokens.lowerBound
              && mentions[a.members.last!].tokens.upperBound <= trigger.tokens.lowerBound
              && !(a.trigger.tokens.upperBound..<trigger.tokens.lowerBound).contains(where: { tokens[$0].lower == ";" })
          })
        {
          chosen.append(Assignment(taken.members, trigger, 6))
        }
      }
      // "the besieged city of Kunduz fell", "Kunduz, besieged for weeks, fell": a trigger that
      // modifies a list right beside it (an attributive participle before it, an apposition
      // right after its comma) is said of that list besides its predicate, whichever of the two
      // the list took first.
      func modifies(_ trigger: Trigger, _ members: [Int]) -> Bool {
        guard !trigger.tokens.isEmpty, let first = members.first, let last = members.last else { return false }
        let start = mentions[first].tokens.lowerBound
        let end = mentions[last].tokens.upperBound
        if trigger.tokens.upperBound <= start {
          // An attributive participle stands after a determiner ("the besieged city of"); a verb
          // after its subject or auxiliary ("have entered Qala-e-Naw") is the predicate.
          guard trigger.tokens.count == 1, trigger.tokens.lowerBound > 0,
            ["the", "a", "an", "this", "that"].contains(tokens[trigger.tokens.lowerBound - 1].lower)
          else { return false }
          return (trigger.tokens.upperBound..<start).allSatisfy {
            Self.placeNouns.contains(tokens[$0].lower) || Self.placeDescriptors.contains(tokens[$0].lower)
          }
        }
        // ("The Taliban entered Kabul, capturing Kabul University": a participle with a place
        // of its own for its object is said of the subject, not of the place before its comma;
        // so is a verb in a series with a thing for its object: "stormed the city, seized key
        // security facilities".)
        if tokens[trigger.tokens.lowerBound].lower.hasSuffix("ing")
          && Self.placeObjectFollows(trigger.tokens.upperBound, tokens, inMention: inMention)
          || Self.hasThingObject(after: trigger.tokens.upperBound, tokens, inMention: inMention)
        {
          return false
        }
        // ("Kiti district, recaptured by the army last week, fell": past the place's own noun.)
        var close = end
        if close < trigger.tokens.lowerBound, Self.placeNouns.contains(tokens[close].lower) { close += 1 }
        return close + 1 == trigger.tokens.lowerBound && tokens[close].lower == ","
      }
      for assignment in chosen where modifies(assignment.trigger, assignment.members) {
        let members = assignment.members
        let trigger = assignment.trigger
        let taken = Set(chosen.map(\.trigger.tokens))
        let others = sentenceTriggers.filter { !taken.contains($0.tokens) && $0.type != trigger.type && !$0.isIrrealis }
        if let predicate = nearestTrigger(
          for: members, in: others, mentions, tokens, inMention: inMention, inDate: inDate, sentenceStart: sentence.tokens.lowerBound)
        {
          chosen.append(Assignment(members, predicate.trigger, predicate.score))
        }
      }
      for trigger in sentenceTriggers where !trigger.isIrrealis && !trigger.tokens.isEmpty {
        guard !chosen.contains(where: { $0.trigger.tokens == trigger.tokens }) else { continue }
        if let members = groups.values.first(where: { members in
          modifies(trigger, members)
            && members.contains(where: { Self.isEligible(mentions[$0], for: trigger.type, landmarkAllowed: trigger.pattern.acceptsLandmark) })
            && chosen.contains(where: { $0.members == members && $0.trigger.type != trigger.type })
        }) {
          chosen.append(Assignment(members, trigger, 6))
        }
      }
      // "The Taliban entered Qala-e-Naw on Wednesday but were pushed out": the place of the
      // clause before is the one its subject was pushed out of.
      // (So is the subject of a passive before a participle coordinated after it: "Khan Abad
      // was captured by the Taliban on Monday and retaken by government forces on Wednesday".)
      for t in sentenceTriggers.indices
      where !Trigger.isIrrealis(t, in: sentenceTriggers) && !Trigger.tokens(of: t, in: sentenceTriggers).isEmpty {
        let span = Trigger.tokens(of: t, in: sentenceTriggers)
        let pushedOut = Trigger.rule(of: t, in: sentenceTriggers).spells("recaptured.pushed-out")
        let coordinatedPassive =
          !pushedOut && span.lowerBound > 0
          && Self.isCoordinatedPassive(span, after: Token.lower(at: span.lowerBound - 1, in: tokens), tokens)
        guard pushedOut || coordinatedPassive, !chosen.contains(where: { $0.trigger.tokens == span }) else { continue }
        let trigger = sentenceTriggers[t]
        func joins(_ entry: Assignment) -> Bool {
          guard entry.trigger.tokens.upperBound <= trigger.tokens.lowerBound else { return false }
          if pushedOut { return entry.trigger.type == .contested || entry.trigger.type == .captured }
          guard entry.trigger.type != trigger.type, let last = entry.members.last else { return false }
          return mentions[last].tokens.upperBound <= entry.trigger.tokens.lowerBound
        }
        guard let before = chosen.last(where: joins) else { continue }
        chosen.append(Assignment(before.members, trigger, 6))
      }
      // "Taliban fighters captured Shutul …, but resistance sources said the district was still
      // contested": a capture that a contest of the same place contradicts after a contrast
      // leaves the place in question.
      // (The ids in arrays, searched by `==`, and the matches read in place: a `Set` made of
      // copied matches for each capture and contest was 1.6 M instructions on the 1 MB stream:
      // callgrind, issue #16.)
      func places(_ members: [Int]) -> [String] {
        var ids: [String] = []
        for m in members {
          let matches = Mention.matches(of: m, in: mentions)
          for i in matches.indices { ids.append(matches[i].place.id) }
        }
        return ids
      }
      let assigned = chosen
      chosen.removeAll { capture in
        guard capture.trigger.type == .captured, !capture.trigger.tokens.isEmpty else { return false }
        let taken = places(capture.members)
        return assigned.contains { contest in
          contest.trigger.type == .contested && !contest.trigger.isIrrealis && !contest.trigger.tokens.isEmpty
            && contest.trigger.tokens.lowerBound >= capture.trigger.tokens.upperBound
            && places(contest.members).contains(where: { taken.contains($0) })
            // (Not fighting in parts of it: "captured Shindand, but fighting continues in some
            // parts of the district".)
            && !contest.members.contains { mentions[$0].isPartial }
            && (capture.trigger.tokens.upperBound..<contest.trigger.tokens.lowerBound).contains { Self.contrasts.contains(tokens[$0].lower) }
        }
      }
      for assignment in chosen {
        let members = assignment.members
        let trigger = assignment.trigger
        let score = assignment.score
        guard !trigger.isIrrealis else { continue }
        // "entered areas of Malistan from Khas and Ajrestan districts", "pushing towards Herat
        // from Shindand": a list after "from" is where a push came from, not the place
        // contested ("attacked the capital of the province from Sayad district" too); so is
        // one after forces and "from" ("pushed back by reinforcements from Qalat").
        // (Asked once of the list's first place, before its places are resolved.)
        if let first = members.first,
          case let start = Mention.tokens(of: first, in: mentions).lowerBound, start > trigger.tokens.upperBound,
          tokens[start - 1].lower.spells("from"),
          Self.originRules.contains(trigger.rule)
            || (trigger.type == .contested && start > trigger.tokens.upperBound + 1 && Self.forceNouns.contains(tokens[start - 2].lower))
        {
          continue
        }
        // "Nerkh and Jalrez were retaken on Tuesday and Wednesday respectively": as many days
        // as places, in order.
        let respectiveDays = Self.respectiveDays(
          of: members.map { mentions[$0].tokens }, dates: dates[sentence.index], tokens, end: sentence.tokens.upperBound)
        // "the fall of Gardez would be a severe blow": a noun's modality follows its place.
        if trigger.pattern.isNominal, let last = members.last,
          Self.isModal(tokens, after: mentions[last].tokens.upperBound, in: sentences[trigger.sentence])
        {
          continue
        }
        // ("The Taliban taking full control of Lashkar Gah would signal a turning point": so does
        // a gerund's whose subject stands right before it, with no comma between the place and
        // the modal.)
        if let last = members.last, Self.isGerundWithSubject(trigger, tokens),
          case let after = mentions[last].tokens.upperBound, after < tokens.count, tokens[after].lower != ",",
          Self.isModal(tokens, after: after, in: sentences[trigger.sentence])
        {
          continue
        }
        // ("Aybak's fall would be a severe blow": so does a possessive's.)
        if trigger.tokens.lowerBound > 0, TriggerFinder.endsPossessive(tokens, at: trigger.tokens.lowerBound - 1),
          Self.isModal(tokens, after: trigger.tokens.upperBound, in: sentences[trigger.sentence])
        {
          continue
        }
        // "captured parts of Khanabad, Imam Sahib and Chahar Dara", "some parts of Khanabad and
        // Imam Sahib have been captured": the part word before a list covers every member.
        let listIsPartial: Bool = {
          guard let first = members.first else { return false }
          if mentions[first].isPartial { return true }
          // Only a part word that governs the list itself: read after the last place between
          // ("took Darqad and some areas of Rustaq and Chah Ab").
          return trigger.tokens.upperBound <= mentions[first].tokens.lowerBound
            && Self.objectIsPartOfPlace(
              tokens, from: trigger.tokens.upperBound, to: mentions[first].tokens.lowerBound, inMention: inMention, inDate: inDate)
        }()
        // "Deh Salah and Qasaan have been taken back": a name matched only by its sound, whose
        // place lies in another province than the one every other item of its list lies in, is
        // no item of that list (Qasaan is no spelling of Herat's Kohsan).
        var listProvinces: Set<String>? = nil
        if members.count > 1, members.contains(where: { mentions[$0].quality == .sound }) {
          listProvinces = Set(
            members.filter { mentions[$0].quality != .sound }.compactMap {
              resolve(mentions[$0], for: trigger.type, context: context)?.0.provincePcode
            })
        }
        // "took Darqad and some areas of Rustaq and Chah Ab": a part word inside a list covers
        // the members after it.
        var partialRun = false
        for m in members {
          let mention = mentions[m]
          if mention.isPartial { partialRun = true }
          // "Apart from Ab Band, Qarabagh and Gilan are on the brink": the excepted item is
          // not the list's place.
          if mention.isExcepted { continue }
          guard let (place, alternatives) = resolve(mention, for: trigger.type, context: context) else { continue }
          // ("Zerok in Paktika and Worsaj in Takhar": one whose own province is named beside it
          // as its container is placed by the text itself.)
          if mention.quality == .sound, let listProvinces, listProvinces.count == 1,
            let own = place.provincePcode, !listProvinces.contains(own),
            !containers.contains(where: { n in
              let between = Self.tokens(between: mention.tokens, and: mentions[n].tokens)
              return between.lowerBound == mention.tokens.upperBound && between.count <= Self.containerReach
                && mentions[n].matches.contains { $0.place.id == own }
                && !between.contains { Self.andOr.contains(tokens[$0].lower) }
            })
          {
            continue
          }
          // A province that holds a named district is its container ("Qaysar district of
          // Faryab"); for mobilisation only a possessor is ("in Ghor's Dawlat Yar district"):
          // "uprising forces of Baghlan seized Deh Salah district" names the province's uprising.
          // ("In Nili, the capital of Daikundi, women … carrying rifles": a province named as the
          // one whose capital a place is holds it, for a rising too.)
          let namesCapitalOf =
            mention.tokens.lowerBound >= 2 && Token.lower(at: mention.tokens.lowerBound - 1, in: tokens) == "of"
            && MentionFinder.provinceCapitalNouns.contains(Token.lower(at: mention.tokens.lowerBound - 2, in: tokens))
          if place.level == .province,
            mention.isPossessor || (namesCapitalOf && containers.contains(m))
              || (trigger.type != .mobilization
                && ((containers.contains(m) && !mention.isNamedObject) || mention.afterPreposition))
          {
            continue
          }
          var confidence = trigger.pattern.strength
          if score > 8 { confidence *= 0.9 }
          if mention.quality == .sound { confidence *= 0.85 }
          if mention.isBackReference { confidence *= 0.8 }
          if !alternatives.isEmpty { confidence *= 0.6 }
          if let announced = mention.announcedCount, announced != members.count { confidence *= 0.85 }
          var attached = trigger
          // "captured a border post in the northeastern province of Badakhshan": a thing taken in
          // a province is no change of control of the province.
          if trigger.type == .captured || trigger.type == .recaptured, place.level == .province, !trigger.tokens.isEmpty,
            mention.tokens.lowerBound > trigger.tokens.upperBound, !mention.isNamedObject,
            Self.hasThingObject(after: trigger.tokens.upperBound, tokens, inMention: inMention)
          {
            continue
          }
          // "captured 20 soldiers in Kaldar", "seized weapons in Kaldar": people and materiel
          // taken are no change of control of the place.
          if trigger.type == .captured || trigger.type == .recaptured, !trigger.tokens.isEmpty,
            Self.objectIsPeopleOrMateriel(tokens, from: trigger.tokens.upperBound, to: mention.tokens.lowerBound)
          {
            continue
          }
          // "conquered the district headquarters, police headquarters and all check posts of
          // Shahrak": the district's seat among what was taken is the district (so is "the
          // district governor's office").
          let seatTaken =
            mention.tokens.lowerBound > trigger.tokens.upperBound && mention.tokens.lowerBound - trigger.tokens.upperBound <= 14
            && (trigger.tokens.upperBound..<(mention.tokens.lowerBound - 1)).contains { k in
              tokens[k].lower == "district"
                && (MentionFinder.seatNouns.contains(tokens[k + 1].lower)
                  || (tokens[k + 1].lower == "governor" && TriggerFinder.opensPossessive(tokens, at: k + 2) && k + 4 < mention.tokens.lowerBound
                    && ["office", "compound", "headquarters"].contains(tokens[k + 4].lower)))
                && !tokens[max(0, k - 2)..<k].contains { ["near", "outside", "around", "behind", "beside", "to", "towards", "from"].contains($0.lower) }
            }
          let partial =
            !seatTaken
            && (mention.isPartial || listIsPartial || partialRun
              // ("In Lashkar Gah, the Taliban seized the prison.")
              || (mention.tokens.upperBound <= trigger.tokens.lowerBound
                && Self.opensSentenceAsLocative(
                  mention.tokens.lowerBound, mention.tokens.upperBound, sentenceStart: sentence.tokens.lowerBound, tokens)
                && Self.hasSiteObject(after: trigger.tokens.upperBound, tokens, inMention: inMention))
              || Self.objectIsPartOfPlace(tokens, from: trigger.tokens.upperBound, to: mention.tokens.lowerBound, inMention: inMention, inDate: inDate)
              || (place.level != .province
                && Self.objectIsUrbanDistrict(tokens, from: trigger.tokens.upperBound, to: mention.tokens.lowerBound, inMention: inMention))
              || (place.level != .province
                && (Self.countsPartOfDistricts(tokens, from: trigger.tokens.upperBound, to: mention.tokens.lowerBound)
                  || (max(0, mention.tokens.lowerBound - 9)..<mention.tokens.lowerBound).contains {
                    Self.countsPartOfDistricts(tokens, from: $0, to: mention.tokens.lowerBound)
                  })))
          if partial, trigger.type == .captured || trigger.type == .recaptured {
            // Taking part of a place ("most parts of Pul-e-Alam have fallen") contests it.
            attached = trigger.retyped(.contested, actor: .taliban, rule: "contested.partial", isIrrealis: false)
          }
          // "Forces withdrew from Khwaja Bahawuddin to Taloqan": the place after "to" is where
          // they went, not a place they gave up.
          // (The place's side first: the rule's text is hashed only for a place after the trigger.)
          if mention.tokens.lowerBound > trigger.tokens.upperBound, TriggerFinder.givingUp.contains(trigger.rule),
            Self.isDestination(mention.tokens.lowerBound, tokens, after: trigger.tokens.upperBound)
          {
            attached = trigger.retyped(.retreatedTo, actor: .government, rule: "retreated_to.from-to", isIrrealis: false)
          }
          drafts.append(
            Draft(
              mention: mention, trigger: attached, place: place, alternatives: alternatives,
              confidence: confidence,
              // (The trigger's own first word may be the claim: "claimed control of Darqad".)
              isHedged: attached.type == .captured
                && Self.isHedged(
                  tokens, sentences[attached.sentence], before: min(attached.tokens.upperBound, attached.tokens.lowerBound + 1), tables: tables),
              dateAnchor: respectiveDays?[members.firstIndex(of: m)!]
                ?? Self.bracketedDay(after: mention.tokens.upperBound, tokens, inMention: inMention, dates: dates[sentence.index])
                ?? (m != members.first ? Self.itemDay(after: mention.tokens.upperBound, tokens, dates: dates[sentence.index]) : nil)
                ?? (gappedMembers.contains(m) ? mention.tokens.upperBound : nil)))
        }
      }
      // "The Taliban have recaptured three districts that militias took last week. The districts
      // of Bano, Deh Salah and Pul-e-Hisar were taken by …", "drove the Taliban out of three
      // districts … The clashes took place in three districts – Pul-e-Hisar, Deh Salah and
      // Bano": the group the change of control just before counted without names, restated
      // with its names, names its places, whatever the restating sentence's own verb says.
      if let restated, let first = inSentence.first(where: { mentions[$0].tokens.lowerBound == restated.listStart })
      {
        var members = inSentence.filter { mentions[$0].list == mentions[first].list && !mentions[$0].isExcepted }
        // "Yaftal in Badakhshan, Malistan in Ghazni and Garmsir in Helmand": items qualified by
        // their provinces are one list too, to its end.
        if restated.count.map({ $0 > members.count }) == true {
          members = Self.qualifiedItems(from: first, inSentence, mentions, tokens)
        }
        // (Under a heading, every place the list names, past its semicolons and the verbs of
        // its items; provinces are dropped below.)
        if restated.underHeading {
          members = inSentence.filter { !mentions[$0].isExcepted && !mentions[$0].isLandmark && !mentions[$0].isAttributive }
        }
        // (The event is the counting sentence's: its words, its actor and its day.)
        let shared = restated.trigger
        // (The count may include one name the gazetteer does not hold.)
        if restated.count == nil || (members.count...(members.count + 1)).contains(restated.count!) {
          appendGroupDrafts(members, shared, mentions, context: context, to: &drafts)
        }
      }
    }
    drafts = Self.withDisputedCaptures(drafts, tokens, sentences, mentions, tables: tables)
    return events(
      from: drafts, document: document, sentences: sentences, dates: dates, tokens: tokens, source: source, byWordID: true)
  }

  /// The group a change of control in one of the two sentences before `sentence` counted
  /// without naming it ("retook three districts", "nine districts were retaken"), restated in
  /// `sentence` right before its names: opening it ("The districts of A, B and C", "The three
  /// districts, A, B and C"), with the same count ("took place in three districts – A, B and
  /// C") or as some of its members ("four of them, A, B, C and D, have fallen back"; "but five
  /// of these have since fallen back to the Taliban, A, B, …", where the group may be counted
  /// earlier in the same sentence). Returns that change of control, the first name's token and
  /// the count of the names (nil for "the districts").
  static func restatedGroup(
    in sentence: Sentence, _ sentences: [Sentence], _ triggers: [[Trigger]], _ tokens: [Token], inMention: [Bool]
  ) -> (trigger: Trigger, listStart: Int, count: Int?, underHeading: Bool)? {
    guard sentence.tokens.count >= 4 else { return nil }
    let start = sentence.tokens.lowerBound
    let end = sentence.tokens.upperBound
    // "Districts occupied by the Taliban" on a line of its own, then "Oba and Farsi in Herat;
    // Shahrak, Tolak, and Saghar in Ghor; …": a heading that is a group's change of control,
    // naming no place, names its places in the list that opens the paragraph under it.
    if sentence.index > 0, inMention[start] {
      let heading = sentences[sentence.index - 1]
      let opener = heading.tokens.lowerBound
      let noun = tokens[opener].lower == "the" || countValue(tokens[opener].lower) != nil ? opener + 1 : opener
      if heading.paragraph != sentence.paragraph, let last = heading.tokens.last,
        ![".", "!", "?", ":", ";", ","].contains(tokens[last].lower), noun < heading.tokens.upperBound,
        groupNouns.contains(tokens[noun].lower), !heading.tokens.contains(where: { inMention[$0] }),
        let trigger = triggers[heading.index].first(where: {
          !$0.isIrrealis && !$0.tokens.isEmpty && ($0.type == .captured || $0.type == .recaptured)
        })
      {
        return (trigger, start, nil, true)
      }
    }
    // "four of them, A, B, C and D": some members of the group, named after the opener or, past
    // the opener's own clause, after its first comma, colon or dash.
    var members: (opener: Int, listStart: Int, count: Int)? = nil
    // (`spells`: every word of the sentence is asked whether it is "of", and `==` on words that
    // differ called the standard library's comparison, 66 000 times on the 1 MB stream:
    // callgrind, issue #16.)
    for k in start..<max(start, end - 3) where tokens[k + 1].spells("of") && ["them", "these", "those"].contains(tokens[k + 2].lower) {
      guard let n = countValue(tokens[k].lower) else { continue }
      var j = k + 3
      if j < end, tokens[j].lower != "," {
        while j < end, j < k + 16, !inMention[j], ![",", ":", "–", "—", ";", "."].contains(tokens[j].lower) { j += 1 }
      }
      guard j + 1 < end, [",", ":", "–", "—"].contains(tokens[j].lower), inMention[j + 1] else { continue }
      members = (k, j + 1, n)
      break
    }
    // The counted group of the latest change of control before (before the opener, when the
    // group is counted in the same sentence), and its count word.
    var counted: (trigger: Trigger, word: String)? = nil
    let first = members == nil ? sentence.index - 1 : sentence.index
    if first >= 0 {
      for s in stride(from: first, through: max(0, sentence.index - 2), by: -1) {
        for t in triggers[s].reversed()
        where !t.isIrrealis && !t.tokens.isEmpty && (t.type == .captured || t.type == .recaptured)
          && (s < sentence.index || t.tokens.upperBound <= members!.opener)
        {
          if hasCountedPlacesObject(after: t.tokens.upperBound, tokens, inMention: inMention) {
            counted = (t, tokens[t.tokens.upperBound].lower)
          } else if members != nil, let word = countedPlacesSubject(before: t.tokens.lowerBound, tokens, inMention: inMention) {
            counted = (t, word)
          }
          if counted != nil { break }
        }
        if counted != nil { break }
      }
    }
    guard let counted, counted.word != "several", counted.word != "some" else { return nil }
    if let members {
      // (Some of a group are fewer than the group.)
      if let whole = countValue(counted.word), members.count > whole { return nil }
      return (counted.trigger, members.listStart, members.count, false)
    }
    for k in start..<end where groupNouns.contains(tokens[k].lower) && k > start {
      let before = tokens[k - 1].lower
      let opens = (k - start == 1 && before == "the") || (k - start == 2 && tokens[start].lower == "the")
      let sameCount = before == counted.word
      guard opens || sameCount else { continue }
      // ("Retook two districts … The three districts include …": another group.)
      if !sameCount, countValue(before) != nil { continue }
      // The names right after the noun, past "of", a dash, a colon, a comma or a list opener
      // ("The three districts include Saighan, …").
      var n = k + 1
      if n < end, ["of", "–", "—", "-", ":", ","].contains(tokens[n].lower) || listOpeners.contains(tokens[n].lower) { n += 1 }
      // (Past a name the gazetteer does not hold: "of Bano, Deh Salah and Pul-e-Hisar".)
      while n < end, n < k + 6, !inMention[n], tokens[n].isCapitalized || [",", "-"].contains(tokens[n].lower) { n += 1 }
      guard n < end, inMention[n] else { continue }
      let count = countValue(before)
      return (counted.trigger, n, count, false)
    }
    return nil
  }

  /// The number a count word or numeral states ("three", "11"), or nil.
  static func countValue(_ word: String) -> Int? { MentionFinder.numberWords[word] ?? Int(word) }

  /// Drafts of `trigger` for the mentions `members` of a group told in another sentence (restated
  /// with its names, or recalled by its count): each that names a district or city and has no
  /// draft of the trigger's type yet, at a confidence below the trigger's own.
  func appendGroupDrafts(_ members: [Int], _ trigger: Trigger, _ mentions: [Mention], context: ProvinceContext, to drafts: inout [Draft]) {
    for m in members {
      // (A place an earlier sentence already gave this type is recalled too: the recalling
      // sentence may state its day, "The districts fell on Sunday afternoon".)
      guard let (place, alternatives) = resolve(mentions[m], for: trigger.type, context: context), place.level != .province,
        !drafts.contains(where: { $0.place.id == place.id && $0.trigger.type == trigger.type && $0.trigger.sentence == trigger.sentence })
      else { continue }
      drafts.append(
        Draft(
          mention: mentions[m], trigger: trigger, place: place, alternatives: alternatives,
          confidence: trigger.pattern.strength * 0.8))
    }
  }

  /// The change of control of a sentence whose subject or object is a counted group of places
  /// recalled ("all three districts have since fallen", "retook the two districts", "both
  /// districts fell"), and the count, if the sentence has one: the group phrase ends at most
  /// four tokens before the trigger or starts at most two after it, and no place stands between
  /// them or in the three tokens after the trigger (its own object). An uncounted group ("the
  /// districts") has count 0 and the level its noun names (nil for a noun of no district or
  /// province level); a counted one has no level.
  static func recalledGroup(
    in sentence: Sentence, _ triggers: [Trigger], _ tokens: [Token], inMention: [Bool], groupNouns: TokenWordList
  ) -> (Trigger, Int, PlaceLevel?)? {
    let range = sentence.tokens
    // (Only the words around a change of control are read: scanning every word of every
    // sentence for a group noun hashed each, about 85 M instructions on the 1 MB stream,
    // callgrind, issue #16. The nouns are asked by id (`RuleTables.recallNouns`), and a trigger
    // is copied only when it is returned: hashing the words of every window and copying every
    // trigger were about 7 M.)
    for t in triggers.indices {
      guard !triggers[t].isIrrealis, triggers[t].type == .captured || triggers[t].type == .recaptured else { continue }
      let span = triggers[t].tokens
      guard !span.isEmpty else { continue }
      // The noun at most five tokens before the trigger, or its count at most two after it.
      let window = max(range.lowerBound + 1, span.lowerBound - 5)..<min(range.upperBound, span.upperBound + 4)
      for k in window where !span.contains(k) && groupNouns.contains(tokens, at: k) {
        // The count right before the noun ("three districts", "both districts"); none after
        // "the", "these" or "those" ("the districts fell on Monday afternoon": 0, the last list
        // of the sentence before, whatever its length).
        let word = tokens[k - 1].lower
        if ["the", "these", "those"].contains(word), k - 1 >= range.lowerBound, k < span.lowerBound,
          !(k..<span.lowerBound).contains(where: { inMention[$0] })
        {
          let level: PlaceLevel? =
            switch tokens[k].lower {
            case "districts": .district
            case "provinces": .province
            default: nil
            }
          return (triggers[t], 0, level)
        }
        guard let count = word == "both" ? 2 : countValue(word), count >= 2 else { continue }
        // (A group opened by a determiner of things known: "all", "the", "these", "those", or
        // "both" itself.)
        let opener = k >= range.lowerBound + 2 ? tokens[k - 2].lower : ""
        guard word == "both" || ["all", "the", "these", "those"].contains(opener) else { continue }
        guard k < span.lowerBound || k - 1 >= span.upperBound else { continue }
        let between = span.lowerBound > k ? k..<span.lowerBound : span.upperBound..<(k - 1)
        let object = span.upperBound..<min(range.upperBound, span.upperBound + 3)
        guard !between.contains(where: { inMention[$0] }), !object.contains(where: { inMention[$0] }) else { continue }
        return (triggers[t], count, nil)
      }
    }
    return nil
  }

  /// The items of a list whose items carry their provinces ("Yaftal in Badakhshan, Malistan in
  /// Ghazni and Garmsir in Helmand"), from the mention `first` (an index into `mentions`, one of
  /// `inSentence`): the mentions joined by commas and "and", each province after "in" or "of"
  /// being its item's container rather than an item.
  static func qualifiedItems(from first: Int, _ inSentence: [Int], _ mentions: [Mention], _ tokens: [Token]) -> [Int] {
    guard let at = inSentence.firstIndex(of: first) else { return [first] }
    var items = [first]
    var previous = first
    let containerWords = qualifiedItemContainerWords
    for m in inSentence[(at + 1)...] {
      let between = tokens[mentions[previous].tokens.upperBound..<mentions[m].tokens.lowerBound].map(\.lower)
      if !between.isEmpty, between.allSatisfy(containerWords.contains), between.contains(where: { $0 == "in" || $0 == "of" }),
        mentions[m].hasLevel(.province)
      {
        previous = m  // the item's container
        continue
      }
      guard !between.isEmpty, between.allSatisfy({ MentionFinder.listJoiners.contains($0) || containerWords.contains($0) && $0 != "in" && $0 != "of" }),
        !mentions[m].isExcepted
      else { break }
      items.append(m)
      previous = m
    }
    return items
  }

  /// Words of a container phrase between a gapped list's items (`gappedLists`).
  static let gappedListContainerWords: Set<String> = ["district", "city", "province", "of", "in"]

  /// The words between a list item and its province (`qualifiedItems`): "in", "of" and level nouns.
  static let qualifiedItemContainerWords: Set<String> = ["in", "of", "district", "districts", "province", "provinces"]

  /// The count word of a group of places that is the subject right before a trigger starting at
  /// `start` ("nine districts were retaken", "11 districts had been retaken", "five districts
  /// fell"), or nil.
  static func countedPlacesSubject(before start: Int, _ tokens: [Token], inMention: [Bool]) -> String? {
    var k = start - 1
    while k >= 0, k >= start - 3, auxiliaries.contains(tokens[k].lower) { k -= 1 }
    guard k >= 1, groupNouns.contains(tokens[k].lower) else { return nil }
    // (Past one adjective: "nine more districts", "11 strategic districts".)
    var c = k - 1
    if c >= 1, tokens[c].kind == .word, MentionFinder.numberWords[tokens[c].lower] == nil, !inMention[c] { c -= 1 }
    guard c >= 0, !inMention[c], tokens[c].kind == .number || MentionFinder.numberWords[tokens[c].lower] != nil else { return nil }
    return tokens[c].lower
  }

  /// A report read in parts: runs of one language (`LanguageSegments`) or, for a very long
  /// report, stretches of whole sentences (`LanguageSegments.chunks`). Each part is extracted by
  /// its own language's rules, spans are shifted into the whole text, one event is kept per
  /// type, place and day (the first stated), and ids are renumbered in text order. Parts must be
  /// in text order and must not overlap.
  func extractInParts(_ document: Document, _ segments: [LanguageSegment]) -> [Event] {
    let view = document.text.unicodeScalars
    var index = view.startIndex
    var offset = 0
    var all: [Event] = []
    var seen = Set<String>()
    for segment in segments {
      // Walk to the part's start, then to its end: one pass over the text for all parts.
      while offset < segment.scalars.lowerBound, index < view.endIndex {
        index = view.index(after: index)
        offset += 1
      }
      let start = index
      while offset < segment.scalars.upperBound, index < view.endIndex {
        index = view.index(after: index)
        offset += 1
      }
      let part = String(view[start..<index])
      for var event in extract(Document(id: document.id, text: part, published: document.published, language: segment.language)) {
        let key = "\(event.type.rawValue)|\(event.place.pcode)|\(event.date?.description ?? "-")"
        guard seen.insert(key).inserted else { continue }
        event.span = event.span.map { $0 + segment.scalars.lowerBound }
        all.append(event)
      }
    }
    for i in all.indices { all[i].id = "\(document.id)#\(i + 1)" }
    return all
  }

  // MARK: - Attaching places to triggers

  /// A group of a sentence's places (`Mention` positions, a list's members) and the trigger
  /// that states their event, with the score `nearestTrigger` gave the pair.
  ///
  /// A struct, not the tuple `(members:trigger:score:)` it replaces: the tuple's copies went
  /// through the runtime's generic tuple copy, which asks the metadata of each element, about
  /// 300 instructions a copy (20 600 copies on the 1 MB stream: callgrind, issue #16), where the
  /// struct's copy is compiled for its fields.
  struct Assignment {
    var members: [Int]
    var trigger: Trigger
    var score: Int

    init(_ members: [Int], _ trigger: Trigger, _ score: Int) {
      self.members = members
      self.trigger = trigger
      self.score = score
    }
  }

  /// A trigger that found a place on the side its wording expects keeps only that one: in
  /// "Bala Murghab falls as the Taliban push into Qala-e-Naw" the place after "falls" is not
  /// what fell. Triggers that take either side, and inherited triggers, are unaffected.
  static func preferredSides(
    _ assignments: [Assignment], _ mentions: [Mention], _ tokens: [Token]
  ) -> [Assignment] {
    func isAfter(_ assignment: Assignment) -> Bool {
      assignment.trigger.tokens.upperBound <= mentions[assignment.members[0]].tokens.lowerBound
    }
    func expected(_ assignment: Assignment) -> Bool? {
      switch side(of: assignment.trigger, tokens) {
      case .before: return !isAfter(assignment)
      case .after, .afterOnly: return isAfter(assignment)
      case .beforeOnly: return !isAfter(assignment)
      case .either: return nil
      }
    }
    return assignments.filter { assignment in
      guard !assignment.trigger.tokens.isEmpty, expected(assignment) == false,
        !assignment.members.contains(where: { mentions[$0].isIncluded })
      else { return true }
      // Drop it when another list took the same trigger from the expected side.
      return !assignments.contains { other in
        other.trigger.tokens == assignment.trigger.tokens && expected(other) == true
      }
    }
  }

  /// How many sentences from the start a dateline may open (after a headline or a time stamp
  /// on lines of their own); `reportDate` reads its day from as far.
  static let datelineReach = 4

  /// The day of a dateline opening the report ("Kunduz, July 14 (Pajhwok):", "Herat
  /// [Afghanistan], July 3 (ANI) -"), when it is the publication day or up to a week before it:
  /// the day the report was filed, which "today" and "this morning" mean.
  static func datelineDay(_ tokens: [Token], from start: Int = 0, published: Day?, tables: RuleTables) -> Day? {
    guard let published, tokens.count > start + 3, tokens[start].kind == .word, tokens[start].isCapitalized else { return nil }
    let head = start..<min(tokens.count, start + 12)
    guard let date = DateFinder.find(tokens, in: head, published: published, tables: tables).first,
      let day = date.day, day <= published, published.adding(days: -reportDayReach) <= day
    else { return nil }
    // Only names, commas and brackets before the date; a bracket, colon or dash right after.
    let lead = tokens[start..<date.tokens.lowerBound]
    // Joined names count too: "Kala-i-Naw", "Mazar-e-Sharif" (short lowercase links, hyphens).
    guard lead.allSatisfy({
      ($0.kind == .word && ($0.isCapitalized || $0.lower.count <= 3)) || [",", "[", "]", "(", ")", "-"].contains($0.lower)
    }),
      date.tokens.upperBound < tokens.count,
      ["(", ":", "-", "\u{2013}", "\u{2014}", "["].contains(tokens[date.tokens.upperBound].lower)
    else { return nil }
    // (A day with no place before it is a dateline only before an agency's bracket, "Aug 23
    // (Reuters) -": "August 12 – Herat: …" and "May 11: …" head a timeline's entries.)
    if lead.isEmpty, !["(", "["].contains(tokens[date.tokens.upperBound].lower) { return nil }
    return day
  }

  /// Words of a date phrase around a gapped list ("on Sunday", "late on Monday night").
  static let gapDateWords: Set<String> = [
    "on", "late", "early", "by", "the", "next", "following", "night", "morning", "evening", "day",
    // "and Taloqan hours later", "and Aybak a day later", "and Sheberghan shortly afterwards".
    "a", "hours", "later", "shortly", "soon", "afterwards",
  ]
  /// What may stand between a gapped list and the trigger it shares: date words and joints.
  static let gapJoints = gapDateWords.union([",", "and", "then", "while"])

  /// Lists that share a verb stated once ("Kunduz fell on Sunday, Sar-e-Pul on Sunday and
  /// Taloqan on Monday", "Almar fell on Sunday night and Qaisar the next morning", "took Imam
  /// Sahib on June 22 and Khanabad on June 25"): a list that no trigger took, after a trigger
  /// that took the list before it (or after it, the list's containers allowed between), with
  /// only dates and joints between and nothing but a date after it.
  static func gappedLists(
    _ chosen: [Assignment], groups: [Int: [Int]], _ mentions: [Mention],
    _ tokens: [Token], inMention: [Bool], dates: [DateMention], end: Int
  ) -> [Assignment] {
    // (A list takes its trigger from an assignment before it, chosen or added, so with none
    // chosen or no list there is none to add; the sets below were made at every call all the
    // same: with the array below, `gappedLists` 11.76 M -> 8.99 M instructions on the 1 MB
    // stream, callgrind, issue #16.)
    guard !chosen.isEmpty, !groups.isEmpty else { return [] }
    var inDate = Set<Int>()
    for date in dates { inDate.formUnion(date.tokens) }
    let dateWords = Self.gapDateWords
    let joints = Self.gapJoints
    // (A list only a wording that tells no event took, "… on August 14, gradually encircling
    // the government", is still free for the verb stated once. The mentions taken are a few,
    // each asked about once per list: an array, not a set built from it.)
    let taken = chosen.filter { !$0.trigger.isIrrealis }.flatMap(\.members)
    var added: [Assignment] = []
    var gapped = Set<Int>()  // tokens of the lists found so far: "A fell on Sunday, B on Sunday and C on Monday"
    // (A static set: the literal was built at every call, about 1 900 instructions.)
    let containerWords = Self.gappedListContainerWords
    for listID in groups.keys.sorted() {
      guard let members = groups[listID], let first = members.first, let last = members.last,
        !members.contains(where: { taken.contains($0) })
      else { continue }
      let start = mentions[first].tokens.lowerBound
      // The nearest trigger before the list that took a list before itself ("Kunduz fell on
      // Sunday, Sar-e-Pul on Tuesday") or, the object's way, a list right after itself ("took
      // Imam Sahib district on June 22 and Khanabad on June 25").
      let sources = (chosen + added).filter { a in !a.trigger.tokens.isEmpty && a.trigger.tokens.upperBound <= start }
      let subjectSource = sources.filter { a in mentions[a.members.last!].tokens.upperBound <= a.trigger.tokens.lowerBound }
        .max(by: { $0.trigger.tokens.upperBound < $1.trigger.tokens.upperBound })
      let objectSource = sources.filter { a in
        mentions[a.members.first!].tokens.lowerBound >= a.trigger.tokens.upperBound && mentions[a.members.last!].tokens.upperBound <= start
      }.max(by: { mentions[$0.members.last!].tokens.upperBound < mentions[$1.members.last!].tokens.upperBound })
      func isGapOfDates(_ before: Range<Int>, containers: Bool) -> Bool {
        before.contains(where: { inDate.contains($0) })
          && before.allSatisfy({
            inDate.contains($0) || joints.contains(tokens[$0].lower) || gapped.contains($0)
              || (containers && (containerWords.contains(tokens[$0].lower) || inMention[$0]))
          })
          && before.contains(where: { [",", "and"].contains(tokens[$0].lower) })
      }
      let source: Assignment
      if let subjectSource, isGapOfDates(subjectSource.trigger.tokens.upperBound..<start, containers: false) {
        source = subjectSource
      } else if let objectSource, isGapOfDates(mentions[objectSource.members.last!].tokens.upperBound..<start, containers: true) {
        source = objectSource
      } else {
        continue
      }
      // After the list: a date, then the end of the clause.
      var k = mentions[last].tokens.upperBound
      while k < end, tokens[k].lower == "district" || tokens[k].lower == "city" { k += 1 }
      var sawDate = false
      while k < end, inDate.contains(k) || dateWords.contains(tokens[k].lower) {
        sawDate = sawDate || inDate.contains(k)
        k += 1
      }
      guard sawDate || k > mentions[last].tokens.upperBound, k == end || [",", "and", ".", ";"].contains(tokens[k].lower) else { continue }
      added.append(Assignment(members, source.trigger, source.score))
      for m in members { gapped.formUnion(mentions[m].tokens) }
    }
    return added
  }

  /// A trigger that takes a list before it takes the nearest one: in "Kabul has sent
  /// reinforcements to Lashkar Gah, where fighting has been intense" the fighting is Lashkar
  /// Gah's, not Kabul's. A container between ("Qaysar district of Faryab fell") or a
  /// coordinated list ("Kunduz, as well as Baghlan and Takhar, have seen clashes") does not count.
  static func nearestSubjects(
    _ assignments: [Assignment], _ mentions: [Mention], _ tokens: [Token],
    containers: Set<Int>
  ) -> [Assignment] {
    func isBefore(_ a: Assignment) -> Bool {
      !a.trigger.tokens.isEmpty && mentions[a.members.last!].tokens.upperBound <= a.trigger.tokens.lowerBound
    }
    let inContainer = Set(containers.flatMap { mentions[$0].tokens })
    // (The items of a long subject stand between its first group and its last: "Farkhar in
    // Takhar, Alasay in Kapisa, …, and Gelan in Ghazni fell".)
    let inItem: Set<Int> = assignments.count > 2 ? Set(assignments.flatMap { $0.members.flatMap { mentions[$0].tokens } }) : []
    return assignments.filter { assignment in
      guard isBefore(assignment) else { return true }
      let end = mentions[assignment.members.last!].tokens.upperBound
      return !assignments.contains { other in
        // The other list's first own place: containers and landmarks in it are not subjects
        // ("Shahrestan district in Daikundi and Hisa-e-Awal-e-Kohistan in Kapisa").
        guard other.trigger.tokens == assignment.trigger.tokens, isBefore(other),
          mentions[other.members.first!].tokens.lowerBound >= end,
          let own = other.members.first(where: {
            !(containers.contains($0) || mentions[$0].isLandmark || mentions[$0].isAttributive)
          })
        else { return false }
        let between = end..<mentions[own].tokens.lowerBound
        if between.contains(where: { Self.coordinators.contains(tokens[$0].lower) }) { return false }
        // ("Alasay in Kapisa and Gelan in Ghazni": the other group's first place is this one's
        // container, whatever the list it heads.)
        if !between.isEmpty, between.allSatisfy({ ["in", "of"].contains(tokens[$0].lower) }) { return false }
        // "Kahmard and Saighan in Bamyan, Shaikh Ali and Surkh Parsa in Parwan have been
        // recaptured": groups closed by their container and a comma are items of one subject.
        // ("Takhar, Balkh and Baghlan in the north, Badghis in the west, …": closed by a part
        // of the country.)
        let closedGroup =
          between.contains(where: { tokens[$0].lower == "," })
          && between.contains(where: { inContainer.contains($0) || MentionFinder.regionStarters.contains(tokens[$0].lower) })
          && between.allSatisfy { k in
            inContainer.contains(k) || inItem.contains(k)
              || [",", "in", "of", "province", "provinces", "district", "districts"].contains(tokens[k].lower)
              || Self.placeDescriptors.contains(tokens[k].lower) || MentionFinder.directionAdjectives.contains(tokens[k].lower)
          }
        return !closedGroup
      }
    }
  }

  /// Auxiliaries that stand for a verb told before them ("as did Taloqan", "and so has Herat").
  static let elidedAuxiliaries: SpelledWordSet = ["did", "had", "has", "have", "was", "were"]

  /// Words that join lists into one subject ("Kunduz province, as well as Baghlan and Takhar";
  /// "A district in Baghlan; B district in Herat; and C").
  static let coordinators: Set<String> = ["and", "or", ";", "well", "along", "together", "plus"]

  /// Words that may stand between a trigger's object and a later list that continues it ("took
  /// Kandahar and Lashkar Gah in the south and outside Faizabad").
  /// Words of a phrase that says where a place lies, between two objects of one verb ("Islam
  /// Qala on the Iranian border and Torghundi"): borders, directions and the neighbours.
  static let objectDescriptionWords: SpelledWordSet = [
    "border", "borders", "frontier", "crossing", "main", "with", "along", "close", "north", "south", "east",
    "west", "northern", "eastern", "western", "northeast", "northwest", "southeast", "southwest", "iran",
    "iranian", "pakistan", "pakistani", "turkmenistan", "turkmen", "tajikistan", "tajik", "uzbekistan",
    "uzbek", "china", "chinese", "country", "country's", "a", "an",
  ]

  /// Verbs of going somewhere, whose "to" leads to a destination (not a target).
  static let goingVerbs = SpelledWordSet(
    Set(["go", "leave", "move", "return", "flee", "travel", "relocate", "head"].flatMap(Inflections.forms(of:))).union([
      "went", "gone", "left", "fled",
    ]))
  /// Words that go on from one item of a list of changes to the next ("the fall of Zaranj,
  /// then Sheberghan", "followed by Kunduz").
  static let sequenceWords: SpelledWordSet = ["then", "followed", "by", "finally", "later", "soon", "after", "before", "even"]
  static let objectJoints: Set<String> = [
    ",", "and", "or", "the", "of", "in", "its", "capital", "outside", "around", "near", "inside", "on", "at",
    "to", "into", "towards", "toward", "outskirts", "parts", "part", "also", "well", "as", ";", "including",
    "includes", "include", "such", "like", "namely", "viz",
    // Quantifiers and part nouns of a later partial list ("took Darqad and some parts of Chah Ab").
    "some", "most", "much", "many", "several", "large", "vast", "half", "all", "rest", "whole", "entire",
    "areas", "area", "villages", "suburbs", "sections",
  ]

  /// A trigger whose object slot is filled by the list right after it ("the fall of Spin Boldak",
  /// "captured Arghandab") takes no further list after it with other words than list joints
  /// between: "After the fall of Spin Boldak, attention turned to Kandahar city" and "With the
  /// capture of Darqad, the Taliban now threaten Taluqan" say nothing of Kandahar's or Taluqan's
  /// fall. Lists before the trigger, and lists that continue the object (joints, containers and
  /// appositions only between), keep it.
  static func withoutSaturatedObjects(
    _ assignments: [Assignment], _ mentions: [Mention], _ tokens: [Token],
    inMention: [Bool]
  ) -> [Assignment] {
    func start(_ a: Assignment) -> Int { mentions[a.members[0]].tokens.lowerBound }
    func end(_ a: Assignment) -> Int { mentions[a.members.last!].tokens.upperBound }
    // "the collapse of Kunduz's Dasht-e-Archi district": a possessor and its "'s" are words of
    // the object too.
    func isPossessive(_ k: Int) -> Bool {
      TriggerFinder.opensPossessive(tokens, at: k) || TriggerFinder.endsPossessive(tokens, at: k)
    }
    return assignments.filter { assignment in
      let trigger = assignment.trigger
      guard !trigger.tokens.isEmpty, trigger.tokens.upperBound <= start(assignment) else { return true }
      // The object: another list taking the same trigger, after it, with nothing but place words
      // between the trigger and it.
      guard
        let object = assignments.first(where: { other in
          other.trigger.tokens == trigger.tokens && trigger.tokens.upperBound <= start(other)
            && start(other) < start(assignment)
            && (trigger.tokens.upperBound..<start(other)).allSatisfy { k in
              isPossessive(k) || inMention[k]
                || (tokens[k].kind != .punctuation
                  && (placeObjectWords.contains(tokens[k].lower) || ["of", "over", "the"].contains(tokens[k].lower)
                    // ("overran Afghanistan's Ghazni city", "the restive Kunduz province".)
                    || MentionFinder.directionAdjectives.contains(tokens[k].lower)))
            }
        })
      else { return true }
      // Still the same object when only a list's joints, containers and appositions stand
      // between ("captured Tirin Kot, the capital of Uruzgan province, and Firoz Koh").
      // (Lists that overlap share no words between them.)
      guard end(object) <= start(assignment) else { return true }
      let between = end(object)..<start(assignment)
      let inPlace = Set(mentions.flatMap { $0.tokens.overlaps(between) ? Array($0.tokens) : [] })
      // (A place that forces giving up the object went to is no more of it: "withdrew from
      // Qaisar on Thursday night to the neighbouring Almar district".)
      if TriggerFinder.givingUp.contains(trigger.rule), Self.isDestination(start(assignment), tokens, after: end(object)) {
        return true
      }
      // (and possessives: "took Kunduz's Imam Sahib, Baghlan's Burka and …").
      // (A phrase describing where the object lies, before the "and" that adds the next one:
      // "seized Islam Qala on the Iranian border and Torghundi", "Kunduz city, the main hub in
      // the north, and Taloqan".)
      let describes = between.last.map { tokens[$0].lower == "and" } ?? false
      return between.allSatisfy { k in
        inPlace.contains(k) || Self.objectJoints.contains(tokens[k].lower)
          || placeObjectWords.contains(tokens[k].lower) || isPossessive(k)
          || (describes && Self.objectDescriptionWords.contains(tokens[k].lower))
          // (An item no gazetteer name matched: "withdrew from Kharwar; Mangjic, Faizabad and
          // Khanaqa districts".)
          || MentionFinder.isUnknownName(tokens[k])
      }
    }
  }

  /// Words that open a sentence restating what the list before it named ("They all fell on
  /// Sunday").
  static let restatingOpeners: Set<String> = ["they", "these", "all"]

  /// Of `candidates`, triggers of `sentence` in text order, the last one that a noun of a group
  /// of places stands right before or after ("Nine Districts Fall to Taliban as Fighting
  /// Continues": the fall), else the last one.
  static func triggerOfGroup(_ candidates: [Trigger], _ tokens: [Token], in sentence: Sentence) -> Trigger? {
    candidates.last { trigger in
      let before = max(sentence.tokens.lowerBound, trigger.tokens.lowerBound - 3)..<trigger.tokens.lowerBound
      let after = trigger.tokens.upperBound..<min(sentence.tokens.upperBound, trigger.tokens.upperBound + 3)
      return before.contains { groupNouns.contains(tokens[$0].lower) } || after.contains { groupNouns.contains(tokens[$0].lower) }
    } ?? candidates.last
  }

  /// A line of a list: it opens with a bullet ("-", "•", "*", a dash) or a number and "." or ")".
  static func isListItem(_ tokens: [Token], _ sentence: Sentence) -> Bool {
    guard sentence.tokens.count >= 2 else { return false }
    let first = tokens[sentence.tokens.lowerBound]
    guard first.followsLineBreak || sentence.tokens.lowerBound == 0 else { return false }
    if isBullet(first.lower) { return true }
    // ("1. Nerkh", "2) Jalrez", "3 - Helmand - Grishk".)
    guard first.kind == .number else { return false }
    // (The mark's byte when it is one ASCII byte, as `isBullet` reads it.)
    let mark = tokens[sentence.tokens.lowerBound + 1].lower
    if let byte = mark.leadingASCIIByte {
      return byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "-")
    }
    return [".", ")", "-", "\u{2013}"].contains(mark)
  }

  /// Whether a sentence is a labelled line of a list: it opens a line with a capitalized word
  /// and a colon follows within its first five tokens ("Herat: Afghanistan's third-largest
  /// city.", "Lashkar Gah: Capital of Helmand", "August 6 – Zaranj: …"), or within its first
  /// twelve after a label of names, numbers, dashes and short links only ("Aug. 12 -- Herat: …",
  /// "Aug. 8 – Sar-e Pul: …").
  static func isLabelledItem(_ tokens: [Token], _ sentence: Sentence) -> Bool {
    guard sentence.tokens.count >= 3 else { return false }
    let first = tokens[sentence.tokens.lowerBound]
    guard first.followsLineBreak, first.kind == .word, first.isCapitalized else { return false }
    let end = min(sentence.tokens.upperBound, sentence.tokens.lowerBound + 12)
    // (The colon by byte count, `spells`: asked of the first words of every sentence.)
    guard let colon = (sentence.tokens.lowerBound + 1..<end).first(where: { tokens[$0].lower.spells(":") }) else { return false }
    if colon < sentence.tokens.lowerBound + 6 { return true }
    return tokens[sentence.tokens.lowerBound..<colon].allSatisfy { token in
      token.kind == .number || (token.kind == .word && (token.isCapitalized || token.lower.count <= 2))
        || [".", "-", "\u{2013}", "\u{2014}", ",", "'"].contains(token.lower)
    }
  }

  /// Whether a sentence is a heading over a list: a line of its own, of three to ten tokens,
  /// with no closing stop, naming a group of places and no place ("Provincial capitals
  /// contested as of August 12", "Provincial capitals captured by the Taliban").
  static func isHeading(_ tokens: [Token], _ sentence: Sentence, hasPlace: Bool) -> Bool {
    guard !hasPlace, (3...10).contains(sentence.tokens.count) else { return false }
    let first = tokens[sentence.tokens.lowerBound]
    guard first.followsLineBreak || sentence.tokens.lowerBound == 0, let last = sentence.tokens.last,
      ![".", "!", "?"].contains(tokens[last].lower)
    else { return false }
    return sentence.tokens.contains { groupNouns.contains(tokens[$0].lower) }
  }

  /// Whether `mark` is a list item's bullet: "-", "•", "*", "–", "—" or "·". A mark that
  /// starts with an ASCII byte is tested on that byte (`String.leadingASCIIByte`: comparing it
  /// with the non-ASCII bullets as text normalised both, about 170 instructions a test); any
  /// other is compared with every bullet as text.
  static func isBullet(_ mark: String) -> Bool {
    if let byte = mark.leadingASCIIByte { return byte == UInt8(ascii: "-") || byte == UInt8(ascii: "*") }
    return ["-", "•", "*", "–", "—", "·"].contains(mark)
  }

  /// Whether the sentence's last token is a colon (a header that a list follows).
  static func endsWithColon(_ tokens: [Token], _ sentence: Sentence) -> Bool {
    sentence.tokens.last.map { tokens[$0].lower == ":" } ?? false
  }

  /// "The districts are …", "These districts include …", "They are …": a sentence that only
  /// names the places of the previous sentence's event.
  /// (The words are asked by the tokens' ids, read in place: `words` holds the lists' ids, and a
  /// token spells a list word exactly when its id is the word's (`RuleTables.ListWords`). Spelling
  /// the words of every wording against copies of the tokens was about 800 instructions a
  /// sentence, 5.4 M on the 1 MB stream: callgrind, issue #16.)
  static func continuesList(_ tokens: [Token], _ sentence: Sentence, words: RuleTables.ListWords) -> Bool {
    guard sentence.tokens.count >= 3 else { return false }
    let first = sentence.tokens.lowerBound
    let count = min(4, sentence.tokens.count)
    // "Officials named them as Gomal and Barmal", "Sources identified them as …".
    if words.namingVerbs.contains(tokens[first + 1].word), tokens[first + 2].word == words.them { return true }
    let head = tokens[first].word
    if words.isOpeningHead[Int(head)], words.openings.contains(where: { opening in
      opening.count <= count && opening[0] == head
        && opening.indices.dropFirst().allSatisfy { tokens[first + $0].word == opening[$0] }
    }) {
      return true
    }
    var last = sentence.tokens.upperBound - 1
    if tokens[last].kind == .punctuation { last -= 1 }
    guard last - 1 > first else { return false }
    let (penultimate, final) = (tokens[last - 1].word, tokens[last].word)
    return words.endings.contains { penultimate == $0[0] && final == $0[1] }
  }

  /// Whether the sentence opens with a counted group of places: "The three cities", "The two
  /// districts".
  static func opensWithCountedGroup(_ tokens: [Token], _ sentence: Sentence) -> Bool {
    let first = sentence.tokens.lowerBound
    guard sentence.tokens.count >= 4, tokens[first].lower == "the", let count = countValue(tokens[first + 1].lower), count >= 2
    else { return false }
    return groupNouns.contains(tokens[first + 2].lower)
  }

  /// `continuesList(_:_:words:)` as it was written before it read ids, for tests.
  static func continuesList(_ tokens: [Token], _ sentence: Sentence) -> Bool {
    guard sentence.tokens.count >= 3 else { return false }
    // The first four words, read in place (asked of every sentence without a trigger).
    let first = sentence.tokens.lowerBound
    let count = min(4, sentence.tokens.count)
    // "Officials named them as Gomal and Barmal", "Sources identified them as …".
    // (`Token.spells`: these lists are ASCII words, and most words are turned away on their
    // length.)
    // (Each token asked about is taken once: `tokens[k].spells` inside the closures below
    // copied the token, its text retained and released, for every wording tried, about 1 700
    // instructions a sentence, 10.8 M on the 1 MB stream, callgrind, issue #16.)
    let second = tokens[first + 1]
    if namingVerbs.contains(where: { second.spells($0) }), tokens[first + 2].spells("them") { return true }
    let head = tokens[first]
    // (The openings are tried only after a head word that opens one: each of the 21 openings
    // took its first word apart and spelled it against the head, about 700 instructions a
    // sentence, 4.7 M on the 1 MB stream; callgrind, issue #16.)
    if listOpeningHeads.contains(where: { head.spells($0) }), listOpenings.contains(where: { opening in
      opening.count <= count && head.spells(opening[0])
        && opening.indices.dropFirst().allSatisfy { tokens[first + $0].spells(opening[$0]) }
    }) {
      return true
    }
    var last = sentence.tokens.upperBound - 1
    if tokens[last].kind == .punctuation { last -= 1 }
    guard last - 1 > first else { return false }
    let (penultimate, final) = (tokens[last - 1], tokens[last])
    return listEndings.contains { penultimate.spells($0[0]) && final.spells($0[1]) }
  }

  /// Whether the sentence opens with a subject and a progressive verb ("They are standing by
  /// their brothers", "These were fighting"): a clause of its own, not the opening of a list
  /// ("They are Maimai, Nusai …", `continuesList`).
  static func opensWithProgressive(_ tokens: [Token], _ sentence: Sentence) -> Bool {
    let first = sentence.tokens.lowerBound
    guard sentence.tokens.count >= 3, ["are", "were", "is", "was"].contains(tokens[first + 1].lower) else { return false }
    let verb = tokens[first + 2]
    return verb.kind == .word && !verb.isCapitalized && verb.lower.hasSuffix("ing")
  }

  /// Adverbs between places and the "followed" that gives them the event before ("Taloqan soon
  /// followed").
  static let adverbsBeforeFollowed: SpelledWordSet = ["quickly", "soon", "swiftly", "also", "then", "later"]

  /// Whether `word` is one of the words read past between a trigger's preposition and its
  /// object ("seized control of the strategic …"). (A `switch`: `[…].contains` built its array
  /// at every word tested.)
  static func isObjectLeader(_ word: String) -> Bool { objectLeaders.contains(word) }
  /// (Asked by byte count, `SpelledWordSet`: a `switch` compared every word with every case,
  /// about 25 000 words on the 1 MB stream: callgrind, issue #16.)
  static let objectLeaders: SpelledWordSet = [
    "the", "strategic", "key", "strategically", "important", "neighbouring", "neighboring", "nearby",
  ]

  // The word lists `extract` asks with `contains`, static: written there as array literals,
  // each was built on the heap and freed at every trigger or pair of places tested (the
  // optimiser leaves literals in so long a function unfolded; callgrind, issue #16).
  /// Prepositions that end a trigger's wording and introduce its object ("seized control of").
  static let objectPrepositions: SpelledWordSet = ["of", "over"]
  /// The same for a retreat ("retreated to"), an entry ("entered into") and an advance ("drew
  /// closer to", "tightened the noose around").
  static let retreatObjectPrepositions: SpelledWordSet = ["to", "into", "towards", "toward"]
  /// … and for a regrouping ("regrouped in Bamyan province": where the forces went).
  static let regroupObjectPrepositions: SpelledWordSet = ["in", "at"]
  static let entryObjectPrepositions: SpelledWordSet = ["into", "inside"]
  static let advanceObjectPrepositions: SpelledWordSet = ["to", "towards", "toward", "into", "around"]
  /// The conjunctions that join two places as conjuncts, not a place and its container.
  static let andOr: SpelledWordSet = ["and", "or"]

  /// The indices of the mentions of list `list`, in order. (A function of its own: inside
  /// `extract`, too long for the optimiser to inline the array reads, each test copied two
  /// mentions, 43 002 copies on the 1 MB stream, callgrind.)
  static func members(ofList list: Int, _ mentions: [Mention]) -> [Int] {
    mentions.indices.filter { mentions[$0].list == list }
  }

  /// Whether token `k` is "followed" and the next token of its sentence (which ends before
  /// `sentenceEnd`) is not "by". A word of eight bytes is compared; others are passed on their
  /// length. (A function of its own, asked of every token: inside `extract`, too long for the
  /// optimiser to inline the array reads, each test copied the token, 5.7 M instructions on the
  /// 1 MB stream, callgrind.)
  static func isFollowed(at k: Int, _ tokens: [Token], sentenceEnd: Int) -> Bool {
    tokens[k].byteEnd - tokens[k].byteStart == 8 && tokens[k].lower == "followed"
      && (k + 1 >= sentenceEnd || tokens[k + 1].lower != "by")
  }

  /// "Kunduz fell on Sunday. Taloqan and Sar-e-Pul followed the same day.": a sentence whose
  /// places "followed" (right after a name; not "followed by") shares the previous sentence's
  /// event.
  static func followsSuit(_ tokens: [Token], _ sentence: Sentence, inName: [Bool]) -> Bool {
    let range = sentence.tokens
    if opensWithFollower(tokens, range, inName: inName) { return true }
    // "Zaranj fell first. Sheberghan was next, on Saturday.": the places that open the
    // sentence, then "was next" (not "next to", "next week").
    if let k = range.dropFirst(2).first(where: { tokens[$0].byteEnd - tokens[$0].byteStart == 4 && tokens[$0].lower == "next" }),
      tokens[k - 1].lower == "was" || tokens[k - 1].lower == "were", inName[k - 2], inName[range.lowerBound],
      k + 1 >= range.upperBound || !["to", "week", "month", "day", "year", "door"].contains(tokens[k + 1].lower)
    {
      return true
    }
    // (A word of eight bytes is compared; others are passed on their length: this is asked of
    // every sentence without a trigger.)
    guard
      let k = range.dropFirst().first(where: { tokens[$0].byteEnd - tokens[$0].byteStart == 8 && tokens[$0].lower == "followed" })
    else { return false }
    var before = k - 1
    if adverbsBeforeFollowed.contains(tokens[before].lower), before > range.lowerBound { before -= 1 }
    // The places are the sentence's subject: it opens with them ("Protests in Herat followed"
    // is no such sentence), or with a time before a comma ("A day later, Sheberghan followed").
    var opening = range.lowerBound
    if let comma = range.prefix(6).first(where: { tokens[$0].lower == "," }), comma < before,
      !(range.lowerBound..<comma).contains(where: { inName[$0] })
    {
      opening = comma + 1
    }
    guard inName[before], inName[opening] else { return false }
    return k + 1 >= range.upperBound || tokens[k + 1].lower != "by"
  }

  /// Openings after which a sentence names the places that came next in the change of control
  /// before it ("This was followed by Sheberghan", "Then came the city of Kunduz").
  static let followerOpenings: [[String]] = [
    ["this", "was", "followed", "by"], ["that", "was", "followed", "by"], ["it", "was", "followed", "by"],
    ["then", "came"], ["next", "came"], ["and", "then", "came"],
  ]

  /// Words besides `placeDescriptors` and `placeNouns` that may describe the place after a
  /// `followerOpenings` phrase ("the strategic provincial capital of").
  static let followerDescriptors: Set<String> = ["capital", "town", "strategic", "key", "important", "major", "border"]

  /// Whether the sentence opens with a `followerOpenings` phrase and names a place right after
  /// it, only a place's describing words between ("Then came the strategic city of Kunduz").
  /// (`Token.spells`: the openings are ASCII words, and most first words are turned away on
  /// their length.)
  static func opensWithFollower(_ tokens: [Token], _ range: Range<Int>, inName: [Bool]) -> Bool {
    let first = range.lowerBound
    // Every opening's first word ("this", "that", "it", "then", "next", "and") is of two to four
    // bytes, and a token that spells one is of its length (an ASCII token is its bytes; no
    // other text equals an ASCII word without ";", "`" or "K"): most sentences are turned away
    // here, where the openings were tried one by one (about 416 instructions a sentence, 2.8 M
    // on the 1 MB stream: callgrind, issue #16).
    guard first < range.upperBound, (2...4).contains(tokens[first].byteEnd - tokens[first].byteStart) else { return false }
    guard
      let opening = followerOpenings.first(where: { opening in
        opening.count < range.count && opening.indices.allSatisfy { tokens[first + $0].spells(opening[$0]) }
      })
    else { return false }
    var k = first + opening.count
    while k < range.upperBound, k < first + opening.count + 5, !inName[k] {
      let word = tokens[k].lower
      guard placeDescriptors.contains(word) || placeNouns.contains(word) || followerDescriptors.contains(word) else { return false }
      k += 1
    }
    return k < range.upperBound && inName[k]
  }

  /// Whether a sentence opens by adding to the one before it: "In addition,", "Also,",
  /// "Additionally,", "Similarly,", "Likewise,".
  static func addsToPreviousSentence(_ tokens: [Token], _ sentence: Sentence) -> Bool {
    let first = sentence.tokens.lowerBound
    guard sentence.tokens.count > 3 else { return false }
    if tokens[first].spells("in"), tokens[first + 1].spells("addition") { return true }
    return ["also", "additionally", "similarly", "likewise"].contains { tokens[first].spells($0) } && tokens[first + 1].lower == ","
  }

  /// The words besides numbers that `statesEarlierYear` reads a year from: each of its tests
  /// needs a token to be one of them.
  static let earlierYearWords: Set<String> = ["year", "years", "decades", "formerly", "once"]

  /// The openers of a relative clause that holds a year of its own (`statesEarlierYear`).
  static let yearClauseOpeners: Set<String> = ["who", "which", "whose", "where"]
  /// The openers of a relative clause that holds a day of its own (`sentenceDate`).
  static let dayClauseOpeners: Set<String> = ["which", "who"]

  /// Whether `span` lies in a relative clause between commas that closes before `position`
  /// (", which fell in June," before "was retaken"; ", who ruled until 2001," before
  /// "captured"): a clause opened right after its comma by one of `openers`.
  /// With `participles`, a clause opened by a past participle counts too ("Kiti, retaken by the
  /// army last week, fell again on Monday").
  static func inRelativeClause(
    _ span: Range<Int>, before position: Int, _ tokens: [Token], from sentenceStart: Int, openers: Set<String>,
    participles: Bool = false
  ) -> Bool {
    guard span.upperBound <= position, let open = (sentenceStart..<span.lowerBound).last(where: { tokens[$0].lower == "," }),
      open + 1 < span.lowerBound,
      case let opener = tokens[open + 1].lower,
      openers.contains(opener)
        || (participles && tokens[open + 1].kind == .word && TriggerFinder.looksLikeParticiple(opener))
    else { return false }
    return (span.upperBound..<position).contains { tokens[$0].lower == "," }
  }

  /// Whether `span` lies in a relative clause opened by a comma and one of `openers` after
  /// `position` and not closed by a comma before `span` ("recaptured Tagab, which the
  /// insurgents had seized on Sunday": the day is the seizing's).
  static func inRelativeClause(after position: Int, _ span: Range<Int>, _ tokens: [Token], openers: Set<String>) -> Bool {
    guard span.lowerBound > position,
      let open = (position..<span.lowerBound).last(where: { tokens[$0].lower == "," }),
      open + 1 < span.lowerBound
    else { return false }
    return openers.contains(tokens[open + 1].lower)
  }

  /// Nouns that, standing right before a "fell"/"collapsed" trigger, are its subject rather
  /// than the place named earlier in the sentence.
  static let ownSubjects: Set<String> = [
    "government", "regime", "administration", "army", "talks", "negotiations", "process", "defences",
    "defenses", "resistance", "lines", "front", "morale", "economy", "currency", "ceasefire", "deal",
  ]

  /// The tokens strictly between two spans, whichever comes first (empty when they overlap).
  static func tokens(between a: Range<Int>, and b: Range<Int>) -> Range<Int> {
    let (first, second) = a.lowerBound <= b.lowerBound ? (a, b) : (b, a)
    return first.upperBound <= second.lowerBound ? first.upperBound..<second.lowerBound : second.lowerBound..<second.lowerBound
  }

  /// Whether the wording ends in a preposition whose object is someone's own ("fighting in
  /// their villages"): no place before it is its object.
  /// (Asked of every trigger and list in a sentence: the words are tested as sets made once,
  /// the owner first.)
  static func hasOwnersObject(_ trigger: Trigger, _ tokens: [Token]) -> Bool {
    guard !trigger.tokens.isEmpty, trigger.tokens.upperBound < tokens.count else { return false }
    return ownerWords.contains(tokens[trigger.tokens.upperBound].lower)
      && ownedObjectPrepositions.contains(tokens[trigger.tokens.upperBound - 1].lower)
  }
  static let ownerWords: SpelledWordSet = ["their", "his", "her", "our", "my"]

  /// Whether the trigger's object is the whole country: "fighting in Afghanistan", "across the
  /// country", "throughout the country".
  static func hasCountryObject(_ trigger: Trigger, _ tokens: [Token]) -> Bool {
    guard !trigger.tokens.isEmpty else { return false }
    // (The preposition may end the trigger: "fighting in".)
    var k = trigger.tokens.upperBound
    if !countryPrepositions.contains(tokens[k - 1].lower) {
      guard k < tokens.count, countryPrepositions.contains(tokens[k].lower) else { return false }
      k += 1
    }
    guard k < tokens.count else { return false }
    return tokens[k].lower == "afghanistan" || (tokens[k].lower == "the" && k + 1 < tokens.count && tokens[k + 1].lower == "country")
  }
  static let countryPrepositions: Set<String> = ["in", "across", "throughout"]

  /// The token after an apposition between commas that opens at `start` (", the provincial
  /// capital,": at most five words, no place among them), else `start`.
  static func pastApposition(after start: Int, _ tokens: [Token], inMention: [Bool]) -> Int {
    guard start < tokens.count, tokens[start].lower == "," else { return start }
    var k = start + 1
    while k < tokens.count, k <= start + 6, tokens[k].kind == .word, !inMention[k] { k += 1 }
    return k < tokens.count && k > start + 1 && tokens[k].lower == "," ? k + 1 : start
  }

  /// Whether the places from `listStart` to `listEnd` lie in a relative clause ("which …",
  /// "who …", opened within twelve tokens before them with no comma between) that a comma closes
  /// before `trigger`, only auxiliaries and fillers standing between that comma and the trigger.
  static func isInClosedRelativeClause(_ listStart: Int, _ listEnd: Int, before trigger: Trigger, _ tokens: [Token], sentenceStart: Int) -> Bool {
    guard !trigger.tokens.isEmpty, listEnd <= trigger.tokens.lowerBound,
      let comma = (listEnd..<trigger.tokens.lowerBound).last(where: { tokens[$0].lower == "," }),
      ((comma + 1)..<trigger.tokens.lowerBound).allSatisfy({
        passiveAuxiliaries.contains(tokens[$0].lower) || subjectVerbFillers.contains(tokens[$0].lower)
          // ("…, has fallen under the Taliban's control", "…, came under Taliban control": the
          // verb before a wording of control is the same verb.)
          || ["fallen", "fell", "falls", "come", "came", "comes", "gone", "went"].contains(tokens[$0].lower)
      })
    else { return false }
    // (Back to the opener over up to twenty tokens: "Dahla Dam, which provides irrigation to
    // farmers via a network of canals as well as drinking water for the provincial capital, was
    // now under Taliban control".)
    var k = listStart - 1
    while k >= sentenceStart, k >= listStart - 20, tokens[k].lower != "," {
      if relativeClauseOpeners.contains(tokens[k].lower) { return true }
      k -= 1
    }
    return false
  }
  static let relativeClauseOpeners: Set<String> = ["which", "who", "whom", "whose"]

  /// Whether `gap`, the words between a place and the trigger after it, holds a "which" (after
  /// a comma or not) that no mark follows before the trigger and whose antecedent, the word
  /// right before it, is a word of neither a place nor a date nor a word for a place
  /// (`antecedentPlaceNouns`): "the radio station, which is under Taliban control".
  static func isRelativeOfOtherThing(in gap: Range<Int>, _ tokens: [Token], inMention: [Bool], inDate: [Bool]) -> Bool {
    guard let which = gap.last(where: { tokens[$0].lower == "which" }),
      !((which + 1)..<gap.upperBound).contains(where: { tokens[$0].kind == .punctuation })
    else { return false }
    var k = which - 1
    if k >= gap.lowerBound, tokens[k].lower == "," { k -= 1 }
    guard k >= gap.lowerBound, tokens[k].kind == .word, !inMention[k], !inDate[k] else { return false }
    return !antecedentPlaceNouns.contains(tokens[k].lower)
  }
  /// Nouns that name a place as such, an antecedent a relative clause may tell of
  /// (`isRelativeOfOtherThing`): `placeHeads` and the words for a place's centre and parts.
  static let antecedentPlaceNouns = SpelledWordSet(
    placeHeads.union([
      "centre", "center", "centres", "centers", "valley", "area", "areas", "region", "country", "port", "crossing", "headquarters",
    ]))

  /// Whether the trigger's subject, right before it past auxiliaries and "now", "still", "also"
  /// (and after the token `floor`), is a person: "who", or a named one, a rank then one to four
  /// capitalised words ("Faryab security forces commander Gul Ekhtiar Arab surrendered": the
  /// province only describes the commander).
  static func hasPersonSubject(_ trigger: Trigger, _ tokens: [Token], after floor: Int) -> Bool {
    var k = trigger.tokens.lowerBound - 1
    while k > floor, k >= trigger.tokens.lowerBound - 4, personSubjectFillers.contains(tokens[k].lower) { k -= 1 }
    guard k >= floor else { return false }
    if tokens[k].lower == "who" { return true }
    var names = 0
    while k > floor, names < 4, tokens[k].kind == .word, tokens[k].isCapitalized, !personRanks.contains(tokens[k].lower) {
      names += 1
      k -= 1
    }
    return names > 0 && k >= floor && personRanks.contains(tokens[k].lower)
  }
  static let personSubjectFillers: Set<String> = ["are", "is", "were", "was", "have", "has", "had", "been", "now", "still", "also"]
  /// Ranks and titles of security forces before a person's name (`hasPersonSubject`).
  static let personRanks: Set<String> = [
    "commander", "chief", "officer", "general", "gen", "colonel", "col", "major", "maj", "captain", "capt", "lieutenant", "lt",
    "sergeant", "soldier", "policeman", "commandant",
  ]

  /// Whether the trigger's object, right after it, is another country ("invaded India").
  static func hasForeignObject(_ trigger: Trigger, _ tokens: [Token]) -> Bool {
    let k = trigger.tokens.upperBound
    guard !trigger.tokens.isEmpty, k < tokens.count else { return false }
    return foreignCountries.contains(tokens[k].lower)
  }
  static let foreignCountries: SpelledWordSet = [
    "india", "pakistan", "iran", "tajikistan", "uzbekistan", "turkmenistan", "china", "russia", "kuwait", "iraq",
  ]
  static let ownedObjectPrepositions: SpelledWordSet = ["in", "near", "around", "outside", "inside", "for", "on", "over", "across"]

  /// Whether the tokens `between` a place and its province are one phrase of where it lies: an
  /// optional comma, "in" or "of", then words with no other comma ("…, in remote and rugged …").
  static func isPlacingPhrase(_ between: Range<Int>, _ tokens: [Token]) -> Bool {
    var k = between.lowerBound
    if k < between.upperBound, tokens[k].lower == "," { k += 1 }
    guard k < between.upperBound, MentionFinder.ofOrIn.contains(tokens[k].lower) else { return false }
    return !((k + 1)..<between.upperBound).contains { tokens[$0].kind == .punctuation }
  }

  /// How many tokens may stand between a district and the name of its province for the
  /// province to be its container ("Qaysar district in the northern province of Faryab").
  static let containerReach = 6
  /// Rules whose place after "from" is where the push came from (`extract`).
  static let originRules: SpelledWordSet = ["contested.entered", "contested.pressing", "contested.attacked"]

  /// Words before a capture, in its sentence, that make it a claim or a rumour.
  static let hedges: Set<String> = [
    "reportedly", "claimed", "claims", "claim", "claiming", "unconfirmed", "unverified", "rumours", "rumors",
    "rumoured", "rumored", "purportedly", "allegedly",
  ]

  /// `isHedged`'s words of saying ("the Taliban said"), of sources ("some reports"), of
  /// attribution ("…, the Taliban claimed"), unofficial sources ("residents said") and
  /// officials, asked by word id (`RuleTables.hedgeCues`).
  static let hedgeSayingVerbs: Set<String> = ["said", "say", "says", "announced", "stated"]
  static let hedgeSourceNouns: Set<String> = ["reports", "sources", "media", "residents", "locals"]
  static let hedgeAttributionVerbs: Set<String> = ["said", "says", "claimed", "claims", "announced", "tweeted", "stated", "told"]
  /// Residents, locals, local sources, elders, villagers: no official's word.
  static let unofficialSources: Set<String> = ["residents", "locals", "sources", "elders", "villagers", "people", "witnesses", "eyewitnesses"]
  static let officialWords: Set<String> = ["officials", "official", "ministry", "governor", "police", "spokesman"]

  /// Whether a capture is hedged: a hedge word, or "some reports", "some sources", before the
  /// trigger in its sentence, or the Taliban's word in the sentence's last clause after it.
  static func isHedged(_ tokens: [Token], _ sentence: Sentence, before position: Int, tables: RuleTables) -> Bool {
    // (Read in place, the word lists by word id: the words' texts were copied into arrays and
    // each hashed up to twice, about 12 000 instructions a capture; then compared with the
    // lists' words in `switch`es, and "told" and "claimed" asked of an array built at every
    // word, 4.8 M instructions on the 1 MB stream: callgrind, issue #16.)
    let cues = tables.hedgeCues
    func says(_ k: Int) -> Bool { cues.sayingVerbs.contains(tokens, at: k) }
    func sources(_ k: Int) -> Bool { cues.sourceNouns.contains(tokens, at: k) }
    func attributes(_ k: Int) -> Bool { cues.attributionVerbs.contains(tokens, at: k) }
    func unofficialSource(_ k: Int) -> Bool { cues.unofficialSources.contains(tokens, at: k) }
    func officialWord(_ k: Int) -> Bool { cues.officialWords.contains(tokens, at: k) }
    let start = sentence.tokens.lowerBound
    let end = max(start, position)
    for k in start..<end where tables.hedgeWords.contains(tokens, at: k) { return true }
    // "The Taliban said they had taken Khan Abad": the group's own word is a claim.
    // ("The insurgents also said", "the Taliban have since said": past floating adverbs and
    // a perfect's auxiliary.)
    // ("some reports", "some sources".)
    for k in start..<end {
      if tables.talibanWords.contains(tokens, at: k) {
        var verb = k + 1
        while verb < end - 1, verb - k <= 3,
          tables.floatingAdverbs.contains(tokens, at: verb) || tokens[verb].spells("have") || tokens[verb].spells("has")
        {
          verb += 1
        }
        if verb < end, says(verb) { return true }
        // ("According to the Taliban, Shwak fell": the group's word before the capture.)
        if k >= start + 2, tokens[k - 2].spells("according"), tokens[k - 1].spells("to") { return true }
        if k >= start + 3, tokens[k - 3].spells("according"), tokens[k - 2].spells("to"), tokens[k - 1].spells("the") {
          return true
        }
      }
      if k + 1 < end, tokens[k].spells("some"), sources(k + 1) { return true }
    }
    // ("Local sources said the Taliban had taken Qaysar": residents' or local sources' word,
    // with no official's in the sentence before the capture.)
    if (start..<max(start, end - 1)).contains(where: { k in
      unofficialSource(k) && (says(k + 1) || tokens[k + 1].spells("told") || tokens[k + 1].spells("claimed"))
    }), !(start..<end).contains(where: { officialWord($0) }) {
      return true
    }
    // "Malistan is under Taliban control, according to the group's spokesman", "…, the Taliban
    // said": the group's word given after the capture, in its last clause.
    let upper = sentence.tokens.upperBound
    var comma = upper
    var k = upper
    while k > end {
      k -= 1
      if tokens[k].spells(",") {
        comma = k
        break
      }
    }
    guard comma < upper else { return false }
    let attribution = (comma + 1)..<upper
    let byTheGroup =
      attribution.contains { tables.talibanWords.contains(tokens, at: $0) || tokens[$0].spells("mujahid") }
      || (attribution.contains { tokens[$0].spells("group") } && attribution.contains { tokens[$0].spells("spokesman") })
    // (Residents' or local sources' word: "…, residents said", "according to local sources".)
    let unofficial = attribution.contains { unofficialSource($0) } && !attribution.contains { officialWord($0) }
    return (byTheGroup || unofficial)
      && ((attribution.count >= 2 && tokens[comma + 1].spells("according") && tokens[comma + 2].spells("to"))
        || attribution.contains { attributes($0) })
  }

  /// Whether the place at token `start` follows "near", "close to" or "around", past words
  /// naming its kind ("near the provincial capital of Mazar-e-Sharif"): fighting near a place
  /// is fighting for it, though "near" makes the place a landmark for other events.
  static func followsNear(_ start: Int, _ tokens: [Token]) -> Bool {
    var k = start - 1
    while k >= 0, start - k <= 5, nearKindWords.contains(tokens[k].lower) { k -= 1 }
    guard k >= 0 else { return false }
    if ["near", "around"].contains(tokens[k].lower) { return true }
    return k >= 1 && tokens[k].lower == "to" && tokens[k - 1].lower == "close"
  }

  /// Words naming a place's kind between "near" and its name (`followsNear`).
  static let nearKindWords: Set<String> = ["the", "city", "of", "provincial", "capital", "town", "district", "centre", "center"]

  /// Parts of a place that it may be said to have seen fall (`nearestTrigger`).
  static let seenPartNouns: SpelledWordSet = [
    "districts", "district", "areas", "villages", "towns", "posts", "outposts", "checkpoints", "bases", "centres", "centers",
  ]

  /// Verbs of denying a report (`withDisputedCaptures`).
  static let denials: SpelledWordSet = [
    "denied", "deny", "denies", "denying", "rejected", "rejects", "reject", "rejecting", "dismissed", "dismisses",
    "refuted", "refutes", "refute", "disputed", "disputes", "dispute", "disputing", "contradicted", "contradicts",
    "contradict",
  ]
  /// The subject and auxiliaries of a denied "that" clause before its verb ("that the district
  /// had been", "that the provincial capital has").
  static let thatClauseSubjectWords: SpelledWordSet = [
    "the", "district", "city", "town", "province", "provincial", "capital", "centre", "center", "area",
    "had", "has", "have", "been", "was", "were", "is", "ever", "actually", "already",
  ]

  /// Words after a denial that make it one of a report or a change of control ("denied the
  /// claim", "rejected reports that …", "denied it", "denied that the district had fallen").
  static let deniedReports: SpelledWordSet = [
    "claim", "claims", "report", "reports", "reported", "rumours", "rumors", "it", "this", "allegation", "allegations",
    "statement", "statements", "assertion", "assertions", "information", "news", "fallen", "fell", "fall", "captured", "capture", "taken", "seized", "overrun", "takeover", "control", "collapse",
    "collapsed", "lost",
  ]

  /// "The Taliban say they captured Malistan; officials deny it", "captured Nawur, a claim
  /// denied by officials", "… The governor said the district had not fallen": a capture that
  /// the report disputes leaves the place in question (the corpus marks such a capture
  /// `DISPUTED:` and the place contested). The capture becomes a claim (it settles no contest)
  /// and the place is also contested, by the capture's words and day.
  ///
  /// The dispute comes after the capture, in its sentence or one of the next two, names no other
  /// place, and is not the Taliban's: a denial of a report or of the change of control ("denied
  /// it", "rejected the claim"; not "did not deny", not "denied killing civilians"), the place
  /// said not to have fallen ("the district had not fallen"), still held ("still under
  /// government control", "still in the hands of the security forces"), fallen only in part
  /// ("only parts of the district"), or, after a claim or a contrast, fought for still
  /// ("however, fighting was still going on"). "Has all but fallen" is disputed in its own
  /// words. In a later sentence the dispute points back to the capture: it names the place or
  /// "the district", or denies "it", "the claim", "these reports".
  static func withDisputedCaptures(
    _ drafts: [Draft], _ tokens: [Token], _ sentences: [Sentence], _ mentions: [Mention], tables: RuleTables
  ) -> [Draft]
  {
    // (By word id: hashing each word's text was about 700 instructions a test.)
    // (The list taken out of `tables` first: the closure captured a copy of the whole tables,
    // their hundreds of arrays and sets retained and released, once a report.)
    let theirWords = tables.disputeTheirWords
    let theirs: (Int) -> Bool = { theirWords.contains(tokens, at: $0) }
    /// The first token of the clause holding position `k`, no earlier than `floor`.
    func clauseStart(_ k: Int, floor: Int) -> Int {
      var start = k
      // (A `switch`, not an array literal made for every word walked.)
      while start > floor {
        switch tokens[start - 1].lower {
        // ("The Taliban claim … but the ministry denies it": a contrast opens a clause too.)
        case ",", ";", ":", "but": return start
        default: start -= 1
        }
      }
      return start
    }
    /// A denial of a report or of the change of control, not the Taliban's, at `k`.
    func isDenial(_ k: Int, in range: Range<Int>) -> Bool {
      guard denials.contains(tokens[k].lower) else { return false }
      // (Not "did not deny", "never denied".)
      if (max(range.lowerBound, k - 2)..<k).contains(where: { negationWords.contains(tokens[$0].lower) }) {
        return false
      }
      // Not the Taliban's denial: its subject in the clause before it, or its agent after
      // "denied by".
      if (clauseStart(k, floor: range.lowerBound)..<k).contains(where: theirs) { return false }
      let after = (k + 1)..<min(range.upperBound, k + 6)
      if after.first.map({ tokens[$0].lower == "by" }) == true, after.dropFirst().prefix(3).contains(where: theirs) {
        return false
      }
      // ("denied that the district had been lost": the verb of a "that" clause past its
      // subject and auxiliaries.)
      if after.first.map({ tokens[$0].lower == "that" }) == true,
        let verb = ((k + 2)..<min(range.upperBound, k + 9)).first(where: { !Self.thatClauseSubjectWords.contains(tokens[$0].lower) }),
        deniedReports.contains(tokens[verb].lower)
      {
        return true
      }
      // Of a report or of the change of control: a word of it after the verb, a claim or
      // "which" before it ("a claim denied by officials", "which the ministry denied"), or
      // nothing after it in its clause ("…, resistance forces deny").
      if after.contains(where: { deniedReports.contains(tokens[$0].lower) }) { return true }
      // ("The fall of Khan Abad district was denied by officials": a passive whose subject, a
      // few words from the span's start, is what was reported.)
      // ("Reports that Qaisar had fallen were denied by the ministry": the passive right after
      // the capture's own words.)
      // ("The fall of Khwaja Umari, announced by the Taliban on Twitter, was rejected": past an
      // aside between commas.)
      if k - 1 >= range.lowerBound, Self.passiveAuxiliaries.contains(tokens[k - 1].lower) {
        var subjectEnd = k - 1
        if subjectEnd - 1 > range.lowerBound, tokens[subjectEnd - 1].lower == ",",
          let open = (range.lowerBound..<(subjectEnd - 1)).last(where: { tokens[$0].lower == "," }),
          subjectEnd - 1 - open <= 8
        {
          subjectEnd = open
        }
        if subjectEnd - range.lowerBound <= 5 { return true }
      }
      // ("claimed control of Kunduz, information denied by the government".)
      if (max(range.lowerBound, k - 4)..<k).contains(where: {
        ["claim", "claims", "claimed", "which", "report", "reports", "information", "news"].contains(tokens[$0].lower)
      }) {
        return true
      }
      return k + 1 >= range.upperBound || [".", ",", ";"].contains(tokens[k + 1].lower)
    }
    /// "had not fallen", "has not been captured", "did not fall", "was not under Taliban
    /// control".
    func isNotFallen(_ k: Int, in range: Range<Int>) -> Bool {
      // (The texts read in place, `Token.lower(at:in:)`: `tokens[k].lower` here copied the
      // token, about 7 600 times on the 1 MB stream: callgrind, issue #16.)
      guard negationWords.contains(Token.lower(at: k, in: tokens)),
        !(clauseStart(k, floor: range.lowerBound)..<k).contains(where: theirs)
      else { return false }
      let window = (k + 1)..<min(range.upperBound, k + 5)
      // ("the claim was not true": a report said to be false.)
      if tokens[k].lower != "no", k + 1 < range.upperBound, ["true", "correct", "accurate"].contains(tokens[k + 1].lower) {
        return isOfReport(k)
      }
      return window.prefix(3).contains { notFallenWords.contains(Token.lower(at: $0, in: tokens)) }
        || (k + 1 < range.upperBound && ["under", "in"].contains(tokens[k + 1].lower)
          && window.contains { ["control", "hands"].contains(tokens[$0].lower) } && window.contains(where: theirs))
    }
    /// A site of a place in `span` ("the Hairatan port", "the airport"), not the district's own
    /// seat ("the district headquarters"), or its other parts ("other areas in Panjshir", "the
    /// rest of the valley"): held, they leave the capture of the place standing.
    func namesSite(_ span: Range<Int>) -> Bool {
      if span.contains(where: { k in
        k + 1 < span.upperBound
          && ((tokens[k].lower == "other" && Self.otherPartNouns.contains(tokens[k + 1].lower))
            || (tokens[k].lower == "rest" && tokens[k + 1].lower == "of"))
      }) {
        return true
      }
      // (Not a speaker: "the governor's office said the district remains …".)
      return span.contains {
        (siteNouns.contains(tokens[$0].lower) || heldSiteNouns.contains(tokens[$0].lower))
          && !($0 > span.lowerBound && tokens[$0 - 1].lower == "district")
          && !($0 + 1 < span.upperBound && ["said", "says", "say", "told", "stated", "announced"].contains(tokens[$0 + 1].lower))
      }
    }
    /// The words of the subject before a verb of holding at `k`: up to ten, from the last "and",
    /// "but" or semicolon before it ("retreated from a few posts and the district remained
    /// under their control": the district, not the posts); not from a comma ("The Hairatan
    /// port, however, remains …": the port).
    func subjectSpan(before k: Int, in range: Range<Int>) -> Range<Int> {
      let floor = max(range.lowerBound, k - 10)
      let joint = (floor..<k).last { ["and", "but", ";"].contains(tokens[$0].lower) }
      return (joint.map { $0 + 1 } ?? floor)..<k
    }
    /// A report, claim or "it" in the clause just before position `k` ("the claim was not
    /// true", "called the reports baseless"), not the Taliban's.
    func isOfReport(_ k: Int) -> Bool {
      // (Right before it: not "the claim that civilians were killed was false".)
      let start = max(clauseStart(k, floor: max(0, k - 6)), k - 3)
      if (start..<k).contains(where: { ["claim", "claims", "report", "reports", "news", "it", "this", "that", "which"].contains(tokens[$0].lower) })
        && !(start..<k).contains(where: theirs)
      {
        return true
      }
      let from = clauseStart(k, floor: max(0, k - 9))
      // "a claim officials described as a lie", "which the ministry called fake", "called
      // reports of the fall of Khan Abad district baseless".
      if (from..<k).contains(where: { ["described", "called", "labelled", "labeled", "termed", "branded"].contains(tokens[$0].lower) }),
        (from..<k).contains(where: { ["claim", "claims", "report", "reports", "which"].contains(tokens[$0].lower) })
      {
        return true
      }
      // "the Taliban's claim of capturing the district was a lie": a claim of a capture, its
      // owner's name before it, in the clause of the falsity.
      guard let claim = (from..<k).first(where: { ["claim", "claims"].contains(tokens[$0].lower) }), claim + 2 < k,
        ["of", "about"].contains(tokens[claim + 1].lower)
      else { return false }
      return ["capturing", "capture", "taking", "seizing", "fall", "seizure", "takeover"].contains(tokens[claim + 2].lower)
    }
    /// "still in control of", "still under government control", "still in the hands of the
    /// security forces", "still defending", "remains under government control": held by the
    /// government still.
    func isStillHeld(_ k: Int, in range: Range<Int>, capitalIsOther: Bool) -> Bool {
      guard stillWords.contains(tokens[k].lower) else { return false }
      let window = (k + 1)..<min(range.upperBound, k + 8)
      // (Another place held: "still control the provincial capital" after a district's capture.)
      if capitalIsOther, window.prefix(5).contains(where: { tokens[$0].lower == "capital" }) { return false }
      let clause = clauseStart(k, floor: range.lowerBound)..<k
      // ("government forces are still in the district", "still inside the city".)
      // (Government forces: not the Taliban's "their fighters were still in the district".)
      // ("its forces remain in the district centre": "remain" as "still".)
      let stillThere = window.prefix(3).contains { ["in", "inside"].contains(tokens[$0].lower) }
        && window.prefix(5).contains { ["district", "city", "centre", "center", "town", "headquarters", "area"].contains(tokens[$0].lower) }
        && clause.contains { TriggerFinder.governmentWords.contains(tokens[$0].lower) }
      // ("the militants were still outside the district centre": not in it yet.)
      if tokens[k].lower == "still", window.first.map({ tokens[$0].lower == "outside" }) == true, clause.contains(where: theirs) {
        return true
      }
      // ("the district centre was still with the government".)
      let stillWith = tokens[k].lower == "still" && window.first.map { tokens[$0].lower == "with" } == true
        && window.prefix(4).contains { TriggerFinder.governmentWords.contains(tokens[$0].lower) }
      if namesSite(subjectSpan(before: k, in: range)) { return false }
      // (Nor a site held as its object: "forces still held the airport in Kandahar".)
      if tokens[k].lower == "still", namesSite((k + 1)..<min(range.upperBound, k + 5)) { return false }
      guard stillThere || stillWith || window.prefix(4).contains(where: { stillHeldWords.contains(tokens[$0].lower) }) else { return false }
      // (Not "still under Taliban control", nor the Taliban's own "still holding".)
      return !window.contains(where: theirs) && !clause.contains(where: theirs)
    }
    /// "the district was besieged", "had surrounded the district centre", "under siege" (not
    /// negated, nor a siege that came before the fall: "fell after a week-long siege").
    func isSiege(_ k: Int, in range: Range<Int>) -> Bool {
      let before = max(range.lowerBound, k - 3)..<k
      if before.contains(where: { negationWords.contains(tokens[$0].lower) || ["after", "following", "ended", "broke", "lifted"].contains(tokens[$0].lower) }) {
        return false
      }
      // (A siege that ended: "the siege was lifted", "the siege ended".)
      let after = (k + 1)..<min(range.upperBound, k + 4)
      return !after.contains { ["lifted", "ended", "broken", "over"].contains(tokens[$0].lower) }
    }
    /// "only parts of the district had fallen", "only some areas", "only on the outskirts".
    func isOnlyPart(_ k: Int, in range: Range<Int>) -> Bool {
      guard tokens[k].lower == "only", k + 1 < range.upperBound else { return false }
      if ["parts", "part", "some", "areas", "sections", "villages"].contains(tokens[k + 1].lower) { return true }
      // (At the place's edge, not in it: "the fighters were only on the outskirts".)
      guard ["on", "in", "at", "around"].contains(tokens[k + 1].lower) else { return false }
      return ((k + 2)..<min(range.upperBound, k + 4)).contains { Self.edgeNouns.contains(tokens[$0].lower) }
    }
    /// "fighting was still going on", "clashes are ongoing", "fighting continues" (not "in some
    /// parts of the district", which leaves the capture standing).
    func isFightGoingOn(_ k: Int, in range: Range<Int>) -> Bool {
      guard fightWords.contains(tokens[k].lower) else { return false }
      let window = (k + 1)..<min(range.upperBound, k + 9)
      return window.prefix(4).contains {
        ["ongoing", "continues", "continued", "continuing", "underway", "raging", "going", "persists", "continue"].contains(tokens[$0].lower)
          || (tokens[$0].lower == "under" && $0 + 1 < range.upperBound && tokens[$0 + 1].lower == "way")
          // ("clashes went on", "the fight goes on".)
          || (["went", "goes", "go"].contains(tokens[$0].lower) && $0 + 1 < range.upperBound && tokens[$0 + 1].lower == "on")
      } && !window.contains { ["parts", "part", "areas", "outskirts", "villages", "edges"].contains(tokens[$0].lower) }
    }
    /// After a claim or a contrast, the place held or defended by the government: "government
    /// forces held the district centre", "security forces continue to defend the district",
    /// "was under the control of the security forces", "the attack had been repelled".
    func isHeld(_ k: Int, in range: Range<Int>, capitalIsOther: Bool) -> Bool {
      let word = tokens[k].lower
      let start = clauseStart(k, floor: range.lowerBound)
      // A verb of repelling names the Taliban as the attackers: in the passive's subject ("the
      // Taliban attack was repulsed") or as its object ("forces repelled the Taliban attack").
      let repels = ["repelled", "repulsed", "foiled", "thwarted", "pushed", "beaten", "driven"].contains(word)
      let passive = k > start && Self.passiveAuxiliaries.contains(tokens[k - 1].lower)
      guard (repels && passive) || !(start..<k).contains(where: theirs), !namesSite(subjectSpan(before: k, in: range)) else { return false }
      // (Not a clause of time or place, "where government forces had resisted for weeks", nor
      // a vow, "forces would hold the city".)
      if ["where", "which", "after", "before", "since", "until", "when", "as"].contains(tokens[start].lower) { return false }
      if (max(start, k - 3)..<k).contains(where: { modalWords.contains(tokens[$0].lower) }) { return false }
      // (Nor a defence that was tried: "even though forces used gunships in an attempt to defend
      // their positions", "although troops tried to hold the centre"; "are trying to hold" is a
      // hold still going on.)
      if (max(start, k - 3)..<k).contains(where: { Self.triedWords.contains(tokens[$0].lower) }) { return false }
      // (Another place held: "still control the provincial capital" after a district's capture.)
      if capitalIsOther, (k..<min(range.upperBound, k + 6)).contains(where: { tokens[$0].lower == "capital" }) { return false }
      let after = (k + 1)..<min(range.upperBound, k + 6)
      // ("pushed back", "beaten back", "driven back": not "driven out", a recapture's words.)
      if ["pushed", "beaten", "driven"].contains(word), !(after.first.map { tokens[$0].lower == "back" } ?? false) { return false }
      if word == "control" || word == "hands" {
        // (Of the government, named on either side: "under the control of security forces",
        // "in government hands".)
        let near = max(start, k - 3)..<min(range.upperBound, k + 6)
        return near.contains { TriggerFinder.governmentWords.contains(tokens[$0].lower) } && !near.contains(where: theirs)
          && (max(start, k - 3)..<k).contains { ["under", "in"].contains(tokens[$0].lower) }
      }
      // (Not "held by the Taliban", nor a past before the capture: "had been defended for years".)
      return repels || !after.prefix(3).contains(where: theirs)
    }
    /// A place in the speaker's words before a verb of saying, itself before the dispute at
    /// `k` ("Officials in Kunduz said …").
    func isSpeakersPlace(_ mention: Mention, before k: Int) -> Bool {
      let end = mention.tokens.upperBound
      guard end < k else { return false }
      return (end..<min(k, end + 3)).contains { ["said", "say", "says", "told", "insisted", "added"].contains(tokens[$0].lower) }
    }
    /// Whether the word at `k`, of dispute cue `kind`, tells the place still held, only partly
    /// taken, fought over or besieged: what keeps it in question, not a denial.
    /// (`capitalIsOther`: whether the capture is of a place other than a provincial capital.)
    func keepsInQuestion(_ k: Int, _ kind: DisputeCue, in range: Range<Int>, capitalIsOther: Bool) -> Bool {
      switch kind {
      case .still: isStillHeld(k, in: range, capitalIsOther: capitalIsOther)
      case .only: isOnlyPart(k, in: range)
      case .fight: isFightGoingOn(k, in: range)
      case .held: isHeld(k, in: range, capitalIsOther: capitalIsOther)
      case .siege: isSiege(k, in: range)
      default: false
      }
    }
    var result = drafts
    // The words that may open a dispute, or set a clause against the one before, found once
    // per report (one table look-up a word) and only when it tells a capture.
    // (The drafts' triggers read in place, `Draft.isCapture(_:in:)`, here and below: asked
    // through `contains(where:)` and `for (i, capture) in drafts.enumerated()`, every draft
    // was copied, its mention, trigger and places retained and released, about 2 900 times on
    // the 1 MB stream: callgrind, issue #16.)
    guard drafts.indices.contains(where: { Draft.isCapture($0, in: drafts) }) else { return drafts }
    // (Read token by token where a span is searched, not mapped over the whole report: the
    // map wrote a cue for each of the report's tokens, about 60 instructions a token, where
    // the spans of its captures hold a few sentences; callgrind, issue #16.)
    let disputeCue = tables.disputeCue
    /// The dispute cue of token `k`.
    /// ("which lies along the highway", "lies 150 km from Kabul": the verb of where a place is,
    /// not a falsity.)
    func cue(_ k: Int) -> DisputeCue {
      let word = tokens[k].word
      // (A word outside the lexicon is no cue when every cue is an ASCII word without ";", "`"
      // or "K" (`disputeCuesAreSpelled`): the cues are in the lexicon, so its text is none of
      // them if ASCII, and text holding another scalar equals none of them. Hashed, the other
      // words' texts were 1 600 look-ups and 2.0 M instructions on the 1 MB stream: callgrind,
      // issue #16.)
      let found =
        word != Lexicon.unknown
        ? disputeCue[Int(word)]
        : tokens[k].isASCII || Self.disputeCuesAreSpelled ? .none : disputeCues[tokens[k].lower] ?? .none
      return found == .falsity && Self.isWhereAPlaceLies(k, in: tokens) ? .none : found
    }
    /// A dispute that needs no claim or contrast before it, at a cue of its kind: a denial,
    /// "had not fallen", a report called false ("the claim was baseless", "dismissed the
    /// reports as propaganda").
    func isPlainDispute(_ k: Int, in range: Range<Int>) -> Bool {
      switch cue(k) {
      case .denial: isDenial(k, in: range)
      case .negation: isNotFallen(k, in: range)
      case .falsity: isOfReport(k)
      default: false
      }
    }
    for i in drafts.indices where Draft.isCapture(i, in: drafts) {
      let capture = drafts[i]
      let place = capture.place
      /// A mention naming neither the captured place nor its province (back references and
      /// other mentions of the place name nothing else; "Kabul airport" names Kabul's).
      func namesOtherPlace(_ mention: Mention) -> Bool {
        guard !mention.isBackReference, !mention.matches.contains(where: { $0.place.id == place.id })
        else { return false }
        // (The province, read as the province: not "Kandahar city" after a capture of Spin
        // Boldak.)
        // (A title's name that may be the province is the province's: "the Bamyan police chief".)
        let province = mention.matches.filter { $0.place.id == place.provincePcode }
        // ("Kabul officials claim the attack was repelled": the capital's title is the
        // government's, of no place of its own.)
        // ("…, which Kabul denies", "Kabul says": the capital as the subject of a denial or a
        // report, too.)
        let capitalSpeaks =
          mention.tokens.upperBound < tokens.count
          && (denials.contains(tokens[mention.tokens.upperBound].lower) || reportingWords.contains(tokens[mention.tokens.upperBound].lower))
        if mention.isAttributive || capitalSpeaks, mention.matches.contains(where: { $0.place.id == "AF01" || $0.place.id == "AF0101" }) {
          return false
        }
        if mention.isAttributive { return province.isEmpty }
        return province.isEmpty || (mention.hint != .province && province.count < mention.matches.count)
          || mention.hint == .city
      }
      // "Malistan has all but fallen": disputed in its own words.
      var before = capture.trigger.tokens.lowerBound - 1
      while before > 0, ["has", "had", "have", "was", "were", "been"].contains(tokens[before].lower) { before -= 1 }
      var disputed = before > 0 && tokens[before].lower == "but" && tokens[before - 1].lower == "all"
      // Whether what disputes the capture only denies it, with no fight or hold of its own.
      var onlyDenied = false
      let sentenceStart = sentences[capture.trigger.sentence].tokens.lowerBound
      let claimed = capture.isHedged
      let capitalIsOther = capture.mention.hint != .city
      // (Up to two sentences on; a dispute that names the place itself, up to six: "Rejecting
      // collapse of Dehyak district, the governor's spokesman said …".)
      let last = min(sentences.count - 1, capture.trigger.sentence + 6)
      // (A claimed capture may be disputed before its own words too: "Fighting continues in
      // Tagab, a day after the Taliban claimed to have captured it", "Despite Taliban claims
      // that it had fallen, …".)
      var spans: [(sentence: Int, range: Range<Int>)] =
        claimed ? [(capture.trigger.sentence, sentenceStart..<capture.trigger.tokens.lowerBound)] : []
      for s in capture.trigger.sentence...last {
        let from = s == capture.trigger.sentence ? capture.trigger.tokens.upperBound : sentences[s].tokens.lowerBound
        spans.append((s, from..<sentences[s].tokens.upperBound))
      }
      // The first "however" from the capture's sentence to the latest span's start, found once
      // by word id instead of comparing the text of every word before each span.
      // (Not found, it is the latest span start, so no span counts as contrasted by it.)
      let latestStart = max(capture.trigger.tokens.upperBound, sentences[last].tokens.lowerBound)
      let firstHowever = Self.firstToken(tables.howeverWord, in: tokens, sentenceStart..<latestStart)
      for (s, range) in spans where !disputed {
        let from = range.lowerBound
        // (Fighting disputes a capture only after a claim or a contrast: "captured Nerkh after
        // days of fighting. Fighting continues in Chak" is no dispute.)
        let contrasted = claimed || firstHowever < from
        var found: Int? = nil
        var afterContrast = contrasted
        // (Each token's cue read once: `cue` looks it up, and asks a falsity where a place lies.)
        for k in range {
          switch cue(k) {
          // ("while" only after a comma: `contrastWords`.)
          case .contrast: afterContrast = afterContrast || tokens[k].lower != "while" || (k > 0 && tokens[k - 1].lower == ",")
          case .denial, .negation, .falsity: if isPlainDispute(k, in: range) { found = k }
          case .none: break
          // (Fighting, a hold or a siege only after a claim or a contrast: "residents said
          // Arghandab had fallen. The governor said the district was besieged".)
          case let kind:
            if afterContrast || kind == .still || kind == .only,
              keepsInQuestion(k, kind, in: range, capitalIsOther: capitalIsOther)
            {
              found = k
            }
          }
          if found != nil { break }
        }
        guard let k = found else { continue }
        // (Not when the same sentence grants the fall: "said the claims were exaggerated but
        // admitted that the crossings had fallen".)
        if (k..<range.upperBound).contains(where: { ["admitted", "acknowledged", "conceded", "confirmed"].contains(tokens[$0].lower) }) {
          continue
        }
        // The dispute's clause ends at the next semicolon or the sentence's end.
        var end = k
        while end < range.upperBound, tokens[end].lower != ";" { end += 1 }
        let clause = from..<end
        // (Not where the speakers are: "Officials in Kunduz said the district had not
        // collapsed".)
        // (Nor the other items of the captured list: "claimed control of Khwaja Ghar and Darqad
        // districts, but officials said clashes were still under way".)
        if mentions.contains(where: {
          clause.contains($0.tokens.lowerBound) && namesOtherPlace($0) && !isSpeakersPlace($0, before: k)
            && !(s == capture.trigger.sentence && $0.list == capture.mention.list && $0.tokens.upperBound <= k)
        }) {
          break
        }
        if s > capture.trigger.sentence {
          // (The place itself or "the district", not its province: "the Badghis army command
          // centre is still under government control" is not of Qadis.)
          let namesItself = mentions.contains {
            clause.contains($0.tokens.lowerBound) && !$0.isAttributive && $0.matches.contains { $0.place.id == place.id }
          }
          if s > capture.trigger.sentence + 2, !namesItself { continue }
          // (A back reference to this place: "the city" after two cities fell is the one it
          // refers to.)
          let namesPlace =
            namesItself
            || mentions.contains {
              clause.contains($0.tokens.lowerBound) && $0.isBackReference && ($0.matches.isEmpty || $0.matches.contains { $0.place.id == place.id })
            }
          // (Past "the Taliban's", "the group's": the possessor and its apostrophe and "s" too.)
          var j = k + 1
          while j < end, j - k <= 5,
            ["the", "as", "propaganda", "false", "baseless", "taliban", "taliban's", "group's"].contains(tokens[j].lower)
              || theirs(j) || TriggerFinder.opensPossessive(tokens, at: j) || TriggerFinder.endsPossessive(tokens, at: j)
          {
            j += 1
          }
          let pointsBack =
            denials.contains(tokens[k].lower) && j < end
            && ["it", "this", "these", "those", "them", "such", "claim", "claims", "report", "reports", "statement", "statements"]
              .contains(tokens[j].lower)
            && !(j + 1 < end && ["that", "of", "by", "about"].contains(tokens[j + 1].lower))
          let afterClaim = (max(from, k - 4)..<k).contains { ["claim", "claims", "claimed", "which"].contains(tokens[$0].lower) }
            || cue(k) == .falsity || (cue(k) == .negation && isOfReport(k))
          // (A dispute with no object of its own right after a claim: "The governor said
          // fighting was ongoing.")
          // (Not when it points back to another place: "… hours after another capital, Kunduz,
          // fell. The Taliban have surrounded a battalion outside the city" is Sar-e-Pul's.)
          let bare = s == capture.trigger.sentence + 1 && claimed && !denials.contains(tokens[k].lower)
            && !mentions.contains {
              clause.contains($0.tokens.lowerBound) && $0.isBackReference && !$0.matches.isEmpty && !$0.matches.contains { $0.place.id == place.id }
            }
          guard namesPlace || pointsBack || afterClaim || bare else { break }
          // "… claimed to have seized a number of other provincial capitals, which was denied":
          // a capture told in the dispute's own sentence before it, of no place named, is what
          // it disputes.
          if !namesPlace, (sentences[s].tokens.lowerBound..<k).contains(where: { Self.claimedCaptureWords.contains(tokens[$0].lower) }) {
            break
          }
        }
        disputed = true
        // ("a claim denied by officials who said fighting continued": a fight or a hold told
        // after the denial, in its span, keeps the place in question.)
        onlyDenied =
          [.denial, .negation, .falsity].contains(cue(k)) && !((k + 1)..<range.upperBound).contains { keepsInQuestion($0, cue($0), in: range, capitalIsOther: capitalIsOther) }
      }
      // A denial told first, in one of the two sentences before, naming the place itself:
      // "Officials deny Taliban claim of capturing Khakrez. The Taliban said they had captured
      // Khakrez district."
      if !disputed {
        for s in stride(from: capture.trigger.sentence - 1, through: max(0, capture.trigger.sentence - 2), by: -1) where !disputed {
          let range = sentences[s].tokens
          for k in range where isPlainDispute(k, in: range) {
            var end = k
            while end < range.upperBound, tokens[end].lower != ";" { end += 1 }
            let clause = range.lowerBound..<end
            // (Of the place's fall, not of something else there: "denied reports of civilian
            // casualties in Khakrez".)
            let ofFall = (k..<end).contains { Self.fallWords.contains(tokens[$0].lower) }
            if ofFall, mentions.contains(where: {
              clause.contains($0.tokens.lowerBound) && !$0.isAttributive && $0.matches.contains { $0.place.id == place.id }
            }) {
              disputed = true
              onlyDenied = true
              break
            }
            // "The Taliban claim to have captured 18 districts … but the ministry denies it.
            // Mujahid says the fighters captured Doab and Mandol …, Dawlat Shah …": a denial of
            // a counted group's capture, in the sentence right before, disputes each item of
            // the list that names the group.
            if s == capture.trigger.sentence - 1, capture.mention.hasListmate(in: mentions),
              (range.lowerBound..<k).contains(where: { Self.fallWords.contains(tokens[$0].lower) }),
              (range.lowerBound..<k).contains(where: { j in
                j + 1 < k && Self.countValue(tokens[j].lower) != nil && Self.groupNouns.contains(tokens[j + 1].lower)
              })
            {
              disputed = true
              onlyDenied = true
              break
            }
          }
        }
      }
      guard disputed else { continue }
      result[i].isHedged = true
      result[i].isDisputed = true
      if onlyDenied { continue }
      result.append(
        Draft(
          mention: capture.mention,
          trigger: capture.trigger.retyped(.contested, actor: .taliban, rule: "contested.disputed", isIrrealis: false),
          place: place, alternatives: capture.alternatives, confidence: capture.confidence * 0.8))
    }
    return result
  }

  /// The position of the first token in `range` whose word id is `word` (a word of the
  /// lexicon), or `range.upperBound`: `range.first { tokens[$0].lower == text }` for the word's
  /// `text` when it is ASCII with none of the three scalars whose decomposition is ASCII (no
  /// other text equals it; `RuleTables.howeverWord`).
  static func firstToken(_ word: WordID, in tokens: [Token], _ range: Range<Int>) -> Int {
    tokens.withUnsafeBufferPointer { tokens in
      var k = range.lowerBound
      while k < range.upperBound, tokens[k].word != word { k += 1 }
      return k
    }
  }

  /// Whether "lie" or "lies" at `k` says where a place is ("which lies along the highway",
  /// "lies 150 km from Kabul", "lies north of the city") rather than calling a report false:
  /// a word of place, direction or distance follows it.
  static func isWhereAPlaceLies(_ k: Int, in tokens: [Token]) -> Bool {
    guard ["lie", "lies"].contains(tokens[k].lower), k + 1 < tokens.count else { return false }
    let next = tokens[k + 1].lower
    if lyingPlaceWords.contains(next) { return true }
    // ("lies about 150 km", "lies some 80 miles": a distance, not "lies about the district".)
    let distance = next.first?.isNumber == true ? k + 1 : ["about", "some", "roughly", "around", "approximately", "nearly", "only", "just"].contains(next) ? k + 2 : nil
    guard let distance, distance < tokens.count else { return false }
    return tokens[distance].lower.first?.isNumber == true || ["a", "an", "one", "two", "three", "four", "five", "ten", "few"].contains(tokens[distance].lower)
  }
  /// Words after "lies" that tell where a place is (`isWhereAPlaceLies`).
  static let lyingPlaceWords: Set<String> = [
    "in", "on", "at", "along", "near", "between", "within", "across", "beyond", "inside", "outside", "close", "next",
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "to", "off", "astride",
    "halfway", "midway", "directly", "just", "only",
  ]

  /// The first word of each kind of dispute (`withDisputedCaptures`; read by word id from
  /// `RuleTables.disputeCue`).
  enum DisputeCue: Sendable { case none, denial, negation, still, only, fight, contrast, falsity, held, siege }
  static let disputeCues: [String: DisputeCue] = {
    var cues: [String: DisputeCue] = [:]
    for word in denials { cues[word] = .denial }
    for word in negationWords { cues[word] = .negation }
    for word in stillWords { cues[word] = .still }
    for word in [
      "untrue", "baseless", "false", "unfounded", "incorrect", "exaggerated", "propaganda", "fabricated", "lie", "lies", "fake",
      "inaccurate", "misleading", "groundless", "rumour", "rumor",
    ] {
      cues[word] = .falsity
    }
    for word in [
      "defend", "defends", "defending", "defended", "resist", "resists", "resisting", "resisted", "held", "hold", "holds",
      "holding", "control", "hands", "repelled", "repulsed", "foiled", "thwarted", "pushed", "beaten", "driven",
    ] {
      cues[word] = .held
    }
    cues["only"] = .only
    for word in siegeWords { cues[word] = .siege }
    for word in fightWords { cues[word] = .fight }
    for word in contrastWords { cues[word] = .contrast }
    return cues
  }()

  /// Whether every word of `disputeCues` is ASCII without ";", "`" or "K": text equal to such a
  /// word is its bytes (`String.spells`), so text that holds another scalar is none of them.
  static let disputeCuesAreSpelled = disputeCues.keys.allSatisfy { String.isSpelledWord($0.utf8) }

  /// The words of the Taliban's side that make a dispute theirs, not a dispute of the capture
  /// (`withDisputedCaptures`: "the group denied", "denied by Mujahid"), read by word id from
  /// `RuleTables.disputeTheirWords`.
  static let disputeTheirWords: Set<String> = TriggerFinder.talibanWords.union(["group", "mujahid", "taliban's"])

  /// Verbs of a capture a later sentence may tell before a dispute (`withDisputedCaptures`).
  static let claimedCaptureWords = SpelledWordSet(Set(
    ["seize", "capture", "take", "overrun", "conquer"].flatMap(Inflections.forms(of:)) + ["took", "overran"]))

  /// The first words of the dispute kinds other than a denial (`disputeCues`), which the
  /// tests of each kind in `withDisputedCaptures` read too.
  static let negationWords: SpelledWordSet = ["not", "n't", "never", "no"]
  static let stillWords: SpelledWordSet = ["still", "remains", "remain", "remained"]
  static let fightWords: SpelledWordSet = ["fighting", "clashes", "battle", "battles", "fight", "resistance"]
  /// Words of a siege, which leaves a place not fallen ("the district was besieged").
  static let siegeWords: Set<String> = ["besieged", "surrounded", "encircled", "siege"]
  /// Words that set a clause against the one before ("while" only after a comma: "…, while
  /// the ministry said fighting was still under way"; "while fighting went on, Kiti fell" is
  /// a time).
  static let contrastWords: Set<String> = ["but", "however", "whereas", "although", "though", "while"]

  /// Words of a place's fall that a denial told before the capture must name (`withDisputedCaptures`).
  static let fallWords: SpelledWordSet = [
    "fall", "fallen", "fell", "collapse", "collapsed", "capture", "captured", "capturing", "taken", "seized", "overrun",
    "takeover",
  ]
  /// Words of a change of control after "not" (`withDisputedCaptures`: "had not fallen").
  static let notFallenWords: SpelledWordSet = [
    "fallen", "fall", "captured", "overrun", "collapsed", "lost", "seized", "taken", "abandoned", "surrendered", "conquered",
    "overtaken",
  ]
  /// The edge of a place, where fighters are not yet in it ("only on the outskirts";
  /// `withDisputedCaptures`).
  static let edgeNouns: SpelledWordSet = ["outskirts", "outskirt", "edge", "edges", "periphery", "gates"]
  /// Nouns of a place's parts after "other" ("other areas", "other parts of the province";
  /// `withDisputedCaptures`).
  static let otherPartNouns: SpelledWordSet = ["areas", "parts", "districts", "regions", "places", "sections", "villages"]
  /// Military sites said to be held while their town has fallen ("three army bases outside
  /// Lashkar Gah remain under government control"; `withDisputedCaptures`).
  static let heldSiteNouns: SpelledWordSet = [
    "base", "bases", "camp", "camps", "outpost", "outposts", "garrison", "garrisons", "barracks", "posts", "airbase",
  ]
  /// Words right after a place that make it the subject of a clause of its own, with no
  /// trigger of its own ("Kabul remains", "Kabul only major city under government control").
  static let ownPredicateWords: SpelledWordSet = [
    "remains", "remain", "remained", "is", "are", "only", "still", "stays", "stands", "alone",
  ]
  /// Words that open a clause of its own, whose places are not the object of a trigger before
  /// them (`attachments`; "after" and "before" are left out: "seized, after a week of fighting,
  /// Kiti").
  static let clauseOpeners: SpelledWordSet = ["while", "whereas", "although", "though", "because", "meanwhile", "but"]
  /// Words of a defence tried, before a verb of holding ("tried to defend", "in a bid to hold").
  static let triedWords: SpelledWordSet = [
    "tried", "attempted", "attempt", "bid", "failed", "sought", "struggled", "unable", "vain",
  ]
  /// Words of a vow or plan before a verb of holding ("would hold the city at any cost").
  static let modalWords: SpelledWordSet = [
    "would", "will", "could", "can", "must", "should", "vowed", "vow", "promised", "pledged", "plan", "plans", "ready",
  ]
  /// Words after "still" of a place held ("still in control", "still under government control").
  static let stillHeldWords: SpelledWordSet = [
    "control", "controls", "controlled", "hands", "holding", "hold", "holds", "defending", "resisting", "fighting",
    "present", "defended", "resisted", "held", "contested", "presence",
  ]

  /// Words that set a clause against the one before ("…, but officials say fighting goes on").
  static let contrasts: Set<String> = ["but", "though", "although", "while", "whereas", "however", ";", "yet", "others"]

  /// Words that close the clause a stated day belongs to.
  static let dayClauseBreaks: Set<String> = [";", "before", "after", "but", "while", "whereas", "although", "until"]

  /// Whether `span` lies inside an aside of `sentence` that does not hold the token at
  /// `position`: between two dashes set off by spaces ("troops - in addition to the 3,000
  /// ordered earlier this week - to assist …"; a hyphen inside a name, "Pul-e-Khumri", is
  /// none) or between brackets.
  static func isInAside(_ span: Range<Int>, notHolding position: Int, _ tokens: [Token], sentence: Range<Int>) -> Bool {
    // (A token whose text starts with an ASCII scalar is settled by its byte,
    // `leadingASCIIByte`, others by the switch: comparing every word with the two dashes as
    // text was about 140 instructions a comparison, 3.0 M on the 1 MB stream: callgrind, issue
    // #16.)
    func isAsideDash(_ k: Int) -> Bool {
      if let byte = tokens[k].lower.leadingASCIIByte { return byte == UInt8(ascii: "-") && isSpacedHyphen(k) }
      switch tokens[k].lower {
      case "–", "—": return true
      case "-": return isSpacedHyphen(k)
      default: return false
      }
    }
    func isSpacedHyphen(_ k: Int) -> Bool {
      k > sentence.lowerBound && k + 1 < sentence.upperBound && tokens[k - 1].byteEnd < tokens[k].byteStart
        && tokens[k].byteEnd < tokens[k + 1].byteStart
    }
    /// `tokens[k].lower == mark` for an ASCII mark.
    func isMark(_ k: Int, _ mark: UInt8) -> Bool {
      if let byte = tokens[k].lower.leadingASCIIByte { return byte == mark }
      return tokens[k].lower == Tokenizer.asciiMarks[Int(mark)]
    }
    var open = span.lowerBound - 1
    while open >= sentence.lowerBound, !(isAsideDash(open) || isMark(open, UInt8(ascii: "("))) {
      // (A closing mark first: the span is after an aside, not in one.)
      if isMark(open, UInt8(ascii: ")")) { return false }
      open -= 1
    }
    guard open >= sentence.lowerBound else { return false }
    let closing: UInt8? = isMark(open, UInt8(ascii: "(")) ? UInt8(ascii: ")") : nil
    var close = span.upperBound
    while close < sentence.upperBound, !(closing.map { isMark(close, $0) } ?? isAsideDash(close)) { close += 1 }
    guard close < sentence.upperBound else { return false }
    return position <= open || position > close
  }
  /// Words that join two clauses of a headline.
  static let headlineClauseBreaks: Set<String> = [",", ";", ":", "as", "while", "after", "but", "and", "amid"]

  /// Nouns of a container phrase, skipped when measuring how far a place is from its trigger.
  static let placeNouns: SpelledWordSet = ["district", "districts", "province", "provinces", "of", "in", "city"]

  /// Determiners and descriptive adjectives of a place ("the northern city of Kunduz", "the
  /// strategic district of Shortepa"): they do not distance it from its trigger either.
  static let placeDescriptors: Set<String> = Inflections.fillers.union([
    "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern",
    "southeastern", "southwestern", "north", "south", "east", "west", "remote", "neighbouring",
    "neighboring", "nearby", "restive", "volatile", "mountainous", "border", "home", "native",
    // ("took the provincial capital of Kunduz": as near as "took the capital of Kunduz".)
    "provincial",
  ])

  /// Verbs of "named them as …" (`continuesList`).
  static let namingVerbs: [String] = ["named", "identified", "listed"]

  static let listOpenings: [[String]] = [
    ["the", "districts", "are"], ["the", "districts", "include"], ["these", "districts", "are"],
    ["these", "districts", "include"], ["they", "are"], ["they", "include"], ["they", "were"],
    ["the", "districts", "were"], ["the", "fallen", "districts"], ["this", "includes"], ["this", "included"],
    ["these", "are"], ["these", "were"], ["among", "them"], ["among", "these"], ["among", "those"], ["they", "included"],
    ["these", "include"], ["these", "included"], ["one", "of", "them"], ["one", "of", "these"], ["two", "of", "them"],
    ["the", "districts", "included"],
    // "… one of three provincial capitals seized on Friday. The other two are Lashkar Gah and
    // Qalat": the rest of the counted group.
    ["the", "other", "two"], ["the", "other", "three"], ["the", "other", "four"], ["the", "others", "are"],
    ["the", "others", "were"], ["the", "rest", "are"], ["the", "rest", "were"],
  ]

  /// The first words of `listOpenings`, each once.
  static let listOpeningHeads: [String] = listOpenings.reduce(into: [String]()) { heads, opening in
    if !heads.contains(opening[0]) { heads.append(opening[0]) }
  }

  /// Endings of a sentence that names members of the group before it ("Qadis and Muqur were
  /// among them.").
  static let listEndings: [[String]] = [["among", "them"], ["among", "these"], ["among", "those"]]

  /// The trigger of the sentence that best suits a list of mentions: the nearest on the side its
  /// wording expects, not across a clause break, for which some member has an eligible level.
  func nearestTrigger(
    for members: [Int], in triggers: [Trigger], _ mentions: [Mention], _ tokens: [Token],
    inMention: [Bool], inDate: [Bool], sentenceStart: Int
  ) -> (trigger: Trigger, score: Int)? {
    guard let first = members.first, let last = members.last else { return nil }
    let listStart = Mention.tokens(of: first, in: mentions).lowerBound
    let firstEnd = Mention.tokens(of: first, in: mentions).upperBound
    let listEnd = Mention.tokens(of: last, in: mentions).upperBound
    // The best so far as its index in `triggers` and its score, with its type, the trigger
    // copied out once at the end: walking the triggers through the array's iterator and holding
    // the best as a trigger copied and destroyed whole triggers, their patterns' sets retained
    // and released, about 15 000 times on the 1 MB stream (callgrind, issue #16).
    var best: (index: Int, score: Int, type: EventType)? = nil
    // The word lists `distances` reads, taken from `tables` once: a local function reading
    // `tables` in the loop copied the whole extractor (every table) into its context.
    let placeNouns = tables.placeNouns
    let placeDescriptors = tables.placeDescriptors
    let auxiliaries = tables.auxiliaries
    let clauseBreaks = tables.clauseBreaks
    // (By index: the loop's iterator made each trigger an optional, copied and destroyed.)
    for index in triggers.indices {
      let trigger = triggers[index]
      guard
        members.contains(where: {
          Self.isEligible(
            mentions[$0], for: trigger.type,
            landmarkAllowed: trigger.pattern.acceptsLandmark
              || (trigger.rule.spells("contested.fighting") && Self.followsNear(mentions[$0].tokens.lowerBound, tokens)))
        })
      else { continue }
      if trigger.tokens.isEmpty {
        // Inherited from the previous sentence: every list of this sentence is its object —
        // or, beside a verb of the sentence's own, only an item's label before its colon
        // ("Aug. 7 – Sheberghan: the Taliban say they took Jawzjan" under a heading).
        if triggers.contains(where: { !$0.tokens.isEmpty }) {
          if listEnd < tokens.count, tokens[listEnd].lower == ":" { return (trigger, 0) }
          continue
        }
        if best == nil { best = (index, 0, trigger.type) }
        continue
      }
      let placeAfter = trigger.tokens.upperBound <= listStart
      // "had gone to Alisheng from the provincial capital Mehtarlam to fight, but were
      // surrounded there": "there" is where they went, not where they came from.
      if !placeAfter, trigger.tokens.upperBound < tokens.count, tokens[trigger.tokens.upperBound].lower == "there" {
        var j = listStart - 1
        while j > sentenceStart, Self.nearKindWords.contains(tokens[j].lower) { j -= 1 }
        if j >= sentenceStart, tokens[j].lower == "from" { continue }
      }
      // "recaptured three districts as Panjshir resistance refused to surrender": a place right
      // after "as" opens a clause of its own (not "such as", "as well as", "as did").
      if placeAfter, listStart >= 2, listStart > trigger.tokens.upperBound + 1, tokens[listStart - 1].lower == "as",
        !["such", "well", "and", ","].contains(tokens[listStart - 2].lower)
      {
        continue
      }
      // "were airlifted to Kunduz airport from Imam Sahib district": where forces came from is
      // not where they went.
      if trigger.type == .retreatedTo, placeAfter, listStart > 0, tokens[listStart - 1].lower == "from" { continue }
      // "residents who reached Kabul after fleeing the fighting in their areas": a wording that
      // ends in a preposition whose object is someone's own takes no place before it.
      if !placeAfter, Self.hasOwnersObject(trigger, tokens) { continue }
      // "Doshi, a key district in Baghlan province which connects Kabul with the north, has
      // fallen": a place inside a relative clause that a comma closes before the verb is not the
      // verb's subject.
      if !placeAfter, Self.isInClosedRelativeClause(listStart, listEnd, before: trigger, tokens, sentenceStart: sentenceStart) {
        continue
      }
      // "Ghor … the home of generals who invaded India", "trampled upon by the Taliban, who are
      // capturing vast tracts of the country": a verb whose subject is "who" (a person), or
      // whose object is another country, takes no place before it as its object.
      if !placeAfter, listEnd <= trigger.tokens.lowerBound,
        Self.hasPersonSubject(trigger, tokens, after: listEnd) || Self.hasForeignObject(trigger, tokens)
      {
        continue
      }
      // "all these places are being handed over, Kabul and Mazar-i-Sharif will be next": a list
      // after a comma with a modal of its own right after it is the subject of another clause.
      if placeAfter, listEnd < tokens.count, Self.clauseModals.contains(tokens[listEnd].lower),
        (trigger.tokens.upperBound..<listStart).contains(where: { tokens[$0].lower == "," })
      {
        continue
      }
      // "which" and "where" belong to the verb of their own clause, after them.
      if placeAfter, members.contains(where: { mentions[$0].isBackReference && ["which", "where"].contains(mentions[$0].text) }) {
        continue
      }
      // "Herat city, which the Taliban attacked on Sunday, hundreds … took up arms": "which" is
      // of its own clause, which the comma after its verb closes.
      if !placeAfter, trigger.tokens.lowerBound > listEnd,
        members.contains(where: { mentions[$0].isBackReference && mentions[$0].text == "which" }),
        ((listEnd + 1)..<trigger.tokens.lowerBound).contains(where: { tokens[$0].lower == "," })
      {
        continue
      }
      // "Laghman province saw four of its six districts fall": what the place saw fall is the
      // verb's subject, not the place ("Kunduz saw heavy fighting" is the place's fight).
      if !placeAfter, listEnd < trigger.tokens.lowerBound,
        let saw = (listEnd..<trigger.tokens.lowerBound).first(where: { Self.sightVerbs.contains(tokens[$0].lower) }),
        ((saw + 1)..<trigger.tokens.lowerBound).contains(where: { Self.seenPartNouns.contains(tokens[$0].lower) })
      {
        continue
      }
      // "Herat, where the Taliban captured three districts": what happens "where" is a fight, a
      // retreat or a rising at the place; a change of control there is of other places.
      if trigger.type == .captured || trigger.type == .recaptured,
        members.contains(where: { mentions[$0].isBackReference && mentions[$0].text == "where" })
      {
        continue
      }
      // "Ghazni province, where the Taliban overran Andar district", "Ghazni is a volatile
      // province where the militants took two districts": a change of control in a "where"
      // clause that names its own places is not of the place the clause is about.
      if !placeAfter, trigger.type == .captured || trigger.type == .recaptured, listEnd < trigger.tokens.lowerBound,
        let whereAt = (listEnd..<trigger.tokens.lowerBound).first(where: { tokens[$0].lower == "where" }),
        whereAt - listEnd <= 6,
        !(listEnd..<whereAt).contains(where: { tokens[$0].kind == .punctuation && tokens[$0].lower != "," }),
        !((whereAt + 1)..<trigger.tokens.lowerBound).contains(where: { tokens[$0].kind == .punctuation }),
        case let objectEnd = Self.clauseEnd(from: trigger.tokens.upperBound, before: min(tokens.count, trigger.tokens.upperBound + 8), tokens),
        (trigger.tokens.upperBound..<objectEnd).contains(where: { inMention[$0] })
          || Self.clauseCountsUnnamedPlaces(after: trigger.tokens.upperBound, tokens, inMention: inMention)
      {
        continue
      }
      // "the outskirts of Herat, where Ismail Khan's fighters have joined the army": a fight, a
      // retreat or a rising inside the clause opened by ", where" is the back reference's, not
      // the place's before it ("Herat, where he lives, was besieged" is the place's).
      if !placeAfter, trigger.type != .captured, trigger.type != .recaptured, listEnd + 1 < trigger.tokens.lowerBound,
        tokens[listEnd].lower == ",", tokens[listEnd + 1].lower == "where", inMention[listEnd + 1],
        !((listEnd + 2)..<trigger.tokens.lowerBound).contains(where: { tokens[$0].lower == "," })
      {
        continue
      }
      // "Burka remains contested and Doshi is still in Taliban hands": a place after "and" that
      // a verb of its own follows is that verb's subject, not the object of the one before.
      // (So is one after a clause break right before it: "fled to Andkhoy as Pashtun Kot
      // district fell", "retook Almar; Pashtun Kot district fell".)
      // (Past an apposition between commas: "and Faizabad, the provincial capital, was
      // surrounded".)
      if placeAfter,
        (listStart - trigger.tokens.upperBound <= 2 && (trigger.tokens.upperBound..<listStart).contains(where: { tokens[$0].lower == "and" }))
          || tables.breaksBeforeSubject.contains(tokens, at: listStart - 1),
        case let verbFrom = Self.pastApposition(after: listEnd, tokens, inMention: inMention),
        let own = triggers.first(where: { $0.tokens.lowerBound >= verbFrom && [.before, .beforeOnly, .either].contains($0.pattern.side) }),
        own.tokens.lowerBound - verbFrom <= 4,
        (verbFrom..<own.tokens.lowerBound).allSatisfy({
          Self.passiveAuxiliaries.contains(tokens[$0].lower) || Self.placeNouns.contains(tokens[$0].lower)
            || Self.subjectVerbFillers.contains(tokens[$0].lower)
        })
      {
        continue
      }
      // "on the day American troops vacated it, Parwan province, Afghanistan July 2": a pronoun
      // right after the verb, naming no place, is its object; a place past it and a comma is not
      // (but "took it, along with Khan Abad" adds one).
      if placeAfter, listStart > trigger.tokens.upperBound + 1, !inMention[trigger.tokens.upperBound],
        ["it", "them"].contains(tokens[trigger.tokens.upperBound].lower), tokens[trigger.tokens.upperBound + 1].lower == ",",
        !(trigger.tokens.upperBound..<listStart).contains(where: { Self.coordinators.contains(tokens[$0].lower) || ["along", "including", "as"].contains(tokens[$0].lower) })
      {
        continue
      }
      let gap: Range<Int> =
        placeAfter ? trigger.tokens.upperBound..<listStart
        : listEnd <= trigger.tokens.lowerBound ? listEnd..<trigger.tokens.lowerBound : listEnd..<listEnd
      // "bombing near the radio station, which is under Taliban control": a relative clause whose
      // antecedent, the word right before its "which", is neither a place nor a word for one
      // tells of that thing, not of the place named before it.
      if !placeAfter, Self.isRelativeOfOtherThing(in: gap, tokens, inMention: inMention, inDate: inDate) { continue }
      // "fled fighting in Kandahar, as four suspects were arrested over a strike on Kabul": the
      // trigger's own object, a province no event of its type takes after a preposition, ends
      // its reach; a place past a comma after it is another clause's.
      if placeAfter, let own = mentions.first(where: { $0.tokens.lowerBound == gap.lowerBound }),
        own.tokens.upperBound < gap.upperBound, own.afterPreposition, own.hasLevel(.province),
        !Self.isEligible(own, for: trigger.type),
        let mark = (own.tokens.upperBound..<gap.upperBound).first(where: { tokens[$0].lower == "," || tokens[$0].lower == ";" }),
        // (Not places it includes: "Fighting raged in Helmand province, including Lashkar Gah".)
        !Self.opensInclusion(after: mark, tokens)
      {
        continue
      }
      // "advancing toward Dare Zari … and if they occupy them, Balkhab district will be besieged":
      // a place past a condition's opening is the condition's, not the trigger's object.
      if placeAfter, gap.contains(where: { tokens[$0].word == tables.ifWord || tokens[$0].word == tables.unlessWord }) { continue }
      // A container phrase ("district of Daikundi", "in Kunduz province") belongs to the place:
      // it does not distance it from its trigger.
      // (Nor does a possessive's "s": "took Kunduz's Imam Sahib, Baghlan's Burka and …".)
      // (The lists are read by word id: `RuleTables.placeNouns`, `placeDescriptors`, `auxiliaries`.)
      // (Nor does a manner phrase after the verb: "took without resistance Friday morning
      // Chaghcharan".)
      var manner = 0..<0
      if placeAfter {
        var k = gap.lowerBound
        while k < gap.upperBound, inDate[k] { k += 1 }
        if let end = Self.mannerPhraseEnd(at: k, tokens), end <= gap.upperBound { manner = k..<end }
      }
      func distances(_ k: Int) -> Bool {
        tokens[k].kind != .punctuation && !inMention[k] && !inDate[k] && !placeNouns.contains(tokens, at: k)
          && !placeDescriptors.contains(tokens, at: k)
          && !TriggerFinder.endsPossessive(tokens, at: k) && !manner.contains(k)
      }
      // "are Nirkh and Jalrez in Wardak, Burka in Baghlan, …, and Qaisar in Faryab": the commas
      // after each item's province join the items of the verb's object, however long the list;
      // they do not distance its later items (in the comma count below). So do those of a
      // subject ("Farkhar in Takhar, Alasay in Kapisa, … and Gelan in Ghazni fell").
      func isJointOfPlaces(_ k: Int) -> Bool {
        guard k > 0, k + 2 < tokens.count, tokens[k].lower == ",", inMention[k - 1],
          inMention[k + 1] || (tokens[k + 1].lower == "and" && inMention[k + 2])
        else { return false }
        var j = k - 1
        while j > 0, inMention[j - 1] { j -= 1 }
        return j >= 2 && tokens[j - 1].lower == "in" && inMention[j - 2]
      }
      // "overran these districts: 1. Nerkh in Wardak; 2. Gizab in Daikundi; and …": a list after
      // a semicolon and items the verb took, only places, their joints and item numbers between,
      // is more of its object: its distance is the first item's (semicolons there separate items
      // as commas do).
      let firstItem = placeAfter ? gap.first(where: { inMention[$0] }) : nil
      // (So is a list after a counted group and a dash or colon whose items carry appositions:
      // "took three capitals - Zaranj, the capital of Nimroz, Sar-e-Pul, the capital of the
      // province of the same name, and Taloqan, …".)
      let afterCountedGroup =
        firstItem.map { first in
          first > trigger.tokens.upperBound && first - trigger.tokens.upperBound <= 10
            && Self.hasCountedPlacesObject(after: trigger.tokens.upperBound, tokens, inMention: inMention)
            && (trigger.tokens.upperBound..<first).contains { [":", "-", "\u{2013}", "\u{2014}"].contains(tokens[$0].lower) }
        } ?? false
      let continuesObject =
        firstItem != nil && (gap.contains(where: { tokens[$0].lower == ";" }) || afterCountedGroup)
        && (firstItem!..<gap.upperBound).allSatisfy { k in
          inMention[k] || tokens[k].kind == .number || Self.objectJoints.contains(tokens[k].lower)
            || Self.placeObjectWords.contains(tokens[k].lower) || [":", "."].contains(tokens[k].lower)
            || (afterCountedGroup && ["same", "name"].contains(tokens[k].lower))
            // (And an item no gazetteer name matched: "…; Mangjic, Faizabad and Khanaqa districts
            // of Jawzjan; …", `MentionFinder.isUnknownItemJoint`.)
            || MentionFinder.isUnknownName(tokens[k])
        }
      // "The rockets were scaring my son, so we went back to Khanabad": a place that a verb of
      // going after the trigger leads to is where someone went, not what was struck or fought
      // for.
      if placeAfter, trigger.type == .contested, listStart >= 2, gap.count >= 2,
        ["to", "towards", "toward"].contains(tokens[listStart - 1].lower),
        (max(gap.lowerBound, listStart - 4)..<(listStart - 1)).contains(where: { Self.goingVerbs.contains(tokens[$0].lower) })
      {
        continue
      }
      // "The fall of three provincial capitals, Zaranj, Sheberghan and Taloqan, shocked Kabul": a
      // noun of change whose object list lies between it and the place took no place past a
      // word that joins no list (the clause's verb).
      if placeAfter, trigger.pattern.isNominal, !continuesObject,
        let lastItem = gap.last(where: { inMention[$0] }),
        ((lastItem + 1)..<gap.upperBound).contains(where: { k in
          tokens[k].kind == .word && !inDate[k] && !TriggerFinder.endsPossessive(tokens, at: k) && !Self.objectJoints.contains(tokens[k].lower)
            && !Self.placeObjectWords.contains(tokens[k].lower) && !Self.sequenceWords.contains(tokens[k].lower)
        })
      {
        continue
      }
      // "seized three other capitals: the town of Farah …; Pul-i-Khumri, the capital of …; and
      // Faizabad, the capital of …": after a counted group and a colon, each item between
      // semicolons is the verb's object, however long the items before it; its distance is
      // the colon's.
      var itemsAfterColon: Int? = nil
      if placeAfter, !continuesObject,
        let colon = gap.first(where: { tokens[$0].lower == ":" }), colon > gap.lowerBound,
        Self.groupNouns.contains(tokens[colon - 1].lower)
          // ("captured three other provincial capitals in just three days: …": the counted
          // group, then words of time or manner before the colon, no other mark.)
          || (colon - trigger.tokens.upperBound <= 14
            && Self.hasCountedPlacesObject(after: trigger.tokens.upperBound, tokens, inMention: inMention)
            && !(trigger.tokens.upperBound..<colon).contains(where: { tokens[$0].kind == .punctuation })),
        !gap.contains(where: { tokens[$0].lower == "." }),
        case let segmentStart = (gap.last(where: { tokens[$0].lower == ";" }) ?? colon) + 1,
        listStart - segmentStart <= 4,
        (segmentStart..<listStart).allSatisfy({ !inMention[$0] && (Self.objectJoints.contains(tokens[$0].lower) || Self.placeObjectWords.contains(tokens[$0].lower)) })
      {
        itemsAfterColon = colon
      }
      let scoredGap = continuesObject ? gap.lowerBound..<firstItem! : itemsAfterColon.map { gap.lowerBound..<$0 } ?? gap
      // "Andar district has been under siege": a verb's auxiliaries before it are no distance
      // from its subject.
      var score = scoredGap.filter { k in
        distances(k)
          && (placeAfter || !auxiliaries.contains(tokens, at: k))
      }.count
      // A generic verb takes its place right after it, or right before it in the passive
      // ("Mazar-i-Sharif was taken without a fight").
      // Auxiliaries of a passive do not count ("Qala-i-Naw had been taken"), nor an apposition
      // between commas ("Pul-i-Alam, 70 km south of Kabul, was taken").
      var verbWords = gap
      if !placeAfter, let open = gap.first, tokens[open].lower == ",",
        let close = gap.last(where: { tokens[$0].lower == "," }), close > open
      {
        verbWords = (close + 1)..<gap.upperBound
      }
      // ("Sharana and Asadabad were also taken": the adverbs between a subject and its verb
      // are no distance either.)
      let verbGap =
        placeAfter
        ? score
        : verbWords.filter { k in
          distances(k) && !auxiliaries.contains(tokens, at: k) && !Self.subjectVerbFillers.contains(tokens[k].lower)
        }.count
      // "control six of Badakhshan's 28 districts, including Ishkashim and Khwahan": the
      // counted group is the verb's object, and the places included in it name its members.
      // (So does "others" the inclusion follows: "took three others, including the city of
      // Kunduz".)
      let namesCountedGroup =
        placeAfter && members.contains { mentions[$0].isIncluded }
        && gap.contains { k in
          ["districts", "provinces", "cities", "capitals", "towns"].contains(tokens[k].lower)
            || (tokens[k].lower == "others" && k + 1 < gap.upperBound && tokens[k + 1].lower == ","
              && Self.opensInclusion(after: k + 1, tokens))
        }
      // "The provincial capitals taken by the Taliban so far are Zaranj, …", "districts seized
      // by the militants include …", "capitals taken: …": a group the verb qualifies, whose
      // members the list after a copula, "include" or a colon names.
      func namesQualifiedGroup() -> Bool {
        placeAfter && trigger.tokens.lowerBound >= 1
          && tokens[max(0, trigger.tokens.lowerBound - 3)..<trigger.tokens.lowerBound].contains { Self.groupNouns.contains($0.lower) }
          && gap.contains { Self.listOpeners.contains(tokens[$0].lower) }
          && !gap.contains { tokens[$0].lower == "." || tokens[$0].lower == ";" }
      }
      // "took three provincial capitals over the weekend - Zaranj, …", "took three districts: A,
      // B and C": a counted group whose members the list right after a dash, colon or comma
      // names is the verb's object.
      func listsCountedGroup() -> Bool {
        placeAfter && gap.count <= 12 && !gap.isEmpty
          && [":", "-", "\u{2013}", "\u{2014}", ","].contains(tokens[gap.upperBound - 1].lower)
          && Self.hasCountedPlacesObject(after: trigger.tokens.upperBound, tokens, inMention: inMention)
          && !gap.contains { tokens[$0].lower == "." || tokens[$0].lower == ";" }
      }
      // ", which the Taliban took last week": "which" is the object of the verb after it.
      let relativeObject = !placeAfter && members.contains { mentions[$0].isBackReference && mentions[$0].text == "which" }
      // "took the police headquarters in Kunduz city": a site in the place, named as such, is
      // the generic verb's object (control of a part, which contests the place).
      func siteInPlace() -> Bool {
        placeAfter && trigger.tokens.upperBound < gap.upperBound
          && Self.siteDeterminers.contains(tokens[trigger.tokens.upperBound].lower)
          && gap.contains { Self.siteNouns.contains(tokens[$0].lower) }
          && Self.objectIsPartOfPlace(tokens, from: trigger.tokens.upperBound, to: gap.upperBound, inMention: inMention, inDate: inDate)
      }
      // (The exceptions are tested only for a verb that is too far.)
      if let maxGap = trigger.pattern.maxGap,
        verbGap > maxGap || (!placeAfter && ![.before, .beforeOnly].contains(Self.side(of: trigger, tokens))),
        !namesCountedGroup, !relativeObject, !namesQualifiedGroup(), !siteInPlace(), !listsCountedGroup(),
        !(afterCountedGroup && continuesObject),
        !(placeAfter && Self.isCountrysCityHead(gap, tokens)),
        // "control nine of the ten police districts of Lashkar Gah": a part of the place named
        // as the object is no distance.
        !(placeAfter && trigger.tokens.upperBound < listStart
          && (tokens[trigger.tokens.upperBound].kind == .number || MentionFinder.numberWords[tokens[trigger.tokens.upperBound].lower] != nil
            || Self.partQuantifiers.contains(tokens[trigger.tokens.upperBound].lower))
          && Self.objectIsPartOfPlace(tokens, from: trigger.tokens.upperBound, to: listStart, inMention: inMention, inDate: inDate))
      {
        continue
      }
      // "arrived in Mazar on Sunday, saying their homes had been taken over": a reporting
      // participle opens what was said, whose verb the place before it is not the subject of.
      // (Only words ending in "g" are looked up: this runs for every trigger and list.)
      if !placeAfter, gap.contains(where: { k in
        tokens[k].byteEnd - tokens[k].byteStart >= 6 && tokens[k].lower.utf8.last == UInt8(ascii: "g")
          && TriggerFinder.reportingParticiples.contains(tokens[k].lower)
      }) {
        continue
      }
      // "Mohammadi, who lives in Panjshir, wrote that the uprising has retaken Deh Salah": a
      // place before a reporting verb and its "that" is the speaker's, not what was reported.
      // ("told reporters that", "told AFP that": past the verb's object.)
      if !placeAfter, gap.contains(where: { k in
        tokens[k].lower == "that" && (max(gap.lowerBound, k - 3)..<k).contains { Self.reportingVerbs.contains(tokens[$0].lower) }
      }) {
        continue
      }
      // "Kabul: the government collapses": the trigger has a subject of its own between it
      // and the place before it.
      if !placeAfter, [.before, .beforeOnly].contains(trigger.pattern.side), trigger.tokens.lowerBound > 0,
        tables.ownSubjects.contains(tokens, at: trigger.tokens.lowerBound - 1)
      {
        continue
      }
      // "In Lashkar Gah, the Taliban seized the prison": a verb whose object follows it (a
      // building, people, materiel) took that, not the place before it.
      // ("Chaghcharan, where the Taliban have captured all but one of the surrounding
      // districts": unnamed places counted after the verb are its object too.)
      // (Not a verb of falling whose "after" opens what fell before it: "Nahrin was the first
      // district to fall after the talks in Doha".)
      // (But a site taken in a place the sentence opens with, "In Lashkar Gah, the Taliban
      // seized the prison", is part of that place taken: a contest, below.)
      if !placeAfter, trigger.type == .captured || trigger.type == .recaptured,
        [.after, .either].contains(Self.side(of: trigger, tokens)),
        !["after", "following"].contains(tokens[trigger.tokens.upperBound - 1].lower),
        Self.hasThingObject(after: trigger.tokens.upperBound, tokens, inMention: inMention)
          || Self.hasCountedPlacesObject(after: trigger.tokens.upperBound, tokens, inMention: inMention),
        !(Self.opensSentenceAsLocative(listStart, listEnd, sentenceStart: sentenceStart, tokens)
          && Self.hasSiteObject(after: trigger.tokens.upperBound, tokens, inMention: inMention))
      {
        continue
      }
      // "Four suspected militants were captured in connection with the rocket strike on Kabul":
      // a passive verb of capture whose subject is people took them, not the place after it.
      if placeAfter, trigger.type == .captured || trigger.type == .recaptured, trigger.tokens.lowerBound >= 2,
        Self.passiveAuxiliaries.contains(tokens[trigger.tokens.lowerBound - 1].lower),
        Self.capturedPeople.contains(tokens[trigger.tokens.lowerBound - 2].lower),
        // (A participle: not "militants were took control", a slip for "took".)
        TriggerFinder.looksLikeParticiple(tokens[trigger.tokens.lowerBound].lower)
      {
        continue
      }
      // "As the Taliban has captured most of the country, the Afghan forces killed insurgents in
      // Nangarhar and Logar": a verb in a clause that opens the sentence with "as", "while",
      // "after", … and names no place before its comma took no place after that comma (the
      // main clause's).
      // (So does a fronted phrase of time or concession: "Following the fall of seven provincial
      // capitals, the president travelled to Mazar".)
      if placeAfter, Self.subordinators.contains(tokens[sentenceStart].lower) || tokens[sentenceStart].lower == "as"
        || Self.frontedPhraseOpeners.contains(tokens[sentenceStart].lower),
        !(sentenceStart..<trigger.tokens.lowerBound).contains(where: { tokens[$0].lower == "," }),
        let comma = (trigger.tokens.upperBound..<listStart).first(where: { tokens[$0].lower == "," }),
        // (A region there is where the clause's places lie, not one of them: "the fall of seven
        // provincial capitals in northern Afghanistan, …".)
        !mentions.contains(where: { (trigger.tokens.upperBound..<comma).contains($0.tokens.lowerBound) && !$0.namesOnlyRegions }),
        // (Not members of its object after the comma: "While the Taliban have seized dozens of
        // districts, including Bangi and Namak Ab, …".)
        !Self.opensInclusion(after: comma, tokens),
        // (Nor its object's name in apposition, between commas: "After the fall of the northern
        // city, Kunduz, thousands fled".)
        !(listStart == comma + 1 && Self.appositionHeads.contains(tokens[comma - 1].lower)
          && firstEnd < tokens.count && tokens[firstEnd].lower == ",")
      {
        continue
      }
      // "Forces in Mazar are bracing after the insurgents captured Shibirghan and Aybak": a verb
      // with a place for its object, in a clause of its own opened after the place before it,
      // did not take that place.
      // ("Ghani arrived in Mazar as the Taliban captured Faizabad": "as" opening a clause with
      // its own subject, an article or an actor's word after it.)
      if !placeAfter, trigger.type == .captured || trigger.type == .recaptured,
        [.after, .either].contains(Self.side(of: trigger, tokens)),
        Self.placeObjectFollows(trigger.tokens.upperBound, tokens, inMention: inMention),
        gap.contains(where: {
          Self.subordinators.contains(tokens[$0].lower)
            || (tokens[$0].lower == "as" && $0 + 1 < tokens.count
              && (tokens[$0 + 1].lower == "the" || TriggerFinder.talibanWords.contains(tokens[$0 + 1].lower)))
        })
      {
        continue
      }
      // "The road links Panjshir to Nuristan, and the militants now threaten the neighbouring
      // Laghman province", "entered Pul-e-Alam, capital of Logar, then seized Ferozkoh", "captured
      // six districts in Takhar and are fighting to overrun its capital Taloqan": a verb that
      // takes its place after it, with a place right there, took that one; the place before it
      // over a comma or an "and" is no passive subject of it.
      if !placeAfter, Self.side(of: trigger, tokens) == .after,
        Self.placeObjectFollows(trigger.tokens.upperBound, tokens, inMention: inMention),
        gap.contains(where: { [",", "and"].contains(tokens[$0].lower) })
      {
        continue
      }
      // "With the fall of these two checkpoints, residents of Ghazni city …": a noun's object
      // named before a comma ends there; the place after the comma is in another clause.
      // (But an inclusion after the comma names members of the object: "the fall of many key
      // areas to the Taliban, including Nijrab district".)
      // (Nor a head of the country's capital or ranked city before its name in apposition:
      // "Following the fall of Afghanistan's capital, Kabul, thousands fled".)
      if placeAfter, trigger.pattern.isNominal, let comma = gap.first(where: { tokens[$0].lower == "," }),
        !(members.contains { mentions[$0].isIncluded } && Self.opensInclusion(after: comma, tokens)),
        !Self.isCountrysCityHead(gap, tokens),
        (trigger.tokens.upperBound..<comma).contains(where: { k in
          tokens[k].kind == .word && !inMention[k] && !Self.placeObjectWords.contains(tokens[k].lower)
            && !Self.objectJoints.contains(tokens[k].lower)
        })
      {
        continue
      }
      // "have overrun most of Gereshk but the district centre is still held by the police": a
      // clause opened by "but" after the trigger says something else of its places.
      if placeAfter, gap.contains(where: { tokens[$0].lower == "but" }) {
        continue
      }
      // "retook Khawak pass and killed dozens of fighters in Paryan": after "and" a verb that
      // takes people opens a clause of its own, whose place the one after it is.
      if placeAfter, trigger.type == .captured || trigger.type == .recaptured,
        gap.contains(where: { k in
          tokens[k].lower == "and" && k + 1 < gap.upperBound && TriggerFinder.peopleTakingVerbs.contains(tokens[k + 1].lower)
        })
      {
        continue
      }
      // "captured the outskirts of Chaghcharan and are shelling the city": after "and" an
      // auxiliary opens a verb of its own, whose object the place after it is.
      if placeAfter, gap.contains(where: { k in
        tokens[k].lower == "and" && k + 1 < gap.upperBound && Self.auxiliaries.contains(tokens[k + 1].lower)
      }) {
        continue
      }
      // "fled to the airport with a handful of guards, and … in the city": a retreat that
      // names where it went ends there.
      if placeAfter, trigger.type == .retreatedTo, !gap.isEmpty,
        Self.hasThingObject(after: trigger.tokens.upperBound, tokens, inMention: inMention)
      {
        continue
      }
      // "fled into (neighbouring) Tajikistan after the Taliban advanced through Badakhshan": a
      // retreat to a name the gazetteer does not hold (a foreign country) ends there.
      if placeAfter, trigger.type == .retreatedTo, !gap.isEmpty {
        var k = gap.lowerBound
        if ["neighbouring", "neighboring", "nearby"].contains(tokens[k].lower), k + 1 < gap.upperBound { k += 1 }
        if tokens[k].kind == .word, tokens[k].isCapitalized, !inMention[k] { continue }
      }
      // "relocated to the provincial capital after leaving Khwaja Sabz Posh": a place after
      // "after" or "before" and a gerund is that act's, not where the retreat went.
      if placeAfter, trigger.type == .retreatedTo, gap.contains(where: { k in
        (tokens[k].lower == "after" || tokens[k].lower == "before") && k + 1 < gap.upperBound && tokens[k + 1].lower.hasSuffix("ing")
      }) {
        continue
      }
      let included = members.contains { mentions[$0].isIncluded }
      switch Self.side(of: trigger, tokens) {
      case _ where included && placeAfter: break
      case .before where placeAfter: score += 6
      case .after where !placeAfter: score += 6
      case .afterOnly where !placeAfter: continue
      case .beforeOnly where placeAfter: continue
      default: break
      }
      // "gains include Tagab and Shindand; districts now contested include Nerkh": a trigger
      // that opens a clause after a semicolon, no place before it there, does not reach back
      // over it (lists joined by semicolons still share one: "Kiti in Daikundi; Kaldar in
      // Balkh; and Sayad were captured", "withdrew from Kiti; Kaldar in Balkh").
      if !placeAfter, let semicolon = gap.last(where: { tokens[$0].lower == ";" }),
        !(semicolon..<trigger.tokens.lowerBound).contains(where: { inMention[$0] })
      {
        continue
      }
      // "captured the police headquarters while troops stationed at Shindand were deployed":
      // a place after a word that opens another clause is that clause's, not the object of the
      // trigger before it.
      if placeAfter, gap.contains(where: { Self.clauseOpeners.contains(tokens[$0].lower) }) { continue }
      // "Taliban take Jalalabad city, now Kabul remains", "capture Jalalabad, Kabul only major
      // city under govt control": a place after a comma or semicolon that a predicate of its own
      // follows is the subject of another clause.
      if placeAfter, let last = members.last, gap.contains(where: { [",", ";"].contains(tokens[$0].lower) }) {
        var k = mentions[last].tokens.upperBound
        if k < tokens.count, MentionFinder.levelNouns.contains(tokens[k].lower) { k += 1 }
        if k < tokens.count, Self.ownPredicateWords.contains(tokens[k].lower) { continue }
      }
      // "has given the Taliban full control of the south, allowing them to march on Kabul": a
      // participle clause after a comma is a clause of its own, whose places are not the
      // object of the trigger before it (not "including", nor "according to"; nor participles
      // coordinated with a trigger that is one too: "receiving weapons, marching and
      // patrolling in cities").
      // (The gap's rare comma and participle asked first, the trigger's own word only then.)
      // ("The Taliban are capturing cities across the country, further isolating Kabul": a
      // participle trigger with an object of its own that names no place is no member of a
      // series of participles either.)
      // ("…, further isolating the capital": an adverb may open the clause.)
      if placeAfter, let comma = gap.first(where: { k in
        tokens[k].lower == "," && k + 1 < gap.upperBound
          && (Self.opensParticipleClause(tokens[k + 1])
            || (k + 2 < gap.upperBound && Self.clauseAdverbs.contains(tokens[k + 1].lower) && Self.opensParticipleClause(tokens[k + 2])))
          // ("captured several capitals, starting with Zaranj": the object's first member.)
          && !(k + 2 < gap.upperBound && tokens[k + 2].lower == "with" && Self.inclusionOpeners.contains(tokens[k + 1].lower))
      }),
        !Self.opensParticipleClause(tokens[trigger.tokens.lowerBound])
          || Self.hasOwnPlacelessObject(from: trigger.tokens.upperBound, to: comma, tokens, inMention: inMention, inDate: inDate)
      {
        continue
      }
      var crossesComma = false
      for k in scoredGap {
        // (Read in place: `tokens[k].lower` copied the token, about 9 700 times on the 1 MB
        // stream.)
        let word = Token.lower(at: k, in: tokens)
        if word == ";" || (clauseBreaks.contains(tokens, at: k) && word != "and") { score += 5 }
        if word == ",", !isJointOfPlaces(k) {
          score += 1
          crossesComma = true
          // "captured Khanabad and Imam Sahib, and fighting continues": ", and" before the
          // verb opens a clause of its own, whose subject the places before it are not.
          if !placeAfter, k + 1 < scoredGap.upperBound, tokens[k + 1].lower == "and" { score += 5 }
        }
      }
      // "After militants attacked Gizab, the district centre was captured": a subordinate
      // clause closed by its comma keeps its places and triggers to itself.
      if crossesComma,
        Self.inSubordinateClause(trigger.tokens.lowerBound, tokens, from: sentenceStart)
          || Self.inSubordinateClause(listStart, tokens, from: sentenceStart)
      {
        score += 5
      }
      // "Tala wa Barfak, which was captured two weeks ago, was retaken": a relative clause right
      // after the place has its own subject ("which"); the place belongs to the verb after it.
      var opening = gap.lowerBound
      while opening < gap.upperBound, placeNouns.contains(tokens, at: opening) || inMention[opening] { opening += 1 }
      if !placeAfter, opening + 1 < gap.upperBound, tokens[opening].lower == ",",
        ["which", "who"].contains(tokens[opening + 1].lower)
      {
        if let close = (opening + 2..<gap.upperBound).first(where: { tokens[$0].lower == "," }) {
          score = tokens[(close + 1)..<gap.upperBound].filter { $0.kind != .punctuation }.count
        } else {
          score += 5
        }
      } else if !placeAfter, opening + 1 < gap.upperBound,
        // "Khamyab, a strategic district on the highway …, fell", "Khamyab - a district of some
        // 30,000 people - fell", "Khamyab (Jawzjan province) fell": an apposition closed before
        // the verb describes the place and is no distance from it.
        tokens[opening].kind == .punctuation, let closer = Self.appositionClosers[tokens[opening].lower],
        tokens[opening].lower != "," || Self.appositionOpeners.contains(tokens[opening + 1].lower) || tokens[opening + 1].kind == .number,
        // ("Zaranj, the capital of Nimroz province – a key border town – was seized": an
        // apposition after a comma may end in a dashed aside of its own.)
        let close = (opening + 1..<gap.upperBound).last(where: { k in
          tokens[k].lower == closer || (closer == "," && (tokens[k].lower == "\u{2013}" || tokens[k].lower == "\u{2014}"))
        }), close > opening
      {
        score = min(score, tokens[(close + 1)..<gap.upperBound].filter { $0.kind != .punctuation }.count)
      }
      let limit = trigger.type == .mobilization ? 40 : 16
      guard score <= limit else { continue }
      // On a tie a change of control wins over mobilisation ("thanks to uprising forces, Kiti
      // has been retaken").
      if let held = best {
        guard score < held.score || (score == held.score && held.type == .mobilization && trigger.type != .mobilization)
        else { continue }
      }
      best = (index, score, trigger.type)
    }
    return best.map { (trigger: triggers[$0.index], score: $0.score) }
  }

  /// Whether the words `gap` between a verb and the place after it are a head naming the place
  /// as the country's capital or one of its ranked cities, the name following (in apposition or
  /// not): "took Afghanistan's capital, Kabul", "seized the country's second-largest city,
  /// Kandahar", "the fall of the country's third city Herat". An optional article, the
  /// country's possessive ("Afghanistan's", "the country's", "the nation's"), rank words
  /// (`MentionFinder.isRankWord`) and hyphens, then "capital" or "city" and an optional comma:
  /// the words only describe the object, as "the capital, Kabul" does, and put no distance
  /// between it and its verb, nor close a noun's object at their comma. (Asked only where they
  /// otherwise would.)
  static func isCountrysCityHead(_ gap: Range<Int>, _ tokens: [Token]) -> Bool {
    var k = gap.lowerBound
    if k < gap.upperBound, tokens[k].lower == "the" { k += 1 }
    guard k + 2 < gap.upperBound, countryPossessors.contains(tokens[k].lower), TriggerFinder.opensPossessive(tokens, at: k + 1)
    else { return false }
    k += 3
    while k < gap.upperBound, tokens[k].lower == "-" || MentionFinder.isRankWord(tokens[k].lower) { k += 1 }
    guard k < gap.upperBound, tokens[k].lower == "capital" || tokens[k].lower == "city" else { return false }
    k += 1
    if k < gap.upperBound, tokens[k].lower == "," { k += 1 }
    return k == gap.upperBound
  }

  /// Whether a place is the object right after a verb ending at `start`: the place itself, or
  /// a few words naming its kind before it ("captured the key city of Kandahar").
  static func placeObjectFollows(_ start: Int, _ tokens: [Token], inMention: [Bool]) -> Bool {
    var k = start
    while k < tokens.count, k - start <= 5, !inMention[k] {
      guard ["the", "a", "of", "neighbouring", "neighboring"].contains(tokens[k].lower) || placeObjectWords.contains(tokens[k].lower)
      else { return false }
      k += 1
    }
    return k < tokens.count && inMention[k]
  }

  /// Whether the words right after a verb at `start` are an object that is no place: a noun
  /// phrase opened by a determiner or a count ("the prison", "20 soldiers", "several posts"),
  /// holding no place name and not only words that name a place's kind ("the district
  /// centre"), before a preposition or punctuation.
  static func hasThingObject(after start: Int, _ tokens: [Token], inMention: [Bool]) -> Bool {
    guard start < tokens.count, !inMention[start] else { return false }
    let opener = tokens[start]
    // "seize districts around Mazar": unnamed places, counted by none, are the object.
    if bareObjectPlurals.contains(opener.lower) {
      var k = start + 1
      while k < tokens.count, k < start + 4, tokens[k].kind == .word, !inMention[k] { k += 1 }
      return k >= tokens.count || !inMention[k] || MentionFinder.prepositions.contains(tokens[k - 1].lower)
    }
    // "Taliban Attack Kandahar, Overrun Prison": a headline's bare site noun is the object too.
    if siteNouns.contains(opener.lower), opener.byteEnd - opener.byteStart >= 4 { return true }
    // "stormed the city, seized key security facilities": sites opened by an adjective of
    // importance rather than a determiner.
    if siteAdjectives.contains(opener.lower), hasSiteObject(after: start, tokens, inMention: inMention) { return true }
    guard opener.kind == .number || objectOpeners.contains(opener.lower) else { return false }
    var heads: [String] = []
    var k = start + 1
    while k < tokens.count, k < start + 7 {
      let token = tokens[k]
      if inMention[k] { return false }
      if token.kind == .punctuation {
        // "the governor's compound": a possessive is inside the phrase.
        if TriggerFinder.isApostrophe(token.lower) { k += 2; continue }
        break
      }
      if MentionFinder.prepositions.contains(token.lower) || ["and", "on", "after", "before", "by", "as"].contains(token.lower) { break }
      heads.append(token.lower)
      k += 1
    }
    guard !heads.isEmpty else { return false }
    if heads.contains(where: { timeWords.contains($0) }) { return false }
    return !heads.allSatisfy { placeObjectWords.contains($0) }
  }

  /// Whether the list at `start..<end` is the place a sentence opens with ("In Lashkar Gah, …",
  /// "In Lashkar Gah on Tuesday, …"): "in" first, a comma within four tokens after it.
  static func opensSentenceAsLocative(_ start: Int, _ end: Int, sentenceStart: Int, _ tokens: [Token]) -> Bool {
    guard start >= 1, start - 1 == sentenceStart, tokens[start - 1].lower == "in" else { return false }
    return (end..<min(tokens.count, end + 5)).contains { tokens[$0].lower == "," }
  }

  /// Whether the words from `start` to `end` (a verb's end and the comma after it) hold an
  /// object of the verb that names no place: a plural or other noun not in a name nor a time
  /// phrase, after at most a determiner or a quantity ("capturing cities across the country",
  /// "seizing more territory"), before any preposition.
  static func hasOwnPlacelessObject(from start: Int, to end: Int, _ tokens: [Token], inMention: [Bool], inDate: [Bool]) -> Bool {
    var k = start
    while k < end, placelessObjectLeaders.contains(tokens[k].lower) { k += 1 }
    guard k < end, tokens[k].kind == .word, !inMention[k], !inDate[k] else { return false }
    return placelessObjectNouns.contains(tokens[k].lower)
  }
  /// Determiners and quantities before an object (`hasOwnPlacelessObject`).
  static let placelessObjectLeaders: Set<String> = ["the", "more", "further", "new", "several", "many", "large", "vast", "key", "major"]
  /// Adverbs that may open a participle clause ("…, further isolating the capital").
  static let clauseAdverbs: Set<String> = ["further", "also", "thereby", "thus", "effectively", "now", "rapidly", "quickly"]
  /// Objects of a change of control that name no place (`hasOwnPlacelessObject`).
  static let placelessObjectNouns: Set<String> = [
    "cities", "towns", "districts", "provinces", "capitals", "territory", "territories", "ground", "areas", "land", "swathes",
    "swaths", "power", "control",
  ]

  /// Whether `token` is a present participle that opens a clause of its own after a comma
  /// ("…, allowing them to march on Kabul", "…, bringing them within 50 km of the capital"):
  /// a lower-case word of six letters or more ending in "ing", not a preposition-like one
  /// ("including", "according", "regarding", "concerning", "excluding"), nor "leaving".
  static func opensParticipleClause(_ token: Token) -> Bool {
    guard token.kind == .word, !token.isCapitalized, token.byteEnd - token.byteStart >= 6 else { return false }
    let word = token.lower
    return word.hasSuffix("ing") && !participlePrepositions.contains(word)
  }
  static let participlePrepositions: Set<String> = [
    "including", "according", "regarding", "concerning", "excluding", "following", "during", "notwithstanding",
    // ("retreated from the district, leaving Khakrez to the Taliban": what was given up.)
    "leaving",
  ]

  /// Whether the verb's object at `start` is a site ("the prison", "the governor's compound",
  /// "the police headquarters", "the city's entrance"): a determiner or a place owning it, then
  /// a site noun before any other place, preposition or punctuation, and no people or materiel.
  static func hasSiteObject(after start: Int, _ tokens: [Token], inMention: [Bool]) -> Bool {
    guard start < tokens.count, inMention[start] || siteDeterminers.contains(tokens[start].lower) else { return false }
    var k = inMention[start] ? start : start + 1
    while k < tokens.count, k < start + 6 {
      // (A place as the possessor: "seized the city's entrance", "the district's police
      // headquarters".)
      if inMention[k] {
        var j = k
        while j < tokens.count, inMention[j] { j += 1 }
        guard TriggerFinder.opensPossessive(tokens, at: j) else { return false }
        k = j + 2
        continue
      }
      let word = tokens[k].lower
      if tokens[k].kind == .punctuation {
        if TriggerFinder.isApostrophe(word) { k += 2; continue }
        return false
      }
      // (A possessor is not the thing taken: "the governor's compound".)
      if peopleAndMateriel.contains(word), !(k + 1 < tokens.count && TriggerFinder.isApostrophe(tokens[k + 1].lower)) { return false }
      if siteNouns.contains(word) { return true }
      if MentionFinder.prepositions.contains(word) { return false }
      k += 1
    }
    return false
  }

  /// Whether the words right after a verb at `start` count unnamed places ("four districts",
  /// "all but one of the surrounding districts", "most of the province's districts"): a count
  /// first, a plural noun of places before any place name or punctuation.
  /// ("has overrun its seven districts": a possessive before the count is the places' owner.)
  static func hasCountedPlacesObject(after start: Int, _ tokens: [Token], inMention: [Bool]) -> Bool {
    guard start < tokens.count, !inMention[start] else { return false }
    if start + 1 < tokens.count, tokens[start].lower == "its" || tokens[start].lower == "their",
      tokens[start + 1].kind == .number || MentionFinder.numberWords[tokens[start + 1].lower] != nil
    {
      return hasCountedPlacesObject(after: start + 1, tokens, inMention: inMention)
    }
    let opener = tokens[start].lower
    guard tokens[start].kind == .number || MentionFinder.numberWords[opener] != nil || countOpeners.contains(opener) else { return false }
    var k = start + 1
    while k < tokens.count, k < start + 8, !inMention[k] {
      if tokens[k].kind == .punctuation, !TriggerFinder.isApostrophe(tokens[k].lower) { return false }
      if groupNouns.contains(tokens[k].lower) || tokens[k].lower == "villages" { return true }
      k += 1
    }
    return false
  }

  /// Whether the clause after a trigger ending at `start` (up to eight words, to its first
  /// punctuation) counts unnamed places ("fighting is underway to retake two more districts").
  static func clauseCountsUnnamedPlaces(after start: Int, _ tokens: [Token], inMention: [Bool]) -> Bool {
    (start..<clauseEnd(from: start, before: min(tokens.count, start + 8), tokens)).contains {
      hasCountedPlacesObject(after: $0, tokens, inMention: inMention)
    }
  }

  /// The first token from `start` on (and before `end`) that is a punctuation mark ending the
  /// clause; `end` when there is none. A hyphen, an apostrophe or a quotation mark inside a word
  /// ("re-take") does not end it.
  static func clauseEnd(from start: Int, before end: Int, _ tokens: [Token]) -> Int {
    var k = start
    while k < end, tokens[k].kind != .punctuation || TriggerFinder.isSkipped(tokens[k].lower) { k += 1 }
    return k
  }

  /// Whether `sentence` speaks of "the following" districts, provinces, cities or capitals: a
  /// group whose members a list further on names.
  static func announcesFollowingGroup(_ tokens: [Token], _ sentence: Sentence) -> Bool {
    sentence.tokens.dropLast().contains { k in
      tokens[k].lower == "following" && groupNouns.contains(tokens[k + 1].lower)
    }
  }

  /// Words that open a count or share of a place's parts ("most of", "half of", "parts of").
  static let partQuantifiers: SpelledWordSet = ["most", "much", "half", "parts", "part", "some", "several", "large", "many"]

  /// Words that open a count of places ("all but one of", "most of the"), or unnamed places
  /// by where they lie ("capturing surrounding districts", "took outlying districts").
  static let countOpeners: SpelledWordSet = [
    "all", "most", "several", "many", "dozens", "some", "more",
    "surrounding", "outlying", "nearby", "neighbouring", "neighboring", "adjacent",
  ]

  /// Plural nouns that are an object by themselves ("seized districts around Mazar").
  static let bareObjectPlurals: SpelledWordSet = [
    "districts", "areas", "villages", "checkpoints", "posts", "outposts", "positions", "bases", "territory",
  ]

  /// Words that open an object noun phrase.
  static let objectOpeners: SpelledWordSet = [
    "the", "a", "an", "its", "their", "several", "some", "many", "dozens", "hundreds", "scores",
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    // ("after seizing vast swathes of Afghanistan", "large areas of the country": a stretch of
    // land, no place, is what was taken.)
    "vast", "large", "huge", "wide",
  ]

  /// Words of a time phrase after a verb ("captured the previous day", "took a week later").
  static let timeWords: SpelledWordSet = [
    "day", "days", "night", "nights", "week", "weeks", "month", "months", "morning", "evening",
    "afternoon", "hours", "hour", "time", "year", "later", "earlier", "ago",
  ]

  /// Words that may stand between a change-of-control verb and its place without making the
  /// verb's object something else ("captured the strategic border town of Spin Boldak", "took
  /// two more districts in Kandahar", "overran the headquarters of Jalrez district").
  static let placeObjectWords = SpelledWordSet(placeNouns.union(placeDescriptors).union([
    "capital", "capitals", "centre", "center", "centres", "centers", "town", "towns", "cities",
    "provincial", "administrative", "headquarters", "compound", "compounds", "seat", "hub", "more", "another", "other",
    "remaining", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
    "key", "major", "largest", "biggest", "important", "southern", "big", "large", "small",
    "hometown", "birthplace", "area", "region", "rest", "remainder", "whole", "entire", "all", "entirety", "and",
  ]))

  /// Prepositions that end a noun phrase (`objectIsPartOfPlace`).
  static let phrasePrepositions: Set<String> = ["of", "in", "near", "around", "inside", "outside", "at", "on"]

  /// Nouns that name the place itself when "of" or "in" follows ("the capitals of", "the
  /// town of", "the district of"): an object headed by one is the place, however described.
  static let placeHeads: Set<String> = [
    "capital", "capitals", "city", "cities", "town", "towns", "district", "districts", "province", "provinces",
  ]

  /// Whether the object of a change-of-control verb before the place is a thing in or near it
  /// ("seized government buildings in Lashkar Gah", "captured the provincial police HQ in
  /// Sheberghan", "took over the television station in X"): control of a part of the place,
  /// which contests it. `start..<end` are the tokens between the verb and the place.
  static func objectIsPartOfPlace(_ tokens: [Token], from start: Int, to end: Int, inMention: [Bool], inDate: [Bool]) -> Bool {
    // Only the words after another place in between are this place's object ("captured Zaranj
    // and the rest of Nimroz": "and the rest of").
    guard start < end else { return false }
    // A possessor right before the place ("the border crossing in Herat's Kushk district") is
    // part of the place's phrase, not another place.
    var possessorStart = end
    if end - start >= 3, TriggerFinder.endsPossessive(tokens, at: end - 1), inMention[end - 3] {
      possessorStart = end - 3
      while possessorStart > start, inMention[possessorStart - 1] { possessorStart -= 1 }
    }
    let verbEnd = start
    var start = (start..<possessorStart).last(where: { inMention[$0] }).map { $0 + 1 } ?? start
    // ("evacuated from the center of Shirin Tagab district": the verb's own "from" opens its
    // object, as it does inside the wording of "withdrew from".)
    if start == verbEnd, start < possessorStart, tokens[start].lower == "from" { start += 1 }
    // "captured on Friday the city of Chaghcharan", "took without resistance the town of …": a
    // time or manner phrase between the verb and its object is no part of the object.
    while start < possessorStart {
      if inDate[start] {
        start += 1
      } else if let end = mannerPhraseEnd(at: start, tokens), end <= possessorStart {
        start = end
      } else {
        break
      }
    }
    guard start < possessorStart, possessorStart - start <= 10 else { return false }
    var k = possessorStart - 1
    while k >= start, tokens[k].kind == .punctuation || placeDescriptors.contains(tokens[k].lower) { k -= 1 }
    guard k > start, ["in", "of", "near", "around", "inside", "outside", "at"].contains(tokens[k].lower) else { return false }
    // "captured the strategically crucial capitals of Kunduz and Sar-e-Pol": the words before
    // a head noun naming the place itself describe that noun, whatever they are.
    // (Not "the outskirts of the city of X": one noun phrase only.)
    if k - 1 >= start, ["of", "in"].contains(tokens[k].lower), placeHeads.contains(tokens[k - 1].lower),
      !(start..<(k - 1)).contains(where: { Self.phrasePrepositions.contains(tokens[$0].lower) })
    {
      return false
    }
    // "captured the strategic border crossing of Spin Boldak": a crossing or port "of" a place
    // is the border town itself, which names it ("seized the dry port at Spin Boldak" too; not
    // "the port in Kunduz's Imam Sahib district", a site in a district).
    if k - 1 >= start, ["of", "at"].contains(tokens[k].lower), ["crossing", "port"].contains(tokens[k - 1].lower),
      !(start..<(k - 1)).contains(where: { Self.phrasePrepositions.contains(tokens[$0].lower) })
    {
      return false
    }
    // ("seized all parts of Kandahar city": every part is the whole.)
    if k - start == 2, tokens[start].lower == "all", tokens[k].lower == "of" { return false }
    return (start..<k).contains { i in
      tokens[i].kind == .word && !inMention[i] && !placeObjectWords.contains(tokens[i].lower)
    }
  }

  /// Whether the words from `start` to `end` (a place) name an urban district as the object:
  /// "two police districts in Lashkar Gah", "police district 3 of Kunduz city", "a district in
  /// the capital of Helmand province" — a part of the city.
  static func objectIsUrbanDistrict(_ tokens: [Token], from start: Int, to end: Int, inMention: [Bool]) -> Bool {
    guard start < end, end - start <= 10 else { return false }
    let start = (start..<end).last(where: { inMention[$0] }).map { $0 + 1 } ?? start
    for k in start..<end where tokens[k].lower == "district" || tokens[k].lower == "districts" {
      if k > start, tokens[k - 1].lower == "police" { return true }
      var j = k + 1
      guard j < end, tokens[j].lower == "in" || tokens[j].lower == "of" else { continue }
      j += 1
      if j < end, tokens[j].lower == "the" { j += 1 }
      if j < end, tokens[j].lower == "provincial" { j += 1 }
      if j < end, tokens[j].lower == "capital" || tokens[j].lower == "city" { return true }
    }
    return false
  }

  /// The first token of the mention an apposition from `start` names a province's capital by
  /// ("(which is also) the (provincial) capital of" and the mention), or nil.
  static func namesCapitalOf(from start: Int, _ tokens: [Token], startsMention: [Bool]) -> Int? {
    var j = start
    func skip(_ words: [String]) { if j < tokens.count, words.contains(tokens[j].lower) { j += 1 } }
    if j < tokens.count, ["which", "that"].contains(tokens[j].lower) {
      j += 1
      guard j < tokens.count, ["is", "was"].contains(tokens[j].lower) else { return nil }
      j += 1
      skip(["also"])
    }
    skip(["the"])
    skip(["provincial"])
    guard j + 1 < tokens.count, tokens[j].lower == "capital", tokens[j + 1].lower == "of" else { return nil }
    j += 2
    skip(["the"])
    return j < tokens.count && startsMention[j] ? j : nil
  }

  /// The farthest an advance may stand from a place and still put it in question, in
  /// kilometres ("within 30 km of Mazar-i-Sharif", "within 25 miles of Kabul"; not "within 90
  /// miles of Kabul").
  static let approachReachKilometres = 80.0

  /// Whether the trigger words at `span` state a distance longer than
  /// `approachReachKilometres` (a count, then "km", "kilometres" or "miles").
  static func approachIsFar(_ span: Range<Int>, _ tokens: [Token]) -> Bool {
    for k in span where k + 1 < span.upperBound && MentionFinder.distanceUnits.contains(tokens[k + 1].lower) {
      let text = String(tokens[k].lower.filter { $0 != "," })
      guard let count = Double(text) ?? MentionFinder.numberWords[text].map(Double.init) else { continue }
      let kilometres = tokens[k + 1].lower.hasPrefix("mile") ? count * 1.609 : count
      return kilometres > approachReachKilometres
    }
    return false
  }

  /// The end of a manner phrase that opens at token `k` ("without resistance", "without a
  /// shot being fired", "with little or no fighting", "peacefully"), or nil: how a place was
  /// taken, which stands between a verb and its object without distancing them.
  static func mannerPhraseEnd(at k: Int, _ tokens: [Token]) -> Int? {
    guard k < tokens.count else { return nil }
    if mannerAdverbs.contains(tokens[k].lower) { return k + 1 }
    var j = k + 1
    switch tokens[k].lower {
    case "without":
      while j < tokens.count, ["a", "any", "single", "much", "serious", "major"].contains(tokens[j].lower) { j += 1 }
    case "with":
      while j < tokens.count, ["little", "or", "no", "hardly", "any", "barely", "almost", "minimal", "minimum", "of"].contains(tokens[j].lower) {
        j += 1
      }
      guard j > k + 1 else { return nil }
    default: return nil
    }
    guard j < tokens.count, mannerNouns.contains(tokens[j].lower) else { return nil }
    j += 1
    // ("without a shot being fired", "without a shot fired".)
    if j < tokens.count, tokens[j].lower == "being" { j += 1 }
    if j < tokens.count, tokens[j].lower == "fired" { j += 1 }
    return j
  }

  /// Adverbs of how a place was taken (`mannerPhraseEnd`).
  static let mannerAdverbs: SpelledWordSet = [
    "easily", "peacefully", "quickly", "swiftly", "rapidly", "effortlessly", "unopposed", "uncontested", "unchallenged",
  ]

  /// What a place was taken without, or with little of (`mannerPhraseEnd`).
  static let mannerNouns: SpelledWordSet = [
    "fight", "fighting", "resistance", "bloodshed", "battle", "shot", "shots", "struggle", "clash", "clashes", "casualties",
    "violence", "opposition",
  ]

  /// Whether the words from `start` to `end` (a place) count some of its districts: "nine of
  /// the 10 districts in (the)", "seven of the police districts of", "nine out of 10 districts
  /// of Helmand province's capital," — part of a city.
  static func countsPartOfDistricts(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
    func isCount(_ k: Int) -> Bool { tokens[k].kind == .number || MentionFinder.numberWords[tokens[k].lower] != nil }
    guard end - start >= 4, end <= tokens.count else { return false }
    var k = start + 1
    if tokens[k].lower == "out" { k += 1 }
    // (The count is asked after "of": `numberWords` hashes the word's text, and this is asked
    // of the words between every trigger and the names after it, 5.3 M instructions on the 1 MB
    // stream, callgrind, issue #16.)
    guard k + 1 < end, tokens[k].lower == "of", isCount(start) else { return false }
    k += 1
    if tokens[k].lower == "the" { k += 1 }
    if k < end, isCount(k) { k += 1 }
    if k < end, tokens[k].lower == "police" { k += 1 }
    guard k + 1 < end, tokens[k].lower == "districts", ["of", "in"].contains(tokens[k + 1].lower) else { return false }
    k += 2
    if k < end, tokens[k].lower == "the" { k += 1 }
    // (The city named after its province's possessive and an apposition's comma: "of Helmand
    // province's capital, Lashkar Gah".)
    if k < end, k + 6 >= end, tokens[k].isCapitalized,
      tokens[(k + 1)..<end].allSatisfy({ ["province", "'", "\u{2019}", "s", "capital", "city", ","].contains($0.lower) || $0.isCapitalized }),
      tokens[end - 1].lower == ","
    {
      return true
    }
    return k == end
  }

  /// Whether the year nearest the trigger in its sentence, unless a day of this year is nearer,
  /// is earlier than `year` ("captured Kunduz city in 2015", "in October 2015", "changed hands
  /// several times since 2001", "last year", "two years ago"): the statement is history, not an
  /// event of the report.
  static func statesEarlierYear(
    _ tokens: [Token], _ sentence: Sentence, near trigger: Range<Int>, before year: Int, dates: [DateMention],
    yearWords: TokenWordList?
  ) -> Bool {
    func distance(_ k: Int) -> Int { k < trigger.lowerBound ? trigger.lowerBound - k : max(0, k - trigger.upperBound) }
    var nearestYear: (distance: Int, year: Int)? = nil
    /// "The Taliban, who ruled until 2001, captured …": a year in a relative clause between
    /// commas before the trigger belongs to that clause.
    /// (So does one in a restrictive relative clause that a comma closes before the trigger:
    /// "Cities that had been Northern Alliance territory in the early 2000s like Fayzabad, fell".)
    func inRelativeClause(_ k: Int) -> Bool {
      // ("captured Herat and Kandahar, where the Taliban proclaimed their emirate in the
      // 1990s": a relative clause of a place, opened by a comma after the trigger, the year
      // inside it; not one of people, "anti-Taliban fighters, who joined the coalition in 2001",
      // whose year is the trigger's.)
      if k > trigger.upperBound,
        (trigger.upperBound..<k).contains(where: { j in
          (tokens[j].lower == "where" || tokens[j].lower == "which") && j > trigger.upperBound && tokens[j - 1].lower == ","
        })
      {
        return true
      }
      if Self.inRelativeClause(
        k..<(k + 1), before: trigger.lowerBound, tokens, from: sentence.tokens.lowerBound, openers: Self.yearClauseOpeners)
      {
        return true
      }
      guard k < trigger.lowerBound,
        let opener = (max(sentence.tokens.lowerBound, k - 12)..<k).last(where: { Self.yearClauseOpeners.contains(tokens[$0].lower) || tokens[$0].lower == "that" }),
        opener > sentence.tokens.lowerBound, tokens[opener - 1].kind == .word,
        !(opener..<k).contains(where: { tokens[$0].lower == "," })
      else { return false }
      return (k..<trigger.lowerBound).contains { tokens[$0].lower == "," }
    }
    /// No comma or semicolon between token `k` and the trigger: the same stretch of the clause.
    func inTriggerSegment(_ k: Int) -> Bool {
      let between = k < trigger.lowerBound ? k..<trigger.lowerBound : trigger.upperBound..<k
      return !between.contains { [",", ";"].contains(tokens[$0].lower) }
    }
    for k in sentence.tokens {
      // Only a number or a word of `earlierYearWords` states a year (read by id: `yearWords`,
      // nil for tokens without word ids, which the tests below read as text).
      if tokens[k].kind != .number, let yearWords, !yearWords.contains(tokens, at: k) { continue }
      let value: Int
      if tokens[k].kind == .number, tokens[k].length == 4, let number = Int(tokens[k].lower), (1900...2100).contains(number) {
        value = number
      } else if tokens[k].lower == "year", k > sentence.tokens.lowerBound,
        ["last", "previous"].contains(tokens[k - 1].lower)
          || (k + 1 < sentence.tokens.upperBound && tokens[k + 1].lower == "ago")
      {
        // "last year", "the previous year", "a year ago": the year before the report's.
        value = year - 1
      } else if tokens[k].lower == "years", k + 1 < sentence.tokens.upperBound, tokens[k + 1].lower == "ago" {
        value = year - 2
      } else if ["years", "decades"].contains(tokens[k].lower), k > sentence.tokens.lowerBound,
        ["for", "recent", "past", "previous", "the"].contains(tokens[k - 1].lower)
          // "had been under siege for three years", "over the past two decades": counted too.
          || (k - 1 > sentence.tokens.lowerBound
            && (["several", "many"].contains(tokens[k - 1].lower) || Self.countValue(tokens[k - 1].lower) != nil)
            && ["for", "past", "last", "previous"].contains(tokens[k - 2].lower)),
        inTriggerSegment(k)
      {
        // "in recent years", "over the past years", "over the years" too.
        // "where British troops fought for years": a state of long before the report.
        value = year - 2
      } else if tokens[k].lower == "formerly"
        || (tokens[k].lower == "once" && k + 1 < sentence.tokens.upperBound && ["a", "an"].contains(tokens[k + 1].lower)),
        inTriggerSegment(k)
      {
        // "once a bastion of the anti-Taliban resistance": what the place was.
        value = year - 2
      } else {
        continue
      }
      // Asked only of the few tokens that state a year: the test walks the sentence.
      if inRelativeClause(k) { continue }
      if nearestYear == nil || distance(k) < nearestYear!.distance { nearestYear = (distance(k), value) }
    }
    guard let nearestYear, nearestYear.year < year else { return false }
    let nearestDay = dates.filter { $0.day.map { $0.components.year >= year } == true }.map { distance($0.tokens.lowerBound) }.min()
    return nearestDay.map { nearestYear.distance < $0 } ?? true
  }

  /// People and materiel a verb of capture may take ("captured 20 soldiers", "seized weapons").
  static let peopleAndMateriel: Set<String> = [
    "soldier", "soldiers", "troops", "policemen", "policeman", "officers", "commander", "commanders",
    "fighters", "members", "governor", "leader", "leaders", "chief", "militant", "militants", "insurgents", "suspects", "hostages", "prisoners", "personnel", "men", "officials", "weapons", "arms",
    "vehicles", "humvees", "tanks", "ammunition", "equipment", "rifles", "guns", "helicopter",
    "helicopters", "aircraft", "drone", "drones",
  ]

  /// Roads and works a verb of capture may take without the places they join ("seized the road
  /// linking Mazar-e-Sharif to Sheberghan").
  static let roadsAndWorks: Set<String> = [
    "road", "roads", "highway", "highways", "bridge", "bridges", "dam", "dams", "convoy", "convoys", "supply",
  ]

  /// Whether the object between a verb of capture and a place after it is people, materiel or
  /// a road ("captured 20 soldiers in Kaldar", "captured a Taliban commander in Kaldar",
  /// "seized the road linking Mazar-e-Sharif to Sheberghan").
  static func objectIsPeopleOrMateriel(_ tokens: [Token], from start: Int, to end: Int) -> Bool {
    guard start < end else { return false }
    // A passive's agent ("seized by Taliban fighters are …") is who took, not what was taken;
    // so is whom a place fell to ("fallen to the insurgents are …"), whether the trigger ends
    // in "to" (or its "the") or before it.
    var start = start
    let isTo: (Int) -> Bool = { k in k >= 0 && ["to", "into"].contains(tokens[k].lower) }
    let recipient = isTo(start - 1) || (start >= 2 && tokens[start - 1].lower == "the" && isTo(start - 2))
    if tokens[start].lower == "by" || isTo(start) || recipient {
      let agent = recipient ? start - 1 : start
      if !recipient { start += 1 }
      while start < end, start - agent <= 4,
        ["the", "a", "local"].contains(tokens[start].lower) || TriggerFinder.talibanWords.contains(tokens[start].lower)
          || TriggerFinder.governmentWords.contains(tokens[start].lower) || TriggerFinder.localWords.contains(tokens[start].lower)
          || tokens[start].lower == "fighters"
      {
        start += 1
      }
      guard start < end else { return false }
    }
    // ("the governor's office" is a site: a possessor is not the thing taken.)
    func isThing(_ k: Int) -> Bool {
      (peopleAndMateriel.contains(tokens[k].lower) || roadsAndWorks.contains(tokens[k].lower))
        && !(k + 1 < end && TriggerFinder.isApostrophe(tokens[k + 1].lower))
    }
    // The verb's own object, right after it, however far the place is.
    if (start..<min(end, start + 4)).contains(where: isThing) { return true }
    return end - start <= 8 && (start..<end).contains(where: isThing)
  }

  /// Whether a modal verb ("would", "could", "will", "might") follows within four words.
  static func isModal(_ tokens: [Token], after position: Int, in sentence: Sentence) -> Bool {
    let end = min(sentence.tokens.upperBound, position + 4)
    guard position < end else { return false }
    return tokens[position..<end].contains {
      ["would", "could", "will", "might", "may", "can", "matter", "imminent", "inevitable", "feared"].contains($0.lower)
    }
  }

  /// Whether the trigger opens with a gerund ("taking full control of") right after a word that
  /// is neither punctuation nor a progressive's auxiliary ("The Taliban taking …", not "are
  /// taking", not ", taking").
  static func isGerundWithSubject(_ trigger: Trigger, _ tokens: [Token]) -> Bool {
    let k = trigger.tokens.lowerBound
    guard !trigger.tokens.isEmpty, k > 0, tokens[k].lower.hasSuffix("ing"), tokens[k - 1].kind == .word else { return false }
    return !progressiveAuxiliaries.contains(tokens[k - 1].lower)
  }
  /// Words before a gerund that make it no subject's (`isGerundWithSubject`): auxiliaries,
  /// adverbs, conjunctions and prepositions.
  static let progressiveAuxiliaries: Set<String> = [
    "is", "are", "was", "were", "be", "been", "am", "being", "still", "now", "already", "also", "reportedly", "and", "or", "by", "after",
    "before", "while", "of", "in", "on", "for", "from", "without", "despite", "since", "when",
  ]

  /// Words after a comma that go on naming members of the object before it ("…, including
  /// Bangi and Namak Ab", "…, such as Kunduz").
  static let inclusionOpeners: SpelledWordSet = [
    "including", "such", "like", "notably", "particularly", "especially", "namely", "among",
    // ("three districts in Baghlan province, viz., Pul-e-Hesar, Banu and Deh Salah".)
    "viz",
    // ("captured several provincial capitals, starting with Zaranj", before "with".)
    "starting", "beginning",
  ]

  /// Whether the token after the comma at `comma` opens an inclusion ("…, including Bangi and
  /// Namak Ab"): what follows goes on naming members of what stands before the comma.
  static func opensInclusion(after comma: Int, _ tokens: [Token]) -> Bool {
    comma + 1 < tokens.count && inclusionOpeners.contains(tokens[comma + 1].lower)
  }

  /// Nouns of a place's centre ("the district center of Garmser").
  static let centreNouns: SpelledWordSet = ["center", "centre", "centers", "centres", "headquarters"]

  /// Nouns of people a passive verb of capture may have taken ("militants were captured").
  static let capturedPeople: SpelledWordSet = [
    "militants", "militant", "fighters", "fighter", "insurgents", "insurgent", "suspects", "suspect", "terrorists",
    "terrorist", "soldiers", "soldier", "troops", "policemen", "policeman", "officers", "officer", "commanders",
    "commander", "members", "men", "people", "civilians", "prisoners", "gunmen", "rebels", "personnel",
  ]

  /// The words whose possessive names the country ("Afghanistan's", "the country's", "the
  /// nation's"): `isCountrysCityHead`, and `withBackReferences` by id
  /// (`RuleTables.BackReferenceWords`).
  static let countryPossessors = ["afghanistan", "country", "nation"]

  /// Nouns of a place whose name may follow in apposition between commas ("the northern city,
  /// Kunduz, …", "the capital, Kabul, …").
  static let appositionHeads: SpelledWordSet = ["city", "capital", "town", "district", "province", "centre", "center"]

  /// Prepositions that open a fronted phrase of time, cause or concession before the main
  /// clause ("Following the fall of …, ", "Despite the loss of …, ").
  static let frontedPhraseOpeners: SpelledWordSet = ["following", "despite", "amid", "amidst", "with"]

  /// Words that open a subordinate clause.
  static let subordinators: SpelledWordSet = [
    "after", "when", "while", "although", "though", "because", "once", "since", "if", "before",
  ]

  /// Whether a subordinator stands between the last comma (or the sentence start) and token
  /// `position` ("… said that after militants attacked Gizab, …").
  static func inSubordinateClause(_ position: Int, _ tokens: [Token], from start: Int) -> Bool {
    var k = position - 1
    while k >= start {
      let word = tokens[k].lower
      if word == "," || word == ";" || word == ":" { return false }
      if subordinators.contains(word) { return true }
      k -= 1
    }
    return false
  }

  /// Where the trigger's place stands: as its wording says, except that a verb in the passive
  /// ("Kiti has been retaken", "the district was captured") has its object before it; an
  /// auxiliary before an -ing form is the progressive ("were advancing on"), not the passive.
  static func side(of trigger: Trigger, _ tokens: [Token]) -> PlaceSide {
    let side = trigger.pattern.side
    guard side == .after, !trigger.tokens.isEmpty, trigger.tokens.lowerBound > 0 else { return side }
    var previous = tokens[trigger.tokens.lowerBound - 1].lower
    // ("were also taken": an adverb between the auxiliary and its verb.)
    if trigger.tokens.lowerBound > 1, subjectVerbFillers.contains(previous), !passiveAuxiliaries.contains(previous) {
      previous = tokens[trigger.tokens.lowerBound - 2].lower
    }
    // "were advancing on Mazar" is progressive, not passive: its place still follows.
    let progressive = tokens[trigger.tokens.lowerBound].lower.hasSuffix("ing")
    if passiveAuxiliaries.contains(previous) && !progressive { return .before }
    if isCoordinatedPassive(trigger.tokens, after: previous, tokens) { return .before }
    // "Torghundi taken", "Kunduz taken by Taliban": a participle with no auxiliary right after
    // a name, "by" or nothing after it, is a passive too (not "the capitals taken by the
    // Taliban: …", a group the verb qualifies).
    // (The cheap tests first: this runs for every trigger and list.)
    let end = trigger.tokens.upperBound
    if tokens[trigger.tokens.lowerBound - 1].isCapitalized,
      end >= tokens.count || tokens[end].kind == .punctuation || tokens[end].followsLineBreak || tokens[end].lower == "by",
      reducedPassives.contains(tokens[end - 1].lower)
    {
      return .before
    }
    return side
  }

  /// Whether the trigger is a participle right after `previous`, "and" or "but", with its
  /// agent after "by": "was captured by the Taliban on Monday and retaken by government
  /// forces" shares the passive before it, and its subject.
  /// (`span` is the trigger's tokens: `extract` reads them in place, not copying the trigger.)
  static func isCoordinatedPassive(_ span: Range<Int>, after previous: String, _ tokens: [Token]) -> Bool {
    let end = span.upperBound
    return (previous == "and" || previous == "but") && end < tokens.count && tokens[end].lower == "by"
      && reducedPassives.contains(tokens[end - 1].lower)
  }

  /// Participles that make a passive without an auxiliary in headlines and lists.
  static let reducedPassives: SpelledWordSet = ["taken", "seized", "captured", "overrun", "retaken", "recaptured"]

  static let passiveAuxiliaries: SpelledWordSet = ["was", "were", "been", "being", "is", "are", "be", "got", "get"]
  /// The passive's auxiliaries and the perfect's ("had", "has", "have").
  static let auxiliaries = SpelledWordSet(passiveAuxiliaries.union(["had", "has", "have"]))

  /// Whether a mention can be the place of an event of `type` at all: not a title, office or
  /// landmark; for changes of control, not a region nor a province standing as a container
  /// ("in Paktia", "Parwan's Sorkh Parsa").
  ///
  /// (Static, as are `preferredLevel` and `levelOrder`, which read only the mention: a closure
  /// calling an instance method captured the extractor, and `nearestTrigger` copied it, every
  /// table, at each call: a 1 MB stream took 1 518.3 M instructions so, 1 497.6 M without the
  /// copies, callgrind.)
  static func isEligible(_ mention: Mention, for type: EventType, landmarkAllowed: Bool = false) -> Bool {
    if mention.isAttributive || (mention.isLandmark && !landmarkAllowed) || mention.isExcepted { return false }
    if type == .mobilization { return true }
    if mention.isPossessor { return false }
    guard let level = preferredLevel(mention, for: type) else { return false }
    if level == .province, mention.afterPreposition { return false }
    return level != .region
  }

  /// The level a mention most likely names for an event of `type`.
  static func preferredLevel(_ mention: Mention, for type: EventType) -> PlaceLevel? {
    levelOrder(mention, for: type).first { level in
      mention.hasLevel(level) || (level == .town && mention.hint == .city && mention.hasLevel(.province))
    }
  }

  /// People (GeoNames) from which a provincial capital named as its province is the place a
  /// bare name means for a rising: Kabul, Kandahar, Herat and Kunduz, not Ghazni or Bamyan.
  static let bigCityPopulation = 150_000

  /// Levels to try, most likely first.
  static func levelOrder(_ mention: Mention, for type: EventType) -> [PlaceLevel] {
    switch (mention.hint, type) {
    case (.district?, _): return [.district, .town, .province]
    // (Not a town: "the northern Baglan province", a province's spelling the gazetteer lacks,
    // is not the town that shares it.)
    case (.province?, _): return [.province, .district]
    case (.city?, _): return [.town, .district, .province]
    case (.region?, _): return [.region]
    // "Residents of Herat took up arms": a bare name of a province whose capital of the same
    // name is a big city (`bigCityPopulation`) is where people rise, unless listed beside a
    // province ("Herat, Badghis and Ghor") or named by its parts ("the northern parts of Kabul").
    case (nil, .mobilization) where !mention.isBesideProvince && !mention.isPartial && mention.hasLevel(.province)
      && mention.matches.contains(where: { $0.place.level == .town && $0.place.isCapital && ($0.place.population ?? 0) >= bigCityPopulation }):
      return [.town, .district, .province, .region]
    case (nil, .mobilization): return [.province, .region, .district, .town]
    case (nil, .contested) where mention.isBesideCity: return [.town, .district, .province]
    case (nil, _) where mention.isBesideProvince: return [.province, .district, .town]
    case (nil, _):
      // "in Herat", "across Kunduz": a bare name after a preposition that is also a province
      // is the province (a container) rather than its capital.
      if mention.afterPreposition, mention.hasLevel(.province) { return [.province, .district, .town] }
      return [.district, .province, .town]
    }
  }

  /// The place a mention names for an event of `type`, and the other candidates when the text
  /// does not settle it.
  func resolve(_ mention: Mention, for type: EventType, context: ProvinceContext) -> (Place, [Place])? {
    for level in Self.levelOrder(mention, for: type) {
      var places: [Place] = []
      if level == .town, mention.hint == .city {
        // A city: its town, the capital district of a province of that name, or a district
        // that is a provincial capital.
        // (The matches read in place, here and below: `for match in mention.matches` copied
        // every match at every level tried, its place's texts retained and released, about
        // 4 500 times on the 1 MB stream: callgrind, issue #16.)
        let matches = mention.matches
        for i in matches.indices {
          switch matches[i].place.level {
          case .town: if let d = matches[i].place.districtPcode, let district = index.place(id: d) { places.append(district) }
          case .province:
            if let capital = tables.capitalDistrict(ofProvince: matches[i].place.id) { places.append(capital) }
          case .district where matches[i].place.isCapital: places.append(matches[i].place)
          default: break
          }
        }
      } else {
        let matches = mention.matches
        for i in matches.indices where matches[i].place.level == level {
          if level == .town {
            if let d = matches[i].place.districtPcode, let district = index.place(id: d) { places.append(district) }
          } else {
            places.append(matches[i].place)
          }
        }
      }
      if level == .region, type != .mobilization { places = [] }
      // (A place named twice is kept once, the first: up to 16 places, told apart by their ids
      // in an array, not a `Set<String>` made for every event, about 2.8 M instructions on the
      // 1 MB stream: callgrind, issue #16.)
      if places.count > 16 {
        var seen = Set<String>()
        places = places.filter { seen.insert($0.id).inserted }
      } else if places.count > 1 {
        var seen: [String] = []
        places = places.filter { place in
          if seen.contains(place.id) { return false }
          seen.append(place.id)
          return true
        }
      }
      // "Faizabad city": of several towns of the name, the one that is a provincial capital.
      if level == .town, mention.hint == .city, places.count > 1, places.contains(where: \.isCapital) {
        places = places.filter(\.isCapital)
      }
      guard !places.isEmpty else { continue }
      if places.count == 1 { return (places[0], []) }
      return context.choose(among: places, for: mention)
    }
    return nil
  }

  // MARK: - Back references

  /// Where a count of people that describes a city ends ("half a million people", "some
  /// 300,000 residents", "more than 600,000 inhabitants"), for a count starting at `start`; nil
  /// when the words there are no such count.
  static func countedPeopleEnd(after start: Int, _ tokens: [Token]) -> Int? {
    var k = start
    while k < tokens.count, k - start < 6 {
      let word = tokens[k].lower
      if ["people", "residents", "inhabitants", "souls"].contains(word) { return k > start ? k + 1 : nil }
      guard tokens[k].kind == .number || word == "," || Self.peopleCountWords.contains(word) else { return nil }
      k += 1
    }
    return nil
  }

  /// Words of a count of people (`countedPeopleEnd`).
  static let peopleCountWords: Set<String> = [
    "half", "a", "one", "two", "three", "four", "five", "million", "thousand", "hundred", "some", "about", "around",
    "nearly", "almost", "more", "than", "over", "roughly",
  ]

  /// Whether a word of `length` bytes may be one of `groupReferenceNouns` (5, 6 or 9 bytes).
  @inline(__always)
  static func isGroupReferenceLength(_ length: Int) -> Bool { length == 5 || length == 6 || length == 9 }

  /// Whether an ASCII word of `length` bytes whose first letter, lower-case, is `initial` may
  /// start a back reference (`withBackReferences`): a word of two to five bytes with an
  /// initial of `isBackReferenceInitial`, or "afghanistan" ("Afghanistan's capital").
  @inline(__always)
  static func mayStartBackReference(length: Int, initial: UInt8) -> Bool {
    ((2...5).contains(length) && isBackReferenceInitial(initial)) || (length == 11 && initial == UInt8(ascii: "a"))
  }

  /// The end of the country's capital named by its head after the country's possessive, which
  /// opens at `possessive` ("Afghanistan's capital", "the country's capital city": the
  /// apostrophe and "s", "capital", and "city" if it follows), else nil.
  static func countrysCapitalEnd(after possessive: Int, _ tokens: [Token]) -> Int? {
    guard possessive + 2 < tokens.count, TriggerFinder.opensPossessive(tokens, at: possessive),
      tokens[possessive + 2].lower == "capital"
    else { return nil }
    let end = possessive + 3
    return end < tokens.count && tokens[end].lower == "city" ? end + 1 : end
  }

  /// Whether a name stands at `k`, or after a comma there: a place's (`startsMention`) or a
  /// capitalised word's.
  static func nameFollows(_ k: Int, _ tokens: [Token], startsMention: [Bool]) -> Bool {
    var k = k
    if k < tokens.count, tokens[k].lower == "," { k += 1 }
    return k < tokens.count && (startsMention[k] || (tokens[k].kind == .word && tokens[k].isCapitalized))
  }

  /// A back reference to Kabul, the city, at `range` ("the Afghan capital", "Afghanistan's
  /// capital"): a landmark when it says where another place lies ("a district within 25 miles
  /// of the Afghan capital", "north of the Afghan capital", "the closest major city to the
  /// Afghan capital", "on their way to the Afghan capital").
  static func kabulReference(_ kabul: PlaceMatch, at range: Range<Int>, text: String, sentence: Int, _ tokens: [Token]) -> Mention {
    let k = range.lowerBound
    var mention = Mention(
      tokens: range, sentence: sentence, start: tokens[k].start, end: tokens[range.upperBound - 1].end,
      text: text, matches: [kabul], hint: .city, list: -1)
    mention.isBackReference = true
    let before = tokens[max(0, k - 4)..<k].map(\.lower)
    mention.isLandmark =
      MentionFinder.isLandmark(after: before)
      || (before.count >= 2 && ["of", "from"].contains(before[before.count - 1])
        && MentionFinder.distanceUnits.contains(before[before.count - 2]))
      || MentionFinder.measuresOrHeadsFrom(tokens[max(0, k - 6)..<k].map(\.lower))
    return mention
  }

  /// Whether a lower-case ASCII letter is the first of a word that starts a back reference
  /// (`withBackReferences`: "it", "its", "the", "them", "both", "which", "where", "his", "her",
  /// "their").
  @inline(__always)
  static func isBackReferenceInitial(_ letter: UInt8) -> Bool {
    letter == UInt8(ascii: "i") || letter == UInt8(ascii: "t") || letter == UInt8(ascii: "b") || letter == UInt8(ascii: "w")
      || letter == UInt8(ascii: "h")
  }

  /// The words after "the" (or "its") that the phrases of `withBackReferences` start with: a
  /// case there for another word must add it here (`RuleTables.BackReferenceWords` reads them).
  static let backReferenceHeads: Set<String> = [
    "district", "town", "city", "capital", "province", "entire", "whole", "provincial", "local", "centre", "center",
    "headquarters", "area", "location", "outskirts", "gates", "edge", "edges", "suburbs", "streets", "valley", "latter",
  ]

  /// The "city", "town" or "district" after "the" at `k` and one to three lower-case
  /// describing words (`placeDescribingWords`, "but" or "and" between two of them): "the small
  /// but important city", "the strategic town". Nil for any other phrase. `describing` is
  /// `RuleTables.placeDescribingWords`, the describing words by word id.
  static func describedPlaceNoun(after k: Int, _ tokens: [Token], describing: TokenWordList) -> Int? {
    var j = k + 1
    var described = 0
    while j < tokens.count, j - k <= 4 {
      // (The token read in place, not copied with its text retained, 20 000 times on the 1 MB
      // stream; callgrind, issue #16. Its text too, `Token.lower(at:in:)`, and only past the
      // describing words, asked by word id: an ASCII word is one of them exactly when its id is.)
      guard tokens[j].kind == .word, tokens[j].isASCII, !tokens[j].isCapitalized else { return nil }
      let length = tokens[j].byteEnd - tokens[j].byteStart
      if length >= 3, length <= 12, describing.contains(tokens, at: j) {
        described += 1
      } else if described > 0, case let word = Token.lower(at: j, in: tokens), word == "but" || word == "and" {
        // (A joint only between two describing words.)
      } else if described > 0, ["city", "town", "district"].contains(Token.lower(at: j, in: tokens)) {
        return j
      } else {
        return nil
      }
      j += 1
    }
    return nil
  }
  /// Words that may describe a place in a back reference (`describedPlaceNoun`).
  static let placeDescribingWords: Set<String> = [
    "small", "important", "strategic", "key", "vital", "besieged", "embattled", "restive", "volatile", "remote",
    "ancient", "historic", "dusty", "desert", "border", "frontier", "beleaguered", "crucial",
    // "closed in on the biggest city in the north" after the city's name.
    "biggest", "largest", "main", "major",
    // "KUNDUZ. Taliban fighters seize control of the northern city of 270,000 people".
    "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
    // "the resistance retook the aforesaid district", "the said district" (South Asian English).
    "aforesaid", "aforementioned", "said", "same",
  ]

  /// The OCHA regions (`Place.regionID`) that the compass words among `words` rule out for the
  /// place a back reference describes: "the northern city" is in none of the south, the south
  /// east, the east or the capital region. A compound ("northwestern") rules out only what both
  /// its halves do; a word of no direction rules out nothing.
  static func regionsRuledOut(by words: ArraySlice<Token>) -> Set<String> {
    var ruledOut: Set<String> = []
    for token in words {
      if let regions = compassRuledOut[token.lower] { ruledOut.formUnion(regions) }
    }
    return ruledOut
  }
  /// The regions each compass adjective rules out (the press calls Paktia and Khost "eastern",
  /// Kunduz "northern", Faryab "northern" or "northwestern"); a compound, those both its
  /// halves rule out.
  static let compassRuledOut: [String: Set<String>] = {
    let halves: [String: Set<String>] = [
      "northern": ["south", "southeast", "east", "capital"],
      "southern": ["north", "northeast", "capital"],
      "eastern": ["west", "south", "north", "capital"],
      "western": ["east", "northeast", "southeast", "capital"],
    ]
    var all = halves
    for (compound, first, second) in [
      ("northeastern", "northern", "eastern"), ("northwestern", "northern", "western"),
      ("southeastern", "southern", "eastern"), ("southwestern", "southern", "western"),
    ] {
      all[compound] = halves[first, default: []].intersection(halves[second, default: []])
    }
    return all
  }()

  /// The nouns "its" may own in a back reference ("its centre", "its capital", "its outskirts").
  static let possessedByIts: Set<String> = cityPartsByIts.union(["centre", "center", "headquarters", "capital"])
  /// … of which the parts of a city (`possessedByIts`).
  static let cityPartsByIts: Set<String> = ["outskirts", "gates", "edge", "edges", "suburbs", "streets"]

  /// Adds mentions for "the district", "the provincial capital", "the capital" and "the city",
  /// each resolved to the latest earlier place of that kind.
  func withBackReferences(
    _ mentions: [Mention], _ tokens: [Token], _ sentences: [Sentence], _ source: SourceText
  ) -> [Mention] {
    var result = mentions
    var extra: [Mention] = []
    // The provinces the text names choose between districts of one name ("Jaghatu").
    let context = ProvinceContext(mentions: mentions, index: index)
    // Sentences cover the tokens without gaps, in order.
    var sentenceOfToken = Array(repeating: 0, count: tokens.count)
    for sentence in sentences { for k in sentence.tokens { sentenceOfToken[k] = sentence.index } }
    var startsMention = Array(repeating: false, count: tokens.count + 1)
    var endsMention = Array(repeating: false, count: tokens.count + 1)
    for mention in mentions {
      startsMention[mention.tokens.lowerBound] = true
      endsMention[mention.tokens.upperBound] = true
    }
    let ids = tables.backReferenceWords
    let describing = tables.placeDescribingWords
    var k = 0
    while k + 1 < tokens.count {
      // Only "it", "its", "the", "them", "both", "which", "where", "his", "her" and "their" start
      // a back reference: an ASCII token of another length (its lower form has as many bytes as
      // its text) or with another first letter is passed at once, without comparing strings.
      // (Ranges and comparisons, not array literals: this runs for every token.)
      // ("Afghanistan's capital" too: eleven bytes, an "a".)
      if tokens[k].isASCII,
        !Self.mayStartBackReference(length: tokens[k].byteEnd - tokens[k].byteStart, initial: source.bytes[tokens[k].byteStart] | 0x20)
      {
        k += 1
        continue
      }
      // The words are compared by id (`RuleTables.BackReferenceWords`): a token's id is its
      // lower form's, and text of lower-case ASCII letters equals only itself.
      let word = tokens[k].word
      if word == ids.it || word == ids.which,
        let mention = pronounReference(at: k, tokens, mentions, sentenceOfToken, context: context)
      {
        extra.append(mention)
        k += 1
        continue
      }
      // "Maymana, the provincial capital, where residents have begun arming themselves": the
      // clause after ", where" is about the place before the comma.
      // ("Sheberghan, the capital of neighbouring Jawzjan province, where …": the city, not the
      // province whose capital it is.)
      if word == ids.where, k >= 2, tokens[k - 1].lower == ",",
        let last = mentions.last(where: { $0.tokens.upperBound <= k - 1 }),
        Self.endsRightBefore(last, k - 1, tokens) || Self.isApposition(tokens[last.tokens.upperBound..<(k - 1)]),
        case let antecedent = Self.contained(by: last, mentions, tokens) ?? last,
        !antecedent.isLandmark, !antecedent.isAttributive, !antecedent.isExcepted
      {
        var mention = Mention(
          tokens: k..<(k + 1), sentence: sentenceOfToken[k], start: tokens[k].start, end: tokens[k].end, text: tokens[k].lower,
          matches: antecedent.matches, hint: antecedent.hint, list: -1)
        mention.isBackReference = true
        extra.append(mention)
        k += 1
        continue
      }
      // "entered the outskirts of the Afghan capital": Kabul, though not named.
      if word == ids.the, k + 2 < tokens.count, Self.hasLength(tokens[k + 1], 6), Self.hasLength(tokens[k + 2], 7),
        tokens[k + 1].lower == "afghan", tokens[k + 2].lower == "capital",
        let kabul = kabulCity()
      {
        extra.append(Self.kabulReference(kabul, at: k..<(k + 3), text: "the afghan capital", sentence: sentenceOfToken[k], tokens))
        k += 3
        continue
      }
      // "Afghanistan's capital city is now under Taliban control", "the country's (nation's)
      // capital": Kabul too — unless a name follows, the place itself ("Afghanistan's capital, Kabul";
      // "the country's capital Dushanbe" is another country's).
      if word == ids.afghanistan || (word == ids.the && (tokens[k + 1].word == ids.country || tokens[k + 1].word == ids.nation)),
        let end = Self.countrysCapitalEnd(after: word == ids.the ? k + 2 : k + 1, tokens),
        !Self.nameFollows(end, tokens, startsMention: startsMention),
        let kabul = kabulCity()
      {
        extra.append(
          Self.kabulReference(
            kabul, at: k..<end, text: source.string(tokens, from: k, through: end - 1), sentence: sentenceOfToken[k], tokens))
        k = end
        continue
      }
      if word == ids.them || word == ids.both
        || (word == ids.the && k + 2 < tokens.count
          && Self.isGroupReferenceLength(tokens[k + 2].byteEnd - tokens[k + 2].byteStart)
          && tables.groupReferenceNouns.contains(tokens, at: k + 2))
      {
        let members = pluralReference(at: k, tokens, mentions, sentenceOfToken, group: -2 - extra.count)
        if !members.isEmpty {
          extra.append(contentsOf: members)
          k += 1
          continue
        }
      }
      // "a lawmaker from Farah confirmed his province's capital of the same name fell": the
      // capital of the province named last before, in this sentence or the one before (the
      // person's, so named as an attribute: "a lawmaker from Farah").
      // (Compared by word id: this is asked of every short word starting with "h" or "t".)
      if word == ids.his || word == ids.her || word == ids.their, k + 4 < tokens.count, tokens[k + 1].word == ids.province,
        tokens[k + 4].lower == "capital", TriggerFinder.opensPossessive(tokens, at: k + 2),
        let owner = mentions.last(where: { $0.end <= tokens[k].start && $0.sentence + 1 >= sentenceOfToken[k] }),
        let province = owner.matches.first(where: { $0.place.level == .province })?.place,
        let target = tables.capitalDistrict(ofProvince: province.id)
      {
        var end = k + 5
        if end + 3 < tokens.count, tokens[end].lower == "of", tokens[end + 1].lower == "the", tokens[end + 2].lower == "same",
          tokens[end + 3].lower == "name"
        {
          end += 4
        }
        var mention = Mention(
          tokens: k..<end, sentence: sentenceOfToken[k], start: tokens[k].start, end: tokens[end - 1].end,
          text: source.string(tokens, from: k, through: end - 1),
          matches: [PlaceMatch(place: target, spelling: target.name, quality: .name, temporaryDistrict: nil)],
          hint: .district, list: -1)
        mention.isBackReference = true
        extra.append(mention)
        k = end
        continue
      }
      // "stormed Gosfandi district and took control of its centre": a district's centre is the
      // district; a province's capital, the city.
      let possessive = word == ids.its
      guard word == ids.the || (possessive && Self.possessedByIts.contains(tokens[k + 1].lower))
      else {
        k += 1
        continue
      }
      // Only the words the cases below start with can make a phrase (most words after "the"
      // are none of them) — or describing words before "city", "town" or "district", which make
      // the same phrase ("the small but important city fell", `describedPlaceNoun`).
      // (Not an apposition after a place and its comma: "Mazar-e-Sharif, the largest city in
      // the north".)
      var head = k + 1
      if !ids.isPhraseHead[Int(tokens[k + 1].word)] {
        // (The comma tested on its byte, `MentionFinder.isComma(_:)`: `==` compared the token
        // before every "the" with "," as text, about 0.3 M instructions on the 1 MB stream:
        // callgrind, issue #16.)
        guard !possessive, !(k > 0 && MentionFinder.isComma(tokens[k - 1].lower) && endsMention[k - 1]), let noun = Self.describedPlaceNoun(after: k, tokens, describing: describing)
        else {
          k += 1
          continue
        }
        head = noun
      }
      var phraseEnd = head + 1
      var kind: LevelHint? = nil
      // After "its" the head is the noun it owns (`possessedByIts`, tested above), matched only
      // by the cases `where possessive`, and "capital". (Not a text "its " + noun built for
      // every phrase and compared with each case: issue #16.)
      switch tokens[head].lower {
      case "centre" where possessive, "center" where possessive, "headquarters" where possessive: kind = .district
      // "its capital", "the capital".
      case "capital": kind = .city
      // "fighting reached its outskirts": a part of the city named before (partial, below).
      case "outskirts" where possessive, "gates" where possessive, "edge" where possessive, "edges" where possessive,
        "suburbs" where possessive, "streets" where possessive:
        kind = .city
      case "district": kind = .district
      // "seized Spin Boldak; the army retook the town": a town is its district — or, after a
      // provincial capital named last ("entered Qala-e-Naw … the town had been cleared"), that city.
      case "town":
        let last = mentions.last(where: { $0.end <= tokens[k].start && !$0.isLandmark })
        let capital =
          last.map { m in
            (m.hint == .city || m.hint == nil) && m.matches.contains { $0.place.level == .district && $0.place.isCapital }
          } ?? false
        kind = capital ? .city : .district
      case "city": kind = .city
      // "the loss of Ghazni, Logar and Maidan Wardak (there is still some fighting in the latter,
      // but it is no longer in government hands)": "the latter" is the place named last, in this
      // sentence or the one before (not "the latter part of July").
      case "latter":
        if phraseEnd < tokens.count, !Self.latterNouns.contains(tokens[phraseEnd].lower),
          let named = mentions.last(where: {
            $0.end <= tokens[k].start && sentenceOfToken[k] - $0.sentence <= 1 && !$0.isLandmark && !$0.isAttributive
          })
        {
          extra.append(Self.reference(to: named, at: k..<phraseEnd, sentence: sentenceOfToken[k], tokens, source))
        }
        k = phraseEnd
        continue
      // "entered the Panjshir valley … surrounded the valley on Tuesday": the place named as a
      // valley last, in this sentence or the three before (not "the valley of Bamyan").
      case "valley":
        if phraseEnd < tokens.count, tokens[phraseEnd].lower != "of", !(tokens[phraseEnd].kind == .word && tokens[phraseEnd].isCapitalized),
          let named = mentions.last(where: {
            $0.end <= tokens[k].start && $0.tokens.upperBound < tokens.count && tokens[$0.tokens.upperBound].lower == "valley"
              && sentenceOfToken[k] - $0.sentence <= 3 && !$0.isLandmark && !$0.isAttributive
          })
        {
          extra.append(Self.reference(to: named, at: k..<phraseEnd, sentence: sentenceOfToken[k], tokens, source))
        }
        k = phraseEnd
        continue
      // "captured Zaranj and then the rest of the province": only a whole province stated as
      // such, never "fighting in the province".
      case "province" where k >= 2 && tokens[k - 1].lower == "of"
        && ["rest", "whole", "remainder", "entirety", "all"].contains(tokens[k - 2].lower):
        kind = .province
      // "the province had fallen", "handed the province over to the Taliban": the province
      // itself the subject or the object of a change of control (but not "fighting in the
      // province").
      case "province" where Self.isSubjectOrObjectOfCapture(at: k, phraseEnd: k + 2, tokens):
        kind = .province
      // "the Taliban have been in control of the area since Tuesday": the place named last,
      // whose control changed hands (not "fighting in the area"); so is "the location"
      // ("officials denied that the group gained control of the location").
      case "area" where Self.namesControlledPlace(at: k, tokens), "location" where Self.namesControlledPlace(at: k, tokens):
        kind = .district
      // "the entire province was under Taliban rule": the province named last, whole.
      case "entire" where k + 2 < tokens.count && tokens[k + 2].lower == "province",
        "whole" where k + 2 < tokens.count && tokens[k + 2].lower == "province":
        kind = .province
        phraseEnd = k + 3
      // ("the local capital fell": a wire's word for the provincial capital.)
      case "provincial" where k + 2 < tokens.count && ["capital", "centre", "center"].contains(tokens[k + 2].lower),
        "local" where k + 2 < tokens.count && tokens[k + 2].lower == "capital":
        kind = .city
        phraseEnd = k + 3
      default: break
      }
      guard var kind else {
        k += 1
        continue
      }
      // "Kunduz province, encircling the capital of the same name": the province's capital.
      if kind == .city, phraseEnd + 3 < tokens.count, tokens[phraseEnd].lower == "of", tokens[phraseEnd + 1].lower == "the",
        tokens[phraseEnd + 2].lower == "same", tokens[phraseEnd + 3].lower == "name"
      {
        phraseEnd += 4
      }
      // Not when the phrase is followed by a name ("the capital Kabul", "the city of Herat") or
      // is itself part of a title ("the district governor").
      // ("The city of half a million people fell": "of" and a count of its people describe it.)
      if kind == .city, phraseEnd + 1 < tokens.count, tokens[phraseEnd].lower == "of",
        let counted = Self.countedPeopleEnd(after: phraseEnd + 1, tokens)
      {
        phraseEnd = counted
      }
      if phraseEnd < tokens.count {
        let next = tokens[phraseEnd]
        // ("the capital city of Feroz Koh", "the capital city Kabul": past "city".)
        let afterCity =
          ["city", "town"].contains(next.lower) && phraseEnd + 1 < tokens.count
          && (tokens[phraseEnd + 1].lower == "of" || (tokens[phraseEnd + 1].kind == .word && tokens[phraseEnd + 1].isCapitalized))
        // ("the district center of Garmser", "the town centre of Kunduz": past the centre the
        // place is named.)
        let centreOf =
          Self.centreNouns.contains(next.lower) && phraseEnd + 1 < tokens.count && tokens[phraseEnd + 1].lower == "of"
        if next.lower == "of" || (next.kind == .word && next.isCapitalized) || afterCity || centreOf
          || ["governor", "chief", "police", "council", "level", "officials", "elders", "residents"].contains(next.lower)
          // ("a flag above the main city square in Pul-e-Khumri": a noun the phrase qualifies
          // names a site, not the city told before.)
          || ["square", "hall", "park", "stadium"].contains(next.lower)
        {
          k = phraseEnd
          continue
        }
        // "the provincial capital, Herat city": the name that follows is the mention.
        let named = next.lower == "," ? phraseEnd + 1 : phraseEnd
        if startsMention[named] {
          k = phraseEnd
          continue
        }
      }
      // "left the district for Qalat, the provincial capital city": an apposition to the name
      // before it is that mention, not another.
      // (Not a phrase that opens the next clause as its subject: "after militants attacked Gizab
      // district of Uruzgan, the district center was captured".)
      if !possessive, k >= 2, tokens[k - 1].lower == ",", endsMention[k - 1] {
        var after = phraseEnd
        if after < tokens.count, ["city", "town"].contains(tokens[after].lower) { after += 1 }
        // (So is one a relative clause follows: "overran parts of Sheberghan, the provincial
        // center that includes the governor's office".)
        if after >= tokens.count || [",", ".", ";", ")", "and", "or", "where", "which", "that"].contains(tokens[after].lower) {
          k = phraseEnd
          continue
        }
      }
      // "43 km from the provincial capital": a landmark, not the event's place.
      // (But "the Taliban are within 10 km of the provincial capital", "fighting reached 5 km from
      // the city": an advance measured to the place is about it.)
      let window = tokens[max(0, k - 10)..<k].map(\.lower)
      if window.contains(where: { ["km", "kilometres", "kilometers", "miles", "kilometre", "kilometer", "mile"].contains($0) }),
        !window.contains(where: { Self.approachWords.contains($0) })
      {
        k = phraseEnd
        continue
      }
      // "the city's governor said": the city owns what follows; "captured nine of the city's ten
      // police districts": a part of the city ("stormed the province's prison": of its capital).
      let ownsPart = MentionFinder.ownsPart(at: phraseEnd, tokens) || (possessive && Self.cityPartsByIts.contains(tokens[k + 1].lower))
      if ownsPart, kind == .province { kind = .city }
      let start = tokens[k].start
      let provincialCapital = ["provincial", "local"].contains(tokens[k + 1].lower)
      // "pushed their way into a provincial capital on Wednesday, threatening to overrun the city
      // itself": a place of the kind brought in unnamed since the last name ("a provincial
      // capital", "a district") is what the phrase refers to, not that name.
      if !possessive, Self.introducesUnnamed(kind, before: k, after: mentions.last(where: { $0.end <= start })?.tokens.upperBound ?? 0, tokens) {
        k = phraseEnd
        continue
      }
      // "Saleh left Kabul for the Panjshir Valley hours before the Taliban took over the capital":
      // "the capital" after Kabul in its sentence is Kabul, not the capital of a province named since.
      // (Kabul named as the city or as the district holding it, whatever their codes.)
      let kabul = !possessive && !provincialCapital && tokens[k + 1].lower == "capital" ? kabulCity()?.place : nil
      let namesKabul =
        kabul.map { city in
          mentions.contains {
            $0.sentence == sentenceOfToken[k] && $0.end <= start
              && $0.matches.contains { $0.place.id == city.id || $0.place.id == city.districtPcode }
          }
        } ?? false
      // ("He attacked a school in the capital": "the capital" with no place named in its sentence
      // or the three before is the country's, not the capital of a province named long before.)
      let farFromNames =
        kabul != nil
        && (mentions.last(where: { $0.end <= start && !$0.isLandmark && !$0.isOutlet }).map { sentenceOfToken[k] - $0.sentence > 3 } ?? false)
      // "entered the outskirts of the Afghan capital … awaiting a peaceful transfer of the city",
      // "… fighters were in the districts of Kalakan and Paghman in the capital": "the city" or
      // "the capital" after a phrase that named a city in its sentence or the two before, with no
      // city named between, is that city.
      let referredCity: Place? =
        kind == .city && !possessive && !provincialCapital
        ? extra.last(where: { $0.sentence >= sentenceOfToken[k] - 2 && $0.end <= start }).flatMap { reference in
          guard let place = reference.matches.first?.place, place.isCapital,
            !mentions.contains(where: { m in
              m.start >= reference.end && m.end <= start && !m.isLandmark && m.hint != .province
                && m.matches.contains { $0.place.level == .district && $0.place.isCapital }
            })
          else { return nil }
          return place
        } : nil
      // "The key eastern city, which is also the capital of Nangarhar province, fell": the
      // capital an apposition names by its province.
      let appositionCapital: Place? =
        kind == .city && !possessive && phraseEnd < tokens.count && tokens[phraseEnd].lower == ","
        ? Self.namesCapitalOf(from: phraseEnd + 1, tokens, startsMention: startsMention).flatMap { j in
          mentions.first(where: { $0.tokens.lowerBound == j })?.matches.first(where: { $0.place.level == .province }).flatMap {
            tables.capitalDistrict(ofProvince: $0.place.id)
          }
        } : nil
      guard
        let target = appositionCapital
          ?? (namesKabul || farFromNames
            ? kabul
            : referredCity
              ?? antecedent(
                of: kind, before: start, in: mentions, context: context, provincialCapital: provincialCapital,
                sentence: sentenceOfToken[k], ruledOut: head > k + 1 ? Self.regionsRuledOut(by: tokens[(k + 1)..<head]) : [],
                text: (tokens, sentences)))
      else {
        k = phraseEnd
        continue
      }
      let text = source.string(tokens, from: k, through: phraseEnd - 1)
      var mention = Mention(
        tokens: k..<phraseEnd, sentence: sentenceOfToken[k], start: tokens[k].start,
        end: tokens[phraseEnd - 1].end, text: text,
        matches: [PlaceMatch(place: target, spelling: target.name, quality: .name, temporaryDistrict: nil)],
        hint: kind == .province ? .province : .district, list: -1)
      mention.isBackReference = true
      mention.isNamedObject = kind == .province
      if !ownsPart, TriggerFinder.opensPossessive(tokens, at: phraseEnd) {
        mention.isPossessor = true
      }
      // ("just south of the city": a compass word before "of" stays, as for a named place.)
      let leading = tokens[max(0, k - 6)..<k].map(\.lower).filter {
        !MentionFinder.directionAdjectives.contains($0) || MentionFinder.compassWords.contains($0)
      }
      // ("the compound of the district fell": the district's seat, the district.)
      let seat = kind == .district && leading.suffix(2).elementsEqual(["compound", "of"])
      // ("control several districts of the city": a city's districts are its police districts,
      // parts of it.)
      let cityDistricts =
        kind == .city && leading.count >= 2 && leading[leading.count - 1] == "of"
        && ["districts", "district"].contains(leading[leading.count - 2])
      mention.isPartial = ownsPart || cityDistricts || (!seat && MentionFinder.isPartial(after: leading))
      mention.isLandmark = MentionFinder.isLandmark(after: leading)
      mention.isExcepted = MentionFinder.isExcepted(after: leading)
      extra.append(mention)
      k = phraseEnd
    }
    guard !extra.isEmpty else { return result }
    result.append(contentsOf: extra)
    result.sort { $0.tokens.lowerBound < $1.tokens.lowerBound }
    // Give back references list ids of their own (a plural one's members share theirs).
    var nextList = (result.map(\.list).max() ?? 0) + 1
    var groups: [Int: Int] = [:]
    for i in result.indices where result[i].list < 0 {
      if result[i].list < -1, let shared = groups[result[i].list] {
        result[i].list = shared
        continue
      }
      if result[i].list < -1 { groups[result[i].list] = nextList }
      result[i].list = nextList
      nextList += 1
    }
    return result
  }

  /// Modals after a list that make it the subject of a clause of its own (`nearestTrigger`).
  static let clauseModals: SpelledWordSet = ["will", "would", "could", "may", "might", "should", "must", "can"]

  /// A back reference at `phrase` ("the valley", "the latter") to the place `named` names: its
  /// places, marked a landmark, a part or an exception by the words before it as a name is.
  static func reference(to named: Mention, at phrase: Range<Int>, sentence: Int, _ tokens: [Token], _ source: SourceText) -> Mention {
    var mention = Mention(
      tokens: phrase, sentence: sentence, start: tokens[phrase.lowerBound].start, end: tokens[phrase.upperBound - 1].end,
      text: source.string(tokens, from: phrase.lowerBound, through: phrase.upperBound - 1), matches: named.matches, hint: named.hint,
      list: -1)
    mention.isBackReference = true
    let leading = tokens[max(0, phrase.lowerBound - 6)..<phrase.lowerBound].map(\.lower)
    mention.isLandmark = MentionFinder.isLandmark(after: leading)
    mention.isPartial = MentionFinder.isPartial(after: leading)
    mention.isExcepted = MentionFinder.isExcepted(after: leading)
    return mention
  }

  /// Nouns after "the latter" that make it an adjective of time, not a back reference.
  static let latterNouns: SpelledWordSet = ["part", "half", "stage", "stages", "phase", "days", "weeks", "months", "years", "end"]

  /// Government forces whose place, named right after "from" or "in", their flight gives up
  /// ("police officers from Khash Rod fled to Zaranj").
  static let fleeingForceNouns: SpelledWordSet = [
    "forces", "troops", "soldiers", "police", "policemen", "officers", "personnel", "commandos", "guards", "officials",
  ]

  /// Nouns after "uprising" that make it an actor ("uprising forces retook Kaldar").
  static let uprisingActorNouns: SpelledWordSet = ["forces", "force", "fighters", "militia", "militias", "groups", "group", "members"]

  /// Whether the tokens from `start` (the end of the last name) to `end` hold an indefinite
  /// phrase naming a place of `kind` without its name: "a" or "an", at most two words, then the
  /// kind's noun ("a provincial capital", "an important district"), within 30 tokens, in a
  /// sentence or clause after the name's (past a full stop, semicolon or dash): an apposition
  /// to the name ("Qala-e-Naw, the first assault on a provincial capital") is about the name.
  static func introducesUnnamed(_ kind: LevelHint, before end: Int, after start: Int, _ tokens: [Token]) -> Bool {
    // (The kind's nouns, the marks and the words tested by `Token.spells` and by the marks'
    // bytes, `leadingASCIIByte`: a set of the nouns built at every call, and the marks
    // compared as text, each comparison with a dash about 140 instructions, were 2.9 M
    // instructions on the 1 MB stream: callgrind, issue #16.)
    func isNoun(_ k: Int) -> Bool {
      switch kind {
      case .city: tokens[k].spells("city") || tokens[k].spells("capital") || tokens[k].spells("town")
      case .district: tokens[k].spells("district")
      case .province: tokens[k].spells("province")
      case .region: false
      }
    }
    guard kind != .region else { return false }
    func breaksClause(_ k: Int) -> Bool {
      if let byte = tokens[k].lower.leadingASCIIByte {
        return byte == UInt8(ascii: ".") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "-")
      }
      switch tokens[k].lower {
      case ".", ";", "-", "\u{2013}", "\u{2014}": return true
      default: return false
      }
    }
    guard let clauseBreak = (start..<end).first(where: { breaksClause($0) }) else {
      return false
    }
    for a in max(clauseBreak + 1, end - 30)..<end where tokens[a].spells("a") || tokens[a].spells("an") {
      for n in (a + 1)..<min(end, a + 4) {
        if tokens[n].kind != .word { break }
        if isNoun(n) {
          // (Not "a city of 200,000" before its name nor "a district of Kunduz": named after.)
          if n + 1 < tokens.count, tokens[n + 1].spells("of") || tokens[n + 1].spells("called") || tokens[n + 1].spells("named") {
            break
          }
          return true
        }
      }
    }
    return false
  }

  /// "By Monday both had fallen", "commandos retook them": the places of the latest list (two
  /// or more districts, towns or cities named together) in this or the previous sentence, each
  /// as a mention over the pronoun, all of list `group` (a negative placeholder, renumbered by
  /// the caller). Only right before a change-of-control verb ("both fell", "both had fallen",
  /// "both could fall") or right after one ("retook them"); elsewhere "them" is people.
  func pluralReference(
    at k: Int, _ tokens: [Token], _ mentions: [Mention], _ sentenceOfToken: [Int], group: Int
  ) -> [Mention] {
    let word = tokens[k].lower
    var next = k + 1
    if word == "both", next < tokens.count, ["districts", "cities", "towns", "provinces"].contains(tokens[next].lower) { next += 1 }
    // "The three districts were taken by militias", "had captured the aforesaid districts": a
    // definite group of districts, towns or cities, counted or said to be named before.
    var count: Int? = nil
    if word == "the" {
      guard next + 1 < tokens.count else { return [] }
      let qualifier = tokens[next].lower
      if let n = MentionFinder.numberWords[qualifier], n >= 2 {
        count = n
      } else if !["aforesaid", "aforementioned", "said", "same"].contains(qualifier) {
        return []
      }
      guard Self.groupReferenceNouns.contains(tokens[next + 1].lower) else { return [] }
      next += 2
    }
    // "both provinces had been handed over": the provinces named before, whole.
    let provinces = word == "both" && next == k + 2 && tokens[k + 1].lower == "provinces"
    let following = (next..<min(tokens.count, next + 2)).map { tokens[$0].lower }
    let previous = k > 0 ? tokens[k - 1].lower : ""
    // The verb after "both (…)" and its auxiliaries ("had been handed over").
    var verb = next
    while verb < tokens.count, verb - next < 3, ["has", "had", "have", "were", "are", "was", "been", "also", "now"].contains(tokens[verb].lower) {
      verb += 1
    }
    let subject =
      word == "both"
      && ((verb < tokens.count && (Self.pronounVerbs.contains(tokens[verb].lower) || ["handed", "surrendered"].contains(tokens[verb].lower)))
        || (following.count == 2 && ["could", "may", "might", "will", "would"].contains(following[0]) && following[1] == "fall"))
    let groupSubject =
      word == "the" && verb > next && verb < tokens.count
      && (Self.pronounVerbs.contains(tokens[verb].lower) || ["taken", "handed", "surrendered"].contains(tokens[verb].lower))
    // ("have regained control of them": the object of a control phrase too.)
    let object =
      (word == "them" || word == "the")
      && (Self.pluralObjectVerbs.contains(previous) || (["of", "over"].contains(previous) && k >= 2 && tokens[k - 2].lower == "control"))
    guard subject || groupSubject || object else { return [] }
    let sentence = sentenceOfToken[k]
    // The latest list before the pronoun, in this or the previous sentence.
    // (For a group of districts, past the province that holds them: "… and Pul-e-Hisar in
    // Baghlan province. The three districts …".)
    guard
      let last = mentions.last(where: {
        $0.tokens.upperBound <= k && sentence - $0.sentence <= 1 && (word != "the" || ($0.hint != .province && !$0.isAttributive))
      })
    else { return [] }
    let list = mentions.filter { $0.list == last.list && $0.tokens.upperBound <= k }
    // (A count may include one name the gazetteer does not hold.)
    guard list.count >= 2, list.count <= 6, count == nil || (list.count...(list.count + 1)).contains(count!),
      list.allSatisfy({ !$0.isLandmark && !$0.isExcepted && (provinces || (!$0.isAttributive && $0.hint != .province)) })
    else { return [] }
    var result: [Mention] = []
    let phrase = tokens[k..<next].map(\.lower).joined(separator: " ")
    for antecedent in list {
      let match =
        provinces
        ? antecedent.matches.first(where: { $0.place.level == .province })
        : antecedent.matches.first(where: { $0.place.level != .province && $0.place.level != .region })
      guard let match else { return [] }
      var mention = Mention(
        tokens: k..<next, sentence: sentence, start: tokens[k].start, end: tokens[next - 1].end, text: phrase,
        matches: [match], hint: provinces ? .province : antecedent.hint, list: group)
      mention.isBackReference = true
      mention.isNamedObject = provinces
      result.append(mention)
    }
    return result
  }

  /// Whether `mention` ends right before token `k` (a comma), or right before its own
  /// "district", "city" or "province" there (", which had fallen", ", where fighting raged").
  static func endsRightBefore(_ mention: Mention, _ k: Int, _ tokens: [Token]) -> Bool {
    mention.tokens.upperBound == k
      || (mention.tokens.upperBound == k - 1 && ["district", "city", "province"].contains(tokens[k - 1].lower))
  }

  /// ", the provincial capital" between a place and the comma before "where": a comma, "the",
  /// at most three more words, one of them a word for what the place is.
  static func isApposition(_ words: ArraySlice<Token>) -> Bool {
    guard words.count >= 3, words.count <= 5, words.first?.lower == ",", words.dropFirst().first?.lower == "the" else { return false }
    return words.contains { ["capital", "city", "centre", "center", "district", "town"].contains($0.lower) }
      && !words.dropFirst().contains { $0.kind == .punctuation }
  }

  /// "it" right before or after a change-of-control verb ("On Thursday it fell", "the army
  /// retook it hours later"): the latest district or city named in this or the previous
  /// sentence; ", which had fallen": the place right before the comma. Elsewhere "it" and
  /// "which" are left alone ("it said", "it is unclear").
  func pronounReference(
    at k: Int, _ tokens: [Token], _ mentions: [Mention], _ sentenceOfToken: [Int], context: ProvinceContext
  ) -> Mention? {
    let next = k + 1 < tokens.count ? tokens[k + 1].lower : ""
    let previous = k > 0 ? tokens[k - 1].lower : ""
    // (The verb lists by word id, `TokenWordList`, asked of the tokens; `next` and `previous` are
    // the text of two of them, "" past either end, which no list holds.)
    let pronounVerbs = tables.pronounVerbs
    // ("after it briefly fell", "it was quickly retaken": past a floating adverb, as the
    // trigger's words are read.)
    var v = k + 1
    if v < tokens.count, tables.floatingAdverbs.contains(tokens, at: v) { v += 1 }
    let auxiliary = v < tokens.count ? tokens[v].lower : ""
    var afterAuxiliary = v + 1
    if afterAuxiliary < tokens.count, tables.floatingAdverbs.contains(tokens, at: afterAuxiliary) { afterAuxiliary += 1 }
    let subject =
      (v < tokens.count && pronounVerbs.contains(tokens, at: v))
      || (["has", "had", "was", "is"].contains(auxiliary) && afterAuxiliary < tokens.count && pronounVerbs.contains(tokens, at: afterAuxiliary))
      || (["has", "had"].contains(auxiliary) && afterAuxiliary < tokens.count && tokens[afterAuxiliary].lower == "been")
    // "took control of it", "seized control over it".
    let controlOf = ["of", "over"].contains(previous) && k >= 2 && tokens[k - 2].lower == "control"
    // "withdrew from it", "pulled out of it": the place given up.
    let leftFrom =
      (previous == "from" && k >= 2 && Self.leavingVerbs.contains(tokens[k - 2].lower))
      || (previous == "of" && k >= 3 && tokens[k - 2].lower == "out" && Self.leavingVerbs.contains(tokens[k - 3].lower))
    // ("have taken it upon themselves to stop the Taliban": an idiom, no object.)
    let object =
      ((k > 0 && tables.pronounObjectVerbs.contains(tokens, at: k - 1)) || controlOf || leftFrom) && tokens[k].lower == "it"
      && next != "upon"
    // ", which the Taliban captured on Monday": "which" is the object of a Taliban verb.
    // (", which the Taliban have been approaching": auxiliaries may stand before the verb.)
    // (Read in place, `Token.lower(at:in:)`: `tokens[$0].lower` copied each token, about 9 000
    // times on the 1 MB stream: callgrind, issue #16.)
    var rest = ((k + 1)..<min(tokens.count, k + 7)).map { Token.lower(at: $0, in: tokens) }
    if rest.first == "the" { rest.removeFirst() }
    // (A `switch`, not an array literal built for every word tested.)
    func isAuxiliaryOrAdverb(_ word: String) -> Bool {
      switch word {
      case "have", "has", "had", "been", "now", "also", "already": true
      default: false
      }
    }
    let verb = rest.indices.dropFirst().first { !isAuxiliaryOrAdverb(rest[$0]) }
    let objectRelative =
      tokens[k].lower == "which" && previous == "," && rest.count >= 2
      && (TriggerFinder.talibanWords.contains(rest[0]) || rest[0] == "they")
      && verb.map { Self.pronounObjectVerbs.contains(rest[$0]) } == true
    guard subject || object || objectRelative else { return nil }
    let sentence = sentenceOfToken[k]
    let antecedent: Mention?
    if tokens[k].lower == "which" {
      // ", which had fallen": the place right before the comma (and its "district"), nothing else.
      // ("Imam Sahib district of Kunduz province, which the insurgents overran": the district,
      // not its container.)
      antecedent = mentions.last(where: { $0.tokens.upperBound <= k - 1 }).flatMap { candidate in
        let adjacent = Self.endsRightBefore(candidate, k - 1, tokens)
        let head = Self.contained(by: candidate, mentions, tokens) ?? candidate
        return previous == "," && adjacent && !head.isLandmark && !head.isAttributive ? head : nil
      }
    } else {
      // "surrounded Qarabagh in Ghazni and took control of it": a province named as the container
      // of the place before it is not what "it" stands for.
      antecedent = mentions.last(where: {
        $0.tokens.upperBound <= k && sentence - $0.sentence <= 1 && !$0.isLandmark && !$0.isAttributive
          && !$0.isPossessor && $0.hint != .province && !$0.isExcepted
          && ($0.hasLevel(.district) || $0.hasLevel(.town)) && Self.contained(by: $0, mentions, tokens) == nil
      })
    }
    // The district named (of several of one name, the one the text's provinces choose, as for
    // the name itself), or the district holding the town named.
    guard let antecedent else { return nil }
    let districts = antecedent.matches.filter { $0.place.level == .district }.map(\.place)
    guard
      let place = districts.count > 1
        ? context.choose(among: districts, for: antecedent).0
        : districts.first
          ?? antecedent.matches.first(where: { $0.place.level == .town }).flatMap({ $0.place.districtPcode.flatMap(index.place(id:)) })
    else { return nil }
    var mention = Mention(
      tokens: k..<(k + 1), sentence: sentence, start: tokens[k].start, end: tokens[k].end, text: tokens[k].lower,
      matches: [PlaceMatch(place: place, spelling: place.name, quality: .name, temporaryDistrict: nil)],
      hint: .district, list: -1)
    mention.isBackReference = true
    return mention
  }

  /// Whether "the area" or "the location" at `k` is a place whose control changed hands: the
  /// subject or object of a change of control, or after "control of" / "control over".
  static func namesControlledPlace(at k: Int, _ tokens: [Token]) -> Bool {
    isSubjectOrObjectOfCapture(at: k, phraseEnd: k + 2, tokens)
      || (k >= 2 && ["of", "over"].contains(tokens[k - 1].lower) && tokens[k - 2].lower == "control")
  }

  /// Verbs by which a place sees what befalls it ("Laghman province saw four of its six
  /// districts fall": `nearestTrigger`).
  /// (A static list: an array literal in the loop was built and freed, its words released one
  /// by one, at every word asked: callgrind, issue #16.)
  static let sightVerbs: SpelledWordSet = ["saw", "seen", "sees", "witnessed"]

  /// The words `isSubjectOrObjectOfCapture` reads around a phrase: verbs it is the object of,
  /// prepositions of control's object, prepositions of a container, verbs it is the subject of.
  /// (A static list: an array literal in the loop was built and freed, its words released one
  /// by one, at every word asked: callgrind, issue #16.)
  static let handingVerbs: SpelledWordSet = ["handed", "surrendered"]
  static let controlPrepositions: SpelledWordSet = ["of", "over"]
  static let containerPrepositions: SpelledWordSet = ["of", "in", "across", "throughout"]
  static let fallingVerbs: SpelledWordSet = ["handed", "surrendered", "lost"]

  /// Whether the phrase `tokens[k..<phraseEnd]` is the subject of a verb of falling ("the
  /// province fell", "the province was handed over to") or the object of a capture ("took the
  /// province", "handed the province over").
  static func isSubjectOrObjectOfCapture(at k: Int, phraseEnd: Int, _ tokens: [Token]) -> Bool {
    let previous = k > 0 ? tokens[k - 1].lower : ""
    if pronounObjectVerbs.contains(previous) || handingVerbs.contains(previous) { return true }
    // "have seized control over the province", "took full control of the province": the
    // object of control.
    if controlPrepositions.contains(previous), k >= 2, tokens[k - 2].lower == "control" { return true }
    // "Shirin Tagab district of the province had fallen": the province contains the subject.
    if containerPrepositions.contains(previous) { return false }
    var next = phraseEnd
    // (A `switch`, not an array literal built at every word passed.)
    func isPassed(_ word: String) -> Bool {
      switch word {
      case "has", "had", "have", "was", "is", "been", "also", "now", "then": true
      default: false
      }
    }
    while next < tokens.count, next - phraseEnd < 3, isPassed(tokens[next].lower) {
      next += 1
    }
    guard next < tokens.count else { return false }
    return pronounVerbs.contains(tokens[next].lower) || fallingVerbs.contains(tokens[next].lower)
  }

  /// Verbs after which "it" is the place that changed hands.
  /// (Every form: "before overrunning it", "retakes it".)
  static let pronounObjectVerbs = SpelledWordSet(Set(
    [
      "retake", "recapture", "capture", "seize", "overrun", "take", "reclaim", "liberate", "regain",
      "besiege", "encircle", "surround", "storm", "enter", "abandon", "evacuate", "attack", "approach",
      // ("hours after the army had cleared it".)
      "clear",
    ].flatMap(Inflections.forms(of:))))
  /// Mentions whose spellings name districts only of other provinces than the one named right
  /// beside them ("Karabagh district of Ghazni": "Karabagh" is a spelling of Kabul's Qara Bagh)
  /// read as the district of that province with the same sound, when there is one. The
  /// province must stand within `ProvinceContext.pinningReach` tokens in the same sentence.
  static func withProvincesBeside(_ mentions: [Mention], index: PlaceIndex) -> [Mention] {
    var beside: [(sentence: Int, token: Int, province: String)] = []
    // (Each mention read in place, by index: `for mention in mentions` copied every mention,
    // its text, matches and names retained and released, 9 100 times on the 1 MB stream in the
    // two loops: callgrind, issue #16.)
    for m in mentions.indices where !mentions[m].isAttributive && !mentions[m].isBackReference {
      // (The provinces counted in place: filtering copied each match, a whole `Place`.)
      var provinces = 0
      var province = 0
      for k in mentions[m].matches.indices where mentions[m].matches[k].place.level == .province {
        provinces += 1
        province = k
      }
      if provinces == 1 { beside.append((mentions[m].sentence, mentions[m].tokens.lowerBound, mentions[m].matches[province].place.id)) }
    }
    guard !beside.isEmpty else { return mentions }
    var result = mentions
    for m in mentions.indices where !mentions[m].isBackReference {
      // (Districts and towns only: a name that is also a province stays as it is.)
      guard mentions[m].hasLevel(.district),
        mentions[m].matches.indices.allSatisfy({ mentions[m].matches[$0].place.level == .district || mentions[m].matches[$0].place.level == .town })
      else { continue }
      // (The few provinces in an array, searched by `==`: a `Set` made for each district named
      // in a report with a province beside a name was 0.8 M instructions on the 1 MB stream:
      // callgrind, issue #16.)
      let near =
        beside.filter { $0.sentence == mentions[m].sentence && $0.token != mentions[m].tokens.lowerBound
          && abs($0.token - mentions[m].tokens.lowerBound) <= ProvinceContext.pinningReach + mentions[m].tokens.count
        }.map(\.province)
      guard !near.isEmpty, !mentions[m].matches.contains(where: { near.contains($0.place.provincePcode ?? "") }) else { continue }
      let sounds = index.soundMatches(mentions[m].text, where: { $0.level == .district && near.contains($0.provincePcode ?? "") })
      if !sounds.isEmpty { result[m].matches = sounds }
    }
    return result
  }

  /// Mentions matched only by their sound that a district or town named right after them
  /// contains ("the Gograk area in Tirinkot", "Gograk village of Tirinkot district", "Gograk in
  /// Tirinkot"), when no place they sound like lies in that district's province: a locality
  /// inside the named district, not a namesake elsewhere (Gograk is no spelling of Kandahar's
  /// Ghorak). They are left out; the named district stays. Between the two: at most one
  /// locality noun (`MentionFinder.localityNouns`), then "in" or "of", then "the" or not.
  static func withoutSoundsInsideNamedDistricts(_ mentions: [Mention], _ tokens: [Token]) -> [Mention] {
    var dropped: [Int] = []
    for m in mentions.indices where mentions[m].quality == .sound && !mentions[m].isBackReference && m + 1 < mentions.count {
      let container = mentions[m + 1]
      guard container.sentence == mentions[m].sentence, container.quality == .name, !container.isBackReference,
        !container.matches.isEmpty,
        container.matches.indices.allSatisfy({ container.matches[$0].place.level == .district || container.matches[$0].place.level == .town })
      else { continue }
      var k = mentions[m].tokens.upperBound
      if k < container.tokens.lowerBound, MentionFinder.localityNouns.contains(tokens[k].lower) { k += 1 }
      guard k < container.tokens.lowerBound, MentionFinder.localityPrepositions.contains(tokens[k].lower) else { continue }
      k += 1
      if k < container.tokens.lowerBound, tokens[k].lower == "the" { k += 1 }
      guard k == container.tokens.lowerBound else { continue }
      let provinces = container.matches.map { $0.place.provincePcode }
      if mentions[m].matches.contains(where: { provinces.contains($0.place.provincePcode) }) { continue }
      dropped.append(m)
    }
    guard !dropped.isEmpty else { return mentions }
    var result = mentions
    for m in dropped.reversed() { result.remove(at: m) }
    return result
  }

  /// The places whose officials are the subject of a surrender (`trigger`): "the governor of
  /// Farah province", "the mayor of Farah city", "Ghazni's governor", "the district governor of
  /// Kohsan", read back from the trigger to the start of its clause.
  static func officialsBefore(_ trigger: Trigger, _ tokens: [Token], _ mentions: [Mention], sentenceStart: Int) -> [Int] {
    var found: [Int] = []
    for (m, mention) in mentions.enumerated()
    where mention.tokens.upperBound <= trigger.tokens.lowerBound && mention.tokens.lowerBound >= sentenceStart
      && trigger.tokens.lowerBound - mention.tokens.upperBound <= 16 && !mention.isBackReference
    {
      let k = mention.tokens.lowerBound
      // "governor of (the) X", "mayor of X city".
      var j = k - 1
      if j >= sentenceStart, tokens[j].lower == "the" { j -= 1 }
      let titled =
        (j - 1 >= sentenceStart && tokens[j].lower == "of" && officialTitles.contains(tokens[j - 1].lower))
        // "X's governor", "X province's governor".
        || Self.ownsTitle(after: mention.tokens.upperBound, tokens)
      guard titled else { continue }
      // Nothing between that opens another clause or verb.
      let between = mention.tokens.upperBound..<trigger.tokens.lowerBound
      guard !tokens[between].contains(where: { [";", ":", "said", "says", "after", "before", "when", "while", "but", "who", "which"].contains($0.lower) })
      else { continue }
      found.append(m)
    }
    return found
  }

  static func ownsTitle(after end: Int, _ tokens: [Token]) -> Bool {
    var k = end
    if k < tokens.count, ["province", "city", "district"].contains(tokens[k].lower) { k += 1 }
    return TriggerFinder.opensPossessive(tokens, at: k) && k + 2 < tokens.count && officialTitles.contains(tokens[k + 2].lower)
  }

  /// Titles of a place's officials whose surrender gives the place up.
  static let officialTitles: Set<String> = ["governor", "mayor", "chief", "commander", "officials", "governors", "administrator"]

  /// The first token of a day in brackets that closes the run of places a place stands in
  /// ("Zaranj (Aug 6), Sheberghan (Aug 7), Kunduz, Sar-e-Pul and Taloqan (Aug 8)": Kunduz's
  /// day is Aug 8), or nil.
  /// The first token of a day right after a list's later item ("seized Lashkar Gah, the capital
  /// of Helmand, on Friday, and Kandahar on Thursday": Thursday is Kandahar's), or nil. `end` is
  /// the item's end.
  static func itemDay(after end: Int, _ tokens: [Token], dates: [DateMention]) -> Int? {
    let start = end < tokens.count && tokens[end].lower == "on" ? end + 1 : end
    return dates.first(where: { ($0.tokens.lowerBound == end || $0.tokens.lowerBound == start) && $0.day != nil })?.tokens.lowerBound
  }

  static func bracketedDay(after end: Int, _ tokens: [Token], inMention: [Bool], dates: [DateMention]) -> Int? {
    var k = end
    // (A `switch`: the array literal was built at every token passed.)
    func isPassed(_ word: String) -> Bool {
      switch word {
      case ",", "and", "district", "districts", "city", "province": true
      default: false
      }
    }
    while k < tokens.count, inMention[k] || isPassed(tokens[k].lower) {
      k += 1
    }
    guard k + 1 < tokens.count, tokens[k].lower == "(",
      let date = dates.first(where: { $0.tokens.lowerBound == k + 1 && $0.day != nil })
    else { return nil }
    return date.tokens.lowerBound
  }

  /// Words before a distance that make it an advance measured to a place ("within 10 km of",
  /// "reached 5 km from").
  static let approachWords: Set<String> = [
    "within", "reached", "reach", "reaches", "reaching", "came", "come", "advanced", "advancing", "closer", "close", "got",
  ]

  /// Words that lead a time phrase into its sentence ("late on Sunday", "by Friday").
  static let timeLeaders: Set<String> = ["on", "late", "early", "by"]
  /// Parts of a day that may follow a day ("Sunday night").
  static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]

  /// Verbs of government forces leaving a place, before "from it" or "out of it".
  static let leavingVerbs = SpelledWordSet(Set(["withdraw", "retreat", "pull", "flee", "evacuate"].flatMap(Inflections.forms(of:))))
  /// Words after which "them" is the places that changed hands ("retook them", "took them back").
  /// Kabul the city, as the gazetteer names it ("the Afghan capital").
  func kabulCity() -> PlaceMatch? {
    let matches: [PlaceMatch] = index.nameMatches("Kabul", allowSound: false)
    return matches.first(where: { $0.place.level == .town })
  }

  /// Verbs that report what follows their "that" ("wrote that the uprising has …").
  static let reportingVerbs: SpelledWordSet = [
    "said", "says", "say", "wrote", "writes", "told", "tweeted", "claimed", "claims", "added", "stated", "announced",
    "reported", "confirmed", "insisted", "noted",
  ]

  /// Whether a token's text is `count` bytes long (a cheap test before comparing its words).
  static func hasLength(_ token: Token, _ count: Int) -> Bool { token.byteEnd - token.byteStart == count }

  /// Words that open a clause of time, whose places are background to the main clause's
  /// ("… just hours after another provincial capital, Kunduz, fell").
  static let timeClauseOpeners: SpelledWordSet = ["after", "before", "since"]
  /// The nouns of a definite group that refers to a list before ("the three districts").
  static let groupReferenceNouns: Set<String> = ["districts", "cities", "towns"]
  static let pluralObjectVerbs: Set<String> = pronounObjectVerbs.union(["back"])
  /// Verbs before which "it" is the place that changed hands.
  static let pronounVerbs: SpelledWordSet = [
    "fell", "falls", "fallen", "collapsed", "captured", "retaken", "recaptured", "overrun", "seized",
    "besieged", "encircled", "surrounded", "surrendered", "capitulated",
  ]

  /// The place an anaphor refers to: the latest earlier district (for "the district") or the
  /// capital district of the latest earlier province or city (for "the capital", "the city").
  /// With `provincialCapital` ("the provincial capital"), a district named last stands for its
  /// province: "hold Andar and Qarabagh districts … the edges of the provincial capital" is
  /// Ghazni city.
  ///
  /// A place in a region of `ruledOut` is passed over: "the northern city" is not Kabul
  /// (`regionsRuledOut(by:)`).
  func antecedent(
    of kind: LevelHint, before offset: Int, in mentions: [Mention], context: ProvinceContext, provincialCapital: Bool = false,
    sentence: Int? = nil, ruledOut: Set<String> = [], text: (tokens: [Token], sentences: [Sentence])? = nil
  ) -> Place? {
    // Mentions do not overlap and are in text order, so their ends increase: the earlier ones
    // are a prefix, found by bisection.
    var low = 0
    var high = mentions.count
    while low < high {
      let mid = (low + high) / 2
      if mentions[mid].end <= offset { low = mid + 1 } else { high = mid }
    }
    // A title's place ("the district chief of Jaghatu said the district had fallen") is named
    // all the same; a landmark or an outlet ("told Kabul Now the city had fallen") is not the
    // place.
    // Where the report was filed stands for "the city" ("Kunduz, Aug 8: Taliban fighters
    // captured the city") unless the sentence names its city after the phrase ("Kabul: …
    // fighters entered the city … for the control of Qala-e-Naw city").
    let namedAfter =
      sentence.map { sentence in
        mentions[low...].prefix { $0.sentence == sentence }.contains { !$0.isLandmark && !$0.isAttributive && $0.hint != .province }
      } ?? false
    // A city named as a landmark in the phrase's own sentence is "the city" when the sentence
    // names no other before the phrase: "soldiers who retreated to the airport outside Kunduz
    // after the Taliban captured the city", "cut off the highway to Qala-i-Naw and surrounded the
    // city" (but "Pul-e-Alam, about 60 km south of Kabul, … stormed the city" is Pul-e-Alam).
    // Both pass over a place in a ruled-out region, asked by the place's province pcode. (The
    // pcode, not an optional place: each call wrapped and copied a whole `Place`, and the loop
    // below asked whether there was a landmark city before whether the sentence had changed;
    // 0.47 M instructions of the 1 MB stream: callgrind, issue #16.)
    func isRuledOut(province: String?) -> Bool {
      guard !ruledOut.isEmpty, let province, let region = index.place(id: province)?.regionID else {
        return false
      }
      return ruledOut.contains(region)
    }
    let landmarkCity: Place? =
      kind == .city
      ? mentions[..<low].reversed().prefix { $0.sentence == sentence }.lazy.filter(\.isLandmark).compactMap { mention in
        mention.hint == .city || mention.hint == nil
          ? mention.matches.first(where: { $0.place.level == .district && $0.place.isCapital })?.place : nil
      }.first { !isRuledOut(province: $0.provincePcode) } : nil
    /// The place `mention` gives the phrase, if it can be its antecedent.
    func candidate(_ mention: Mention) -> Place? {
      switch kind {
      case .province:
        if let province = mention.matches.first(where: { $0.place.level == .province }) { return province.place }
        if let id = mention.matches.first?.place.provincePcode, let province = index.place(id: id) { return province }
      case .district:
        if mention.hint == .province || mention.hint == .city || mention.isBackReference { return nil }
        // "the district" is not a provincial capital named bare ("fled to Mazar").
        if mention.hint == nil, mention.matches.contains(where: { $0.place.level == .district && $0.place.isCapital }) { return nil }
        // A bare provincial name ("around Herat") is the city or the province, not "the district".
        if mention.hint == nil, mention.hasLevel(.province) { return nil }
        let districts = mention.matches.filter { $0.place.level == .district }.map(\.place)
        if districts.count > 1 { return context.choose(among: districts, for: mention).0 }
        if let district = districts.first { return district }
      default:
        if mention.hint == .city || mention.hint == nil,
          let district = mention.matches.first(where: { $0.place.level == .district && $0.place.isCapital })
        {
          return district.place
        }
        if provincialCapital, !mention.hasLevel(.province), mention.hint != .city {
          let districts = mention.matches.filter { $0.place.level == .district }.map(\.place)
          let district = districts.count > 1 ? context.choose(among: districts, for: mention).0 : districts.first
          if let province = district?.provincePcode, let capital = tables.capitalDistrict(ofProvince: province) {
            return capital
          }
        }
        if let province = mention.matches.first(where: { $0.place.level == .province }) {
          return tables.capitalDistrict(ofProvince: province.place.id)
        }
      }
      return nil
    }
    let usable = mentions[..<low].reversed().lazy.filter {
      !$0.isLandmark && !$0.isOutlet && !$0.isGovernment && !($0.isDateline && namedAfter)
    }
    var candidates = usable.makeIterator()
    while let mention = candidates.next() {
      if mention.sentence != sentence, let landmarkCity { return landmarkCity }
      if isRuledOut(province: mention.matches.first?.place.provincePcode) { continue }
      guard let place = candidate(mention) else { continue }
      // An earlier sentence's place in a clause of time after its main clause is background:
      // "Sar-e-Pul was captured on Sunday, just hours after another provincial capital, Kunduz,
      // fell. … the outskirts of the city" is Sar-e-Pul, when the main clause names one.
      if let (tokens, sentences) = text, mention.sentence != sentence, mention.sentence < sentences.count,
        let opener = (sentences[mention.sentence].tokens.lowerBound..<mention.tokens.lowerBound).last(where: {
          Self.timeClauseOpeners.contains(tokens[$0].lower)
        }),
        let main = mentions[..<low].last(where: {
          $0.sentence == mention.sentence && $0.tokens.upperBound <= opener && !$0.isLandmark && !$0.isOutlet && !$0.isGovernment
            && !isRuledOut(province: $0.matches.first?.place.provincePcode)
        }).flatMap(candidate)
      {
        return main
      }
      return place
    }
    return landmarkCity
  }

  // MARK: - Events

  /// `byWordID`: the tokens are `Tokenizer.tokens`, whose word ids the rule tables may read
  /// (false for the Persian-script tokenizer's, which carry none).
  func events(
    from drafts: [Draft], document: Document, sentences: [Sentence], dates: [[DateMention]],
    tokens: [Token], source: SourceText, byWordID: Bool
  ) -> [Event] {
    var reportDate = Self.reportDate(
      sentences: sentences, dates: dates, tokens: tokens, boundToReporting: document.published != nil)
    // A text that says it reports on a day after its publication date contradicts its metadata:
    // neither the report day nor the publication day can date its events.
    var publicationIsDoubtful = false
    if let day = reportDate, let published = document.published, day > published {
      reportDate = nil
      publicationIsDoubtful = true
    }
    // A day stated with a word of reporting more than `reportDayReach` days before publication
    // ("April 14: Biden announces …" in a timeline published on 12 August) is an entry's day,
    // not the report's: the publication day dates the report.
    if let day = reportDate, let published = document.published, day < published.adding(days: -Self.reportDayReach) {
      reportDate = nil
    }
    /// The latest explicit day stated before token `position`, in this sentence or earlier ones
    /// (at most `reach` sentences back).
    func previousDay(_ s: Int, before position: Int, reach: Int = .max) -> Day? {
      if let day = dates[s].last(where: { $0.namesEventDay && $0.tokens.upperBound <= position })?.day {
        return day
      }
      for earlier in stride(from: s - 1, through: max(0, s - reach), by: -1) {
        if let day = dates[earlier].last(where: \.namesEventDay)?.day { return day }
      }
      return nil
    }
    /// The trigger's sentence states a month and day that resolve to no day (after the report,
    /// or in a year before `DateFinder.earliestYearWithoutYear`).
    func statesUnresolvableDay(_ trigger: Trigger) -> Bool {
      document.published != nil
        && dates[trigger.sentence].contains { !$0.mayDateAnEvent && !$0.isNotEventDay }
    }

    // The tokens of the places the drafts name.
    var inDraftMention = Array(repeating: false, count: tokens.count)
    for draft in drafts { for k in draft.mention.tokens where k < tokens.count { inDraftMention[k] = true } }
    /// The trigger's nearest date expression in its sentence is a vague earlier time.
    /// …and in the trigger's own clause: "recaptured Dasht-e-Archi, which had fallen last week"
    /// dates the fall, not the recapture.
    func isVaguelyDated(_ trigger: Trigger) -> Bool {
      guard let nearest = DateMention.nearest(dates[trigger.sentence].filter(\.mayDateAnEvent), to: trigger.tokens.lowerBound),
        nearest.isVague
      else { return false }
      // (Not a time inside an aside the trigger is not in: "authorizes 1,000 troops - in
      // addition to the 3,000 ordered earlier this week - as the Taliban drew closer".)
      if Self.isInAside(nearest.tokens, notHolding: trigger.tokens.lowerBound, tokens, sentence: sentences[trigger.sentence].tokens) {
        return false
      }
      // "Days later, forces took it back": a time opening the sentence dates its main clause
      // across the comma that closes it.
      // ("In late June, …", "On a hot morning in June, …": the phrase the time is in opens it.)
      // (Not a subordinate clause: "While the Taliban have seized dozens of districts in recent
      // weeks, government forces … pushed them out of Qaysar" dates the clause it is in.)
      let sentenceStart = sentences[trigger.sentence].tokens.lowerBound
      let opensSentence =
        !Self.subordinators.contains(tokens[sentenceStart].lower) && !["whereas", "as"].contains(tokens[sentenceStart].lower)
        && !(sentenceStart..<nearest.tokens.lowerBound).contains { tokens[$0].kind == .punctuation || inDraftMention[$0] }
      let between = Self.tokens(between: nearest.tokens, and: trigger.tokens)
      return !between.contains { k in
        // "captured Shibirghan, Aybak and Kunduz earlier this week": a comma between two places
        // of the trigger's list does not close its clause.
        let listComma = k > 0 && k + 1 < tokens.count && inDraftMention[k - 1] && inDraftMention[k + 1]
        // ("major advances in recent days, including capturing Herat": what is included is of
        // the clause's time.)
        let including = k + 1 < tokens.count && tokens[k + 1].lower == "including"
        return (!opensSentence && tokens[k].lower == "," && !listComma && !including) || [";", "which", "that", "who"].contains(tokens[k].lower)
      }
    }
    /// The day that heads the line of sentence `s`, when an earlier sentence of its line opens
    /// with a day and a colon or dash: a timeline's entry ("August 13: Herat and Lashkar Gah come
    /// under Taliban control. The militants also occupy Kandahar.", "- May 11 - …") dates every
    /// sentence of its line that states no time of its own ("later", "earlier").
    // The lines that hold only a day ("Aug. 12:"), with the day each names (nil where it
    // resolves to none), found once, when a sentence first asks.
    var headingLines: [(sentence: Int, day: Day?)]? = nil
    func headingDay(before s: Int) -> Day? {
      // (By word id where the tokens have ids, `TokenWordList`: hashing the text of every word
      // was about 12 M instructions on the 1 MB stream, callgrind, issue #16.)
      let relativeTimeWords = byWordID ? tables.relativeTimeWords : nil
      guard
        !sentences[s].tokens.contains(where: { k in
          relativeTimeWords.map { $0.contains(tokens, at: k) } ?? Self.relativeTimeWords.contains(tokens[k].lower)
        })
      else { return nil }
      var p = s - 1
      while p >= 0, !tokens[sentences[p + 1].tokens.lowerBound].followsLineBreak {
        let first = sentences[p].tokens.lowerBound
        let opening = Self.isListItem(tokens, sentences[p]) ? first + 1 : first
        if let heading = dates[p].first(where: { $0.namesEventDay && Self.headsLine($0, at: opening, before: sentences[p].tokens.upperBound, tokens) }) {
          return heading.day
        }
        p -= 1
      }
      // A timeline whose days head lines of their own ("Aug. 12:", then its items on the lines
      // after): the latest such line before dates the items under it. (Only where at least two
      // lines are headings: one day on a line of its own may be the report's byline.)
      if headingLines == nil {
        headingLines = sentences.indices.compactMap { p in
          Self.isHeadingLine(p, sentences, dates: dates[p], tokens).map { (p, $0.namesEventDay ? $0.day : nil) }
        }
      }
      guard let lines = headingLines, lines.count >= 2, let line = lines.last(where: { $0.sentence < s }) else { return nil }
      return line.day
    }
    func sentenceDate(_ s: Int, near position: Int, isContest: Bool = false) -> Day? {
      var resolved = dates[s].filter(\.mayDateAnEvent)
      // "were besieging Balkh district for a week before it fell on Sunday": a day after a
      // later "before" or "until" dates what ended the contest, not the contest.
      if isContest {
        resolved = resolved.filter { date in
          date.tokens.lowerBound < position
            || !(position..<date.tokens.lowerBound).contains { j in
              // ("the day before yesterday" is a day.)
              ["before", "until"].contains(tokens[j].lower) && !(j > 0 && tokens[j - 1].lower == "day")
            }
        }
      } else {
        // "clashes erupted in Bala Murghab on Wednesday before the Taliban seized it": the day
        // before "before" is not the day of what came after it.
        resolved = resolved.filter { date in
          date.tokens.upperBound > position
            || !(date.tokens.upperBound..<position).contains { j in
              tokens[j].lower == "before" && !(j > 0 && ["day", "days"].contains(tokens[j - 1].lower))
            }
        }
      }
      // "The fall of Panjwai comes two days after US forces left Bagram": the time counted back
      // by "comes N days after" is of the clause after it, not of what comes.
      resolved = resolved.filter { date in
        !(date.daysLater < 0 && date.tokens.lowerBound >= position && tokens[date.tokens.upperBound - 1].lower == "after")
      }
      // A headline ("Taliban capture Ghazni as forces retreat on Monday") does not lend one
      // clause's day to another.
      // (A line of a list is no headline: "- Zaranj (Nimroz), 6 August".)
      // (Nor is a report's last sentence after others, cut off mid-word: "Two days later, the Taliban take
      // control of Panjwai, the rebels' birth".)
      if let last = sentences[s].tokens.last.map({ tokens[$0].lower }), ![".", "!", "?"].contains(last),
        !Self.isListItem(tokens, sentences[s]), s == 0 || s + 1 < sentences.count
      {
        // (But a day that heads the line before a colon or dash is the line's: "May 11: Taliban
        // capture Nerkh", a timeline's entry, as `headingDay` reads it for the lines after.)
        resolved = resolved.filter { date in
          Self.headsLine(date, at: sentences[s].tokens.lowerBound, before: sentences[s].tokens.upperBound, tokens)
            || !tokens[Self.tokens(between: date.tokens, and: position..<position)].contains {
              Self.headlineClauseBreaks.contains($0.lower)
            }
        }
      }
      // "recaptured Tagab, which the insurgents had seized on Sunday": a day inside a relative
      // clause opened after the trigger is that clause's, not the trigger's (the mirror of
      // `inRelativeClause`, whose clause closes before it).
      resolved = resolved.filter { !Self.inRelativeClause(after: position, $0.tokens, tokens, openers: Self.dayClauseOpeners) }
      // "captured Kunduz on Sunday before seizing Taloqan on Monday": a day in the trigger's
      // own clause wins over a nearer one across "before", "after", "but" or a semicolon.
      // ("entered Kunduz on Saturday and captured it on Sunday": a day before the "and" that joins
      // the trigger's verb to another is that verb's, when one follows in the trigger's clause.)
      let statesLaterDay = resolved.contains { $0.tokens.lowerBound >= position }
      let ownClause = resolved.filter { date in
        let between = Self.tokens(between: date.tokens, and: position..<position)
        // (A clause break between, or a verb of saying: "Officials said on Thursday that Qaisar
        // fell on Wednesday", "Qaisar fell on Wednesday, officials said on Thursday": a day
        // across a verb of saying dates the saying, when the trigger's own clause states one,
        // else it is the day reported, below. One pass over the words between.)
        if tokens[between].contains(where: { Self.dayClauseBreaks.contains($0.lower) || Self.reportingVerbs.contains($0.lower) }) {
          return false
        }
        if date.tokens.upperBound <= position, Self.datesSaying(date, tokens, from: sentences[s].tokens.lowerBound) { return false }
        if statesLaterDay, date.tokens.upperBound <= position, between.count == 1, tokens[between.lowerBound].lower == "and" {
          return false
        }
        // ("swept the country last week, seizing Kabul on Sunday": a participle clause after a
        // comma, which states a day of its own, is not dated by the clause before the comma.)
        if statesLaterDay, date.tokens.upperBound <= position, position > 0, tokens[position - 1].lower == ",",
          Self.opensParticipleClause(tokens[position])
        {
          return false
        }
        // (", and" opens a clause of its own: "captured Qaisar on Sunday, and fighting raged in
        // Maimana on Monday".)
        if between.contains(where: { $0 + 1 < between.upperBound && tokens[$0].lower == "," && tokens[$0 + 1].lower == "and" }) {
          return false
        }
        // "Biden authorizes 1,000 troops - in addition to the 3,000 ordered earlier this week -
        // as the Taliban drew closer to the capital": a time inside an aside that the trigger
        // is not in.
        if Self.isInAside(date.tokens, notHolding: position, tokens, sentence: sentences[s].tokens) { return false }
        // "Kiti, which fell in June, was retaken on Monday": a day inside a relative clause
        // that the trigger is not in.
        return !Self.inRelativeClause(
          date.tokens, before: position, tokens, from: sentences[s].tokens.lowerBound, openers: Self.dayClauseOpeners,
          participles: true)
      }
      guard let nearest = DateMention.nearest(ownClause.isEmpty ? resolved : ownClause, to: position) else { return nil }
      // "fell between Saturday evening and Sunday evening": a change of control told over a
      // span of days had happened by the span's last day (a contest began on its first).
      if !isContest, let end = Self.spanEnd(of: nearest, among: dates[s], tokens) { return end.day }
      // "captured Qala-i-Naw on Aug. 12 and Chaghcharan the same evening": the day named
      // before it in its sentence, else in the sentence before.
      if nearest.isSameDay {
        // (… or in one of the three before, the nearest first: "On Thursday, the Taliban claimed
        // to have seized Herat. … Earlier the same day, the Taliban captured Ghazni".)
        return previousDay(s, before: nearest.tokens.lowerBound, reach: 3)
      }
      if nearest.isNextDay {
        if let base = previousDay(s, before: nearest.tokens.lowerBound) { return base.adding(days: nearest.daysLater) }
        // "captured Atghar three days earlier, officials said on Wednesday": with no day before
        // it, a time earlier counts back from the day the sentence goes on to state, else from
        // the report's publication.
        guard nearest.daysLater < 0 else { return nil }
        let laterDate = dates[s].first(where: { $0.namesEventDay && $0.tokens.lowerBound >= nearest.tokens.upperBound })
        // ("fell a day earlier, on Tuesday": a day in apposition names that earlier day itself.)
        if let laterDate, laterDate.tokens.lowerBound > nearest.tokens.upperBound,
          tokens[nearest.tokens.upperBound..<laterDate.tokens.lowerBound].allSatisfy({ $0.lower == "," || $0.lower == "on" })
        {
          return laterDate.day
        }
        return (laterDate?.day ?? document.published)?.adding(days: nearest.daysLater)
      }
      return nearest.day  // nil for a vague time
    }

    var events: [Event] = []
    // Events of earlier years are background ("captured Kunduz in 2015", "recaptured it in
    // October 2015"): the annotation leaves them out, and so does the map. So is everything a
    // report published before the offensive's year tells ("Atghar has fallen", December 2020).
    if let year = document.published?.components.year, year < DateFinder.earliestYearWithoutYear { return [] }
    let currentYear = document.published?.components.year ?? DateFinder.earliestYearWithoutYear
    // The sentence of each event, to tell a contest that is a capture's background.
    var eventSentences: [Int] = []
    // … and the tokens of its trigger.
    var eventTriggers: [Range<Int>] = []
    for draft in drafts {
      let trigger = draft.trigger
      // A list that continues the sentence before, with no time of its own, is dated there
      // ("Five districts of Ghazni fell last month. They include Jaghori, Nawur and Malistan.").
      var dating = trigger
      var anchor = draft.dateAnchor
      if let origin = trigger.origin, !dates[trigger.sentence].contains(where: \.mayDateAnEvent) {
        dating = trigger.sharing(at: origin.tokens, sentence: origin.sentence, isIrrealis: trigger.isIrrealis)
        anchor = nil
      }
      if Self.statesEarlierYear(
        tokens, sentences[dating.sentence], near: dating.tokens, before: currentYear, dates: dates[dating.sentence],
        yearWords: byWordID ? tables.earlierYearWords : nil)
      {
        continue
      }
      var date: Day? = sentenceDate(
        dating.sentence, near: anchor ?? dating.tokens.lowerBound, isContest: dating.type == .contested)
      // "captured Sheberghan on Sunday, a day after taking Zaranj": the clause after "N days
      // after" is N days before the day of the sentence.
      // ("more than two weeks after the Taliban took over Kabul": a span not counted exactly
      // leaves the clause after it undated.)
      var statesOtherDay = false
      if let (phrase, offset) = Self.dayOffsetClause(before: dating.tokens.lowerBound, tokens, in: sentences[dating.sentence]) {
        if offset == nil {
          date = nil
          statesOtherDay = true
        } else if let offset, let base = sentenceDate(dating.sentence, near: phrase) {
          date = base.adding(days: offset)
        }
      }
      // An event is never dated after its report: a day the sentence states that would be later
      // (or that names no resolvable day) leaves the event undated, not dated by the report.
      if let day = date, let published = document.published, day > published {
        date = nil
        statesOtherDay = true
      }
      if date == nil, statesUnresolvableDay(dating) { statesOtherDay = true }
      var precision = DatePrecision.day
      if date == nil, statesOtherDay || dating.isRetrospective || isVaguelyDated(dating) {
        // "since Kabul was captured": an earlier event recalled, not one of the report's day.
        precision = .unknown
      } else if date == nil {
        if let day = Self.addsToPreviousSentence(tokens, sentences[dating.sentence]) && dating.sentence > 0
          ? sentenceDate(dating.sentence - 1, near: sentences[dating.sentence - 1].tokens.upperBound) : nil
        {
          // "On Monday, forces abandoned Qaysar. In addition, the insurgents took Shahrak": a
          // sentence that adds to the one before, with no day of its own, is of that day.
          date = day
        } else if let day = headingDay(before: dating.sentence) {
          date = day
        } else if let reportDate {
          date = reportDate
          precision = .report
        } else if let published = document.published, !publicationIsDoubtful {
          date = published
          precision = .publication
        } else {
          precision = .unknown
        }
      }
      let sentence = sentences[trigger.sentence]
      let evidence =
        trigger.tokens.isEmpty
        ? "(previous sentence)"
        : source.string(tokens, from: trigger.tokens.lowerBound, through: trigger.tokens.upperBound - 1)
      let actor: Actor = trigger.type == .mobilization ? .locals : trigger.actor
      events.append(
        Event(
          id: "", doc: document.id, type: trigger.type, actor: actor,
          place: EventPlace(draft.place, in: index),
          alternatives: draft.alternatives.map(\.id), mention: draft.mention.text, date: date,
          datePrecision: precision, confidence: (draft.confidence * 100).rounded() / 100,
          sentence: source.string(sentence.byteStart, sentence.byteEnd),
          span: [draft.mention.start, draft.mention.end], evidence: evidence, rule: trigger.rule))
      events[events.count - 1].isDisputed = draft.isDisputed
      eventSentences.append(trigger.sentence)
      eventTriggers.append(trigger.tokens)
    }
    // A siege or battle told in the sentence that tells the place's capture or recapture, for
    // the same day (or neither dated), is that event's background ("fell on Friday after days
    // of heavy clashes", "forces left after a week-long siege"), not a statement of its own;
    // "fighting continued on Wednesday, a day after troops retook the city" is one.
    // A contest told as a verb of its own before the change of control ("surrounded Darqad and
    // seized it", "besieged and then took Gizab") is a statement of its own.
    /// One place on one day (or undated).
    func placeDay(at i: Int) -> EventKey { EventKey(pcode: events[i].place.pcode, date: events[i].date) }
    // (The dictionaries and sets of keys below are made with room for every event: grown as
    // they filled, each growth hashed every key again, about 5 M instructions on the 1 MB
    // stream: callgrind, issue #16.)
    var settlingTriggers = [EventKey: [Range<Int>]](minimumCapacity: events.count)
    // … and by sentence and place whatever the day: "stormed Kiti on Tuesday and seized it on
    // Wednesday" is one takeover, its steps no contest of their own.
    var settlingByPlace = [EventKey: [Range<Int>]](minimumCapacity: events.count)
    // (The events' fields are read in place here and below: a copy of an `Event` retains its
    // dozen strings, about 360 instructions, and these loops made eight of each.)
    // (Not a side pushed out of the place it entered: "The Taliban entered Qala-e-Naw but were
    // pushed out" is a contest and a recapture.)
    for i in events.indices where (events[i].type == .captured || events[i].type == .recaptured) && events[i].rule != "recaptured.pushed-out" {
      let pcode = events[i].place.pcode
      settlingTriggers[EventKey(sentence: eventSentences[i], pcode: pcode, date: events[i].date), default: []]
        .append(eventTriggers[i])
      settlingByPlace[EventKey(sentence: eventSentences[i], pcode: pcode), default: []].append(eventTriggers[i])
    }
    var coordinatedContests = Set<EventKey>()
    // "Baghlan-e-Markazi and Nahrin have fallen to the Taliban. … heavy fighting is still
    // underway in Baghlan-e-Markazi": a fight the text says goes on, told in a sentence after
    // the fall, is a statement of its own, whatever the days.
    for i in events.indices where events[i].type == .contested {
      let trigger = eventTriggers[i]
      let pcode = events[i].place.pcode
      guard
        events.indices.contains(where: { j in
          events[j].type == .captured && events[j].place.pcode == pcode && eventSentences[j] < eventSentences[i]
        })
      else { continue }
      // ("still" among the three words either side of the trigger, in its sentence.)
      var first = trigger.lowerBound
      while first > 0, trigger.lowerBound - first < 3, tokens[first - 1].lower != "." { first -= 1 }
      var end = trigger.upperBound
      while end < tokens.count, end - trigger.upperBound < 3, tokens[end].lower != "." { end += 1 }
      if (first..<end).contains(where: { tokens[$0].lower == "still" }) {
        coordinatedContests.insert(EventKey(pcode: pcode, date: events[i].date))
      }
    }
    // (The positions of the events kept, not copies of them: `events` is read in place by
    // position from here on, and only the events finally kept are copied, once, in their order;
    // see `isBefore(_:_:in:)`.)
    let alive = events.indices.filter { i in
      guard events[i].type == .contested else { return true }
      let rule = events[i].rule
      let pcode = events[i].place.pcode
      if Self.takeoverSteps.contains(rule),
        let settling = settlingByPlace[EventKey(sentence: eventSentences[i], pcode: pcode)],
        // (Its verb joined by "and" to the change of control after it, past a container and a
        // day: "stormed Kiti district of Daikundi on Tuesday and seized it".)
        settling.contains(where: { Self.isCoordinatedBefore(eventTriggers[i], settling: $0, tokens, reach: 12, checkingCircumstance: false) })
      {
        return false
      }
      guard rule != "contested.disputed",
        let settling = settlingTriggers[EventKey(sentence: eventSentences[i], pcode: pcode, date: events[i].date)]
      else { return true }
      // (Not an entry or an advance: "entered Kabul and took control of the capital" is the
      // one takeover.)
      guard !Self.takeoverSteps.contains(rule),
        settling.contains(where: { Self.isCoordinatedBefore(eventTriggers[i], settling: $0, tokens) })
      else { return false }
      coordinatedContests.insert(EventKey(pcode: pcode, date: events[i].date))
      return true
    }

    // One event per (type, place, date): keep the one whose day the text states, then the most
    // confident, then the earliest.
    func precisionRank(_ precision: DatePrecision) -> Int {
      switch precision {
      case .day: 0
      case .report: 1
      case .publication: 2
      case .unknown: 3
      }
    }
    // (`best` holds the events' positions in `events`, whose fields are read in place: holding
    // the events themselves copied each in and out, and again for every pass over its values, a
    // dozen strings retained and released each time, 7.9 M instructions on the 1 MB stream:
    // callgrind, issue #16. The kept events are put in text order below, whatever the order of
    // the dictionary's values.)
    var best = [EventKey: Int](minimumCapacity: alive.count)
    for i in alive {
      let key = EventKey(type: events[i].type, pcode: events[i].place.pcode, date: events[i].date)
      if let k = best[key],
        (precisionRank(events[k].datePrecision), -events[k].confidence)
          <= (precisionRank(events[i].datePrecision), -events[i].confidence)
      {
        continue
      }
      best[key] = i
    }
    // The same statement made twice, once with its day and once without ("captured Gizab on
    // Monday", "since Gizab was captured"): the day the text states wins over a report,
    // publication or missing date.
    var stated = Set<EventKey>(minimumCapacity: best.count)
    for i in best.values where events[i].datePrecision == .day {
      stated.insert(EventKey(type: events[i].type, pcode: events[i].place.pcode))
    }
    best = best.filter { _, i in
      events[i].datePrecision == .day || !stated.contains(EventKey(type: events[i].type, pcode: events[i].place.pcode))
    }
    // A place captured or recaptured in the same report stays contested only where the text
    // tells the contest apart from the change of control: for another day ("besieged on Monday
    // … fell on Thursday", "under siege for weeks … fell on Sunday"); an undated contest in the
    // sentence of the fall was its background, dropped above. A contest dated like a capture
    // ("fighting raged in Taloqan on Sunday … Taloqan fell on Sunday", or both only of the
    // report's day) is the capture told twice; a contest whose day the text states, beside a
    // capture whose day it does not ("have taken Ghazni … intense fighting was reported
    // yesterday in Ghazni"), is told apart. Only firm captures settle a place: a claimed or
    // rumoured one leaves the contest standing.
    // (Nor does a temporary district's capture settle the district that holds it: Badpakh
    // surrendered leaves Mehtarlam, the capital it lies in, contested.)
    // (The drafts' fields read in place: `for draft in drafts` copied every draft, its mention,
    // trigger and place retained and released, 2.3 M instructions on the 1 MB stream: callgrind,
    // issue #16.)
    var firm = Set<String>()
    for i in drafts.indices where drafts[i].trigger.type == .captured && !drafts[i].isHedged {
      let place = drafts[i].place.id
      let temporary = drafts[i].mention.matches.contains { $0.place.id == place && $0.temporaryDistrict != nil }
      if !temporary { firm.insert(place) }
    }
    // The days the text states for each settled place's captures and recaptures: a contest of
    // a stated day is the change of control told twice only on those. An undated contest that
    // only borrows the report's day ("under siege for a week … the militants took the city on
    // Monday, officials said") is no statement for the day the fall states.
    var settledDays = Set<EventKey>()
    // … and the days of those whose day the text does not state (the report's, the
    // publication's), which settle only contests of such a day.
    var settledUnstatedDays = Set<EventKey>()
    for i in best.values
    where events[i].type == .recaptured || (events[i].type == .captured && firm.contains(events[i].place.pcode)) {
      guard events[i].date != nil, events[i].rule != "recaptured.pushed-out" else { continue }
      if events[i].datePrecision == .day { settledDays.insert(placeDay(at: i)) } else { settledUnstatedDays.insert(placeDay(at: i)) }
    }
    // A part of a place taken, its day not stated, where the text tells the place's firm capture
    // ("the Taliban seized Kunduz on Sunday … the city's police headquarters had fallen before
    // dawn"), is a step of that capture.
    let firmlyCaptured = Set(
      best.values.filter { events[$0].type == .captured && firm.contains(events[$0].place.pcode) }.map { events[$0].place.pcode })
    var order = best.values.filter { i in
      // (So is one of the day of the capture, stated or not: "captured the crossing on Tuesday,
      // with security forces abandoning their posts at Shir Khan Bandar".)
      if events[i].rule.spells("contested.partial"), firmlyCaptured.contains(events[i].place.pcode),
        events[i].datePrecision != .day || settledDays.contains(placeDay(at: i)) || settledUnstatedDays.contains(placeDay(at: i))
      {
        return false
      }
      guard events[i].type == .contested, events[i].date != nil, !coordinatedContests.contains(placeDay(at: i)) else { return true }
      // "Oba was under siege for 40 days": a siege whose length the text states is a contest of
      // its own, whatever day it borrows.
      if Self.isSiegeOfStatedLength(eventTriggers[i], tokens) { return true }
      // "Afghan forces retook Qala-e-Naw … fighting continues on its outskirts": a contest told
      // as going on is not the change of control told twice.
      if Self.isContinuing(eventTriggers[i], tokens) { return true }
      return !(events[i].datePrecision == .day ? settledDays : settledUnstatedDays).contains(placeDay(at: i))
    }
    order.sort { Self.isBefore($0, $1, in: events) }
    var kept = order.map { events[$0] }
    // A capture disputed where the report tells it once is disputed whichever telling is kept.
    // (The events read in place: `filter` copied each disputed event, its strings retained.)
    var disputed = Set<EventKey>()
    for i in events.indices where events[i].isDisputed {
      disputed.insert(EventKey(type: events[i].type, pcode: events[i].place.pcode, date: events[i].date))
    }
    for i in kept.indices {
      kept[i].id = "\(document.id)#\(i + 1)"
      if !disputed.isEmpty, disputed.contains(EventKey(type: kept[i].type, pcode: kept[i].place.pcode, date: kept[i].date)) {
        kept[i].isDisputed = true
      }
    }
    return kept
  }

  /// The order of the events `events(from:…)` keeps, by their positions in `events`: the order
  /// of the tuples (span start, type, pcode, date text), compared as tuples are (`!=` then `<`,
  /// element by element) but with the date text formatted only on a tie.
  ///
  /// The positions are sorted, not the events: sorting the events moved whole events at every
  /// step of the sort, and the two filters before it copied each event kept, a dozen strings
  /// retained and released (about 7 300 copies on the 1 MB stream: callgrind, issue #16). The
  /// fields are read in place.
  @inline(never)
  static func isBefore(_ a: Int, _ b: Int, in events: [Event]) -> Bool {
    if events[a].span[0] != events[b].span[0] { return events[a].span[0] < events[b].span[0] }
    if events[a].type != events[b].type { return events[a].type < events[b].type }
    if events[a].place.pcode != events[b].place.pcode { return events[a].place.pcode < events[b].place.pcode }
    return (events[a].date?.description ?? "") < (events[b].date?.description ?? "")
  }

  /// What `events(from:…)` groups events by: a sentence, a type, a place and a day, each
  /// left out (-1, nil) where a grouping does not use it. It replaces the texts
  /// "sentence|pcode|date", "sentence|pcode", "type|pcode|date", "type|pcode" and "pcode|date"
  /// (the date's ISO text, empty when undated) that were built and hashed for every event:
  /// two keys of one grouping are equal exactly when those texts were (no pcode holds "|", and
  /// a date's text names one day; `WordIDScanTests`).
  struct EventKey: Hashable {
    var sentence = -1
    var type: EventType? = nil
    let pcode: String
    var date: Day? = nil

    /// The sentence, the place and the day, not the type: an `EventType`'s hash is its raw
    /// value's, a `String` hashed at every look-up (with the place code, about 300 instructions a
    /// key, 10 000 look-ups on the 1 MB stream: callgrind, issue #16). Equal keys still hash
    /// alike; keys of one place and day that differ only in type are told apart by `==`.
    func hash(into hasher: inout Hasher) {
      hasher.combine(sentence)
      hasher.combine(pcode)
      hasher.combine(date)
    }
  }

  /// Whether the place starting at token `start` is where a move went: right after "to"
  /// ("withdrew to Taloqan"), after words naming its kind ("to the neighbouring Almar
  /// district"), or in apposition to a destination named by its kind ("withdrew to the
  /// provincial capital, Qala-i-Naw"). `floor` is the first token that may be read.
  static func isDestination(_ start: Int, _ tokens: [Token], after floor: Int) -> Bool {
    // ("left the district for Qalat": where forces leaving went.)
    let directions: Set<String> = ["to", "towards", "toward", "into", "for"]
    guard start > floor else { return false }
    if directions.contains(tokens[start - 1].lower) { return true }
    // "to the neighbouring Almar district", "to the provincial capital, Taloqan": the words that
    // say what kind of place it is may stand between the direction and the name.
    var k = tokens[start - 1].lower == "," ? start - 2 : start - 1
    let kinds: Set<String> = ["the", "provincial", "capital", "city", "centre", "center", "district", "nearby", "regional", "neighbouring", "neighboring"]
    let first = k
    while k >= floor, start - k <= 6, kinds.contains(tokens[k].lower) { k -= 1 }
    return k >= floor && k < first && directions.contains(tokens[k].lower)
  }

  /// Words that end a clause right before the subject of the next ("; Pashtun Kot fell", "as
  /// Kunduz fell").
  /// (Not `TriggerFinder.clauseBreaks`, which ends an irrealis cue's reach.)
  static let breaksBeforeSubject: Set<String> = [";", ",", "as", "while", "but", "when", "and", "although", "though", "whereas"]

  /// Words between a subject and its verb ("Doshi is still in Taliban hands").
  static let subjectVerbFillers: SpelledWordSet = [
    "is", "are", "has", "have", "still", "now", "also",
    // ("Sheberghan was allegedly taken with little or no fight".)
    "reportedly", "allegedly", "apparently", "already", "finally", "eventually",
    // ("Mazar-i-Sharif, Herat, Ghazni, Kandahar and more were already under their control": the
    // list's open end.)
    "more", "others",
  ]

  /// Nouns for a group of places a verb may qualify ("the provincial capitals taken …").
  static let groupNouns: SpelledWordSet = ["districts", "capitals", "cities", "provinces", "towns"]
  /// Nouns by which a change of control recalls the list before it (`recalledGroup`): the group
  /// nouns and "areas" ("resistance forces retook Banu, Deh Salah and Pul-e-Hisar. The three
  /// areas have been retaken by the Taliban"), which elsewhere names no group of places
  /// ("fighting is raging in some areas").
  static let recallNouns = SpelledWordSet(groupNouns.words.union(["areas"]))
  /// Words after which a qualified group's members are listed.
  static let listOpeners: SpelledWordSet = ["are", "were", "include", "includes", "included", "including", ":"]
  /// Forces that a place after "from" is the origin of ("reinforcements from Qalat").
  static let forceNouns: SpelledWordSet = [
    "reinforcements", "troops", "forces", "commandos", "units", "soldiers", "police", "militias", "fighters",
  ]

  /// The mark that closes an apposition each opening mark starts (`nearestTrigger`).
  static let appositionClosers: [String: String] = [
    ",": ",", "(": ")", "-": "-", "\u{2013}": "\u{2013}", "\u{2014}": "\u{2014}",
  ]
  /// Words that open an apposition after a comma ("Khamyab, a district on the highway, fell").
  static let appositionOpeners: SpelledWordSet = ["a", "an", "the", "one", "some", "about", "home", "once", "now"]

  /// Words that open a site named as the object of a generic verb ("took the police HQ in …").
  static let siteDeterminers: SpelledWordSet = [
    "the", "a", "an", "several", "some", "two", "three", "key", "main", "police", "security", "military", "army", "government",
  ]

  /// Buildings and sites of a place whose capture contests it ("the police headquarters in
  /// Kunduz", "the main prison of Herat").
  static let siteNouns: SpelledWordSet = [
    "headquarters", "hq", "compound", "building", "buildings", "office", "offices", "prison", "jail", "checkpoint",
    "checkpoints", "airport", "station", "gate", "gates", "palace", "square", "market", "bazaar", "hospital",
    "port", "crossing", "crossings", "dam", "bridge", "customs", "facility", "facilities", "installations", "entrance",
    "entrances",
    // (Each singular's plural: "seized several radio stations in Lashkar Gah".)
    "prisons", "jails", "airports", "stations", "palaces", "squares", "markets", "bazaars", "hospitals", "ports", "dams",
    "bridges",
  ]

  /// Adjectives that open a site object in place of a determiner ("seized key security
  /// facilities", "took main government buildings"); each is also a `siteDeterminers` word.
  /// ("seized police and security facilities", "took government buildings": a site's owner
  /// noun opens it too.)
  static let siteAdjectives: SpelledWordSet = ["key", "main", "police", "security", "military", "army", "government"]

  /// For a list of places followed in its sentence by as many dates and then "respectively",
  /// the first token of each place's date, in the list's order; else nil.
  /// Without "respectively", as many days joined into one list of their own ("fell on May 12
  /// and May 21", only commas, "and" and "on" between them) pair with the places in order too.
  /// The day that ends a span of days `date` opens ("between Saturday evening and Sunday
  /// evening", "from Friday to Sunday"), or nil when `date` opens none.
  static func spanEnd(of date: DateMention, among dates: [DateMention], _ tokens: [Token]) -> DateMention? {
    let start = date.tokens.lowerBound
    var joint = date.tokens.upperBound
    // (Past the part of the day: "between Saturday evening and Sunday evening".)
    if joint < tokens.count, partsOfDay.contains(tokens[joint].lower) { joint += 1 }
    guard date.namesEventDay, start > 0, spanOpeners.contains(tokens[start - 1].lower), joint < tokens.count,
      spanJoints.contains(tokens[joint].lower)
    else { return nil }
    return dates.first { $0.tokens.lowerBound == joint + 1 && $0.namesEventDay }
  }
  /// Words that open a span of days ("between Saturday and Sunday", "from Friday to Sunday").
  static let spanOpeners: Set<String> = ["between", "from"]
  /// Words between the days of a span.
  static let spanJoints: Set<String> = ["and", "to", "until", "till", "through", "-", "\u{2013}"]

  static func respectiveDays(of places: [Range<Int>], dates: [DateMention], _ tokens: [Token], end: Int) -> [Int]? {
    guard places.count >= 2, let last = places.last else { return nil }
    if let respectively = (last.upperBound..<end).first(where: {
      tokens[$0].byteEnd - tokens[$0].byteStart == 12 && tokens[$0].lower == "respectively"
    }) {
      let days = dates.filter { $0.mayDateAnEvent && $0.tokens.lowerBound >= last.upperBound && $0.tokens.upperBound <= respectively }
      guard days.count == places.count else { return nil }
      return days.map(\.tokens.lowerBound)
    }
    // (Each a stated day, none the same: "on Monday and Tuesday" of two places.)
    let after = dates.filter { $0.tokens.lowerBound >= last.upperBound && $0.tokens.upperBound <= end }
    // (Not a span: "Kofab and Argo fell between Friday and Sunday" fell by Sunday, both.)
    guard let first = after.first(where: \.namesEventDay), spanEnd(of: first, among: dates, tokens) == nil else { return nil }
    var days = [first]
    for date in after where date.tokens.lowerBound >= first.tokens.upperBound {
      guard let previous = days.last,
        (previous.tokens.upperBound..<date.tokens.lowerBound).allSatisfy({ [",", "and", "on"].contains(tokens[$0].lower) })
      else { break }
      days.append(date)
    }
    guard days.count == places.count, days.allSatisfy(\.namesEventDay), Set(days.compactMap(\.day)).count == days.count,
      // (The places' verb before the days, no clause between: "Nerkh and Jalrez fell on May 12
      // and May 21", not "… fell, and talks were held on May 12 and May 21".)
      !(last.upperBound..<first.tokens.lowerBound).contains(where: { [",", ";", ":"].contains(tokens[$0].lower) })
    else { return nil }
    return days.map(\.tokens.lowerBound)
  }

  /// The place that `candidate`, a province, is named as the container of, right before it
  /// ("Imam Sahib district of Kunduz province", "Qarabagh in Ghazni", "Sheberghan, the capital
  /// of neighbouring Jawzjan province"), or nil.
  static func contained(by candidate: Mention, _ mentions: [Mention], _ tokens: [Token]) -> Mention? {
    guard candidate.hasLevel(.province), candidate.tokens.lowerBound >= 2,
      let before = mentions.last(where: { $0.tokens.upperBound <= candidate.tokens.lowerBound })
    else { return nil }
    let gap = (before.tokens.upperBound..<candidate.tokens.lowerBound).map { tokens[$0].lower }
    let words: Set<String> = [
      "in", "of", ",", "the", "district", "province", "city", "capital", "provincial", "neighbouring", "neighboring",
    ]
    // ("Lashkar Gah, one of Afghanistan's largest cities in the Taliban heartland of Helmand
    // province, where …": an apposition ranking the place among cities, ending in where it
    // lies.)
    if gap.first == ",", gap.count <= 14, ["in", "of", "the"].contains(gap.last ?? ""), gap.contains(where: cityHeads.contains),
      gap.dropFirst().allSatisfy({ rankingAppositionWords.contains($0) || MentionFinder.isRankWord($0) })
    {
      return before
    }
    guard let first = gap.first, gap.count <= 6, ["in", "of", ",", "district", "city"].contains(first),
      gap.contains(where: { ["in", "of", ","].contains($0) }), gap.allSatisfy(words.contains),
      gap.count <= 3 || gap.contains("capital")
    else { return nil }
    return before
  }
  /// The heads of an apposition that ranks a place among cities (`contained(by:)`).
  static let cityHeads: Set<String> = ["city", "cities", "town", "towns", "capital", "capitals"]
  /// The words of such an apposition besides rank words ("one of Afghanistan's largest cities
  /// in the Taliban heartland of").
  static let rankingAppositionWords: Set<String> = MentionFinder.directionAdjectives.union(cityHeads).union([
    "one", "of", "in", "a", "an", "main", "key", "major", "strategic", "important", "heartland", "stronghold", "hub", "taliban",
  ])

  /// Rules besides recaptures and risings whose trigger, told without an object, is about the
  /// place named before it.
  static let objectlessRules: SpelledWordSet = ["contested.entered", "contested.approaching", "captured.forces-left", "captured.took-control"]

  /// Whether nothing that could be an object follows the trigger: the sentence ends, or
  /// punctuation or a word of time comes next ("regained control on Tuesday", "as the Taliban
  /// entered.", "pulled out overnight").
  static func endsWithoutObject(_ trigger: Trigger, _ tokens: [Token], sentenceEnd: Int) -> Bool {
    let end = trigger.tokens.upperBound
    return end >= sentenceEnd || tokens[end].kind == .punctuation || timeOpeners.contains(tokens[end].lower)
      || opensSpanOfTime(at: end, tokens, sentenceEnd: sentenceEnd)
  }
  /// Whether "within" or "in" at `k` opens a span of time, not a place ("was recaptured within
  /// a day", "within less than a day", "in 24 hours", "in June"): a measure ("less than"), a count
  /// or an article at most, then a noun of time or a month.
  static func opensSpanOfTime(at k: Int, _ tokens: [Token], sentenceEnd: Int) -> Bool {
    guard k + 1 < sentenceEnd, tokens[k].lower == "within" || tokens[k].lower == "in" else { return false }
    var j = k + 1
    if j + 1 < sentenceEnd, ["less", "more"].contains(tokens[j].lower), tokens[j + 1].lower == "than" { j += 2 }
    if j < sentenceEnd, ["a", "an", "the", "few", "several"].contains(tokens[j].lower) || tokens[j].kind == .number || countValue(tokens[j].lower) != nil {
      j += 1
    }
    if j < sentenceEnd, tokens[j].lower == "few" { j += 1 }
    guard j < sentenceEnd else { return false }
    return TriggerFinder.timeSpanNouns.contains(tokens[j].lower) || tokens[j].lower == "hour" || DateFinder.months[tokens[j].lower] != nil
  }
  static let timeOpeners: Set<String> = ["after", "on", "following", "late", "early", "last", "yesterday", "today", "overnight", "hours", "days"]

  /// Whether the trigger at `trigger` is a siege with its length stated right after it ("under
  /// siege for 40 days", "besieged for weeks", "surrounded for two months").
  static func isSiegeOfStatedLength(_ trigger: Range<Int>, _ tokens: [Token]) -> Bool {
    guard trigger.contains(where: { siegeWords.contains(tokens[$0].lower) }) else { return false }
    var k = trigger.upperBound
    guard k < tokens.count, tokens[k].lower == "for" else { return false }
    k += 1
    if k < tokens.count, ["almost", "nearly", "about", "over", "some", "at", "least", "more", "than"].contains(tokens[k].lower) { k += 1 }
    if k < tokens.count, ["least", "than"].contains(tokens[k].lower) { k += 1 }
    if k < tokens.count, countValue(tokens[k].lower) != nil || ["several", "many", "a"].contains(tokens[k].lower) { k += 1 }
    return k < tokens.count && lengthUnits.contains(tokens[k].lower)
  }
  /// Whether a contest's trigger is told as going on ("fighting continues in", "clashes are
  /// ongoing in", "battles continued around"): a word of continuing within two words of it.
  static func isContinuing(_ trigger: Range<Int>, _ tokens: [Token]) -> Bool {
    guard !trigger.isEmpty else { return false }
    let window = max(0, trigger.lowerBound - 2)..<min(tokens.count, trigger.upperBound + 2)
    return window.contains { continuingWords.contains(tokens[$0].lower) }
  }
  /// Words that tell a contest as going on (`isContinuing`).
  static let continuingWords: Set<String> = [
    "continue", "continues", "continuing", "ongoing", "persists", "persisting",
    // ("fighting is raging in Deh Salah", "fighting was still going on".)
    "raging", "rages", "still",
  ]

  /// Units of a siege's length (`isSiegeOfStatedLength`).
  static let lengthUnits: Set<String> = ["day", "days", "week", "weeks", "month", "months"]

  /// Contest rules that tell a step of a takeover rather than a contest of its own when a
  /// change of control follows them in one clause (an entry, an advance, a part taken first:
  /// "pushed the Taliban out of Lashkar Gah's police headquarters and regained the city").
  static let takeoverSteps: Set<String> = [
    "contested.entered", "contested.pressing", "contested.approaching", "contested.approach", "contested.partial",
  ]

  /// Adverbs of sequence between two coordinated verbs ("besieged and then seized").
  static let sequenceAdverbs: SpelledWordSet = ["then", "later", "finally", "eventually", "subsequently"]

  /// Words that make a contest the circumstance of a change of control told beside it
  /// ("fell after days of fighting", "seized it amid clashes").
  static let circumstanceWords: Set<String> = ["after", "following", "amid", "amidst", "despite", "during", "with", "of"]

  /// The contest trigger `contest` is an active verb coordinated before the capture or
  /// recapture trigger `settling`, with one subject ("surrounded Darqad district and seized
  /// it", "besieged and then took Gizab"): the settling verb right after "and" (or "and then"),
  /// no word between them that makes the contest a circumstance, and no auxiliary or
  /// circumstance word just before the contest ("had been under siege … and finally forces
  /// left" is a state and a new subject).
  /// With `checkingCircumstance` false, only the coordination is asked (at most `reach` tokens apart),
  /// not whether the words around the contest make it the circumstance of the change.
  static func isCoordinatedBefore(
    _ contest: Range<Int>, settling: Range<Int>, _ tokens: [Token], reach: Int = 8, checkingCircumstance: Bool = true
  ) -> Bool {
    guard !contest.isEmpty, !settling.isEmpty, contest.upperBound <= settling.lowerBound,
      settling.lowerBound - contest.upperBound <= reach
    else { return false }
    let between = tokens[contest.upperBound..<settling.lowerBound].map(\.lower)
    guard let and = between.lastIndex(of: "and"),
      between[(and + 1)...].allSatisfy(sequenceAdverbs.contains),
      !between.contains(where: { (checkingCircumstance && circumstanceWords.contains($0)) || $0 == ";" })
    else { return false }
    guard checkingCircumstance else { return true }
    let before = tokens[max(0, contest.lowerBound - 3)..<contest.lowerBound].map(\.lower)
    return !before.contains(where: {
      circumstanceWords.contains($0) || ["heavy", "fierce", "been", "was", "were", "is", "are", "be"].contains($0)
    })
  }

  /// "a day after", "two days before": where such a phrase opens the trigger's clause (the
  /// trigger at most four words after it, no punctuation between), the phrase's first token
  /// and the trigger's offset in days from the sentence's day (−N after, +N before); a nil
  /// offset where the span is not counted exactly ("more than two weeks after").
  static func dayOffsetClause(before position: Int, _ tokens: [Token], in sentence: Sentence) -> (Int, Int?)? {
    let start = sentence.tokens.lowerBound
    var k = position - 1
    // ("a day after Mazar-i-Sharif fell": the hyphens of a name are inside the clause.)
    // (The whole clause after the phrase, to the punctuation that ends it: "on Thursday, a day
    // after they beat back militants who tried to storm the city".)
    while k >= start, position - k <= 16 {
      let word = tokens[k].lower
      if tokens[k].kind == .punctuation, word != "-" { return nil }
      // ("a week after it fell": seven days.)
      if word == "after" || word == "before", k - 2 >= start, ["day", "days", "week", "weeks"].contains(tokens[k - 1].lower) {
        let counts = ["a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5]
        guard var n = counts[tokens[k - 2].lower] ?? Int(tokens[k - 2].lower), (1...9).contains(n) else { return nil }
        if tokens[k - 1].lower.hasPrefix("week") { n *= 7 }
        // "held out for two days before falling": a duration, not an offset.
        if k - 3 >= start, ["for", "over", "within", "lasting"].contains(tokens[k - 3].lower) { return nil }
        // ("This came a day after …" is a date expression of its own: `DateFinder`.)
        if k - 3 >= start, DateFinder.offsetReportVerbs.contains(tokens[k - 3].lower), word == "after" { return nil }
        // ("more than two weeks after", "nearly a week before": no exact count of days.)
        if k - 3 >= start, ["than", "nearly", "almost", "about", "around", "roughly", "some"].contains(tokens[k - 3].lower) {
          return (k - 2, nil)
        }
        return (k - 2, word == "after" ? -n : n)
      }
      k -= 1
    }
    return nil
  }

  /// Whether `date` is the day of a verb of saying right before it: "said on Tuesday", and past
  /// the saying's own short complement, "said in a series of tweets on Tuesday", "told reporters
  /// on Tuesday" (at most six words, no mark, no clause between). `start`: the sentence's first
  /// token.
  static func datesSaying(_ date: DateMention, _ tokens: [Token], from start: Int) -> Bool {
    var k = date.tokens.lowerBound - 1
    if k >= start, tokens[k].lower == "on" { k -= 1 }
    var j = k
    while j >= start, k - j <= 6 {
      let word = tokens[j].lower
      if reportingVerbs.contains(word) {
        return j == k || sayingComplementOpeners.contains(tokens[j + 1].lower) || word == "told"
      }
      if tokens[j].kind == .punctuation || word == "that" || dayClauseBreaks.contains(word) || reportingWords.contains(word) { return false }
      j -= 1
    }
    return false
  }
  /// Words that open the complement of a verb of saying before its day ("said in a statement on
  /// Tuesday", "said at a press conference on Tuesday").
  static let sayingComplementOpeners: Set<String> = ["in", "at", "via", "through", "during", "to"]

  /// The day the text says the news was reported: the first resolved date in a sentence with a
  /// reporting verb, else a dateline's date in the first three sentences.
  static let reportingWords: SpelledWordSet = [
    "said", "says", "told", "confirmed", "reported", "announced", "stated", "added", "tweeted",
    "posted", "claimed", "according", "reports", "confirms", "announces",
  ]

  /// Whether `date` heads its line: it stands at `opening` and a colon or dash follows it before
  /// `end`, the end of its sentence ("May 11: Taliban capture Nerkh", "August 13 – …").
  /// The day mention that sentence `p` holds alone on a line of its own ("Aug. 12:",
  /// "Thursday, August 12 –"), with nothing after it but a colon or a dash; nil for any other
  /// sentence.
  static func isHeadingLine(_ p: Int, _ sentences: [Sentence], dates: [DateMention], _ tokens: [Token]) -> DateMention? {
    let range = sentences[p].tokens
    guard !range.isEmpty, p == 0 || tokens[range.lowerBound].followsLineBreak,
      p + 1 == sentences.count || tokens[sentences[p + 1].tokens.lowerBound].followsLineBreak,
      let date = dates.first, date.tokens.lowerBound == range.lowerBound || (range.lowerBound + 1 == date.tokens.lowerBound && tokens[range.lowerBound].kind != .word)
    else { return nil }
    return tokens[date.tokens.upperBound..<range.upperBound].allSatisfy { [":", "-", "\u{2013}", "\u{2014}", "."].contains($0.lower) } ? date : nil
  }

  static func headsLine(_ date: DateMention, at opening: Int, before end: Int, _ tokens: [Token]) -> Bool {
    date.tokens.lowerBound == opening && date.tokens.upperBound < end
      && [":", "-", "\u{2013}", "\u{2014}"].contains(tokens[date.tokens.upperBound].lower)
  }

  /// Words of a time relative to another, which a line's heading day does not date.
  static let relativeTimeWords: Set<String> = ["later", "earlier", "afterwards", "subsequently", "previously", "before", "after"]

  /// How many days before its publication a report's own day may be (a dateline's, or one stated
  /// with a word of reporting): an earlier day is a day the report tells of.
  static let reportDayReach = 7

  /// How many tokens after a word of reporting the report's day may start ("said in a statement
  /// on Sunday": 4; "according to local officials on Monday": 5).
  static let reportDayDistance = 6

  /// With `boundToReporting`, a day in a sentence with a word of reporting is the report's only
  /// when bound to that word (`reportDayDistance`); without (no publication day to fall back
  /// on), any day of such a sentence: "Pul-i-Khumri fell on Tuesday, officials said" is then the
  /// best day the text gives for its report.
  static func reportDate(sentences: [Sentence], dates: [[DateMention]], tokens: [Token], boundToReporting: Bool) -> Day? {
    // A dateline ("Kabul, Aug 23:", "HERAT, July 3 (ANI)"): a place, a comma, then the date —
    // the report's own day, before any day a source is said to have spoken on. A day stated
    // for an event ("On Monday, forces retook Andar") is no report date.
    // (In one of the first sentences: after a headline on a line of its own too.)
    for sentenceDates in dates.prefix(datelineReach) {
      if let dateline = sentenceDates.first(where: \.isDateline)?.day { return dateline }
    }
    // A headline's "as of" day ("Flash Update: fighting in Kunar (As of 29 July 2021)"): the
    // day the report states things at, before any "as of" in its body.
    if let first = sentences.first, let day = asOfDay(in: first, dates: dates, tokens: tokens) { return day }
    for sentence in sentences.prefix(3) {
      let start = sentence.tokens.lowerBound
      guard sentence.tokens.count > 3, tokens[start].kind == .word, tokens[start].isCapitalized else { continue }
      if let date = dates[sentence.index].first(where: { $0.day != nil }),
        date.tokens.lowerBound <= start + 4,
        tokens[start..<date.tokens.lowerBound].contains(where: { $0.lower == "," })
      {
        return date.day
      }
    }
    let reporting = reportingWords
    for sentence in sentences {
      // (Not a day a span starts on, or its apposition: "confirmed the fall of Muqur since
      // yesterday, June 27" is no day of reporting.)
      let candidates = dates[sentence.index].lazy.filter { date in
        date.namesEventDay
          && !tokens[max(sentence.tokens.lowerBound, date.tokens.lowerBound - 3)..<date.tokens.lowerBound].contains { $0.spells("since") }
      }
      for date in candidates {
        // (`namesEventDay` holds only for a resolved day.)
        guard let day = date.day else { continue }
        // (Not a word of reporting in the past perfect: "On Sunday, authorities had said they
        // had installed …" tells of an earlier statement, not the report's.)
        // (Nor a day past the reporting word's "that", inside what was reported: "the district
        // governor told that as a result of the attack on Doshi on Sunday afternoon, forces fell
        // back" dates the attack.)
        // (And a day bound to the word of reporting: right after it, "said on Sunday", "told
        // reporters in Kabul on Monday", right before it, "officials on Friday said", or opening
        // the sentence, "On Sunday, officials said". A day elsewhere dates an event the source
        // told of: "Doshi fell last night, an official said" leaves the report its publication
        // day, and a later day of the sentence may be the report's: "retreated on Sunday, the
        // outlet reported on Monday". Only with a publication day to leave it:
        // `boundToReporting`; without, the sentence's first day is the best the text gives.)
        let opensSentence = date.tokens.lowerBound <= sentence.tokens.lowerBound + 1
        if sentence.tokens.contains(where: { k in
          reporting.contains(tokens[k].lower) && !(k > sentence.tokens.lowerBound && tokens[k - 1].spells("had"))
            && (k < date.tokens.lowerBound
              ? !boundToReporting || date.tokens.lowerBound - k <= Self.reportDayDistance
              : !boundToReporting || opensSentence || k - date.tokens.upperBound <= 1)
            && !(k < date.tokens.lowerBound && tokens[(k + 1)..<date.tokens.lowerBound].contains { $0.spells("that") })
        }) {
          return day
        }
        if !boundToReporting { break }
      }
    }
    // With no publication day, the first "as of" day of the text ("as of June 29, 2021, the
    // Taliban control 157 districts"): the day it states things at, the best it gives.
    if !boundToReporting {
      for sentence in sentences {
        if let day = asOfDay(in: sentence, dates: dates, tokens: tokens) { return day }
      }
    }
    return nil
  }

  /// The first resolved day of `sentence` right after "as of" ("(As of 29 July 2021)").
  static func asOfDay(in sentence: Sentence, dates: [[DateMention]], tokens: [Token]) -> Day? {
    dates[sentence.index].first { date in
      let k = date.tokens.lowerBound
      return date.day != nil && k >= sentence.tokens.lowerBound + 2 && tokens[k - 2].spells("as") && tokens[k - 1].spells("of")
    }?.day
  }
}
