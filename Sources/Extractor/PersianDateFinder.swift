import Chronology
import Gazetteer

/// Finds and resolves date expressions of Dari and Pashto reports (LANGUAGE-NOTES.md of
/// dev-fa, "Date formats seen"):
///
/// - Solar Hijri day and month, day first («۱۳ سرطان», «۲۴ مرداد ۱۴۰۰») or month first as in
///   Pashto («د غويي ۲۱مه», «د لړم پر۱۹», «جوزا 22, 1400»), or year first («۱۴۰۰ تیر ۷»), with
///   the Afghan, Pashto and Iranian month names (`SolarHijri.months`). Without a year: the Solar
///   year of the publication date (the year before when that day would come after it), else 1400.
/// - Gregorian months in Persian script («۳۱ آگست», «د اګست پر شپږمه»), with a digit or a
///   Pashto ordinal word for the day; without a year, as English dates are resolved.
/// - Weekdays (the latest such day on or before publication), and relative days: دیروز,
///   روز گذشته, شب گذشته, دیشب, امروز, پرون, تېره شپه, تېره ورځ, نن; vague times (هفته گذشته,
///   چند شب پیش) leave an event undated.
enum PersianDateFinder {
  /// Gregorian months as Dari, Iranian and Pashto reports write them (matching forms).
  static let gregorianMonths: [String: Int] = {
    let names: [(String, Int)] = [
      ("جنوری", 1), ("ژانویه", 1), ("جنوري", 1), ("فبروری", 2), ("فوریه", 2), ("فبروري", 2), ("مارچ", 3), ("مارس", 3),
      ("اپریل", 4), ("آوریل", 4), ("اپرېل", 4), ("می", 5), ("مۍ", 5), ("مه", 5), ("جون", 6), ("ژوئن", 6),
      ("جولای", 7), ("ژوئیه", 7), ("جولائی", 7), ("اگست", 8), ("آگست", 8), ("اګست", 8), ("اوت", 8), ("آگوست", 8),
      ("سپتامبر", 9), ("سپتمبر", 9), ("اکتوبر", 10), ("اکتبر", 10), ("نومبر", 11), ("نوامبر", 11),
      ("دسمبر", 12), ("دسامبر", 12), ("ډسمبر", 12),
    ]
    var table: [String: Int] = [:]
    for (name, month) in names { table[ArabicScript.matchingForm(name)] = month }
    return table
  }()

  /// Gregorian month names that are also common words: read only next to a day number.
  /// Pashto nouns of a day or night after «تیره/تیری» (last): «تیره شپه» last night.
  static let pashtoDayNouns: Set<String> = ["شپه", "ورز", "ورځ", "شپی"]

  /// Words after «هفته/ماه» that put it in the past: «هفتهٔ گذشته», «اونۍ تیره», «ماه پیش».
  static func isPastMarker(_ word: String) -> Bool { word.hasPrefix("گذشته") || word == "تیره" || word == "پیش" }

  static let ambiguousGregorian: Set<String> = [ArabicScript.matchingForm("می"), ArabicScript.matchingForm("مه")]

  /// Pashto (and Dari) ordinal words for days of the month, oblique forms included.
  static let ordinals: [String: Int] = {
    let names: [(String, Int)] = [
      ("لومړۍ", 1), ("لومړی", 1), ("لومړنۍ", 1), ("دوهمه", 2), ("دویمه", 2), ("درېیمه", 3), ("دریمه", 3),
      ("څلورمه", 4), ("پنځمه", 5), ("شپږمه", 6), ("اوومه", 7), ("اتمه", 8), ("نهمه", 9), ("لسمه", 10),
      ("یوولسمه", 11), ("دولسمه", 12), ("دیارلسمه", 13), ("څوارلسمه", 14), ("پنځلسمه", 15),
    ]
    var table: [String: Int] = [:]
    for (name, day) in names {
      let form = ArabicScript.matchingForm(name)
      table[form] = day
      // Oblique «شپږمې»: a final ه read as ی.
      if form.hasSuffix("ه") { table[String(form.dropLast()) + "ی"] = day }
    }
    return table
  }()

  /// Weekdays, 0 = Sunday … 6 = Saturday (matching forms; «یک شنبه» is two words).
  static let weekdays: [String: Int] = {
    let names: [(String, Int)] = [
      ("یکشنبه", 0), ("دوشنبه", 1), ("سهشنبه", 2), ("چهارشنبه", 3), ("پنجشنبه", 4), ("جمعه", 5), ("شنبه", 6),
    ]
    var table: [String: Int] = [:]
    for (name, day) in names { table[ArabicScript.matchingForm(name)] = day }
    return table
  }()
  static let weekdayPrefixes: [String: Int] = ["یک": 0, "دو": 1, "سه": 2, "چهار": 3, "پنج": 4]

  /// A Gregorian day; without a year and a publication date, of 2021 (the corpus's year, as
  /// 1400 is for Solar dates).
  static func gregorian(month: Int, day: Int, year: Int?, published: Day?) -> Day? {
    if year == nil, published == nil { return Day(year: DateFinder.earliestYearWithoutYear, month: month, day: day) }
    return DateFinder.resolve(month: month, day: day, year: year, published: published)
  }

  /// The Solar year that a date without one belongs to.
  static func solarYear(month: Int, day: Int, published: Day?) -> Day? {
    guard let published else { return SolarHijri.day(year: 1400, month: month, day: day) }
    let year = SolarHijri.year(of: published)
    if let candidate = SolarHijri.day(year: year, month: month, day: day), candidate <= published { return candidate }
    return SolarHijri.day(year: year - 1, month: month, day: day)
  }

  static func find(_ tokens: [Token], in range: Range<Int>, published: Day?) -> [DateMention] {
    var found: [DateMention] = []
    func word(_ k: Int) -> String { k >= range.lowerBound && k < range.upperBound ? tokens[k].lower : "" }
    func number(_ k: Int) -> Int? {
      guard k >= range.lowerBound, k < range.upperBound, tokens[k].kind == .number else { return nil }
      return Int(tokens[k].lower)
    }
    func dayNumber(_ k: Int) -> Int? { number(k).flatMap { (1...31).contains($0) ? $0 : nil } }
    func solarYearNumber(_ k: Int) -> Int? {
      guard let n = number(k) else { return nil }
      if (1300...1500).contains(n) { return n }
      if tokens[k].length == 2, (80...99).contains(n) { return 1300 + n }
      return nil
    }
    func gregorianYearNumber(_ k: Int) -> Int? { number(k).flatMap { (1990...2100).contains($0) ? $0 : nil } }
    func weekday(at k: Int) -> (weekday: Int, start: Int)? {
      let w = word(k)
      // «یکشنبهشب», and the Pashto oblique «د سه شنبې» (final ه read as ی).
      for (name, value) in weekdays where w == name || w == name + "شب" || w == String(name.dropLast()) + "ی" {
        // «یک شنبه»: a number word before «شنبه».
        if value == 6 || w == "شنبی", let prefix = weekdayPrefixes[word(k - 1)] { return (prefix, k - 1) }
        return (value, k)
      }
      return nil
    }
    func add(_ tokensRange: Range<Int>, _ day: Day?, vague: Bool = false) {
      var start = tokensRange.lowerBound
      // Take a weekday just before in ("یکشنبه‌شب- ۱۳ سرطان", "( یک شنبه، ۳۰ جوزا)").
      var k = start - 1
      while k >= range.lowerBound, tokens[k].kind == .punctuation, start - k <= 3 { k -= 1 }
      if let (_, weekdayStart) = weekday(at: k) {
        start = weekdayStart
        if let last = found.last, last.tokens.upperBound > start { found.removeLast() }
      }
      var mention = DateMention(tokens: start..<tokensRange.upperBound, day: day, isSameDay: false)
      mention.isVague = vague
      found.append(mention)
    }

    var i = range.lowerBound
    while i < range.upperBound {
      let w = word(i)
      // Year first: «۱۴۰۰ تیر ۷».
      if let year = solarYearNumber(i), let month = SolarHijri.months[word(i + 1)], let d = dayNumber(i + 2) {
        add(i..<(i + 3), SolarHijri.day(year: year, month: month, day: d))
        i += 3
        continue
      }
      // Day first: «۱۳ سرطان», «۲۴ مرداد ۱۴۰۰», «۳۱ آگست 2021».
      if let d = dayNumber(i) {
        var k = i + 1
        if word(k) == "-" || word(k) == "ام" { k += 1 }
        if let month = SolarHijri.months[word(k)] {
          var end = k + 1
          var day: Day?
          if let year = solarYearNumber(end) {
            day = SolarHijri.day(year: year, month: month, day: d)
            end += 1
          } else {
            day = solarYear(month: month, day: d, published: published)
          }
          add(i..<end, day)
          i = end
          continue
        }
        if let month = gregorianMonths[word(k)] {
          var end = k + 1
          var year: Int? = nil
          if let y = gregorianYearNumber(end) {
            year = y
            end += 1
          }
          add(i..<end, gregorian(month: month, day: d, year: year, published: published))
          i = end
          continue
        }
      }
      // Month first: «د غويي ۲۱مه», «د لړم پر۱۹», «جوزا 22, 1400», «د اګست پر شپږمه».
      let solarMonth = SolarHijri.months[w]
      let gregorianMonth = gregorianMonths[w]
      if solarMonth != nil || (gregorianMonth != nil && !ambiguousGregorian.contains(w)) {
        var k = i + 1
        if ["پر", "په"].contains(word(k)) { k += 1 }
        let d = dayNumber(k) ?? ordinals[word(k)]
        if let d {
          var end = k + 1
          if word(end) == "مه" || word(end) == "می" { end += 1 }
          if word(end) == "," || word(end) == "،" { end += 1 }
          var day: Day?
          if let month = solarMonth {
            if let year = solarYearNumber(end) {
              day = SolarHijri.day(year: year, month: month, day: d)
              end += 1
            } else {
              day = solarYear(month: month, day: d, published: published)
              if end > k + 1, word(end - 1) == "," || word(end - 1) == "،" { end -= 1 }
            }
          } else if let month = gregorianMonth {
            var year: Int? = nil
            if let y = gregorianYearNumber(end) {
              year = y
              end += 1
            }
            day = gregorian(month: month, day: d, year: year, published: published)
          }
          let start = word(i - 1) == "د" ? i - 1 : i
          add(start..<end, day)
          i = end
          continue
        }
      }
      // Relative days.
      let next = word(i + 1)
      switch w {
      case "امروز", "نن", "امشب":
        add(i..<(i + 1), published)
      case "دیروز", "پرون", "دیشب":
        add(i..<(i + 1), published?.adding(days: -1))
      case "روز" where next == "گذشته" || next == "گذشتهی", "شب" where next == "گذشته" || next == "گذشتهی":
        add(i..<(i + 2), published?.adding(days: -1))
        i += 1
      case "لحظاتی" where next == "پیش":
        add(i..<(i + 2), published)
        i += 1
      case "تیره" where Self.pashtoDayNouns.contains(next), "تیری" where Self.pashtoDayNouns.contains(next):
        add(i..<(i + 2), published?.adding(days: -1))
        i += 1
      case "هفته" where Self.isPastMarker(next), "هفتهی" where Self.isPastMarker(next), "ماه" where Self.isPastMarker(next),
        "اونی" where Self.isPastMarker(next):
        add(i..<(i + 2), nil, vague: true)
        i += 1
      case "چند" where ["شب", "روز", "هفته", "ورزی", "شپی"].contains(next)
        && ["پیش", "قبل", "گذشته", "وړاندې", "ورانندی", "وراندی"].contains(word(i + 2)):
        // «چند شب پیش» (a few nights ago); «پس از چند روز جنگ» is no date.
        add(i..<(i + 3), nil, vague: true)
        i += 2
      case "شبانهروز":
        add(i..<(i + 1), nil, vague: true)
      case "شبانه" where next == "روز":
        add(i..<(i + 1), nil, vague: true)
      default:
        if let (weekdayValue, start) = weekday(at: i) {
          var day: Day? = nil
          if let published {
            var back = (published.weekday - weekdayValue) % 7
            if back < 0 { back += 7 }
            day = published.adding(days: -back)
          }
          var mention = DateMention(tokens: start..<(i + 1), day: day, isSameDay: false)
          mention.isVague = false
          if let last = found.last, last.tokens.upperBound > start { found.removeLast() }
          found.append(mention)
        }
      }
      i += 1
    }
    return found
  }
}
