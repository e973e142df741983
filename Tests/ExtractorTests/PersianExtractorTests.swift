import Chronology
@testable import Extractor
import Foundation
import Gazetteer
import Testing

/// Dari and Pashto reports (issue #13): the Solar Hijri converter, date expressions and language
/// detection (the rule tables' example sentences run in `ExtractorRuleTableTests`). The sentences are written for these
/// tests, not quotations.
@Suite struct PersianExtractorTests {
  /// A report with an English paragraph and a Dari one (or Pashto): each run is read by its own
  /// rules, spans point into the whole text, and an event stated in both is kept once.
  @Test func mixedReportReadsEachRunInItsLanguage() throws {
    let english = "Khash district of Badakhshan was on the brink of collapse on Sunday, officials said."
    let dari = "هماکنون درگیری در شهر قلعه نو جریان دارد."
    let pashto = "د ګیزاب ولسوالۍ د طالبانو له خوا کلابنده شوې ده."
    let text = english + "\n\n" + dari + "\n" + pashto + "\nGizab district of Daikundi is besieged by the Taliban.\n"
    let events = ExtractorRuleTests.extractor.extract(Document(id: "m", text: text, published: Day(iso: "2021-07-10")))
    let found = events.map { "\($0.type.rawValue) \($0.place.pcode) \($0.language?.rawValue ?? "en")" }
    #expect(found == ["contested AF1705 en", "contested AF3101 fa", "contested AF2409 ps"])
    #expect(events.map(\.id) == ["m#1", "m#2", "m#3"])
    // Each span points at its mention in the whole text.
    let scalars = Array(text.unicodeScalars)
    for event in events {
      var mention = String.UnicodeScalarView()
      mention.append(contentsOf: scalars[event.span[0]..<event.span[1]])
      #expect(String(mention) == event.mention)
    }
    // One language throughout: read whole, as before (a short English line changes nothing).
    let persian = dari + "\nSource: agency\n" + dari
    #expect(LanguageSegments.split(persian) == nil)
    #expect(LanguageSegments.split(english + "\n" + english) == nil)
  }

  @Test func everyPersianRuleHasAnExample() {
    let missing = (DariRules.table + PashtoRules.table).filter { $0.examples.isEmpty }.map(\.id)
    #expect(missing == [])
  }

  /// Known pairs (Afghan, Pashto and Iranian month names alike): the issue's three anchors, the
  /// first day of every month of 1400, Nowruz of other years, the leap day 30 Esfand 1399 and
  /// two historical days.
  static let knownDays: [(year: Int, month: Int, day: Int, gregorian: String)] = [
    (1400, 1, 1, "2021-03-21"), (1400, 4, 1, "2021-06-22"), (1400, 5, 24, "2021-08-15"),
    (1400, 2, 1, "2021-04-21"), (1400, 3, 1, "2021-05-22"), (1400, 5, 1, "2021-07-23"),
    (1400, 6, 1, "2021-08-23"), (1400, 7, 1, "2021-09-23"), (1400, 8, 1, "2021-10-23"),
    (1400, 9, 1, "2021-11-22"), (1400, 10, 1, "2021-12-22"), (1400, 11, 1, "2022-01-21"),
    (1400, 12, 1, "2022-02-20"), (1400, 12, 29, "2022-03-20"), (1399, 12, 30, "2021-03-20"),
    (1399, 1, 1, "2020-03-20"), (1401, 1, 1, "2022-03-21"), (1403, 1, 1, "2024-03-20"),
    (1400, 4, 13, "2021-07-04"), (1400, 3, 30, "2021-06-20"), (1400, 5, 15, "2021-08-06"),
    (1357, 11, 22, "1979-02-11"), (1300, 1, 1, "1921-03-21"),
  ]

  @Test func solarHijriConverterKnowsTheKnownDays() {
    for known in Self.knownDays {
      #expect(
        SolarHijri.day(year: known.year, month: known.month, day: known.day)?.description == known.gregorian,
        "\(known)")
      if let day = Day(iso: known.gregorian) { #expect(SolarHijri.year(of: day) == known.year, "\(known)") }
    }
    #expect(SolarHijri.day(year: 1400, month: 12, day: 30) == nil, "1400 is not a leap year")
    #expect(SolarHijri.day(year: 1400, month: 7, day: 31) == nil)
  }

  /// Cross-check: every day of 1395–1405 against Foundation's Persian calendar.
  @Test func solarHijriConverterAgreesWithFoundation() throws {
    var persian = Calendar(identifier: .persian)
    persian.timeZone = try #require(TimeZone(identifier: "UTC"))
    var gregorian = Calendar(identifier: .gregorian)
    gregorian.timeZone = try #require(TimeZone(identifier: "UTC"))
    var mismatches: [String] = []
    for year in 1395...1405 {
      for month in 1...12 {
        for day in 1...31 {
          let ours = SolarHijri.day(year: year, month: month, day: day)
          let components = DateComponents(year: year, month: month, day: day)
          var theirs: String? = nil
          if let date = persian.date(from: components), persian.component(.day, from: date) == day,
            persian.component(.month, from: date) == month
          {
            let g = gregorian.dateComponents([.year, .month, .day], from: date)
            theirs = Day(year: g.year ?? 0, month: g.month ?? 0, day: g.day ?? 0)?.description
          }
          if ours?.description != theirs { mismatches.append("\(year)-\(month)-\(day): \(String(describing: ours)) vs \(String(describing: theirs))") }
        }
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
  }

  /// Date expressions in both month-name sets, resolved without a publication date (year 1400).
  @Test(arguments: [
    ("۱۳ سرطان", "2021-07-04"), ("۱۳ تیر", "2021-07-04"), ("د چنګاښ ۱۳مه", "2021-07-04"),
    ("۲۴ اسد ۱۴۰۰", "2021-08-15"), ("۲۴ مرداد ۱۴۰۰", "2021-08-15"), ("د زمري ۲۴مه", "2021-08-15"),
    ("۱ حمل", "2021-03-21"), ("۱ فروردین", "2021-03-21"), ("د وري ۱مه", "2021-03-21"),
    ("د غويي ۲۱مه", "2021-05-11"), ("۲۱ ثور", "2021-05-11"), ("۲۱ اردیبهشت", "2021-05-11"),
    ("١٦ تله ٩٦", "2017-10-08"), ("۱۴۰۰ تیر ۷", "2021-06-28"), ("جوزا 22, 1400", "2021-06-12"),
    ("د اګست پر شپږمه", "2021-08-06"), ("۳۱ آگست", "2021-08-31"), ("21 اسد", "2021-08-12"),
    ("د تلې په ۲۱مه", "2021-10-13"), ("۲۱ میزان", "2021-10-13"), ("۲۱ مهر", "2021-10-13"),
  ])
  func persianDatesResolve(_ text: String, _ expected: String) {
    let source = SourceText(text)
    let tokens = PersianTokenizer.tokens(source)
    let found = PersianDateFinder.find(tokens, in: 0..<tokens.count, published: nil)
    #expect(found.first?.day?.description == expected, "\(text): got \(found.map { String(describing: $0.day) })")
  }

  @Test func relativeDaysCountFromThePublicationDate() {
    let published = Day(iso: "2021-06-20")
    for (text, expected) in [("دیروز", "2021-06-19"), ("شب گذشته", "2021-06-19"), ("پرون", "2021-06-19"), ("تېره شپه", "2021-06-19"), ("امروز", "2021-06-20"), ("یک شنبه", "2021-06-20"), ("لحظاتی پیش", "2021-06-20"), ("تېره ورځ", "2021-06-19"),
      // «روز» alone is a day, not yesterday: «روز جمعه» is Friday.
      ("روز جمعه", "2021-06-18")] {
      let source = SourceText(text)
      let tokens = PersianTokenizer.tokens(source)
      let found = PersianDateFinder.find(tokens, in: 0..<tokens.count, published: published)
      #expect(found.first?.day?.description == expected, "\(text)")
    }
  }

  @Test func languageIsDetectedFromScriptAndCommonWords() {
    #expect(DocumentLanguage.detect("The Taliban captured Khash district.") == .en)
    #expect(DocumentLanguage.detect("ولسوالی خاش دیروز به دست طالبان سقوط کرد و نیروها از این ولسوالی رفتند.") == .fa)
    #expect(DocumentLanguage.detect("د خاش ولسوالۍ پرون د طالبانو لاس ته ولوېده او ځواکونه په کې نه دي.") == .ps)
  }

  @Test func joinsAreFreeAndMarksAreIgnored() {
    // «بهدست», «به‌دست» and «به دست» are one wording; a kasra does not hide a name.
    for text in ["ولسوالی خاش بهدست طالبان افتاد.", "ولسوالی خاش به\u{200C}دست طالبان افتاد.", "ولسوالی خاش به دست طالبان افتاد."] {
      #expect(ExtractorRuleTests.summary(text).contains("captured AF1705"), "\(text)")
    }
    #expect(ExtractorRuleTests.summary("ولسوالی شهرِ بزرگ به دست طالبان افتاد.").contains("captured AF1713"))
  }

  @Test func commonWordNamesNeedAPlaceWord() {
    // جرم "crime" is also Jorm district: alone it is a word.
    #expect(ExtractorRuleTests.summary("جرم بزرگی به دست طالبان افتاد.").isEmpty)
    #expect(ExtractorRuleTests.summary("ولسوالی جرم به دست طالبان افتاد.").contains("captured AF1710"))
  }

  @Test func pashtoObliqueNamesAreRead() {
    #expect(ExtractorRuleTests.summary("سرتېري د میمنې ښار ته انتقال شول.").contains("retreated_to AF2901"))
  }

  /// The actor decides between a capture and a recapture, as in English: forces named inside
  /// the wording or as the subject of a transitive verb retake; a fall has no actor.
  @Test func actorsDecideCaptureOrRecapture() {
    #expect(ExtractorRuleTests.summary("ولسوالی خاش به کنترل نیروهای امنیتی درآمد.") == ["recaptured AF1705"])
    #expect(ExtractorRuleTests.summary("ولسوالی خاش به کنترل طالبان درآمد.") == ["captured AF1705"])
    #expect(ExtractorRuleTests.summary("نیروهای امنیتی گفتند که ولسوالی خاش سقوط کرد.") == ["captured AF1705"])
    #expect(ExtractorRuleTests.summary("امنیتي ځواکونو د خاش ولسوالۍ ونیوله.") == ["recaptured AF1705"])
    #expect(ExtractorRuleTests.summary("د خاش ولسوالۍ له طالبانو بېرته ونیول شوه.") == ["recaptured AF1705"])
  }

  @Test func clearedOfTheTalibanIsARecapture() {
    #expect(
      ExtractorRuleTests.summary("نیروهای کوماندو ولسوالی خاش را از وجود طالبان پاکسازی کردند.") == ["recaptured AF1705"])
  }

  /// «این ولسوالی» is the latest district named as one, not a city; a verb negated at the end of
  /// its clause negates the clause.
  @Test func backReferencesAndClauseFinalNegation() {
    let text = "ولسوالی قیصار به تصرف طالبان درآمد و نیروها به شهر میمنه رفتند. والی سقوط این ولسوالی را تأیید نکرده است."
    let found = ExtractorRuleTests.summary(text)
    #expect(found.contains("captured AF2907"))
    #expect(!found.contains("captured AF2901"))
    #expect(ExtractorRuleTests.summary("والی سقوط ولسوالی قیصار را تأیید نکرده است.").isEmpty)
  }

  /// Iranian wording: شهرستان for a district, استان for a province, «بر X تسلط یافتند».
  @Test func iranianWordingIsRead() {
    #expect(
      ExtractorRuleTests.summary("شبه‌نظامیان طالبان بر شهرستان اسپین بولدک در استان قندهار تسلط یافتند.")
        == ["captured AF2711"])
  }

  /// A capture of part of a place contests it; «ناوې» is settled by the province named before.
  @Test func partsAndPashtoAmbiguousObliques() {
    #expect(ExtractorRuleTests.summary("د لښکرګاه ښار ځینې برخې یې نیولې دي.") == ["contested AF3001"])
    #expect(
      ExtractorRuleTests.summary("د هلمند ولایت چارواکي وايي. د ناوې ولسوالۍ مرکز پرون د طالبانو لاس ته ورغی.")
        == ["captured AF3003"])
  }

  /// «پس از چند روز جنگ» (after some days of fighting) is no date; «چند شب پیش» is a vague one.
  @Test func severalDaysIsVagueOnlyWhenAgo() {
    let published = Day(iso: "2021-06-18")
    let events = ExtractorRuleTests.events("ولسوالی خاش پس از چند روز جنگ دیروز به دست طالبان افتاد.", published: "2021-06-18")
    #expect(events.first?.date == published?.adding(days: -1))
  }

  /// A dateline names where the report was filed; a province after «ولسوالی X ولایت» or in a
  /// Pashto genitive chain holds the district; «ډېری سیمې» (most areas) is a part.
  @Test func datelinesContainersAndAreas() {
    #expect(ExtractorRuleTests.summary("کابل (پژواک، ۲۵ سرطان ۱۴۰۰): طالبان مرکز ولسوالی مالستان ولایت غزنی را تصرف کردند.") == ["captured AF1116"])
    #expect(ExtractorRuleTests.summary("طالبان مرکز ولسوالی ناشناخته ولایت غزنی را تصرف کردند.").isEmpty)
    #expect(ExtractorRuleTests.summary("د کندهار ولایت د ارغنداب ولسوالۍ ډېری سیمې طالبانو ونیولې.") == ["contested AF2702"])
  }

  /// «ولسوالی دولت آباد بلخ»: Balkh is the province holding the district (Balkh is also a
  /// district's name).
  @Test func aProvinceRightAfterItsDistrictHoldsIt() {
    #expect(
      ExtractorRuleTests.summary("نیروهای امنیتی کنترل ولسوالی دولت آباد بلخ را دوباره به دست گرفتند.") == ["recaptured AF2109"])
  }

  /// A siege stated as before the fall stays an event beside the capture; a siege alone on the
  /// report's day is dropped once the place is captured (as in English).
  @Test func aSiegeBeforeTheFallIsKept() {
    #expect(
      ExtractorRuleTests.summary("ولسوالی خاش پس از دو هفته محاصره به دست طالبان سقوط کرد.")
        == ["contested AF1705", "captured AF1705"])
    #expect(
      ExtractorRuleTests.summary("ولسوالی خاش در محاصره است. ولسوالی خاش به دست طالبان سقوط کرد.") == ["captured AF1705"])
  }

  /// «این شهر», «دغه ښار»: the latest city named; a back reference takes the verb after it.
  @Test func cityBackReferences() {
    #expect(ExtractorRuleTests.summary("طالبان وارد شهر جلال‌آباد شدند و این شهر بدون درگیری سقوط کرد.") == ["captured AF0601"])
    #expect(ExtractorRuleTests.summary("طالبان د کندز ښار ته ورسېدل. دغه ښار پرون د طالبانو لاس ته ولوېد.") == ["captured AF1901"])
  }

  /// A district name next to its keyword, spelt with other long vowels than the gazetteer's
  /// (جاغتو for جغتو), is still that district; the same word without a keyword is not read.
  @Test func longVowelVariantsNextToTheKeyword() {
    #expect(ExtractorRuleTests.summary("طالبان ولسوالی جاغتو ولایت غزنی را تصرف کردند.") == ["captured AF1106"])
    #expect(ExtractorRuleTests.summary("طالبان جاغتو را تصرف کردند.").isEmpty)
    #expect(PersianMentionFinder.skeleton("شور تیپه") == PersianMentionFinder.skeleton("شورتپه"))
    #expect(PersianMentionFinder.skeleton("Jaghatu").isEmpty)
    #expect(ExtractorRuleTests.summary("د پکتیاء ولایت خلکو وسلې پورته کړې.") == ["mobilization AF13"])
    // In Pashto the keyword follows its name: «تېره» (last) after one is no Taywara.
    #expect(ExtractorRuleTests.summary("د خاش ولسوالۍ تېره شپه د طالبانو لاس ته ولوېده.") == ["captured AF1705"])
  }

  /// An office before a name («فرمانده پولیس قندهار») names its holder, not an event's place.
  @Test func anOfficeBeforeANameIsATitle() {
    #expect(
      ExtractorRuleTests.summary("فرمانده پولیس قندهار گفت که نیروهای امنیتی ولسوالی ارغنداب را دوباره پس گرفته‌اند.")
        == ["recaptured AF2702"])
  }

  /// The Taliban leaving a place give it up to nobody: no capture.
  @Test func theTalibanLeavingIsNoCapture() {
    #expect(ExtractorRuleTests.summary("نیروهای دولتی ولسوالی خاش را ترک کردند.") == ["captured AF1705"])
    #expect(ExtractorRuleTests.summary("طالبان پس از دو روز ولسوالی خاش را ترک کردند.").isEmpty)
  }

  @Test func englishOutputHasNoLanguageSideEffects() {
    #expect(ExtractorRuleTests.summary("Nawa district in Helmand fell to the Taliban on Monday.") == ["captured AF3003"])
  }
}
