import Chronology

/// A date expression found in a sentence.
struct DateMention: Sendable {
  /// Token positions [first, last).
  let tokens: Range<Int>
  /// The day it names, when it could be resolved.
  let day: Day?
  /// True for "same day" / "same night": the day of the previous sentence.
  let isSameDay: Bool
  /// "the next day", "the following day", "a day later", "two days later": the previous
  /// explicit date plus `daysLater`.
  var isNextDay: Bool { daysLater != 0 }
  /// Days after the previous explicit date (0: not such an expression).
  var daysLater = 0
  /// "last week", "this month", "a few days ago": an earlier day the
  /// text does not name, so the event has no day (not the report's day).
  var isVague = false
  /// Not the day of an event of its sentence: the start of a range ("since yesterday") or a
  /// planned day or deadline ("would end on August 31", "by September 11").
  var isNotEventDay = false
  /// The date of a dateline opening the report ("Kunduz, July 14 (Pajhwok):"): the report's
  /// day (and so not an event day).
  var isDateline = false

  /// A resolved day that may date an event.
  var namesEventDay: Bool { day != nil && !isNotEventDay }
  /// A date expression that may date an event of its sentence: a day, "the same day", "the
  /// next day" or a vague time.
  var mayDateAnEvent: Bool { (day != nil || isSameDay || isNextDay || isVague) && !isNotEventDay }

  /// The expression of `dates` starting nearest to token `position`.
  static func nearest(_ dates: [DateMention], to position: Int) -> DateMention? {
    dates.min { abs($0.tokens.lowerBound - position) < abs($1.tokens.lowerBound - position) }
  }

  /// A vague earlier time ("last week", "two weeks ago") over `tokens`.
  init(vague tokens: Range<Int>) {
    self.init(tokens: tokens, day: nil, isSameDay: false)
    isVague = true
  }

  init(tokens: Range<Int>, day: Day?, isSameDay: Bool, daysLater: Int = 0) {
    self.tokens = tokens
    self.day = day
    self.isSameDay = isSameDay
    self.daysLater = daysLater
  }
}

/// Finds and resolves date expressions: "June 23", "23 June 2021", "Wednesday, June 23",
/// "on Sunday", "Monday morning", "today", "yesterday", "last night", "two days ago".
///
/// Weekdays resolve to the latest such day on or before the publication date; a month and day
/// without a year resolve to the latest such day on or before the publication date, and not at
/// all when that is before `earliestYearWithoutYear` (a day in an earlier year needs its year in
/// the text); with no publication date, to that day of `earliestYearWithoutYear`. A date after "until" ends a range, and a date in a planned or future statement
/// ("would end on August 31") is a deadline: neither is an event's day. Nor is a day after
/// "since" ("clashes since Tuesday morning", "have overrun two districts since Monday"): the start
/// of a span that runs to the report, unless a "when" clause after it tells of that day ("since
/// early Friday, when the Taliban stormed the city"); see `markNotEventDays`.
enum DateFinder {
  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]
  static let weekdays: [String: Int] = [
    "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6,
  ]
  static let numberWords: [String: Int] = [
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
  ]

  /// The words that may start a date expression of `find`, besides numbers: every word the
  /// loop of `find` tests a token against before anything else (months, weekdays and number
  /// words included). A new expression that starts at another word must add it here, or `find`
  /// skips it.
  static let startWords: Set<String> = Set(months.keys).union(weekdays.keys).union(numberWords.keys).union([
    "the", "today", "tonight", "yesterday", "last", "this", "past", "next", "following", "previous", "day", "same", "two",
    "three", "four", "several", "few", "a", "couple", "one", "weeks", "months", "days", "by", "later", "hours", "recent",
    "earlier", "shortly", "soon", "that",
  ])

  /// Whether `word` and `next` after "shortly" or "soon" are an "after" with no object of its
  /// own ("afterwards", "thereafter", "after, …", "after to …").
  static func isBareAfter(_ word: String?, _ next: String?) -> Bool {
    guard let word else { return false }
    if ["afterwards", "afterward", "thereafter"].contains(word) { return true }
    return word == "after" && (next.map { [",", ".", ";", "to", "by", "and"].contains($0) } ?? true)
  }

  /// The suffixes of an ordinal day ("on the 13th").
  /// (Lists of their own, asked by byte count: the array literals in `find` were made on the heap
  /// for every test, 6 300 times on the 1 MB stream: callgrind, issue #16.)
  static let ordinalSuffixes: SpelledWordSet = ["st", "nd", "rd", "th"]
  /// The words before a month named without a day that make it an earlier, vague time ("in
  /// early July", "since June").
  static let monthAloneLeads: SpelledWordSet = ["in", "early", "late", "mid", "-", "since"]

  /// The words that start an uncounted time before or after another ("a week earlier", "weeks
  /// later", "a few days earlier"; `find`).
  static let uncountedTimeStarts: Set<String> = ["a", "few", "several", "weeks", "months", "days"]

  /// The words the `switch` of `find` tests a token against, as lexicon ids (all are in
  /// `startWords`, so in the lexicon), so that it compares integers instead of strings.
  struct CaseWords: Sendable {
    let today, tonight, yesterday, last, this, past, the, previous, next, following, day, same, a, one, few,
      several, by, hours, shortly, soon, that: WordID
    /// Words read after a start word ("the weekend", "two weeks ago", "a day later"); those not
    /// in `startWords` are in the lexicon for this (`lookupOnly`).
    let on, weekend, ago, back, days, week, weeks, month, months, later, earlier, recent: WordID
    /// "two", "three", "four", "several", "few", "a", "couple": the counts of "… weeks ago".
    let isAgoCount: [Bool]
    /// `uncountedTimeStarts` by id.
    let isUncountedTimeStart: [Bool]
    /// `DateFinder.partsOfDay`, `partsOfDayAfterBy` and `partsOfThisDay`, read by id (their
    /// words are in the lexicon for this, `lookupOnly`).
    let partsOfDay, partsOfDayAfterBy, partsOfThisDay: TokenWordList
    /// Every word above with its id, for a token that is not ASCII.
    private let spellings: [(word: String, id: WordID)]

    static let agoCounts = ["two", "three", "four", "several", "few", "a", "couple"]
    /// The words of `on` … `earlier` (for the lexicon).
    static let followers = ["on", "weekend", "ago", "back", "days", "week", "weeks", "month", "months", "later", "earlier"]

    init(_ lexicon: Lexicon) {
      var spellings: [(word: String, id: WordID)] = []
      func id(_ word: String) -> WordID {
        let id = lexicon.id(of: word)
        precondition(id != Lexicon.unknown, "date word '\(word)' missing from the lexicon")
        spellings.append((word, id))
        return id
      }
      today = id("today")
      tonight = id("tonight")
      yesterday = id("yesterday")
      last = id("last")
      this = id("this")
      past = id("past")
      the = id("the")
      previous = id("previous")
      next = id("next")
      following = id("following")
      day = id("day")
      same = id("same")
      a = id("a")
      one = id("one")
      few = id("few")
      several = id("several")
      by = id("by")
      hours = id("hours")
      shortly = id("shortly")
      soon = id("soon")
      that = id("that")
      on = id("on")
      weekend = id("weekend")
      ago = id("ago")
      back = id("back")
      days = id("days")
      week = id("week")
      weeks = id("weeks")
      month = id("month")
      months = id("months")
      later = id("later")
      earlier = id("earlier")
      recent = id("recent")
      for word in Self.agoCounts + DateFinder.uncountedTimeStarts.sorted() { _ = id(word) }
      isAgoCount = lexicon.table(Self.agoCounts)
      isUncountedTimeStart = lexicon.table(DateFinder.uncountedTimeStarts)
      partsOfDay = TokenWordList(DateFinder.partsOfDay, lexicon: lexicon)
      partsOfDayAfterBy = TokenWordList(DateFinder.partsOfDayAfterBy, lexicon: lexicon)
      partsOfThisDay = TokenWordList(DateFinder.partsOfThisDay, lexicon: lexicon)
      self.spellings = spellings
    }

    /// The id of the word above that `token` is, and otherwise an id none of them has. An
    /// ASCII token's own id is that (its lower form equals only the word of the same bytes); a
    /// token that is not ASCII is compared as a `String` (canonical equivalence, as the tests
    /// on text were), when it can equal an ASCII word at all: only if each of its scalars is
    /// ASCII or one of the three whose canonical decomposition is (";", "`", "K").
    @inline(__always)
    func id(of token: Token) -> WordID {
      if token.isASCII { return token.word }
      return Self.id(ofText: token.lower, spellings)
    }

    /// `id(of: tokens[k])`, the token's fields read in place (not copied, its text retained
    /// and released: `idAt` asks this of about 100 000 tokens on the 1 MB stream).
    @inline(__always)
    func id(of tokens: [Token], at k: Int) -> WordID {
      if tokens[k].isASCII { return tokens[k].word }
      return Self.id(ofText: tokens[k].lower, spellings)
    }

    private static func id(ofText text: String, _ spellings: [(word: String, id: WordID)]) -> WordID {
      guard text.unicodeScalars.allSatisfy({ $0.isASCII || [0x037E, 0x1FEF, 0x212A].contains($0.value) }) else {
        return Lexicon.unknown
      }
      return spellings.first { $0.word == text }?.id ?? Lexicon.unknown
    }
  }

  /// The date expressions of `tokens[range]`, tokens of `Tokenizer` (whose word ids the rule
  /// tables read).
  static func find(_ tokens: [Token], in range: Range<Int>, published: Day?, tables: RuleTables) -> [DateMention] {
    var found: [DateMention] = []
    var i = range.lowerBound
    func word(_ k: Int) -> String? {
      k < range.upperBound && k >= range.lowerBound ? tokens[k].lower : nil
    }
    func dayNumber(_ k: Int) -> Int? {
      guard k < range.upperBound, tokens[k].kind == .number else { return nil }
      return Self.dayNumber(tokens[k].lower, isASCII: tokens[k].isASCII)
    }
    /// The `CaseWords` id of token `k` (`unknown` outside the range).
    func idAt(_ k: Int) -> WordID {
      k < range.upperBound && k >= range.lowerBound ? tables.dateCaseWords.id(of: tokens, at: k) : Lexicon.unknown
    }
    func isMonth(_ k: Int) -> Bool {
      k < range.upperBound && tokens[k].kind == .word && tables.month[Int(tokens[k].word)] != 0
    }
    func year(_ k: Int) -> Int? {
      guard k < range.upperBound, tokens[k].kind == .number, tokens[k].length == 4,
        let value = Int(tokens[k].lower), (1990...2100).contains(value)
      else { return nil }
      return value
    }
    // (Taken out of `tables` once: taken for every token the loop reads past its first tests,
    // its 30 ids were copied each time, about 60 instructions: callgrind, issue #16.)
    let c = tables.dateCaseWords
    /// Whether token `k` of the range is a word of `list` (`false` outside the range, as
    /// `word(k)` is nil there). (By id: the lists as `String`s were hashed, or made as array
    /// literals on the heap, at every "by", "this" and "that": callgrind, issue #16.)
    func isWord(_ k: Int, in list: TokenWordList) -> Bool {
      k < range.upperBound && k >= range.lowerBound && list.contains(tokens, at: k)
    }
    /// Whether token `k` is "week", "month" or "weekend" (by `idAt`, which compares a token
    /// that is not ASCII as text).
    func isWeekMonthOrWeekend(_ k: Int) -> Bool {
      let id = idAt(k)
      return id == c.week || id == c.month || id == c.weekend
    }
    while i < range.upperBound {
      // (The two tests below that turn most tokens away, read in place first: the copy of the
      // token retained its text, about 100 instructions a token.)
      if tokens[i].kind == .punctuation || (tokens[i].kind == .word && tokens[i].isASCII && !tables.startsDate[Int(tokens[i].word)]) {
        i += 1
        continue
      }
      // (The token's fields read in place: a copy of the token retained and released its text,
      // about 30 000 copies on the 1 MB stream, callgrind, issue #16.)
      let kind = tokens[i].kind
      let wordID = tokens[i].word
      let isCapitalized = tokens[i].isCapitalized
      // Every expression below starts at a word or a number.
      if kind == .punctuation {
        i += 1
        continue
      }
      // … and every word that starts one is in `startWords`: an ASCII word outside them (most
      // words) is skipped on its id, without the `String` tests below. A non-ASCII word takes
      // those tests, whose `==` is canonical equivalence rather than byte equality.
      if kind == .word, tokens[i].isASCII, !tables.startsDate[Int(wordID)] {
        i += 1
        continue
      }
      // The tests below compare word ids (`CaseWords.id(of:)`), not strings, where they run
      // for every number and every word of `startWords` ("the", "a" …).
      let w = c.id(of: tokens, at: i)
      // ISO 2021-06-23 (tokenised as 2021 - 06 - 23).
      // (The token's kind, read above, asked before `year` and `dayNumber` are called: a word
      // of `startWords` is neither, and each call is one. With the next token's id read once
      // below, `find` 24.7 → 21.8 M instructions on the 1 MB stream: callgrind, issue #16.)
      if kind == .number, let y = year(i), word(i + 1) == "-", let m = Int(word(i + 2) ?? ""), word(i + 3) == "-",
        let d = dayNumber(i + 4)
      {
        found.append(DateMention(tokens: i..<(i + 5), day: Day(year: y, month: m, day: d), isSameDay: false))
        i += 5
        continue
      }
      // Numeric "13/07/2021", "13.07.2021": day first, as Afghan and British outlets write it;
      // a month-first reading ("07/13/2021") only where the day-first one is no date.
      if kind == .number, let a = dayNumber(i), let sep = word(i + 1), sep == "/" || sep == ".", let b = dayNumber(i + 2),
        word(i + 3) == sep, let y = year(i + 4)
      {
        let day = (b <= 12 ? Day(year: y, month: b, day: a) : nil) ?? (a <= 12 ? Day(year: y, month: a, day: b) : nil)
        found.append(DateMention(tokens: i..<(i + 5), day: day, isSameDay: false))
        i += 5
        continue
      }
      // "on the 13th": the latest 13th on or before publication.
      // (The word before is asked first: `tokens[i + 1].kind` copied the token whole through the
      // array's subscript in this long function, after every "the", 16 000 copies on the 1 MB
      // stream: callgrind, issue #16.)
      if w == c.the, i + 1 < range.upperBound, idAt(i - 1) == c.on, tokens[i + 1].kind == .number,
        let d = dayNumber(i + 1), Self.ordinalSuffixes.contains(String(tokens[i + 1].lower.drop { $0.isNumber })),
        !isMonth(i + 2), !(word(i + 2) == "of" && isMonth(i + 3))
      {
        var day: Day? = nil
        // ("Between August 6 and 14 … and on the 15th they entered Kabul": the month of a day
        // stated before it in the sentence, when the ordinal comes after that day and not after
        // publication.)
        if let earlier = found.last?.day {
          let (y, m, earlierDay) = earlier.components
          if d > earlierDay, let candidate = Day(year: y, month: m, day: d), published.map({ candidate <= $0 }) ?? true {
            day = candidate
          }
        }
        if day == nil, let published {
          let (y, m, _) = published.components
          day = Day(year: y, month: m, day: d).flatMap { $0 <= published ? $0 : nil }
            ?? Day(year: m == 1 ? y - 1 : y, month: m == 1 ? 12 : m - 1, day: d)
        }
        found.append(DateMention(tokens: i..<(i + 2), day: day, isSameDay: false))
        i += 2
        continue
      }
      // Month name: "June 23", "June 23, 2021", "Aug. 14".
      let month = tables.month[Int(wordID)]
      if kind == .word, month != 0, isCapitalized || tokens[i].lower.count > 3
      {
        var k = i + 1
        if word(k) == "." { k += 1 }
        if let d = dayNumber(k) {
          var end = k + 1
          var y: Int? = nil
          if word(end) == ",", let yy = year(end + 1) {
            y = yy
            end += 2
          } else if let yy = year(end) {
            y = yy
            end += 1
          }
          var start = i
          // "Wednesday, June 23": take the weekday in.
          if start - 2 >= range.lowerBound, word(start - 1) == ",", weekdays[word(start - 2) ?? ""] != nil {
            start -= 2
          } else if start - 1 >= range.lowerBound, weekdays[word(start - 1) ?? ""] != nil {
            start -= 1
          }
          var day = resolve(month: month, day: d, year: y, published: published)
          // Without a publication date or a year the day falls in `earliestYearWithoutYear`;
          // a weekday stated with it must fit ("Sunday, July 4" is 2021's, "Monday, July 4" is
          // no day of it).
          if y == nil, published == nil, start < i, let weekday = weekdays[word(start) ?? ""], day?.weekday != weekday {
            day = nil
          }
          if !found.isEmpty, found[found.count - 1].tokens.upperBound > start {
            found.removeLast()
          }
          found.append(DateMention(tokens: start..<end, day: day, isSameDay: false))
          i = end
          continue
        }
        // "had fallen in June", "in early July", "in mid-July": a month and no day, an earlier
        // time the text does not pin to a day (not the report's day).
        if isCapitalized, !(k < range.upperBound && tokens[k].kind == .number),
          Self.monthAloneLeads.contains(word(i - 1) ?? "")
        {
          found.append(DateMention(vague: i..<(i + 1)))
          i += 1
          continue
        }
      }
      // "23 June", "23rd of June 2021", "17-June".
      if kind == .number, let d = dayNumber(i) {
        var k = i + 1
        if word(k) == "of" {
          k += 1
        } else if k + 1 < range.upperBound, tokens[k].lower == "-", tokens[i].byteEnd == tokens[k].byteStart,
          tokens[k].byteEnd == tokens[k + 1].byteStart
        {
          k += 1
        }
        if k < range.upperBound, tables.month[Int(tokens[k].word)] != 0, tokens[k].isCapitalized {
          let month = tables.month[Int(tokens[k].word)]
          var end = k + 1
          var y: Int? = nil
          if let yy = year(end) {
            y = yy
            end += 1
          }
          // "Sunday 20 June", "Sunday, 20 June": the weekday found just before is this date's.
          var start = i
          let weekdayBefore = word(i - 1) == "," ? i - 2 : i - 1
          if weekdayBefore >= range.lowerBound, weekdays[word(weekdayBefore) ?? ""] != nil,
            let last = found.last, last.tokens == weekdayBefore..<(weekdayBefore + 1)
          {
            found.removeLast()
            start = weekdayBefore
          }
          found.append(
            DateMention(
              tokens: start..<end, day: resolve(month: month, day: d, year: y, published: published),
              isSameDay: false))
          i = end
          continue
        }
      }
      // Weekdays: "on Sunday", "Monday morning", "late on Wednesday", "Sunday night".
      if kind == .word, isCapitalized, tables.weekday[Int(wordID)] >= 0 {
        let weekday = tables.weekday[Int(wordID)]
        var day: Day? = nil
        if let published {
          var back = (published.weekday - weekday) % 7
          if back < 0 { back += 7 }
          // "last Thursday" in a Thursday's report is a week back, not the day itself.
          if back == 0, word(i - 1) == "last" { back = 7 }
          day = published.adding(days: -back)
        }
        // "on Tuesday (10)": the weekday and the day of the month, as news agencies write it.
        if word(i + 1) == "(", let d = dayNumber(i + 2), word(i + 3) == ")" {
          day = resolve(weekday: weekday, dayOfMonth: d, published: published)
          found.append(DateMention(tokens: i..<(i + 4), day: day, isSameDay: false))
          i += 4
          continue
        }
        found.append(DateMention(tokens: i..<(i + 1), day: day, isSameDay: false))
        i += 1
        continue
      }
      switch w {
      case c.today, c.tonight:
        found.append(DateMention(tokens: i..<(i + 1), day: published, isSameDay: false))
      case c.yesterday:
        // "the day before yesterday": two days before the report.
        if word(i - 1) == "before", word(i - 2) == "day" {
          found.append(DateMention(tokens: (i - 2)..<(i + 1), day: published?.adding(days: -2), isSameDay: false))
        } else {
          found.append(
            DateMention(tokens: i..<(i + 1), day: published?.adding(days: -1), isSameDay: false))
        }
      // "earlier in the month", "later in the week": a time of the period, no day.
      case c.earlier where word(i + 1) == "in" && word(i + 2) == "the" && [c.week, c.month].contains(idAt(i + 3)),
        c.later where word(i + 1) == "in" && word(i + 2) == "the" && [c.week, c.month].contains(idAt(i + 3)):
        found.append(DateMention(vague: i..<(i + 4)))
        i += 3
      // "in recent days", "over recent weeks": an earlier time, no day.
      case c.recent where [c.days, c.weeks, c.months].contains(idAt(i + 1)):
        found.append(DateMention(vague: i..<(i + 2)))
        i += 1
      case c.last where word(i + 1) == "evening":
        // "last evening": the evening before the report.
        found.append(DateMention(tokens: i..<(i + 2), day: published?.adding(days: -1), isSameDay: false))
        i += 1
      case c.last where word(i + 1) == "night":
        // "last night and this morning", "since last night and today": a period that ends on
        // the publication day.
        let endsToday = word(i + 2) == "and" && (word(i + 3) == "today" || word(i + 3) == "this")
        found.append(
          DateMention(tokens: i..<(i + 2), day: endsToday ? published : published?.adding(days: -1), isSameDay: false))
        i += endsToday ? 3 : 1
      case c.last where isWeekMonthOrWeekend(i + 1),
        c.this where isWeekMonthOrWeekend(i + 1),
        c.past where isWeekMonthOrWeekend(i + 1) && word(i - 1) == "the",
        c.the where idAt(i + 1) == c.weekend && ["over", "during", "at"].contains(word(i - 1) ?? ""):
        found.append(DateMention(vague: i..<(i + 2)))
        i += 1
      // "two weeks ago", "a month ago", "a few days ago" (a counted "two days ago" is a day).
      // ("two", "three", "four", "several", "few", "a", "couple" and "few", "several".)
      case _
      where c.isAgoCount[Int(w)] && idAt(i + 2) == c.ago
        && ([c.weeks, c.week, c.months, c.month].contains(idAt(i + 1))
          || ((w == c.few || w == c.several) && idAt(i + 1) == c.days)):
        found.append(DateMention(vague: i..<(i + 3)))
        i += 2
      // "the next day", "the following morning", "the day after" (not "the day after Kabul
      // fell": a day named by an event, not counted from the last date).
      // "the previous day", "the previous night": a day before the last date stated.
      case c.previous where word(i - 1) == "the" && isWord(i + 1, in: c.partsOfDay):
        found.append(DateMention(tokens: (i - 1)..<(i + 2), day: nil, isSameDay: false, daysLater: -1))
        i += 1
      case c.next where word(i - 1) == "the" && isWord(i + 1, in: c.partsOfDay),
        c.following where word(i - 1) == "the" && isWord(i + 1, in: c.partsOfDay):
        found.append(DateMention(tokens: (i - 1)..<(i + 2), day: nil, isSameDay: false, daysLater: 1))
        i += 1
      case c.day where word(i - 1) == "the" && word(i + 1) == "after" && [nil, ",", "."].contains(word(i + 2)):
        found.append(DateMention(tokens: (i - 1)..<(i + 2), day: nil, isSameDay: false, daysLater: 1))
        i += 1
      // "retook it on Thursday after the Taliban had seized it the day before": a day before the
      // last date stated (not "the day before Kabul fell").
      case c.day where word(i - 1) == "the" && word(i + 1) == "before" && [nil, ",", "."].contains(word(i + 2)):
        found.append(DateMention(tokens: (i - 1)..<(i + 2), day: nil, isSameDay: false, daysLater: -1))
        i += 1
      case c.this where isWord(i + 1, in: c.partsOfThisDay):
        found.append(DateMention(tokens: i..<(i + 2), day: published, isSameDay: false))
        i += 1
      case c.same where ["day", "night", "evening", "morning"].contains(word(i + 1) ?? ""):
        found.append(DateMention(tokens: i..<(i + 2), day: nil, isSameDay: true))
        i += 1
      // "By evening, forces had pushed them out", "later that night", "hours later": the day
      // told before.
      case c.by where isWord(i + 1, in: c.partsOfDayAfterBy):
        found.append(DateMention(tokens: i..<(i + 2), day: nil, isSameDay: true))
        i += 1
      case c.by where idAt(i + 1) == c.the && isWord(i + 2, in: c.partsOfDayAfterBy):
        found.append(DateMention(tokens: i..<(i + 3), day: nil, isSameDay: true))
        i += 2
      case c.later where idAt(i + 1) == c.that && isWord(i + 2, in: c.partsOfDay):
        found.append(DateMention(tokens: i..<(i + 3), day: nil, isSameDay: true))
        i += 2
      // "fell later in the day", "earlier in the evening": the day told before.
      case c.later where Self.isInThePartOfDay(word(i + 1), word(i + 2), word(i + 3)),
        c.earlier where Self.isInThePartOfDay(word(i + 1), word(i + 2), word(i + 3)):
        found.append(DateMention(tokens: i..<(i + 4), day: nil, isSameDay: true))
        i += 3
      // "That night, Pul-e-Alam fell", "late that evening": the day told before (not the "that"
      // of a clause, "officials said that night raids …": only at the start of a clause or
      // after a word that leads a time).
      case c.that where isWord(i + 1, in: c.partsOfDay) && Self.leadsAnaphoricTime(word(i - 1)):
        found.append(DateMention(tokens: i..<(i + 2), day: nil, isSameDay: true))
        i += 1
      case c.hours where word(i + 1) == "later":
        found.append(DateMention(tokens: i..<(i + 2), day: nil, isSameDay: true))
        i += 1
      // "fell shortly after to other sieges", "soon afterwards": the day told before (not
      // "shortly after the fall of Kunduz", a time named by an event).
      case c.shortly where Self.isBareAfter(word(i + 1), word(i + 2)), c.soon where Self.isBareAfter(word(i + 1), word(i + 2)):
        found.append(DateMention(tokens: i..<(i + 2), day: nil, isSameDay: true))
        i += 1
      default:
        // "a day later", "two days later", "a day earlier" (counted from the previous explicit
        // date).
        // "This came a day after Zaranj was seized", "it comes two days after …": the clause
        // after "after" happened that many days before the last date stated.
        // (The ids first: this is asked of most tokens. The next token's id read once for the
        // tests below: each `idAt` is a call.)
        let next = idAt(i + 1)
        if next == c.day || next == c.days, word(i + 2) == "after",
          offsetReportVerbs.contains(word(i - 1) ?? ""),
          let count = w == c.a || w == c.one ? 1 : MentionFinder.numberWords[word(i) ?? ""],
          count == 1 ? next == c.day : next == c.days
        {
          found.append(DateMention(tokens: i..<(i + 3), day: nil, isSameDay: false, daysLater: -count))
          i += 3
          continue
        }
        if w == c.a || w == c.one, next == c.day, idAt(i + 2) == c.later || idAt(i + 2) == c.earlier {
          found.append(DateMention(tokens: i..<(i + 3), day: nil, isSameDay: false, daysLater: idAt(i + 2) == c.later ? 1 : -1))
          i += 3
          continue
        }
        // "a week earlier", "weeks later", "a few days earlier", "months earlier": an uncounted
        // time before or after another, no day.
        if c.isUncountedTimeStart[Int(w)] {
          var k = i
          if w == c.a || w == c.few || w == c.several { k += 1 }
          if idAt(k) == c.few { k += 1 }
          let unit = idAt(k)
          let counted = unit == c.days && (k == i || idAt(k - 1) == c.few || idAt(k - 1) == c.several)
          // (Compared one by one: an array literal of the four ids was made on the heap for every
          // "a" and every number, 6 300 times on the 1 MB stream: callgrind, issue #16.)
          let isUnit = unit == c.week || unit == c.weeks || unit == c.month || unit == c.months
          if isUnit || counted, idAt(k + 1) == c.later || idAt(k + 1) == c.earlier {
            found.append(DateMention(vague: i..<(k + 2)))
            i = k + 2
            continue
          }
        }
        // "two days ago" ("two days back"); "two days later", "three days earlier" (from the
        // previous date).
        let numberWord = tables.numberWord[Int(wordID)]
        guard let n = numberWord != 0 ? numberWord : (kind == .number ? Int(tokens[i].lower) : nil) else { break }
        if (1...14).contains(n), next == c.day || next == c.days, idAt(i + 2) == c.ago || idAt(i + 2) == c.back {
          found.append(
            DateMention(tokens: i..<(i + 3), day: published?.adding(days: -n), isSameDay: false))
          i += 2
        } else if n % 24 == 0, (1...14).contains(n / 24), next == c.hours, idAt(i + 2) == c.ago {
          // "48 hours ago": whole days counted in hours (not "a few hours ago", the same day).
          found.append(
            DateMention(tokens: i..<(i + 3), day: published?.adding(days: -(n / 24)), isSameDay: false))
          i += 2
        } else if (2...14).contains(n), next == c.days, idAt(i + 2) == c.later || idAt(i + 2) == c.earlier {
          found.append(DateMention(tokens: i..<(i + 3), day: nil, isSameDay: false, daysLater: idAt(i + 2) == c.later ? n : -n))
          i += 2
        }
      }
      i += 1
    }
    markNotEventDays(&found, tokens, in: range, tables: tables)
    return found
  }

  /// The first year a month and day without a year may resolve to: the reports are about the
  /// 2021 offensive, and an older day is only believed with its year written out.
  static let earliestYearWithoutYear = 2021

  /// Words after "the next" / "the following" that make a day ("the next morning").
  static let partsOfDay: Set<String> = ["day", "morning", "afternoon", "evening", "night"]

  /// The parts of a day that "by" (or "by the") leads as a time later on the day told before
  /// ("By evening, forces had pushed them out").
  static let partsOfDayAfterBy: Set<String> = ["evening", "nightfall", "afternoon", "noon", "midday"]

  /// The parts of a day "this" makes the day of the report ("this morning").
  static let partsOfThisDay: Set<String> = ["morning", "afternoon", "evening"]

  /// Whether the three words after "later" or "earlier" are "in the" and a part of the day
  /// ("later in the day").
  static func isInThePartOfDay(_ first: String?, _ second: String?, _ third: String?) -> Bool {
    first == "in" && second == "the" && partsOfDay.contains(third ?? "")
  }

  /// Whether the word before "that night" lets it name the day told before: the start of the
  /// sentence, a comma, or a word that leads a time ("on", "by", "late", "early", "until").
  static func leadsAnaphoricTime(_ previous: String?) -> Bool {
    guard let previous else { return true }
    return [",", ";", "on", "by", "late", "early", "until", "and", "but", "then"].contains(previous)
  }

  static func resolve(month: Int, day: Int, year: Int?, published: Day?) -> Day? {
    if let year { return Day(year: year, month: month, day: day) }
    // No year and no publication date: the reports' year, as a Solar Hijri day without a year
    // is 1400 (`PersianDateFinder`).
    guard let published else { return Day(year: earliestYearWithoutYear, month: month, day: day) }
    let y = published.components.year
    guard let candidate = Day(year: y, month: month, day: day) else { return nil }
    if candidate <= published { return candidate }
    guard y - 1 >= earliestYearWithoutYear else { return nil }
    return Day(year: y - 1, month: month, day: day)
  }

  /// The day that is both `weekday` (0 Sunday … 6 Saturday) and day `dayOfMonth` of its month:
  /// the latest on or before publication within a year; without a publication date, the only
  /// such day of `earliestYearWithoutYear` (nil when there are several).
  static func resolve(weekday: Int, dayOfMonth: Int, published: Day?) -> Day? {
    var candidates: [Day] = []
    if let published {
      let (y, m, _) = published.components
      for back in 0..<13 {
        let index = y * 12 + (m - 1) - back
        let (year, month) = (index / 12, index % 12 + 1)
        if let day = Day(year: year, month: month, day: dayOfMonth), day <= published, day.weekday == weekday {
          return day
        }
      }
      return nil
    }
    for month in 1...12 {
      if let day = Day(year: earliestYearWithoutYear, month: month, day: dayOfMonth), day.weekday == weekday {
        candidates.append(day)
      }
    }
    return candidates.count == 1 ? candidates[0] : nil
  }

  /// Words before a date that make it the start of a range or a planned day.
  static let notEventDayCues: Set<String> = [
    "until", "till", "will", "would", "shall", "deadline", "scheduled", "due", "planned",
    "plans", "expected",
  ]

  /// The verbs before "N day(s) after" that make the phrase a date of its own ("This came a day
  /// after Zaranj was seized"), read here and left alone by `EventExtractor.dayOffsetClause`.
  static let offsetReportVerbs: Set<String> = ["came", "comes", "come"]

  /// The day of the month a number's text starts with (its leading digits, 1–31), or nil:
  /// `Int(text.prefix { $0.isNumber })` in `1...31`. An ASCII text (every number the tokenizer
  /// makes) is read from its bytes: its characters are its bytes, and of them only 0–9 are
  /// numbers. (The `Character` walk was about 1 000 instructions a number, 10.3 M on the 1 MB
  /// stream, callgrind, issue #16.) Any other text is read as before.
  static func dayNumber(_ text: String, isASCII: Bool) -> Int? {
    guard isASCII else {
      guard let value = Int(text.prefix { $0.isNumber }), (1...31).contains(value) else { return nil }
      return value
    }
    var value = 0
    var digits = 0
    for byte in text.utf8 {
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { break }
      value = value * 10 + Int(byte - UInt8(ascii: "0"))
      digits += 1
      // (More digits only make it larger.)
      if value > 31 { return nil }
    }
    return digits > 0 && value >= 1 ? value : nil
  }

  /// The words that end `markNotEventDays`' walk back from a date: false for a clause break
  /// (`TriggerFinder.clauseBreaks`, which wins where a word is in both lists), true for a cue
  /// (`notEventDayCues`).
  static let notEventDayStops: [String: Bool] = {
    var stops: [String: Bool] = [:]
    for word in notEventDayCues { stops[word] = true }
    for word in TriggerFinder.clauseBreaks { stops[word] = false }
    return stops
  }()

  /// `notEventDayStops[token.lower]` read by the token's word id (`RuleTables.notEventDayStop`:
  /// -1 for no entry) instead of hashing its text: a token with an id is that lexicon word's
  /// text; one without is asked of the dictionary only if it is not ASCII (no key is canonically
  /// equivalent to ASCII text but itself).
  @inline(__always)
  static func notEventDayStop(_ token: Token, tables: RuleTables) -> Bool? {
    if token.word != Lexicon.unknown {
      let stop = tables.notEventDayStop[Int(token.word)]
      return stop < 0 ? nil : stop == 1
    }
    return token.isASCII ? nil : notEventDayStops[token.lower]
  }

  /// `notEventDayStop(tokens[k], tables:)`, the token's fields read in place: an argument
  /// `tokens[k]` copied the whole token, its text retained and released (`markNotEventDays`
  /// asked it of up to six words before every date, 11 000 times on the 1 MB stream:
  /// callgrind, issue #16).
  @inline(__always)
  static func notEventDayStop(_ tokens: [Token], at k: Int, tables: RuleTables) -> Bool? {
    let word = tokens[k].word
    if word != Lexicon.unknown {
      let stop = tables.notEventDayStop[Int(word)]
      return stop < 0 ? nil : stop == 1
    }
    return tokens[k].isASCII ? nil : notEventDayStops[tokens[k].lower]
  }

  /// Whether a "since" up to thirteen words before the date at `first` (hyphens and apostrophes
  /// not counted), in its clause, opens a span by its beginning ("since the start of …", "since the US began withdrawing …", "since
  /// the start of foreign troops' withdrawal from Afghanistan on May 01", "since the U.S.
  /// withdrawal on May 1").
  ///
  /// (Each token read in place and asked with `Token.spells(_:)`, marks only of the marks and
  /// words only of the words: a `switch` on the text compared it with up to twelve cases, 210 000
  /// string compares and 8.6 M instructions for 2 100 dates on the 1 MB stream: callgrind,
  /// issue #16.)
  ///
  /// `since` is the word id of "since" (`RuleTables.sinceWord`): the words in reach are first
  /// looked over for it by id, and without it the answer is no (a token spells "since" exactly
  /// when it has that id: an ASCII token's id is its text's, and no other text equals "since").
  /// Most dates have none: reading every token's text was about 1 450 instructions a date
  /// (3.6 M on the 1 MB stream: callgrind, issue #16).
  static func opensSpanSince(_ tokens: [Token], before first: Int, in range: Range<Int>, since: WordID) -> Bool {
    tokens.withUnsafeBufferPointer { tokens in
      // (The reach of the walk below, past any mark that would end it first.)
      var j = first - 1
      var reached = 0
      var hasSince = false
      while j >= range.lowerBound, reached < 13 {
        if tokens[j].word == since {
          hasSince = true
          break
        }
        if tokens[j].kind != .punctuation { reached += 1 }
        j -= 1
      }
      guard hasSince else { return false }
      var k = first - 1
      var beginning = false
      var words = 0
      while k >= range.lowerBound, words < 13 {
        // (A mark's text is never a word's, nor a word's a mark's.)
        if tokens[k].kind == .punctuation {
          // (The full stop of an abbreviation, "since the U.S. withdrawal", ends nothing.)
          let abbreviated = tokens[k].spells(".") && k > range.lowerBound && Tokenizer.isAbbreviation(tokens[k - 1])
          if tokens[k].spells(",") || tokens[k].spells(";") || (tokens[k].spells(".") && !abbreviated) || tokens[k].spells(":") { return false }
        } else if tokens[k].spells("since") {
          return beginning
        } else if tokens[k].spells("start") || tokens[k].spells("beginning") || tokens[k].spells("began")
          || tokens[k].spells("begun") || tokens[k].spells("started") || tokens[k].spells("onset") || tokens[k].spells("launch")
          // ("the first city seized since the U.S. withdrawal on May 1": the withdrawal that
          // opened the span.)
          || tokens[k].spells("withdrawal") || tokens[k].spells("pullout") || tokens[k].spells("drawdown")
        {
          beginning = true
        }
        if tokens[k].kind != .punctuation { words += 1 }
        k -= 1
      }
      return false
    }
  }

  /// Marks dates that are not an event's day: after "until", or in a clause with a
  /// future or planning word before the date (up to six words back, not across a clause break).
  static func markNotEventDays(_ found: inout [DateMention], _ tokens: [Token], in range: Range<Int>, tables: RuleTables) {
    for f in found.indices {
      // "since yesterday", "since last night": a range that runs to the report, not a day an
      // event took place ("since early Friday, when the Taliban stormed the city" keeps its day).
      let first = found[f].tokens.lowerBound
      if first > range.lowerBound, tokens[first - 1].lower == "since", ["yesterday", "last"].contains(tokens[first].lower) {
        found[f].isNotEventDay = true
        continue
      }
      // "clashes are ongoing since Tuesday morning" too; but a day that a "when" clause after it
      // tells of keeps it.
      let last = found[f].tokens.upperBound
      if first > range.lowerBound, tokens[first - 1].lower == "since",
        !(last + 1 < range.upperBound && tokens[last].lower == "," && tokens[last + 1].lower == "when")
      {
        var k = last
        while k < range.upperBound, ["morning", "evening", "night", "afternoon"].contains(tokens[k].lower) { k += 1 }
        if !(k + 1 < range.upperBound && tokens[k].lower == "," && tokens[k + 1].lower == "when") {
          found[f].isNotEventDay = true
          continue
        }
      }
      // "has fallen since the start of the withdrawal on May 1", "since the US began pulling
      // out on May 1": the day a span began, not an event's.
      if Self.opensSpanSince(tokens, before: first, in: range, since: tables.sinceWord) {
        found[f].isNotEventDay = true
        continue
      }
      var k = found[f].tokens.lowerBound - 1
      var seen = 0
      while k >= range.lowerBound, seen < 6 {
        // (Read in place: `tokens[k].lower` copied the whole token here, 11 000 times on the
        // 1 MB stream. Asked with `Token.spells(_:)`: `==` on words that differ called the
        // standard library's comparison, 38 000 times: callgrind, issue #16.)
        if tokens.withUnsafeBufferPointer({ $0[k].spells("until") || $0[k].spells("till") }) {
          found[f].isNotEventDay = true
          break
        }
        // (One look-up for both lists, `notEventDayStops`, by word id: `notEventDayStop(_:tables:)`.)
        let stop = notEventDayStop(tokens, at: k, tables: tables)
        if stop == false || tokens.withUnsafeBufferPointer({ $0[k].spells(",") || $0[k].spells(".") }) { break }
        if stop == true {
          found[f].isNotEventDay = true
          break
        }
        k -= 1
        seen += 1
      }
    }
  }
}
