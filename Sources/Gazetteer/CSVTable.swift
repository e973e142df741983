import Foundation

/// A parsed CSV file (RFC 4180): a header row and data rows, each row remembering the line it
/// started on so that errors can name it.
///
/// Quoted fields may contain commas, doubled quotes and line breaks. A UTF-8 byte-order mark is
/// skipped; CRLF and LF line endings are both accepted. Blank lines are skipped.
public struct CSVTable: Sendable, Hashable {
  /// Column names from the first row, trimmed of surrounding spaces.
  public let header: [String]
  /// The data rows, in file order.
  public let rows: [CSVRow]
  /// Where the text came from, used in error messages (a path or a label).
  public let source: String

  /// Parses CSV text.
  /// - Parameters:
  ///   - text: the whole file.
  ///   - source: a path or label for error messages.
  /// - Throws: `GazetteerError.malformedCSV` for an unterminated quote, a stray quote inside an
  ///   unquoted field, a row whose field count differs from the header's, or an empty file.
  public init(parsing text: String, source: String) throws {
    self.source = source
    let records = try Self.records(parsing: text, source: source)
    guard let first = records.first else {
      throw GazetteerError.malformedCSV(source: source, line: 1, reason: "the file is empty")
    }
    let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
    for record in records.dropFirst() where record.fields.count != header.count {
      throw GazetteerError.malformedCSV(
        source: source, line: record.line,
        reason: "\(record.fields.count) fields where the header has \(header.count)")
    }
    self.header = header
    self.rows = Array(records.dropFirst())
  }

  /// Splits CSV text into records without checking their field counts: the header is the first
  /// record. For formats whose rows may be shorter than the header (a baseline's optional
  /// date); ``init(parsing:source:)`` is this plus the check.
  /// - Parameters:
  ///   - text: the whole file.
  ///   - source: a path or label for error messages.
  /// - Returns: every non-blank record, unquoted but not trimmed, with the line it starts on.
  /// - Throws: `GazetteerError.malformedCSV` for an unterminated quote or a stray quote.
  public static func records(parsing text: String, source: String) throws -> [CSVRow] {
    var records: [CSVRow] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var recordLine = 1
    var inQuotes = false
    var fieldWasQuoted = false
    var atFieldStart = true
    var scalars = text.unicodeScalars[...]
    if scalars.first == "\u{FEFF}" { scalars = scalars.dropFirst() }
    var iterator = scalars.makeIterator()
    var pending: Unicode.Scalar? = nil

    func endRecord() {
      fields.append(field)
      if !(fields.count == 1 && fields[0].isEmpty && !fieldWasQuoted) {
        records.append(CSVRow(line: recordLine, fields: fields))
      }
      fields = []
      field = ""
      fieldWasQuoted = false
      atFieldStart = true
    }

    while let c = pending ?? iterator.next() {
      pending = nil
      if inQuotes {
        if c == "\"" {
          if let next = iterator.next() {
            if next == "\"" {
              field.unicodeScalars.append("\"")
            } else {
              inQuotes = false
              pending = next
            }
          } else {
            inQuotes = false
          }
        } else {
          if c == "\n" { line += 1 }
          field.unicodeScalars.append(c)
        }
        continue
      }
      switch c {
      case "\"":
        guard atFieldStart else {
          throw GazetteerError.malformedCSV(
            source: source, line: line, reason: "a quote inside an unquoted field")
        }
        inQuotes = true
        fieldWasQuoted = true
        atFieldStart = false
      case ",":
        fields.append(field)
        field = ""
        fieldWasQuoted = false
        atFieldStart = true
      case "\r":
        if let next = iterator.next(), next != "\n" { pending = next }
        endRecord()
        line += 1
        recordLine = line
      case "\n":
        endRecord()
        line += 1
        recordLine = line
      default:
        if fieldWasQuoted {
          throw GazetteerError.malformedCSV(
            source: source, line: line, reason: "text after a closing quote")
        }
        field.unicodeScalars.append(c)
        atFieldStart = false
      }
    }
    if inQuotes {
      throw GazetteerError.malformedCSV(
        source: source, line: recordLine, reason: "a quoted field is never closed")
    }
    if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
    return records
  }

  /// The position of a column, or a `GazetteerError.missingColumn` naming the file.
  public func column(_ name: String) throws -> Int {
    guard let index = header.firstIndex(of: name) else {
      throw GazetteerError.missingColumn(source: source, column: name)
    }
    return index
  }
}

/// One data row of a `CSVTable`.
public struct CSVRow: Sendable, Hashable {
  /// The 1-based line on which the row starts.
  public let line: Int
  /// The fields, unquoted, in column order.
  public let fields: [String]

  /// The field at `column`, trimmed of surrounding spaces.
  public subscript(column: Int) -> String {
    fields[column].trimmingCharacters(in: .whitespaces)
  }
}
