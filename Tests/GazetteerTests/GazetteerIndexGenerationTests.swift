import Foundation
import Gazetteer
import Projection
import Testing

/// The gazetteer index compiled into the binary (`Generated/EmbeddedGazetteerIndex+Generated.swift`,
/// written by `Scripts/generate-gazetteer-index.sh`) must be exactly the index that
/// `NameNormalizer` builds from the embedded CSV now: the keys are computed at build time and at
/// test time by the same code, and this fails when either the data or the normaliser changed
/// without regenerating.
@Suite struct GazetteerIndexGenerationTests {
  @Test func precomputedIndexEqualsTheIndexRebuiltFromTheCSV() throws {
    let precomputed = try PlaceIndex.embedded()
    let rebuilt = try PlaceIndex.indexingEmbeddedCSV()
    let expected = try rebuilt.serialized()
    #expect(try precomputed.serialized() == expected,
      "Generated/EmbeddedGazetteerIndex+Generated.swift is stale: run Scripts/generate-gazetteer-index.sh")
    #expect(precomputed.places == rebuilt.places)
    #expect(precomputed.temporaryDistricts == rebuilt.temporaryDistricts)
    #expect(precomputed.firstWords == rebuilt.firstWords)
    #expect(precomputed.longestSpelling == rebuilt.longestSpelling)
  }

  @Test(arguments: ["Samkani", "Tsamkani", "Chamkani", "Qarabagh", "Sar-e-Pul", "Marja", "AF1310", "AF-PIA",
                    "north", "Lashkargah", "Laschkargah", "Kunduz", "کابل", "پل حصار", "Nowhere At All"])
  func lookupsAgreeWithTheRebuiltIndex(_ query: String) throws {
    let precomputed = try PlaceIndex.embedded()
    let rebuilt = try PlaceIndex.indexingEmbeddedCSV()
    #expect(precomputed.lookup(query) == rebuilt.lookup(query))
    #expect(precomputed.suggestions(for: query) == rebuilt.suggestions(for: query))
    #expect(precomputed.closeMatches(query, levels: [.district]) == rebuilt.closeMatches(query, levels: [.district]))
  }

  /// The embedded index searches its key lines in place (binary search over the text): every
  /// spelling of every place, and each with a letter dropped (a miss or a sound match), must
  /// find what the dictionaries of the rebuilt index find.
  @Test func everySpellingFindsTheSamePlacesInTheEmbeddedKeyLines() throws {
    let precomputed = try PlaceIndex.embedded()
    let rebuilt = try PlaceIndex.indexingEmbeddedCSV()
    var spellings = rebuilt.places.flatMap { $0.spellings + $0.persianSpellings }
    spellings += rebuilt.temporaryDistricts.flatMap { [$0.name] + $0.aliases + $0.persianSpellings }
    spellings += spellings.map { String($0.dropLast()) } + ["", "a", "zzzz", "ﻻ"]
    for spelling in spellings {
      #expect(precomputed.nameMatches(spelling, allowSound: true) == rebuilt.nameMatches(spelling, allowSound: true), "\(spelling)")
    }
    #expect(precomputed.ambiguousDistrictSpellings == rebuilt.ambiguousDistrictSpellings)
  }

  /// `spellingKeys()` reads the keys of the spellings from the index's tables (the embedded
  /// one's computed at build time): they must be the keys `NameNormalizer` gives every place
  /// spelling and temporary district name and alias now (not the Persian spellings), each with
  /// the index's answer for a spelling that has it, whichever storage the tables have (key lines
  /// for the embedded index, dictionaries for the rebuilt one; that both answer alike for every
  /// spelling is `everySpellingFindsTheSamePlacesInTheEmbeddedKeyLines`).
  @Test func spellingKeysAreTheKeysOfEverySpellingKeyedNow() throws {
    let rebuilt = try PlaceIndex.indexingEmbeddedCSV()
    var spellings = rebuilt.places.flatMap(\.spellings)
    spellings += rebuilt.temporaryDistricts.flatMap { [$0.name] + $0.aliases }
    // The answer for each key, asked once through the first spelling with it.
    var expected: [String: [PlaceMatch]] = [:]
    for spelling in spellings {
      let key = NameNormalizer.key(spelling)
      if !key.isEmpty, expected[key] == nil { expected[key] = rebuilt.nameMatches(spelling, allowSound: false) }
    }
    let names = Set(expected.keys)
    let sounds = Set(names.map(NameNormalizer.soundKey(fromKey:)))
    for index in [try PlaceIndex.embedded(), rebuilt] {
      let keys = index.spellingKeys()
      #expect(keys.names.count == names.count)
      #expect(Set(keys.names.map(\.key)) == names)
      #expect(keys.sounds.count == sounds.count)
      #expect(Set(keys.sounds) == sounds)
      for name in keys.names {
        #expect(name.matches == expected[name.key], "\(name.key)")
      }
    }
  }

  @Test func serializedIndexRoundTripsOptionalsAndLists() throws {
    let places = [
      Place(id: "AF13", level: .province, name: "Paktya", nameDari: "پکتیا", provincePcode: "AF13", iso: "AF-PIA",
            regionID: "southeast", coordinate: Coordinate(longitude: 69.4, latitude: 33.6), aliases: ["Paktia", "Paktiya"]),
      Place(id: "AF1310", level: .district, name: "Chamkani", provincePcode: "AF13", districtPcode: "AF1310",
            coordinate: Coordinate(longitude: 69.79742, latitude: 33.78361), aliases: ["Samkani"], isCapital: false,
            centreName: "Chamkani", centreCoordinate: Coordinate(longitude: 69.8, latitude: 33.8)),
      Place(id: "geonames:1", level: .town, name: "Town", provincePcode: "AF13", districtPcode: "AF1310",
            coordinate: Coordinate(longitude: 0.1 + 0.2, latitude: -0.0), population: 12_345),
    ]
    let temporary = [
      TemporaryDistrict(code: nil, name: "Dand Patan", provincePcode: "AF13", parentPcode: "AF1310",
                        sets: ["407", "421"], aliases: [], note: "", persianSpellings: ["دند پتن"]),
    ]
    let index = try PlaceIndex(places: places, temporaryDistricts: temporary)
    let text = try index.serialized()
    let read = try PlaceIndex(serialized: text)
    #expect(try read.serialized() == text)
    #expect(read.places == index.places)
    #expect(read.temporaryDistricts == index.temporaryDistricts)
    #expect(read.lookup("Samkani") == index.lookup("Samkani"))
  }

  /// The reader parses plain decimals itself (exact division by a power of ten) and hands the
  /// rest to `Double(String)`: every written coordinate must come back as the same double,
  /// whichever path reads it — short and long fractions, 15 and 17 significant digits,
  /// exponents, signed zero, extremes.
  @Test func coordinatesReadBackBitForBit() throws {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [
      0, -0.0, 1, -1, 0.1 + 0.2, 69.79744, 33.78361, -179.999999999999, 1e-05, 1.5e-300, .leastNonzeroMagnitude,
      123_456_789_012_345.6, 0.000_000_000_000_000_000_001_234, 1e22, 1e23, 9_007_199_254_740_992,
      .greatestFiniteMagnitude, .leastNormalMagnitude, 60.123456789012345,
    ]
    for _ in 0..<2_000 {
      values.append(Double.random(in: -180...180, using: &generator))
      values.append((Double.random(in: -90...90, using: &generator) * 1e5).rounded() / 1e5)
      values.append(Double(bitPattern: UInt64.random(in: 0...0x7FEF_FFFF_FFFF_FFFF, using: &generator)))
    }
    let places = stride(from: 0, to: values.count - 1, by: 2).map { i in
      Place(id: "geonames:\(i)", level: .town, name: "Town \(i)", provincePcode: "AF13",
            coordinate: Coordinate(longitude: values[i], latitude: values[i + 1]))
    }
    let read = try PlaceIndex(serialized: try PlaceIndex(places: places, temporaryDistricts: []).serialized())
    let readBack = Dictionary(uniqueKeysWithValues: read.places.map { ($0.id, $0) })
    #expect(readBack.count == places.count)
    for written in places {
      guard let back = readBack[written.id] else { continue }
      #expect(back.coordinate.longitude.bitPattern == written.coordinate.longitude.bitPattern, "\(written.coordinate.longitude)")
      #expect(back.coordinate.latitude.bitPattern == written.coordinate.latitude.bitPattern, "\(written.coordinate.latitude)")
    }
  }

  @Test func aSeparatorInsideAValueIsRefused() throws {
    let index = try PlaceIndex(
      places: [Place(id: "AF01", level: .province, name: "Ka|bul", provincePcode: "AF01",
                     coordinate: Coordinate(longitude: 69, latitude: 34.5))],
      temporaryDistricts: [])
    #expect(throws: GazetteerError.self) { try index.serialized() }
  }

  @Test func aTruncatedIndexIsRefused() throws {
    let text = try PlaceIndex.indexingEmbeddedCSV().serialized()
    #expect(throws: GazetteerError.self) { try PlaceIndex(serialized: String(text.prefix(text.count / 2))) }
    #expect(throws: GazetteerError.self) { try PlaceIndex(serialized: "") }
  }
}
