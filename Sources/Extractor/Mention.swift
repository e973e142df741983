import Gazetteer

/// What the words around a place name say about its level.
enum LevelHint: Sendable, Hashable {
  case district, province, city, region
}

/// A place name found in the text, with the gazetteer places it may name.
struct Mention: Sendable {
  /// Token positions [first, last).
  var tokens: Range<Int>
  var sentence: Int
  /// Scalar offsets [start, end) in the document.
  var start: Int
  var end: Int
  var text: String
  /// Candidates, best quality first.
  var matches: [PlaceMatch]
  var hint: LevelHint?
  /// Mentions of one list ("Samkani, Janikhil, and Patan") share a list id.
  var list: Int
  /// A title, office or outlet ("Paktia Provincial Council", "Kabul Now"): context only.
  var isAttributive = false
  /// An outlet named after a place ("Kabul Now", "Kabul Times"): attributive, and not what
  /// "the city" after it refers to either.
  var isOutlet = false
  /// The capital standing for the government ("Kabul says", "the administration in Kabul
  /// said", "the Kabul government"): attributive, and not what "the city" after it refers to.
  var isGovernment = false
  /// Where the report was filed ("KABUL:", "Herat [Afghanistan], July 3 (ANI):"): no event's
  /// place, and not what "the city" after it refers to.
  var isDateline = false
  /// Preceded by a preposition ("in Paktia"): a province so placed is a container.
  var afterPreposition = false
  /// "Parwan's Sorkh Parsa": the possessor is a container.
  var isPossessor = false
  /// "border with Paktia", "near Kabul": not where the event happened.
  var isLandmark = false
  /// Introduced by "including" / "such as": part of the preceding clause's list.
  var isIncluded = false
  /// Named as a trigger's object ("captured the province of Faryab"): a province so named is
  /// the event's place even when the sentence names a district inside it.
  var isNamedObject = false
  /// Excepted from its clause ("every district has fallen except Chaghcharan"): never the
  /// event's place.
  var isExcepted = false
  /// The event concerns part of the place ("villages of Taloqan", "most parts of Pul-e-Alam").
  var isPartial = false
  /// Names a province and its capital, in a list beside a capital city ("Kandahar, Herat and
  /// Lashkar Gah"): a contest there is for the city.
  var isBesideCity = false
  /// Names a province and its capital, in a list beside a province whose name no city or
  /// district bears ("the fall of Herat, Badghis and Ghor"): the province.
  var isBesideProvince = false
  /// A back reference ("the district") resolved to an earlier place.
  var isBackReference = false
  /// Persian script: the destination of a movement («به X», «X ته»).
  var isDestination = false
  /// Persian script: the place's people («اندرابیها», «تخاری»): a subject of mobilisation only.
  var isDemonym = false
  /// How many places the list announced ("three districts of …"), if it did.
  var announcedCount: Int?

  var quality: MatchQuality { matches.first?.quality ?? .name }

  /// Whether some match is a place of `level`. (The matches are read in place, by index:
  /// `contains(where:)` copied each one, a whole `Place`, to read its level.)
  func hasLevel(_ level: PlaceLevel) -> Bool {
    matches.indices.contains { matches[$0].place.level == level }
  }

  /// Whether every match is a region (a part of the country, "the north"), read in place too.
  var namesOnlyRegions: Bool {
    matches.indices.allSatisfy { matches[$0].place.level == .region }
  }

  /// Whether another mention of its sentence in `mentions` shares its list: an item of a list,
  /// not a name alone ("captured Doab and Mandol": either is a list item).
  func hasListmate(in mentions: [Mention]) -> Bool {
    mentions.contains { $0.list == list && $0.sentence == sentence && $0.tokens != tokens }
  }
}
