public import Extractor
import Foundation

/// Where a report came from: the `url` and `source` (outlet) of its `NAME.meta.json` or JSON
/// Lines record. Carried into every event of the report (``Event/url``, ``Event/source``), the
/// `events` layer, the layers' evidence and the GeoPackage `evidence` table.
public struct ReportProvenance: Sendable, Hashable {
  /// The report's address, e.g. `https://kabulnow.com/2021/06/…`.
  public var url: String?
  /// The outlet, e.g. `Kabul Now`.
  public var source: String?

  /// Nothing known.
  public static let unknown = ReportProvenance()

  public init(url: String? = nil, source: String? = nil) {
    self.url = url
    self.source = source
  }

  /// Reads `url` and `source` from a JSON object (a meta file or a record): strings only,
  /// trimmed; empty or other types count as absent.
  package init(json object: [String: Any]) {
    func text(_ key: String) -> String? {
      guard let value = (object[key] as? String)?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty
      else { return nil }
      return value
    }
    self.init(url: text("url"), source: text("source"))
  }

  /// `events` with this provenance set (events that already carry one keep it).
  public func stamp(_ events: [Event]) -> [Event] {
    guard self != .unknown else { return events }
    return events.map { event in
      var copy = event
      copy.url = copy.url ?? url
      copy.source = copy.source ?? source
      return copy
    }
  }
}
