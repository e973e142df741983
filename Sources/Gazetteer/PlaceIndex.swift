import Foundation
import Projection

/// The gazetteer: every place, indexed by every spelling. Immutable and `Sendable`; build it
/// once (`PlaceIndex.embedded()` or `PlaceIndex(directory:)`) and share it.
public struct PlaceIndex: Sendable {
  /// All places: regions, provinces, districts and towns, ordered by level then id.
  public let places: [Place]
  /// Temporary districts (407/421 sets) and their 399-set parents.
  public let temporaryDistricts: [TemporaryDistrict]
  /// Position of each place in `places`, by id.
  let positions: [String: Int]
  /// Spellings by name key: (place position, spelling, temporary district position or -1).
  let byKey: NameTable
  /// Spellings by sound key.
  let bySound: NameTable
  /// The first word (lower case, diacritics folded) of every spelling: a token that is not
  /// here cannot start a place name.
  public let firstWords: Set<String>
  /// The largest number of words in any spelling.
  public let longestSpelling: Int
  /// Whether this is the embedded index, whose `spellingKeys()` are read from the table
  /// generated with it (`PlaceIndex+SpellingKeys.swift`).
  var readsEmbeddedSpellingKeys = false

  struct Entry: Sendable, Hashable {
    let place: Int
    let spelling: String
    let temporary: Int
  }

  /// An index from its parts, already computed (``init(serialized:)``).
  init(
    places: [Place], temporaryDistricts: [TemporaryDistrict], positions: [String: Int], byKey: NameTable,
    bySound: NameTable, firstWords: Set<String>, longestSpelling: Int
  ) {
    self.places = places
    self.temporaryDistricts = temporaryDistricts
    self.positions = positions
    self.byKey = byKey
    self.bySound = bySound
    self.firstWords = firstWords
    self.longestSpelling = longestSpelling
  }

  /// Builds the index from places and temporary districts.
  /// - Throws: `GazetteerError.invalidRow` when a temporary district's parent is unknown.
  public init(places: [Place], temporaryDistricts: [TemporaryDistrict]) throws {
    let sorted = places.sorted { ($0.level, $0.id) < ($1.level, $1.id) }
    var positions: [String: Int] = [:]
    for (i, place) in sorted.enumerated() { positions[place.id] = i }
    var byKey: [String: [Entry]] = [:]
    var bySound: [String: [Entry]] = [:]
    var firstWords = Set<String>()
    var longestSpelling = 1
    func add(_ spelling: String, place: Int, temporary: Int, persian: Bool = false) {
      let key = NameNormalizer.key(spelling)
      guard !key.isEmpty else { return }
      // `firstWords` and `longestSpelling` serve the English mention finder; Persian-script
      // names are found by `PersianMentionFinder` on their keys alone.
      if !persian && !ArabicScript.containsArabic(spelling) {
        let words = NameNormalizer.words(spelling)
        if let first = words.first { firstWords.insert(first) }
        longestSpelling = max(longestSpelling, words.count)
      }
      let entry = Entry(place: place, spelling: spelling, temporary: temporary)
      if !(byKey[key]?.contains { $0.place == place && $0.temporary == temporary } ?? false) {
        byKey[key, default: []].append(entry)
      }
      let sound = NameNormalizer.soundKey(fromKey: key)
      if !(bySound[sound]?.contains { $0.place == place && $0.temporary == temporary } ?? false) {
        bySound[sound, default: []].append(entry)
      }
    }
    for (i, place) in sorted.enumerated() {
      for spelling in place.spellings { add(spelling, place: i, temporary: -1) }
      for spelling in place.persianSpellings { add(spelling, place: i, temporary: -1, persian: true) }
    }
    for (t, temporary) in temporaryDistricts.enumerated() {
      guard let parent = positions[temporary.parentPcode] else {
        throw GazetteerError.invalidRow(
          source: "temporary districts", line: t + 2,
          reason: "\(temporary.name): unknown parent district \(temporary.parentPcode)")
      }
      for spelling in [temporary.name] + temporary.aliases {
        add(spelling, place: parent, temporary: t)
      }
      for spelling in temporary.persianSpellings { add(spelling, place: parent, temporary: t, persian: true) }
    }
    self.init(
      places: sorted, temporaryDistricts: temporaryDistricts, positions: positions, byKey: NameTable(byKey),
      bySound: NameTable(bySound), firstWords: firstWords, longestSpelling: longestSpelling)
  }

  /// The place with this id (pcode, `region:…` or `geonames:…`).
  public func place(id: String) -> Place? {
    positions[id].map { places[$0] }
  }

  /// All places of one level, in id order.
  public func places(at level: PlaceLevel) -> [Place] {
    places.filter { $0.level == level }
  }

  /// The province of a place (the place itself for a province), or nil for a region.
  public func province(of place: Place) -> Place? {
    place.provincePcode.flatMap { self.place(id: $0) }
  }

  /// The districts of a province, in pcode order.
  public func districts(inProvince pcode: String) -> [Place] {
    places.filter { $0.level == .district && $0.provincePcode == pcode }
  }
}
