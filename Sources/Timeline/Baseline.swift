import Foundation
import Extractor
public import Projection
public import Gazetteer
import Chronology

/// A published assessment to start the timeline from: a CSV file `pcode,status[,date]`.
///
/// The header line is required and names the columns (`pcode,status` or
/// `pcode,status,date`, any case). Each row seeds one district: `status` is `taliban`,
/// `contested` or `government`; `date` (`YYYY-MM-DD`, optional) is the day the assessment
/// holds from. Blank lines are skipped; fields are trimmed; a UTF-8 byte-order mark and CRLF
/// line ends are accepted; quoting follows RFC 4180 (read by ``CSVTable``).
///
/// ```
/// pcode,status,date
/// AF1310,government,2021-05-01
/// AF1113,contested,2021-06-01
/// ```
public struct Baseline: Sendable, Hashable {
  /// One seeded district.
  public struct Entry: Sendable, Hashable {
    /// District pcode (`AF1310`).
    public let pcode: String
    /// Its status from the assessment.
    public let status: ControlStatus
    /// The day the status holds from; nil for "from the start of the record" (see
    /// ``ControlTimeline``).
    public let date: Day?
    /// 1-based line in the file.
    public let line: Int

    public init(pcode: String, status: ControlStatus, date: Day?, line: Int) {
      self.pcode = pcode
      self.status = status
      self.date = date
      self.line = line
    }
  }

  /// The file name as given (quoted in evidence and errors).
  public let file: String
  /// The rows, in file order.
  public let entries: [Entry]

  /// Creates a baseline from entries already checked.
  public init(file: String, entries: [Entry]) {
    self.file = file
    self.entries = entries
  }

  /// Reads a baseline file.
  /// - Throws: ``BaselineError`` naming the file (and line).
  public init(contentsOf path: String, index: PlaceIndex) throws(BaselineError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw .unreadable(file: path, reason: "it is a directory, not a CSV file")
    }
    // An empty regular file is not read: FileManager.contents(atPath:) leaks its 4 KiB buffer
    // on one (swift-foundation 6.3, found by `swift test --sanitize=address`).
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if attributes?[.size] as? Int == 0, attributes?[.type] as? FileAttributeType == .typeRegular {
      throw .missingHeader(file: path, found: "")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .unreadable(file: path, reason: "no such file (or not readable)")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .unreadable(file: path, reason: "not valid UTF-8")
    }
    try self.init(csv: text, file: path, index: index)
  }

  /// Parses baseline CSV text.
  /// - Parameters:
  ///   - text: the file's text.
  ///   - file: the name used in errors and evidence.
  ///   - index: the gazetteer that must know every pcode (as a district).
  /// - Throws: ``BaselineError`` for a missing header, a wrong number of fields, an unknown
  ///   pcode, an unknown status, a bad date or a district listed twice.
  public init(csv text: String, file: String, index: PlaceIndex) throws(BaselineError) {
    let records: [CSVRow]
    do {
      records = try CSVTable.records(parsing: text, source: file)
    } catch let GazetteerError.malformedCSV(_, line, reason) {
      throw .malformedCSV(file: file, line: line, reason: reason)
    } catch {
      throw .unreadable(file: file, reason: "\(error)")
    }
    var header: [String]?
    var entries: [Entry] = []
    var firstLine: [String: Int] = [:]
    for record in records {
      let line = record.line
      let fields = record.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      if fields.allSatisfy(\.isEmpty) { continue }
      guard let columns = header else {
        let names = fields.map { $0.lowercased() }
        guard names == ["pcode", "status"] || names == ["pcode", "status", "date"] else {
          throw .missingHeader(
            file: file, found: record.fields.joined(separator: ",").trimmingCharacters(in: .whitespacesAndNewlines))
        }
        header = names
        continue
      }
      guard fields.count == columns.count || (columns.count == 3 && fields.count == 2) else {
        throw .wrongFieldCount(file: file, line: line, expected: columns.count, found: fields.count)
      }
      let pcode = fields[0].uppercased()
      guard let place = index.place(id: pcode), place.level == .district else {
        let guess = index.lookup(fields[0], levels: [.district]).first.map { "\($0.place.id) (\($0.place.name))" }
        throw .unknownPcode(file: file, line: line, value: fields[0], suggestion: guess)
      }
      guard let status = ControlStatus(rawValue: fields[1].lowercased()), status != .unknown else {
        throw .unknownStatus(file: file, line: line, value: fields[1])
      }
      var date: Day?
      if fields.count == 3, !fields[2].isEmpty {
        guard let day = Day(iso: fields[2]) else {
          throw .badDate(file: file, line: line, value: fields[2])
        }
        date = day
      }
      if let first = firstLine[pcode] {
        throw .duplicateDistrict(file: file, line: line, pcode: pcode, firstLine: first)
      }
      firstLine[pcode] = line
      entries.append(Entry(pcode: pcode, status: status, date: date, line: line))
    }
    guard header != nil else { throw .missingHeader(file: file, found: "") }
    self.init(file: file, entries: entries)
  }
}

/// Why a baseline file was rejected. Every message names the file (and line) and says what a
/// valid value looks like.
public enum BaselineError: FrontlineFailure, Hashable, Sendable {
  /// The file cannot be read or is not UTF-8.
  case unreadable(file: String, reason: String)
  /// The first non-blank line is not `pcode,status[,date]`.
  case missingHeader(file: String, found: String)
  /// The CSV itself is broken (an unclosed or stray quote).
  case malformedCSV(file: String, line: Int, reason: String)
  /// A row has too few or too many fields.
  case wrongFieldCount(file: String, line: Int, expected: Int, found: Int)
  /// The pcode is not one of the gazetteer's 399 district pcodes.
  case unknownPcode(file: String, line: Int, value: String, suggestion: String?)
  /// The status is not `taliban`, `contested` or `government`.
  case unknownStatus(file: String, line: Int, value: String)
  /// The date is not an existing `YYYY-MM-DD` day.
  case badDate(file: String, line: Int, value: String)
  /// A district is listed twice.
  case duplicateDistrict(file: String, line: Int, pcode: String, firstLine: Int)

  public var description: String {
    switch self {
    case .unreadable(let file, let reason):
      return "cannot read baseline \(file): \(reason)"
    case .missingHeader(let file, let found):
      let shown = found.isEmpty ? "an empty file" : "'\(found)'"
      return "\(file):1: baseline needs the header line 'pcode,status' or 'pcode,status,date', found \(shown)"
    case .malformedCSV(let file, let line, let reason):
      return "\(file):\(line): malformed CSV: \(reason)"
    case .wrongFieldCount(let file, let line, let expected, let found):
      return "\(file):\(line): expected \(expected) fields (pcode,status[,date]), found \(found)"
    case .unknownPcode(let file, let line, let value, let suggestion):
      var text = "\(file):\(line): '\(value)' is not a district pcode of the gazetteer"
      if let suggestion { text += "; did you mean \(suggestion)?" } else {
        text += "; `frontline gazetteer list --level district` lists them"
      }
      return text
    case .unknownStatus(let file, let line, let value):
      return "\(file):\(line): unknown status '\(value)' (use taliban, contested or government)"
    case .badDate(let file, let line, let value):
      return "\(file):\(line): '\(value)' is not a date of the form YYYY-MM-DD"
    case .duplicateDistrict(let file, let line, let pcode, let firstLine):
      return "\(file):\(line): \(pcode) is already listed on line \(firstLine); keep one row per district"
    }
  }
}
