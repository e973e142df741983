import Chronology
import Extractor
import Foundation
import FrontlineKit
import FrontlineTestSupport
import Gazetteer
import Testing

/// `frontline check-record` through the built binary: small records and events written here,
/// and the provincial capitals record of `../shared/data` against the dev corpus of
/// `../shared/corpus/dev` (both read in place, never copied).
@Suite(.enabled(if: LayersSupport.frontline != nil, "the frontline executable is not built"))
struct CheckRecordCLITests {
  typealias S = LayersSupport

  /// `../shared/data/afg_provincial_capitals_fall_2021.csv`.
  static let capitalsRecord = S.sharedData.appendingPathComponent("afg_provincial_capitals_fall_2021.csv")
  /// `../shared/corpus/dev`.
  static let devCorpus = S.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")

  /// One hand-made event on `pcode` (a district, or a province standing for its capital).
  static func event(_ id: String, _ type: EventType, _ pcode: String, _ date: String?, actor: Actor = .taliban) throws -> Event {
    let place = try #require(S.index.place(id: pcode))
    return Event(
      id: id, doc: String(id.prefix { $0 != "#" }), type: type, actor: actor, place: EventPlace(place, in: S.index),
      mention: place.name, date: date.flatMap { Day(iso: $0) }, datePrecision: date == nil ? .unknown : .day,
      confidence: 1, sentence: "", span: [], evidence: "", rule: "test")
  }

  static func write(_ text: String, to url: URL) throws {
    try Data(text.utf8).write(to: url)
  }

  @Test func eventsFileIsFoldedAndComparedRowByRow() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let events = [
      try Self.event("a#1", .contested, "AF2701", "2021-07-01"),
      try Self.event("a#2", .captured, "AF27", "2021-08-12"),  // the province: applied to its capital
      try Self.event("b#1", .captured, "AF1901", "2021-06-21"),
      try Self.event("b#2", .recaptured, "AF1901", "2021-06-25", actor: .government),
      try Self.event("b#3", .captured, "AF1901", "2021-08-08"),
      try Self.event("c#1", .captured, "AF3401", nil),
    ]
    try Self.write(ExtractJob.render(events, format: .jsonl), to: directory.appendingPathComponent("events.jsonl"))
    try Self.write(
      "pcode,date\nAF2701,2021-08-13\nAF1901,2021-08-08\nAF3401,2021-08-06\n", to: directory.appendingPathComponent("r.csv"))
    let result = try S.run(["check-record", "r.csv", "--events", "events.jsonl"], in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == """
      pcode   name      recorded    alt  taliban_from  error_days  first_event
      AF2701  Kandahar  2021-08-13  -    2021-08-12    -1          a#2 (via province AF27)
      AF1901  Kunduz    2021-08-08  -    2021-06-21    -48         b#1  EARLY
      AF3401  Zaranj    2021-08-06  -    -             -           -
      taliban in the timeline: 2 of 3 recorded districts (6 events)
      median absolute error: 24.5 days
      more than 2 days early: 1 (Kunduz -48)

      """, "\(result.stdout)")
    #expect(result.stderr == "frontline: warning: 1 event has no date (report c); the timeline ignores it (their text dates them only vaguely, e.g. \"last week\", or the report has no publication date: give one with --published or NAME.meta.json)\n")

    let csv = try S.run(["check-record", "r.csv", "--events", "events.jsonl", "--format", "csv"], in: directory)
    #expect(csv.status == 0)
    #expect(csv.stdout.split(separator: "\n").count == 4)
    #expect(csv.stdout.contains("\nAF1901,Kunduz,2021-08-08,,2021-06-21,-48,b#1\n"))
  }

  @Test func reportsAreExtractedAsRunDoes() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.write("pcode,date\nAF1310,2021-06-23\n", to: directory.appendingPathComponent("r.csv"))
    try Self.write(
      "The districts of Samkani and Janikhil fell to the Taliban in Paktia province on Wednesday, June 23.\n",
      to: directory.appendingPathComponent("paktia.txt"))
    let result = try S.run(["check-record", "r.csv", "paktia.txt", "--published", "2021-06-24", "--format", "json"], in: directory)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(#""rows":[{"pcode":"AF1310","name":"Chamkani","recorded":"2021-06-23","alt":null,"taliban_from":"2021-06-23","error_days":0,"early":false,"first_event":"paktia#1","via_province":null}]"#), "\(result.stdout)")
  }

  @Test func badRecordExitsOneNamingFileAndLineBeforeReadingEvents() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.write("capital_district_pcode,fall_date\nAF3401,2021-08-06\nAF9999,2021-08-07\n", to: directory.appendingPathComponent("r.csv"))
    try Self.write("not json\n", to: directory.appendingPathComponent("events.jsonl"))
    let result = try S.run(["check-record", "r.csv", "--events", "events.jsonl"], in: directory)
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.hasPrefix("frontline: error: r.csv:3: 'AF9999' is not a district pcode of the gazetteer"), "\(result.stderr)")
  }

  @Test(arguments: [
    (["check-record", "r.csv"], "give report files or directories, or --events FILE"),
    (["check-record", "r.csv", "x.txt", "--events", "e.jsonl"], "give either --events or report files, not both"),
    (["check-record", "missing.csv", "--events", "e.jsonl"], "missing.csv: no such record file"),
    (["check-record", "r.csv", "--events", "e.jsonl", "--format", "xml"], "'xml'"),
  ])
  func usageErrorsExit64(_ arguments: [String], _ message: String) throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    try Self.write("pcode,date\nAF3401,2021-08-06\n", to: directory.appendingPathComponent("r.csv"))
    try Self.write("", to: directory.appendingPathComponent("e.jsonl"))
    let result = try S.run(arguments, in: directory)
    #expect(result.status == 64, "\(arguments)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test func helpHasAnExample() throws {
    let result = try S.run(["check-record", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("frontline check-record ../shared/data/afg_provincial_capitals_fall_2021.csv"))
    #expect(result.stdout.contains("--events <file>"))
  }

  // MARK: - The provincial capitals record against the dev corpus

  /// A gold event of `../shared/corpus/dev/NAME.gold.json` (see its README).
  struct GoldEvent: Decodable {
    let type: String
    let place: String
    let level: String
    let date: String?
    let actor: String?
    let pcode: String?
    let note: String?
  }
  struct GoldFile: Decodable { let events: [GoldEvent] }

  /// What `check-record --format json` prints.
  struct Comparison: Decodable {
    struct Row: Decodable {
      let pcode: String
      let name: String
      let recorded: String
      let alt: String?
      let taliban_from: String?
      let error_days: Int?
      let early: Bool
      let first_event: String?
    }
    let found: Int
    let total: Int
    let median_abs_error_days: Double?
    let early: Int
    let rows: [Row]
  }

  /// The dev corpus's gold events as `Event`s: `attack` (optional in the gold, and no control
  /// statement) is left out; a city is its district (the gold's pcode already is); a temporary
  /// district (pcode null) is its 399-set parent, found by name as the dev-corpus score does.
  static func goldEvents() throws -> [Event] {
    let names = try FileManager.default.contentsOfDirectory(atPath: devCorpus.path)
      .filter { $0.hasSuffix(".gold.json") }.sorted()
    var events: [Event] = []
    for name in names {
      let doc = String(name.dropLast(".gold.json".count))
      let gold = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: devCorpus.appendingPathComponent(name)))
      for (n, item) in gold.events.enumerated() {
        guard let type = EventType(rawValue: item.type) else { continue }
        // A capture one side claims and the other denies is optional to extract (corpus README).
        if item.note?.hasPrefix("DISPUTED:") == true { continue }
        let place: Place
        if let pcode = item.pcode {
          place = try #require(S.index.place(id: pcode), "\(name): gold pcode \(pcode) is not in the gazetteer")
        } else {
          place = try #require(
            S.index.lookup(item.place, levels: [.district]).first?.place, "\(name): '\(item.place)' has no 399-set district")
        }
        let actor = item.actor.flatMap(Actor.init(rawValue:))
          ?? (type == .captured || type == .contested ? .taliban : type == .mobilization ? .locals : .government)
        events.append(Event(
          id: "\(doc)#g\(n + 1)", doc: doc, type: type, actor: actor, place: EventPlace(place, in: S.index),
          mention: item.place, date: item.date.flatMap { Day(iso: $0) },
          datePrecision: item.date == nil ? .unknown : .day, confidence: 1, sentence: "", span: [], evidence: "",
          rule: "gold"))
      }
    }
    return events
  }

  static var hasDevCorpusAndRecord: Bool {
    for url in [capitalsRecord, devCorpus] where !FileManager.default.fileExists(atPath: url.path) {
      print("CheckRecordCLITests: skipped: \(url.path) is absent (the record and the dev corpus live in ../shared)")
      return false
    }
    return true
  }

  static func days(_ error: Int?) -> String {
    guard let error else { return "" }
    return error > 0 ? "+\(error)" : String(error)
  }

  /// Folds the gold events and Frontline's own extraction of the dev corpus, each through
  /// `check-record`, and holds Frontline to the record: no capital `taliban` more than 2 days
  /// before both recorded days, and every capital the gold fold gets within a day of the record
  /// found within a day too. Prints the per-capital table (record, gold fold, Frontline).
  @Test(.enabled(if: hasDevCorpusAndRecord, "../shared/data or ../shared/corpus/dev is absent"))
  func devCorpusFoldAgreesWithTheCapitalsRecord() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let goldFile = directory.appendingPathComponent("gold.jsonl")
    try Self.write(ExtractJob.render(try Self.goldEvents(), format: .jsonl), to: goldFile)

    let goldRun = try S.run(["check-record", Self.capitalsRecord.path, "--events", goldFile.path, "--format", "json"])
    #expect(goldRun.status == 0, "gold fold: \(goldRun.stderr)")
    let frontlineRun = try S.run(["check-record", Self.capitalsRecord.path, Self.devCorpus.path, "--format", "json"])
    #expect(frontlineRun.status == 0, "Frontline fold: \(frontlineRun.stderr)")
    let gold = try JSONDecoder().decode(Comparison.self, from: Data(goldRun.stdout.utf8))
    let frontline = try JSONDecoder().decode(Comparison.self, from: Data(frontlineRun.stdout.utf8))
    try #require(gold.rows.map(\.pcode) == frontline.rows.map(\.pcode))

    let rows = zip(gold.rows, frontline.rows).map { g, f -> [String] in
      [
        f.pcode, f.name, f.recorded + (f.alt.map { "/" + $0 } ?? ""),
        g.taliban_from ?? "-", Self.days(g.error_days), f.taliban_from ?? "-", Self.days(f.error_days),
        f.first_event.map { $0 + (f.early ? " EARLY" : "") } ?? "",
      ]
    }
    print(renderTable(
      header: ["pcode", "capital", "record", "gold_fold", "err", "frontline", "err", "frontline_event"], rows: rows), terminator: "")
    func median(_ c: Comparison) -> String { c.median_abs_error_days.map { JSONValue.format($0, decimals: 1) } ?? "-" }
    print("gold fold: \(gold.found) of \(gold.total) capitals taliban, median |error| \(median(gold)) days, \(gold.early) more than 2 days early")
    print("Frontline: \(frontline.found) of \(frontline.total) capitals taliban, median |error| \(median(frontline)) days, \(frontline.early) more than 2 days early")

    for (g, f) in zip(gold.rows, frontline.rows) {
      let recorded = f.recorded + (f.alt.map { " or \($0)" } ?? "")
      #expect(
        !f.early,
        "\(f.pcode) \(f.name): the Frontline fold turns it taliban on \(f.taliban_from ?? "-") (event \(f.first_event ?? "-")), \(-(f.error_days ?? 0)) days before the record (\(recorded)); the gold fold says \(g.taliban_from ?? "never")")
      if let goldError = g.error_days, abs(goldError) <= 1 {
        let found = f.error_days.map { abs($0) <= 1 } ?? false
        #expect(
          found,
          "\(f.pcode) \(f.name): the gold fold turns it taliban on \(g.taliban_from ?? "-") (record \(recorded)) but the Frontline fold \(f.taliban_from.map { "on \($0) (\(Self.days(f.error_days)) days)" } ?? "never does")")
      }
    }
  }
}
