import Gazetteer

/// Finds gazetteer place names in tokenised text.
///
/// A name starts at a capitalised word (or, for regions, at "northern", "southern" … followed by
/// more words) and is matched longest first, up to the gazetteer's longest spelling, on the
/// name key (`NameNormalizer.key`); words may be joined by hyphens or apostrophes but not by
/// other punctuation. A single capitalised word that matches nothing by name may match by sound
/// key (Mianshen → Miyanshin) when it is at least four letters long, not the sentence's first
/// word and not a common capitalised word of news English.
struct MentionFinder {
  let index: PlaceIndex
  let tables: RuleTables

  /// Capitalised words of news English that are never place names, even when a spelling of the
  /// gazetteer or its sound key says otherwise.
  static let notPlaces: Set<String> = Set([
    "taliban", "afghan", "afghans", "afghanistan", "pakistan", "iran", "tajikistan", "india",
    "china", "russia", "america", "american", "us", "u", "un", "nato", "president", "minister",
    "ministry", "governor", "general", "gen", "commander", "council", "provincial", "national",
    "army", "police", "security", "forces", "force", "defense", "defence", "interior", "news",
    "now", "times", "agency", "reuters", "ap", "afp", "tolo", "tolonews", "pajhwok", "ariana",
    "xinhua", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "sources", "source", "officials", "official", "district",
    "province", "city", "he", "she", "they", "it", "we", "the", "a", "an", "in", "on", "at",
    "meanwhile", "however", "mujahid", "mujahed", "zabihullah", "ghani", "biden", "massoud",
    "dostum", "noor", "atta", "saleh", "amrullah", "karzai", "abdullah", "ismail", "mohammad", "muhammad", "ahmad", "abdul", "haji", "mullah",
    "mawlawi", "khan", "islamic", "qaida", "qaeda", "daesh", "isis", "emirate", "jamiat", "hezb", "eid", "kabulnow", "corps",
    "pamir", "atal", "shaheen", "zafar", "silab", "hamza", "tajik", "uzbek", "hazara", "baloch", "baluch", "turkmen", "tajiks", "uzbeks", "hazaras",
    "pashtun", "pashto", "dari", "persian", "english", "west", "east", "north", "south",
    "central", "capital", "center", "centre", "state", "department", "office", "headquarters",
    "airport", "university", "hospital", "road", "highway", "bridge", "dam", "base", "camp",
    "zone", "valley", "river", "mountain", "mountains", "pass",
  ]).union(foreignPlaces)

  /// Places abroad that reports on the war name (neighbouring countries' cities, capitals of
  /// the region, wars compared with it) and that the sound key took for Afghan districts: "the
  /// fall of Saigon" was Sayghan, "Quetta" Kot, "Raqqa" Rukha, "Dubai" Duab. (None may be a
  /// gazetteer spelling: Iran's Mashhad is left out for Keshem's town of the name;
  /// `ForeignPlacesTests`.)
  static let foreignPlaces: Set<String> = [
    "saigon", "vietnam", "hanoi", "baghdad", "mosul", "raqqa", "fallujah", "iraq", "syria", "damascus", "aleppo",
    "tripoli", "benghazi", "libya", "yemen", "sanaa", "beirut", "quetta", "peshawar", "karachi", "lahore",
    "islamabad", "rawalpindi", "tehran", "zahedan", "termez", "dushanbe", "tashkent",
    "ashgabat", "bishkek", "almaty", "delhi", "mumbai", "doha", "qatar", "dubai", "riyadh", "ankara", "istanbul",
    "moscow", "beijing", "washington", "london", "brussels", "geneva", "berlin", "paris", "uzbekistan",
    "turkmenistan", "kyrgyzstan", "kazakhstan", "turkey", "britain", "germany", "france",
  ]

  /// Given names and titles that open a person's name ("Mohammad Tahir Zohair", "Governor
  /// Faizada"): the capitalised words after them, up to three, are that name.
  static let personNameOpeners: Set<String> = [
    "mohammad", "muhammad", "mohammed", "ahmad", "ahmed", "abdul", "haji", "mullah", "mawlawi",
    "maulvi", "mr", "ms", "mrs", "dr", "gen", "general", "governor", "commander", "spokesman",
  ]

  /// The people a text names in full: the token ranges of their names after a person-name
  /// opener ("Tahir Zohair" of "Mohammad Tahir Zohair") and their last names ("zohair"). After a
  /// title ("Governor", "Commander") a name needs two words: "Commander Andar" may be a place's
  /// commander. Words that stand beside place names ("Mohammad in Kunduz") end a name.
  /// (`openers`: `personNameOpeners` by word id, `RuleTables.isPersonNameOpener`; `named`,
  /// `called`: the ids of those words, `RuleTables.namedWord` and `calledWord`.)
  static func people(_ tokens: [Token], openers: [Bool], named: WordID, called: WordID) -> (names: [ClosedRange<Int>], surnames: Set<String>) {
    var names: [ClosedRange<Int>] = []
    var found: Set<String> = []
    // The tokens that open a name: a capitalised opener, or "named" or "called" after a person
    // ("a 30-year-old Afghan soldier named Jallaabd": a person called so).
    // (Every token's fields read in place, by word id: through the array's subscript and with
    // "named" and "called" compared as text, the scan was 6.0 M instructions on the 1 MB stream,
    // 32 000 of them string comparisons: callgrind, issue #16. Only the lexicon's own bytes have
    // the id of "named" or "called", and no other text equals those ASCII words.)
    let starts: [Int] = tokens.withUnsafeBufferPointer { tokens in
      var starts: [Int] = []
      for k in tokens.indices {
        let word = tokens[k].word
        if (tokens[k].isCapitalized && openers[Int(word)])
          || (k > 0 && (word == named || word == called) && personNouns.contains(tokens[k - 1].lower))
        {
          starts.append(k)
        }
      }
      return starts
    }
    for k in starts {
      var j = k + 1
      if j < tokens.count, tokens[j].lower == "." { j += 1 }  // "Gen. Sami Sadat"
      let first = j
      var last: Int? = nil
      while j < tokens.count, j <= k + 4, tokens[j].kind == .word, tokens[j].isCapitalized,
        !nameNeighbours.contains(tokens[j].lower) || personNameOpeners.contains(tokens[j].lower)
      {
        last = j
        j += 1
      }
      if let last, last > first || !["governor", "commander", "spokesman", "general"].contains(tokens[k].lower),
        !personNameOpeners.contains(tokens[last].lower)
      {
        names.append(first...last)
        found.insert(tokens[last].lower)
      }
    }
    return (names, found)
  }

  /// People a name after "named" or "called" is given to ("a soldier named …").
  static let personNouns: SpelledWordSet = [
    "man", "woman", "boy", "girl", "soldier", "resident", "farmer", "commander", "fighter", "official", "driver",
    "teacher", "student", "shopkeeper", "doctor", "policeman", "mother", "father", "son", "daughter", "child",
    "activist", "journalist", "officer", "elder", "villager", "trader", "mullah", "person",
  ]

  /// Words of the never-a-place list that never start a longer name either ("The Nerkh
  /// district centre" is Nerkh).
  static let functionWords: SpelledWordSet = [
    "the", "a", "an", "in", "on", "at", "he", "she", "they", "it", "we", "meanwhile", "however",
  ]

  /// Capitalised words that may stand right before a place name without making it part of a
  /// longer proper name.
  static let nameNeighbours: Set<String> = [
    "taliban", "afghan", "afghanistan", "northern", "southern", "eastern", "western", "central",
    "north", "south", "east", "west", "northeastern", "northwestern", "southeastern",
    "southwestern", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "in", "on", "at", "of", "from", "and", "the", "province",
    "district", "city", "provinces", "districts", "capital", "neighbouring", "neighboring",
    "restive", "key", "strategic", "i", "ii", "said", "says",
  ]

  /// Words that, right after a place name, make it a title, office or outlet.
  static let attributiveFollowers: Set<String> = [
    "provincial", "council", "police", "governor", "governor's", "officials", "official",
    "lawmaker", "lawmakers", "mp", "mps", "senator", "senators", "spokesman", "spokesperson",
    "spokeswoman", "chief", "commander", "corps", "now", "times", "news", "university",
    "airport", "representative", "representatives", "delegation", "elders", "mayor",
    "deputy", "head", "administration", "authorities", "authority", "operations", "command",
    "ministry", "zone", "highway", "road", "prison", "jail", "hospital", "kabulnow", "airbase", "airfield", "air",
    // ("Helmand families forced to flee as battle continues in Lashkargah": people from a place.)
    // (Not "residents", "villagers": people who may take up arms there; but one resident
    // named is a speaker: "Kandahar resident Hafiz Mohammad Akbar said his house had been
    // taken over".)
    "families", "resident",
    // ("Herat strongman captured", "the Herat warlord Ismail Khan": a leader of the place.)
    "strongman", "warlord", "warlords", "powerbroker",
    // ("had seized Spin Boldak and the Kandahar customs": an office of the place.)
    "customs",
  ]

  /// Whether `owner` names a province that holds the district, town or capital city `item`
  /// names (every such reading of `item` lies in it), other than a province `item` names too.
  static func namesProvince(of item: Mention, _ owner: Mention) -> Bool {
    let local = item.matches.filter { $0.place.level != .province && $0.place.level != .region }
    guard !local.isEmpty, !item.matches.contains(where: { $0.place.level == .province }) else { return false }
    let provinces = Set(local.compactMap { $0.place.provincePcode })
    guard provinces.count == 1, let province = provinces.first else { return false }
    return owner.matches.contains { $0.place.level == .province && $0.place.id == province }
  }

  /// The words between a name and the province named after it as its container
  /// (`namesOtherContainer(after:)`).
  static let containerLeadWords: Set<String> = ["in", "of", ",", "the", "province"]

  /// Whether the name at token `start` opens a "where" clause: "where" right before it, or
  /// before its level words ("where the city of Mazar-e-Sharif lies").
  static func followsWhere(_ start: Int, _ tokens: [Token]) -> Bool {
    var k = start - 1
    while k >= 0, start - k <= 4, whereLeadWords.contains(tokens[k].lower) { k -= 1 }
    return k >= 0 && tokens[k].lower == "where"
  }

  /// Words between "where" and the place it introduces (`followsWhere`).
  /// (A static list: an array literal in the loop was built and freed, its words released one
  /// by one, at every word asked: callgrind, issue #16.)
  static let whereLeadWords: SpelledWordSet = ["the", "city", "town", "of", "provincial", "capital"]

  /// Words after a place that make it an outlet's name ("Kabul Now", "Kabul Times").
  static let outletFollowers: SpelledWordSet = ["now", "times", "news"]

  /// Verbs whose subject speaks: the capital before one of them stands for the government.
  static let governmentSpeechVerbs: SpelledWordSet = [
    "says", "said", "claims", "claimed", "denies", "denied", "insists", "insisted", "rejects", "rejected",
    "accuses", "accused", "blames", "blamed", "warns", "warned", "announced", "announces", "confirmed", "confirms",
  ]

  /// Participles of speaking whose agent after "by" speaks ("a statement refuted by Kabul"):
  /// the capital so named stands for the government.
  static let spokenParticiples: Set<String> = [
    "refuted", "denied", "rejected", "dismissed", "disputed", "confirmed", "announced", "condemned", "criticised", "criticized",
  ]

  /// Words before the capital that leave it the subject of what follows: none (the sentence's
  /// start), a comma, or a conjunction.
  static let subjectOpeners: SpelledWordSet = [",", "and", "but", "while", "as", "whereas", "though", "although"]

  /// Whether `mention`, a name of Kabul, is the one who speaks in "Kabul says …", "Kabul has
  /// denied …": right before a verb of speaking (after "has" or "had" too), with nothing before
  /// it but the sentence's start, a comma or a conjunction (`previous`, the word before it).
  static func speaksAsGovernment(_ mention: Mention, after previous: String?, _ tokens: [Token], at k: Int) -> Bool {
    guard previous.map(subjectOpeners.contains) ?? true, namesCapital(mention) else { return false }
    var verb = k
    if verb < tokens.count, ["has", "had", "have"].contains(tokens[verb].lower) { verb += 1 }
    return verb < tokens.count && governmentSpeechVerbs.contains(tokens[verb].lower)
  }

  /// Whether `mention` may name Kabul, the seat of the government (its district or province).
  static func namesCapital(_ mention: Mention) -> Bool {
    mention.matches.contains(where: { $0.place.id == "AF0101" || $0.place.id == "AF01" })
  }

  /// Who governs, named with the capital ("the Kabul government", "the administration in
  /// Kabul said"): `isGovernment`.
  static let governmentNouns: SpelledWordSet = [
    "government", "administration", "regime", "authorities", "officials", "leadership", "ministry",
  ]

  /// Offices and the people who hold them, after a place and its level noun ("Bagram district
  /// chief", "Ghazni province council"; not "Kunduz province police headquarters", a part).
  static let levelTitles: SpelledWordSet = [
    "governor", "chief", "council", "officials", "official", "spokesman", "spokesperson",
    "authorities", "elders", "representative", "representatives", "lawmaker", "lawmakers", "mp", "mps",
  ]

  /// Words that, right before a place name, make it a title or office ("governor of Ghazni").
  static let attributiveLeaders: [[String]] = [
    ["governor", "of"], ["spokesman", "for"], ["spokesperson", "for"], ["spokesman", "of"],
    ["spokesperson", "of"], ["member", "of"], ["mp", "from"], ["lawmaker", "from"],
    ["lawmakers", "from"], ["senator", "from"], ["representative", "of"], ["chief", "of"],
    ["head", "of"], ["council", "of"], ["police", "chief", "of"], ["mayor", "of"],
    // "a former minister who is now living in Panjshir": where a person lives.
    ["living", "in"], ["lives", "in"], ["lived", "in"], ["born", "in"],
  ]

  /// Words before a place that make it a landmark rather than the event's place.
  static let landmarkLeaders: [[String]] = [
    ["border", "with"], ["borders", "with"], ["borders"], ["bordering"], ["neighbors"], ["beyond"],
    ["neighbours"], ["neighboring"], ["neighbouring"], ["near"], ["from", "the", "capital"],
    ["away", "from"], ["far", "from"], ["south", "of"], ["north", "of"], ["east", "of"], ["west", "of"],
    ["southwest", "of"], ["southeast", "of"], ["northwest", "of"], ["northeast", "of"],
    ["km", "from"], ["kilometres", "from"], ["kilometers", "from"], ["miles", "from"],
    ["link", "to"],
    ["drive", "from"], ["drive", "north", "of"], ["drive", "south", "of"], ["drive", "east", "of"],
    ["drive", "west", "of"], ["proximity", "to"], ["close", "to"], ["next", "to"], ["adjacent", "to"],
    // "fighting …, displacing families into Kunduz city": where civilians fled to.
    ["families", "into"], ["families", "to"], ["displaced", "to"], ["displaced", "into"],
    // "the army loyal to Kabul": the government, not the city (nor what "the city" after it
    // refers to).
    ["loyal", "to"],
    // "withdrew to a military facility outside the city" (not "seized key facilities in
    // Qala-e-Naw": sites in a place, a part of it).
    ["facility", "outside"], ["facilities", "outside"], ["facility", "near"], ["facilities", "near"],
    // "seized a town that is one of the gateways to the capital": the town is taken, the place
    // it leads to is where it lies.
    ["gateway", "to"], ["gateways", "to"],
    // "Nirkh district, … the nearest one to the capital city of Kabul, fell": where it lies.
    ["nearest", "to"], ["closest", "to"], ["nearest", "one", "to"], ["closest", "one", "to"],
    // "outposts that are located on the way to Alingar district have fallen": where the
    // outposts lie ("the" is left out of the words before a name, `directionAdjectives`).
    ["located", "on", "way", "to"], ["situated", "on", "way", "to"], ["lie", "on", "way", "to"],
  ]
    // "the road to Kabul", "routes between Kabul and Kandahar", "the highway linking …".
    // (Not "all supply routes to Lashkar Gah" cut off: routes to a place, plural, are its
    // lifelines, which a siege cuts.)
    + roadNouns.flatMap { noun in
      (noun.hasSuffix("s") ? ["between", "linking", "connecting"] : ["to", "from", "between", "linking", "connecting"]).map { [noun, $0] }
    }
    + roadRelativeLeaders
    + landmarkNouns.flatMap { noun in ["in", "inside", "of", "near", "outside", "at"].map { [noun, $0] } }
    // "seize districts around Mazar": the districts are taken, Mazar is where they lie.
    + ["districts", "areas", "villages", "towns"].flatMap { noun in ["around", "surrounding"].map { [noun, $0] } }
    // ("evicted the militants from several villages from around Kunduz city".)
    + ["districts", "areas", "villages", "towns"].map { [$0, "from", "around"] }
    // "captured a key district just outside the capital": the district is taken, the capital
    // is where it lies (not "fighting outside Kandahar", which contests the city).
    + ["district", "districts", "area", "areas", "village", "villages", "town", "towns"].flatMap { noun in
      [[noun, "outside"], [noun, "just", "outside"], [noun, "right", "outside"]]
    }
    // "the Arghandab district in the outskirts of the provincial capital … was retaken": a
    // district is a place of its own (not "villages on the outskirts of the city were cleared",
    // a part of the city).
    + ["district", "districts"].flatMap { noun in [[noun, "in", "outskirts", "of"], [noun, "on", "outskirts", "of"]] }

  /// "a vital highway that connects the Afghan capital with the south", "the road which links
  /// Kabul to Kandahar": a road's ends named in a relative clause (`landmarkLeaders`).
  static let roadRelativeLeaders: [[String]] = {
    var leaders: [[String]] = []
    for noun in roadNouns where !noun.hasSuffix("s") {
      for relative in ["that", "which"] {
        for verb in ["connects", "links", "joins"] { leaders.append([noun, relative, verb]) }
      }
    }
    return leaders
  }()

  /// Sites that are not the district or city they stand in ("a ridge inside Kiti district", "the
  /// airport of Kunduz", "an army base near Herat"): what happens there is not the place's event.
  static let landmarkNouns: [String] = [
    "base", "bases", "camp", "camps", "airport", "airbase", "garrison", "ridge", "hill", "hills",
    "mountain", "mountains", "dam", "mine", "mines", "barracks", "brigade", "battalion", "corps",
    // ("are evacuating most of the embassy in Kabul".)
    "embassy", "embassies", "consulate", "consulates",
  ]

  /// Words before a place that make the event about a part of it ("villages of Taloqan",
  /// "most parts of Pul-e-Alam"): a capture of a part is a contest for the whole.
  static let partialLeaders: [[String]] = [
    ["villages", "of"], ["village", "of"], ["villages", "in"], ["parts", "of"], ["part", "of"], ["areas", "of"],
    ["area", "of"], ["region", "of"], ["regions", "of"], ["outskirts", "of"], ["edge", "of"], ["edges", "of"], ["fringes", "of"], ["suburbs", "of"], ["neighbourhoods", "of"],
    ["neighborhoods", "of"], ["sections", "of"], ["portions", "of"], ["gate", "of"], ["gates", "of"],
    ["police", "districts", "of"], ["much", "of"], ["most", "of"], ["half", "of"],
    ["entrance", "to"], ["entrance", "of"], ["gates", "to"], ["gate", "to"],
    ["police", "headquarters", "of"], ["police", "headquarters", "in"], ["compound", "in"], ["compound", "of"],
    ["office", "in"], ["offices", "in"],
    // "television and radio stations in the city had been seized", whichever voice (not
    // "buildings": "all government buildings in Qala-e-Zal are in Taliban hands" is the whole).
    ["stations", "in"], ["station", "in"], ["installations", "in"],
    // "many areas in Kunduz city have fallen", "parts in the south of Herat city".
    ["areas", "in"], ["parts", "in"], ["sections", "in"], ["neighbourhoods", "in"], ["neighborhoods", "in"],
    // "overran territory in three districts" (not "territory of", which may be the whole).
    ["territory", "in"],
  ] + ["checkpoint", "checkpoints", "outpost", "outposts", "posts", "prison", "jail"].flatMap { site in
    ["in", "of", "around", "near", "outside"].map { [site, $0] }
  }
    // "took control of posts and bases around the Spin Boldak DAC" (a base in or near a place
    // is a landmark: `landmarkNouns`).
    + [["bases", "around"], ["positions", "around"]]

  /// Whether `words` end with an urban police district of the place after them: "PD 8 of",
  /// "PD8 in", "police district 8 of" (a part of a city, as "police districts of" is).
  static func endsWithPoliceDistrict(_ words: [String]) -> Bool {
    guard let last = words.last, last == "of" || last == "in", words.count >= 2 else { return false }
    let number = words[words.count - 2]
    if number.hasPrefix("pd"), number.count > 2, number.dropFirst(2).allSatisfy(\.isNumber) { return true }
    guard number.first?.isNumber == true, words.count >= 3 else { return false }
    let noun = words[words.count - 3]
    return noun == "pd" || noun == "pds" || (noun == "district" && words.count >= 4 && words[words.count - 4] == "police")
  }

  /// Whether the words before a place at `start` name a locality in it: "in" or "of", one to
  /// five words of a name (capitalised words, hyphens, the ezafe's "e" and "i"), then "of"
  /// after a noun of localities ("the area of Dar-e Sanglakh in Jalrez").
  static func namesLocality(before start: Int, _ tokens: [Token]) -> Bool {
    guard start >= 4, localityPrepositions.contains(tokens[start - 1].lower) else { return false }
    var k = start - 2
    var named = 0
    while k >= 0, start - 2 - k < 5 {
      let token = tokens[k]
      if token.isCapitalized { named += 1 } else if !localityNameJoiners.contains(token.lower) { break }
      k -= 1
    }
    guard named > 0, k >= 1, tokens[k].lower == "of" else { return false }
    return localityNouns.contains(tokens[k - 1].lower)
  }
  /// The prepositions before a locality's place (`namesLocality`: "in", "of"), and the marks and
  /// particles that join the words of its name ("-", "e", "i").
  /// (A static list: an array literal in the loop was built and freed, its words released one
  /// by one, at every word asked: callgrind, issue #16.)
  static let localityPrepositions: SpelledWordSet = ["in", "of"]
  static let localityNameJoiners: SpelledWordSet = ["-", "e", "i"]
  /// Nouns of a locality named after them with "of" (`namesLocality`).
  static let localityNouns: Set<String> = ["area", "areas", "village", "villages", "locality", "region"]

  /// Whether words before a place (direction adjectives and "the" left out) make it a
  /// landmark ("a military base in the city", "a short drive north of Jalalabad").
  static func isLandmark(after words: [String]) -> Bool { landmarkEndings.endsAny(words) }

  /// Whether words before a place (direction adjectives and "the" left out) make it a part
  /// of the place ("the outskirts of the city", "the entrance to the city").
  static func isPartial(after words: [String]) -> Bool { partialEndings.endsAny(words) }

  /// Words before a place that except it from its clause ("every district has fallen except
  /// Chaghcharan", "apart from Herat city", "other than Kabul"), or that recall it as told
  /// already ("in addition to Ab Band, Qarabagh and Gilan are on the brink": the clause is about
  /// the others).
  static let exceptLeaders: [[String]] = [
    ["except"], ["apart", "from"], ["other", "than"], ["excluding"], ["except", "for"], ["but", "not"],
    ["in", "addition", "to"], ["besides"], ["all", "but"],
    // "most of the province, bar the city and two nearby districts, is under Taliban control".
    ["bar"], ["barring"], ["save", "for"], ["exception", "of"],
  ]

  static func isExcepted(after words: [String]) -> Bool { exceptEndings.endsAny(words) }

  /// Words between "leaving" and the place a sweep leaves over ("leaving only the isolated
  /// capital Kabul", "leaving the capital of Kabul as the only city …").
  static let leftOverLeadWords: SpelledWordSet = [
    "only", "just", "the", "isolated", "capital", "city", "of", "provincial", "national", "afghan", ",", "besieged",
  ]

  /// The leaders of `exceptLeaders` that set apart every item of the list after them.
  static let wholeListExceptEndings = PhraseEndings([
    ["except"], ["except", "for"], ["excluding"], ["other", "than"], ["but", "not"], ["all", "but"], ["bar"], ["barring"],
    ["save", "for"], ["exception", "of"],
  ])

  /// Words between an exception's leader and a name that leave the name in the exception
  /// ("bar the city and two nearby districts, Gozara and Injil").
  static let exceptedGroupWords: SpelledWordSet = [
    ",", "and", "the", "its", "their", "city", "cities", "capital", "provincial", "district", "districts",
    "province", "provinces", "nearby", "neighbouring", "neighboring", "surrounding", "adjacent", "town", "towns",
  ]

  /// The leader lists by last word, for the tests above (asked for every mention).
  static let landmarkEndings = PhraseEndings(landmarkLeaders)
  /// The parts of `partialLeaders` that only a city has (outskirts, gates, police districts, …).
  static let cityPartEndings = PhraseEndings(partialLeaders.filter { leader in
    ["outskirts", "edge", "edges", "fringes", "suburbs", "gate", "gates", "neighbourhoods", "neighborhoods", "entrance"]
      .contains(leader[0]) || leader == ["police", "districts", "of"]
  })
  static let partialEndings = PhraseEndings(partialLeaders)
  /// The leaders of `landmarkLeaders` that name a road, whose other end is a landmark too.
  static let roadEndings = PhraseEndings(landmarkLeaders.filter { roadNouns.contains($0[0]) })
  /// Nouns of a road, whose ends are landmarks (`landmarkLeaders`, `roadEndings`).
  static let roadNouns: [String] = ["road", "roads", "highway", "highways", "route", "routes"]
  static let exceptEndings = PhraseEndings(exceptLeaders)
  static let attributiveEndings = PhraseEndings(attributiveLeaders)

  /// Whether a mention names a provincial capital and no province ("Lashkar Gah", "Maymana").
  /// (Loops, here and in `namesProvinceAndCapital`, not closures: a closure that read `index`
  /// or `tables` captured a copy of the finder, its rule tables' hundreds of arrays and sets
  /// retained and released, about 6 000 instructions a call, 470 calls from `annotate` on the
  /// 1 MB stream: callgrind, issue #16. The matches are read in place.)
  func isCapitalCityOnly(_ mention: Mention) -> Bool {
    guard !mention.hasLevel(.province), !mention.matches.isEmpty else { return false }
    let matches = mention.matches
    for i in matches.indices where !matches[i].place.isCapital {
      guard matches[i].place.level == .town, let district = matches[i].place.districtPcode,
        index.place(id: district)?.isCapital == true
      else { return false }
    }
    return true
  }

  /// Whether a mention's districts and towns lie in more than one district ("Faizabad": one in
  /// Badakhshan, one in Jawzjan).
  static func namesSeveralDistricts(_ mention: Mention) -> Bool {
    var first: String? = nil
    for match in mention.matches {
      let district: String? =
        match.place.level == .district ? match.place.id : match.place.level == .town ? match.place.districtPcode : nil
      guard let district else { continue }
      if let first {
        if first != district { return true }
      } else {
        first = district
      }
    }
    return false
  }

  /// Drops the districts (and towns in them) a mention may name that are no provincial capital,
  /// when exactly one of the districts it may name is one ("Faizabad": Badakhshan's capital,
  /// not Jawzjan's district).
  func keepCapitalDistrict(_ mention: inout Mention) {
    func district(_ match: PlaceMatch) -> Place? {
      switch match.place.level {
      case .district: match.place
      case .town: match.place.districtPcode.flatMap { index.place(id: $0) }
      default: nil
      }
    }
    let districts = Set(mention.matches.compactMap { district($0)?.id })
    let capitals = Set(mention.matches.compactMap { district($0) }.filter(\.isCapital).map(\.id))
    guard districts.count > 1, capitals.count == 1 else { return }
    mention.matches.removeAll { match in district(match).map { !$0.isCapital } ?? false }
  }

  /// Whether a mention names a province and, by the same words, its capital ("Kandahar").
  func namesProvinceAndCapital(_ mention: Mention) -> Bool {
    let matches = mention.matches
    var capitals = Set<String>()
    for i in matches.indices where matches[i].place.level == .province {
      if let capital = tables.capitalDistrict(ofProvince: matches[i].place.id)?.id { capitals.insert(capital) }
    }
    for i in matches.indices {
      switch matches[i].place.level {
      case .district: if capitals.contains(matches[i].place.id) { return true }
      case .town: if let district = matches[i].place.districtPcode, capitals.contains(district) { return true }
      default: break
      }
    }
    return false
  }

  /// Nouns after a possessive place that name a part of it ("Kunduz city's police headquarters",
  /// "Ghazni's outskirts"): taking one contests the place.
  static let possessedParts = Set(landmarkNouns).union([
    "outskirts", "suburbs", "villages", "areas", "parts", "neighbourhoods", "neighborhoods", "gate",
    "gates", "airport", "prison", "jail", "police", "entrance", "outskirt", "checkpoint", "checkpoints",
    "outpost", "outposts", "bazaar", "market", "markets", "streets", "square",
    // ("breached Taloqan's defences".)
    "defences", "defenses",
  ])

  /// Parts named right after their place ("the Kunduz city police headquarters", "the
  /// Kandahar prison"; "police" only before "headquarters").
  /// Nouns of what happens to a place, which a possessive place undergoes rather than owns
  /// ("Kunduz's fall", "Ghazni's capture").
  static let eventNouns: SpelledWordSet = ["fall", "collapse", "capture", "seizure", "takeover", "loss", "surrender", "recapture", "liberation", "siege"]

  /// Nouns that, after "district", name a district's seat, which stands for the district
  /// ("the district centre of Shahrak", "Qaisar's district headquarters").
  static let seatNouns: SpelledWordSet = ["headquarters", "centre", "center", "compound", "seat"]

  static let partFollowers: Set<String> = [
    "police", "prison", "jail", "airport", "bazaar", "market", "gate", "gates", "outskirts", "bridge", "dam",
  ]

  /// Whether `tokens[owner...]` is "'s" and a part of the place before it ("Ghazni's outskirts";
  /// "Spin Boldak's main bazaar", "Lashkar Gah's ten police districts", "the city's first police
  /// district": an adjective, a count or an ordinal may stand before the part).
  static func ownsPart(at owner: Int, _ tokens: [Token]) -> Bool {
    guard owner + 2 < tokens.count, TriggerFinder.opensPossessive(tokens, at: owner) else { return false }
    let word = tokens[owner + 2]
    let partAt =
      partAdjectives.contains(word.lower) || word.kind == .number || numberWords[word.lower] != nil
        || TriggerFinder.ordinals.contains(word.lower) ? owner + 3 : owner + 2
    return partAt < tokens.count && possessedParts.contains(tokens[partAt].lower)
  }

  /// Whether the comma at `comma` opens an apposition that ranks a city ("…, Afghanistan's
  /// third-biggest city", "…, the country's second-largest city"): a word holding an ordinal
  /// or a superlative, then "city", within nine tokens after the comma (a possessive's
  /// apostrophe and "s" and a hyphen are tokens of their own), no other punctuation between.
  static func rankedCityApposition(after comma: Int, _ tokens: [Token]) -> Bool {
    var ranked = false
    var k = comma + 1
    while k < tokens.count, k <= comma + 9 {
      let word = tokens[k].lower
      if word == "city" { return ranked }
      if tokens[k].kind == .punctuation, !TriggerFinder.isApostrophe(word), word != "-" { return false }
      if isRankWord(word) { ranked = true }
      k += 1
    }
    return false
  }

  /// Whether `word` (lower-case) ranks a place among others: an ordinal ("third"), a word
  /// opening with one ("second-largest" is "second", "-", "largest") or a superlative
  /// ("largest", "biggest"), not a compass word ("the west's largest city" is ranked by
  /// "largest", not "west").
  static func isRankWord(_ word: String) -> Bool {
    TriggerFinder.ordinals.contains(word) || (word.hasSuffix("est") && !compassWords.contains(word))
      || word.hasPrefix("second") || word.hasPrefix("third") || word.hasPrefix("fourth") || word.hasPrefix("fifth")
  }

  /// Adjectives that may stand between a possessive place and its part ("Spin Boldak's main
  /// bazaar").
  static let partAdjectives: Set<String> = ["main", "central", "old", "new", "key", "western", "eastern", "northern", "southern"]

  /// Whether `words` end with one of `leaders`.
  /// Whether `words` (the words before a name) end in an inclusion of a place by its kind:
  /// "including the city of", "including the strategic and economically important city of" —
  /// "including", "the", at most six describing words, a head noun and "of".
  static func includesDescribedHead(_ words: [String]) -> Bool {
    guard words.count >= 4, words[words.count - 1] == "of", includedHeads.contains(words[words.count - 2]) else { return false }
    var k = words.count - 3
    let floor = max(0, k - 6)
    while k > floor, words[k] != "the", words[k].first?.isLetter == true, !prepositions.contains(words[k]) { k -= 1 }
    return words[k] == "the" && k >= 1 && words[k - 1] == "including"
  }
  static let includedHeads: Set<String> = ["city", "town", "district", "capital", "province"]

  /// Whether `mark` is a dash that may stand around an apposition (`isLevelApposition`): a
  /// hyphen-minus, an en dash or an em dash, tested as the mark tests do: text that starts
  /// with an ASCII scalar on that byte (`leadingASCIIByte`), other text on its only scalar
  /// (`isEnOrEmDash`). (A `Set` of the three hashed the word that opens the words between two
  /// places, and the words after it, about 700 instructions a test, 0.7 M on the 1 MB stream:
  /// callgrind, issue #16.)
  static func isAppositionDash(_ mark: String) -> Bool {
    if let byte = mark.leadingASCIIByte { return byte == UInt8(ascii: "-") }
    return isEnOrEmDash(mark)
  }

  /// Whether `words` read ", on <weekday> ," from `k`: an item's own day between commas, no
  /// break between items.
  static func isItemDayBetweenCommas(_ words: [String], at k: Int) -> Bool {
    k >= 0 && k + 3 < words.count && words[k] == "," && words[k + 1] == "on" && DateFinder.weekdays[words[k + 2]] != nil
      && words[k + 3] == ","
  }

  /// The end of the words of a day ("on Sunday", "on July 8") that open `words`, the words
  /// between two places, when an addition follows it ("…, as well as", "along with"); nil
  /// otherwise.
  static func leadingDayBeforeAddition(_ words: ArraySlice<String>) -> Int? {
    guard words.count >= 4, words.first == "on" else { return nil }
    var k = words.startIndex + 1
    while k < words.endIndex, k <= words.startIndex + 4,
      DateFinder.weekdays[words[k]] != nil || DateFinder.months[words[k]] != nil || words[k].allSatisfy(\.isNumber)
    {
      k += 1
    }
    guard k > words.startIndex + 1 else { return nil }
    let rest = words[k...].drop { $0 == "," }
    return rest.starts(with: ["as", "well", "as"]) || rest.starts(with: ["along", "with"]) || rest.starts(with: ["together", "with"])
      ? k : nil
  }

  static func endsWithAny(_ words: [String], _ leaders: [[String]]) -> Bool {
    leaders.contains { leader in
      leader.count <= words.count && zip(words.suffix(leader.count), leader).allSatisfy { $0 == $1 }
    }
  }

  static let prepositions: Set<String> = [
    "in", "of", "from", "across", "throughout", "near", "with", "for", "at", "around", "inside",
    "within", "over", "into", "to", "toward", "towards", "between",
  ]

  static let directionAdjectives: Set<String> = [
    "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
    "southwestern", "central", "north", "south", "east", "west", "northeast", "northwest",
    "southeast", "southwest", "the", "restive", "volatile", "strategic", "key", "remote",
    "afghanistan's", "neighbouring", "neighboring", "nearby", "insecure", "mountainous",
    "afghanistan", "s", "'", "country's", "country", "embattled", "contested", "nearby", "troubled", "turbulent",
    // ("a district just outside the Afghan capital Kabul".)
    "afghan",
    // ("Ghani's home province of Logar", "his native district of Panjwai".)
    "home", "native",
    // (The possessives without their apostrophe, as some agency copies print them.)
    "afghanistans", "countrys",
  ]

  /// The words before a place name without the describing words right before it: compass
  /// words and epithets ("the restive southern"), the country's possessive ("Afghanistan's")
  /// and an article after "of" ("the capital of the Farah province" leads with "capital of").
  static func placeLead(_ words: ArraySlice<String>) -> ArraySlice<String> {
    var lead = words
    while let last = lead.last, last != "the", directionAdjectives.contains(last) { lead.removeLast() }
    if lead.last == "the", lead.dropLast().last == "of" { lead.removeLast() }
    return lead
  }

  /// `placeLead(words)` where `words[i]` is the text of `tokens[positions[i]]` (for each index
  /// of `words`), the direction adjectives asked of the tokens by id (`directionAdjectives` is
  /// `MentionFinder.directionAdjectives` as a `TokenWordList`): hashing the words was about
  /// 9 000 `String` hashes on the 1 MB stream (callgrind, issue #16).
  static func placeLead(
    _ words: ArraySlice<String>, at positions: [Int], _ tokens: [Token], directionAdjectives: TokenWordList
  ) -> ArraySlice<String> {
    var lead = words
    while let last = lead.last, last != "the", directionAdjectives.contains(tokens, at: positions[lead.endIndex - 1]) {
      lead.removeLast()
    }
    if lead.last == "the", lead.dropLast().last == "of" { lead.removeLast() }
    return lead
  }

  /// Adjectives that, with no article, open a headline's unnamed district ("seize key Kandahar
  /// district").
  static let unnamedDistrictAdjectives: SpelledWordSet = ["key", "strategic", "important", "remote", "major", "vital"]

  /// Words that open an indefinite noun phrase ("a key Kandahar district", "another").
  static let indefiniteOpeners: Set<String> = ["a", "an", "another", "several", "some", "more"]

  static let regionStarters: Set<String> = [
    "northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern",
    "southwestern", "central", "north", "south", "east", "west", "northeast", "northwest",
    "southeast", "southwest",
  ]

  /// Compass points, kept in the words before a place (`annotate`): "north of" is a landmark's.
  static let compassWords: Set<String> = ["north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"]

  /// Units of distance: one in the words before a place makes it a landmark (`annotate`).
  static let distanceUnits: Set<String> = ["km", "kilometres", "kilometers", "miles", "kilometre", "kilometer", "mile"]

  /// Nouns that an "of" names a place after ("the city of Herat"; `annotate`).
  static let namingNouns: Set<String> = ["city", "province", "district", "town", "capital", "districts", "provinces", "cities"]

  /// Marks that join the words of one name, passed over when collecting the words before a
  /// place (`annotate`).
  static let wordJoiningMarks: Set<String> = ["-", "'", "\u{2019}"]

  /// `wordJoiningMarks.contains(mark)`, a string that starts with an ASCII scalar tested on
  /// its byte (`String.leadingASCIIByte`: a one-byte string equals only itself, a longer one
  /// that starts with an ASCII scalar equals none of the marks), other strings as text: the
  /// set hashed every mark but a comma before a name (`annotate`, 5 800 on the 1 MB stream,
  /// and `!= ","` compared 11 200 marks as text: callgrind, issue #16).
  static func isWordJoiningMark(_ mark: String) -> Bool {
    if let byte = mark.leadingASCIIByte { return byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") }
    return mark.onlyScalar == "\u{2019}"
  }

  /// `mark == ","`, on the leading byte as `isWordJoiningMark` (no other string equals ",").
  @inline(__always)
  static func isComma(_ mark: String) -> Bool {
    if let byte = mark.leadingASCIIByte { return byte == UInt8(ascii: ",") }
    // (Nor does any text that starts with a scalar other than ASCII: `onlyScalar`.)
    return false
  }

  /// `mark == "."`, on the leading byte as ``isComma(_:)`` (no other string equals "."): `==`
  /// compared every mark after a name's word with it as text, and normalised those that are
  /// not ASCII (`match`, about 0.9 M instructions on the 1 MB stream: callgrind, issue #16).
  @inline(__always)
  static func isFullStop(_ mark: String) -> Bool {
    mark.leadingASCIIByte == UInt8(ascii: ".")
  }

  /// `mark == "\u{2013}"`, an en dash: text that starts with an ASCII scalar is turned away on
  /// that, and other text is tested on its only scalar (`onlyScalar`: U+2013 has no canonical
  /// decomposition and is no other scalar's). (`==` against the literal normalised both texts
  /// for every word after a name, about 1.4 M instructions in `annotate` on the 1 MB stream:
  /// callgrind, issue #16.)
  static func isEnDash(_ mark: String) -> Bool {
    mark.leadingASCIIByte == nil && mark.onlyScalar == "\u{2013}"
  }

  /// `["and", "or"].contains(word)`, a list's joint word, without the array literal and with
  /// text of another length turned away on its byte count (`String.spells(_:)`): `annotate` and
  /// the joint tests it calls (`isLevelApposition`, `isWhereItLies`, `isRelativeClauseJoint`)
  /// built the array and compared the text with both words, most of them differing, for every
  /// mention after the first in its sentence (callgrind, issue #16).
  @inline(__always)
  static func isAndOr(_ word: String) -> Bool {
    word.spells("and") || word.spells("or")
  }

  /// The nouns of an apposition that name a place's level ("Helmand, the largest province").
  static let appositionLevels: [String: LevelHint] = [
    "province": .province, "provinces": .province, "district": .district, "districts": .district,
    "city": .city, "cities": .city,
    // ("the provincial centre", "western Afghanistan's main urban centre": a province's centre
    // is its capital city.)
    "centre": .city, "center": .city,
  ]

  /// Whether the words between two places are a level apposition that a list goes on past:
  /// "Kandahar and Helmand, the two largest provinces in the south, and Ghor", "Mazar, the
  /// largest city in the north, Herat and Kandahar", "Herat, western Afghanistan's main urban
  /// centre, and Kandahar", "Herat, the country's third-largest city, as well as Ghazni". The
  /// apposition opens with its noun ("Zarang, capital of Nimruz, Sheberghan"), or with "the",
  /// "a", "an" or a possessor of at most three words, then at most six words (a possessive's
  /// marks and hyphens among them), a level noun and at most a seven-word prepositional phrase
  /// ("of the southwestern Nimroz Province", "of the southern province of Helmand"), between
  /// commas or dashes ("Lashkar Gah – the capital of Helmand –, and Kandahar"), then "and", "or"
  /// or "as well as"; a clause ("the two provinces that fell, and Ghor") ends the list.
  static func isLevelApposition(_ between: [String]) -> Bool {
    var between = between
    // (Dashes around it read as its commas.)
    if let open = between.first, isAppositionDash(open),
      let close = between.indices.dropFirst().first(where: { isAppositionDash(between[$0]) })
    {
      between[0] = ","
      between[close] = ","
      if close + 1 < between.count, isComma(between[close + 1]) { between.remove(at: close + 1) }
    }
    // (The day of the first item after it is no part of it: "Lashkar Gah, the capital of the
    // southern province of Helmand, on Friday, and Kandahar on Thursday".)
    let joint = isAndOr(between.last ?? "") ? between.count - 1 : between.count
    if isItemDayBetweenCommas(between, at: joint - 4) { between.removeSubrange((joint - 3)..<joint) }
    guard between.count >= 4, isComma(between[0]) else { return false }
    var start = 2
    // ("Zarang, capital of Nimruz, …": the noun may open the apposition.)
    if appositionNouns.contains(between[1]) {
      start = 1
    } else if between[1] != "the", between[1] != "a", between[1] != "an" {
      // ("western Afghanistan's": the possessor's "'" and "s" are words of their own.)
      guard
        let s = (3..<min(between.count, 6)).first(where: {
          between[$0] == "s" && wordJoiningMarks.contains(between[$0 - 1]) && between[$0 - 1] != "-"
        }),
        between[1..<(s - 1)].allSatisfy({ $0.first?.isLetter == true && !listJoiners.contains($0) })
      else { return false }
      start = s + 1
    }
    guard
      let noun = between.indices.dropFirst(start).prefix(7).first(where: { appositionNouns.contains(between[$0]) }),
      // ("the country's third-largest city": a possessive's marks and a hyphen inside the words.)
      between[start..<noun].allSatisfy({
        !listJoiners.contains($0) && $0.first?.isLetter == true || $0.first?.isNumber == true || wordJoiningMarks.contains($0)
      })
    else { return false }
    var close = between.count - 1
    if isAndOr(between[close]) {
      close -= 1
    } else if close >= 3, between[close] == "as", between[close - 1] == "well", between[close - 2] == "as" {
      // (", the country's third-largest city, as well as Ghazni".)
      close -= 3
    }
    guard close > noun, isComma(between[close]) else { return false }
    let tail = between[(noun + 1)..<close]
    return tail.isEmpty
      || tail.count <= 7 && ["in", "of", "on"].contains(tail.first!) && tail.allSatisfy { $0.first?.isLetter == true }
  }

  /// Whether the words between two places are where the first lies, between commas, and a
  /// list joint: ", in the south, and", ", in the north-west of the country, and". Without the
  /// comma before it the joint alone ends it ("the capitals of Badakhshan in the north, Farah
  /// in the west and Baghlan").
  static func isWhereItLies(_ between: [String]) -> Bool {
    let open = isComma(between.first ?? "") ? 1 : 0
    guard between.count >= open + 3, between[open].spells("in") else { return false }
    var close = between.count - 1
    let joined = isAndOr(between[close])
    if joined { close -= 1 }
    if !isComma(between[close]) {
      // (A comma ends it whenever one opened it.)
      guard open == 0, joined else { return false }
      close += 1
    }
    guard close > open + 1 else { return false }
    var phrase = between[(open + 1)..<close]
    if phrase.first == "the" { phrase = phrase.dropFirst() }
    // ("of the country" after the compass word.)
    if phrase.suffix(3).elementsEqual(["of", "the", "country"]) { phrase = phrase.dropLast(3) }
    return !phrase.isEmpty && phrase.count <= 3 && phrase.allSatisfy { regionStarters.contains($0) || $0 == "-" }
  }

  /// Whether the words between two places are a relative clause between commas after the
  /// first and a list joint: ", which is on the road to Kabul, and", ", which fell on Monday,".
  /// (The item's level noun may end it: "Ghazni City, which …, and".)
  static func isRelativeClauseJoint(_ between: [String]) -> Bool {
    let open = levelNouns.contains(between.first ?? "") ? 1 : 0
    guard between.count >= open + 4, isComma(between[open]), relativeOpeners.contains(between[open + 1]) else { return false }
    var close = between.count - 1
    if isAndOr(between[close]) { close -= 1 }
    guard close > open + 2, isComma(between[close]) else { return false }
    // (One clause: no other comma or clause mark inside, and at most twelve words.)
    return close - open - 2 <= 12 && !between[(open + 2)..<close].contains { [",", ";", ":", "(", ")"].contains($0) }
  }
  /// Relative pronouns that open a clause after a list item (`isRelativeClauseJoint`).
  static let relativeOpeners: SpelledWordSet = ["which", "where", "that", "who"]

  /// Words of a bracketed aside after a list item that tell where it lies ("Zaranj
  /// (southwest)", "Sheberghan (north-west)"): the list goes on past them.
  static let itemAsideWords: SpelledWordSet = [
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
    "south-east", "south-west", "-", "central", "centre", "center", "northern", "southern", "eastern", "western",
  ]

  /// The nouns an apposition between list items may end in (`isLevelApposition`).
  static let appositionNouns: Set<String> = [
    "provinces", "districts", "cities", "province", "district", "city", "town", "capital", "centre", "center", "hub",
  ]

  /// Whether the words between two places are a list joint and the opening of an item named as
  /// a province's capital: "and the capital of", ", and the provincial centre of". A comma
  /// alone is no joint there ("Zaranj, the capital of Nimroz" is an apposition).
  static func isCapitalItemJoint(_ between: [String]) -> Bool {
    guard between.count >= 3, between.last == "of", provinceCapitalNouns.contains(between[between.count - 2]) else { return false }
    var joint = between.dropLast(2)
    if joint.last == "provincial" { joint = joint.dropLast() }
    if joint.last == "the" { joint = joint.dropLast() }
    return !joint.isEmpty && joint.allSatisfy { listJoiners.contains($0) } && joint.contains { $0 == "and" || $0 == "or" }
  }
  /// Nouns for a province's capital (`isCapitalItemJoint`).
  static let provinceCapitalNouns: SpelledWordSet = ["capital", "centre", "center"]

  /// The position of "province" in a phrase that opens with "the" and ends with the comma
  /// right before a name ("the only province in the north of Afghanistan, Balkh"): `words` are
  /// the words before the name, at `positions`; at most two words between "the" and the noun,
  /// no preposition before "the", and no punctuation after the noun.
  static func provinceApposition(_ words: [String], at positions: [Int]) -> Int? {
    guard words.count >= 3, words.last == ",", let noun = words.dropLast().lastIndex(of: "province") else { return nil }
    // (Not the object of a preposition: "Taluqan, the capital of the province, Kunduz and …".)
    guard let the = words[max(0, noun - 3)..<noun].lastIndex(of: "the"), the == 0 || !prepositions.contains(words[the - 1]),
      words[(noun + 1)..<(words.count - 1)].allSatisfy({ $0.first?.isLetter == true })
    else { return nil }
    return positions[noun]
  }

  /// Level nouns that may close an owner in apposition before the comma of a list joint
  /// ("Zaranj, the capital of Nimroz Province, and Sheberghan").
  static let ownerLevelNouns: SpelledWordSet = ["province", "provinces"]

  /// Level nouns that may end a list item before its joint ("Spin Boldak district and …"; "DAC",
  /// a district's administrative centre in humanitarian reports).
  /// (A crossing named by its town ends the item too: "the Islam Qala crossing and the
  /// Torghundi border town", "Spin Boldak port and …"; so does "border" before one: `annotate`
  /// drops it.)
  static let itemLevelNouns: SpelledWordSet = ["district", "city", "town", "dac", "crossing", "port", "customs"]

  /// Words that may stand between the items of a list of places (`annotate`).
  static let listJoiners: SpelledWordSet = [",", "and", "or", "&", "as", "well", "also", "along", "together", "with"]

  /// Words that say what kind of place follows, left out before a landmark test ("north of the
  /// city of Herat").
  static let hintNouns: Set<String> = ["city", "province", "district", "town", "capital", "national", "provincial"]
  /// Plural level nouns that a count puts before a list of names ("four provinces - Laghman,
  /// Baghlan …", "two districts: Qaysar and Almar"), and the level they give its names.
  static let countedLevelNouns: [String: LevelHint] = [
    "provinces": .province, "districts": .district, "cities": .city, "capitals": .city,
  ]
  /// `countedLevelNouns` as pairs, in a fixed order (`countedLevel(of:)`).
  private static let countedLevelPairs: [(noun: String, level: LevelHint)] =
    countedLevelNouns.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }

  /// `countedLevelNouns[word]`, each noun compared with `String.spells(_:)` (ASCII words: a word
  /// of another length is turned away on its count) instead of hashing the word: `annotate`
  /// asked the dictionary of the word before every name (callgrind, issue #16).
  static func countedLevel(of word: String) -> LevelHint? {
    for pair in countedLevelPairs where word.spells(pair.noun) { return pair.level }
    return nil
  }
  /// Whether the words from `previousEnd` (the end of the place before) to `start` are an
  /// apposition of where that place lies on a city's edge: ", on the outskirts of the provincial
  /// capital", "district, on the edge of".
  ///
  /// (Asked of every mention after another in its sentence: the words are tested with
  /// `Token.spells(_:)`, not as text in array literals.)
  static func isEdgeApposition(before start: Int, after previousEnd: Int, _ tokens: [Token]) -> Bool {
    var k = start - 1
    while k > previousEnd,
      tokens[k].spells("the") || tokens[k].spells("provincial") || tokens[k].spells("capital") || tokens[k].spells("city")
    {
      k -= 1
    }
    guard k - 4 >= previousEnd, tokens[k].spells("of") else { return false }
    guard
      tokens[k - 1].spells("outskirts") || tokens[k - 1].spells("edge") || tokens[k - 1].spells("edges")
        || tokens[k - 1].spells("fringes") || tokens[k - 1].spells("suburbs"),
      tokens[k - 2].spells("the"), tokens[k - 3].spells("on") || tokens[k - 3].spells("in") || tokens[k - 3].spells("at"),
      tokens[k - 4].spells(",")
    else { return false }
    let comma = k - 4
    return comma == previousEnd
      || (comma == previousEnd + 1
        && (tokens[previousEnd].spells("district") || tokens[previousEnd].spells("city") || tokens[previousEnd].spells("town")))
  }

  /// Whether words ending in "provincial capital of" open with "the", not after a comma, past up
  /// to two describing words ("seized the provincial capital of", "took the northern provincial
  /// capital of"; not "Taringot, the provincial capital of", an apposition whose name is before).
  /// `words` are the last words before the name, from the start of its window.
  static func namesCapitalByThe(_ words: [String]) -> Bool {
    var i = words.count - 4
    var skipped = 0
    while i >= 0, skipped < 2, ![",", "the", "a", "an"].contains(words[i]) {
      i -= 1
      skipped += 1
    }
    return i >= 0 && words[i] == "the" && (i == 0 || words[i - 1] != ",")
  }

  /// Words that stand for a count before a group of places ("several districts, including").
  static let groupQuantifiers: SpelledWordSet = ["several", "many", "some", "multiple", "various"]

  /// Whether `word` is a count: a number word or digits.
  static func isCount(_ word: String) -> Bool {
    numberWords[word] != nil || (!word.isEmpty && word.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
  }
  /// Whether `word` is a mark that opens an apposition: a comma, a colon or a dash.
  ///
  /// A string that starts with an ASCII scalar is settled by its byte (`leadingASCIIByte`):
  /// the switch compared every word with the two dashes as text, each comparison with a
  /// non-ASCII literal about 140 instructions (`annotate` asked it 5 200 times on the 1 MB
  /// stream, 3.4 M instructions: callgrind, issue #16). Other strings keep the switch.
  static func isAppositionMark(_ word: String) -> Bool {
    if let byte = word.leadingASCIIByte {
      return byte == UInt8(ascii: ",") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
    }
    return isEnOrEmDash(word)
  }
  /// Whether `mark` is an en or em dash (its only scalar).
  static func isEnOrEmDash(_ mark: String) -> Bool {
    let scalar = mark.onlyScalar
    return scalar == "\u{2013}" || scalar == "\u{2014}"
  }

  /// The lists `annotate` reads by lexicon id (`RuleTables`), which the lexicon holds for it.
  static let annotateLists = [
    directionAdjectives, compassWords, distanceUnits, prepositions, hintNouns, namingNouns, attributiveFollowers,
  ]

  /// (Asked by byte count, `SpelledWordMap`: looked up in a `Dictionary`, these were 6 900
  /// `String` hashes on the 1 MB stream.)
  static let numberWords: SpelledWordMap = [
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
  ]

  /// Mentions in the tokens of each sentence.
  func find(_ tokens: [Token], sentences: [Sentence], source: SourceText) -> [Mention] {
    var mentions: [Mention] = []
    var scratch = NameKeyFilter.Scratch()
    var allCaps = Set<Int>()
    for sentence in sentences {
      let titleCase = Self.isTitleCase(tokens[sentence.tokens])
      if titleCase, Self.isAllCaps(tokens[sentence.tokens], source) { allCaps.insert(sentence.index) }
      var i = sentence.tokens.lowerBound
      // (Read in place once: a name starts only at a capitalised word or at a region's first
      // word, which `match` asks first; `capitalNamedAfter` and `closeMatch` ask for a
      // capitalised word. Called for every token, the two returned nil for most, and the
      // returned optionals cost more than the tests: about 100 instructions a token.)
      let isRegionStarter = tables.isRegionStarter
      func mayStartName(_ k: Int) -> Bool {
        tokens.withUnsafeBufferPointer { tokens in
          tokens[k].isCapitalized || (tokens[k].kind == .word && isRegionStarter[Int(tokens[k].word)])
        }
      }
      while i < sentence.tokens.upperBound {
        guard mayStartName(i) else {
          i += 1
          continue
        }
        var found = match(at: i, tokens, sentence: sentence, source: source, titleCase: titleCase, &scratch)
        // (A name matched by sound only, or not at all, may be a capital an apposition names.)
        // (Two bytes of the token tested in place first: most tokens are no capitalised word
        // before a comma, and this runs for each.)
        if i + 1 < sentence.tokens.upperBound,
          tokens.withUnsafeBufferPointer({ $0[i].isCapitalized && $0[i + 1].kind == .punctuation }),
          found?.matches.allSatisfy({ $0.quality == .sound }) != false,
          let capital = capitalNamedAfter(at: i, tokens, sentence: sentence, source: source, &scratch)
        {
          found = capital
        }
        if let mention = found ?? closeMatch(at: i, tokens, sentence: sentence, source: source, titleCase: titleCase) {
          // (Its end read first and the mention moved into the array: appended, then read, it
          // was copied, its text, matches and names retained and released, for every mention.)
          i = mention.tokens.upperBound
          mentions.append(consume mention)
        } else {
          i += 1
        }
      }
    }
    // "Mohammad Tahir Zohair … according to Zohair": a person's last name, used alone later,
    // is that person, whatever place it spells or sounds like.
    // (So is any place the full name holds: "Ali Zohair" in "Mohammad Ali Zohair".)
    let people = MentionFinder.people(
      tokens, openers: tables.isPersonNameOpener, named: tables.namedWord, called: tables.calledWord)
    if !people.surnames.isEmpty {
      mentions.removeAll { mention in
        people.names.contains { $0.contains(mention.tokens.lowerBound) && $0.contains(mention.tokens.upperBound - 1) }
          // (The province test, on the mention's matches, before the surname's hash: callgrind,
          // issue #16.)
          || (mention.tokens.count == 1 && !mention.hasLevel(.province)
            && people.surnames.contains(tokens[mention.tokens.lowerBound].lower)
            // (Not one the text names as a place: "Dr Farah Andar said … seized Andar district".)
            && !(mention.tokens.upperBound < tokens.count && MentionFinder.placeLevelNouns.contains(tokens[mention.tokens.upperBound].lower)))
      }
    }
    annotate(&mentions, tokens, source, allCapsSentences: allCaps)
    return mentions
  }

  /// Whether a word is written all in capitals ("KANDAHAR", not "K" or "Kandahar").
  ///
  /// An ASCII token without a carriage return is read from its bytes: each byte is then a
  /// `Character`, A–Z are its only upper-case letters and a–z the only bytes `uppercased()`
  /// changes. (Made into a `String`, counted, upper-cased and compared, every name's first
  /// word took about 1 300 instructions, 6.8 M on the 1 MB stream: callgrind, issue #16.)
  /// `isUppercaseWord(tokens[k], source)`, the token's fields read in place: `annotate` asked
  /// it of every mention's first token, which it copied whole through the array's subscript
  /// (5 200 on the 1 MB stream: callgrind, issue #16).
  @inline(never)
  static func isUppercaseWord(_ tokens: [Token], at k: Int, _ source: SourceText) -> Bool {
    if tokens[k].isASCII {
      let start = tokens[k].byteStart
      let end = tokens[k].byteEnd
      let answer: Bool? = source.bytes.withUnsafeBufferPointer { all in
        let bytes = UnsafeBufferPointer(rebasing: all[start..<end])
        guard !bytes.contains(0x0D) else { return nil }
        return bytes.count > 1 && !bytes.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
          && bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A })
      }
      if let answer { return answer }
    }
    if holdsASCIILowercase(source, tokens[k].byteStart..<tokens[k].byteEnd) { return false }
    return isUppercaseWordByCharacters(tokens[k], source)
  }

  static func isUppercaseWord(_ token: Token, _ source: SourceText) -> Bool {
    if token.isASCII {
      let answer: Bool? = source.bytes.withUnsafeBufferPointer { all in
        let bytes = UnsafeBufferPointer(rebasing: all[token.byteStart..<token.byteEnd])
        guard !bytes.contains(0x0D) else { return nil }
        return bytes.count > 1 && !bytes.contains(where: { $0 >= 0x61 && $0 <= 0x7A })
          && bytes.contains(where: { $0 >= 0x41 && $0 <= 0x5A })
      }
      if let answer { return answer }
    }
    if holdsASCIILowercase(source, token.byteStart..<token.byteEnd) { return false }
    return isUppercaseWordByCharacters(token, source)
  }

  /// Whether the bytes `range` of the text hold an ASCII lower-case letter (a byte a–z is never
  /// part of another scalar in UTF-8): a word holding one is not written in capitals, since
  /// `uppercased()` changes that letter and no canonical equivalence makes the two texts equal.
  /// `isUppercaseWordByCharacters` (a `String` made, counted, upper-cased and compared, several
  /// thousand instructions) is asked only of the rest: most names with a letter outside ASCII
  /// ("Mazār") have lower-case ASCII letters too (callgrind: 830 instructions a mention on
  /// average, issue #16).
  static func holdsASCIILowercase(_ source: SourceText, _ range: Range<Int>) -> Bool {
    source.bytes.withUnsafeBufferPointer { all in
      UnsafeBufferPointer(rebasing: all[range]).contains(where: { $0 >= 0x61 && $0 <= 0x7A })
    }
  }

  /// `isUppercaseWord` on the token's `Character`s.
  static func isUppercaseWordByCharacters(_ token: Token, _ source: SourceText) -> Bool {
    let text = source.string(token)
    return text.count > 1 && text == text.uppercased() && text.contains(where: \.isLetter)
  }

  /// A headline set all in capitals ("TALIBAN CAPTURE GHAZNI CITY"): three in four of its
  /// longer words are written in capitals.
  static func isAllCaps(_ tokens: ArraySlice<Token>, _ source: SourceText) -> Bool {
    var words = 0
    var upper = 0
    for token in tokens where token.kind == .word && token.length > 3 {
      words += 1
      if isUppercaseWord(token, source) { upper += 1 }
    }
    return words >= 3 && upper * 4 >= words * 3
  }

  /// A headline in title case ("Militants Seize More Districts Near Border"): most words are
  /// capitalised, so a capital letter says nothing and sound matches are not tried.
  static func isTitleCase(_ tokens: ArraySlice<Token>) -> Bool {
    var words = 0
    var capitalised = 0
    for token in tokens where token.kind == .word && token.length > 3 {
      words += 1
      if token.isCapitalized { capitalised += 1 }
    }
    // A list of names ("The districts are Maimai, Nusai, …") is a sentence, not a headline.
    // (`isSentenceEndMark` is `[".", "!", "?"].contains`, without building the array for
    // every sentence.)
    if let last = tokens.last, isSentenceEndMark(last.lower) { return false }
    return words >= 4 && words <= 20 && capitalised * 4 >= words * 3
  }

  /// A misspelt name that an apposition says is a province's capital ("Qalaq, the capital of
  /// Zabul", "Sherona, capital of Paktika province"): one capitalised word that is no gazetteer
  /// name, matched to the capital when its spelling is close to one of the capital's
  /// (`PlaceIndex.closeMatches` among the capital and its towns). The apposition decides which
  /// place a misspelling stands for; a sound match elsewhere in the country does not.
  private func capitalNamedAfter(
    at i: Int, _ tokens: [Token], sentence: Sentence, source: SourceText, _ scratch: inout NameKeyFilter.Scratch
  ) -> Mention? {
    let end = sentence.tokens.upperBound
    guard i + 4 < end else { return nil }
    let token = tokens[i]
    guard token.kind == .word, token.isCapitalized, token.length >= 5, tokens[i + 1].lower == ",",
      !tables.isNotPlace[Int(token.word)]
    else { return nil }
    var k = i + 2
    if tokens[k].lower == "the" { k += 1 }
    if k < end, tokens[k].lower == "provincial" { k += 1 }
    guard k + 2 < end, tokens[k].lower == "capital" else { return nil }
    k += 1
    if tokens[k].lower == "city" { k += 1 }
    guard k + 1 < end, tokens[k].lower == "of" else { return nil }
    k += 1
    if k + 1 < end, tokens[k].lower == "the" { k += 1 }
    guard tokens[k].kind == .word, tokens[k].isCapitalized,
      // (Not a name the gazetteer knows as it is written: "Sharana, the capital of Paktika".)
      tables.names.matches(tokens, i..<(i + 1), source, allowSound: false, &scratch)?.isEmpty != false
    else { return nil }
    let provinces = index.lookup(source.string(tokens, at: k), levels: [.province]).map(\.place.id)
    let capitals = Set(provinces.compactMap { tables.capitalDistrict(ofProvince: $0)?.id })
    guard !capitals.isEmpty else { return nil }
    let text = source.string(tokens, at: i)
    let matches = index.closeMatches(text, levels: [.district, .town]) { place in
      capitals.contains(place.level == .town ? place.districtPcode ?? "" : place.id)
    }
    guard !matches.isEmpty else { return nil }
    return Mention(
      tokens: i..<(i + 1), sentence: sentence.index, start: tokens[i].start, end: tokens[i].end,
      text: text, matches: matches, hint: .city, list: -1)
  }

  /// Words of a sentence about places as groups (`closeMatch`).
  static let groupWords: SpelledWordSet = ["districts", "district", "cities", "provinces", "towns"]

  /// A misspelt name that the text itself marks as a place ("Lashkah Gar city", "the provincial
  /// capital Qatal city", "Firus Koh district"): one or two capitalised words, unknown to the
  /// gazetteer, right before "district", "city" or "province" or right after "city of",
  /// "district of", "capital", matched to the one closest spelling (`PlaceIndex.closeMatches`).
  private func closeMatch(
    at i: Int, _ tokens: [Token], sentence: Sentence, source: SourceText, titleCase: Bool
  ) -> Mention? {
    guard !titleCase, tokens[i].kind == .word, tokens[i].isCapitalized, tokens[i].length >= 4,
      !tables.isNotPlace[Int(tokens[i].word)], !tables.isRegionStarter[Int(tokens[i].word)]
    else { return nil }
    if i > sentence.tokens.lowerBound, tokens[i - 1].kind == .word, tokens[i - 1].isCapitalized,
      !tables.nameNeighbours.contains(tokens, at: i - 1)
    {
      return nil
    }
    // (The text read in place, `Token.lower(at:in:)`: `tokens[k].lower` here copied the whole
    // token, its text retained and released, about 23 000 times on the 1 MB stream: callgrind,
    // issue #16.)
    func lower(_ k: Int) -> String {
      k >= sentence.tokens.lowerBound && k < sentence.tokens.upperBound ? Token.lower(at: k, in: tokens) : ""
    }
    /// `lower(k) == word` for an ASCII `word`, the token read in place (`Token.spells(_:)`, as
    /// in `annotate`): `==` on texts that differ called the standard library's comparison.
    @inline(__always)
    func spells(_ k: Int, _ word: String) -> Bool {
      k >= sentence.tokens.lowerBound && k < sentence.tokens.upperBound && tokens.withUnsafeBufferPointer { $0[k].spells(word) }
    }
    // A list item after "the cities of …, … and" counts as hinted too.
    var k = i - 1
    // (A `switch` for the joining words: the array literal was built at every word walked.)
    func joinsItems(_ word: String) -> Bool {
      switch word {
      case ",", "and", "-": true
      default: false
      }
    }
    while k > sentence.tokens.lowerBound, k > i - 14,
      joinsItems(lower(k)) || (tokens[k].kind == .word && tokens[k].isCapitalized)
    {
      k -= 1
    }
    // … and so does one after "four districts including …", "districts such as …".
    // (The word lists are static: written here as array literals, each was built on the heap
    // and freed at every candidate, about 1 500 instructions a call; callgrind, issue #16.)
    let groupNouns = MentionFinder.closeMatchGroupNouns
    let listHint =
      (k < i - 1 && spells(k, "of") && MentionFinder.closeMatchListNouns.contains(lower(k - 1)))
      || (MentionFinder.closeMatchListOpeners.contains(lower(k)) && groupNouns.contains(lower(k - 1)))
      || (spells(k, "as") && spells(k - 1, "such") && groupNouns.contains(lower(k - 2)))
    let hintedBefore =
      // ("the centers of Baglan": a province's centre or capital.)
      (spells(i - 1, "of") && MentionFinder.closeMatchHintNouns.contains(lower(i - 2)))
      || spells(i - 1, "capital") || listHint
    // "Karkh, Kohsan, Gulran … are among the districts": a one-word item of a list whose
    // neighbour is a gazetteer name is hinted by that neighbour.
    // (Only in a sentence about districts or cities: "Saleh and Massoud" are people.)
    // (Read only where no other hint is: the lists are taken into locals first, so that no
    // closure here copies the finder.)
    var listedBeside = false
    var afterTwoNamed = false
    if !hintedBefore {
      let isFirstWord = tables.isFirstWord
      let isNotPlace = tables.isNotPlace
      func isNamedNeighbour(_ k: Int) -> Bool {
        k >= sentence.tokens.lowerBound && k < sentence.tokens.upperBound && tokens[k].kind == .word && tokens[k].isCapitalized
          && isFirstWord[Int(tokens[k].word)] && !isNotPlace[Int(tokens[k].word)]
      }
      let joint = { (k: Int) in spells(k, ",") || spells(k, "and") }
      // ("The fall of Kandahar, Herat and Lakshkar Gah": the last item of a list of two named
      // places needs no noun of places.)
      afterTwoNamed = joint(i - 1) && isNamedNeighbour(i - 2) && joint(i - 3) && isNamedNeighbour(i - 4)
      listedBeside =
        ((joint(i + 1) && isNamedNeighbour(i + 2)) || (joint(i - 1) && isNamedNeighbour(i - 2)))
        && (afterTwoNamed || sentence.tokens.contains { MentionFinder.groupWords.contains(tokens[$0].lower) })
    }
    for end in stride(from: i + 2, through: i + 1, by: -1) where end <= sentence.tokens.upperBound {
      let words = tokens[i..<end]
      guard words.allSatisfy({ $0.kind == .word && $0.isCapitalized && !tables.isNotPlace[Int($0.word)] }) else { continue }
      // (Asked word by word, `spells`: a `switch` on the text compared it with each case.)
      let nounFollows = spells(end, "district") || spells(end, "city") || spells(end, "province")
      // "Iman Sahib in Kunduz province", "Chakhasur in western Nimruz": a name the text places in
      // a province, when its closest spelling names a place of that province.
      var container: String? = nil
      // (A name of two words only after two named places: "Kandahar, Herat and Lakshkar Gah".)
      let listed = listedBeside && (end == i + 1 || afterTwoNamed)
      if !(hintedBefore || listed || nounFollows), spells(end, "in") {
        var c = end + 1
        if MentionFinder.regionStarters.contains(lower(c)) { c += 1 }
        if c < sentence.tokens.upperBound, tokens[c].kind == .word, tokens[c].isCapitalized { container = source.string(tokens, at: c) }
      }
      // "in Lashkagah, capital of Helmand Province": a name in apposition to a capital.
      var capitalAt = end + 1
      if spells(end, ","), spells(capitalAt, "the") { capitalAt += 1 }
      if spells(end, ","), spells(capitalAt, "provincial") { capitalAt += 1 }
      let namedCapital = spells(end, ",") && spells(capitalAt, "capital")
      guard hintedBefore || listed || nounFollows || namedCapital || container != nil else { continue }
      let text = source.string(tokens, from: i, through: end - 1)
      // (The level the noun after names, when one does: "Parjan district" is as close to Paryan
      // district as to the province and the town of Parwan, but closest among districts.)
      let levels: Set<PlaceLevel> =
        switch lower(end) {
        case "district": [.district]
        case "city": [.district, .town]
        case "province": [.province]
        default: [.district, .town, .province]
        }
      var matches = index.closeMatches(text, levels: levels)
      if let container {
        let provinces = Set(index.lookup(container, levels: [.province]).map(\.place.id))
        matches = matches.filter { $0.place.level != .province && provinces.contains($0.place.provincePcode ?? "") }
      }
      guard !matches.isEmpty else { continue }
      return Mention(
        tokens: i..<end, sentence: sentence.index, start: tokens[i].start, end: tokens[end - 1].end,
        text: text, matches: matches, hint: nil, list: -1)
    }
    return nil
  }

  /// Nouns of places that, right after a name, make it a place (`find`'s people's surnames):
  /// the level nouns and their plurals.
  static let placeLevelNouns = SpelledWordSet(levelNouns.words.union(["districts", "cities", "provinces"]))
  /// The nouns of places that name a list's items after "including" or "such as" (`closeMatch`).
  static let closeMatchGroupNouns = ["cities", "districts", "provinces"]
  /// Whether `tokens[range]`, between two places, is list joints, then one to three
  /// capitalised words no rule or gazetteer name knows (`Lexicon.unknown`), then joints again
  /// ("Kharwar, Zorbak and Qarqin", "Mangjic, Faizabad and Khanaqa"): an item the gazetteer does
  /// not know, a misspelling or a village, inside the list, which goes on past it.
  static func isUnknownItemJoint(_ tokens: [Token], _ range: Range<Int>) -> Bool {
    var k = range.lowerBound
    while k < range.upperBound, listJoiners.contains(tokens[k].lower) { k += 1 }
    guard k > range.lowerBound else { return false }
    let namesStart = k
    while k < range.upperBound, k < namesStart + 3, isUnknownName(tokens[k]) {
      k += 1
      // ("Ay-Khanoom": unknown words a hyphen joins, with no space, are one name.)
      if k + 1 < range.upperBound, tokens[k].lower == "-", tokens[k].byteStart == tokens[k - 1].byteEnd,
        tokens[k + 1].byteStart == tokens[k].byteEnd, isUnknownName(tokens[k + 1])
      {
        k += 1
      }
    }
    guard k > namesStart else { return false }
    let jointsStart = k
    while k < range.upperBound, listJoiners.contains(tokens[k].lower) { k += 1 }
    return k > jointsStart && k == range.upperBound
  }

  /// Whether a token is a capitalised word that no rule and no gazetteer name's first word
  /// knows: the name of a place the gazetteer does not hold, or misspells ("Mangjic").
  static func isUnknownName(_ token: Token) -> Bool {
    token.kind == .word && token.isCapitalized && token.word == Lexicon.unknown
  }

  /// Whether a mark opens the list after "provinces whose capitals have fallen": a colon or a
  /// dash (``isAppositionMark(_:)`` but the comma). (Tested on its byte or its only scalar, as
  /// the other marks are: a `Set<String>` of the four hashed the token before every mention,
  /// about 5 100 look-ups, `annotate` 102.7 → 101.1 M instructions on the 1 MB stream:
  /// callgrind, issue #16.)
  static func isWhoseCapitalListMark(_ mark: String) -> Bool {
    if let byte = mark.leadingASCIIByte { return byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-") }
    return isEnOrEmDash(mark)
  }

  /// The plural nouns before "of" that name a list's items (`closeMatch`).
  static let closeMatchListNouns: SpelledWordSet = ["cities", "districts", "capitals", "centres", "centers"]
  /// The words that open a list after a group noun (`closeMatch`).
  static let closeMatchListOpeners: SpelledWordSet = ["including", "include", "included", "namely", "like", "viz"]
  /// The nouns before "of" that hint a place's level (`closeMatch`).
  static let closeMatchHintNouns: SpelledWordSet = ["city", "district", "town", "capital", "capitals", "centre", "center", "centres", "centers"]

  /// Whether the token's first word (lower case, diacritics folded) starts a gazetteer spelling.
  private func startsSpelling(
    at i: Int, _ tokens: [Token], _ source: SourceText, _ scratch: inout NameKeyFilter.Scratch
  ) -> Bool {
    if tokens[i].isASCII || tokens[i].lower.utf8.allSatisfy({ $0 < 0x80 }) {
      if tables.isFirstWord[Int(tokens[i].word)] { return true }
      // "Panjwa'i", "La`lpur": the gazetteer's words join across apostrophes. (`lower` is
      // ASCII here, so its characters are its bytes.)
      // (Its bytes read from the text's own storage: `utf8`'s generic `contains(where:)` was
      // about 2.2 M instructions on the 1 MB stream: callgrind, issue #16.)
      let lower = tokens[i].lower
      let isApostrophe = { (byte: UInt8) in byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") }
      guard lower.utf8.withContiguousStorageIfAvailable({ $0.contains(where: isApostrophe) }) ?? lower.utf8.contains(where: isApostrophe)
      else { return false }
      return index.firstWords.contains(NameNormalizer.words(tokens[i].lower).first ?? tokens[i].lower)
    }
    return index.firstWords.contains(NameKeyFilter.words(ofToken: i, tokens, source, &scratch).first ?? tokens[i].lower)
  }

  private func match(
    at i: Int, _ tokens: [Token], sentence: Sentence, source: SourceText,
    titleCase: Bool, _ scratch: inout NameKeyFilter.Scratch
  ) -> Mention? {
    // (The tests that turn most tokens away come first.)
    guard tokens[i].kind == .word, tokens[i].isCapitalized || tables.isRegionStarter[Int(tokens[i].word)] else { return nil }
    // (The token is read in place below, not copied: a copy retained its text, about 100
    // instructions a candidate.)
    let regionStart = !tokens[i].isCapitalized && tables.isRegionStarter[Int(tokens[i].word)]
    // A word that is never a place alone ("Khan", "Mohammad", "Pashtun") may still start a
    // longer name ("Khan Abad", "Mohammad Agha", "Pashtun Kot").
    let startsOnlyLongerNames =
      tokens[i].isCapitalized && tables.isNotPlace[Int(tokens[i].word)] && !tables.isRegionStarter[Int(tokens[i].word)]
    // (By id: a word that is never a place alone is a lexicon word, `RuleTables.isFunctionWord`.)
    if startsOnlyLongerNames, tables.isFunctionWord[Int(tokens[i].word)] { return nil }
    if startsOnlyLongerNames {
      // The next word must go on with the name: "Khan Abad", not "The districts of Samkani".
      guard tables.isFirstWord[Int(tokens[i].word)], i + 1 < sentence.tokens.upperBound else { return nil }
      var next = i + 1
      while next < sentence.tokens.upperBound,
        MentionFinder.isNameJoiner(tokens[next].lower) || NameNormalizer.joiningWords.contains(tokens[next].lower)
      {
        next += 1
      }
      guard next < sentence.tokens.upperBound, tokens[next].kind == .word, !tables.isGeneric[Int(tokens[next].word)]
      else { return nil }
    }
    // A name does not start inside a hyphenated word ("Dand-wo-Patan" is not Patan) — unless
    // the hyphen joins two names, a capitalised word of three letters or more before it and
    // the name after, itself capitalised ("the Chaman-Spin Boldak border crossing"), and no
    // road follows ("the Kabul-Jalalabad highway" is a road, neither town).
    if i >= sentence.tokens.lowerBound + 2, MentionFinder.isHyphen(tokens, at: i - 1), tokens[i - 2].kind == .word,
      tokens[i - 1].start == tokens[i - 2].end
    {
      let joinsNames =
        tokens[i - 2].isCapitalized && tokens[i].isCapitalized && tokens[i - 2].lower.utf8.count >= 3
        && !tables.joiningWords.contains(tokens, at: i - 2)
        && !(i - 3 >= sentence.tokens.lowerBound && MentionFinder.isNameJoiner(tokens[i - 3].lower))
        && !(i..<min(sentence.tokens.upperBound, i + 5)).contains { MentionFinder.roadNouns.contains(tokens[$0].lower) }
      if !joinsNames { return nil }
    }
    // "Chagh-charan", "Sheber-ghan": a one-word name split by a hyphen starts with its joined
    // parts.
    var joinedStartsSpelling = false
    if i + 2 < sentence.tokens.upperBound, MentionFinder.isHyphen(tokens, at: i + 1), tokens[i + 2].kind == .word,
      tokens[i + 1].start == tokens[i].end, tokens[i + 2].start == tokens[i + 1].end
    {
      joinedStartsSpelling = index.firstWords.contains(tokens[i].lower + tokens[i + 2].lower)
    }
    let startsSpelling = startsSpelling(at: i, tokens, source, &scratch) || joinedStartsSpelling
    // Collect up to `longestSpelling` words joined by hyphens, apostrophes or spaces.
    // (Into the scratch's buffer, taken out for the call and put back on return: an array of
    // its own for every candidate was allocated and freed 14 000 times on the 1 MB stream,
    // about 5 M instructions, callgrind, issue #16.)
    // (Written by position into a buffer of `longestSpelling` ends, `endCount` of them used:
    // `append` was left as calls to the array's growth checks, about 70 instructions an end,
    // 75 000 ends on the 1 MB stream: callgrind, issue #16.)
    var endBuffer: [Int] = []
    swap(&endBuffer, &scratch.ends)
    defer { swap(&endBuffer, &scratch.ends) }
    if endBuffer.count != index.longestSpelling { endBuffer = Array(repeating: 0, count: index.longestSpelling) }
    var endCount = 0
    var k = i
    while k < sentence.tokens.upperBound, endCount < index.longestSpelling {
      // (The token's fields are read in place: a copy of it retained its text at every word.)
      // A number only as in "Yakawlang No. 2", "Yakawlang Number 2".
      let numbered =
        tokens[k].kind == .number && k > i && ["no", "number"].contains(tokens[k - (MentionFinder.isFullStop(tokens[k - 1].lower) ? 2 : 1)].lower)
      guard tokens[k].kind == .word || numbered else { break }
      endBuffer[endCount] = k + 1
      endCount += 1
      var next = k + 1
      while next < sentence.tokens.upperBound, tokens[next].kind == .punctuation,
        MentionFinder.isNameJoiner(tokens[next].lower)
          || (MentionFinder.isFullStop(tokens[next].lower) && tokens[k].lower == "no" && next + 1 < sentence.tokens.upperBound
            && tokens[next + 1].kind == .number)
      {
        next += 1
      }
      k = next
    }
    let ends = endBuffer[..<endCount]
    // (Taken out of `tables` here: read through `self` in the closures below, they copied the
    // whole finder into each closure's context.)
    let joiningWords = tables.joiningWords
    let notPlaceWords = tables.notPlaceWords
    let isGeneric = tables.isGeneric
    if startsSpelling {
      // The key of each run below is read from one pass over the longest.
      if let longest = ends.last { tables.names.collectRuns(tokens, i..<longest, source, &scratch) }
      for end in ends.reversed() {
        if end - 1 > i, tables.isGeneric[Int(tokens[end - 1].word)] { continue }
        if startsOnlyLongerNames, end - 1 == i { continue }
        // Later words of a name are capitalised, particles ("wa", "-e-") or joined by a hyphen
        // or apostrophe, unless the spelling itself has those words ("Khar war"): "Kabul as
        // President …" is not the one-word spelling "Kabulas".
        let looseWords =
          end - 1 > i
          && !tokens[(i + 1)..<end].indices.allSatisfy({ k in
            tokens[k].kind != .word || tokens[k].isCapitalized || joiningWords.contains(tokens, at: k)
              || isGeneric[Int(tokens[k].word)] || MentionFinder.isNameJoiner(tokens[k - 1].lower)
          })
        // A name does not end in a loose particle: "retook Kaldar a week ago" names Kaldar,
        // not "Kaldar a".
        if end - 1 > i, tokens[end - 1].kind == .word, !tokens[end - 1].isCapitalized, joiningWords.contains(tokens, at: end - 1),
          !(MentionFinder.isNameJoiner(tokens[end - 2].lower) && tokens[end - 2].byteEnd == tokens[end - 1].byteStart)
        {
          continue
        }
        // A name that goes on with a hyphen ("Dand-wo-Patan") is not its first part ("Dand").
        // (A dash between spaces is no part of a name: "Khamyab - a district of … - fell".)
        if end < sentence.tokens.upperBound, end + 1 < sentence.tokens.upperBound,
          MentionFinder.isHyphen(tokens, at: end), tokens[end + 1].kind == .word,
          tokens[end].byteStart == tokens[end - 1].byteEnd || tokens[end].byteEnd == tokens[end + 1].byteStart
        {
          continue
        }
        // A name that ends in an ezafe particle goes on with the next word ("Dand-e Ghori", an
        // area, is not Dand): the particle joins it to what follows.
        if end - 1 > i, MentionFinder.isEzafe(end - 1, tokens), end < sentence.tokens.upperBound,
          tokens[end].kind == .word, tokens[end].isCapitalized
        {
          continue
        }
        var matches =
          tables.names.matches(runTo: end, &scratch)
          ?? index.nameMatches(source.string(tokens, from: i, through: end - 1), allowSound: false)
        if looseWords, !matches.isEmpty {
          let spanWords = NameNormalizer.words(source.string(tokens, from: i, through: end - 1))
          matches = matches.filter { match in
            let spellings = match.place.spellings + (match.temporaryDistrict.map { [$0.name] + $0.aliases } ?? [])
            return spellings.contains { NameNormalizer.words($0) == spanWords }
          }
        }
        if matches.isEmpty { continue }
        let text = source.string(tokens, from: i, through: end - 1)
        if regionStart || !tokens[i].isCapitalized {
          matches = matches.filter { $0.place.level == .region }
          if end - 1 == i { matches = [] }
        }
        // A single word after a capitalised word that does not start the sentence is the end of
        // a longer proper name ("Shir Khan Bandar").
        // In a title-case headline every word has its capital, so neighbours say nothing.
        if !titleCase, end - 1 == i, !matches.isEmpty, i > sentence.tokens.lowerBound, tokens[i - 1].kind == .word,
          tokens[i - 1].isCapitalized, i - 1 > sentence.tokens.lowerBound,
          !tables.nameNeighbours.contains(tokens, at: i - 1)
        {
          return nil
        }
        // A single word followed by another capitalised word is part of a longer proper name
        // ("Qadir Shah", "Ghazi Amanullah") unless that word is a title or a generic word.
        if !titleCase, end - 1 == i, !matches.isEmpty, end < sentence.tokens.upperBound,
          tokens[end].kind == .word, tokens[end].isCapitalized,
          !NameNormalizer.genericWords.contains(tokens[end].lower),
          !MentionFinder.attributiveFollowers.contains(tokens[end].lower),
          // ("the Panjshir Valley": the valley of the place, capitalised or not.)
          tokens[end].lower != "valley",
          // "Nawur Malistan" (two names side by side) but not "Khwaja Du Kuh".
          !(index.firstWords.contains(tokens[end].lower)
            && !(tables.names.matches(tokens, end..<(end + 1), source, allowSound: false, &scratch)
              ?? index.nameMatches(source.string(tokens, at: end), allowSound: false)).isEmpty)
        {
          break  // perhaps a longer name by sound, below
        }
        // … and so is a single word joined by a Persian particle to a capitalised one ("Lash o
        // Joyan" is not the town of Lash): an unknown longer name matches nothing shorter.
        if end - 1 == i, !matches.isEmpty, end + 1 < sentence.tokens.upperBound,
          MentionFinder.isLooseNameParticle(tokens[end].lower), tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized
        {
          break
        }
        if !matches.isEmpty {
          return Mention(
            tokens: i..<end, sentence: sentence.index, start: tokens[i].start, end: tokens[end - 1].end,
            text: text, matches: matches, hint: nil, list: -1)
        }
      }
    }
    if titleCase { return nil }
    // Sound match for two or three capitalised words joined by particles ("Kiran wa Monjan",
    // "Pashtun Kut").
    if tokens[i].isCapitalized, !regionStart, ends.count >= 2 {
      for end in ends.prefix(3).reversed() where end - 1 > i {
        // Its words (marks left out), read in place: each capitalised or a joining word, the
        // last capitalised, none after the first a word that is no place alone — unless the
        // first is the first word of a place's name: "Dih Saleh" sounds like Deh Salah, though
        // Saleh is a person's name.
        var wordsFit = true
        var lastIsCapitalized = false
        var isFirst = true
        for k in i..<end where tokens[k].kind == .word {
          if !(tokens[k].isCapitalized || joiningWords.contains(tokens, at: k))
            || (!isFirst && notPlaceWords.contains(tokens, at: k) && !tables.isFirstWord[Int(tokens[i].word)])
          {
            wordsFit = false
            break
          }
          lastIsCapitalized = tokens[k].isCapitalized
          isFirst = false
        }
        guard wordsFit, lastIsCapitalized else { continue }
        let text = source.string(tokens, from: i, through: end - 1)
        let found =
          tables.names.matches(tokens, i..<end, source, allowSound: true, &scratch)
          ?? index.nameMatches(text, allowSound: true)
        let matches = found.filter {
          $0.place.level == .district || $0.place.level == .town
        }
        if !matches.isEmpty {
          return Mention(
            tokens: i..<end, sentence: sentence.index, start: tokens[i].start,
            end: tokens[end - 1].end, text: text, matches: matches, hint: nil, list: -1)
        }
      }
    }
    if startsOnlyLongerNames, MentionFinder.functionWords.contains(tokens[i].lower) { return nil }
    if startsOnlyLongerNames { return nil }
    // Sound match for a single capitalised word that is not the sentence's first (unless a place
    // noun follows: "Dehrawood district fell"), nor part of a longer proper name ("Qadir Shah").
    var placeNounFollows = false
    if i + 1 < sentence.tokens.upperBound {
      switch tokens[i + 1].lower {
      case "district", "province", "city": placeNounFollows = true
      default: break
      }
    }
    guard tokens[i].isCapitalized, !regionStart, i > sentence.tokens.lowerBound || placeNounFollows,
      tokens[i].length >= 4, !tables.isNotPlace[Int(tokens[i].word)]
    else { return nil }
    // Not inside a longer proper name ("Abdul Malik Zazai", "the Herat-Kandahar highway"); a
    // function word that opens the sentence has its capital from there ("The Keshim district").
    if i > sentence.tokens.lowerBound {
      let previous = tokens[i - 1]
      let opensSentence = i - 1 == sentence.tokens.lowerBound && MentionFinder.functionWords.contains(previous.lower)
      if previous.kind == .word, (previous.isCapitalized && !opensSentence) || MentionFinder.isEzafe(i - 1, tokens) {
        return nil
      }
    }
    if i + 2 < sentence.tokens.upperBound, MentionFinder.isHyphen(tokens, at: i + 1), tokens[i + 2].kind == .word {
      return nil
    }
    if i >= 2 + sentence.tokens.lowerBound, MentionFinder.isHyphen(tokens, at: i - 1), tokens[i - 2].kind == .word {
      return nil
    }
    if i + 1 < sentence.tokens.upperBound, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized,
      !NameNormalizer.genericWords.contains(tokens[i + 1].lower)
    {
      return nil
    }
    guard tokens[i].length >= 5,
      let found = tables.names.matches(tokens, i..<(i + 1), source, allowSound: true, &scratch)
        ?? Optional(index.nameMatches(source.string(tokens, at: i), allowSound: true)),
      !found.isEmpty
    else { return nil }
    let text = source.string(tokens, at: i)
    let matches = found.filter {
      $0.place.level != .region
    }
    guard !matches.isEmpty else { return nil }
    return Mention(
      tokens: i..<(i + 1), sentence: sentence.index, start: tokens[i].start, end: tokens[i].end,
      text: text, matches: matches, hint: nil, list: -1)
  }

  /// Whether token `k` is an ezafe particle hyphenated to the word before it (the "e" of
  /// "Pul-e", the "i" of "Mazar-i").
  static func isEzafe(_ k: Int, _ tokens: [Token]) -> Bool {
    guard k >= 2 else { return false }
    // (Not `["e", "i", "y"].contains`: the array was built and freed at each of the 21 900 calls
    // on the 1 MB stream, 6 M instructions, callgrind, issue #16.)
    guard isEzafeParticle(tokens[k].lower) else { return false }
    return isHyphen(tokens, at: k - 1) && tokens[k - 2].kind == .word
  }

  /// Whether `word` is "e", "i" or "y", read on its one byte when it starts with an ASCII byte
  /// (`leadingASCIIByte`: 65 600 calls on the 1 MB stream compared the text up to three times).
  @inline(__always)
  static func isEzafeParticle(_ word: String) -> Bool {
    if let byte = word.leadingASCIIByte {
      return byte == UInt8(ascii: "e") || byte == UInt8(ascii: "i") || byte == UInt8(ascii: "y")
    }
    switch word {
    case "e", "i", "y": return true
    default: return false
    }
  }

  /// Whether `word` is a Persian joining particle written as a word of its own between the
  /// words of a name ("Lash o Joyan", "Kiran wa Munjan", "Pul e Khumri").
  ///
  /// Read on the text's bytes: the particles are ASCII words without ";", "`" or "K", so text
  /// equal to one is its bytes (`String.spells(_:)`), and a text of one or two bytes that starts
  /// with an ASCII byte is ASCII throughout. (The `switch` compared every word after a
  /// one-word name with the six particles as text, about 1.2 M instructions of the standard
  /// library's comparison on the 1 MB stream: callgrind, issue #16.)
  static func isLooseNameParticle(_ word: String) -> Bool {
    let utf8 = word.utf8
    guard let first = utf8.first, first < 0x80 else { return false }
    switch utf8.count {
    case 1:
      return first == UInt8(ascii: "o") || first == UInt8(ascii: "e") || first == UInt8(ascii: "u")
    case 2:
      let second = utf8[utf8.index(after: utf8.startIndex)]
      return (first == UInt8(ascii: "w") || first == UInt8(ascii: "v")) && second == UInt8(ascii: "a")
        || first == UInt8(ascii: "y") && second == UInt8(ascii: "e")
    default:
      return false
    }
  }

  static func isHyphen(_ mark: String) -> Bool {
    if let byte = mark.leadingASCIIByte { return byte == UInt8(ascii: "-") }
    let scalar = mark.onlyScalar
    return scalar == "\u{2010}" || scalar == "\u{2011}"
  }

  /// `isHyphen(tokens[k].lower)`, the token's kind asked first: the hyphens are marks, never a
  /// word's or a number's text, and most tokens asked about are words (`match` asked about
  /// 52 000 on the 1 MB stream, a word that is not ASCII compared with the three hyphens as
  /// text: callgrind, issue #16).
  @inline(__always)
  static func isHyphen(_ tokens: [Token], at k: Int) -> Bool {
    tokens[k].kind == .punctuation && isHyphen(tokens[k].lower)
  }

  static func isNameJoiner(_ mark: String) -> Bool {
    if let byte = mark.leadingASCIIByte { return byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") }
    // (Of text that starts with a scalar other than ASCII, only U+1FEF equals "`".)
    let scalar = mark.onlyScalar
    return scalar == "\u{2010}" || scalar == "\u{2011}" || scalar == "\u{2019}" || scalar == "\u{2018}"
      || scalar == "\u{1FEF}" || scalar == "\u{02BF}" || scalar == "\u{02BE}"
  }

  /// The marks that end a sentence for `tokensIntoSentence`: ".", "!" and "?" (a string that
  /// starts with an ASCII scalar is tested on its byte, as the mark tests do).
  static func isSentenceEndMark(_ mark: String) -> Bool {
    if let byte = mark.leadingASCIIByte {
      return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
    }
    // (No text that starts with a scalar other than ASCII equals one of them: `onlyScalar`.)
    return false
  }

  /// How many tokens of its sentence precede the mention (tokens do not know their sentence, so
  /// this walks back to the previous line break or sentence-final mark).
  private func tokensIntoSentence(_ mention: Mention, _ tokens: [Token]) -> Int {
    var k = mention.tokens.lowerBound
    var count = 0
    while k > 0, count < 12 {
      if tokens[k].followsLineBreak { break }
      if MentionFinder.isSentenceEndMark(tokens[k - 1].lower) { break }
      k -= 1
      count += 1
    }
    return count
  }

  /// Which of the words that decide whether two places are joined as a list ("with",
  /// "along", "together", "as", "well") the tokens between them hold: `between.contains(_:)`
  /// on their texts for each word, answered in one pass with `Token.spells(_:)` (an ASCII
  /// token of another length is turned away on its byte count; these words hold no scalar a
  /// non-ASCII text could equal them through). `annotate` asked the array of texts up to
  /// seven times for each mention after the first, about 6 500 scans on the 1 MB stream, each
  /// word compared as text (callgrind, issue #16).
  struct ListJointWords: Equatable {
    var with = false
    var along = false
    var together = false
    var `as` = false
    var well = false

    init(with: Bool = false, along: Bool = false, together: Bool = false, as: Bool = false, well: Bool = false) {
      self.with = with
      self.along = along
      self.together = together
      self.as = `as`
      self.well = well
    }

    /// The words held by `tokens[range]`.
    init(_ tokens: [Token], _ range: Range<Int>) {
      tokens.withUnsafeBufferPointer { tokens in
        // (Marks and numbers spell none of them.)
        for k in range where tokens[k].kind == .word {
          if tokens[k].spells("with") {
            with = true
          } else if tokens[k].spells("along") {
            along = true
          } else if tokens[k].spells("together") {
            together = true
          } else if tokens[k].spells("as") {
            `as` = true
          } else if tokens[k].spells("well") {
            well = true
          }
        }
      }
    }
  }

  /// Sets hints, lists and roles from the words around each mention.
  private func annotate(_ mentions: inout [Mention], _ tokens: [Token], _ source: SourceText, allCapsSentences: Set<Int>) {
    // (The count read once: in this long function `tokens.count` was a call, not inlined,
    // 180 000 of them on the 1 MB stream through `lower` and `spells`: callgrind, issue #16.)
    let tokenCount = tokens.count
    func lower(_ k: Int) -> String? { k >= 0 && k < tokenCount ? tokens[k].lower : nil }
    /// `lower(k) == word` for an ASCII `word`, the token read in place (`Token.spells(_:)`: an
    /// ASCII token of another length is turned away on its byte count, where `==` on texts
    /// that differ called the standard library's comparison: `annotate`'s own compares were
    /// 190 000 on the 1 MB stream, 53 000 with these: callgrind, issue #16).
    /// (Inlined, so that the word's length is a constant: called, it was about 49 instructions a
    /// test, 156 000 tests on the 1 MB stream: callgrind, issue #16.)
    @inline(__always)
    func spells(_ k: Int, _ word: String) -> Bool {
      k >= 0 && k < tokenCount && tokens.withUnsafeBufferPointer { $0[k].spells(word) }
    }
    /// The position of the nearest "leaving" among the seven tokens before `start`, else nil.
    /// (A loop backwards over the tokens read in place once: `last(where:)` over the range,
    /// asked before every mention, was a call with a closure, 1.20 M instructions on the 1 MB
    /// stream, and this loop called, with `spells` reading the array at every token, 1.10 M:
    /// callgrind, issue #16.)
    @inline(__always)
    func leaving(before start: Int) -> Int? {
      tokens.withUnsafeBufferPointer { buffer in
        var k = min(start, buffer.count) - 1
        while k >= 0, k >= start - 7 {
          if buffer[k].spells("leaving") { return k }
          k -= 1
        }
        return nil
      }
    }
    // The spans and sentences of the mentions, which nothing here changes, read from arrays of
    // their own: `mentions[k].tokens` in this long function copied the whole mention (its text
    // and matches retained and released) to read one field, about 17 copies a mention.
    let spans = mentions.map { $0.tokens }
    let sentenceOf = mentions.map { $0.sentence }
    // A hint or flag of mention `k`, read in place: `mentions[k].hint` in this long function
    // copied the whole mention (its text and matches retained and released), about nine copies
    // a mention (callgrind, issue #16).
    func hint(_ k: Int) -> LevelHint? { mentions.withUnsafeBufferPointer { $0[k].hint } }
    /// The level of a counted group right before the token at `start`, past a comma, colon or
    /// dash ("captured two provinces: Laghman and Ghazni", "outposts in four provinces -
    /// Laghman, …", "two districts, Qaysar and Almar"), and the position of its count; nil when
    /// there is none. The names may follow the group after a word that picks some of them ("in
    /// three districts including Nawa", "several provinces, such as Laghman"). (Read on the
    /// tokens: the words before a name stop at a colon and leave dashes out.)
    func countedGroup(before start: Int) -> (level: LevelHint, count: Int)? {
      var k = start - 1
      if spells(k, "including") || spells(k, "like") {
        k -= 1
      } else if spells(k, "as"), spells(k - 1, "such") {
        k -= 2
      }
      if let mark = lower(k), MentionFinder.isAppositionMark(mark) { k -= 1 }
      guard let noun = lower(k), let level = MentionFinder.countedLevel(of: noun) else { return nil }
      // ("in at least two of these provinces – Nangarhar and Herat": a count of a group named
      // before.)
      var count = k - 1
      if spells(count - 1, "of"), spells(count, "the") || spells(count, "these") || spells(count, "those") || spells(count, "its")
        || spells(count, "their")
      {
        count -= 2
      }
      guard let word = lower(count), MentionFinder.isCount(word) || MentionFinder.groupQuantifiers.contains(word) else { return nil }
      return (level, count)
    }
    func isLandmark(_ k: Int) -> Bool { mentions.withUnsafeBufferPointer { $0[k].isLandmark } }
    func isPartial(_ k: Int) -> Bool { mentions.withUnsafeBufferPointer { $0[k].isPartial } }
    func isExcepted(_ k: Int) -> Bool { mentions.withUnsafeBufferPointer { $0[k].isExcepted } }
    // Whether `list` holds the word of token `k`, by the id the tokenizer gave it, the token
    // read in place: the words before a name asked as text (`contains(_:lexicon:)`) were looked
    // up in the lexicon again, about 175 instructions a test (callgrind, issue #16).
    func holds(_ list: TokenWordList, _ k: Int) -> Bool { tokens.withUnsafeBufferPointer { list.contains($0[k]) } }
    // The lists asked of the words around a name, read by lexicon id instead of hashed
    // (`TokenWordList.contains(_:lexicon:)`); taken out of `tables` once.
    let lexicon = tables.lexicon
    let directionAdjectives = tables.directionAdjectives
    let compassWords = tables.compassWords
    let distanceUnits = tables.distanceUnits
    let prepositions = tables.prepositions
    let hintNouns = tables.hintNouns
    let namingNouns = tables.namingNouns
    let attributiveFollowers = tables.attributiveFollowers
    /// The positions of up to `count` words before token `k`, in text order: the walk back
    /// takes words and commas, passes over the marks that join words and stops at other marks.
    /// (Tokens read in place, here and below: `tokens[j].kind` in this long function copies
    /// the whole token, its text retained and released.)
    func previousPositions(_ k: Int, _ count: Int) -> [Int] {
      var positions: [Int] = []
      positions.reserveCapacity(count)
      previousPositions(k, count, into: &positions)
      return positions
    }
    /// ``previousPositions(_:_:)`` written over `positions` (a reused array: one per mention
    /// was allocated and freed, with the words' below, about 4 M instructions on the 1 MB
    /// stream, callgrind, issue #16).
    func previousPositions(_ k: Int, _ count: Int, into positions: inout [Int]) {
      positions.removeAll(keepingCapacity: true)
      tokens.withUnsafeBufferPointer { tokens in
        var j = k - 1
        while j >= 0, positions.count < count {
          if tokens[j].kind == .punctuation, !MentionFinder.isComma(tokens[j].lower) {
            if MentionFinder.isWordJoiningMark(tokens[j].lower) {
              j -= 1
              continue
            }
            break
          }
          positions.append(j)
          j -= 1
        }
      }
      positions.reverse()
    }
    /// The text of the tokens at `positions`.
    func words(at positions: [Int]) -> [String] {
      tokens.withUnsafeBufferPointer { tokens in positions.map { tokens[$0].lower } }
    }
    /// ``words(at:)`` written over `words` (a reused array).
    func words(at positions: [Int], into words: inout [String]) {
      words.removeAll(keepingCapacity: true)
      tokens.withUnsafeBufferPointer { tokens in
        for k in positions { words.append(tokens[k].lower) }
      }
    }
    func previousWords(_ k: Int, _ count: Int) -> [String] { words(at: previousPositions(k, count)) }
    // Whether `words` end with the phrase written out word by word (no array built per test).
    /// Whether no other mention shares the list of `mention` (one name, not a list's item).
    /// (Lists never cross a sentence here, so `hasListmate`'s sentence test changes nothing.)
    func isAloneInItsList(_ mention: Mention) -> Bool { !mention.hasListmate(in: mentions) }
    // (Each word compared with `String.spells(_:)`: the words asked are ASCII, and `==` on
    // words that differ called the standard library's comparison, about 61 000 times on the
    // 1 MB stream: callgrind, issue #16.)
    func endsWith(_ words: [String], _ a: String) -> Bool { words.last?.spells(a) == true }
    func endsWith(_ words: [String], _ a: String, _ b: String) -> Bool {
      words.count >= 2 && words[words.count - 2].spells(a) && words[words.count - 1].spells(b)
    }
    func endsWith(_ words: [String], _ a: String, _ b: String, _ c: String) -> Bool {
      words.count >= 3 && words[words.count - 3].spells(a) && endsWith(words, b, c)
    }
    func endsWith(_ words: [String], _ a: String, _ b: String, _ c: String, _ d: String) -> Bool {
      words.count >= 4 && words[words.count - 4].spells(a) && endsWith(words, b, c, d)
    }
    // (The same of a slice, its last words read in place: `Array(tenLead.suffix(4))`, made only
    // to ask its ending, was an array built and freed for every mention, about 500
    // instructions each on the 1 MB stream: callgrind, issue #16.)
    func endsWith(_ words: ArraySlice<String>, _ a: String, _ b: String) -> Bool {
      words.count >= 2 && words[words.endIndex - 2].spells(a) && words[words.endIndex - 1].spells(b)
    }
    func endsWith(_ words: ArraySlice<String>, _ a: String, _ b: String, _ c: String) -> Bool {
      words.count >= 3 && words[words.endIndex - 3].spells(a) && endsWith(words, b, c)
    }

    // "Kaldar (Balkh), Shortepa (Balkh)": a province in brackets right after a place is its
    // container, part of that list item.
    var bracketed = Array(repeating: false, count: mentions.count)
    for m in mentions.indices.dropFirst() where sentenceOf[m - 1] == sentenceOf[m] {
      let open = spans[m].lowerBound - 1
      guard spells(open, "("), spells(spans[m].upperBound, ")"), mentions[m].hasLevel(.province) else { continue }
      var k = open - 1
      while k >= spans[m - 1].upperBound, MentionFinder.levelNouns.contains(lower(k) ?? "") { k -= 1 }
      guard k + 1 == spans[m - 1].upperBound else { continue }
      bracketed[m] = true
      mentions[m].hint = .province
      mentions[m].afterPreposition = true
      // "Farah (Farah)", "Sar-e Pol (Sar-e Pol)": a place in its own province's brackets is
      // the province's capital, not the province.
      let provinces = Set(mentions[m].matches.filter { $0.place.level == .province }.map(\.place.id))
      if mentions[m - 1].hint == nil, mentions[m - 1].matches.contains(where: { $0.place.level == .province && provinces.contains($0.place.id) }) {
        mentions[m - 1].hint = .city
      }
    }
    /// Whether the next mention in `m`'s sentence, separated from it only by "in", "of", commas,
    /// "the", direction adjectives and a level noun ("Khost, in the northern province of
    /// Baghlan"), is a province other than `m`'s own that holds a district `m` names.
    func namesOtherContainer(after m: Int) -> Bool {
      let next = m + 1
      guard next < mentions.count, sentenceOf[next] == sentenceOf[m] else { return false }
      var k = spans[m].upperBound
      while k < spans[next].lowerBound {
        guard let word = lower(k), MentionFinder.containerLeadWords.contains(word) || MentionFinder.directionAdjectives.contains(word) else {
          return false
        }
        k += 1
      }
      let own = Set(mentions[m].matches.filter { $0.place.level == .province }.map(\.place.id))
      let districts = Set(mentions[m].matches.compactMap { $0.place.level == .district ? $0.place.provincePcode : nil })
      return mentions[next].matches.contains { $0.place.level == .province && !own.contains($0.place.id) && districts.contains($0.place.id) }
    }
    // Lists: mentions in one sentence separated only by ",", "and", "or", "as well as", "&".
    var listID = 0
    /// Whether a comma and a relative pronoun stand at token `k` (past an item's level noun).
    func opensRelativeClause(after k: Int) -> Bool {
      let comma = MentionFinder.levelNouns.contains(lower(k) ?? "") ? k + 1 : k
      return spells(comma, ",") && MentionFinder.relativeOpeners.contains(lower(comma + 1) ?? "")
    }
    /// The word before an owner named at `start`, past "the" and a compass adjective ("the
    /// capital of the southwestern Nimroz Province").
    func ownerPreposition(before start: Int) -> String {
      var k = start - 1
      if let word = lower(k), MentionFinder.regionStarters.contains(word) { k -= 1 }
      if spells(k, "the") { k -= 1 }
      return lower(k) ?? ""
    }
    // The highest id given so far: a list that goes on past an apposition takes an earlier id
    // back, and the next new list must not reuse one given since.
    var highestID = 0
    func newList() {
      highestID += 1
      listID = highestID
    }
    /// Whether mention `m` is a province and only one, and the mention right before it in its
    /// sentence, separated by "in" (past a level noun), names a district or town it holds
    /// ("Sheberghan in Jowzjan").
    func holdsPlaceBefore(_ m: Int) -> Bool {
      guard m > 0, sentenceOf[m - 1] == sentenceOf[m], mentions[m].hasLevel(.province),
        !mentions[m].hasLevel(.district), !mentions[m].hasLevel(.town)
      else { return false }
      var k = spans[m - 1].upperBound
      if MentionFinder.levelNouns.contains(lower(k) ?? "") { k += 1 }
      guard spells(k, "in"), k + 1 == spans[m].lowerBound else { return false }
      let provinces = Set(mentions[m].matches.filter { $0.place.level == .province }.map(\.place.id))
      return mentions[m - 1].matches.contains { ($0.place.level == .district || $0.place.level == .town) && provinces.contains($0.place.provincePcode ?? "") }
    }
    for m in mentions.indices {
      if bracketed[m] {
        mentions[m].list = listID
        continue
      }
      if m > 0, sentenceOf[m - 1] == sentenceOf[m] {
        // "Janikhel, Dand-e-Pathan, Samkani": a hyphenated name of which only the last part
        // matched is still an item; the words its hyphens join are inside it, not between items.
        var itemStart = spans[m].lowerBound
        while itemStart - 2 >= spans[m - 1].upperBound, spells(itemStart - 1, "-"),
          tokens[itemStart - 1].byteEnd == tokens[itemStart].byteStart,
          tokens[itemStart - 2].byteEnd == tokens[itemStart - 1].byteStart, tokens[itemStart - 2].kind == .word
        {
          itemStart -= 2
        }
        var between = tokens[spans[m - 1].upperBound..<itemStart]
          .map(\.lower)
        if bracketed[m - 1], between.first?.spells(")") == true { between.removeFirst() }
        // "Zaranj (southwest), Sheberghan (north) and Kunduz": a short bracketed aside of no
        // place after an item is part of it, not a break between items.
        if between.first?.spells("(") == true, let close = between.firstIndex(where: { $0.spells(")") }), close <= 4,
          between[1..<close].allSatisfy({ MentionFinder.itemAsideWords.contains($0) })
        {
          between.removeSubrange(0...close)
        }
        // ("the Islam Qala border crossing and …": the item's noun past "border".)
        if between.count >= 2, between[0].spells("border"), MentionFinder.itemLevelNouns.contains(between[1]) { between.removeFirst() }
        // "Lashkar Gah, the capital of Helmand, on Friday, and Kandahar on Thursday": the day of
        // an item, between commas, is part of it, not a break between items.
        if between.count >= 5, MentionFinder.isItemDayBetweenCommas(between, at: 0) { between.removeSubrange(1...3) }
        // "seized Kunduz on Sunday, as well as Sar-e-Pul and Taloqan": the day of the item before
        // "as well as" (or "along with") is part of it too.
        // ("captured Nerkh district on Sunday as well as Chak": past the item's level noun.)
        let dayStart = between.first.map { MentionFinder.itemLevelNouns.contains($0) } == true ? 1 : 0
        if let day = MentionFinder.leadingDayBeforeAddition(between[dayStart...]) { between.removeSubrange(dayStart..<day) }
        // Which joining words `between` holds, read once from its tokens (")" dropped above is
        // none of them).
        let joints = ListJointWords(tokens, spans[m - 1].upperBound..<itemStart)
        // ("as" only in "as well as": "fled to Andkhoy as Pashtun Kot fell" is two clauses.)
        // ("with" only in "along with", "together with": "Kunduz, along with Takhar".)
        let joinsOnly =
          (!joints.with || joints.along || joints.together)
          && (!joints.along && !joints.together || joints.with)
        // ("Khulm, Balkh, on Saturday": a comma alone before the province that holds the item,
        // with no joint after it, says where the item lies, whatever districts bear the
        // province's name.)
        // (`between == [","]` built an array to compare with, twice a mention: read once, the
        // comma on its byte; the words after the item read in place, `spells(_:_:)`.)
        let commaAlone = between.count == 1 && MentionFinder.isComma(between[0])
        let after = spans[m].upperBound
        let placesItem = commaAlone && MentionFinder.namesProvince(of: mentions[m - 1], mentions[m])
          && !(spells(after, "and") || spells(after, "or"))
          && !(spells(after, ",") && (spells(after + 1, "and") || spells(after + 1, "or")))
        if placesItem { mentions[m].hint = .province }
        // "Two districts of Ghazni, Jaghori and Malistan, fell": the province a counted group
        // is "of", a comma after it, owns the list that follows; it is no item of that list.
        let ownerStart = spans[m - 1].lowerBound
        let ownsGroupList =
          commaAlone && spells(ownerStart - 1, "of") && MentionFinder.countedLevel(of: lower(ownerStart - 2) ?? "") != nil
          && (lower(ownerStart - 3).map { MentionFinder.isCount($0) || MentionFinder.groupQuantifiers.contains($0) } ?? false)
          && mentions[m - 1].hasLevel(.province)
        if ownsGroupList { mentions[m - 1].hint = .province }
        let isList =
          joinsOnly && !placesItem && !ownsGroupList
          && (!between.isEmpty && between.allSatisfy { MentionFinder.listJoiners.contains($0) }
            && (!joints.as || joints.well)
            || (between.count >= 1 && between.count <= 3
              && between.allSatisfy { MentionFinder.listJoiners.contains($0) || $0.spells("districts") || $0.spells("district") }
              && between.first?.spells(",") == true)
            // "Spin Boldak district and Wesh crossing", "the Spin Boldak DAC and …": the first
            // item's level noun, then a joint.
            // (Not a province's noun, which may close an owner in apposition: "Taluqan, the
            // capital of Takhar province and Kunduz"; nor a comma alone: "Kaldar district,
            // Balkh," is where Kaldar lies; nor the ends of "between A and B".)
            // ("Nerkh district, as well as Chak", "Nerkh district on Sunday, along with Chak".)
            // (A "the" may open the next item: "the Islam Qala crossing and the Torghundi border
            // town".)
            || (between.count >= 2 && between.count <= 5 && MentionFinder.itemLevelNouns.contains(between[0])
              && between.dropFirst().dropLast(between.last?.spells("the") == true ? 1 : 0).allSatisfy { MentionFinder.listJoiners.contains($0) }
              && (between.count <= (between.last?.spells("the") == true ? 4 : 3) && between.contains { $0.spells("and") || $0.spells("or") }
                || between.contains { $0.spells("well") } && joints.as || joints.along || joints.together)
              && !previousWords(spans[m - 1].lowerBound, 2).contains("between")
              // (Nor a possessor after the joint: "Kandahar's Khakriz district and Logar's
              // Baraki Barak district".)
              && !TriggerFinder.opensPossessive(tokens, at: spans[m].upperBound))
            // "Balkh district, Doshi district, Aliabad district and …": items that each end in
            // the same level noun, with a comma between, the list going on after the item (not
            // "Kaldar district, Balkh,", which says where Kaldar lies; nor "After forces retook
            // Almar district, Pashtun Kot district fell", two clauses).
            || (between.count == 2 && MentionFinder.itemLevelNouns.contains(between[0]) && between[1].spells(",")
              && lower(spans[m].upperBound) == between[0] && m + 1 < mentions.count && sentenceOf[m + 1] == sentenceOf[m]
              && (2...3).contains(spans[m + 1].lowerBound - spans[m].upperBound)
              && ((spans[m].upperBound + 1)..<spans[m + 1].lowerBound).allSatisfy {
                MentionFinder.listJoiners.contains(tokens[$0].lower)
              })
            // "Zaranj and the capital of Jawzjan": an item named as a province's capital.
            || MentionFinder.isCapitalItemJoint(between)
            // "Kharwar, Zorbak and Qarqin": a name no gazetteer entry matched stands between.
            || MentionFinder.isUnknownItemJoint(tokens, spans[m - 1].upperBound..<itemStart))
        // ("the capitals of Zabul province, in the south, and Ghor": where an item lies, between
        // commas, is part of the item.)
        // (The item's level noun may end it: "Zabul province, in the south, and".)
        let goesOnPastWhereItLies =
          !isList && joinsOnly
          && MentionFinder.isWhereItLies(
            MentionFinder.levelNouns.contains(between.first ?? "") ? Array(between.dropFirst()) : between)
        // (A region in the apposition, "the two largest provinces in southern Afghanistan", is
        // read as its words: the list goes on from the place before it.)
        let regionInside =
          m >= 2 && sentenceOf[m - 2] == sentenceOf[m] && !bracketed[m - 1]
          && mentions[m - 1].namesOnlyRegions
          && MentionFinder.isLevelApposition(
            tokens[spans[m - 2].upperBound..<spans[m].lowerBound].map(\.lower))
        if regionInside {
          listID = mentions[m - 2].list
          mentions[m - 1].list = listID
        }
        // "Sharana, the regional capital of Paktika, and Qalat": the place an apposition names
        // as the item's owner is no item of its own (it only says where the item lies); the list
        // goes on from the item before it, past the owner.
        // (The owner's level noun may end the apposition before its comma: "Zaranj, the capital
        // of Nimroz Province, and Sheberghan".)
        let ownerJoint =
          isList
          || (between.count >= 2 && MentionFinder.ownerLevelNouns.contains(between[0]) && between[1].spells(",")
            && between.dropFirst(2).allSatisfy { MentionFinder.listJoiners.contains($0) })
        let ownerInside =
          !regionInside && ownerJoint && m >= 2 && sentenceOf[m - 2] == sentenceOf[m] && !bracketed[m - 1]
          && MentionFinder.ofOrIn.contains(ownerPreposition(before: spans[m - 1].lowerBound))
          && MentionFinder.isLevelApposition(tokens[spans[m - 2].upperBound..<spans[m].lowerBound].map(\.lower))
        // "Ghazni City, which is on the road to Kabul, and Qala-i-Naw": a relative clause between
        // commas after an item is part of it; the list goes on past it, and a place inside it
        // (Kabul) is no item.
        // (The words are copied only after a comma and a relative pronoun: mapping the tokens
        // after every item but the first two cost about 9 M instructions on the 1 MB stream.)
        let relativeInside =
          !ownerInside && !regionInside && m >= 2 && sentenceOf[m - 2] == sentenceOf[m]
          && !bracketed[m - 1] && opensRelativeClause(after: spans[m - 2].upperBound)
          && MentionFinder.isRelativeClauseJoint(tokens[spans[m - 2].upperBound..<itemStart].map(\.lower))
        if ownerInside {
          listID = mentions[m - 2].list
          mentions[m - 1].list = listID
          mentions[m - 1].isAttributive = true
        } else if relativeInside {
          listID = mentions[m - 2].list
        } else if !isList, !regionInside, !goesOnPastWhereItLies, !MentionFinder.isLevelApposition(between),
          !MentionFinder.isRelativeClauseJoint(between)
        {
          newList()
        }
      } else if m > 0 {
        newList()
      }
      mentions[m].list = listID
    }

    // The arrays each mention's words before it are read into, kept from one mention to the
    // next (each `let` copy below is dead by the next mention, so they are written in place).
    var tenAtScratch: [Int] = []
    var tenScratch: [String] = []
    var widerScratch: [String] = []
    tenAtScratch.reserveCapacity(10)
    tenScratch.reserveCapacity(10)
    widerScratch.reserveCapacity(10)
    for m in mentions.indices {
      let mention = mentions[m]
      let group = countedGroup(before: mention.tokens.lowerBound)
      let next = lower(mention.tokens.upperBound)
      // (The words after the name compared as `spells(nextAt, …)`, `spells(nextAt + 1, …)`.)
      let nextAt = mention.tokens.upperBound
      // The walk back stops at the same mark whatever the count, so the shorter lists are the
      // ends of the ten words (one walk per mention instead of four).
      previousPositions(mention.tokens.lowerBound, 10, into: &tenAtScratch)
      let tenAt = tenAtScratch
      words(at: tenAt, into: &tenScratch)
      let ten = tenScratch
      // (`ten` itself, its buffer shared, when it has at most four words: no array made.)
      let before = ten.count <= 4 ? ten : Array(ten.suffix(4))
      // (`before[j]` is the word of token `tenAt[beforeStart + j]`.)
      let beforeStart = tenAt.count - before.count
      // The words before, past the describing words right before the name (`placeLead`), asked
      // by several tests below.
      let tenLead = MentionFinder.placeLead(ten[...], at: tenAt, tokens, directionAdjectives: directionAdjectives)
      // Level from the following word.
      // (Asked word by word, `spells`: a `switch` on the text compared it with each case.)
      if spells(nextAt, "district") || spells(nextAt, "districts") || spells(nextAt, "wuluswali")
        || spells(nextAt, "woluswali")
      {
        mentions[m].hint = .district
      } else if spells(nextAt, "province") || spells(nextAt, "provinces") || spells(nextAt, "provincial") {
        mentions[m].hint = .province
      } else if spells(nextAt, "city") || spells(nextAt, "cities") {
        mentions[m].hint = .city
      } else if spells(nextAt, "valley"), mention.matches.contains(where: { $0.place.level == .province }) {
        // "the Panjshir valley": a province's valley is the province (a district's, the district).
        mentions[m].hint = .province
      }
      // "Kandahar and Helmand, the two largest provinces in the south": an apposition whose
      // noun is a level names the level (of the whole list, through the hints lists share).
      // (Not "Kunduz, the province's capital": that noun owns what follows.)
      // ("Ghazni, a crucial province spanning routes …": an indefinite one too.)
      // ("Herat, the country's third city", "Herat, western Afghanistan's main urban centre": a
      // possessor before the noun, or opening the apposition, is passed over.)
      var appositionStart: Int? = nil
      if spells(nextAt, ","), hint(m) == nil {
        // ("In Herat, another city under siege": "another" too.)
        if spells(nextAt + 1, "the") || spells(nextAt + 1, "a") || spells(nextAt + 1, "an") || spells(nextAt + 1, "another") {
          appositionStart = mention.tokens.upperBound + 2
        } else if let apostrophe = (mention.tokens.upperBound + 2..<mention.tokens.upperBound + 5).first(where: {
          TriggerFinder.opensPossessive(tokens, at: $0)
        }), (mention.tokens.upperBound + 1..<apostrophe).allSatisfy({ tokens[$0].kind == .word }) {
          appositionStart = apostrophe + 2
        }
      }
      if let appositionStart {
        // At most three words before the noun, a possessive's "'s" not counted.
        var k = appositionStart
        var words = 0
        while words < 3, k < tokens.count, tokens[k].kind != .punctuation || TriggerFinder.opensPossessive(tokens, at: k),
          !tokens[k].isCapitalized || TriggerFinder.opensPossessive(tokens, at: k + 1),
          MentionFinder.appositionLevels[tokens[k].lower] == nil
        {
          if TriggerFinder.opensPossessive(tokens, at: k) {
            k += 2
          } else {
            k += 1
            words += 1
          }
        }
        if k < tokens.count, let level = MentionFinder.appositionLevels[tokens[k].lower],
          !TriggerFinder.opensPossessive(tokens, at: k + 1)
        {
          mentions[m].hint = level
        }
      }
      // "the Helmand provincial capital Lashkar Gah": the province, whose capital is named; but
      // "Nimroz provincial capital falls": the capital itself.
      // (So is "the Jawzjan provincial center".)
      let capitalAfterProvincial = spells(nextAt + 1, "capital") || spells(nextAt + 1, "center") || spells(nextAt + 1, "centre")
      if spells(nextAt, "provincial"), capitalAfterProvincial {
        let named = mention.tokens.upperBound + 2 < tokens.count && tokens[mention.tokens.upperBound + 2].isCapitalized
        mentions[m].hint = named || !mention.matches.contains(where: { $0.place.level == .province }) ? .province : .city
      }
      // "Laghman became the latest province to fall", "Kunduz is the third city to fall": the
      // noun the name is said to be names its level.
      if spells(nextAt, "became") || spells(nextAt, "becomes") || spells(nextAt, "is") || spells(nextAt, "was"), spells(nextAt + 1, "the"),
        let rank = lower(mention.tokens.upperBound + 2), TriggerFinder.ordinals.contains(rank) || MentionFinder.rankWords.contains(rank)
      {
        switch lower(mention.tokens.upperBound + 3) {
        case "province": mentions[m].hint = .province
        case "city", "provincial": mentions[m].hint = .city
        default: break
        }
      }
      if let next, TriggerFinder.isApostrophe(next), spells(nextAt + 1, "s") { mentions[m].isPossessor = true }
      // "Kunduz city's police headquarters", "Ghazni's outskirts": a part of the place is what
      // the clause is about.
      let owner =
        spells(nextAt, "city") || spells(nextAt, "district") || spells(nextAt, "province") || spells(nextAt, "town")
        ? mention.tokens.upperBound + 1 : mention.tokens.upperBound
      if MentionFinder.ownsPart(at: owner, tokens) {
        mentions[m].isPartial = true
        mentions[m].isPossessor = false
        // "Ghazni's outskirts", "Kunduz's prison": a province name owning a part of a place is
        // its capital.
        if hint(m) == nil, owner == mention.tokens.upperBound, mention.matches.contains(where: { $0.place.level == .province }) {
          mentions[m].hint = .city
        }
      }
      // "seized back the Kunduz city police headquarters", "took the Kandahar prison": a part
      // named with the place before it.
      // (`first` is the text of `tokens[owner]`, asked by word id: `TokenWordList`.)
      if let first = lower(owner), tables.partFollowers.contains(tokens, at: owner),
        !first.spells("police") || spells(owner + 1, "headquarters") || spells(owner + 1, "hq")
      {
        mentions[m].isPartial = true
      }
      // "Bamyan's capital fell", "Ghor province's capital": the province's capital city.
      let possessed: Int? =
        if TriggerFinder.opensPossessive(tokens, at: owner) {
          owner + 2
        } else if let mark = lower(mention.tokens.upperBound - 2), TriggerFinder.isApostrophe(mark),
          spells(mention.tokens.upperBound - 1, "s")
        {
          mention.tokens.upperBound  // the mention took "province's"
        } else {
          nil
        }
      // "Khost province's Sabari and Musa Khel districts": the province owns what follows.
      // (A part it owns, "Kunduz city's police headquarters", is a part of the place instead.)
      // ("Pul-e-Khumri's fall": what the place underwent, not what it owns.)
      if let p = possessed, !isPartial(m) {
        mentions[m].isPossessor = !MentionFinder.eventNouns.contains(lower(p) ?? "")
      }
      // "besieged Qaisar's district centre": a district's seat is the district itself.
      if let p = possessed, spells(p, "district"), let seat = lower(p + 1), MentionFinder.seatNouns.contains(seat),
        mention.matches.contains(where: { $0.place.level == .district })
      {
        mentions[m].isPossessor = false
        mentions[m].hint = .district
      }
      if let p = possessed, spells(p, "capital") || (spells(p, "provincial") && spells(p + 1, "capital")),
        mention.matches.contains(where: { $0.place.level == .province })
      {
        mentions[m].hint = .city
        mentions[m].isPossessor = false
      }
      // Level from the words before.
      if hint(m) == nil {
        // ("the streets of Kunduz": only a town has streets.)
        if endsWith(before, "city", "of") || endsWith(before, "town", "of") || endsWith(before, "streets", "of")
          || endsWith(before, "capital") || endsWith(before, "capital", ",")
          || endsWith(before, "cities", "of") || endsWith(before, "capitals", "of")
        {
          mentions[m].hint = .city
        } else if endsWith(before, "province", "of") || endsWith(before, "provinces", "of") {
          mentions[m].hint = .province
        } else if let level = group?.level,
          level != .province || mention.hasLevel(.province), level != .district || mention.hasLevel(.district)
        {
          // "captured two provinces - Laghman and Ghazni", "two districts: Qaysar and Almar": the
          // names a counted group lists are of its level.
          mentions[m].hint = level
        } else if endsWith(before, "district", "of") || endsWith(before, "districts", "of") {
          mentions[m].hint = .district
        } else if endsWith(before, "are") || endsWith(before, "were") || endsWith(before, "include")
          || endsWith(before, "including") || endsWith(before, ":") || endsWith(before, "such", "as") || endsWith(before, "like"),
          ten.contains("capitals") || ten.contains("cities")
        {
          // "The other provincial capitals, fallen earlier, are Faizabad, Farah, …": the names a
          // group of capitals lists are cities (the hint goes to the whole list); so do "several
          // provincial capitals, such as Kunduz and Takhar", "capitals like …", and a group of
          // cities ("Cities … like Fayzabad, fell": the capital, not Jawzjan's district).
          mentions[m].hint = .city
        } else if let noun = MentionFinder.provinceApposition(ten, at: tenAt), m == 0 || spans[m - 1].upperBound <= noun,
          mention.matches.contains(where: { $0.place.level == .province })
        {
          // "The only province in the north of Afghanistan, Balkh, fell": the name in apposition
          // to a province described before it.
          mentions[m].hint = .province
        }
      }
      // "the five provinces whose capitals have fallen – Kunduz, Takhar, …": the provinces a
      // group of capitals names after a colon or dash stand for the capitals (the hint goes to
      // the whole list; it outweighs the counted group's level).
      if let mark = lower(mention.tokens.lowerBound - 1), MentionFinder.isWhoseCapitalListMark(mark),
        mention.matches.contains(where: { $0.place.level == .province }),
        // (The range empty, never reversed, for a mention among the text's first two tokens.)
        (max(0, mention.tokens.lowerBound - 10)..<max(0, mention.tokens.lowerBound - 2)).contains(where: { k in
          spells(k, "whose") && (spells(k + 1, "capital") || spells(k + 1, "capitals"))
            && !(k..<mention.tokens.lowerBound).contains { spells($0, ".") }
        })
      {
        mentions[m].hint = .city
      }
      // "the centre of Logar province", "entered the centre of Kunduz": a province's centre is
      // its capital city (but "Doshi district centre of Baghlan province" is Doshi's centre, in
      // the province).
      // ("the center of the Ghazni province" too.)
      // ("the centre of neighbouring Takhar province": past the words describing it.)
      if endsWith(tenLead, "centre", "of") || endsWith(tenLead, "center", "of"),
        !endsWith(tenLead, "district", "centre", "of") && !endsWith(tenLead, "district", "center", "of"),
        // (Nor a district's centre named with its noun after: "the center of Balkh district".)
        !spells(nextAt, "district"),
        mention.matches.contains(where: { $0.place.level == .province })
      {
        mentions[m].hint = .city
      }
      // "Nimroz capital falls to Taliban": a province name before "capital" is its capital city.
      if spells(nextAt, "capital"), hint(m) == nil, mention.matches.contains(where: { $0.place.level == .province }) {
        mentions[m].hint = .city
      }
      // Appositive "Kunduz, the provincial capital".
      if spells(nextAt, ","), spells(nextAt + 1, "the") || spells(nextAt + 1, "a"),
        MentionFinder.capitalAppositionWords.contains(lower(mention.tokens.upperBound + 2) ?? "")
      {
        mentions[m].hint = .city
      }
      // ("Herat, Afghanistan's third-biggest city", "Kandahar, the country's second city": a
      // ranked city in apposition.)
      if spells(nextAt, ","), hint(m) == nil, MentionFinder.rankedCityApposition(after: mention.tokens.upperBound, tokens) {
        mentions[m].hint = .city
      }
      if let w = next, holds(attributiveFollowers, mention.tokens.upperBound) {
        // "Badakhshan police", "Paktia Provincial Council", "Kabul Now"
        // (But "the Islam Qala customs": the customs of a town or district that is no province
        // or provincial capital is its border crossing, the place itself.)
        let crossing = w.spells("customs") && !mention.matches.contains { $0.place.level == .province || $0.place.isCapital }
        if !(w.spells("provincial") && capitalAfterProvincial), !crossing { mentions[m].isAttributive = true }
        if MentionFinder.outletFollowers.contains(w) { mentions[m].isOutlet = true }
      }
      // "the Pul-e-Khumri – Kunduz highway", "the Pul-e-Khumri-Kunduz highway", "the Kabul -
      // Jalalabad road": a road named by its two ends across a dash is the first end's too. (The
      // other end is the next name, or one capitalised word where a hyphen without spaces kept
      // it from starting a name.)
      // (The dashes asked as the mark tests ask them, text that starts with an ASCII scalar
      // turned away on that: `==` against the two literals compared every word after a name as
      // text, about 2.8 M instructions on the 1 MB stream: callgrind, issue #16.)
      if let next, MentionFinder.isHyphen(next) || next.leadingASCIIByte == nil && MentionFinder.isEnOrEmDash(next),
        nextAt + 2 < tokenCount
      {
        let otherEnd: Int? =
          m + 1 < mentions.count && mentions[m + 1].tokens.lowerBound == nextAt + 1
          ? mentions[m + 1].tokens.upperBound
          : (tokens[nextAt + 1].kind == .word && tokens[nextAt + 1].isCapitalized ? nextAt + 2 : nil)
        if let otherEnd, let after = lower(otherEnd), MentionFinder.roadNouns.contains(after) { mentions[m].isAttributive = true }
      }
      // "Kabul says the attack was repelled", "…, Kabul has denied": the capital as the one who
      // speaks is the government, of no place of its own. (Not after a preposition or a verb,
      // where it is the place: "fighting near Kabul, said officials" has its comma.) So is the
      // capital named as the seat of who governs: "the administration in Kabul said", "the
      // Kabul government" (but "officials in Kunduz said" name Kunduz).
      if let w = next {
        let seatOfSpeakers = before.count >= 2 && before.last?.spells("in") == true && MentionFinder.governmentNouns.contains(before[before.count - 2])
        // ("a source of income for the West-backed government in Kabul": the seat of a
        // government, administration or regime, whatever follows.)
        let seatOfGovernment =
          seatOfSpeakers && ["government", "administration", "regime"].contains(before[before.count - 2])
          && MentionFinder.namesCapital(mention)
        // ("a statement refuted by Kabul": the capital as the agent of a word of speaking.)
        let speakingAgent =
          before.count >= 2 && before.last?.spells("by") == true && MentionFinder.spokenParticiples.contains(before[before.count - 2])
          && MentionFinder.namesCapital(mention)
        if seatOfGovernment || speakingAgent || MentionFinder.speaksAsGovernment(mention, after: seatOfSpeakers ? nil : before.last, tokens, at: nextAt)
          || (MentionFinder.governmentNouns.contains(w) && MentionFinder.namesCapital(mention))
        {
          mentions[m].isAttributive = true
          mentions[m].isGovernment = true
        }
      }
      // ("Kunduz's police chief"; but "Kunduz's prison", "Kunduz's police headquarters", "Lashkar
      // Gah's police districts" are parts.)
      if let next, TriggerFinder.isApostrophe(next), spells(nextAt + 1, "s"),
        let follower = lower(mention.tokens.upperBound + 2), holds(attributiveFollowers, mention.tokens.upperBound + 2),
        // ("Faryab's provincial capital" is the city.)
        !(follower.spells("provincial") && spells(mention.tokens.upperBound + 3, "capital")),
        !isPartial(m)
          || (follower == "police" && !MentionFinder.policePartWords.contains(lower(mention.tokens.upperBound + 3) ?? ""))
      {
        mentions[m].isAttributive = true
      }
      if MentionFinder.attributiveEndings.endsAny(before) { mentions[m].isAttributive = true }
      // "according to Bagram district chief Darwaish Raufi", "the Ghazni province council": a
      // title past the level noun.
      // (Not an office's site: "the Khan Abad district governor's compound" is the district's.)
      if spells(nextAt, "district") || spells(nextAt, "province"), let title = lower(nextAt + 1),
        MentionFinder.levelTitles.contains(title), !TriggerFinder.opensPossessive(tokens, at: nextAt + 2)
      {
        mentions[m].isAttributive = true
      }
      // Preposition before, skipping direction adjectives and "the".
      var j = before.count - 1
      while j >= 0, holds(directionAdjectives, tenAt[beforeStart + j]) { j -= 1 }
      // "The city of Herat", "the province of Faryab": an "of" that names, not a container's.
      // Not "Gizab district of Uruzgan" (a name before the noun) nor "in the central province of
      // Maidan Wardak" (a container's preposition before it).
      var naming = false
      if j >= 1, before[j].spells("of"),
        holds(namingNouns, tenAt[beforeStart + j - 1])
      {
        let longer = ten
        var h = longer.count - 3  // the word before the noun
        if h >= 0, holds(directionAdjectives, tenAt[h]) {
          while h >= 0, holds(directionAdjectives, tenAt[h]) { h -= 1 }
          // (Not after an indefinite article: "in a key district of Faryab" holds an unnamed
          // district, of which the province is the container.)
          naming = h < 0 || !(holds(prepositions, tenAt[h]) || tables.indefiniteOpeners.contains(tokens, at: tenAt[h]))
        }
      }
      // "all of Panjshir", "the whole of Badakhshan": the place entire, not a container.
      if j >= 1, before[j].spells("of"), MentionFinder.wholeOfWords.contains(before[j - 1]) {
        naming = true
        mentions[m].isNamedObject = true
      }
      // "captured Helmand province, including its capital Lashkar Gah": the province is taken
      // whole, with its capital; it does not merely hold the place after it.
      do {
        var k = mention.tokens.upperBound
        if MentionFinder.provinceNouns.contains(lower(k) ?? "") { k += 1 }
        if spells(k, ","), spells(k + 1, "including"), mention.matches.contains(where: { $0.place.level == .province }) {
          mentions[m].isNamedObject = true
        }
      }
      // "the entire province of Nimroz", "the whole of Zabul province".
      if before.suffix(4).contains(where: { MentionFinder.entireWords.contains($0) }) {
        mentions[m].isNamedObject = true
        if j >= 0, before[j].spells("of") { naming = true }
      }
      // "the battle for Kandahar", "fighting over Kunduz": what a battle is for is a city, not a
      // province that holds it.
      if j >= 1, MentionFinder.battleObjectWords.contains(before[j]),
        MentionFinder.battleNouns.contains(before[j - 1]),
        hint(m) == nil, mention.matches.contains(where: { $0.place.level == .province })
      {
        mentions[m].hint = .city
        naming = true
      }
      if j >= 0, holds(prepositions, tenAt[beforeStart + j]), !naming { mentions[m].afterPreposition = true }
      // (The lists asked of the tokens, by the id the tokenizer gave each, `contains(_: Token)`:
      // asked of the words' text, each was hashed again, about 1 000 instructions a mention.)
      // (The six words left once the describing words are out, from the ten before the name:
      // "most of the strategic northeastern city of Kunduz" keeps its "most of".)
      // (The tokens read from the array in place: through a buffer pointer each token asked
      // about was copied, its text retained and released.)
      // (`ten[i]` is the text of token `tenAt[i]`: read from `ten`, not from the token, which
      // this long function copied whole through the array's subscript, 22 000 copies on the
      // 1 MB stream: callgrind, issue #16.)
      widerScratch.removeAll(keepingCapacity: true)
      for (i, k) in tenAt.enumerated() where !directionAdjectives.contains(tokens, at: k) || compassWords.contains(tokens, at: k) {
        widerScratch.append(ten[i])
      }
      let wider = widerScratch
      // "north of the city of Herat": the hint words "city of" do not hide a landmark.
      // So do "the capital" and "the national capital" ("east of the capital Kabul").
      // (Also "southwest of the capital, Kabul": the name in apposition to such words.)
      // (Left out of the ten words before the six are kept: "the Arghandab district in the
      // outskirts of the provincial capital, Kandahar City".)
      // (Of `wider` and `bare` only their last six words count: the phrases are asked of their
      // last six, `PhraseEndings.endsAny(_:lastOf:)`, and the rest reads at most their last five;
      // trimming them copied one.)
      var bare = wider
      let unstripped = bare.count
      // ("outposts in four provinces - Laghman, Baghlan …": a counted noun that the list after
      // a dash, colon or comma names is left out with its count, so what the list is said of
      // shows.)
      var strippedCount = false
      while let last = bare.last {
        if MentionFinder.isAppositionMark(last), bare.count >= 2,
          hintNouns.contains(bare[bare.count - 2], lexicon: lexicon) || MentionFinder.countedLevel(of: bare[bare.count - 2]) != nil
        {
          bare.removeLast()
        } else if hintNouns.contains(last, lexicon: lexicon) {
          bare.removeLast()
        } else if MentionFinder.countedLevel(of: last) != nil, bare.count >= 2, MentionFinder.isCount(bare[bare.count - 2]) {
          bare.removeLast(2)
          strippedCount = true
        } else if last.spells("of"), bare.count >= 2, hintNouns.contains(bare[bare.count - 2], lexicon: lexicon) {
          bare.removeLast(2)
        } else if strippedCount, last.spells("just") || last.spells("only") || last.spells("the") {
          bare.removeLast()
        } else {
          break
        }
      }
      // (`bare` is `wider` less words at its end: with none left out, it is the same words,
      // and the phrases are not looked up twice.)
      let bareIsWider = bare.count == unstripped
      // "captured several districts in two provinces – Nangarhar and Herat": the names a
      // counted group lists stand where the group does, after its preposition (not "two of the
      // provinces", whose names are the group's members).
      if let group, group.count > 0 {
        // (Past "at least", "more than": "in at least two provinces".)
        var before = group.count - 1
        if (spells(before, "least") && spells(before - 1, "at")) || (spells(before, "than") && spells(before - 1, "more")) {
          before -= 2
        }
        if before >= 0, !spells(before, "of"), holds(prepositions, before) {
          mentions[m].afterPreposition = true
        }
        // "overran territory in three districts including Nawa", "parts of two districts, Nawa
        // and Garmser": a part of the group is a part of each place it names.
        if MentionFinder.partialEndings.endsAny(previousWords(group.count, 6), lastOf: 6) {
          mentions[m].isPartial = true
        }
      }
      // "the neighbouring Kunduz province": an adjective naming the place, not a relation to it.
      let describes = bare.suffix(2).first?.spells("the") == true && MentionFinder.neighbouringWords.contains(bare.last ?? "")
      // ("a district neighbouring the capital Kabul": the neighbouring word, which `wider`
      // leaves out as a describing word, is a relation here, an article and the place after it.)
      let neighbours = ten.count >= 2 && MentionFinder.neighbouringWords.contains(ten[ten.count - 2]) && ten[ten.count - 1].spells("the")
        || ten.count >= 3 && MentionFinder.neighbouringWords.contains(ten[ten.count - 3]) && ten[ten.count - 2].spells("the")
          && hintNouns.contains(ten[ten.count - 1], lexicon: lexicon)
      if !describes, neighbours || MentionFinder.landmarkEndings.endsAny(wider, lastOf: 6) || !bareIsWider && MentionFinder.landmarkEndings.endsAny(bare, lastOf: 6) {
        mentions[m].isLandmark = true
      }
      // "the closest major city to the Afghan capital", "the nearest provincial capital to
      // Kabul to fall": what a superlative of nearness is measured from; "on their march to
      // Kabul they captured Bamyan", "on its way to": where a journey heads, not what it takes.
      if MentionFinder.measuresOrHeadsFrom(bare) || (!bareIsWider && MentionFinder.measuresOrHeadsFrom(wider)) {
        mentions[m].isLandmark = true
      }
      // "took control of the Panjwai district, on the outskirts of Kandahar": the edge of a city
      // set off by a comma after another place says where that place lies.
      if m > 0, sentenceOf[m - 1] == mention.sentence, Self.isEdgeApposition(before: mention.tokens.lowerBound, after: spans[m - 1].upperBound, tokens) {
        mentions[m].isLandmark = true
      }
      // "the road from Mazar to Sheberghan", "the highway between Kabul and Kandahar": the other
      // end of a road is a landmark too.
      if m > 0, isLandmark(m - 1), sentenceOf[m - 1] == mention.sentence,
        mention.tokens.lowerBound == spans[m - 1].upperBound + 1,
        MentionFinder.roadJoiners.contains(lower(spans[m - 1].upperBound) ?? ""),
        MentionFinder.roadEndings.endsAny(previousWords(spans[m - 1].lowerBound, 3))
      {
        mentions[m].isLandmark = true
      }
      // "a key Kandahar district", "two Ghazni districts": a province naming where an unnamed
      // district lies is no event place.
      if spells(nextAt, "district") || spells(nextAt, "districts"), mention.hasLevel(.province),
        let article = before.lastIndex(where: { MentionFinder.indefiniteOpeners.contains($0) || MentionFinder.numberWords[$0] != nil }),
        before.count - article <= 3, !before[(article + 1)...].contains(where: { MentionFinder.prepositions.contains($0) || $0.spells(",") })
      {
        mentions[m].isAttributive = true
      }
      // ("Taliban seize key Kandahar district": a headline's adjective with no article opens the
      // indefinite phrase too.)
      if spells(nextAt, "district"), mention.hasLevel(.province), let adjective = before.last,
        MentionFinder.unnamedDistrictAdjectives.contains(adjective),
        // (After "the" only when the district's own name follows: "the key Kandahar district of
        // Arghandab".)
        before.dropLast().last?.spells("the") != true || spells(nextAt + 1, "of")
      {
        mentions[m].isAttributive = true
      }
      // "villages around Kunduz city, capital of the northern Kunduz province": an apposition to a
      // landmark is the landmark ("captured parts of Sheberghan city, capital of Jawzjan
      // province": to a part, the part).
      if m > 0, isLandmark(m - 1) || isPartial(m - 1), sentenceOf[m - 1] == mention.sentence,
        spells(spans[m - 1].upperBound, ",") || (spells(spans[m - 1].upperBound, "city") && spells(spans[m - 1].upperBound + 1, ",")),
        tenLead.suffix(2).elementsEqual(MentionFinder.capitalOf) || tenLead.suffix(3).elementsEqual(MentionFinder.capitalCityOf),
        mention.tokens.lowerBound - spans[m - 1].upperBound <= 8
      {
        if isLandmark(m - 1) { mentions[m].isLandmark = true }
        if isPartial(m - 1) { mentions[m].isPartial = true }
      }
      // "the outskirts of Helmand's capital, Lashkar Gah", "nine out of 10 districts of the Helmand
      // provincial capital, Lashkar Gah": the name in apposition to a part's or a landmark's
      // "capital" is that part or landmark.
      if m > 0, isPartial(m - 1) || isLandmark(m - 1), sentenceOf[m - 1] == mention.sentence,
        mention.tokens.lowerBound >= 2, spells(mention.tokens.lowerBound - 1, ","),
        MentionFinder.capitalNouns.contains(lower(mention.tokens.lowerBound - 2) ?? ""),
        mention.tokens.lowerBound - spans[m - 1].upperBound <= 6
      {
        mentions[m].isPartial = mentions[m].isPartial || mentions[m - 1].isPartial
        mentions[m].isLandmark = mentions[m].isLandmark || mentions[m - 1].isLandmark
      }
      // "Parwan in central Afghanistan", "Baghlan in the north": a part of the country right after
      // a place says where that place lies; the place is the event's.
      if m > 0, sentenceOf[m - 1] == mention.sentence, mention.namesOnlyRegions,
        spans[m - 1].upperBound + 1 == mention.tokens.lowerBound
          || (spans[m - 1].upperBound + 2 == mention.tokens.lowerBound && spells(mention.tokens.lowerBound - 1, "the")),
        spells(spans[m - 1].upperBound, "in")
      {
        mentions[m].isLandmark = true
      }
      // "Balkh province, where Mazar-e-Sharif is located": a place said to lie in another only
      // places it; the event is the other's.
      // ("where the city of Mazar-e-Sharif lies" too.)
      if MentionFinder.followsWhere(mention.tokens.lowerBound, tokens),
        case let verbAt = spells(nextAt, "is") || spells(nextAt, "was") || spells(nextAt, "are") ? nextAt + 1 : nextAt,
        spells(verbAt, "located") || spells(verbAt, "situated") || spells(verbAt, "lies")
      {
        mentions[m].isLandmark = true
      }
      // "Surkh-o-Parsa district in Ghorband Valley": a district's valley right after another
      // place says where that place lies (a province's valley is the province: "Rukha district in
      // the Panjshir valley" stays).
      if m > 0, sentenceOf[m - 1] == mention.sentence, spells(nextAt, "valley"),
        !mention.matches.contains(where: { $0.place.level == .province }),
        case let between = spans[m - 1].upperBound..<mention.tokens.lowerBound, (1...3).contains(between.count),
        between.contains(where: { spells($0, "in") }), between.allSatisfy({ ["district", "in", "the"].contains(lower($0) ?? "") })
      {
        mentions[m].isLandmark = true
      }
      if MentionFinder.exceptEndings.endsAny(bare, lastOf: 6) {
        mentions[m].isExcepted = true
      } else if spells(mention.tokens.lowerBound - 1, ",") || spells(mention.tokens.lowerBound - 1, "and") {
        // "most of the province, bar the city and two nearby districts, Gozara and Injil, is
        // under Taliban control": names after an exception's other items, past the nouns that
        // count or name them, are excepted with them.
        var k = mention.tokens.lowerBound - 1
        var j = m - 1
        while k > mention.tokens.lowerBound - 16 {
          while j >= 0, spans[j].lowerBound > k { j -= 1 }
          if j >= 0, sentenceOf[j] == mention.sentence, spans[j].contains(k) {
            k = spans[j].lowerBound - 1
            continue
          }
          guard let word = lower(k), MentionFinder.exceptedGroupWords.contains(word) || MentionFinder.numberWords[word] != nil
          else { break }
          k -= 1
        }
        if k < mention.tokens.lowerBound - 1, MentionFinder.wholeListExceptEndings.endsAny(previousWords(k + 1, 3)) {
          mentions[m].isExcepted = true
        }
      }
      // "leaving only the isolated capital Kabul to conquer", "leaving the capital of Kabul as the
      // only major city left not under the insurgents' control": the place a sweep leaves over
      // is excepted from it. (Not "leaving Kunduz to the Taliban", given up, nor "before leaving
      // Kandahar for Kabul".)
      // (The nearest "leaving" among the seven words before is found by comparing texts; the
      // words between are hashed into `leftOverLeadWords` only then, not before every mention.)
      if !Mention.isExcepted(m, in: mentions),
        let k = leaving(before: mention.tokens.lowerBound),
        ((k + 1)..<mention.tokens.lowerBound).allSatisfy({ MentionFinder.leftOverLeadWords.contains(tokens[$0].lower) })
      {
        let after = (mention.tokens.upperBound..<mention.tokens.upperBound + 8).map { lower($0) ?? "" }
        let onlyOne = after.indices.dropLast().contains { i in
          (after[i].spells("the") || after[i].spells("as")) && (after[i + 1].spells("only") || after[i + 1].spells("last") || after[i + 1].spells("sole"))
        }
        let toTake = after.prefix(3).firstIndex(of: "to").map { i in
          i + 1 < after.count && ["conquer", "capture", "take", "seize", "fall"].contains(after[i + 1])
        } ?? false
        if onlyOne || toTake || (k + 1 < mention.tokens.lowerBound && ["only", "just"].contains(lower(k + 1) ?? "")) {
          mentions[m].isExcepted = true
        }
      }
      // "the district headquarters compound of Khwahan fell": a district's seat is the district.
      // ("the compound of Qaisar district": a district's compound is its seat too.)
      let seatOfDistrict =
        wider.suffix(5).contains("district") || wider.suffix(4).contains("administrative")
        || (hint(m) == .district && wider.suffix(2).elementsEqual(MentionFinder.compoundOf))
      // "all but one Lashkar Gah district was under Taliban control": a count of a city's own
      // districts, part of it. (A province's, "all but one Helmand district", counts districts
      // that are places of their own: the province only describes them.)
      let allButSome =
        bare.count >= 3 && bare[bare.count - 3].spells("all") && bare[bare.count - 2].spells("but")
        && (bare[bare.count - 1].spells("one") || MentionFinder.numberWords[bare[bare.count - 1]] != nil)
        && MentionFinder.districtNouns.contains(lower(mention.tokens.upperBound) ?? "")
      if allButSome {
        if mention.hasLevel(.province) { mentions[m].isAttributive = true } else { mentions[m].isPartial = true }
      }
      // "the area of Dar-e Sanglakh in Jalrez district", "the village of Sia Khak in Jalrez": a
      // named locality the gazetteer does not know, in the place, is a part of it.
      if !seatOfDistrict, MentionFinder.namesLocality(before: mention.tokens.lowerBound, tokens) {
        mentions[m].isPartial = true
      }
      // ("seized all parts of Kandahar city": every part is the whole.)
      let allParts = wider.count >= 3 && wider[wider.count - 3].spells("all") && wider[wider.count - 1].spells("of")
      if !seatOfDistrict, !allParts,
        MentionFinder.partialEndings.endsAny(wider, lastOf: 6) || !bareIsWider && MentionFinder.partialEndings.endsAny(bare, lastOf: 6)
          || MentionFinder.endsWithPoliceDistrict(wider)
      {
        mentions[m].isPartial = true
        // "the outskirts of Kunduz", "the gates of Ghazni": only a city has outskirts, gates or
        // suburbs, so a province name there is its capital — when the capital bears the name
        // ("the gates of Panjshir" are the valley's, whose capital is Bazarak).
        if mention.hint == nil, !spells(mention.tokens.upperBound, "valley"), MentionFinder.cityPartEndings.endsAny(bare, lastOf: 6),
          mention.matches.contains(where: { $0.place.level == .province }), namesProvinceAndCapital(mention)
        {
          mentions[m].hint = .city
        }
        // "at the entrance of the Panjshir valley": the part word governs the place, which is
        // no container of another.
        if spells(mention.tokens.upperBound, "valley") { mentions[m].afterPreposition = false }
      }
      // "43km (27 miles) from the provincial capital, Herat city", "60 km south of Kabul": a
      // distance names a landmark.
      let sentenceStart = spans[m].lowerBound - tokensIntoSentence(mention, tokens)
      // A distance before another place is that place's ("within 11 km of Kabul after capturing
      // Char Asiab").
      let previousPlaceEnd = m > 0 ? spans[m - 1].upperBound : 0
      let windowStart = min(mention.tokens.lowerBound, max(sentenceStart, mention.tokens.lowerBound - 10, previousPlaceEnd))
      if (windowStart..<mention.tokens.lowerBound).contains(where: { distanceUnits.contains(tokens, at: $0) }) {
        mentions[m].isLandmark = true
      }
      // "the capital of Kunduz province": the city.
      // "captured the provincial capital of Nimroz" too, but not the appositive "Zaranj, the
      // provincial capital of Nimroz", where Nimroz is the province.
      // ("the capital of northern Kunduz province", "of the southern Helmand province": the
      // compass word describes the province.)
      // ("the capital of the southern province of Helmand": of the province named.)
      var core = ten[...]
      if core.count >= 2, core[core.endIndex - 2].spells("province"), core[core.endIndex - 1].spells("of") {
        core.removeLast(2)
        while let last = core.last, MentionFinder.directionAdjectives.contains(last) { core.removeLast() }
        // (Only right after "capital of".)
        if !(core.count >= 2 && core[core.endIndex - 2].spells("capital") && core[core.endIndex - 1].spells("of")) { core = ten[...] }
      }
      // ("the capital of the neighbouring Kunduz province", "of Afghanistan's Helmand province",
      // "of the Farah province" too.)
      core = MentionFinder.placeLead(core, at: tenAt, tokens, directionAdjectives: directionAdjectives)
      var coreBefore = core.count == ten.count ? before : Array(core.suffix(4))
      // ("the capital city of Sar-e Pol province" is "the capital of" it.)
      if endsWith(coreBefore, "capital", "city", "of") { coreBefore.remove(at: coreBefore.count - 2) }
      if endsWith(coreBefore, "capital", "of"), !endsWith(coreBefore, ",", "the", "capital", "of"),
        !endsWith(coreBefore, "provincial", "capital", "of") || MentionFinder.namesCapitalByThe(Array(core.suffix(7)))
      {
        mentions[m].hint = .city
      }
      // "the prison in Herat fell", "the police headquarters in Kandahar is captured": a town's
      // building named as in a province's name stands in its capital (a province-wide thing is
      // named as such: "a border post in the province of Badakhshan").
      if mentions[m].hint == nil, before.count >= 2, before[before.count - 1].spells("in"),
        MentionFinder.urbanSiteNouns.contains(before[before.count - 2])
      {
        mentions[m].hint = .city
      }
      // "seized Taringot, the capital of Uruzgan": after a word that names no place, the
      // apposition is the only name of the place, which is the capital city.
      if core.count == ten.count,
        endsWith(before, ",", "the", "capital", "of") || MentionFinder.endsWithAny(before, MentionFinder.provincialCapitalApposition),
        case let comma = mention.tokens.lowerBound - (endsWith(before, "provincial", "capital", "of") ? 5 : 4), comma >= 1,
        tokens[comma - 1].kind == .word, tokens[comma - 1].isCapitalized,
        !mentions.contains(where: { $0.tokens.contains(comma - 1) })
      {
        mentions[m].hint = .city
      }
      // "including Dasht e Archi": the list belongs to the clause before.
      // ("…, starting with Zaranj", "…, beginning with Zaranj": the object's first member.)
      // ("including the strategic city of Kunduz": past a described head and its "of".)
      if endsWith(before, "including") || endsWith(before, ",", "including") || endsWith(before, "such", "as")
        || endsWith(before, ",", "starting", "with") || endsWith(before, ",", "beginning", "with")
        || MentionFinder.includesDescribedHead(ten)
      {
        mentions[m].isIncluded = true
      }
      // A container after "district in" / "districts in" / "X districts of": "Chesht district
      // in Herat", "Qarabagh, Muqur and Gilan districts of Ghazni".
      if before.count >= 2, MentionFinder.districtNouns.contains(before[before.count - 2]),
        MentionFinder.ofOrIn.contains(before[before.count - 1])
      {
        let head = before.count >= 3 ? before[before.count - 3] : ""
        // "three districts of Samkani, Janikhil and Patan" lists districts; "five districts of
        // Ghazni" (one province name) names their province.
        let alone = isAloneInItsList(mention)
        let listFollows = before[before.count - 2].spells("districts") && before.last?.spells("of") == true
          && (MentionFinder.numberWords[head] != nil || MentionFinder.districtCountHeads.contains(head) || head.isEmpty)
          && !(alone && mention.hasLevel(.province))
        // ("the district of Chahar Kint": a name that is no province is the district itself.)
        // ("seven of the ten police districts of Kunduz": a city's, not a province's.)
        if head.spells("police") {
          mentions[m].hint = .city
        } else if !listFollows, mention.hasLevel(.province) {
          // ("the district of Khost, in the northern province of Baghlan": a province named
          // right after that holds a district of the name makes the name that district.)
          mentions[m].hint = before.last?.spells("of") == true && namesOtherContainer(after: m) ? .district : .province
        }
      }
      // "3 - Farah - Poshtkuh": a province set off by a spaced dash before another name labels
      // where that name lies (known or not); it is no event place itself.
      if spells(nextAt, "-") || next.map(MentionFinder.isEnDash) == true, mention.hasLevel(.province),
        case let dash = mention.tokens.upperBound, dash + 1 < tokens.count, !tokens[dash + 1].followsLineBreak,
        tokens[dash].byteStart > tokens[dash - 1].byteEnd, tokens[dash + 1].kind == .word, tokens[dash + 1].isCapitalized
      {
        mentions[m].isAttributive = true
      }
      // "another district in the Baghlan district", "two districts in Zabul": where an unnamed
      // district lies is no event place.
      do {
        var words = tenLead
        if words.last?.spells("the") == true { words.removeLast() }
        let lead = words.suffix(3)
        // (Not a count of parts: "eight of the ten districts in the Kandahar provincial capital".)
        if lead.count == 3, case let opener = lead[lead.startIndex],
          tables.indefiniteOpeners.contains(opener, lexicon: lexicon) || MentionFinder.numberWords[opener] != nil,
          words.dropLast(3).last?.spells("the") != true,
          MentionFinder.districtNouns.contains(lead[lead.startIndex + 1]), lead.last?.spells("in") == true
        {
          // (A province stays the container, where uprising forces may still rise: "evicted the
          // Taliban from three districts in Baghlan province".)
          if mention.hasLevel(.province) { mentions[m].hint = .province } else { mentions[m].isAttributive = true }
        }
      }
      // "seized nine of the Lashkar Gah districts": a provincial capital's districts (one name
      // that is no province) are its police districts, parts of it ("the Nawa and Lashkar Gah
      // districts" are two districts).
      // "three Baghlan districts", "several Ghazni districts": one name before "districts",
      // counted, is the province they lie in, not a district.
      // Also uncounted, for a province name: "Taliban seize Herat districts".
      if spells(nextAt, "districts"), isAloneInItsList(mention) {
        if !mention.hasLevel(.province), mention.matches.contains(where: { $0.place.level == .district && $0.place.isCapital }) {
          mentions[m].isPartial = true
        }
        if before.last.map({ count in
          MentionFinder.numberWords[count] != nil || Int(count) != nil
            || MentionFinder.vagueCounts.contains(count)
        }) == true || mention.hasLevel(.province) {
          mentions[m].hint = .province
          mentions[m].isAttributive = true
        }
      }
      // Datelines: "KANDAHAR CITY (Pajhwok):", "Kabul, Aug 14 (IANS):"; but not a name in a
      // headline set all in capitals ("TALIBAN CAPTURE GHAZNI CITY").
      let first = mention.tokens.lowerBound
      if Self.isUppercaseWord(tokens, at: first, source), !allCapsSentences.contains(mention.sentence) {
        mentions[m].isAttributive = true
      }
      // "Herat: Insurgents have captured …", "Herat [Afghanistan], July 3 (ANI):": a place
      // opening a line and followed by a colon or bracket is where the report was filed.
      let opensLine = Token.followsLineBreak(at: first, in: tokens) || mention.tokens.lowerBound == 0
      if opensLine, spells(nextAt, ":") || spells(nextAt, "[") {
        mentions[m].isAttributive = true
        mentions[m].isDateline = true
      }
      // "Kabul/UNI: Hundreds of civilians …", "KANDAHAR/KABUL • The Taleban …": a place and a
      // slash, then an agency or a second place before a colon or bullet, is a dateline too;
      // so is one whose agency follows in brackets ("Kabul/Mumbai (Reuters)-With the help …").
      if opensLine, spells(nextAt, "/"),
        (mention.tokens.upperBound + 1..<min(tokens.count, mention.tokens.upperBound + 5)).contains(where: {
          MentionFinder.itemMarks.contains(tokens[$0].lower) || spells($0, "(")
        })
      {
        mentions[m].isAttributive = true
        mentions[m].isDateline = true
        // (The second place after the slash is part of it: "Kunduz/Taloqan (AFP) -".)
        if m + 1 < mentions.count, spans[m + 1].lowerBound == mention.tokens.upperBound + 1 {
          mentions[m + 1].isAttributive = true
          mentions[m + 1].isDateline = true
        }
      }
      // (Not a place with its province in brackets: "Khamyab (Jawzjan) fell on Sunday".)
      let bracketsProvince =
        spells(nextAt, "(") && m + 1 < mentions.count && spans[m + 1].lowerBound == mention.tokens.upperBound + 1
        && mentions[m + 1].hasLevel(.province) && MentionFinder.provinceBracketEnds.contains(lower(spans[m + 1].upperBound) ?? "")
      if opensLine, !bracketsProvince, spells(nextAt, ",") || spells(nextAt, "(") {
        let window = (mention.tokens.upperBound..<min(tokens.count, mention.tokens.upperBound + 5)).map { tokens[$0].lower }
        // ("Kabul, Afghanistan – The Taliban has captured …": the country, then a dash.)
        if window.contains("(") || window.contains("[") || window.contains(":")
          || window.contains(where: { DateFinder.months[$0] != nil })
          || (window.count >= 3 && window[1].spells("afghanistan") && MentionFinder.isAppositionDash(window[2]))
        {
          mentions[m].isAttributive = true
          mentions[m].isDateline = true
        }
      }
    }

    // Lists share hints announced before the first item ("districts of A, B and C") or after
    // the last ("A, B and C districts").
    // (The list ids are settled by now: read from an array, not a copy of each mention.)
    let listOf = mentions.map { $0.list }
    var start = 0
    while start < mentions.count {
      var end = start + 1
      while end < mentions.count, listOf[end] == listOf[start] { end += 1 }
      let items = start..<end
      if items.count > 1 {
        // ("… and Lashkargah, Hilmand province": a last item after a comma that holds the item
        // before it is where that item lies; its "province" is no hint for the list.)
        // (Not the subject of a clause of its own: "With the fall of Sheberghan, Jawzjan province
        // is now completely controlled by the Taliban": a mark must close it.)
        var afterLast = spans[end - 1].upperBound
        if MentionFinder.levelNouns.contains(lower(afterLast) ?? "") { afterLast += 1 }
        let lastHoldsItemBefore =
          end - start >= 2 && MentionFinder.itemClosers.contains(lower(afterLast))
          && spells(spans[end - 2].upperBound, ",") && spans[end - 1].lowerBound == spans[end - 2].upperBound + 1
          && mentions[end - 2].matches.contains { match in
            mentions[end - 1].matches.contains { $0.place.level == .province && $0.place.id == match.place.provincePcode }
          }
        let hints = (lastHoldsItemBefore ? items.dropLast() : items[...]).compactMap { hint($0) }
        let lastHint = lastHoldsItemBefore ? nil : hint(end - 1)
        let firstHint = hint(start)
        // ("the capitals of northern Kunduz and Takhar provinces", "of Afghanistan's Badakhshan
        // and Baghlan provinces": past a compass word or the country's possessive.)
        // ("clashes near provincial centres in Faryab and Takhar provinces" too, but not "district
        // centres in …".)
        let lead = MentionFinder.placeLead(previousWords(spans[start].lowerBound, 5)[...])
        let head = lead.suffix(2)
        // (Not a list closed by "districts": "the centers of Balkh, Chimtal and Sholgara
        // districts" are the districts' centres.)
        let centres =
          head.count == 2 && MentionFinder.centreNouns.contains(head.first!) && MentionFinder.ofOrIn.contains(head.last!)
          && lead.dropLast(2).last?.spells("district") != true && !spells(spans[end - 1].upperBound, "districts")
        if head.elementsEqual(MentionFinder.capitalsOf) || head.elementsEqual(MentionFinder.citiesOf) || centres
          || MentionFinder.namesCapitalsOfCountedProvinces(
            previousWords(spans[start].lowerBound - (lower(spans[start].lowerBound - 1).map(MentionFinder.isEnOrEmDash) == true ? 1 : 0), 7)[...])
        {
          // "the capitals of Badghis and Faryab provinces": the plural noun before the list is
          // what each item names; "provinces" after it only says whose capitals.
          for k in items { mentions[k].hint = .city }
        } else if let shared = lastHint ?? firstHint ?? hints.first {
          for k in items where hint(k) == nil { mentions[k].hint = shared }
        } else {
          // "Kandahar, Herat and Lashkar Gah": items of a list are one kind of place, so a
          // name shared by a province and its capital may be the city beside a city.
          // (Loops, here and below, not closures: a closure that called a method of the finder
          // captured a copy of it, its rule tables' hundreds of arrays and sets retained and
          // released, about 470 copies on the 1 MB stream: callgrind, issue #16.)
          var hasCapitalCity = false
          for k in items where isCapitalCityOnly(mentions[k]) {
            hasCapitalCity = true
            break
          }
          if hasCapitalCity {
            for k in items where namesProvinceAndCapital(mentions[k]) { mentions[k].isBesideCity = true }
          } else {
            // … and the province beside a name that is only a province's ("Herat, Badghis and
            // Ghor").
            var hasProvinceOnly = false
            for k in items where mentions[k].hasLevel(.province) && !mentions[k].hasLevel(.district) && !mentions[k].hasLevel(.town) {
              hasProvinceOnly = true
              break
            }
            if hasProvinceOnly {
              for k in items where namesProvinceAndCapital(mentions[k]) { mentions[k].isBesideProvince = true }
            }
          }
        }
        // "captured Faizabad, Kandahar and Herat": beside provincial capitals, a name several
        // districts share is the one that is a capital (not Jawzjan's Fayzabad).
        // (Asked only of a list with an item that may name two districts: asking every list's
        // items whether they are capitals looked places up by id for each match.)
        if items.contains(where: { MentionFinder.namesSeveralDistricts(mentions[$0]) }) {
          var capitalItems: [Int] = []
          for k in items where isCapitalCityOnly(mentions[k]) || namesProvinceAndCapital(mentions[k]) { capitalItems.append(k) }
          if capitalItems.count >= 2, capitalItems.count + 1 >= items.count {
            for k in items where !capitalItems.contains(k) { keepCapitalDistrict(&mentions[k]) }
          }
        }
        let afterPreposition = Mention.afterPreposition(start, in: mentions)
        // (Set only where it is true: reading each item's flag copied the whole mention.)
        // "captured Sheberghan in Jowzjan, Kunduz and Taloqan": a list after "in" that opens
        // with the province holding the place right before it, and goes on to a name that is
        // only a capital city's, continues the list of that place past its container; only its
        // first item is after the preposition.
        if afterPreposition, holdsPlaceBefore(start), items.dropFirst().contains(where: { isCapitalCityOnly(mentions[$0]) }) {
          mentions[start].afterPreposition = true
        } else if afterPreposition {
          for k in items { mentions[k].afterPreposition = true }
        }
        // "took control of posts and bases around the Spin Boldak DAC and Wesh crossing": the
        // words before the first item that make it a part or a landmark govern the whole list.
        // (Not a part of the country that only says where the place before it lies: "Paktiya in
        // the east of the country, Sharana and Gardez".)
        if isPartial(start)
          || (isLandmark(start) && !mentions[start].namesOnlyRegions)
        {
          for k in items.dropFirst() {
            mentions[k].isPartial = isPartial(k) || isPartial(start)
            mentions[k].isLandmark = isLandmark(k) || isLandmark(start)
          }
        }
      }
      // "all districts except Dehdadi, Nahr-e-Shahi and Balkh": the exception is the whole list
      // (but "Apart from Ab Band, Qarabagh and Gilan are on the brink" sets the first apart).
      if isExcepted(start), MentionFinder.wholeListExceptEndings.endsAny(previousWords(spans[start].lowerBound, 3)) {
        for k in items { mentions[k].isExcepted = true }
      }
      // "three districts of A, B and C"
      // (The words read at their positions, not copied into an array of their own for every
      // list: about 450 instructions a list, 2.3 M on the 1 MB stream; callgrind, issue #16.)
      let beforeAt = previousPositions(spans[start].lowerBound, 3)
      if beforeAt.count >= 2,
        MentionFinder.countedNouns.contains(Token.lower(at: beforeAt[beforeAt.count - 2], in: tokens))
          || spells(beforeAt[beforeAt.count - 1], "districts"),
        let count = beforeAt.lazy.compactMap({ MentionFinder.numberWords[tokens[$0].lower] }).first
      {
        for k in items { mentions[k].announcedCount = count }
      }
      start = end
    }
  }

  // The word lists `annotate` asks with `contains`: written there as array literals, each was
  // built on the heap and freed at each test (about 36 000 arrays on the 1 MB stream: the
  // optimiser leaves literals in so long a function unfolded; callgrind, issue #16).
  /// "district", "city", "province": the level nouns between a list item and its brackets.
  static let levelNouns: SpelledWordSet = ["district", "city", "province"]
  /// "of", "in".
  static let ofOrIn: SpelledWordSet = ["of", "in"]
  /// "the latest province to fall".
  static let rankWords: SpelledWordSet = ["latest", "next", "only"]
  /// "Kunduz, the provincial capital".
  static let capitalAppositionWords: SpelledWordSet = ["provincial", "capital", "city"]
  /// The parts of a place that "police" opens ("Kunduz's police headquarters").
  static let policePartWords: SpelledWordSet = ["headquarters", "hq", "districts", "district"]
  /// "all of Panjshir", "the whole of Badakhshan".
  static let wholeOfWords: SpelledWordSet = ["all", "whole", "entirety", "rest", "remainder"]
  /// "province", "provinces".
  static let provinceNouns: SpelledWordSet = ["province", "provinces"]
  /// "the entire province of Nimroz".
  static let entireWords: SpelledWordSet = ["entire", "whole"]
  /// "the battle for Kandahar", "fighting over Kunduz".
  static let battleObjectWords: SpelledWordSet = ["for", "over"]
  /// The nouns of "the battle for Kandahar".
  static let battleNouns: SpelledWordSet = ["battle", "battles", "fight", "fighting", "struggle", "offensive", "assault", "push"]
  /// "the neighbouring Kunduz province".
  static let neighbouringWords: SpelledWordSet = ["neighbouring", "neighboring"]
  /// "the road from Mazar to Sheberghan", "the highway between Kabul and Kandahar".
  static let roadJoiners: SpelledWordSet = ["to", "and"]
  /// "capital", "city".
  static let capitalNouns: SpelledWordSet = ["capital", "city"]
  /// "district", "districts".
  static let districtNouns: SpelledWordSet = ["district", "districts"]
  /// The words before "districts in" that count or pick the districts.
  static let districtCountHeads: SpelledWordSet = ["the", "several", "of", "all", "six", "some"]
  /// Counts without a number: "several districts of Kunduz".
  static let vagueCounts: SpelledWordSet = ["several", "some", "many", "most", "all", "other", "few"]
  /// The marks that end a dateline's agency: ":", "•".
  static let itemMarks = [":", "•"]
  /// What closes a province in brackets after a place: ")", "province".
  static let provinceBracketEnds: SpelledWordSet = [")", "province"]
  /// The words of an apposition ", the provincial capital of" (`annotate`, with
  /// `endsWithAny`): a constant, where the array literal at the call was built and freed for
  /// every mention, about 690 instructions each (3.2 M on the 1 MB stream: callgrind, issue #16).
  static let provincialCapitalApposition: [[String]] = [[",", "the", "provincial", "capital", "of"]]
  /// What may follow a list's last item that holds the item before it (`annotate`): a comma, a
  /// full stop, a semicolon, a closing bracket or the end of the text (nil). A constant, where
  /// the literal was built for every list (about 1 M instructions on the 1 MB stream).
  static let itemClosers: [String?] = [",", ".", ";", ")", nil]
  /// "provincial centres in Faryab and Takhar provinces".
  static let centreNouns: SpelledWordSet = ["centres", "centers", "capitals"]
  /// "three districts of A, B and C".
  static let countedNouns: SpelledWordSet = ["districts", "provinces"]
  /// "capital of".
  static let capitalOf = ["capital", "of"]
  /// ("62 kilometres from Maimana, capital city of Faryab".)
  static let capitalCityOf = ["capital", "city", "of"]
  /// "compound of".
  static let compoundOf = ["compound", "of"]
  /// "capitals of".
  static let capitalsOf = ["capitals", "of"]

  /// Whether `words`, the words before a list, end in the capitals of a counted group of
  /// provinces the list then names: "the capitals of two more provinces, Paktika and Kunar",
  /// "the capitals of two provinces – Paktika and Kunar –".
  static func namesCapitalsOfCountedProvinces(_ words: ArraySlice<String>) -> Bool {
    var words = words
    // (The comma or dash before the list: the walk back passes over a hyphen, and the caller
    // starts it before an en or em dash.)
    if let mark = words.last, isComma(mark) { words.removeLast() }
    guard words.popLast()?.spells("provinces") == true else { return false }
    if let last = words.last, countedGroupAdjectives.contains(last) { words.removeLast() }
    guard let count = words.popLast(), count.first?.isNumber == true || numberWords[count] != nil else { return false }
    return words.suffix(2).elementsEqual(capitalsOf)
  }
  /// Words between a count and its group ("two more provinces", "three other provinces").
  static let countedGroupAdjectives: Set<String> = ["more", "other", "further", "additional", "northern", "southern", "eastern", "western"]

  /// Buildings that stand in a town ("the prison in Herat"): named as in a place that is a
  /// province and its capital, the capital holds them.
  static let urbanSiteNouns: Set<String> = [
    "headquarters", "hq", "prison", "prisons", "jail", "jails", "airport", "compound", "palace", "square", "market",
    "markets", "bazaar", "hospital", "hospitals", "university", "stadium", "station", "stations",
  ]

  /// Whether `words` (before a place) end in "to" or "towards" after a superlative of nearness
  /// ("the closest major city to", "the nearest provincial capital to") or a journey's noun
  /// opened by "on" or "en" ("on their march to", "on its way towards", "en route to"), with
  /// at most three words between and no mark.
  static func measuresOrHeadsFrom(_ words: [String]) -> Bool {
    guard let last = words.last, last == "to" || last == "towards" else { return false }
    let lead = words.dropLast().suffix(4)
    guard !lead.contains(where: { $0.first.map { !$0.isLetter } ?? true }) else { return false }
    if lead.contains(where: { $0 == "closest" || $0 == "nearest" }) { return true }
    guard let noun = lead.last, journeyNouns.contains(noun) else { return false }
    return lead.dropLast().suffix(2).contains { $0 == "on" || $0 == "en" }
  }
  /// Nouns of a journey (`measuresOrHeadsFrom`).
  static let journeyNouns: Set<String> = ["way", "march", "route", "journey"]
  /// "cities of".
  static let citiesOf = ["cities", "of"]
}
