import Foundation
public import Extractor
public import Gazetteer
public import Timeline
import Projection
import GeoModel
import GeoJSON
import Chronology
import Layers

/// What `frontline run` / `export` wrote.
public struct RunSummary: Sendable {
  /// The day the layers describe.
  public let day: Day
  /// The layer files, in the order of ``Layer``.
  public let layers: [WrittenLayer]
  /// Districts per status on ``day``.
  public let counts: [ControlStatus: Int]
  /// Events used.
  public let eventCount: Int
  /// Snapshots, when asked for.
  public let snapshots: SnapshotSummary?

  /// A short report for the terminal: one line per file, then the counts.
  public var text: String {
    var rows = layers.map { [$0.path + ($0.layer.map { " " + $0 } ?? ""), String($0.featureCount) + " features"] }
    if let snapshots {
      rows.append([snapshots.directory + "/", "\(snapshots.dates.count) snapshot dates"])
    }
    var text = renderTable(header: ["file", "contents"], rows: rows)
    text += "as of \(day): " + ControlStatus.allCases.sorted().map { "\($0.rawValue) \(counts[$0] ?? 0)" }
      .joined(separator: ", ") + " (\(eventCount) events)\n"
    return text
  }
}

/// `frontline run` and `frontline export`: events → control timeline → the four layers, each
/// GeoJSON layer with its QGIS style `NAME.qml` beside it (and,
/// optionally, snapshots).
public enum RunJob {
  /// Writes `district-control`, `mobilization`, `events` and `timeline` for one day.
  ///
  /// - Parameters:
  ///   - events: extracted events (from reports or an events file).
  ///   - index: the gazetteer.
  ///   - options: output folder, geometry sources, CRS, format, day.
  ///   - snapshots: also write snapshots into `<output>/snapshots/` when given.
  ///   - warn: receives each diagnostic (unmatched boundaries, undated events, the CRS note)
  ///     as soon as it is known.
  ///   - progress: snapshot progress (dates done, total).
  /// - Throws: `FrontlineError`, `LayerError`, `BaselineError`, `WriterError`, `ProjectionError`,
  ///   naming the file; inputs are all checked before the first file is written.
  public static func run(
    events: [Event], index: PlaceIndex, options: LayerJobOptions, snapshots: SnapshotRange? = nil,
    warn: (String) -> Void = { _ in }, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws -> RunSummary {
    let context = try LayerContext(events: events, index: index, options: options, warn: warn)
    let day = options.date ?? context.defaultDay
    let range = try snapshots.map { try SnapshotJob.resolve($0, context: context) }
    let directory = try LayerContext.makeDirectory(options.outputDirectory)
    let snapshot = context.timeline.snapshot(on: day)
    var written: [WrittenLayer] = []
    if options.output.format == .gpkg {
      written = try GeoPackageLayers.writeLayers(
        on: day, snapshot: snapshot, context: context, directory: directory, shownDirectory: options.outputDirectory)
    }
    for layer in Layer.allCases where options.output.format != .gpkg {
      let features = try features(of: layer, on: day, context: context, snapshot: snapshot)
      let file = try LayerWriter.write(features, name: layer.rawValue, in: directory, options: options.output)
      // QGIS loads NAME.qml beside NAME.geojson as the layer's default style. Written like the
      // layers (`.<name>.tmp-<pid>-<random>`, renamed when complete; stale ones removed), so a
      // killed run leaves no half-written style under the final name.
      let isPoint = layer == .mobilization ? !context.geometry.hasProvincePolygons : !context.geometry.hasDistrictPolygons
      try AtomicFileOutput.write(
        QGISStyle.forLayer(layer, isPoint: isPoint).qml, to: directory.appendingPathComponent("\(layer.rawValue).qml"))
      // Shown as the user gave the folder (`geojson/events.geojson`), not as an absolute path.
      let shown = (options.outputDirectory as NSString).appendingPathComponent(URL(fileURLWithPath: file.path).lastPathComponent)
      written.append(WrittenLayer(path: shown, featureCount: file.featureCount))
    }
    var snapshotSummary: SnapshotSummary?
    if let range {
      let folder = directory.appendingPathComponent("snapshots").path
      snapshotSummary = try SnapshotJob.write(range, into: folder, context: context, progress: progress)
    }
    return RunSummary(
      day: day, layers: written, counts: snapshot.counts, eventCount: events.count, snapshots: snapshotSummary)
  }

  static func features(
    of layer: Layer, on day: Day, context: LayerContext, snapshot: ControlSnapshot
  ) throws -> [Feature] {
    let index = context.index
    switch layer {
    case .districtControl:
      return LayerFeatures.districtControl(
        snapshot, index: index, geometry: context.geometry.districts, provenance: context.provenance)
    case .mobilization:
      return LayerFeatures.mobilization(
        context.timeline.mobilization.provinces(through: day), index: index, geometry: context.geometry.provinces)
    case .events:
      let kept = context.events.filter { event in event.date.map { $0 <= day } ?? true }
        .sorted(by: LayerFeatures.eventOrder)
      // The gazetteer's point (the events file keeps only 4 decimals of it).
      let points: [Geometry?] = kept.map { event in
        let coordinate = index.place(id: event.place.pcode)?.coordinate
        return .point(Position(
          longitude: coordinate?.longitude ?? event.place.longitude, latitude: coordinate?.latitude ?? event.place.latitude))
      }
      return LayerFeatures.events(kept, points: try context.geometry.projector.project(points, what: "event points"))
    case .timeline:
      return LayerFeatures.timeline(
        context.timeline.intervals(through: day), index: index, geometry: context.geometry.districts,
        provenance: context.provenance, recordEnd: day)
    }
  }
}
