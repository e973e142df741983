@testable import Extractor
import Gazetteer
import Testing

/// The places abroad that the mention finder never reads as places (`MentionFinder.foreignPlaces`)
/// hold no spelling of an Afghan place: a word listed there would hide a town, district or
/// province the gazetteer knows (as "Mashhad", a town of Keshem district, would have).
@Suite struct ForeignPlacesTests {
  @Test func noForeignPlaceIsAGazetteerSpelling() {
    let index = ExtractorRuleTests.index
    var clashes: [String] = []
    for level in PlaceLevel.allCases {
      for place in index.places(at: level) {
        for spelling in place.spellings where MentionFinder.foreignPlaces.contains(spelling.lowercased()) {
          clashes.append("\(spelling) (\(place.id), \(level.rawValue))")
        }
      }
    }
    #expect(clashes.isEmpty, "foreign places that are gazetteer spellings: \(clashes)")
  }
}
