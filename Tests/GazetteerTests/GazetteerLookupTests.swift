import Foundation
import Gazetteer
import Projection
import Testing

@Suite struct GazetteerLookupTests {
  static let index: PlaceIndex = {
    do { return try PlaceIndex.embedded() } catch { fatalError("embedded gazetteer: \(error)") }
  }()

  /// The spellings the issue requires, each with its province context and the pcode it must
  /// resolve to (the district or province; a temporary district resolves to its parent).
  @Test(arguments: [
    ("Samkani", nil, "AF1310"), ("Tsamkani", nil, "AF1310"), ("Chamkani", nil, "AF1310"),
    ("Janikhil", "Paktia", "AF1309"), ("Janikhil", "Paktika", "AF1209"), ("Patan", "Paktia", "AF1311"),
    ("Abband", nil, "AF1113"), ("Ab Band", nil, "AF1113"), ("Qarabagh", "Ghazni", "AF1111"),
    ("Qarabagh", "Kabul", "AF0114"), ("Muqur", "Ghazni", "AF1115"), ("Muqur", "Badghis", "AF3103"),
    ("Gilan", nil, "AF1117"), ("Gelan", nil, "AF1117"), ("Khash", "Badakhshan", "AF1705"),
    ("Paktia", nil, "AF13"), ("Paktya", nil, "AF13"), ("Paktiya", nil, "AF13"), ("Ghazni", nil, "AF11"),
    ("Badakhshan", nil, "AF17"), ("Sar-e-Pul", nil, "AF22"), ("Sari Pul", nil, "AF22"),
    ("Sar-i-Pul", nil, "AF22"), ("Jowzjan", nil, "AF28"), ("Jawzjan", nil, "AF28"),
    ("Helmand", nil, "AF30"), ("Hilmand", nil, "AF30"), ("Herat", nil, "AF32"), ("Hirat", nil, "AF32"),
    ("Marja", nil, "AF3002"), ("Kishim", nil, "AF1715"), ("Keshem", nil, "AF1715"),
    ("Wardak", nil, "AF04"), ("Maidan Wardak", nil, "AF04"), ("Daikundi", nil, "AF24"),
    ("Panjshir", nil, "AF08"), ("Nimruz", nil, "AF34"), ("Oruzgan", nil, "AF25"),
    ("Jani Khel", "Paktya", "AF1309"), ("Jani-Khel", "AF13", "AF1309"), ("TSAMKANĪ", nil, "AF1310"),
    ("AF1310", nil, "AF1310"), ("AF-PIA", nil, "AF13"), ("Khugyani", "Ghazni", "AF1102"),
    ("Khogyani", "Nangarhar", "AF0608"),
  ] as [(String, String?, String)])
  func spellingResolvesToItsPcode(_ name: String, _ province: String?, _ pcode: String) {
    let matches = Self.index.lookup(name, province: province).filter { $0.place.level != .town }
    let best = matches.filter { $0.place.level == matches.first?.place.level }
    #expect(best.map(\.place.id).contains(pcode), "\(name) → \(matches.map(\.place.id))")
    #expect(Set(best.map(\.place.id)).count == 1 || best.first?.place.level == .province,
      "\(name) in \(province ?? "-") is still ambiguous: \(best.map(\.place.id))")
  }

  /// In running text a single word that is a known spelling with the ending "-i" of origin is a
  /// person's name or an adjective ("Mazari", "Kandahari"), not a misspelt place: no sound
  /// match. A spelling that itself ends in a vowel and "i" ("Panjwaii"), a name of more words
  /// ending so ("Dand-e-Ghori") and other misspellings still match.
  @Test(arguments: [
    ("Mazari", nil), ("Kandahari", nil), ("Panjshiri", nil), ("Herati", nil), ("Logari", nil),
    ("Panjwaii", "AF2704"), ("Kandahr", "AF27"), ("Mazar", "AF2101"), ("Dand-e-Ghori", "AF0902"), ("Firoz-Kohi", "AF2301"),
  ] as [(String, String?)])
  func originAdjectiveIsNoSoundMatchInRunningText(_ word: String, _ pcode: String?) {
    let ids = Self.index.nameMatches(word, allowSound: true).map(\.place.id)
    if let pcode {
      #expect(ids.contains(pcode), "\(word) → \(ids)")
    } else {
      #expect(ids.isEmpty, "\(word) → \(ids)")
    }
  }

  @Test(arguments: ["Qarabagh", "Muqur", "Janikhil", "Jani Khel", "Khogyani", "Surobi", "Baharak", "Tagab"])
  func nameUsedInTwoProvincesIsNeverResolvedWithoutContext(_ name: String) {
    let districts = Self.index.lookup(name, levels: [.district])
    #expect(Set(districts.compactMap(\.place.provincePcode)).count >= 2, "\(name): \(districts.map(\.place.id))")
  }

  @Test func temporaryDistrictSaysWhichParentItBelongsTo() throws {
    let match = try #require(Self.index.lookup("Marja").first { $0.place.level == .district })
    #expect(match.place.id == "AF3002")
    #expect(match.temporaryDistrict?.name == "Marja")
    #expect(match.temporaryDistrict?.sets.contains("407") == true)
  }

  @Test(arguments: [
    ("Jani Khel", "Jani-Khel"), ("Janikhel", "Jani Khel"), ("Sar-e-Pul", "Sar-i-Pul"),
    ("Dand Wa Patan", "Dand Patan"), ("Dand-wo-Patan", "Dand Wa Patan"), ("Koran va Monjan", "Koran-wo-Monjan"),
    ("Tsamkanī", "tsamkani"), ("Khash district", "Khash"),
    ("Ghazni province", "Ghazni"), ("Kunduz city", "Kunduz"),
  ])
  func normalisationMakesPressSpellingsMeet(_ a: String, _ b: String) {
    #expect(NameNormalizer.key(a) == NameNormalizer.key(b))
  }

  @Test(arguments: [
    ("Saripul", "Sarpul"), ("Gilan", "Gelan"), ("Kishim", "Keshem"), ("Muqur", "Moqor"), ("Paktia", "Paktya"),
    ("Jowzjan", "Jawzjan"), ("Ashkamash", "Ishkamish"), ("Eshkamesh", "Ishkamish"), ("Enjil", "Injil"),
    ("Orgun", "Urgun"),
  ])
  func soundKeyMergesTransliterationPairs(_ a: String, _ b: String) {
    #expect(NameNormalizer.soundKey(a) == NameNormalizer.soundKey(b))
  }

  /// The first-letter fold joins only the alef's romanisations: a consonant stays itself, and
  /// "a"/"e"/"i" never meet "o"/"u" ("Andar" is not "under").
  @Test(arguments: [("Andar", "under"), ("Kohistan", "Ohistan"), ("Urgun", "Argun"), ("Bangi", "Angi")])
  func soundKeyKeepsOtherFirstLettersApart(_ a: String, _ b: String) {
    #expect(NameNormalizer.soundKey(a) != NameNormalizer.soundKey(b))
  }

  /// `soundKey(ascii:into:_:)` (the bytes the extractor's name filter reads, and every ASCII key
  /// of the index) gives what the `Character` path gives: the pairs replaced as Foundation's
  /// `replacingOccurrences` does, each in turn and left to right, then vowels after the first
  /// letter dropped and repeats collapsed.
  @Test func soundKeyOfASCIIBytesEqualsTheStringReplacements() throws {
    let index = try PlaceIndex.indexingEmbeddedCSV()
    var keys = index.spellingKeys().names.map(\.key).filter { $0.utf8.allSatisfy { $0 < 0x80 } }
    keys += [
      "", "a", "y", "aa", "schsch", "sschh", "kkhh", "khkh", "eee", "eeee", "ooou", "oouu", "ckck", "cck", "zzz",
      "wwhh", "phph", "pph", "qq", "qkh", "ghgh", "dhdh", "scsch", "sch", "schz", "yy", "yay", "zoo", "booking",
    ]
    var out: [UInt8] = []
    var work: [UInt8] = []
    for key in keys {
      NameNormalizer.soundKey(ascii: Array(key.utf8), into: &out, &work)
      #expect(String(decoding: out, as: UTF8.self) == NameNormalizer.soundKey(charactersOf: key), "\(key)")
    }
  }

  /// A spelling that is one district's by name ("Karabagh" is Kabul's Qara Bagh) still sounds
  /// like the other districts of that name, which `soundMatches` gives as well.
  @Test(arguments: [("Karabagh", ["AF0114", "AF1111"]), ("Mukur", ["AF1115", "AF3103"])])
  func soundMatchesGiveEveryDistrictOfTheSound(_ spelling: String, _ districts: [String]) {
    let found = Set(Self.index.soundMatches(spelling).filter { $0.place.level == .district }.map(\.place.id))
    #expect(found == Set(districts), "\(spelling): \(found.sorted())")
    #expect(Self.index.soundMatches(spelling).allSatisfy { $0.quality == .sound })
  }

  @Test func unknownNameHasNoMatchButCloseSuggestions() {
    #expect(Self.index.lookup("Xyzzyville").isEmpty)
    #expect(Self.index.suggestions(for: "Kandahaar").contains("Kandahar"))
  }

  @Test func regionsMapToTheirProvinces() throws {
    let north = try #require(Self.index.lookup("northern Afghanistan").first)
    #expect(north.place.level == .region)
    #expect(Set(north.place.memberProvinces) == ["AF21", "AF29", "AF28", "AF20", "AF22"])
  }

  @Test func nearestDistrictToGardezIsGardezWithinFiveKilometres() throws {
    let near = Self.index.nearest(to: Coordinate(longitude: 69.24, latitude: 33.60), limit: 3)
    let first = try #require(near.first)
    #expect(first.place.id == "AF1301")
    #expect(first.distance < 5000)
    #expect(near.map(\.distance) == near.map(\.distance).sorted())
  }

  @Test func nearMatchesGeodInverseAndWorksOutsideAfghanistan() throws {
    let kabul = Coordinate(longitude: 69.1723, latitude: 34.5281)
    let near = Self.index.nearest(to: kabul, limit: 1)
    let place = try #require(near.first?.place)
    #expect(abs(near[0].distance - Geodesic.wgs84.distance(from: kabul, to: place.coordinate)) < 1e-6)
    let tashkent = Self.index.nearest(to: Coordinate(longitude: 69.24, latitude: 41.31), radius: nil, limit: 2)
    #expect(tashkent.count == 2)
    #expect(Self.index.nearest(to: kabul, radius: 1, limit: 5).isEmpty)
  }
}

/// `PlaceIndex.closeMatches`: a misspelling one edit (two for long names, a swap counting as
/// one) from exactly one spelling finds that place; ties, short names and far names find none.
@Suite struct GazetteerCloseMatchTests {
  @Test(arguments: [
    ("Lashkah Gar", ["AF3001"]),  // a swap of r and h, twice: two edits on 10 letters
    ("Firus Koh", ["AF2301"]),
    ("Jalalabaad", ["AF0601"]),
    ("Mazar-e-Sharef", ["AF2101"]),
    ("Qatal", []),  // Qalat is two edits away on five letters
    ("Nawa", []),  // too short to guess
    ("Zzyzxville", []),
  ])
  func closeMatch(_ text: String, _ expected: [String]) {
    let found = GazetteerLookupTests.index.closeMatches(text, levels: [.district, .town, .province])
    let districts = Set(found.map { $0.place.level == .town ? ($0.place.districtPcode ?? $0.place.id) : $0.place.id })
    #expect(districts == Set(expected), "\(text): \(found.map(\.place.id))")
    #expect(found.allSatisfy { $0.quality == .sound })
  }

  /// Among given places only: the closest of their spellings, whatever is closer elsewhere;
  /// none when none of theirs is close.
  @Test(arguments: [
    ("Qalaq", "AF2601", ["AF2601"]),  // one edit from Qalat
    ("Qalaq", "AF1201", []),  // far from every spelling of Sharan
    ("Sherona", "AF1201", ["AF1201"]),  // one edit from Sherana
  ])
  func closeMatchAmong(_ text: String, _ district: String, _ expected: [String]) {
    let found = GazetteerLookupTests.index.closeMatches(text, levels: [.district, .town]) { place in
      (place.level == .town ? place.districtPcode : place.id) == district
    }
    #expect(Set(found.map { $0.place.level == .town ? ($0.place.districtPcode ?? $0.place.id) : $0.place.id }) == Set(expected))
  }

  /// Two spellings equally close that name the same places are no tie ("Parjan" is one edit
  /// from both "Paryan" and "Parian", Paryan district); a spelling of another place as close
  /// is one (the province and the town of Parwan, when they are admitted).
  @Test(arguments: [
    ("Parjan", [PlaceLevel.district], ["AF0807"]),
    ("Parjan", [PlaceLevel.district, .town, .province], []),
    // (One edit from the spelling of both the district and the town of Andkhoy: one place.)
    ("Andhoy", [PlaceLevel.district, .town], ["AF2913"]),
  ])
  func closeMatchTies(_ text: String, _ levels: [PlaceLevel], _ expected: [String]) {
    let found = GazetteerLookupTests.index.closeMatches(text, levels: Set(levels))
    let places = Set(found.map { $0.place.level == .town ? ($0.place.districtPcode ?? $0.place.id) : $0.place.id })
    #expect(places == Set(expected), "\(text): \(found.map(\.place.id))")
  }
}
