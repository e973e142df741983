import Chronology
import Gazetteer

/// The Solar Hijri calendar of Afghanistan and Iran (month names differ, the days do not):
/// months 1–6 have 31 days, 7–11 have 30, the 12th 29 (30 in a leap year); the year starts
/// at the March equinox (1 Hamal 1400 = 2021-03-21).
///
/// Conversion follows the `jalCal` algorithm of jalaali-js (Behrooz Parhami's and Kazimierz
/// Borkowski's arithmetic form of the astronomical calendar: a table of the years where the
/// 33-year leap cycle breaks, valid for Solar Hijri years -61 … 3177), which agrees with the
/// equinox-based calendar the Afghan and Iranian governments publish for every year from 1244
/// to 1403. `SolarHijriTests` checks it on known pairs and against Foundation's
/// `Calendar(identifier: .persian)`.
public enum SolarHijri {
  /// Years where the 33-year leap pattern restarts (jalaali-js `breaks`).
  static let breaks = [
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
  ]

  /// Floor division and the matching modulo (Swift's `/` and `%` truncate towards zero).
  static func div(_ a: Int, _ b: Int) -> Int { Int((Double(a) / Double(b)).rounded(.down)) }
  static func mod(_ a: Int, _ b: Int) -> Int { a - div(a, b) * b }

  /// The Gregorian year holding Nowruz of Solar Hijri year `year`, and Nowruz's day in March.
  static func nowruz(of year: Int) -> (gregorianYear: Int, marchDay: Int)? {
    guard year >= breaks[0], year < breaks[breaks.count - 1] else { return nil }
    let gregorianYear = year + 621
    var leapJ = -14
    var jp = breaks[0]
    var jump = 0
    for i in 1..<breaks.count {
      let jm = breaks[i]
      jump = jm - jp
      if year < jm { break }
      leapJ += div(jump, 33) * 8 + div(mod(jump, 33), 4)
      jp = jm
    }
    let n = year - jp
    leapJ += div(n, 33) * 8 + div(mod(n, 33) + 3, 4)
    if mod(jump, 33) == 4, jump - n == 4 { leapJ += 1 }
    let leapG = div(gregorianYear, 4) - div((div(gregorianYear, 100) + 1) * 3, 4) - 150
    return (gregorianYear, 20 + leapJ - leapG)
  }

  /// The day of Solar Hijri `year`, `month` (1–12), `day`; nil when it does not exist.
  public static func day(year: Int, month: Int, day: Int) -> Day? {
    guard (1...12).contains(month), day >= 1, day <= (month <= 6 ? 31 : 30) else { return nil }
    guard let start = nowruz(of: year), let first = Day(year: start.gregorianYear, month: 3, day: start.marchDay)
    else { return nil }
    let offset = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1
    let result = first.adding(days: offset)
    // Esfand 30 exists only in a leap year: it must fall before the next Nowruz.
    if month == 12, let next = nowruz(of: year + 1),
      let nextFirst = Day(year: next.gregorianYear, month: 3, day: next.marchDay), result >= nextFirst
    {
      return nil
    }
    return result
  }

  /// The Solar Hijri year in which `day` falls.
  public static func year(of day: Day) -> Int {
    let gregorianYear = day.components.year
    var year = gregorianYear - 621
    if let start = nowruz(of: year), let first = Day(year: start.gregorianYear, month: 3, day: start.marchDay),
      day < first
    {
      year -= 1
    }
    return year
  }

  /// Month numbers by name (matching form, `ArabicScript.matchingForm`): the Afghan names
  /// (حمل … حوت), the Pashto ones (وری … کب) and the Iranian ones (فروردین … اسفند).
  static let months: [String: Int] = {
    let sets: [[String]] = [
      ["حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو", "حوت"],
      ["وری", "غویی", "غبرگولی", "چنگاش", "زمری", "وژی", "تله", "لرم", "لیندی", "مرغومی", "سلواغه", "کب"],
      ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"],
    ]
    var table: [String: Int] = [:]
    for names in sets {
      for (i, name) in names.enumerated() { table[ArabicScript.matchingForm(name)] = i + 1 }
    }
    // Variant spellings of the press: غویی/غوایی, وږی (folds to وژی), دوږی.
    table[ArabicScript.matchingForm("غوایی")] = 2
    table[ArabicScript.matchingForm("جوزای")] = 3
    table[ArabicScript.matchingForm("چنګاښ")] = 4
    table[ArabicScript.matchingForm("لړم")] = 8
    table[ArabicScript.matchingForm("لیندۍ")] = 9
    table[ArabicScript.matchingForm("دوږي")] = 6  // «د» fused: دوږي = د وږي
    // Pashto oblique «د تلې», «د سلواغې»: a final ه read as ی.
    for (name, month) in table where name.hasSuffix("ه") && sets[1].map(ArabicScript.matchingForm).contains(name) {
      table[String(name.dropLast()) + "ی"] = table[String(name.dropLast()) + "ی"] ?? month
    }
    return table
  }()
}
