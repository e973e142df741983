import Foundation
public import Extractor
public import Gazetteer
import Projection
public import Timeline
import GeoJSON
import GeoModel
import SVGWriters
import Chronology
import Layers

/// What `frontline snapshots` wrote.
public struct SnapshotSummary: Sendable {
  /// The snapshot folder.
  public let directory: String
  /// The snapshot days, ascending.
  public let dates: [Day]
  /// Districts per status on each day, in the order of ``dates``.
  public let counts: [[ControlStatus: Int]]
  /// Area per status in km² on each day (empty without boundaries).
  public let areas: [[ControlStatus: Double]]
  /// The GeoPackage holding every day's layers (`snapshots.gpkg`), with `--format gpkg`.
  public var geoPackage: String? = nil

  /// A short report for the terminal.
  public var text: String {
    guard let first = dates.first, let last = dates.last else { return "no snapshot dates\n" }
    var text = "\(directory)/: \(dates.count) snapshot\(dates.count == 1 ? "" : "s") from \(first) to \(last)"
    if let geoPackage {
      text += " (\(geoPackage): district_control_snapshots, mobilization_snapshots, events, timeline, evidence;"
        + " YYYY-MM-DD/map.svg; index.json; summary.csv; chart.svg)\n"
    } else {
      text += " (YYYY-MM-DD/district-control, mobilization, map.svg; index.json; summary.csv; chart.svg)\n"
    }
    if let final = counts.last {
      text += "on \(last): " + ControlStatus.allCases.sorted().map { "\($0.rawValue) \(final[$0] ?? 0)" }
        .joined(separator: ", ") + "\n"
    }
    return text
  }
}

/// `frontline snapshots`: the district-control and mobilization layers and a map for each day
/// of a range, plus `index.json`, `summary.csv` and `chart.svg`.
///
/// Layout of the output folder:
/// ```
/// DIR/2021-06-20/district-control.geojson   (or .geojsonl)
/// DIR/2021-06-20/mobilization.geojson
/// DIR/2021-06-20/map.svg                    districts coloured by status, UTM 42N
/// DIR/index.json                            {"from", "to", "every", "dates": [{"date", "counts"}]}
/// DIR/summary.csv                           date, count per status (+ km² per status with boundaries)
/// DIR/chart.svg                             the same as stacked areas over time (``chart(_:credit:)``)
/// ```
/// Days are written in parallel (one task per day, each with its own writers); the bytes do not
/// depend on the number of cores.
public enum SnapshotJob {
  /// Status colours of the maps: a red–orange–blue scheme that stays distinct for the common
  /// colour-vision deficiencies, with light grey for "no report".
  public static let palette: [ControlStatus: SVGColor] = [
    .taliban: SVGColor(red: 0xc0, green: 0x39, blue: 0x2b),
    .contested: SVGColor(red: 0xf3, green: 0x9c, blue: 0x12),
    .government: SVGColor(red: 0x2e, green: 0x86, blue: 0xc1),
    .unknown: SVGColor(red: 0xd5, green: 0xd8, blue: 0xdc),
  ]

  /// Vertices closer than this (metres, UTM 42N) are dropped from map polygons: about a third
  /// of a pixel on the 960 px wide map of Afghanistan's ~1 350 km, so the drawing looks the
  /// same while the SVG shrinks roughly tenfold with full-resolution boundaries.
  static let mapTolerance = 500.0

  /// Fill opacity of a stale status on the maps: light enough to read as "old news", dark
  /// enough that the four colours stay apart.
  public static let staleOpacity = 0.35

  /// The legend row of faded districts.
  static func staleLabel(_ days: Int) -> String {
    "Faded: no report in \(days) day\(days == 1 ? "" : "s")"
  }

  /// Whether a district's status is stale on `day`: known (not `unknown`), and its last report
  /// more than `days` days before.
  public static func isStale(_ state: DistrictState, on day: Day, after days: Int) -> Bool {
    guard state.status != .unknown, let age = state.ageInDays(on: day) else { return false }
    return age > days
  }

  /// Legend labels.
  static let labels: [ControlStatus: String] = [
    .taliban: "Taliban", .contested: "Contested", .government: "Government", .unknown: "Unknown (no report)",
  ]

  /// Writes snapshots of `events` into `options.outputDirectory`.
  /// - Throws: as ``RunJob/run(events:index:options:snapshots:warn:progress:)``.
  public static func run(
    events: [Event], index: PlaceIndex, options: LayerJobOptions, range: SnapshotRange,
    warn: (String) -> Void = { _ in }, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> SnapshotSummary {
    let context = try LayerContext(events: events, index: index, options: options, warn: warn)
    let days = try resolve(range, context: context)
    return try write(days, into: options.outputDirectory, context: context, progress: progress)
  }

  /// The days of `range`, defaults filled from the timeline.
  /// - Throws: `FrontlineError.invalidInput` when `from` is after `to` or there are too many.
  static func resolve(_ range: SnapshotRange, context: LayerContext) throws -> [Day] {
    let from = range.from ?? context.timeline.firstEventDay ?? context.timeline.start
    let to = range.to ?? context.timeline.lastEventDay ?? from
    guard from <= to else {
      throw FrontlineError.invalidInput("snapshots: --from \(from) is after --to \(to) (the last event day when --to is not given)")
    }
    var days = (0...(to.ordinal - from.ordinal) / range.step.days).map { from.adding(days: $0 * range.step.days) }
    // The last day is always a snapshot (a shorter last step), so `--every 7d` does not stop
    // silently before --to.
    if let last = days.last, last < to { days.append(to) }
    guard days.count <= 3660 else {
      throw FrontlineError.invalidInput("snapshots: \(days.count) dates from \(from) to \(to); at most 3660 (use a larger --every)")
    }
    return days
  }

  /// What every day's task needs; all `Sendable`.
  private struct Inputs: Sendable {
    let index: PlaceIndex
    let timeline: ControlTimeline
    let districtGeometry: [String: Geometry]
    let provinceGeometry: [String: Geometry]
    /// The same geometries encoded once for the whole run (not once a day).
    let districtEncoded: [String: EncodedGeometry]
    let provinceEncoded: [String: EncodedGeometry]
    let mapDistricts: [String: Geometry]
    let mapOutlines: [Geometry]
    /// The map paths formatted once for the whole run (not once a day; issue 16), or nil.
    var mapPaths: SVGMapWriter.PreparedPaths?
    /// The map's credit line (the embedded polygons' attribution), or nil.
    let credit: String?
    let areas: [String: Double]
    let provenance: [String: ReportProvenance]
    let output: LayerOutputOptions
    let directory: URL
    let staleAfter: Int
  }

  private struct DayResult: Sendable {
    let counts: [ControlStatus: Int]
    let areas: [ControlStatus: Double]
  }

  static func write(
    _ days: [Day], into path: String, context: LayerContext, progress: (@Sendable (Int, Int) -> Void)?
  ) throws -> SnapshotSummary {
    let directory = try LayerContext.makeDirectory(path)
    let mapProjector = try GeometryProjector(crs: LayerContext.mapCRS)
    let districts = context.index.places(at: .district)
    let wgs84: [Geometry?] = districts.map { place in
      if let boundaries = context.districtBoundaries { return boundaries.geometries[place.id] }
      return .point(Position(longitude: place.coordinate.longitude, latitude: place.coordinate.latitude))
    }
    var mapDistricts: [String: Geometry] = [:]
    for (place, geometry) in zip(districts, try mapProjector.project(wgs84, what: "map districts")) {
      mapDistricts[place.id] = geometry?.thinned(tolerance: mapTolerance)
    }
    let outlines = try context.provinceBoundaries.map { boundaries in
      try mapProjector.project(boundaries.geometries.keys.sorted().map { boundaries.geometries[$0] }, what: "map provinces")
        .compactMap { $0?.thinned(tolerance: mapTolerance) }
    } ?? []
    let usesEmbedded = context.options.boundaries == .embedded || context.options.provinces == .embedded
    // Every day writes the same polygons: format their coordinates once (issue #16).
    var districtEncoded: [String: EncodedGeometry] = [:]
    var provinceEncoded: [String: EncodedGeometry] = [:]
    if context.options.output.format != .gpkg {
      let encoder = try FeatureEncoder(precision: context.options.output.resolvedPrecision)
      for (pcode, geometry) in context.geometry.districts { districtEncoded[pcode] = try? encoder.encodeGeometry(geometry) }
      for (pcode, geometry) in context.geometry.provinces { provinceEncoded[pcode] = try? encoder.encodeGeometry(geometry) }
    }
    var prepared = Inputs(
      index: context.index, timeline: context.timeline, districtGeometry: context.geometry.districts,
      provinceGeometry: context.geometry.provinces, districtEncoded: districtEncoded, provinceEncoded: provinceEncoded,
      mapDistricts: mapDistricts, mapOutlines: outlines,
      credit: usesEmbedded ? EmbeddedBoundaries.shortAttribution : nil,
      areas: context.districtBoundaries.map(LayerGeometry.districtAreas) ?? [:], provenance: context.provenance,
      output: context.options.output,
      directory: directory, staleAfter: context.options.staleAfter)
    // Every day's map draws the same districts in the same order: project and format their
    // paths once. A day whose map differs is formatted in full (see PreparedPaths).
    if days.count > 1 {
      let first = context.timeline.snapshot(on: days[0])
      prepared.mapPaths = SVGMapWriter().prepare(map(first, counts: first.counts, inputs: prepared))
    }
    let inputs = prepared

    let results = ResultSlots<Result<DayResult, any Error>>(count: days.count)
    let done = Counter()
    DispatchQueue.concurrentPerform(iterations: days.count) { i in
      do {
        results[i] = .success(try writeDay(days[i], inputs: inputs))
      } catch {
        results[i] = .failure(error)
      }
      progress?(done.increment(), days.count)
    }
    var dayResults: [DayResult] = []
    for result in results.values {
      switch result {
      case .success(let value): dayResults.append(value)
      case .failure(let error): throw error
      }
    }
    var summary = SnapshotSummary(
      directory: path, dates: days, counts: dayResults.map(\.counts),
      areas: inputs.areas.isEmpty ? [] : dayResults.map(\.areas))
    if inputs.output.format == .gpkg {
      _ = try GeoPackageLayers.writeSnapshots(days, context: context, directory: directory)
      summary.geoPackage = GeoPackageLayers.snapshotsFileName
    }
    try AtomicFileOutput.write(
      indexJSON(summary, every: days.count > 1 ? days[1].ordinal - days[0].ordinal : 1,
                source: usesEmbedded ? EmbeddedBoundaries.attribution : nil),
      to: directory.appendingPathComponent("index.json"))
    try AtomicFileOutput.write(summaryCSV(summary), to: directory.appendingPathComponent("summary.csv"))
    try SVGChartWriter().write(
      chart(summary, credit: usesEmbedded ? EmbeddedBoundaries.shortAttribution : nil),
      to: directory.appendingPathComponent("chart.svg"))
    return summary
  }

  private static func writeDay(_ day: Day, inputs: Inputs) throws -> DayResult {
    let folder = try LayerContext.makeDirectory(inputs.directory.appendingPathComponent(day.description).path)
    let snapshot = inputs.timeline.snapshot(on: day)
    // GeoPackage snapshots go into one file after all days (see GeoPackageLayers).
    if inputs.output.format != .gpkg {
      _ = try LayerWriter.write(
        LayerFeatures.districtControl(
          snapshot, index: inputs.index, geometry: inputs.districtGeometry, provenance: inputs.provenance,
          encoded: inputs.districtEncoded),
        name: Layer.districtControl.rawValue, in: folder, options: inputs.output)
      _ = try LayerWriter.write(
        LayerFeatures.mobilization(
          inputs.timeline.mobilization.provinces(through: day), index: inputs.index, geometry: inputs.provinceGeometry,
          encoded: inputs.provinceEncoded),
        name: Layer.mobilization.rawValue, in: folder, options: inputs.output)
    }
    let counts = snapshot.counts
    try SVGMapWriter().write(
      map(snapshot, counts: counts, inputs: inputs), to: folder.appendingPathComponent("map.svg"),
      prepared: inputs.mapPaths)
    var areas: [ControlStatus: Double] = [:]
    if !inputs.areas.isEmpty {
      for status in ControlStatus.allCases { areas[status] = 0 }
      for state in snapshot.districts { areas[state.status, default: 0] += inputs.areas[state.pcode] ?? 0 }
    }
    return DayResult(counts: counts, areas: areas)
  }

  private static func map(_ snapshot: ControlSnapshot, counts: [ControlStatus: Int], inputs: Inputs) -> SVGMap {
    let white = SVGColor(red: 0xff, green: 0xff, blue: 0xff)
    var staleCount = 0
    let shapes = snapshot.districts.compactMap { state -> SVGShape? in
      guard let geometry = inputs.mapDistricts[state.pcode], let place = inputs.index.place(id: state.pcode) else { return nil }
      let province = inputs.index.province(of: place)?.name ?? ""
      let tooltip = Self.tooltip(
        state, name: place.name, province: province,
        opening: inputs.timeline.interval(of: state.pcode, on: snapshot.day)?.opening, on: snapshot.day)
      let isPolygon = if case .point = geometry { false } else { true }
      let stale = isStale(state, on: snapshot.day, after: inputs.staleAfter)
      if stale { staleCount += 1 }
      return SVGShape(
        geometry: geometry, fill: palette[state.status] ?? white, stroke: isPolygon ? white : nil, name: tooltip,
        opacity: stale ? staleOpacity : nil)
    }
    var legend = ControlStatus.allCases.sorted().map { status in
      SVGLegendEntry(color: palette[status] ?? white, label: labels[status] ?? status.rawValue, count: counts[status] ?? 0)
    }
    legend.append(SVGLegendEntry(
      color: palette[.taliban] ?? white, label: staleLabel(inputs.staleAfter), count: staleCount, opacity: staleOpacity))
    return SVGMap(
      title: "District control on \(snapshot.day)", shapes: shapes, outlines: inputs.mapOutlines, legend: legend,
      credit: inputs.credit)
  }

  /// A district's map tooltip: name, province, status and since when, the statement that set
  /// the status and how many confirmed it, and the last report:
  /// `Kabul (Kabul): taliban since 2021-08-15, set by captured 011-kabul-falls#1, +2 confirmations; last report 2021-08-23`.
  static func tooltip(_ state: DistrictState, name: String, province: String, opening: StatusEvidence?, on day: Day) -> String {
    var text = "\(name) (\(province)): \(state.status.rawValue)"
    if let since = state.since { text += " since \(since)" }
    if let opening {
      switch opening.source {
      case .event(let id, _, let type, _): text += ", set by \(type.rawValue) \(id)"
      case .baseline(let file, let line): text += ", set by baseline \(file):\(line)"
      }
      if state.confirmations > 0 {
        text += ", +\(state.confirmations) confirmation\(state.confirmations == 1 ? "" : "s")"
      }
    }
    if let last = state.lastReported { text += "; last report \(last)" }
    return text
  }

  /// `index.json`; `source` (the attribution of the embedded polygons, when used) becomes a
  /// `source` member before `dates`.
  static func indexJSON(_ summary: SnapshotSummary, every: Int, source: String? = nil) -> String {
    let statuses = ControlStatus.allCases.sorted()
    var text = "{\"from\":\"\(summary.dates.first?.description ?? "")\",\"to\":\"\(summary.dates.last?.description ?? "")\","
    text += "\"every\":\"\(every)d\",\"files\":[\"district-control\",\"mobilization\",\"map.svg\"],"
    if let source { text += "\"source\":\(JSONValue.string(source).rendered)," }
    text += "\"dates\":[\n"
    for (i, day) in summary.dates.enumerated() {
      var members: [(String, JSONValue)] = [
        ("date", .string(day.description)),
        ("counts", .object(statuses.map { ($0.rawValue, .integer(summary.counts[i][$0] ?? 0)) })),
      ]
      if i < summary.areas.count {
        members.append(("area_km2", .object(statuses.map { ($0.rawValue, .number(summary.areas[i][$0] ?? 0, decimals: 1)) })))
      }
      text += JSONValue.object(members).rendered + (i == summary.dates.count - 1 ? "\n" : ",\n")
    }
    return text + "]}\n"
  }

  /// The running tally of `summary` as a chart (`chart.svg`, and the map page's chart): the
  /// districts per status on each snapshot day, stacked (`taliban` at the bottom, then
  /// `contested`, `government`), and with polygons a second panel with the geodesic km² per
  /// status. Districts with no report are not drawn (they would flatten the rest when few
  /// districts are reported); a note after the legend gives their number on the last day.
  /// x is the day, so unequal steps (a shorter last one) are drawn to scale.
  public static func chart(_ summary: SnapshotSummary, credit: String? = nil) -> SVGChart {
    let statuses = ControlStatus.allCases.sorted().filter { $0 != .unknown }
    let white = SVGColor(red: 0xff, green: 0xff, blue: 0xff)
    var panels = [
      SVGChartPanel(
        title: "Districts",
        values: statuses.map { status in summary.counts.map { Double($0[status] ?? 0) } })
    ]
    if !summary.areas.isEmpty {
      panels.append(SVGChartPanel(
        title: "Area (km²)", values: statuses.map { status in summary.areas.map { $0[status] ?? 0 } }))
    }
    let span = summary.dates.first.map { first in
      first == summary.dates.last ? "on \(first)" : "from \(first) to \(summary.dates.last ?? first)"
    } ?? ""
    return SVGChart(
      title: "District control \(span)", x: summary.dates.map { Double($0.ordinal) },
      xLabels: summary.dates.map(\.description),
      series: statuses.map { status in
        SVGChartSeries(key: status.rawValue, label: labels[status] ?? status.rawValue, color: palette[status] ?? white)
      },
      panels: panels, credit: credit,
      note: summary.dates.last.map { last in
        "Not drawn: districts with no report (\(summary.counts.last?[.unknown] ?? 0) on \(last))"
      })
  }

  static func summaryCSV(_ summary: SnapshotSummary) -> String {
    let statuses = ControlStatus.allCases.sorted()
    var header = ["date"] + statuses.map(\.rawValue)
    if !summary.areas.isEmpty { header += statuses.map { "\($0.rawValue)_km2" } }
    var text = CSVText.row(header) + "\n"
    for (i, day) in summary.dates.enumerated() {
      var cells = [day.description] + statuses.map { String(summary.counts[i][$0] ?? 0) }
      if i < summary.areas.count {
        cells += statuses.map { String(format: "%.1f", summary.areas[i][$0] ?? 0) }
      }
      text += CSVText.row(cells) + "\n"
    }
    return text
  }
}
