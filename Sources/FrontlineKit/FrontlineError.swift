public import Projection

/// Failures of a Frontline job, worded for the person at the terminal: what failed and what to
/// do about it.
public enum FrontlineError: FrontlineFailure, Hashable {
  /// A look-up found no place.
  case noMatch(query: String, province: String?, suggestions: [String])
  /// A `--province` value names no province.
  case unknownProvince(String)
  /// An input is not usable; the message says which and why.
  case invalidInput(String)
  /// A record file for `check-record` (``FallRecord``) is unusable: the file, the line when
  /// one is to blame, and what is wrong.
  case invalidRecord(file: String, line: Int?, problem: RecordProblem)

  public var description: String {
    switch self {
    case .noMatch(let query, let province, let suggestions):
      var text = "no place matches '\(query)'"
      if let province { text += " in province '\(province)'" }
      if !suggestions.isEmpty {
        text += "; did you mean: " + suggestions.joined(separator: ", ") + "?"
      } else {
        text += "; try another spelling, or `frontline gazetteer list` to see every name"
      }
      return text
    case .unknownProvince(let name):
      return "'\(name)' is not a province; `frontline gazetteer list --level province` lists them"
    case .invalidInput(let message):
      return message
    case .invalidRecord(let file, let line, let problem):
      return file + (line.map { ":\($0)" } ?? "") + ": \(problem)"
    }
  }
}
