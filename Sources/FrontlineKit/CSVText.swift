import Foundation

/// The one CSV writer of every CSV the tool writes (`extract --format csv`, `gazetteer list
/// --format csv`, `check-record --format csv`, the snapshots' `summary.csv`).
///
/// Quoting follows RFC 4180, and cells are neutralised against formula injection as OWASP
/// recommends (<https://owasp.org/www-community/attacks/CSV_Injection>): article text ends up in
/// cells, and a spreadsheet runs a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage
/// return as a formula (a crafted report gave a working `=HYPERLINK(…)`). Such a cell gets a
/// leading single quote, which spreadsheets show as text, and is quoted.
///
/// A cell that is a plain decimal number (`-48`, `-62.2`) is left alone: it cannot be a formula,
/// and quoting it would turn the signed numbers of `check-record`'s `error_days` into text.
public enum CSVText {
  /// The characters that make a spreadsheet read a cell as a formula (OWASP).
  static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

  /// One cell, neutralised and quoted when it needs it.
  public static func field(_ s: String) -> String {
    if let first = s.first, formulaStarts.contains(first), !isPlainNumber(s) {
      return "\"'" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    if s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return s
  }

  /// One row of cells, without the line end.
  public static func row(_ cells: [String]) -> String {
    cells.map(field).joined(separator: ",")
  }

  /// `-?digits(.digits)?`: a number, and never a formula.
  static func isPlainNumber(_ s: String) -> Bool {
    var rest = Substring(s)
    if rest.first == "-" { rest = rest.dropFirst() }
    let parts = rest.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2 else { return false }
    return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
  }
}
