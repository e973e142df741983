import Chronology
import Extractor
import Foundation
import Gazetteer
import Testing

/// One event told in every combination of the ways a report names a provincial capital
/// (bare, with an apposition or a relative clause, "the city of", a possessive province, "the
/// capital of … province") and the verb frames of each event type, subject and object side.
/// A construction that works for one naming and not another fails here: the grid catches
/// the gaps a list of single sentences leaves.
@Suite struct ExtractorPhrasingGridTests {
  struct Cell: CustomStringConvertible, Sendable {
    let text: String
    let type: String
    var description: String { text }
  }

  /// The place the city grid names: Maymana, the capital of Faryab.
  static let place = "AF2901"

  /// Ways to name the city as a subject (before its verb).
  static let subjects = [
    "Maimana", "Maimana, the capital of Faryab,", "Maimana, which had been besieged for weeks,", "The city of Maimana",
    "Maimana city in northern Faryab province", "Faryab's capital Maimana", "Faryab's provincial capital",
    "The capital of Faryab province", "Maimana, a city of 150,000 people,",
  ]
  /// Verbs after a subject, and the event type they tell.
  static let subjectVerbs: [(String, String)] = [
    ("fell to the Taliban on Sunday", "captured"), ("surrendered to the Taliban on Sunday", "captured"),
    ("was captured by the Taliban on Sunday", "captured"), ("was overrun by the insurgents on Sunday", "captured"),
    ("came under Taliban control on Sunday", "captured"), ("collapsed on Sunday", "captured"),
    ("was handed over to the Taliban on Sunday", "captured"), ("was retaken by government forces on Sunday", "recaptured"),
    ("was recaptured by commandos on Sunday", "recaptured"), ("has been under siege since Sunday", "contested"),
    ("is surrounded by the Taliban", "contested"), ("is on the verge of collapse", "contested"),
  ]
  /// Ways to name the city as an object (after its verb).
  static let objects = [
    "Maimana", "Maimana, the capital of Faryab,", "the city of Maimana", "Faryab's capital, Maimana,",
    "the provincial capital of Faryab", "Maimana city in Faryab province", "the capital of Faryab province",
    "the northern city of Maimana",
  ]
  /// Frames around an object (`%`), and the event type they tell.
  static let objectFrames: [(String, String)] = [
    ("The Taliban captured % on Sunday.", "captured"), ("The Taliban overran % on Sunday.", "captured"),
    ("The Taliban took control of % on Sunday.", "captured"), ("The Taliban seized control of % on Sunday.", "captured"),
    ("Government forces withdrew from % on Sunday.", "captured"), ("Afghan forces retook % on Sunday.", "recaptured"),
    ("Commandos drove the Taliban out of % on Sunday.", "recaptured"), ("The Taliban besieged % on Sunday.", "contested"),
    ("The insurgents entered % on Sunday.", "contested"), ("Heavy fighting broke out in % on Sunday.", "contested"),
    ("Residents of % took up arms on Sunday.", "mobilization"), ("Soldiers fled to % on Sunday.", "retreated_to"),
  ]

  /// The district grid: Qaisar (Qaysar, AF2907) named as a district in every usual way.
  static let district = "AF2907"
  static let districtSubjects = [
    "Qaisar district", "The Qaisar district of Faryab", "Qaisar district in Faryab province", "Faryab's Qaisar district",
    "The district of Qaisar", "Qaisar, a district in western Faryab,", "Qaisar district, which borders Turkmenistan,", "Qaisar",
    "The centre of Qaisar district", "Qaisar district centre",
  ]
  static let districtSubjectVerbs: [(String, String)] = [
    ("has been taken over by the Taliban", "captured"), ("was lost to the Taliban on Monday", "captured"),
    ("is now under Taliban control", "captured"), ("is in Taliban hands", "captured"),
    ("fell into Taliban hands on Monday", "captured"), ("was abandoned by government forces", "captured"),
    ("was evacuated by the army on Monday", "captured"), ("fell to the insurgents overnight", "captured"),
    ("has collapsed", "captured"), ("was liberated by the army on Monday", "recaptured"),
    ("was cleared of the Taliban on Monday", "recaptured"), ("is contested", "contested"), ("is under threat", "contested"),
    ("has been under Taliban siege for a week", "contested"),
  ]
  static let districtObjects = [
    "Qaisar district", "the Qaisar district of Faryab", "Qaisar district in Faryab province", "Faryab's Qaisar district",
    "the district of Qaisar", "Qaisar, a district in western Faryab", "the centre of Qaisar district", "Qaisar district centre",
    "the strategic Qaisar district",
  ]
  static let districtObjectFrames: [(String, String)] = [
    ("The army recaptured % on Monday.", "recaptured"), ("Government forces regained control of % on Monday.", "recaptured"),
    ("The Taliban stormed % on Monday.", "contested"), ("The Taliban laid siege to % on Monday.", "contested"),
    ("The Taliban are closing in on %.", "contested"), ("Afghan forces abandoned % on Monday.", "captured"),
    ("Security forces pulled out of % on Monday.", "captured"), ("The militants gained control over % on Monday.", "captured"),
    ("Local elders handed over % to the Taliban on Monday.", "captured"), ("The Taliban took over % on Monday.", "captured"),
    ("Taliban fighters raised their flag in % on Monday.", "captured"), ("The insurgents have captured %.", "captured"),
    ("The Taliban claimed to have captured % on Monday.", "captured"),
    ("Hundreds of people in % have taken up arms.", "mobilization"),
  ]

  static let districtCells: [Cell] =
    districtSubjects.flatMap { s in districtSubjectVerbs.map { v in Cell(text: "\(s) \(v.0).", type: v.1) } }
    + districtObjects.flatMap { o in districtObjectFrames.map { f in Cell(text: f.0.replacingOccurrences(of: "%", with: o), type: f.1) } }

  /// The clause grid: two events in one sentence (or two), each in a clause of its own, for
  /// every ordered pair of clauses and every way of joining them; both events and nothing else
  /// (but a rising in the province named as a container) must come out.
  static let clauses: [(String, String)] = [
    ("the Taliban captured Qaisar district", "captured AF2907"), ("government forces retook Almar district", "recaptured AF2904"),
    ("fighting raged in Maimana city", "contested AF2901"), ("hundreds of residents in Shirin Tagab took up arms", "mobilization AF2906"),
    ("soldiers fled to Andkhoy", "retreated_to AF2913"), ("Pashtun Kot district fell to the insurgents", "captured AF2902"),
    ("the Taliban besieged Dawlat Abad district", "contested AF2909"), ("the militants overran Garziwan district", "captured AF2908"),
  ]
  static let joins = [
    "{a}, and {b}.", "{a}, while {b}.", "{a} after {b}.", "After {b}, {a}.", "{a} as {b}.", "{a}; {b}.", "{a}, but {b}.",
    "{a}. Meanwhile, {b}.", "Officials said {a} and that {b}.", "{a}, a day after {b}.", "{a} on Sunday, and on Monday {b}.",
    "Although {b}, {a}.",
  ]
  struct Pair: CustomStringConvertible, Sendable {
    let text: String
    let expected: Set<String>
    var description: String { text }
  }
  static let pairs: [Pair] = clauses.indices.flatMap { i in
    clauses.indices.filter { $0 != i }.flatMap { j in
      joins.map { join in
        let text = join.replacingOccurrences(of: "{a}", with: clauses[i].0).replacingOccurrences(of: "{b}", with: clauses[j].0)
        return Pair(text: text.prefix(1).uppercased() + text.dropFirst(), expected: [clauses[i].1, clauses[j].1])
      }
    }
  }

  @Test(arguments: pairs) func clausePairGivesBothEvents(_ pair: Pair) {
    let found = ExtractorRuleTests.summary(pair.text, published: "2021-07-15").subtracting(["mobilization AF29"])
    #expect(found == pair.expected, "\(pair.text): missing \(pair.expected.subtracting(found).sorted()), also \(found.subtracting(pair.expected).sorted())")
  }

  /// The date grid: the clause pairs of the clause grid, each clause with a day of its own, in
  /// the joins where each clause keeps its day; every event must carry its clause's day
  /// (published Thursday 2021-07-15).
  static let days: [(String, String)] = [
    ("on Sunday", "2021-07-11"), ("on Monday", "2021-07-12"), ("late on Tuesday", "2021-07-13"), ("on July 4", "2021-07-04"),
    ("yesterday", "2021-07-14"), ("last Friday", "2021-07-09"), ("on Saturday night", "2021-07-10"),
  ]
  static let datedJoins = [
    "{a} {da}, and {b} {db}.", "{a} {da}, while {b} {db}.", "{a} {da} after {b} {db}.", "{a} {da}; {b} {db}.",
    "{a} {da}. Officials said {b} {db}.",
  ]
  static let datedPairs: [Pair] = clauses.indices.flatMap { i in
    clauses.indices.filter { $0 != i }.flatMap { j in
      datedJoins.flatMap { join in
        [(0, 1), (2, 3), (4, 5), (6, 0)].map { (x, y) in
          var text = join.replacingOccurrences(of: "{a}", with: clauses[i].0).replacingOccurrences(of: "{b}", with: clauses[j].0)
          text = text.replacingOccurrences(of: "{da}", with: days[x].0).replacingOccurrences(of: "{db}", with: days[y].0)
          return Pair(
            text: text.prefix(1).uppercased() + text.dropFirst(),
            expected: ["\(clauses[i].1) \(days[x].1)", "\(clauses[j].1) \(days[y].1)"])
        }
      }
    }
  }

  @Test(arguments: datedPairs) func clausePairKeepsEachClausesDay(_ pair: Pair) {
    let found = Set(
      ExtractorRuleTests.events(pair.text, published: "2021-07-15")
        .filter { $0.place.pcode != "AF29" && $0.place.level != .region }
        .map { "\($0.type.rawValue) \($0.place.pcode) \($0.date?.description ?? "null")" })
    #expect(found == pair.expected, "\(pair.text): missing \(pair.expected.subtracting(found).sorted()), also \(found.subtracting(pair.expected).sorted())")
  }

  static let cells: [Cell] =
    subjects.flatMap { s in subjectVerbs.map { v in Cell(text: "\(s) \(v.0).", type: v.1) } }
    + objects.flatMap { o in
      objectFrames.map { f in
        // (An apposition's closing comma before "on Sunday" or the full stop is dropped.)
        var object = o
        if object.hasSuffix(","), f.0.hasSuffix("% on Sunday.") { object.removeLast() }
        return Cell(text: f.0.replacingOccurrences(of: "%", with: object), type: f.1)
      }
    }

  /// Each cell gives its event on Qaisar and nothing else but, at most, a contest of it or a
  /// rising in the province named as its container.
  @Test(arguments: districtCells) func districtCellGivesItsEvent(_ cell: Cell) {
    let found = ExtractorRuleTests.summary(cell.text, published: "2021-07-15")
    let expected = "\(cell.type) \(Self.district)"
    #expect(found.contains(expected), "\(cell.text): missing \(expected); got \(found.sorted())")
    #expect(
      found.subtracting([expected, "contested \(Self.district)", "mobilization AF29"]).isEmpty, "\(cell.text): also \(found.sorted())")
  }

  /// Each cell gives its event on Maymana and nothing else but, at most, a contest of it (a
  /// siege told in a relative clause) or, for a rising, the province named as its container
  /// (as "uprising forces seized Deh Salah district of Baghlan" rises in Baghlan).
  @Test(arguments: cells) func cellGivesItsEvent(_ cell: Cell) {
    let found = ExtractorRuleTests.summary(cell.text, published: "2021-07-15")
    let expected = "\(cell.type) \(Self.place)"
    #expect(found.contains(expected), "\(cell.text): missing \(expected); got \(found.sorted())")
    #expect(
      found.subtracting([expected, "contested \(Self.place)", "mobilization AF29"]).isEmpty, "\(cell.text): also \(found.sorted())")
  }
}
