import Foundation
import Extractor
public import Gazetteer
import Chronology

/// A published record of the day districts fell to the Taliban, to check a control timeline
/// against: a CSV file with a header line.
///
/// Columns are found by name (any case, surrounding spaces ignored); others are ignored:
///
/// | role | accepted names | required |
/// |---|---|---|
/// | district pcode | `capital_district_pcode`, `district_pcode`, `pcode` | yes |
/// | day it fell | `fall_date`, `date` | yes |
/// | minority day, where sources differ | `alt_date` | no (cells may be empty) |
/// | name shown | `capital`, `name` | no (default: the gazetteer's district name) |
///
/// So both `../shared/data/afg_provincial_capitals_fall_2021.csv`
/// (`province_pcode,province,capital,capital_district_pcode,fall_date,alt_date,…`) and a plain
/// table read:
///
/// ```
/// pcode,date
/// AF3401,2021-08-06
/// AF2801,2021-08-07
/// ```
///
/// Quoting follows RFC 4180 (``CSVTable``); blank lines are skipped. Every pcode must be a
/// district of the gazetteer and appear once; dates are `YYYY-MM-DD`.
public struct FallRecord: Sendable, Hashable {
  /// One recorded district.
  public struct Entry: Sendable, Hashable {
    /// District pcode (`AF2701`).
    public let pcode: String
    /// The name the record gives (the capital), else the gazetteer's district name.
    public let name: String
    /// The day the record says the district fell.
    public let date: Day
    /// The minority day where sources differ (often a capture overnight), if given.
    public let alternateDate: Day?
    /// 1-based line in the file.
    public let line: Int

    /// Creates an entry.
    public init(pcode: String, name: String, date: Day, alternateDate: Day?, line: Int) {
      self.pcode = pcode
      self.name = name
      self.date = date
      self.alternateDate = alternateDate
      self.line = line
    }

    /// The recorded days: ``date``, then ``alternateDate`` when given.
    public var dates: [Day] { [date] + (alternateDate.map { [$0] } ?? []) }
  }

  /// Accepted header names of the district pcode column, in order of preference.
  public static let pcodeColumns = ["capital_district_pcode", "district_pcode", "pcode"]
  /// Accepted header names of the date column, in order of preference.
  public static let dateColumns = ["fall_date", "date"]
  /// Header name of the optional alternate date column.
  public static let alternateDateColumn = "alt_date"
  /// Accepted header names of the optional name column, in order of preference.
  public static let nameColumns = ["capital", "name"]

  /// The file name as given (quoted in errors).
  public let file: String
  /// The rows, in file order.
  public let entries: [Entry]

  /// Creates a record from entries already checked.
  public init(file: String, entries: [Entry]) {
    self.file = file
    self.entries = entries
  }

  /// Reads a record file.
  /// - Parameters:
  ///   - path: the CSV file.
  ///   - index: the gazetteer that must know every pcode as a district.
  /// - Throws: `FrontlineError.invalidRecord` naming the file (and the line).
  public init(contentsOf path: String, index: PlaceIndex) throws(FrontlineError) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .invalidRecord(file: path, line: nil, problem: .unreadable("no such file"))
    }
    if isDirectory.boolValue {
      throw .invalidRecord(file: path, line: nil, problem: .unreadable("it is a directory, not a CSV file"))
    }
    // An empty regular file is not read: FileManager.contents(atPath:) leaks its 4 KiB buffer
    // on one (swift-foundation 6.3; see Baseline).
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if attributes?[.size] as? Int == 0, attributes?[.type] as? FileAttributeType == .typeRegular {
      throw .invalidRecord(file: path, line: 1, problem: .noRows)
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .invalidRecord(file: path, line: nil, problem: .unreadable("cannot be read"))
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .invalidRecord(file: path, line: nil, problem: .unreadable("not valid UTF-8"))
    }
    try self.init(csv: text, file: path, index: index)
  }

  /// Parses record CSV text.
  /// - Parameters:
  ///   - text: the file's text.
  ///   - file: the name used in errors.
  ///   - index: the gazetteer that must know every pcode as a district.
  /// - Throws: `FrontlineError.invalidRecord` for malformed CSV, a missing column, an empty
  ///   pcode or date, a bad date, a pcode that is not a district, a district listed twice, or
  ///   a file without rows.
  public init(csv text: String, file: String, index: PlaceIndex) throws(FrontlineError) {
    let table: CSVTable
    do {
      table = try CSVTable(parsing: text, source: file)
    } catch let GazetteerError.malformedCSV(_, line, reason) {
      if reason == "the file is empty" { throw .invalidRecord(file: file, line: 1, problem: .noRows) }
      throw .invalidRecord(file: file, line: line, problem: .malformedCSV(reason))
    } catch {
      throw .invalidRecord(file: file, line: nil, problem: .malformedCSV("\(error)"))
    }
    let names = table.header.map { $0.lowercased() }
    func column(_ accepted: [String]) -> Int? {
      accepted.lazy.compactMap { names.firstIndex(of: $0) }.first
    }
    guard let pcodeColumn = column(Self.pcodeColumns) else {
      throw .invalidRecord(
        file: file, line: 1, problem: .missingColumn(role: "district pcode", accepted: Self.pcodeColumns, found: table.header))
    }
    guard let dateColumn = column(Self.dateColumns) else {
      throw .invalidRecord(
        file: file, line: 1, problem: .missingColumn(role: "date", accepted: Self.dateColumns, found: table.header))
    }
    let alternateColumn = column([Self.alternateDateColumn])
    let nameColumn = column(Self.nameColumns)

    var entries: [Entry] = []
    var firstLine: [String: Int] = [:]
    for row in table.rows {
      let value = row[pcodeColumn]
      guard !value.isEmpty else {
        throw .invalidRecord(file: file, line: row.line, problem: .emptyField(column: table.header[pcodeColumn]))
      }
      let pcode = value.uppercased()
      guard let place = index.place(id: pcode), place.level == .district else {
        throw .invalidRecord(
          file: file, line: row.line, problem: .unknownPcode(value, suggestion: Self.suggestion(for: value, index: index)))
      }
      func day(_ column: Int) throws(FrontlineError) -> Day? {
        let text = row[column]
        if text.isEmpty { return nil }
        guard let day = Day(iso: text) else {
          throw .invalidRecord(file: file, line: row.line, problem: .badDate(column: table.header[column], value: text))
        }
        return day
      }
      guard let date = try day(dateColumn) else {
        throw .invalidRecord(file: file, line: row.line, problem: .emptyField(column: table.header[dateColumn]))
      }
      var alternate: Day?
      if let alternateColumn { alternate = try day(alternateColumn) }
      if let first = firstLine[pcode] {
        throw .invalidRecord(file: file, line: row.line, problem: .duplicateDistrict(pcode, firstLine: first))
      }
      firstLine[pcode] = row.line
      let given = nameColumn.map { row[$0] } ?? ""
      entries.append(Entry(
        pcode: pcode, name: given.isEmpty ? place.name : given, date: date,
        alternateDate: alternate == date ? nil : alternate, line: row.line))
    }
    guard !entries.isEmpty else { throw .invalidRecord(file: file, line: nil, problem: .noRows) }
    self.init(file: file, entries: entries)
  }

  /// A district the user may have meant: the capital of a province pcode, or the district a
  /// name matches.
  static func suggestion(for value: String, index: PlaceIndex) -> String? {
    if let place = index.place(id: value.uppercased()), place.level == .province,
      let capital = index.districts(inProvince: place.id).first(where: \.isCapital)
    {
      return "\(capital.id) (\(capital.name), the capital district of \(place.name))"
    }
    return index.lookup(value, levels: [.district]).first.map { "\($0.place.id) (\($0.place.name))" }
  }
}

/// What is wrong with a record file (``FallRecord``); `FrontlineError.invalidRecord` carries it
/// with the file and line.
public enum RecordProblem: Hashable, Sendable, CustomStringConvertible {
  /// The file is missing, a directory or not UTF-8.
  case unreadable(String)
  /// The CSV itself is broken (an unclosed quote, a row with the wrong number of fields …).
  case malformedCSV(String)
  /// The header has no column for `role`.
  case missingColumn(role: String, accepted: [String], found: [String])
  /// A required cell is empty.
  case emptyField(column: String)
  /// A date cell is not an existing `YYYY-MM-DD` day.
  case badDate(column: String, value: String)
  /// The pcode is not a district pcode of the gazetteer.
  case unknownPcode(String, suggestion: String?)
  /// A district is listed twice.
  case duplicateDistrict(String, firstLine: Int)
  /// The file has a header but no rows.
  case noRows

  public var description: String {
    switch self {
    case .unreadable(let reason):
      return "cannot read the record: \(reason)"
    case .malformedCSV(let reason):
      return "malformed CSV: \(reason)"
    case .missingColumn(let role, let accepted, let found):
      return "the record has no \(role) column: name one "
        + accepted.map { "'\($0)'" }.joined(separator: " or ")
        + " (the header has " + (found.isEmpty ? "no columns" : found.joined(separator: ",")) + ")"
    case .emptyField(let column):
      return "'\(column)' is empty"
    case .badDate(let column, let value):
      return "\(column) '\(value)' is not a date of the form YYYY-MM-DD"
    case .unknownPcode(let value, let suggestion):
      var text = "'\(value)' is not a district pcode of the gazetteer"
      if let suggestion { text += "; did you mean \(suggestion)?" } else {
        text += "; `frontline gazetteer list --level district` lists them"
      }
      return text
    case .duplicateDistrict(let pcode, let firstLine):
      return "\(pcode) is already listed on line \(firstLine); keep one row per district"
    case .noRows:
      return "the record has no rows (a header line, then one row per district)"
    }
  }
}
