import Chronology
import Extractor
import Foundation
import GeoModel
import GeoPackage
import Layers
import Projection
import Timeline

/// Writes the layers into one GeoPackage (`--format gpkg`) instead of one file per layer.
///
/// `frontline run`/`export` write `DIR/frontline.gpkg`:
///
/// | table | rows | geometry |
/// |---|---|---|
/// | `district_control` | one per district | MULTIPOLYGON (POINT with `--boundaries none`) |
/// | `mobilization` | one per province with reports | MULTIPOLYGON (POINT with `--provinces none`) |
/// | `events` | one per event | POINT |
/// | `timeline` | one per (district, status interval) | as `district_control` |
/// | `evidence` | one per event (no geometry) | — |
/// | `layer_styles` | one QGIS style per layer table (no geometry) | — |
///
/// Columns are the GeoJSON properties in the same order (see `Layers.md`), typed TEXT,
/// MEDIUMINT (32-bit, GDAL's Integer), REAL, DATE, DATETIME (the timeline's ends) or BOOLEAN;
/// `district_control` and `timeline` add `evidence_id`, the id of the event that set the
/// status, which is `evidence.event_id` (and
/// `events.id`), so QGIS can relate a district to the statements behind it.
///
/// `frontline snapshots` writes `DIR/snapshots.gpkg` with `district_control_snapshots` and
/// `mobilization_snapshots` — one layer each, a `snapshot_date` DATETIME first column (00:00
/// UTC of the day), all days in one table — plus `events`, `timeline` and `evidence` as of the last snapshot day.
///
/// Coordinates are those of the GeoJSON layers: the output CRS (`srs_id` = the EPSG code, or
/// 100000 for a CRS without one), `x` = longitude/easting first, rounded to the same
/// `--precision`, so `ogr2ogr -f GeoJSON` of a table gives back the GeoJSON layer.
enum GeoPackageLayers {
  /// The file `run`/`export` write into the output folder.
  static let fileName = "frontline.gpkg"
  /// The file `snapshots` writes into its output folder.
  static let snapshotsFileName = "snapshots.gpkg"
  /// `srs_id` for an output CRS without an EPSG code (GDAL's first user-defined id).
  static let customSRSID: Int32 = 100_000

  /// The table name of a layer: the layer name with `_` for `-` (`district_control`), a plain
  /// SQL identifier that needs no quoting in QGIS expressions.
  static func tableName(_ layer: Layer) -> String {
    layer.rawValue.replacingOccurrences(of: "-", with: "_")
  }

  // MARK: - run / export

  /// Writes the four layers and `evidence` for `day` into `directory/frontline.gpkg`, or into
  /// ``LayerJobOptions/geoPackagePath`` when `-o` named the file.
  /// - Parameter shownDirectory: the folder as the user gave it, for the summary.
  /// - Returns: one entry per layer (in the order of ``Layer``), then `evidence`.
  static func writeLayers(
    on day: Day, snapshot: ControlSnapshot, context: LayerContext, directory: URL, shownDirectory: String
  ) throws -> [WrittenLayer] {
    let path = context.options.geoPackagePath
    let url = path.map { URL(fileURLWithPath: $0) } ?? directory.appendingPathComponent(fileName)
    let shown = path ?? (shownDirectory as NSString).appendingPathComponent(fileName)
    let writer = try GeoPackageWriter(url: url)
    let srsID = try addSpatialReferenceSystems(to: writer, crs: context.options.output.crs)
    var written: [WrittenLayer] = []
    for layer in Layer.allCases {
      let table = definition(of: layer, context: context, srsID: srsID)
      try writer.createTable(table)
      var features = try RunJob.features(of: layer, on: day, context: context, snapshot: snapshot)
      if layer == .districtControl || layer == .timeline {
        features = withEvidenceIDs(features, layer: layer, on: day, timeline: context.timeline)
      }
      for feature in features { try writer.append(feature, to: table.name) }
      written.append(WrittenLayer(path: shown, featureCount: features.count, layer: table.name))
    }
    written.append(try writeEvidence(on: day, context: context, into: writer, shown: shown))
    try writeStyles(
      Layer.allCases.map { layer in (tableName(layer), QGISStyle.forLayer(layer, isPoint: isPoint(layer, context))) },
      into: writer)
    try writer.finish()
    return written
  }

  // MARK: - snapshots

  /// Writes one row per district and day into `district_control_snapshots`, one per
  /// reporting province and day into `mobilization_snapshots`, and `events`, `timeline` and
  /// `evidence` as of the last day, into `directory/snapshots.gpkg`.
  ///
  /// Each district's geometry is encoded once and shared by all its rows.
  /// - Returns: the file's path.
  static func writeSnapshots(_ days: [Day], context: LayerContext, directory: URL) throws -> String {
    let url = directory.appendingPathComponent(snapshotsFileName)
    let writer = try GeoPackageWriter(url: url)
    let srsID = try addSpatialReferenceSystems(to: writer, crs: context.options.output.crs)
    let precision = context.options.output.resolvedPrecision
    let index = context.index

    let control = snapshotDefinition(of: .districtControl, context: context, srsID: srsID)
    try writer.createTable(control)
    let districtBlobs = try blobs(context.geometry.districts, srsID: srsID, precision: precision)
    for day in days {
      let snapshot = context.timeline.snapshot(on: day)
      let features = withEvidenceIDs(
        LayerFeatures.districtControl(
          snapshot, index: index, geometry: context.geometry.districts, provenance: context.provenance),
        layer: .districtControl, on: day, timeline: context.timeline)
      for feature in features {
        let pcode = feature[property: "pcode"].flatMap(\.text) ?? ""
        try writer.append(
          [("snapshot_date", .dateTime(startOf: day.description))] + feature.properties, geometry: districtBlobs[pcode],
          to: control.name)
      }
    }

    let mobilization = snapshotDefinition(of: .mobilization, context: context, srsID: srsID)
    try writer.createTable(mobilization)
    let provinceBlobs = try blobs(context.geometry.provinces, srsID: srsID, precision: precision)
    for day in days {
      let features = LayerFeatures.mobilization(
        context.timeline.mobilization.provinces(through: day), index: index, geometry: context.geometry.provinces)
      for feature in features {
        let pcode = feature[property: "pcode"].flatMap(\.text) ?? ""
        try writer.append(
          [("snapshot_date", .dateTime(startOf: day.description))] + feature.properties, geometry: provinceBlobs[pcode],
          to: mobilization.name)
      }
    }

    let last = days.last ?? context.defaultDay
    let snapshot = context.timeline.snapshot(on: last)
    for layer in [Layer.events, .timeline] {
      let table = definition(of: layer, context: context, srsID: srsID)
      try writer.createTable(table)
      var features = try RunJob.features(of: layer, on: last, context: context, snapshot: snapshot)
      if layer == .timeline {
        features = withEvidenceIDs(features, layer: layer, on: last, timeline: context.timeline)
      }
      for feature in features { try writer.append(feature, to: table.name) }
    }
    _ = try writeEvidence(on: last, context: context, into: writer, shown: url.path)
    try writeStyles(
      [
        (control.name, QGISStyle.forSnapshots(of: .districtControl, isPoint: isPoint(.districtControl, context))),
        (mobilization.name, QGISStyle.forSnapshots(of: .mobilization, isPoint: isPoint(.mobilization, context))),
        (tableName(.events), QGISStyle.forLayer(.events, isPoint: true)),
        (tableName(.timeline), QGISStyle.forLayer(.timeline, isPoint: isPoint(.timeline, context))),
      ], into: writer)
    try writer.finish()
    return url.path
  }

  // MARK: - Schema

  /// The table of a layer: its GeoJSON properties as typed columns, in order.
  static func definition(of layer: Layer, context: LayerContext, srsID: Int32) -> TableDefinition {
    let precision = context.options.output.resolvedPrecision
    let geometry: GeometryType
    let columns: [ColumnDefinition]
    let description: String
    switch layer {
    case .districtControl:
      geometry = context.geometry.hasDistrictPolygons ? .multiPolygon : .point
      description = "District control: one feature per district, status as of the day the file describes"
      columns = [
        ColumnDefinition("pcode", .text), ColumnDefinition("name", .text), ColumnDefinition("province", .text),
        ColumnDefinition("province_pcode", .text), ColumnDefinition("status", .text),
        ColumnDefinition("since", .date), ColumnDefinition("last_reported", .date),
        ColumnDefinition("age_days", .mediumInteger), ColumnDefinition("sources", .mediumInteger),
        ColumnDefinition("confirmations", .mediumInteger), ColumnDefinition("evidence", .text),
        ColumnDefinition("evidence_url", .text), ColumnDefinition("evidence_source", .text),
        ColumnDefinition("evidence_id", .text),
      ]
    case .mobilization:
      geometry = context.geometry.hasProvincePolygons ? .multiPolygon : .point
      description = "Provinces with reports of people taking up arms against the Taliban"
      columns = [
        ColumnDefinition("pcode", .text), ColumnDefinition("name", .text), ColumnDefinition("region", .text),
        ColumnDefinition("first_date", .date), ColumnDefinition("last_date", .date),
        ColumnDefinition("reports", .mediumInteger),
      ]
    case .events:
      geometry = .point
      description = "One point per extracted event; id is evidence.event_id"
      columns = [
        ColumnDefinition("id", .text), ColumnDefinition("doc", .text), ColumnDefinition("type", .text),
        ColumnDefinition("actor", .text), ColumnDefinition("pcode", .text), ColumnDefinition("place", .text),
        ColumnDefinition("level", .text), ColumnDefinition("province", .text), ColumnDefinition("mention", .text),
        ColumnDefinition("date", .date), ColumnDefinition("date_precision", .text),
        ColumnDefinition("confidence", .real), ColumnDefinition("evidence", .text), ColumnDefinition("rule", .text),
        ColumnDefinition("sentence", .text), ColumnDefinition("url", .text), ColumnDefinition("source", .text),
        ColumnDefinition("language", .text),
      ]
    case .timeline:
      geometry = context.geometry.hasDistrictPolygons ? .multiPolygon : .point
      description = "District status intervals [valid_from, valid_to], inclusive (UTC date-times, first second of the "
        + "first day to last second of the last day; the current one ends with the file's date, is_current = 1) for "
        + "QGIS's temporal controller"
      columns = [
        ColumnDefinition("pcode", .text), ColumnDefinition("name", .text), ColumnDefinition("province", .text),
        ColumnDefinition("status", .text), ColumnDefinition("valid_from", .dateTime),
        ColumnDefinition("valid_to", .dateTime), ColumnDefinition("is_current", .boolean),
        ColumnDefinition("sources", .mediumInteger), ColumnDefinition("confirmations", .mediumInteger),
        ColumnDefinition("evidence", .text), ColumnDefinition("evidence_url", .text),
        ColumnDefinition("evidence_source", .text), ColumnDefinition("evidence_id", .text),
      ]
    }
    return TableDefinition(
      name: tableName(layer), description: description + sourceNote(of: layer, context: context),
      geometry: GeometryColumn(type: geometry, srsID: srsID, precision: precision), columns: columns)
  }

  /// The attribution the embedded polygons require (CC BY-IGO), appended to the description of
  /// the layers that carry them; empty for points or a user's boundary file.
  static func sourceNote(of layer: Layer, context: LayerContext) -> String {
    let source = switch layer {
    case .districtControl, .timeline: context.options.boundaries
    case .mobilization: context.options.provinces
    case .events: BoundarySource.none
    }
    return source == .embedded ? ". \(EmbeddedBoundaries.attribution)" : ""
  }

  /// The snapshot table of a layer: `<table>_snapshots` with `snapshot_date` first.
  static func snapshotDefinition(of layer: Layer, context: LayerContext, srsID: Int32) -> TableDefinition {
    var table = definition(of: layer, context: context, srsID: srsID)
    table.name += "_snapshots"
    table.description = "\(table.description); one row per snapshot_date, 00:00 UTC of the day (QGIS temporal "
      + "controller: single field with date/time = snapshot_date)"
    table.columns.insert(ColumnDefinition("snapshot_date", .dateTime, isNotNull: true), at: 0)
    return table
  }

  /// `evidence`: the statements behind the layers, one row per event.
  static let evidenceDefinition = TableDefinition(
    name: "evidence",
    description: "The statement behind each event: document, sentence, the mention's span (Unicode scalar offsets "
      + "[span_start, span_end) from the document's start), trigger phrase, confidence, and the report's url and source",
    geometry: nil,
    columns: [
      ColumnDefinition("event_id", .text, isNotNull: true, isUnique: true), ColumnDefinition("doc", .text),
      ColumnDefinition("sentence", .text), ColumnDefinition("span_start", .mediumInteger),
      ColumnDefinition("span_end", .mediumInteger), ColumnDefinition("trigger", .text),
      ColumnDefinition("confidence", .real), ColumnDefinition("url", .text), ColumnDefinition("source", .text),
    ])

  // MARK: - Styles

  /// `layer_styles`, QGIS's table of styles stored in a GeoPackage (the columns QGIS's OGR
  /// provider creates, `QgsOgrProviderMetadata::saveStyle`): QGIS applies the row with
  /// `useAsDefault` = 1 whose `f_table_name` and `f_geometry_column` match when it opens the
  /// layer. `f_table_catalog` and `f_table_schema` are empty strings, as QGIS writes them.
  static let layerStylesDefinition = TableDefinition(
    name: "layer_styles",
    description: "QGIS layer styles (status colours of the SVG maps; temporal settings of the timeline and snapshots)",
    geometry: nil,
    columns: [
      ColumnDefinition("f_table_catalog", .text), ColumnDefinition("f_table_schema", .text),
      ColumnDefinition("f_table_name", .text), ColumnDefinition("f_geometry_column", .text),
      ColumnDefinition("styleName", .text), ColumnDefinition("styleQML", .text), ColumnDefinition("styleSLD", .text),
      ColumnDefinition("useAsDefault", .boolean), ColumnDefinition("description", .text),
      ColumnDefinition("owner", .text), ColumnDefinition("ui", .text), ColumnDefinition("update_time", .dateTime),
    ])

  /// Whether a layer's geometries are points (`--boundaries none` / `--provinces none`, and events).
  static func isPoint(_ layer: Layer, _ context: LayerContext) -> Bool {
    switch layer {
    case .districtControl, .timeline: !context.geometry.hasDistrictPolygons
    case .mobilization: !context.geometry.hasProvincePolygons
    case .events: true
    }
  }

  /// Writes `layer_styles` with one default style per table.
  private static func writeStyles(_ styles: [(table: String, style: QGISStyle)], into writer: GeoPackageWriter) throws {
    try writer.createTable(layerStylesDefinition)
    for (table, style) in styles {
      try writer.append(
        [
          ("f_table_catalog", .string("")),
          ("f_table_schema", .string("")),
          ("f_table_name", .string(table)),
          ("f_geometry_column", .string("geom")),
          ("styleName", .string(style.name)),
          ("styleQML", .string(style.qml)),
          ("styleSLD", .string(style.sld(layerName: table))),
          ("useAsDefault", .bool(true)),
          ("description", .string("Frontline's style: colours by status, as in the SVG maps")),
          ("owner", .string("")),
          ("ui", .null),
          // A fixed time keeps the file deterministic; QGIS only orders styles by it.
          ("update_time", .dateTime("2000-01-01T00:00:00Z")),
        ], geometry: nil, to: layerStylesDefinition.name)
    }
  }

  // MARK: - Rows

  /// Adds `evidence_id` (the event that set the status, which `evidence` quotes, or null for
  /// `unknown` and baseline rows) to district-control or timeline features.
  static func withEvidenceIDs(_ features: [Feature], layer: Layer, on day: Day, timeline: ControlTimeline) -> [Feature] {
    // The timeline layer's intervals as known at the end of `day`, by "pcode valid_from".
    var known: [String: StatusInterval] = [:]
    if layer == .timeline {
      for interval in timeline.intervals(through: day) { known["\(interval.pcode) \(interval.validFrom)"] = interval }
    }
    return features.map { feature in
      var copy = feature
      let pcode = feature[property: "pcode"].flatMap(\.text) ?? ""
      let interval: StatusInterval?
      if layer == .timeline {
        interval = known["\(pcode) \(feature[property: "valid_from"].flatMap(\.text) ?? "")"]
      } else {
        interval = timeline.interval(of: pcode, on: day)
      }
      copy.properties.append(("evidence_id", interval?.openingEventID.map { .string($0) } ?? .null))
      return copy
    }
  }

  /// Writes `evidence`: the events of the `events` layer (dated up to `day`, or undated), in
  /// the same order.
  private static func writeEvidence(
    on day: Day, context: LayerContext, into writer: GeoPackageWriter, shown: String
  ) throws -> WrittenLayer {
    try writer.createTable(evidenceDefinition)
    let events = context.events.filter { event in event.date.map { $0 <= day } ?? true }
      .sorted(by: LayerFeatures.eventOrder)
    for event in events {
      let span = event.span.count == 2 ? event.span : []
      try writer.append(
        [
          ("event_id", .string(event.id)),
          ("doc", .string(event.doc)),
          ("sentence", .string(event.sentence)),
          ("span_start", span.first.map { .integer($0) } ?? .null),
          ("span_end", span.last.map { .integer($0) } ?? .null),
          ("trigger", .string(event.evidence)),
          ("confidence", .double((event.confidence * 100).rounded() / 100)),
          ("url", event.url.map { .string($0) } ?? .null),
          ("source", event.source.map { .string($0) } ?? .null),
        ], geometry: nil, to: evidenceDefinition.name)
    }
    return WrittenLayer(path: shown, featureCount: events.count, layer: evidenceDefinition.name)
  }

  /// Each geometry encoded once.
  private static func blobs(_ geometries: [String: Geometry], srsID: Int32, precision: Int) throws -> [String: GeometryBlob] {
    var blobs: [String: GeometryBlob] = [:]
    for (pcode, geometry) in geometries {
      guard let blob = GeometryBlob(geometry, srsID: srsID, precision: precision) else {
        throw FrontlineError.invalidInput("the geometry of \(pcode) has a NaN or infinite coordinate")
      }
      blobs[pcode] = blob
    }
    return blobs
  }

  // MARK: - Spatial reference systems

  /// Adds WGS 84 (always; GeoPackage Req 11) and the output CRS, with WKT1 from PROJ.
  /// - Returns: the `srs_id` of the layers' coordinates.
  static func addSpatialReferenceSystems(to writer: GeoPackageWriter, crs: CRS?) throws -> Int32 {
    try writer.addSpatialReferenceSystem(try spatialReferenceSystem(.wgs84, id: 4326, code: 4326))
    guard let crs else { return 4326 }
    if let identifier = crs.identifier, identifier.authority == "EPSG", let code = Int32(identifier.code) {
      try writer.addSpatialReferenceSystem(try spatialReferenceSystem(crs, id: code, code: code))
      return code
    }
    try writer.addSpatialReferenceSystem(
      try spatialReferenceSystem(crs, id: customSRSID, code: customSRSID, organization: "NONE"))
    return customSRSID
  }

  private static func spatialReferenceSystem(
    _ crs: CRS, id: Int32, code: Int32, organization: String = "EPSG"
  ) throws -> SpatialReferenceSystem {
    let wkt = try crs.wkt(.wkt1GDAL)
    return SpatialReferenceSystem(
      name: wktName(wkt) ?? crs.definition, id: id, organization: organization,
      organizationCoordinateSystemID: code, definition: wkt, description: crs.definition)
  }

  /// The name of a WKT1 CRS: the first quoted string (`PROJCS["WGS 84 / UTM zone 42N",…`).
  static func wktName(_ wkt: String) -> String? {
    guard let open = wkt.firstIndex(of: "\"") else { return nil }
    let rest = wkt[wkt.index(after: open)...]
    guard let close = rest.firstIndex(of: "\"") else { return nil }
    return String(rest[..<close])
  }
}

extension PropertyValue {
  /// The text of a `.string` or `.date` value; the date (`YYYY-MM-DD`) of a `.dateTime` one.
  fileprivate var text: String? {
    switch self {
    case .string(let text), .date(let text): text
    case .dateTime(let text): String(text.prefix(10))
    default: nil
    }
  }
}
