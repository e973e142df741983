import Chronology

/// A news text to extract events from.
public struct Document: Sendable, Hashable {
  /// Identifier written into every event (`doc`): a file name without extension, or a JSON
  /// Lines record's `id`.
  public let id: String
  /// The text. Offsets in events count its Unicode scalars.
  public let text: String
  /// The publication date, against which "on Sunday" or "yesterday" are resolved.
  public let published: Day?
  /// The report's language; nil: detected from the text (`DocumentLanguage.detect`).
  public var language: DocumentLanguage?

  public init(id: String, text: String, published: Day?, language: DocumentLanguage? = nil) {
    self.id = id
    self.text = text
    self.published = published
    self.language = language
  }
}
