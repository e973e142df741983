import Gazetteer
import Testing

/// Persian-script names of the gazetteer (issue #13).
@Suite struct PersianNameTests {
  /// Every name_dari and name_pashto value finds its own place.
  @Test func everyDariAndPashtoNameFindsItsOwnPlace() throws {
    let index = try PlaceIndex.embedded()
    var failures: [String] = []
    var checked = 0
    for place in index.places where place.level == .province || place.level == .district {
      for name in place.persianSpellings {
        checked += 1
        if !index.lookup(name).contains(where: { $0.place.id == place.id }) { failures.append("\(place.id) \(name)") }
      }
    }
    #expect(checked > 700)
    #expect(failures.isEmpty, "\(failures.prefix(20))")
  }

  /// The cleaned columns carry no harakat, tatweel or Arabic ي/ى/ك.
  @Test func persianColumnsAreClean() throws {
    let index = try PlaceIndex.embedded()
    let forbidden: Set<Unicode.Scalar> = ["\u{064A}", "\u{0649}", "\u{0643}", "\u{0640}"]
    for place in index.places {
      for name in place.persianSpellings {
        #expect(!name.unicodeScalars.contains { forbidden.contains($0) || (0x064B...0x065F).contains($0.value) }, "\(place.id) \(name)")
      }
    }
  }

  @Test(arguments: [
    ("گردیز", "AF1301"), ("زُرمت", "AF1303"), ("زرمت", "AF1303"), ("ميمنه", "AF2901"), ("كندهار", "AF27"),
    ("قندهار", "AF27"), ("تیشکان", "AF1711"), ("یفتل پائین", "AF1704"), ("چهار چینو", "AF2504"),
    ("شهید حساس", "AF2504"), ("سید کرم", "AF1306"), ("شبرغان", "AF2801"), ("ګرزېوان", "AF2908"),
    ("پاتو", "AF2409"), ("پل حصار", "AF0912"), ("پلحصار", "AF0912"), ("پل\u{200C}حصار", "AF0912"), ("سوزمهکلا", "AF2204"),
    ("قندوز", "AF19"), ("ترین کوت", "AF2501"), ("ترینکوټ", "AF2501"), ("شرنه", "AF1201"), ("اسعدآباد", "AF1501"), ("کونړ", "AF15"), ("سنگچارک", "AF2205"), ("چهارسده", "AF2304"),
  ])
  func pressSpellingsFindTheirPlace(_ name: String, _ pcode: String) throws {
    let index = try PlaceIndex.embedded()
    #expect(index.lookup(name).contains { $0.place.id == pcode }, "\(name): \(index.lookup(name).map(\.place.id))")
  }

  @Test func matchingFormFoldsVariants() {
    #expect(ArabicScript.matchingForm("كي") == "کی")
    #expect(ArabicScript.matchingForm("درۀ") == "دره")
    #expect(ArabicScript.matchingForm("زُرمت") == "زرمت")
    #expect(ArabicScript.matchingForm("به\u{200C}دست") == "بهدست")
    #expect(ArabicScript.matchingForm("۱۴۰۰ ٢١") == "1400 21")
    #expect(ArabicScript.matchingForm("ګرزېوان") == "گرزیوان")
    #expect(ArabicScript.matchingForm("Kabul") == "Kabul")
  }

  /// `ArabicScript.isAlphabetic`, which answers ASCII and the Arabic block from tables, is
  /// `properties.isAlphabetic` for every scalar of the Basic Multilingual Plane.
  @Test func isAlphabeticIsTheUnicodeProperty() {
    var differing: [UInt32] = []
    for value in UInt32(0)..<0x1_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      if ArabicScript.isAlphabetic(scalar) != scalar.properties.isAlphabetic { differing.append(value) }
    }
    #expect(differing.isEmpty, "\(differing.prefix(20))")
  }
}
