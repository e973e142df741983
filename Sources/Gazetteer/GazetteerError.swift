public import Projection

/// Failures of the gazetteer: unreadable or inconsistent data files and failed look-ups.
public enum GazetteerError: FrontlineFailure, Hashable {
  /// A CSV file could not be parsed.
  case malformedCSV(source: String, line: Int, reason: String)
  /// A required column is absent from a CSV header.
  case missingColumn(source: String, column: String)
  /// A row's value is invalid (bad number, coordinate out of range, unknown parent, …).
  case invalidRow(source: String, line: Int, reason: String)
  /// A gazetteer file could not be read.
  case unreadable(path: String, reason: String)

  public var description: String {
    switch self {
    case .malformedCSV(let source, let line, let reason):
      return "\(source):\(line): malformed CSV: \(reason)"
    case .missingColumn(let source, let column):
      return "\(source): missing column '\(column)' in the header"
    case .invalidRow(let source, let line, let reason):
      return "\(source):\(line): \(reason)"
    case .unreadable(let path, let reason):
      return "cannot read gazetteer file \(path): \(reason)"
    }
  }
}
