import Projection
import Testing

@testable import Gazetteer

/// The spelling-key table compiled into the binary (`Generated/EmbeddedSpellingKeys+Generated.swift`,
/// written by `Scripts/generate-gazetteer-index.sh`), which `spellingKeys()` of the embedded index
/// reads, must be exactly the table found now from the index `NameNormalizer` builds from the
/// embedded CSV: this fails when the data or the normaliser changed without regenerating.
@Suite struct EmbeddedSpellingKeysTests {
  @Test func generatedTableEqualsTheTableFoundNow() throws {
    let rebuilt = try PlaceIndex.indexingEmbeddedCSV()
    #expect(
      EmbeddedSpellingKeys.text == (try rebuilt.spellingKeysTable()),
      "Generated/EmbeddedSpellingKeys+Generated.swift is stale: run Scripts/generate-gazetteer-index.sh")
    let embedded = try PlaceIndex.embedded()
    // The embedded index reads the table, and the table reads back as the keys found from the
    // embedded index's own key lines.
    #expect(embedded.readsEmbeddedSpellingKeys)
    let read = try #require(PlaceIndex.spellingKeys(table: EmbeddedSpellingKeys.text, of: embedded))
    for found in [embedded.scannedSpellingKeys(), rebuilt.scannedSpellingKeys(), embedded.spellingKeys()] {
      #expect(read.names.count == found.names.count)
      let byKey = Dictionary(uniqueKeysWithValues: found.names.map { ($0.key, $0.matches) })
      for name in read.names { #expect(byKey[name.key] == name.matches, "\(name.key)") }
      #expect(read.sounds.sorted() == found.sounds.sorted())
    }
  }

  @Test func aTableForAnotherIndexIsNotRead() throws {
    let embedded = try PlaceIndex.embedded()
    #expect(PlaceIndex.spellingKeys(table: "", of: embedded) == nil)
    let other = try PlaceIndex(
      places: [
        Place(
          id: "AF01", level: .province, name: "Kabul", provincePcode: "AF01",
          coordinate: .init(longitude: 69, latitude: 34.5))
      ], temporaryDistricts: [])
    #expect(PlaceIndex.spellingKeys(table: EmbeddedSpellingKeys.text, of: other) == nil)
    let own = try #require(PlaceIndex.spellingKeys(table: try other.spellingKeysTable(), of: other))
    #expect(own.names.map(\.key) == ["kabul"])
    #expect(own.names.first?.matches == other.nameMatches("Kabul", allowSound: false))
  }
}
