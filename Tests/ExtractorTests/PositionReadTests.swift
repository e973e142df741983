import Chronology
import Gazetteer
import Testing

@testable import Extractor

/// Reads by position that the nineteenth speed pass put where whole values were copied, each
/// against what it replaced.
@Suite struct PositionReadTests {
  /// Events of every combination of a span start, a type, a pcode and a day, in an order
  /// mixed deterministically, each with its own id.
  static let events: [Event] = {
    let starts = [0, 5, 12, 40]
    let pcodes = ["AF01", "AF0101", "AF13", "AF1310", "region:north"]
    let days: [Day?] = [nil, Day(year: 2021, month: 8, day: 15), Day(year: 2021, month: 7, day: 3), Day(ordinal: 0)]
    let place = { (pcode: String) in
      EventPlace(pcode: pcode, name: pcode, level: .district, province: "", provincePcode: "", longitude: 0, latitude: 0)
    }
    var events: [Event] = []
    for start in starts {
      for type in EventType.allCases {
        for pcode in pcodes {
          for day in days {
            events.append(
              Event(
                id: "\(events.count)", doc: "d", type: type, actor: .taliban, place: place(pcode), mention: pcode,
                date: day, datePrecision: .day, confidence: 1, sentence: "", span: [start, start + 3], evidence: "",
                rule: "r"))
          }
        }
      }
    }
    // (A fixed permutation: position k goes to 7919 k mod n, 7919 prime and no factor of n.)
    let n = events.count
    var mixed = events
    for k in events.indices { mixed[(7919 * k) % n] = events[k] }
    return mixed
  }()

  /// Sorting the events' positions with `EventExtractor.isBefore(_:_:in:)` puts them in the
  /// order the events themselves were sorted in, by the comparison `events(from:…)` made on
  /// whole events.
  @Test func positionsSortAsTheEventsDid() {
    let events = Self.events
    #expect(Set(events.map(\.id)).count == events.count)
    let sorted = events.sorted { a, b in
      if a.span[0] != b.span[0] { return a.span[0] < b.span[0] }
      if a.type != b.type { return a.type < b.type }
      if a.place.pcode != b.place.pcode { return a.place.pcode < b.place.pcode }
      return (a.date?.description ?? "") < (b.date?.description ?? "")
    }
    let order = events.indices.sorted { EventExtractor.isBefore($0, $1, in: events) }
    #expect(order.map { events[$0].id } == sorted.map(\.id))
    // (Every pair of positions compares as the pair of events.)
    for a in events.indices.prefix(60) {
      for b in events.indices.suffix(60) {
        let x = events[a]
        let y = events[b]
        let expected =
          x.span[0] != y.span[0] ? x.span[0] < y.span[0]
          : x.type != y.type ? x.type < y.type
          : x.place.pcode != y.place.pcode ? x.place.pcode < y.place.pcode
          : (x.date?.description ?? "") < (y.date?.description ?? "")
        #expect(EventExtractor.isBefore(a, b, in: events) == expected)
      }
    }
  }

  /// `Trigger.tokens(of:in:)`, `Trigger.isIrrealis(_:in:)` (and the readers of the pass
  /// before, `rule(of:in:)` and `type(of:in:)`) read what the triggers hold, on the triggers of
  /// the rules' example sentences.
  @Test func triggerReadsAgreeWithTheTriggers() {
    let tables = WordIDScanTests.tables
    var read = 0
    for text in WordIDScanTests.texts {
      let source = SourceText(text)
      let tokens = Tokenizer.tokens(source, lexicon: tables.lexicon)
      let none = Array(repeating: false, count: tokens.count)
      for sentence in Tokenizer.sentences(tokens, source) {
        let triggers = TriggerFinder.find(tokens, sentence: sentence, tables: tables, inMention: none, timePhrase: none)
        for t in triggers.indices {
          #expect(Trigger.tokens(of: t, in: triggers) == triggers[t].tokens)
          #expect(Trigger.isIrrealis(t, in: triggers) == triggers[t].isIrrealis)
          #expect(Trigger.rule(of: t, in: triggers) == triggers[t].rule)
          #expect(Trigger.type(of: t, in: triggers) == triggers[t].type)
          read += 1
        }
      }
    }
    #expect(read > 300)
  }

  /// The readers of a mention's matches by position (`PlaceMatch.localCount(_:)`,
  /// `localProvincePcodes(_:)`, `provinceIDs(_:)`, `anyPlace(of:in:)`, and the array forms
  /// `localProvincePcodeList(_:)`, `provinceIDList(_:)`, `anyPlace(of:inList:)`) agree with the filters
  /// and `contains(where:)` they replace, on the matches of names of every level (provinces
  /// with districts and cities of their name, towns, regions, names of several places).
  @Test func matchReadsAgreeWithTheFilters() {
    let index = ExtractorRuleTests.index
    let names = [
      "Kunduz", "Herat", "Ghazni", "Faryab", "Qaysar", "Maidan Wardak", "Panjshir", "Khan Abad", "Faizabad", "Fayzabad",
      "Kandahar", "Helmand", "Lashkar Gah", "Balkh", "Mazar-i-Sharif", "Jalrez", "Nerkh", "Bala Murghab", "Chahar Dara",
      "Imam Sahib", "Dand", "Paghman", "Kabul", "Nangarhar", "Spin Boldak", "Zaranj", "Nimroz", "Sheberghan", "Khost",
      "Ghor", "Andar", "Qarabagh", "Taloqan", "Takhar", "Pul-e-Khumri", "Baghlan", "Jawzjan", "Nahrin", "Khwaja Ghar",
    ]
    let matchLists = names.map { index.nameMatches($0, allowSound: true) } + [[]]
    #expect(matchLists.filter { !$0.isEmpty }.count > 30)
    let idSets = [Set<String>(), Set(matchLists.flatMap { $0.map(\.place.id) }.prefix(7))]
      + matchLists.map { Set($0.compactMap(\.place.provincePcode)) }
    var any = 0
    for matches in matchLists {
      let local = matches.filter { $0.place.level == .district || $0.place.level == .town }
      #expect(PlaceMatch.localCount(matches) == local.count)
      #expect(PlaceMatch.localProvincePcodes(matches) == Set(local.compactMap { $0.place.provincePcode }))
      #expect(PlaceMatch.provinceIDs(matches) == Set(matches.filter { $0.place.level == .province }.map(\.place.id)))
      #expect(Set(PlaceMatch.localProvincePcodeList(matches)) == PlaceMatch.localProvincePcodes(matches))
      #expect(Set(PlaceMatch.provinceIDList(matches)) == PlaceMatch.provinceIDs(matches))
      for ids in idSets {
        let expected = matches.contains(where: { ids.contains($0.place.id) })
        #expect(PlaceMatch.anyPlace(of: matches, in: ids) == expected)
        #expect(PlaceMatch.anyPlace(of: matches, inList: Array(ids)) == expected)
        if expected { any += 1 }
      }
    }
    #expect(any > 30)
  }

  /// `Tokenizer.isAbbreviation(_:at:)` answers as `isAbbreviation(_:)` of the token, on the
  /// rules' example sentences and on abbreviations in several cases and lengths.
  @Test func abbreviationInPlaceAgreesWithTheTokenArgument() {
    let extra = [
      "Gen. Miller and Mr. Khan met Dr. Ahmadi on Aug. 14, 2021 (U.S. officials; Prof. X, Brig. Y, Sept. 3).",
      "GEN. MR. Mrs. sept. SEPT. Capt.Sgt. km. mt. vs. etc. no. Etcetera. Generally. \u{00C9}t. stra\u{00DF}e.",
    ]
    var found = 0
    for text in WordIDScanTests.texts + extra {
      let tokens = Tokenizer.tokens(SourceText(text), lexicon: WordIDScanTests.tables.lexicon)
      for k in tokens.indices {
        let expected = Tokenizer.isAbbreviation(tokens[k])
        #expect(Tokenizer.isAbbreviation(tokens, at: k) == expected, "\(tokens[k].lower)")
        if expected { found += 1 }
      }
    }
    #expect(found > 20)
  }

  /// `MentionFinder.isCapitalCityOnly(_:)` and `namesProvinceAndCapital(_:)`, now loops over
  /// the matches read in place, answer as the closures they replace, on mentions of names of
  /// every level (and of each match alone).
  @Test func capitalTestsAgreeWithTheClosures() {
    let index = ExtractorRuleTests.index
    let tables = WordIDScanTests.tables
    let finder = MentionFinder(index: index, tables: tables)
    let names = [
      "Kunduz", "Herat", "Ghazni", "Faryab", "Maimana", "Maymana", "Lashkar Gah", "Faizabad", "Fayzabad", "Kandahar",
      "Helmand", "Mazar-i-Sharif", "Taloqan", "Pul-e-Khumri", "Sheberghan", "Zaranj", "Nimroz", "Farah", "Khost",
      "Gardez", "Sharana", "Qalat", "Tirin Kot", "Chaghcharan", "Aybak", "Jalalabad", "Mehtarlam", "Bamyan", "Nili",
      "Khan Abad", "Imam Sahib", "Spin Boldak", "Qala-i-Naw", "Asadabad", "Charikar", "Panjshir", "Bazarak",
    ]
    var lists = names.map { index.nameMatches($0, allowSound: true) }
    lists += lists.flatMap { $0.map { [$0] } } + [[]]
    var capitalOnly = 0
    var both = 0
    for matches in lists {
      let mention = Mention(tokens: 0..<1, sentence: 0, start: 0, end: 1, text: "x", matches: matches, hint: nil, list: 0)
      let expectedCapital =
        !mention.hasLevel(.province) && !mention.matches.isEmpty
        && mention.matches.allSatisfy { match in
          match.place.isCapital
            || (match.place.level == .town && match.place.districtPcode.flatMap { index.place(id: $0) }?.isCapital == true)
        }
      #expect(finder.isCapitalCityOnly(mention) == expectedCapital, "\(matches.map(\.place.id))")
      let capitals = Set(
        matches.compactMap { $0.place.level == .province ? tables.capitalDistrict(ofProvince: $0.place.id)?.id : nil })
      let expectedBoth = matches.contains { match in
        (match.place.level == .district && capitals.contains(match.place.id))
          || (match.place.level == .town && match.place.districtPcode.map(capitals.contains) == true)
      }
      #expect(finder.namesProvinceAndCapital(mention) == expectedBoth, "\(matches.map(\.place.id))")
      if expectedCapital { capitalOnly += 1 }
      if expectedBoth { both += 1 }
    }
    #expect(capitalOnly >= 5)
    #expect(both >= 5)
  }

  /// `EventExtractor.describedPlaceNoun(after:_:describing:)`, which asks the describing words
  /// by word id (`RuleTables.placeDescribingWords`), finds the noun the test of the words'
  /// text finds, after every token of sentences written with the describing words in several
  /// cases and beside other words.
  @Test func describedPlaceNounByIDAgreesWithTheTextTest() {
    func byText(after k: Int, _ tokens: [Token]) -> Int? {
      var j = k + 1
      var described = 0
      while j < tokens.count, j - k <= 4 {
        guard tokens[j].kind == .word, tokens[j].isASCII, !tokens[j].isCapitalized else { return nil }
        let length = tokens[j].byteEnd - tokens[j].byteStart
        if length >= 3, length <= 12, EventExtractor.placeDescribingWords.contains(tokens[j].lower) {
          described += 1
        } else if described > 0, tokens[j].lower == "but" || tokens[j].lower == "and" {
        } else if described > 0, ["city", "town", "district"].contains(tokens[j].lower) {
          return j
        } else {
          return nil
        }
        j += 1
      }
      return nil
    }
    let describing = WordIDScanTests.tables.placeDescribingWords
    let extra = [
      "the small but important city fell; the strategic town and the remote district, the besieged and embattled city",
      "the Strategic town, the strategic Town, the key vital border city, the biggest city, the strategic district of",
      "the small, important city; the smallish town; the strategicc city; the key and main district; the and city",
    ] + EventExtractor.placeDescribingWords.sorted().map { "the \($0) city and the \($0) but \($0) town" }
    var found = 0
    for text in WordIDScanTests.texts + extra {
      let tokens = Tokenizer.tokens(SourceText(text), lexicon: WordIDScanTests.tables.lexicon)
      for k in tokens.indices {
        let expected = byText(after: k, tokens)
        #expect(EventExtractor.describedPlaceNoun(after: k, tokens, describing: describing) == expected, "'\(text)' \(k)")
        if expected != nil { found += 1 }
      }
    }
    #expect(found > 30)
  }
}
