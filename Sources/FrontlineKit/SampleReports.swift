public import Extractor
import Chronology

/// One bundled sample report: id (file name without extension), publication date and text.
struct SampleReport: Sendable {
  let id: String
  let published: String
  /// The text split at `\n` (joined back by ``text``); kept as lines so the generated file
  /// stays readable.
  let lines: [String]

  var text: String { lines.joined(separator: "\n") }
}

/// The sample reports compiled into the binary (`samples/reports/` in the repository, embedded
/// by `Scripts/embed-samples.py`): short reports written for Frontline, in its authors' own
/// words, about real events of June–August 2021. `frontline run` with no report arguments
/// extracts from these.
public enum SampleReports {
  /// The samples as documents, in file-name order.
  public static var documents: [Document] {
    embedded.map { Document(id: $0.id, text: $0.text, published: Day(iso: $0.published)) }
  }
}
