/// Renders rows as a plain-text table with left-aligned columns separated by two spaces.
public func renderTable(header: [String], rows: [[String]]) -> String {
  var widths = header.map(\.count)
  for row in rows {
    for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
  }
  func line(_ cells: [String]) -> String {
    var text = ""
    for (i, cell) in cells.enumerated() {
      if i == cells.count - 1 {
        text += cell
      } else {
        text += cell + String(repeating: " ", count: widths[i] - cell.count + 2)
      }
    }
    return text
  }
  return ([line(header)] + rows.map(line)).joined(separator: "\n") + "\n"
}
