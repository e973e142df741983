import Chronology
import Extractor
import Foundation
import FrontlineKit
import Testing

/// Parsing of `check-record`'s RECORD file (``FallRecord``) and the comparison figures, from
/// small CSV texts written here.
@Suite struct FallRecordTests {
  static let index = LayersSupport.index

  static func day(_ text: String) -> Day { Day(iso: text)! }

  struct Good: CustomStringConvertible, Sendable {
    let name: String
    let csv: String
    /// (pcode, name, date, alt, line)
    let expected: [(String, String, String, String?, Int)]
    var description: String { name }
  }

  static let good: [Good] = [
    Good(
      name: "the shared file's header, quoted cells, empty and given alt_date",
      csv: """
        province_pcode,province,capital,capital_district_pcode,fall_date,alt_date,confidence,sources
        AF34,Nimroz,Zaranj,AF3401,2021-08-06,,high,"https://a.example/x, https://b.example/y"
        AF27,Kandahar,Kandahar,AF2701,2021-08-13,2021-08-12,high,https://c.example/z
        """,
      expected: [
        ("AF3401", "Zaranj", "2021-08-06", nil, 2),
        ("AF2701", "Kandahar", "2021-08-13", "2021-08-12", 3),
      ]),
    Good(
      name: "a plain pcode,date table takes the gazetteer's district names",
      csv: "pcode,date\nAF1310,2021-06-23\n\nAF1901,2021-08-08\n",
      expected: [("AF1310", "Chamkani", "2021-06-23", nil, 2), ("AF1901", "Kunduz", "2021-08-08", nil, 4)]),
    Good(
      name: "header in any case with spaces, a byte-order mark, CRLF, a lower-case pcode",
      csv: "\u{FEFF} PCODE , Date \r\naf3401 , 2021-08-06 \r\n",
      expected: [("AF3401", "Zaranj", "2021-08-06", nil, 2)]),
    Good(
      name: "an alt_date equal to fall_date is no alternative; an empty name column falls back",
      csv: "name,district_pcode,fall_date,alt_date\n,AF3201,2021-08-12,2021-08-12\n",
      expected: [("AF3201", "Hirat", "2021-08-12", nil, 2)]),  // OCHA spelling
  ]

  @Test(arguments: good)
  func goodRecordsRead(_ c: Good) throws {
    let record = try FallRecord(csv: c.csv, file: "r.csv", index: Self.index)
    #expect(record.entries.count == c.expected.count)
    for (entry, (pcode, name, date, alt, line)) in zip(record.entries, c.expected) {
      #expect(entry.pcode == pcode)
      #expect(entry.name == name)
      #expect(entry.date == Self.day(date))
      #expect(entry.alternateDate == alt.map(Self.day))
      #expect(entry.line == line)
    }
  }

  struct Bad: CustomStringConvertible, Sendable {
    let name: String
    let csv: String
    let line: Int?
    let problem: RecordProblem
    /// A part of the message the user sees.
    let message: String
    var description: String { name }
  }

  static let bad: [Bad] = [
    Bad(
      name: "no pcode column", csv: "district,fall_date\nKunduz,2021-08-08\n", line: 1,
      problem: .missingColumn(role: "district pcode", accepted: FallRecord.pcodeColumns, found: ["district", "fall_date"]),
      message: "r.csv:1: the record has no district pcode column: name one 'capital_district_pcode' or 'district_pcode' or 'pcode' (the header has district,fall_date)"),
    Bad(
      name: "no date column", csv: "pcode,fell_on\nAF1901,2021-08-08\n", line: 1,
      problem: .missingColumn(role: "date", accepted: FallRecord.dateColumns, found: ["pcode", "fell_on"]),
      message: "r.csv:1: the record has no date column"),
    Bad(
      name: "a date that is not YYYY-MM-DD", csv: "pcode,date\nAF3401,2021-08-06\nAF1901,08/08/2021\n", line: 3,
      problem: .badDate(column: "date", value: "08/08/2021"),
      message: "r.csv:3: date '08/08/2021' is not a date of the form YYYY-MM-DD"),
    Bad(
      name: "a day that does not exist", csv: "pcode,date\nAF1901,2021-02-30\n", line: 2,
      problem: .badDate(column: "date", value: "2021-02-30"), message: "r.csv:2: date '2021-02-30'"),
    Bad(
      name: "a bad alt_date",
      csv: "capital_district_pcode,fall_date,alt_date\nAF2701,2021-08-13,Aug 12\n", line: 2,
      problem: .badDate(column: "alt_date", value: "Aug 12"), message: "r.csv:2: alt_date 'Aug 12'"),
    Bad(
      name: "an empty date", csv: "pcode,date\nAF1901,\n", line: 2,
      problem: .emptyField(column: "date"), message: "r.csv:2: 'date' is empty"),
    Bad(
      name: "an unknown pcode", csv: "pcode,date\nAF9999,2021-08-08\n", line: 2,
      problem: .unknownPcode("AF9999", suggestion: nil),
      message: "r.csv:2: 'AF9999' is not a district pcode of the gazetteer; `frontline gazetteer list --level district` lists them"),
    Bad(
      name: "a province pcode suggests its capital district", csv: "pcode,date\nAF19,2021-08-08\n", line: 2,
      problem: .unknownPcode("AF19", suggestion: "AF1901 (Kunduz, the capital district of Kunduz)"),
      message: "did you mean AF1901 (Kunduz, the capital district of Kunduz)?"),
    Bad(
      name: "a district listed twice", csv: "pcode,date\nAF1901,2021-08-08\nAF1901,2021-08-09\n", line: 3,
      problem: .duplicateDistrict("AF1901", firstLine: 2), message: "r.csv:3: AF1901 is already listed on line 2"),
    Bad(
      name: "a row with too many fields", csv: "pcode,date\nAF1901,2021-08-08,x\n", line: 2,
      problem: .malformedCSV("3 fields where the header has 2"), message: "r.csv:2: malformed CSV"),
    Bad(
      name: "a header without rows", csv: "pcode,date\n", line: nil, problem: .noRows,
      message: "r.csv: the record has no rows"),
    Bad(name: "an empty file", csv: "", line: 1, problem: .noRows, message: "r.csv:1: the record has no rows"),
  ]

  @Test(arguments: bad)
  func badRecordsNameFileLineAndProblem(_ c: Bad) {
    let expected = FrontlineError.invalidRecord(file: "r.csv", line: c.line, problem: c.problem)
    #expect(throws: expected) { try FallRecord(csv: c.csv, file: "r.csv", index: Self.index) }
    #expect(expected.description.hasPrefix("r.csv"))
    #expect(expected.description.contains(c.message), "\(expected.description)")
  }

  @Test func aMissingFileOrADirectoryIsUnreadable() throws {
    #expect(throws: FrontlineError.invalidRecord(file: "/nonexistent/r.csv", line: nil, problem: .unreadable("no such file"))) {
      try FallRecord(contentsOf: "/nonexistent/r.csv", index: Self.index)
    }
    let directory = try LayersSupport.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(
      throws: FrontlineError.invalidRecord(
        file: directory.path, line: nil, problem: .unreadable("it is a directory, not a CSV file"))
    ) { try FallRecord(contentsOf: directory.path, index: Self.index) }
  }

  // MARK: - The comparison figures

  static func entry(_ pcode: String, _ date: String, alt: String? = nil) -> FallRecord.Entry {
    FallRecord.Entry(pcode: pcode, name: pcode, date: day(date), alternateDate: alt.map(day), line: 2)
  }

  static func row(_ entry: FallRecord.Entry, _ first: String?) -> RecordComparisonRow {
    RecordComparisonRow(entry: entry, firstTalibanDay: first.map(day), firstEventID: first.map { _ in "d#1" }, viaProvince: nil)
  }

  @Test func errorIsFromTheNearerRecordedDayAndEarlyMeansBeforeBoth() {
    let kandahar = Self.entry("AF2701", "2021-08-13", alt: "2021-08-12")
    #expect(Self.row(kandahar, "2021-08-12").errorDays == 0)
    #expect(Self.row(kandahar, "2021-08-14").errorDays == 1)
    #expect(Self.row(kandahar, "2021-08-10").errorDays == -2)
    #expect(!Self.row(kandahar, "2021-08-10").isEarly)  // 2 days before the alt date: tolerated
    #expect(Self.row(kandahar, "2021-08-09").errorDays == -3)
    #expect(Self.row(kandahar, "2021-08-09").isEarly)
    #expect(Self.row(kandahar, nil).errorDays == nil)
    #expect(!Self.row(kandahar, nil).isEarly)
    // A tie between the two days is measured from fall_date.
    let tie = Self.entry("AF0101", "2021-08-14", alt: "2021-08-16")
    #expect(Self.row(tie, "2021-08-15").errorDays == 1)
  }

  @Test func summaryCountsFoundMedianAndEarly() {
    let rows = [
      Self.row(Self.entry("AF3401", "2021-08-06"), "2021-08-06"),  // 0
      Self.row(Self.entry("AF2801", "2021-08-07"), "2021-08-08"),  // +1
      Self.row(Self.entry("AF1901", "2021-08-08"), "2021-06-21"),  // -48, early
      Self.row(Self.entry("AF1801", "2021-08-08"), "2021-08-11"),  // +3
      Self.row(Self.entry("AF0101", "2021-08-15"), nil),
    ]
    let comparison = RecordComparison(record: "r.csv", rows: rows, eventCount: 9)
    #expect(comparison.found.count == 4)
    #expect(comparison.medianAbsoluteErrorDays == 2)  // 0 1 3 48
    #expect(comparison.early.map(\.entry.pcode) == ["AF1901"])
    let table = comparison.rendered(format: .table)
    #expect(table.contains("AF1901  AF1901  2021-08-08  -    2021-06-21    -48         d#1  EARLY\n"), "\(table)")
    #expect(table.contains("AF0101  AF0101  2021-08-15  -    -             -           -\n"), "\(table)")
    #expect(table.hasSuffix("""
      taliban in the timeline: 4 of 5 recorded districts (9 events)
      median absolute error: 2 days
      more than 2 days early: 1 (AF1901 -48)

      """), "\(table)")
    let csv = comparison.rendered(format: .csv)
    #expect(csv.hasPrefix("pcode,name,recorded,alt,taliban_from,error_days,first_event\nAF3401,AF3401,2021-08-06,,2021-08-06,0,d#1\n"))
    #expect(csv.hasSuffix("AF0101,AF0101,2021-08-15,,,,\n"))
    let json = comparison.rendered(format: .json)
    #expect(json.hasPrefix(#"{"record":"r.csv","events":9,"found":4,"total":5,"median_abs_error_days":2,"early_tolerance_days":2,"early":1,"rows":[{"pcode":"AF3401","name":"AF3401","recorded":"2021-08-06","alt":null,"taliban_from":"2021-08-06","error_days":0,"early":false,"first_event":"d#1","via_province":null},"#), "\(json)")
  }

  @Test func nothingFoundHasNoMedian() {
    let comparison = RecordComparison(record: "r.csv", rows: [Self.row(Self.entry("AF0101", "2021-08-15"), nil)], eventCount: 0)
    #expect(comparison.medianAbsoluteErrorDays == nil)
    #expect(comparison.rendered(format: .table).contains("median absolute error: -\n"))
  }
}
