import Gazetteer

/// What the rules ask of a single word, answered once per word id instead of once per token:
/// the word lists of `Tokenizer`, `MentionFinder`, `TriggerFinder`, `DateFinder` and the
/// gazetteer's first words, turned into tables indexed by `WordID`. The lists themselves stay
/// where they are, readable next to the rules that use them.
struct RuleTables: Sendable {
  let lexicon: Lexicon
  let names: NameKeyFilter
  /// `PlaceIndex.firstWords`.
  let isFirstWord: [Bool]
  let isRegionStarter: [Bool]
  let isNotPlace: [Bool]
  let isGeneric: [Bool]
  /// `MentionFinder.personNameOpeners` by word id.
  let isPersonNameOpener: [Bool]
  /// `MentionFinder.functionWords.contains` of every lexicon word, by id (asked of words that are
  /// never a place alone, which the lexicon holds: `MentionFinder.match`).
  let isFunctionWord: [Bool]
  /// `DateFinder.months` (0: not a month).
  let month: [Int]
  /// `DateFinder.weekdays` (-1: not a weekday).
  let weekday: [Int]
  /// `DateFinder.numberWords` (0: not a number word).
  let numberWord: [Int]
  /// `DateFinder.startWords`.
  let startsDate: [Bool]
  /// The words `DateFinder.find` tests a start word against, by id.
  let dateCaseWords: DateFinder.CaseWords
  /// `TriggerRules.all` by first word (`TriggerRules.byFirstWord`), compiled over word ids.
  let triggerPatterns: TriggerPatternTable
  /// `Inflections.fillers`.
  let isFiller: [Bool]
  /// `TriggerFinder.laterDenials`.
  let isDenial: [Bool]
  /// The kind of dispute each lexicon word may open (`EventExtractor.withDisputedCaptures`).
  let disputeCue: [EventExtractor.DisputeCue]
  /// `TriggerFinder.irrealisBits(of:)` of every word.
  let irrealisBits: [UInt8]
  /// `EventExtractor.placeNouns`, `placeDescriptors` and `auxiliaries`, asked of the tokens
  /// between a trigger and its place (`EventExtractor.nearestTrigger`).
  let placeNouns: TokenWordList
  let placeDescriptors: TokenWordList
  let auxiliaries: TokenWordList
  /// `TriggerFinder.clauseBreaks`, asked of the words between a trigger and its place
  /// (`EventExtractor.nearestTrigger`).
  let clauseBreaks: TokenWordList
  /// `EventExtractor.earlierYearWords`, asked of every token of a dated sentence.
  let earlierYearWords: TokenWordList
  /// `NameNormalizer.joiningWords` and `MentionFinder.notPlaces`, asked of the words of a name
  /// (`MentionFinder.match`).
  let joiningWords: TokenWordList
  let notPlaceWords: TokenWordList
  /// `MentionFinder`'s lists that `annotate` asks of the words around a name.
  let directionAdjectives: TokenWordList
  let compassWords: TokenWordList
  let distanceUnits: TokenWordList
  let prepositions: TokenWordList
  let hintNouns: TokenWordList
  let namingNouns: TokenWordList
  let attributiveFollowers: TokenWordList
  /// `MentionFinder.nameNeighbours`, asked of the word before a capitalised word
  /// (`MentionFinder.closeMatch`), and `MentionFinder.partFollowers`, of the word after a name.
  let nameNeighbours: TokenWordList
  let partFollowers: TokenWordList
  /// `EventExtractor.timeLeaders` and `EventExtractor.partsOfDay`, asked of the words around
  /// every date; `EventExtractor.relativeTimeWords`, of every word of a sentence that may take a
  /// heading's day; `EventExtractor.breaksBeforeSubject`, of the word before a list.
  let timeLeaders: TokenWordList
  let partsOfDay: TokenWordList
  let relativeTimeWords: TokenWordList
  let breaksBeforeSubject: TokenWordList
  /// `EventExtractor.pronounVerbs` and `EventExtractor.pronounObjectVerbs`, asked of the words
  /// around every "it" and "which" (`EventExtractor.pronounReference`);
  /// `EventExtractor.ownSubjects`, of the word before a trigger (`EventExtractor.nearestTrigger`);
  /// `MentionFinder.indefiniteOpeners`, of a word before a name (`MentionFinder.annotate`).
  let pronounVerbs: TokenWordList
  /// `EventExtractor.placeDescribingWords`, asked of the words after every "the" of a report
  /// (`EventExtractor.describedPlaceNoun`): hashing each word's text was about 260
  /// instructions a test, 10 000 tests on the 1 MB stream (callgrind, issue #16).
  let placeDescribingWords: TokenWordList
  let pronounObjectVerbs: TokenWordList
  let ownSubjects: TokenWordList
  let indefiniteOpeners: TokenWordList
  /// `EventExtractor.groupReferenceNouns`, asked of the noun after every "the" of a report
  /// (`EventExtractor.withBackReferences`).
  let groupReferenceNouns: TokenWordList
  /// `EventExtractor.recallNouns`, asked of the words around every change of control
  /// (`EventExtractor.recalledGroup`).
  let recallNouns: TokenWordList
  /// The words `EventExtractor.withBackReferences` looks for, by id.
  let backReferenceWords: BackReferenceWords

  /// The ids of the words that start a back reference, and of the words after "the" that can
  /// start its phrase (`EventExtractor.backReferenceHeads`). All are lower-case ASCII letters,
  /// which no other text equals, so comparing a token's id is comparing its lower form.
  struct BackReferenceWords: Sendable {
    let it, which, `where`, them, both, its, the: WordID
    /// "his", "her", "their" and "province" ("his province's capital").
    let his, her, their, province: WordID
    /// "afghanistan", "country" and "nation" ("Afghanistan's capital", "the country's capital":
    /// `EventExtractor.countryPossessors`).
    let afghanistan, country, nation: WordID
    let isPhraseHead: [Bool]

    init(_ lexicon: Lexicon) {
      afghanistan = lexicon.id(of: "afghanistan")
      country = lexicon.id(of: "country")
      nation = lexicon.id(of: "nation")
      // (An unknown id would equal every word the lexicon lacks.)
      precondition(
        ![afghanistan, country, nation].contains(Lexicon.unknown), "'afghanistan', 'country' or 'nation' is missing from the lexicon")
      his = lexicon.id(of: "his")
      her = lexicon.id(of: "her")
      their = lexicon.id(of: "their")
      province = lexicon.id(of: "province")
      it = lexicon.id(of: "it")
      which = lexicon.id(of: "which")
      `where` = lexicon.id(of: "where")
      them = lexicon.id(of: "them")
      both = lexicon.id(of: "both")
      its = lexicon.id(of: "its")
      the = lexicon.id(of: "the")
      isPhraseHead = lexicon.table(EventExtractor.backReferenceHeads)
    }
  }
  /// The words `EventExtractor.continuesList` looks for at a sentence's ends, by id.
  let listWords: ListWords
  /// `EventExtractor.namingVerbs`, `listOpenings` and `listEndings` as lexicon ids. Every one
  /// of these words is ASCII, holds neither ";" nor "`" and has an id (`RuleTables` puts them in
  /// the lexicon), so a token spells one exactly when its `word` is that id: ASCII text equals
  /// only the same bytes, and only text holding U+037E or U+1FEF equals ASCII text of other
  /// bytes (`TokenWordList`).
  struct ListWords: Sendable {
    let namingVerbs: [WordID]
    let them: WordID
    let openings: [[WordID]]
    /// Whether an id is the first word of one of `openings`.
    let isOpeningHead: [Bool]
    let endings: [[WordID]]

    init(_ lexicon: Lexicon) {
      func ids(_ words: [String]) -> [WordID] {
        words.map { word in
          let id = lexicon.id(of: word)
          precondition(id != Lexicon.unknown, "'\(word)' is missing from the lexicon")
          precondition(word.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") }, "'\(word)'")
          return id
        }
      }
      namingVerbs = ids(EventExtractor.namingVerbs)
      them = ids(["them"])[0]
      openings = EventExtractor.listOpenings.map(ids)
      var isOpeningHead = Array(repeating: false, count: lexicon.count)
      for opening in openings { isOpeningHead[Int(opening[0])] = true }
      self.isOpeningHead = isOpeningHead
      endings = EventExtractor.listEndings.map(ids)
    }
  }
  /// `TriggerFinder.spellings`: the word read instead, and its id (nil: read as written).
  let spelling: [(word: String, id: WordID)?]
  /// Whether `spelling` has an entry for an id, one byte an id: `TriggerFinder.words` asks it of
  /// every word, and the 24-byte optionals of `spelling`, spread over the whole lexicon, were
  /// mostly cache misses (the line was 44 % of that function's time: perf, issue #16).
  let hasSpelling: [Bool]
  /// The capital district of each province (`index.districts(inProvince:)` filters every place).
  let capitalDistricts: [String: Place]
  /// The ids of "they" and "taliban", for reading "they" as the Taliban without comparing text.
  let theyWord: WordID
  let talibanWord: WordID
  /// The word id of "it" (a subject pronoun a floating adverb may follow: "after it briefly fell").
  let itWord: WordID
  /// The word id of "," (the mark a pair of apposition dashes is read as:
  /// `Tokenizer.readingAppositionDashes`).
  let commaWord: WordID
  /// `EventExtractor.hedges` and `TriggerFinder.talibanWords`, asked of the words of every
  /// capture's sentence (`EventExtractor.isHedged`).
  let hedgeWords: TokenWordList
  let talibanWords: TokenWordList
  /// The other word lists `EventExtractor.isHedged` asks of the words of every capture's
  /// sentence.
  let hedgeCues: HedgeCues

  /// `EventExtractor.hedgeSayingVerbs`, `hedgeSourceNouns`, `hedgeAttributionVerbs`,
  /// `unofficialSources` and `officialWords`, asked by word id.
  struct HedgeCues: Sendable {
    let sayingVerbs: TokenWordList
    let sourceNouns: TokenWordList
    let attributionVerbs: TokenWordList
    let unofficialSources: TokenWordList
    let officialWords: TokenWordList

    init(_ lexicon: Lexicon) {
      sayingVerbs = TokenWordList(EventExtractor.hedgeSayingVerbs, lexicon: lexicon)
      sourceNouns = TokenWordList(EventExtractor.hedgeSourceNouns, lexicon: lexicon)
      attributionVerbs = TokenWordList(EventExtractor.hedgeAttributionVerbs, lexicon: lexicon)
      unofficialSources = TokenWordList(EventExtractor.unofficialSources, lexicon: lexicon)
      officialWords = TokenWordList(EventExtractor.officialWords, lexicon: lexicon)
    }
  }
  /// `TriggerFinder.floatingAdverbs`, asked of every word the trigger patterns read after an
  /// auxiliary (`TriggerFinder.words`).
  let floatingAdverbs: TokenWordList
  /// `DateFinder.notEventDayStops` by word id (1: true, 0: false, -1: no entry), asked of the
  /// six words before every date (`DateFinder.notEventDayStop(_:tables:)`).
  let notEventDayStop: [Int8]
  /// `EventExtractor.disputeTheirWords`, asked of the words around every dispute cue of a report
  /// that tells a capture (`EventExtractor.withDisputedCaptures`).
  let disputeTheirWords: TokenWordList
  /// The id of "however", which `EventExtractor.withDisputedCaptures` looks for before each
  /// span of a capture (`EventExtractor.firstToken(_:in:_:)`).
  /// The id of "between", which `TriggerFinder.betweenPhrase` looks for in every sentence.
  let betweenWord: WordID
  let howeverWord: WordID
  /// The id of "including", which `TriggerFinder.inclusionAfterFighting` looks for.
  let includingWord: WordID
  /// The ids of "if" and "unless", which `EventExtractor.nearestTrigger` looks for between a
  /// trigger and a place after it (both are `TriggerFinder.irrealisCues`, in the lexicon).
  let ifWord: WordID
  let unlessWord: WordID
  /// The ids of "since" and "had", which `TriggerFinder.isRetrospective` asks of the clause
  /// before every trigger.
  let sinceWord: WordID
  let hadWord: WordID
  /// The id of "and", which `TriggerFinder.isIrrealis` asks of every word it walks back over.
  let andWord: WordID
  /// The ids of "named" and "called", which `MentionFinder.people` asks of every token ("a
  /// soldier named …").
  let namedWord: WordID
  let calledWord: WordID

  /// `TriggerFinder.irrealisBits(of:)` of every lexicon word, by id: each list word marks its
  /// own id, and the endings ("n't", "may") are read from each ASCII word's bytes. (Asked of
  /// every lexicon word as text, hashing it into five sets, this was 7.7 M instructions of
  /// every start: callgrind, issue #16.) A lexicon word that is not ASCII may equal a list word
  /// of other bytes (canonical equivalence), and so may ASCII text a list word holding U+037E,
  /// U+1FEF or U+212A (the scalars whose decomposition is ASCII): those are asked as text.
  static func irrealisBits(_ lexicon: Lexicon) -> [UInt8] {
    var bits = [UInt8](repeating: 0, count: lexicon.count)
    var askAll = false
    func mark(_ words: some Sequence<String>, _ bit: UInt8) {
      for word in words {
        if word.unicodeScalars.contains(where: { [0x037E, 0x1FEF, 0x212A].contains($0.value) }) { askAll = true }
        let id = lexicon.id(of: word)
        if id != Lexicon.unknown { bits[Int(id)] |= bit }
      }
    }
    mark(TriggerFinder.clauseBreaks, TriggerFinder.IrrealisBit.endsClause)
    mark(TriggerFinder.reportingParticiples, TriggerFinder.IrrealisBit.endsClause)
    mark(TriggerFinder.relativePronouns, TriggerFinder.IrrealisBit.relativePronoun)
    mark(TriggerFinder.quotationVerbs, TriggerFinder.IrrealisBit.quotationVerb)
    mark(TriggerFinder.irrealisCues, TriggerFinder.IrrealisBit.irrealisCue)
    mark(TriggerFinder.negationCues, TriggerFinder.IrrealisBit.negationCue)
    if askAll { return lexicon.words.map(TriggerFinder.irrealisBits(of:)) }
    let apostropheT = Array("n't".utf8)
    let may = Array("may".utf8)
    for id in 1..<lexicon.count {
      var word = lexicon.words[id]
      let ascii: Bool = word.withUTF8 { bytes in
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return false }
        if bytes.count >= 3, bytes[(bytes.count - 3)...].elementsEqual(apostropheT) {
          bits[id] |= TriggerFinder.IrrealisBit.negatedVerb
        }
        if bytes.elementsEqual(may) { bits[id] |= TriggerFinder.IrrealisBit.may }
        return true
      }
      if !ascii { bits[id] = TriggerFinder.irrealisBits(of: word) }
    }
    bits[Int(Lexicon.unknown)] = TriggerFinder.irrealisBits(of: lexicon.words[Int(Lexicon.unknown)])
    return bits
  }

  /// The district holding the capital of province `pcode`.
  func capitalDistrict(ofProvince pcode: String) -> Place? { capitalDistricts[pcode] }

  init(index: PlaceIndex) {
    var vocabulary: [String] = []
    vocabulary += Tokenizer.abbreviations
    vocabulary += MentionFinder.notPlaces
    vocabulary += MentionFinder.regionStarters
    vocabulary += NameNormalizer.genericWords
    vocabulary += NameNormalizer.joiningWords
    vocabulary += DateFinder.months.keys
    vocabulary += DateFinder.weekdays.keys
    vocabulary += DateFinder.numberWords.keys
    vocabulary += DateFinder.startWords
    vocabulary += index.firstWords
    // Every word of every trigger pattern, so that patterns match on ids. With the fillers
    // these hold every first word of a pattern (``TriggerPattern/firstWords``: words of its
    // slots, and the fillers a `_` skips), so `TriggerRules.byFirstWord` is not built for its keys.
    // (The slots' words as they are, repeats and all: the lexicon skips repeats, and making a
    // set of each pattern's words first was 4.4 M instructions of every start.)
    for pattern in TriggerRules.all {
      for case .words(let words, _) in pattern.slots { vocabulary += words }
    }
    vocabulary += Inflections.fillers
    vocabulary += TriggerFinder.laterDenials
    // The lists `TriggerFinder.isIrrealis` reads by id (`irrealisBits`).
    vocabulary += TriggerFinder.clauseBreaks
    vocabulary += TriggerFinder.reportingParticiples
    vocabulary += TriggerFinder.relativePronouns
    vocabulary += TriggerFinder.quotationVerbs
    vocabulary += TriggerFinder.irrealisCues
    vocabulary += TriggerFinder.negationCues
    vocabulary.append("including")
    vocabulary += ["may"]
    // The lists read as `TokenWordList`s.
    vocabulary += EventExtractor.placeNouns
    vocabulary += EventExtractor.placeDescriptors
    vocabulary += EventExtractor.auxiliaries
    vocabulary += ["it", "which", "where", "them", "both", "its", "the"]
    vocabulary += EventExtractor.countryPossessors
    vocabulary += EventExtractor.backReferenceHeads
    vocabulary += TriggerFinder.spellings.keys
    vocabulary += TriggerFinder.spellings.values
    vocabulary += ["they", "taliban"]
    // Words only asked of tokens by id (`TokenWordList`s), which the rules' reading of
    // tokens does not otherwise know (`Lexicon.isCore`).
    var lookupOnly: [String] = []
    lookupOnly += EventExtractor.earlierYearWords
    lookupOnly += DateFinder.CaseWords.followers
    lookupOnly += DateFinder.partsOfDay.sorted() + DateFinder.partsOfDayAfterBy.sorted()
    for list in MentionFinder.annotateLists { lookupOnly += list }
    lookupOnly += MentionFinder.personNameOpeners
    lookupOnly += MentionFinder.nameNeighbours
    lookupOnly += MentionFinder.partFollowers
    lookupOnly += EventExtractor.timeLeaders
    lookupOnly += EventExtractor.partsOfDay
    lookupOnly += EventExtractor.relativeTimeWords
    lookupOnly += EventExtractor.breaksBeforeSubject
    lookupOnly += EventExtractor.pronounVerbs
    lookupOnly += EventExtractor.placeDescribingWords
    lookupOnly += EventExtractor.pronounObjectVerbs
    lookupOnly += EventExtractor.ownSubjects
    lookupOnly += MentionFinder.indefiniteOpeners
    lookupOnly += EventExtractor.groupReferenceNouns
    lookupOnly += EventExtractor.recallNouns
    lookupOnly += ["his", "her", "their"]
    lookupOnly += EventExtractor.disputeCues.keys
    lookupOnly += EventExtractor.disputeTheirWords
    lookupOnly += DateFinder.notEventDayStops.keys
    lookupOnly += EventExtractor.hedges
    lookupOnly += TriggerFinder.talibanWords
    lookupOnly += EventExtractor.hedgeSayingVerbs
    lookupOnly += EventExtractor.hedgeSourceNouns
    lookupOnly += EventExtractor.hedgeAttributionVerbs
    lookupOnly += EventExtractor.unofficialSources
    lookupOnly += EventExtractor.officialWords
    lookupOnly += TriggerFinder.floatingAdverbs
    lookupOnly += EventExtractor.namingVerbs + ["them", "it"]
    lookupOnly += ["named", "called"]
    lookupOnly += EventExtractor.listOpenings.joined()
    lookupOnly += EventExtractor.listEndings.joined()
    let lexicon = Lexicon(
      Lexicon.sortedWords(Lexicon.droppingRepeats(vocabulary)),
      lookupOnly: Lexicon.sortedWords(Lexicon.droppingRepeats(lookupOnly)))
    self.lexicon = lexicon
    theyWord = lexicon.id(of: "they")
    itWord = lexicon.id(of: "it")
    commaWord = lexicon.id(of: ",")
    talibanWord = lexicon.id(of: "taliban")
    howeverWord = lexicon.id(of: "however")
    precondition(howeverWord != Lexicon.unknown, "'however' is missing from the lexicon")
    betweenWord = lexicon.id(of: "between")
    precondition(betweenWord != Lexicon.unknown, "'between' is missing from the lexicon")
    includingWord = lexicon.id(of: "including")
    ifWord = lexicon.id(of: "if")
    unlessWord = lexicon.id(of: "unless")
    precondition(ifWord != Lexicon.unknown && unlessWord != Lexicon.unknown, "'if' or 'unless' is missing from the lexicon")
    sinceWord = lexicon.id(of: "since")
    hadWord = lexicon.id(of: "had")
    precondition(sinceWord != Lexicon.unknown && hadWord != Lexicon.unknown, "'since' or 'had' is missing from the lexicon")
    andWord = lexicon.id(of: "and")
    precondition(andWord != Lexicon.unknown, "'and' is missing from the lexicon")
    namedWord = lexicon.id(of: "named")
    calledWord = lexicon.id(of: "called")
    precondition(namedWord != Lexicon.unknown && calledWord != Lexicon.unknown, "'named' or 'called' is missing from the lexicon")
    names = NameKeyFilter(index: index, lexicon: lexicon)
    isFirstWord = lexicon.table(index.firstWords)
    isRegionStarter = lexicon.table(MentionFinder.regionStarters)
    isNotPlace = lexicon.table(MentionFinder.notPlaces)
    isGeneric = lexicon.table(NameNormalizer.genericWords)
    // Each list word marks its own id; a lexicon word that is not ASCII may equal a list word of
    // other bytes (canonical equivalence), so those are asked of the set (as `TokenWordList`).
    func exactTable(_ words: Set<String>) -> [Bool] {
      var table = lexicon.table(words)
      for id in lexicon.nonASCII where !table[Int(id)] { table[Int(id)] = words.contains(lexicon.words[Int(id)]) }
      return table
    }
    isPersonNameOpener = exactTable(MentionFinder.personNameOpeners)
    isFunctionWord = exactTable(MentionFinder.functionWords.words)
    func values(_ dictionary: [String: Int], missing: Int) -> [Int] {
      var table = Array(repeating: missing, count: lexicon.count)
      for (word, value) in dictionary { table[Int(lexicon.id(of: word))] = value }
      table[Int(Lexicon.unknown)] = missing
      return table
    }
    month = values(DateFinder.months, missing: 0)
    weekday = values(DateFinder.weekdays, missing: -1)
    numberWord = values(DateFinder.numberWords, missing: 0)
    startsDate = lexicon.table(DateFinder.startWords)
    dateCaseWords = DateFinder.CaseWords(lexicon)
    triggerPatterns = TriggerPatternTable(TriggerRules.all, lexicon: lexicon)
    isFiller = lexicon.table(Inflections.fillers)
    isDenial = lexicon.table(TriggerFinder.laterDenials)
    var disputeCue = Array(repeating: EventExtractor.DisputeCue.none, count: lexicon.count)
    for (word, cue) in EventExtractor.disputeCues { disputeCue[Int(lexicon.id(of: word))] = cue }
    // (A word that is not ASCII may equal a cue word of other bytes.)
    for id in lexicon.nonASCII where disputeCue[Int(id)] == .none {
      disputeCue[Int(id)] = EventExtractor.disputeCues[lexicon.words[Int(id)]] ?? .none
    }
    disputeCue[Int(Lexicon.unknown)] = .none
    self.disputeCue = disputeCue
    irrealisBits = Self.irrealisBits(lexicon)
    placeNouns = TokenWordList(EventExtractor.placeNouns.words, lexicon: lexicon)
    placeDescriptors = TokenWordList(EventExtractor.placeDescriptors, lexicon: lexicon)
    auxiliaries = TokenWordList(EventExtractor.auxiliaries.words, lexicon: lexicon)
    earlierYearWords = TokenWordList(EventExtractor.earlierYearWords, lexicon: lexicon)
    clauseBreaks = TokenWordList(TriggerFinder.clauseBreaks, lexicon: lexicon)
    joiningWords = TokenWordList(NameNormalizer.joiningWords, lexicon: lexicon)
    notPlaceWords = TokenWordList(MentionFinder.notPlaces, lexicon: lexicon)
    directionAdjectives = TokenWordList(MentionFinder.directionAdjectives, lexicon: lexicon)
    compassWords = TokenWordList(MentionFinder.compassWords, lexicon: lexicon)
    distanceUnits = TokenWordList(MentionFinder.distanceUnits, lexicon: lexicon)
    prepositions = TokenWordList(MentionFinder.prepositions, lexicon: lexicon)
    hintNouns = TokenWordList(MentionFinder.hintNouns, lexicon: lexicon)
    namingNouns = TokenWordList(MentionFinder.namingNouns, lexicon: lexicon)
    attributiveFollowers = TokenWordList(MentionFinder.attributiveFollowers, lexicon: lexicon)
    nameNeighbours = TokenWordList(MentionFinder.nameNeighbours, lexicon: lexicon)
    partFollowers = TokenWordList(MentionFinder.partFollowers, lexicon: lexicon)
    timeLeaders = TokenWordList(EventExtractor.timeLeaders, lexicon: lexicon)
    partsOfDay = TokenWordList(EventExtractor.partsOfDay, lexicon: lexicon)
    relativeTimeWords = TokenWordList(EventExtractor.relativeTimeWords, lexicon: lexicon)
    breaksBeforeSubject = TokenWordList(EventExtractor.breaksBeforeSubject, lexicon: lexicon)
    pronounVerbs = TokenWordList(EventExtractor.pronounVerbs.words, lexicon: lexicon)
    placeDescribingWords = TokenWordList(EventExtractor.placeDescribingWords, lexicon: lexicon)
    pronounObjectVerbs = TokenWordList(EventExtractor.pronounObjectVerbs.words, lexicon: lexicon)
    ownSubjects = TokenWordList(EventExtractor.ownSubjects, lexicon: lexicon)
    indefiniteOpeners = TokenWordList(MentionFinder.indefiniteOpeners, lexicon: lexicon)
    groupReferenceNouns = TokenWordList(EventExtractor.groupReferenceNouns, lexicon: lexicon)
    recallNouns = TokenWordList(EventExtractor.recallNouns.words, lexicon: lexicon)
    backReferenceWords = BackReferenceWords(lexicon)
    listWords = ListWords(lexicon)
    disputeTheirWords = TokenWordList(EventExtractor.disputeTheirWords, lexicon: lexicon)
    hedgeWords = TokenWordList(EventExtractor.hedges, lexicon: lexicon)
    talibanWords = TokenWordList(TriggerFinder.talibanWords.words, lexicon: lexicon)
    hedgeCues = HedgeCues(lexicon)
    floatingAdverbs = TokenWordList(TriggerFinder.floatingAdverbs, lexicon: lexicon)
    // (A key of other bytes may equal a lexicon word that is not ASCII: those are asked of the
    // dictionary by their text.)
    var notEventDayStop = [Int8](repeating: -1, count: lexicon.count)
    for (word, stop) in DateFinder.notEventDayStops { notEventDayStop[Int(lexicon.id(of: word))] = stop ? 1 : 0 }
    for id in lexicon.nonASCII where notEventDayStop[Int(id)] < 0 {
      if let stop = DateFinder.notEventDayStops[lexicon.words[Int(id)]] { notEventDayStop[Int(id)] = stop ? 1 : 0 }
    }
    notEventDayStop[Int(Lexicon.unknown)] = -1
    self.notEventDayStop = notEventDayStop
    var spelling = [(word: String, id: WordID)?](repeating: nil, count: lexicon.count)
    for (variant, word) in TriggerFinder.spellings { spelling[Int(lexicon.id(of: variant))] = (word, lexicon.id(of: word)) }
    self.spelling = spelling
    self.hasSpelling = spelling.map { $0 != nil }
    // One pass over the places (in their order, as `districts(inProvince:)` gives them), not
    // one filter of every place per province: that was 15 M instructions of every start.
    // (The places read in place and only a capital copied: a copy of every place, and the
    // provinces' array of `places(at:)`, retained and released each place's strings, about
    // 0.8 M instructions of every start: callgrind, issue #16.)
    let places = index.places
    var provinces = Set<String>()
    for k in places.indices where places[k].level == .province { provinces.insert(places[k].id) }
    var capitals: [String: Place] = [:]
    for k in places.indices where places[k].level == .district && places[k].isCapital {
      guard let province = places[k].provincePcode, provinces.contains(province), capitals[province] == nil else { continue }
      capitals[province] = places[k]
    }
    capitalDistricts = capitals
  }
}

/// A word list asked of tokens by their word id instead of by hashing their text.
///
/// For a token of `Tokenizer.tokens` (whose `word` is the lexicon id of its `lower`), with
/// every word of the list in the lexicon: a token with an id is that lexicon word's text, which
/// `byID` answers for; a token outside the lexicon is in the list only if it is not ASCII
/// (ASCII text equals only itself), and such a token is asked of `words`. (Persian-script
/// tokens carry no ids: they are not to be asked this way.)
struct TokenWordList: Sendable {
  let words: Set<String>
  /// `words.contains` of every lexicon word, by id.
  let byID: [Bool]

  init(_ words: Set<String>, lexicon: Lexicon) {
    // `words.contains` of every lexicon word: a list word marks its own id; a lexicon word that
    // is not ASCII may equal a list word of other bytes (canonical equivalence), so those are
    // asked of `words` (an ASCII one equals only the list word of its bytes, by the checks).
    // (Each word's id looked up once, for the check and the mark: 31 lists at every start.)
    var byID = Array(repeating: false, count: lexicon.count)
    for word in words {
      let id = lexicon.id(of: word)
      precondition(id != Lexicon.unknown, "'\(word)' is missing from the lexicon")
      // The three scalars whose canonical decomposition is ASCII (";", "`", "K"): a word holding
      // one could equal ASCII text of other bytes.
      precondition(!word.unicodeScalars.contains { [0x037E, 0x1FEF, 0x212A].contains($0.value) }, "'\(word)'")
      byID[Int(id)] = true
    }
    self.words = words
    for id in lexicon.nonASCII where !byID[Int(id)] { byID[Int(id)] = words.contains(lexicon.words[Int(id)]) }
    self.byID = byID
  }

  /// Whether `words` holds `token.lower`.
  @inline(__always)
  func contains(_ token: Token) -> Bool {
    if token.word != Lexicon.unknown { return byID[Int(token.word)] }
    return !token.isASCII && words.contains(token.lower)
  }

  /// `contains(tokens[k])`, the token's fields read in place: an argument `tokens[k]` copied
  /// the whole token (its text retained and released, through the array's subscript where it
  /// was not inlined), about 60 instructions a test (callgrind, issue #16).
  @inline(__always)
  func contains(_ tokens: [Token], at k: Int) -> Bool {
    let word = tokens[k].word
    if word != Lexicon.unknown { return byID[Int(word)] }
    return !tokens[k].isASCII && words.contains(tokens[k].lower)
  }

  /// Whether `words` holds `word`, whose id in the lexicon the list was made with is `id`
  /// (`Lexicon.unknown` for text outside it, such as `TriggerFinder`'s "#place"): by id when it
  /// has one; text without one is held only when it is not ASCII and `words` holds it (ASCII
  /// text equals only the list word of the same bytes, and every list word has an id: `init`).
  /// (Text without an id tested for ASCII on its contiguous bytes where it has them: iterating
  /// `utf8` was about 30 instructions a byte.)
  @inline(__always)
  func contains(_ word: String, id: WordID) -> Bool {
    if id != Lexicon.unknown { return byID[Int(id)] }
    if let isASCII = word.utf8.withContiguousStorageIfAvailable({ bytes in !bytes.contains { $0 >= 0x80 } }) {
      return !isASCII && words.contains(word)
    }
    for byte in word.utf8 where byte >= 0x80 { return words.contains(word) }
    return false
  }

  /// Whether `words` holds `word` (text cut from tokens, such as the words `MentionFinder`
  /// collects before a name), read by its id in `lexicon` when it is ASCII: ASCII text equals
  /// only the list word of the same bytes (no list word is canonically equivalent to ASCII text
  /// but an ASCII one: `init`), and every list word has an id. Other text is asked of `words`.
  @inline(__always)
  func contains(_ word: String, lexicon: Lexicon) -> Bool {
    var text = word
    let id: WordID? = text.withUTF8 { bytes in
      for byte in bytes where byte >= 0x80 { return nil }
      return lexicon.id(of: bytes)
    }
    guard let id else { return words.contains(word) }
    return byID[Int(id)]
  }
}
