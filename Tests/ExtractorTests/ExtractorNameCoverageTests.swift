import Extractor
import Gazetteer
import Testing

/// Every OCHA district name and every gazetteer spelling of a district (temporary districts
/// included, as their 399-set parent) is found in a template sentence, so that no spelling the
/// gazetteer knows is lost to the mention finder's rules (personal names, modality words, marks
/// inside names). Persian-script spellings are tried in a Dari sentence.
@Suite struct ExtractorNameCoverageTests {
  /// One template report per spelling: (spelling, expected pcode).
  static func spellings() -> [(String, String)] {
    let index = ExtractorRuleTests.index
    var all: [(String, String)] = []
    for district in index.places(at: .district) {
      for spelling in district.spellings + district.persianSpellings { all.append((spelling, district.id)) }
    }
    for temporary in index.temporaryDistricts {
      for spelling in [temporary.name] + temporary.aliases { all.append((spelling, temporary.parentPcode)) }
    }
    return all
  }

  @Test func everyDistrictSpellingIsFoundInATemplateSentence() {
    let all = Self.spellings()
    #expect(all.count > 2000, "only \(all.count) spellings")
    var missed: [String] = []
    for (spelling, pcode) in all {
      // Persian-script spellings (name_dari, name_pashto, press aliases) in a Dari sentence.
      let template =
        ArabicScript.containsArabic(spelling)
        ? "ولسوالی \(spelling) روز یکشنبه به دست طالبان سقوط کرد."
        : "\(spelling) district fell to the Taliban on Sunday."
      let events = ExtractorRuleTests.events(template)
      let found = events.contains { event in
        event.type == .captured && (event.place.pcode == pcode || event.alternatives.contains(pcode))
      }
      if !found { missed.append("\(spelling) (\(pcode)): got \(events.map { "\($0.type.rawValue) \($0.place.pcode)" })") }
    }
    #expect(missed.isEmpty, "\(missed.count) of \(all.count) spellings not found: \(missed.prefix(20))")
  }
}
