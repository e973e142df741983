import Chronology
import Extractor
import Foundation
import Gazetteer
import Projection
import Timeline

/// Everything the layer jobs share, prepared once before any file is written: the timeline,
/// the matched boundaries and every geometry in the output CRS (and in UTM 42N for maps).
///
/// All inputs (baseline, boundary files, CRS) are read and checked here, so a bad input stops
/// the job before it writes anything.
package struct LayerContext {
  package let index: PlaceIndex
  package let events: [Event]
  package let timeline: ControlTimeline
  package let options: LayerJobOptions
  package let geometry: LayerGeometry
  package let districtBoundaries: BoundaryMatching?
  package let provinceBoundaries: BoundaryMatching?
  /// The reports' `url` and `source` by event id (``LayerFeatures/provenance(of:)``).
  package let provenance: [String: ReportProvenance]

  /// The CRS maps are drawn in: WGS 84 / UTM zone 42N, the zone of central Afghanistan
  /// (Kabul), which keeps the whole country within about 0.1 % scale error.
  package static let mapCRS = CRS("EPSG:32642")

  package init(events: [Event], index: PlaceIndex, options: LayerJobOptions, warn: (String) -> Void) throws {
    self.index = index
    self.events = events
    self.options = options
    provenance = LayerFeatures.provenance(of: events)
    // The CRS first: a bad --crs fails before any file is read.
    let projector = try GeometryProjector(crs: options.output.crs)
    if options.output.format == .geojson, let crs = options.output.crs { _ = try LayerOutputOptions.crsName(crs) }
    let baseline = try options.baseline.map { try Baseline(contentsOf: $0, index: index) }
    timeline = ControlTimeline(events: events, baseline: baseline, index: index)
    districtBoundaries = try options.boundaries.matching(level: .district, index: index)
    provinceBoundaries = try options.provinces.matching(level: .province, index: index)
    geometry = try LayerGeometry(
      index: index, districtBoundaries: districtBoundaries, provinceBoundaries: provinceBoundaries,
      projector: projector)

    for line in districtBoundaries?.diagnostics(index: index) ?? [] { warn(line) }
    for line in provinceBoundaries?.diagnostics(index: index) ?? [] { warn(line) }
    for line in geometry.quantisationWarnings(decimals: options.output.resolvedPrecision, index: index) { warn(line) }
    for line in Self.diagnostics(of: timeline, events: events) { warn(line) }
    if let warning = options.output.crsWarning { warn(warning) }
  }

  /// The fold's diagnostics for standard error: events left out for lack of a date, a
  /// district, or because a baseline row supersedes them (shared by `run`, `export`,
  /// `snapshots` and `check-record`).
  package static func diagnostics(of timeline: ControlTimeline, events: [Event]) -> [String] {
    var lines: [String] = []
    if timeline.undatedEventCount > 0 {
      lines.append("\(timeline.undatedEventCount) event\(timeline.undatedEventCount == 1 ? " has" : "s have") no date (\(undatedReports(events))); the timeline ignores \(timeline.undatedEventCount == 1 ? "it" : "them") (their text dates them only vaguely, e.g. \"last week\", or the report has no publication date: give one with --published or NAME.meta.json)")
    }
    if timeline.unplacedEventCount > 0 {
      lines.append("\(timeline.unplacedEventCount) control event\(timeline.unplacedEventCount == 1 ? "" : "s") name\(timeline.unplacedEventCount == 1 ? "s" : "") no district (a region, or a pcode the gazetteer lacks) and \(timeline.unplacedEventCount == 1 ? "is" : "are") left out of the timeline")
    }
    if timeline.supersededEventCount > 0 {
      lines.append("\(timeline.supersededEventCount) event\(timeline.supersededEventCount == 1 ? " is" : "s are") dated before the baseline row of \(timeline.supersededEventCount == 1 ? "its" : "their") district and \(timeline.supersededEventCount == 1 ? "was" : "were") ignored")
    }
    return lines
  }

  /// How many report ids the undated-events warning names before "and N more".
  package static let namedUndatedReports = 5

  /// The reports (document ids) of the undated events, in input order: `report a`,
  /// `reports a, b, c, d, e and 7 more`.
  package static func undatedReports(_ events: [Event]) -> String {
    var seen = Set<String>()
    let docs = events.filter { $0.date == nil }.map(\.doc).filter { seen.insert($0).inserted }
    var text = (docs.count == 1 ? "report " : "reports ") + docs.prefix(namedUndatedReports).joined(separator: ", ")
    if docs.count > namedUndatedReports { text += " and \(docs.count - namedUndatedReports) more" }
    return text
  }

  /// The day layers describe when no `--date` is given: the last event day, else the start of
  /// the record.
  package var defaultDay: Day { timeline.lastEventDay ?? timeline.start }
}
