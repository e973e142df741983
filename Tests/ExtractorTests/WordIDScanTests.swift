import Chronology
import Testing

@testable import Extractor

/// Scans that read tokens' word ids where the rules compared their text (the fifteenth speed
/// pass), each against the text comparison it replaced, on the rules' example sentences and
/// on sentences written to hold the words in every case and beside punctuation.
@Suite struct WordIDScanTests {
  static let tables = NameKeyFilterTests.tables

  /// The rules' example and counter-example sentences, and sentences of the words these scans
  /// look for, in other cases, glued to punctuation and inside longer words.
  static let texts: [String] =
    (TriggerRules.table + DariRules.table + PashtoRules.table).flatMap { rule in
      (rule.examples + rule.counterExamples).map(\.text)
    } + [
      "The Taliban captured Nerkh. However, fighting was still going on; HOWEVER the governor denied it.",
      "However however HoWeVeR howevers nevertheless however-else however,but but;however",
      "Fighting continues in Tagab, but officials say the district had not fallen, however.",
      "\u{0647}\u{0631}\u{0627}\u{062A} however \u{00E9}however Howe\u{0301}ver",
      "The group denied it; Mujahid, the Taliban's spokesman, and the NSAGs, AOG gunmen, Talibans and Islamists did not.",
      "taliban\u{2019}s groups GROUP mujahideen Emirate hardline-hardliners group's",
      "Until Monday, Will; the deadline\u{037E} scheduled \u{2014} due, planned \u{2013} EXPECTED: till but since, when",
      "Reportedly the Taliban said they took Nawur; some reports say otherwise, according to the group's spokesman.",
      "Insurgents announced the fall of Jalrez, some sources, Mujahid tweeted, some locals claimed it, according to",
      "The district fell, according to officials. Militants stated it had fallen, the group claims. Some media: unverified, Taliban say",
    ]

  /// `EventExtractor.firstToken` finds "however" by id where `withDisputedCaptures` compared
  /// every word's text before each span.
  @Test func firstHoweverAgreesWithTheTextComparison() {
    var found = 0
    for text in Self.texts {
      let tokens = Tokenizer.tokens(SourceText(text), lexicon: Self.tables.lexicon)
      for start in 0...tokens.count {
        for end in start...tokens.count {
          let expected = (start..<end).first { tokens[$0].lower == "however" } ?? end
          let got = EventExtractor.firstToken(Self.tables.howeverWord, in: tokens, start..<end)
          #expect(got == expected, "'\(text)' \(start)..<\(end)")
          if expected < end { found += 1 }
        }
      }
    }
    #expect(found > 100)
  }

  /// A contrast cue is one of `EventExtractor.contrastWords` ("but", "however", "whereas",
  /// "although", "though", "while") and nothing else, by word id or by text.
  @Test func contrastCuesAreTheContrastWords() {
    let lexicon = Self.tables.lexicon
    let contrasts = EventExtractor.contrastWords
    #expect(contrasts.isSuperset(of: ["but", "however"]))
    for id in 0..<lexicon.count where Self.tables.disputeCue[id] == .contrast {
      #expect(contrasts.contains(lexicon.words[id]), "\(lexicon.words[id])")
    }
    for (word, cue) in EventExtractor.disputeCues where cue == .contrast {
      #expect(contrasts.contains(word))
    }
    for text in Self.texts {
      for token in Tokenizer.tokens(SourceText(text), lexicon: lexicon) {
        let cue =
          token.word != Lexicon.unknown
          ? Self.tables.disputeCue[Int(token.word)]
          : token.isASCII ? .none : EventExtractor.disputeCues[token.lower] ?? .none
        #expect((cue == .contrast) == contrasts.contains(token.lower), "\(token.lower)")
      }
    }
  }

  /// `EventExtractor.EventKey` groups events as the texts it replaced did: for every pair of
  /// sentences, types, place codes and days (undated too), two keys are equal exactly when the
  /// texts "sentence|pcode|date", "sentence|pcode", "type|pcode|date", "type|pcode" and
  /// "pcode|date" are.
  @Test func eventKeysGroupAsTheirTexts() {
    typealias Key = EventExtractor.EventKey
    let days: [Day?] = [nil, Day(ordinal: 0), Day(ordinal: 1), Day(ordinal: 18_800), Day(year: 2021, month: 8, day: 15)]
    let pcodes = ["AF01", "AF0101", "AF1310", "AF13", "region:north", "AF011", ""]
    let types: [EventType] = EventType.allCases
    let sentences = [0, 1, 10, 12]
    func text(_ date: Day?) -> String { date?.description ?? "" }
    var pairs = 0
    for s1 in sentences {
      for s2 in sentences {
        for p1 in pcodes {
          for p2 in pcodes {
            for d1 in days {
              for d2 in days {
                let a = Key(sentence: s1, pcode: p1, date: d1)
                let b = Key(sentence: s2, pcode: p2, date: d2)
                #expect((a == b) == ("\(s1)|\(p1)|\(text(d1))" == "\(s2)|\(p2)|\(text(d2))"))
                let c = Key(pcode: p1, date: d1)
                let d = Key(pcode: p2, date: d2)
                #expect((c == d) == ("\(p1)|\(text(d1))" == "\(p2)|\(text(d2))"))
                pairs += 1
              }
            }
            #expect((Key(sentence: s1, pcode: p1) == Key(sentence: s2, pcode: p2)) == ("\(s1)|\(p1)" == "\(s2)|\(p2)"))
          }
        }
      }
    }
    for t1 in types {
      for t2 in types {
        for p1 in pcodes {
          for p2 in pcodes {
            for d1 in days {
              for d2 in days {
                let a = Key(type: t1, pcode: p1, date: d1)
                let b = Key(type: t2, pcode: p2, date: d2)
                #expect((a == b) == ("\(t1.rawValue)|\(p1)|\(text(d1))" == "\(t2.rawValue)|\(p2)|\(text(d2))"))
              }
            }
            #expect((Key(type: t1, pcode: p1) == Key(type: t2, pcode: p2)) == ("\(t1.rawValue)|\(p1)" == "\(t2.rawValue)|\(p2)"))
          }
        }
      }
    }
    // (A day's text names one day: every day of years 1900-2100 has its own.)
    var texts = Set<String>()
    let first = Day(year: 1900, month: 1, day: 1)!.ordinal
    let last = Day(year: 2100, month: 12, day: 31)!.ordinal
    for ordinal in first...last { texts.insert(Day(ordinal: ordinal).description) }
    #expect(texts.count == last - first + 1)
    #expect(pairs > 1000)
  }

  /// `RuleTables.disputeTheirWords` answers by word id what `withDisputedCaptures` asked of each
  /// word's text: `TriggerFinder.talibanWords` or "group", "mujahid", "taliban's".
  @Test func theirWordsAgreeWithTheTextTest() {
    var theirs = 0
    for text in Self.texts {
      for token in Tokenizer.tokens(SourceText(text), lexicon: Self.tables.lexicon) {
        let expected = TriggerFinder.talibanWords.contains(token.lower) || ["group", "mujahid", "taliban's"].contains(token.lower)
        #expect(Self.tables.disputeTheirWords.contains(token) == expected, "\(token.lower)")
        if expected { theirs += 1 }
      }
    }
    #expect(theirs > 20)
  }

  /// `DateFinder.notEventDayStop` answers by word id what `markNotEventDays` asked of each
  /// word's text (`DateFinder.notEventDayStops`).
  @Test func notEventDayStopsAgreeWithTheDictionary() {
    var stops = 0
    for text in Self.texts {
      let tokens = Tokenizer.tokens(SourceText(text), lexicon: Self.tables.lexicon)
      for (k, token) in tokens.enumerated() {
        let expected = DateFinder.notEventDayStops[token.lower]
        #expect(DateFinder.notEventDayStop(token, tables: Self.tables) == expected, "\(token.lower)")
        // (And read in place, as `markNotEventDays` asks it.)
        #expect(DateFinder.notEventDayStop(tokens, at: k, tables: Self.tables) == expected, "\(token.lower)")
        if expected != nil { stops += 1 }
      }
    }
    #expect(stops > 100)
  }

  /// `EventExtractor.isHedged` before word ids: the words' texts asked of the sets.
  static func referenceIsHedged(_ tokens: [Token], _ sentence: Sentence, before position: Int) -> Bool {
    let words = tokens[sentence.tokens.lowerBound..<max(sentence.tokens.lowerBound, position)].map(\.lower)
    if words.contains(where: { EventExtractor.hedges.contains($0) }) { return true }
    // The group's word: its verb of saying past floating adverbs and a perfect's auxiliary
    // ("the insurgents also said"), or "according to (the) Taliban" before the capture.
    let speakers = words.indices.contains { k in
      guard TriggerFinder.talibanWords.contains(words[k]) else { return false }
      var verb = k + 1
      while verb < words.count - 1, verb - k <= 3, TriggerFinder.floatingAdverbs.contains(words[verb]) || ["have", "has"].contains(words[verb]) {
        verb += 1
      }
      let says = verb < words.count && ["said", "say", "says", "announced", "stated"].contains(words[verb])
      let accordingTo = (k >= 2 && words[k - 2] == "according" && words[k - 1] == "to")
        || (k >= 3 && words[k - 3] == "according" && words[k - 2] == "to" && words[k - 1] == "the")
      return says || accordingTo
    }
    if speakers { return true }
    if zip(words, words.dropFirst()).contains(where: { $0 == "some" && ["reports", "sources", "media", "residents", "locals"].contains($1) }) {
      return true
    }
    let unofficialSources = ["residents", "locals", "sources", "elders", "villagers", "people", "witnesses", "eyewitnesses"]
    let officials = ["officials", "official", "ministry", "governor", "police", "spokesman"]
    if zip(words, words.dropFirst()).contains(where: {
      unofficialSources.contains($0) && ["said", "say", "says", "announced", "stated", "told", "claimed"].contains($1)
    }), !words.contains(where: { officials.contains($0) }) {
      return true
    }
    let tail = tokens[max(sentence.tokens.lowerBound, position)..<sentence.tokens.upperBound].map(\.lower)
    guard let comma = tail.lastIndex(of: ",") else { return false }
    let attribution = Array(tail[(comma + 1)...])
    let byTheGroup =
      attribution.contains { TriggerFinder.talibanWords.contains($0) || $0 == "mujahid" }
      || (attribution.contains("group") && attribution.contains("spokesman"))
    let unofficial = attribution.contains { unofficialSources.contains($0) } && !attribution.contains { officials.contains($0) }
    return (byTheGroup || unofficial)
      && (attribution.starts(with: ["according", "to"])
        || attribution.contains { ["said", "says", "claimed", "claims", "announced", "tweeted", "stated", "told"].contains($0) })
  }

  /// `EventExtractor.isHedged`, reading word lists by id in place, answers as the text version
  /// it replaced for every sentence of every text and every position in it.
  @Test func isHedgedAgreesWithTheTextVersion() {
    var hedged = 0
    var asked = 0
    for text in Self.texts {
      let source = SourceText(text)
      let tokens = Tokenizer.tokens(source, lexicon: Self.tables.lexicon)
      for sentence in Tokenizer.sentences(tokens, source) {
        for position in sentence.tokens.lowerBound...sentence.tokens.upperBound {
          let expected = Self.referenceIsHedged(tokens, sentence, before: position)
          #expect(EventExtractor.isHedged(tokens, sentence, before: position, tables: Self.tables) == expected, "'\(text)' at \(position)")
          asked += 1
          if expected { hedged += 1 }
        }
      }
    }
    #expect(asked > 1000)
    #expect(hedged > 50)
  }

  /// `MentionFinder.isEzafeParticle` answers as the `switch` on the text it replaced, for every
  /// token of the texts and for words that start with the particles or equal them canonically.
  @Test func ezafeParticleAgreesWithTheTextSwitch() {
    func reference(_ word: String) -> Bool {
      switch word {
      case "e", "i", "y": true
      default: false
      }
    }
    var words = ["e", "i", "y", "E", "ey", "ie", "", "-", "\u{00E9}", "e\u{0301}", "\u{0435}", "\u{0456}", "\u{04AF}", "\u{212A}", "\u{037E}"]
    for text in Self.texts + ["Pul-e-Khumri, Mazar-i-Sharif, Qala-y-Naw, Pul-E Alam"] {
      words += Tokenizer.tokens(SourceText(text), lexicon: Self.tables.lexicon).map(\.lower)
    }
    var particles = 0
    for word in words {
      #expect(MentionFinder.isEzafeParticle(word) == reference(word), "\(word)")
      if reference(word) { particles += 1 }
    }
    #expect(particles >= 6)
  }

  /// Sentences with "between" after fighting words, possessives, variant spellings, skipped
  /// marks and words glued to "the", for the test below.
  static let betweenTexts: [String] = [
    "Fighting between the Taliban and government forces in Kunduz continued; clashes between both sides erupted.",
    "Clashes between them raged near Ghazni. War between Taleban and the army's commandos is underway in Kandahar.",
    "Heavy fighting between Taliban's fighters and ANSF, who were outnumbered, broke out around the Taleban-held town.",
    "Skirmishes BETWEEN the sides, firefights between \"locals\" (uprising) and militants reported in Helmand's capital.",
    "The road between Kabul and Jalalabad; ongoing between the two sides; continued between capturedthe Taliban and troops over",
    "between between, clashes between, between the, fighting between Kabul and Herat districts are",
  ]

  /// `TriggerFinder.betweenPhrase` finds "between" by id; it answers as the text test it
  /// replaced, on every sentence's words, with no place and with places at every third word.
  @Test func betweenPhraseAgreesWithTheTextTest() {
    var phrases = 0
    for text in Self.texts + Self.betweenTexts {
      let source = SourceText(text)
      let tokens = Tokenizer.tokens(source, lexicon: Self.tables.lexicon)
      for sentence in Tokenizer.sentences(tokens, source) {
        let (words, ids, _) = TriggerFinder.words(tokens, sentence.tokens, tables: Self.tables)
        for places in [{ (_: Int) in false }, { (k: Int) in k % 3 == 2 }] {
          let got = TriggerFinder.betweenPhrase(words, ids: ids, between: Self.tables.betweenWord, inMention: places)
          let expected = TriggerFinder.betweenPhrase(words, inMention: places)
          #expect(got == expected, "'\(text)'")
          if expected != nil { phrases += 1 }
        }
      }
    }
    #expect(phrases >= 5)
  }

  /// `TokenWordList.contains(_:at:)` and `DateFinder.CaseWords.id(of:at:)` read a token in
  /// place; they answer as the versions given the token, for every token of the texts.
  @Test func inPlaceTokenReadsAgreeWithTheTokenArguments() {
    let tables = Self.tables
    let lists = [
      tables.timeLeaders, tables.partsOfDay, tables.directionAdjectives, tables.hedgeWords, tables.talibanWords,
      tables.disputeTheirWords, tables.joiningWords, tables.nameNeighbours, tables.partFollowers,
    ]
    var held = 0
    for text in Self.texts + Self.betweenTexts + ["Sar-e Pul wa Khan-e \u{212A}unduz \u{037E} morning NIGHT Taliban's"] {
      let tokens = Tokenizer.tokens(SourceText(text), lexicon: tables.lexicon)
      for k in tokens.indices {
        for list in lists {
          #expect(list.contains(tokens, at: k) == list.contains(tokens[k]), "'\(tokens[k].lower)'")
          if list.contains(tokens[k]) { held += 1 }
        }
        #expect(tables.dateCaseWords.id(of: tokens, at: k) == tables.dateCaseWords.id(of: tokens[k]))
      }
    }
    #expect(held > 500)
  }

  /// `TriggerPatternTable.unknownWordStopsGap` answers as `stopsGap` for every word of the
  /// texts outside the lexicon (the words a pattern's gap asks it of), for marks and for text
  /// canonically equivalent to a clause break; and every clause break has an id.
  @Test func unknownWordGapStopAgreesWithTheTextTest() {
    let lexicon = Self.tables.lexicon
    for word in TriggerFinder.clauseBreaks { #expect(lexicon.id(of: word) != Lexicon.unknown, "'\(word)'") }
    var words = [
      "#place", ",", ".", ";", "\u{037E}", "\u{2014}", "\u{2013}", "-", "Howe\u{0301}ver", "bu\u{0301}t", "\u{00E9}",
      ",,", "..", "", "\u{0647}\u{0631}\u{0627}\u{062A}", "\u{060C}",
    ]
    for text in Self.texts + Self.betweenTexts {
      for token in Tokenizer.tokens(SourceText(text), lexicon: lexicon) where token.word == Lexicon.unknown {
        words.append(token.lower)
      }
    }
    for word in words where lexicon.id(of: word) == Lexicon.unknown {
      #expect(TriggerPatternTable.unknownWordStopsGap(word) == TriggerPatternTable.stopsGap(word), "'\(word)'")
    }
    #expect(words.count > 1_000)
  }

  /// `TriggerFinder.clause(before:in:ids:breaks:)` asks the clause breaks by id where the
  /// version it replaced hashed each word: the same clause before every word of every
  /// sentence's trigger words, with some words read as places ("#place", no id) as
  /// `TriggerFinder.find` reads a mention's.
  @Test func clauseBeforeByIDAgreesWithTheTextVersion() {
    let tables = Self.tables
    var cut = 0
    for text in Self.texts + Self.betweenTexts + ["Sar-e Pul fell\u{037E} then \u{2014} Kunduz; but however while Taloqan, Aybak"] {
      let source = SourceText(text)
      let tokens = Tokenizer.tokens(source, lexicon: tables.lexicon)
      for sentence in Tokenizer.sentences(tokens, source) {
        var (words, ids, _) = TriggerFinder.words(tokens, sentence.tokens, tables: tables)
        for pass in 0..<2 {
          if pass == 1 {
            for w in words.indices where w % 4 == 1 {
              words[w] = "#place"
              ids[w] = Lexicon.unknown
            }
          }
          for w in 0...words.count {
            let expected = TriggerFinder.clause(before: w, in: words)
            let got = TriggerFinder.clause(before: w, in: words, ids: ids, breaks: tables.clauseBreaks)
            #expect(got == expected, "'\(text)' \(w)")
            if expected.count < min(w, 8) { cut += 1 }
          }
        }
      }
    }
    #expect(cut > 100)
  }

  /// `MentionFinder.placeLead(_:at:_:directionAdjectives:)` asks the direction adjectives of
  /// the tokens by id: the same lead as `placeLead(_:)` for the words before every token, cut
  /// at every length.
  @Test func placeLeadByIDAgreesWithTheTextVersion() {
    let tables = Self.tables
    var shortened = 0
    let extra = [
      "the restive southern Kunduz, the capital of the Farah province, of the northeastern Badakhshan, Afghanistan's Helmand",
      "Western NORTHERN south-eastern the the of the of northern \u{00E9}astern",
    ]
    for text in Self.texts + Self.betweenTexts + extra {
      let tokens = Tokenizer.tokens(SourceText(text), lexicon: tables.lexicon)
      for k in tokens.indices {
        let positions = Array(max(0, k - 10)..<k)
        let words = positions.map { tokens[$0].lower }
        for end in 0...words.count {
          let expected = MentionFinder.placeLead(words[..<end])
          let got = MentionFinder.placeLead(words[..<end], at: positions, tokens, directionAdjectives: tables.directionAdjectives)
          #expect(got == expected, "'\(text)' \(k) \(end)")
          if expected.count < end { shortened += 1 }
        }
      }
    }
    #expect(shortened > 100)
  }

  /// `EventExtractor.continuesList(_:_:words:)` reads the tokens' ids where the version it
  /// replaced spelled each wording: the same answer for every sentence of the texts and of
  /// sentences written to open and end as the lists do, in other cases and beside marks.
  @Test func continuesListByIDAgreesWithTheSpelledVersion() {
    let tables = Self.tables
    let lists = [
      "Five districts fell. The districts are Qadis and Muqur. These districts include Nawur. They are Jaghori and Malistan.",
      "They include Andar. They were Gelan. The districts were Ajristan. The fallen districts: Giro. This includes Zana Khan.",
      "This included Deh Yak. These are Rashidan. These were Waghaz. Among them Qarabagh. They included Khwaja Umari.",
      "These include Jaghatu. These included Nawa. One of them is Arghandab. One of these, Maiwand. Two of them fell.",
      "The districts included Shah Wali Kot. Officials named them as Gomal and Barmal. Sources identified them. Listed them.",
      "Qadis and Muqur were among them. Ghormach was among these. Almar is among those! THE DISTRICTS ARE Bala Murghab.",
      "The districts; are. They\u{037E} include. among them. Among them? the districts' are. One of. Two of them",
      "\u{00C9}limin\u{00E9} they are. The Districts Are \u{0647}\u{0631}\u{0627}\u{062A}. They   are. Named them named them.",
    ]
    var continues = 0
    for text in Self.texts + Self.betweenTexts + lists {
      let source = SourceText(text)
      let tokens = Tokenizer.tokens(source, lexicon: tables.lexicon)
      for sentence in Tokenizer.sentences(tokens, source) {
        let expected = EventExtractor.continuesList(tokens, sentence)
        #expect(EventExtractor.continuesList(tokens, sentence, words: tables.listWords) == expected, "'\(text)' \(sentence.index)")
        if expected { continues += 1 }
      }
    }
    #expect(continues >= 20)
  }

  /// Sentences with inclusions after fighting nouns, and near misses.
  static let inclusionTexts: [String] = [
    "Fighting, including airstrikes, that started on 10 July continued in Kunduz.",
    "Clashes, including heavy shelling and airstrikes, escalated in and around Lashkar Gah.",
    "Fighting including airstrikes, continued; fighting, including, including, and clashes, including the night raids on posts, went on.",
    "The governor, including his guards, fled. Conflict, including, Herat",
    "including, fighting including, clashes, including ground attacks, fighting, including airstrikes",
  ]

  /// `TriggerFinder.inclusionAfterFighting` searches the ids for "including" alone; it answers
  /// as the closure over every index it replaced, on every sentence's words.
  @Test func inclusionAfterFightingAgreesWithTheScanOfEveryIndex() {
    func expected(_ words: [String], _ ids: [WordID], including: WordID) -> Range<Int>? {
      guard
        let k = ids.indices.dropFirst(2).first(where: {
          ids[$0] == including && words[$0 - 1] == "," && TriggerFinder.fightingNouns.contains(words[$0 - 2])
        }),
        let close = words[(k + 1)..<min(words.count, k + 6)].firstIndex(of: ",")
      else { return nil }
      return (k - 1)..<(close + 1)
    }
    var found = 0
    for text in Self.texts + Self.betweenTexts + Self.inclusionTexts {
      let source = SourceText(text)
      let tokens = Tokenizer.tokens(source, lexicon: Self.tables.lexicon)
      for sentence in Tokenizer.sentences(tokens, source) {
        let (words, ids, _) = TriggerFinder.words(tokens, sentence.tokens, tables: Self.tables)
        let want = expected(words, ids, including: Self.tables.includingWord)
        #expect(TriggerFinder.inclusionAfterFighting(words, ids: ids, including: Self.tables.includingWord) == want, "'\(text)'")
        if want != nil { found += 1 }
      }
    }
    #expect(found >= 3)
  }

  /// `RuleTables.recallNouns`, which `EventExtractor.recalledGroup` asks of the words around a
  /// change of control by id, answers as `EventExtractor.recallNouns.contains` of their text.
  @Test func recallNounsByIDAgreeWithTheSet() {
    let extra = [
      "But all three districts have since fallen; both DISTRICTS fell. The Capitals, cities, towns and provinces. The three Areas.",
      "districts' district's sub-districts towns-people provincesx Cities\u{0301} capitals\u{2019}",
    ]
    var nouns = 0
    for text in Self.texts + extra {
      let tokens = Tokenizer.tokens(SourceText(text), lexicon: Self.tables.lexicon)
      for k in tokens.indices {
        let expected = EventExtractor.recallNouns.contains(tokens[k].lower)
        #expect(Self.tables.recallNouns.contains(tokens, at: k) == expected, "\(tokens[k].lower)")
        if expected { nouns += 1 }
      }
    }
    #expect(nouns >= 8)
  }

  /// `PhraseEndings.endsAny(_:lastOf:)`, which `MentionFinder.annotate` asks of the words before
  /// a name where it trimmed them to six, answers as `endsAny` of the trimmed words: for the
  /// four lists it reads, every ending of every phrase and of the texts' words, and a list of
  /// phrases longer than the words kept.
  @Test func endsAnyOfTheLastWordsAgreesWithTheTrimmedWords() {
    let long = PhraseEndings([["one", "two", "three", "four", "five", "six", "seven"], ["six", "seven"], ["x"]])
    let lists = [MentionFinder.landmarkEndings, MentionFinder.partialEndings, MentionFinder.exceptEndings, MentionFinder.cityPartEndings, long]
    #expect(long.longest == 7)
    var words: [[String]] = [["one", "two", "three", "four", "five", "six", "seven"], ["zero", "one", "two", "three", "four", "five", "six", "seven"]]
    for phrase in MentionFinder.landmarkLeaders + MentionFinder.partialLeaders + MentionFinder.exceptLeaders {
      words.append(phrase)
      words.append(["the", "city", "of", "a", "b", "c", "d"] + phrase)
    }
    for text in Self.texts {
      let tokens = Tokenizer.tokens(SourceText(text), lexicon: Self.tables.lexicon).map(\.lower)
      for end in tokens.indices { words.append(Array(tokens[max(0, end - 9)...end])) }
    }
    var matched = 0
    for list in lists {
      for w in words {
        for start in 0..<max(1, w.count) {
          let slice = Array(w[start...])
          for count in [2, 6] {
            let expected = list.endsAny(Array(slice.suffix(count)))
            #expect(list.endsAny(slice, lastOf: count) == expected, "\(slice) \(count)")
            if expected { matched += 1 }
          }
        }
      }
    }
    #expect(matched > 100)
  }

  /// `MentionFinder.isUppercaseWord(_:at:_:)` reads the token in place; it answers as the
  /// version given the token, for every token of the texts and of headlines in capitals.
  @Test func uppercaseWordInPlaceAgreesWithTheTokenArgument() {
    let extra = [
      "TALIBAN CAPTURE GHAZNI CITY\r\nKANDAHAR CITY (Pajhwok): Kabul, AUG 14 (IANS): A B ÉTAT \u{00C9}COLE Ab",
      "HERAT: INSURGENTS HAVE CAPTURED 2 DISTRICTS; NATO-LED UN'S \u{0647}\u{0631}\u{0627}\u{062A} ÄÖÜ straße STRASSE",
    ]
    var upper = 0
    for text in Self.texts + extra {
      let source = SourceText(text)
      let tokens = Tokenizer.tokens(source, lexicon: Self.tables.lexicon)
      for k in tokens.indices {
        let expected = MentionFinder.isUppercaseWord(tokens[k], source)
        #expect(MentionFinder.isUppercaseWord(tokens, at: k, source) == expected, "\(tokens[k].lower)")
        if expected { upper += 1 }
      }
    }
    #expect(upper >= 15)
  }

  /// `SourceText.string(_:from:through:)` and `string(_:at:)` read the tokens' offsets in
  /// place; they cut the texts `string(from:through:)` and `string(_:)` cut from the tokens.
  @Test func textsCutInPlaceAgreeWithTheTokenArguments() {
    for text in Self.texts {
      let source = SourceText(text)
      let tokens = Tokenizer.tokens(source, lexicon: Self.tables.lexicon)
      for first in tokens.indices {
        #expect(source.string(tokens, at: first) == source.string(tokens[first]))
        for last in first..<min(tokens.count, first + 6) {
          #expect(source.string(tokens, from: first, through: last) == source.string(from: tokens[first], through: tokens[last]))
        }
      }
    }
  }

  /// `MentionFinder.isAndOr` and `String.spells("in")`, which the list joint tests
  /// (`annotate`, `isLevelApposition`, `isWhereItLies`, `isRelativeClauseJoint`) ask where
  /// they built `["and", "or"]` and compared texts, answer as those comparisons for every
  /// lexicon word, words in other cases and with combining marks, and every token of the texts.
  @Test func listJointWordsAgreeWithTheArrayAndTheComparison() {
    let extra = [
      "and", "or", "in", "AND", "Or", "IN", "an", "o", "i", "ands", "ore", "inn", "and\u{0301}", "o\u{0301}r",
      "i\u{0300}n", "\u{FF41}nd", "or ", " and", "", ",", "-",
    ]
    var joints = 0
    var words = Self.tables.lexicon.words + extra
    for text in Self.texts + ["Kunduz, Takhar and Baghlan or Herat, in the north, AND Ghor OR Farah in-and-or"] {
      words += Tokenizer.tokens(SourceText(text), lexicon: Self.tables.lexicon).map(\.lower)
    }
    for word in words {
      let expected = ["and", "or"].contains(word)
      #expect(MentionFinder.isAndOr(word) == expected, "\(word)")
      #expect(word.spells("in") == (word == "in"), "\(word)")
      if expected { joints += 1 }
    }
    #expect(joints > 20)
  }
}
