public import Extractor
public import Gazetteer
public import Timeline
public import GeoModel
import Chronology

/// Builds the features of each layer, properties in the documented order.
///
/// Geometries are looked up in a table already in the output CRS; dates are written as
/// `YYYY-MM-DD` strings (GDAL types such fields `Date`), missing dates as `null`. The
/// timeline's interval ends, in the layer files, are date-times instead (see ``timeline(_:index:geometry:provenance:recordEnd:)``).
///
/// | layer | properties |
/// |---|---|
/// | `district-control` | pcode, name, province, province_pcode, status, since, last_reported, age_days, sources, confirmations, evidence, evidence_url, evidence_source |
/// | `mobilization` | pcode, name, region, first_date, last_date, reports |
/// | `events` | id, doc, type, actor, pcode, place, level, province, mention, date, date_precision, confidence, evidence, rule, sentence, url, source |
/// | `timeline` | pcode, name, province, status, valid_from, valid_to, is_current (files only), sources, confirmations, evidence, evidence_url, evidence_source |
///
/// `evidence` quotes the statement that set the status (``StatusInterval/opening``), not the
/// latest one; `confirmations` counts the statements of the same status after it (known by
/// the layer's day). `last_reported` is the latest day anything was reported about the
/// district up to the layer's day (``ControlTimeline/lastReport(of:on:)``), `age_days` the
/// whole days from it to the layer's day; both `null` for a district never reported.
/// `url` and `source` are the report's (``ReportProvenance``); `evidence_url` and
/// `evidence_source` those of the report `evidence` quotes; `null` when not given.
public enum LayerFeatures {
  /// The `url` and `source` of each event's report, by event id (events with neither are left
  /// out): what `evidence_url` and `evidence_source` are looked up in.
  public static func provenance(of events: [Event]) -> [String: ReportProvenance] {
    var result: [String: ReportProvenance] = [:]
    for event in events where event.url != nil || event.source != nil {
      result[event.id] = ReportProvenance(url: event.url, source: event.source)
    }
    return result
  }

  /// `evidence_url` and `evidence_source` of the event `id`.
  static func evidenceProvenance(_ id: String?, in provenance: [String: ReportProvenance]) -> [(String, PropertyValue)] {
    let origin = id.flatMap { provenance[$0] }
    return [("evidence_url", text(origin?.url)), ("evidence_source", text(origin?.source))]
  }

  private static func text(_ value: String?) -> PropertyValue {
    value.map { .string($0) } ?? .null
  }

  /// One feature per district of the snapshot (all 399), in pcode order.
  /// - Parameters:
  ///   - geometry: district geometry by pcode (output CRS); absent means null.
  ///   - provenance: ``provenance(of:)`` of the events, for `evidence_url`/`evidence_source`.
  ///   - encoded: `geometry` already encoded, by pcode (``Feature/encodedGeometry``), for layers
  ///     written once a day.
  public static func districtControl(
    _ snapshot: ControlSnapshot, index: PlaceIndex, geometry: [String: Geometry],
    provenance: [String: ReportProvenance] = [:], encoded: [String: EncodedGeometry] = [:]
  ) -> [Feature] {
    snapshot.districts.sorted { $0.pcode < $1.pcode }.map { state in
      let place = index.place(id: state.pcode)
      let province = place.flatMap { index.province(of: $0) }
      var feature = Feature(
        geometry: geometry[state.pcode],
        properties: [
          ("pcode", .string(state.pcode)),
          ("name", .string(place?.name ?? "")),
          ("province", .string(province?.name ?? "")),
          ("province_pcode", .string(province?.id ?? "")),
          ("status", .string(state.status.rawValue)),
          ("since", date(state.since)),
          ("last_reported", date(state.lastReported)),
          ("age_days", state.ageInDays(on: snapshot.day).map { .integer($0) } ?? .null),
          ("sources", .integer(state.sources)),
          ("confirmations", .integer(state.confirmations)),
          ("evidence", .string(state.evidence)),
        ] + evidenceProvenance(state.evidenceID, in: provenance))
      feature.encodedGeometry = encoded[state.pcode]
      return feature
    }
  }

  /// One feature per province with mobilization reports, in pcode order.
  /// - Parameter encoded: `geometry` already encoded, by pcode (``Feature/encodedGeometry``).
  public static func mobilization(
    _ provinces: [ProvinceMobilization], index: PlaceIndex, geometry: [String: Geometry],
    encoded: [String: EncodedGeometry] = [:]
  ) -> [Feature] {
    provinces.sorted { $0.pcode < $1.pcode }.map { entry in
      let place = index.place(id: entry.pcode)
      let region = place?.regionID.flatMap { index.place(id: "region:" + $0) }
      var feature = Feature(
        geometry: geometry[entry.pcode],
        properties: [
          ("pcode", .string(entry.pcode)),
          ("name", .string(place?.name ?? "")),
          ("region", .string(region?.name ?? "")),
          ("first_date", .date(entry.firstDate.description)),
          ("last_date", .date(entry.lastDate.description)),
          ("reports", .integer(entry.reports)),
        ])
      feature.encodedGeometry = encoded[entry.pcode]
      return feature
    }
  }

  /// The order of the `events` layer: pcode, then date (undated last), then id.
  public static func eventOrder(_ a: Event, _ b: Event) -> Bool {
    if a.place.pcode != b.place.pcode { return a.place.pcode < b.place.pcode }
    switch (a.date, b.date) {
    case let (x?, y?) where x != y: return x < y
    case (nil, _?): return false
    case (_?, nil): return true
    default: return a.id < b.id
    }
  }

  /// One point per event (the place's representative point), properties flat; `confidence`
  /// keeps 2 decimals, as in the events file, so layers from reports and from
  /// `frontline extract` output are identical.
  /// - Parameter points: the events' points in the output CRS, in the order of `events`.
  public static func events(_ events: [Event], points: [Geometry?]) -> [Feature] {
    zip(events, points).map { event, point in
      Feature(
        geometry: point,
        properties: [
          ("id", .string(event.id)),
          ("doc", .string(event.doc)),
          ("type", .string(event.type.rawValue)),
          ("actor", .string(event.actor.rawValue)),
          ("pcode", .string(event.place.pcode)),
          ("place", .string(event.place.name)),
          ("level", .string(event.place.level.rawValue)),
          ("province", .string(event.place.province)),
          ("mention", .string(event.mention)),
          ("date", date(event.date)),
          ("date_precision", .string(event.datePrecision.rawValue)),
          ("confidence", .double((event.confidence * 100).rounded() / 100)),
          ("evidence", .string(event.evidence)),
          ("rule", .string(event.rule)),
          ("sentence", .string(event.sentence)),
          ("url", text(event.url)),
          ("source", text(event.source)),
          ("language", .string(event.language?.rawValue ?? "en")),
        ])
    }
  }

  /// One feature per status interval, in pcode then start order.
  ///
  /// With `recordEnd` (the layer files of `run`, `export` and `snapshots`) the interval is
  /// written for QGIS's temporal controller ("separate fields for start and end", limits
  /// "include start, include end"), the same way in GeoJSON and GeoPackage:
  /// - `valid_from` and `valid_to` are UTC date-times (GDAL types them DateTime) and the
  ///   interval is inclusive, `[valid_from, valid_to]`: from 00:00:00 of its first day
  ///   (`2021-06-20T00:00:00Z`) to 23:59:59 of its last day (`2021-06-22T23:59:59Z`), the day
  ///   before the next interval starts. Not the next interval's midnight: QGIS 3.22 compares a
  ///   GeoPackage DATETIME as text against `'2021-06-23T00:00:00'`, which
  ///   `2021-06-23T00:00:00.000Z` exceeds, so a shared midnight showed both intervals that day;
  /// - the district's current interval (open, as of `recordEnd`) has `is_current` true and
  ///   ends at 23:59:59 of `recordEnd`, the end of what the record tells, never null: GDAL
  ///   3.6's SQL, which evaluates QGIS's filter on a GeoJSON file, fails on a null date
  ///   (`Failed to parse date ''`) even inside `OR "valid_to" IS NULL`, and drops the feature.
  ///
  /// Without `recordEnd` (the OGC API of `serve`) the ends are `YYYY-MM-DD` dates, `valid_to`
  /// is null while the interval is current, and there is no `is_current`.
  /// - Parameters:
  ///   - provenance: ``provenance(of:)`` of the events, for `evidence_url`/`evidence_source`.
  ///   - recordEnd: the last day the layer describes (its `--date`), or nil.
  public static func timeline(
    _ intervals: [StatusInterval], index: PlaceIndex, geometry: [String: Geometry],
    provenance: [String: ReportProvenance] = [:], recordEnd: Day? = nil
  ) -> [Feature] {
    intervals.sorted { ($0.pcode, $0.validFrom) < ($1.pcode, $1.validFrom) }.map { interval in
      let place = index.place(id: interval.pcode)
      let ends: [(String, PropertyValue)]
      if let recordEnd {
        ends = [
          ("valid_from", .dateTime(startOf: interval.validFrom.description)),
          ("valid_to", .dateTime(endOf: (interval.validTo?.adding(days: -1) ?? recordEnd).description)),
          ("is_current", .bool(interval.validTo == nil)),
        ]
      } else {
        ends = [("valid_from", .date(interval.validFrom.description)), ("valid_to", date(interval.validTo))]
      }
      return Feature(
        geometry: geometry[interval.pcode],
        properties: [
          ("pcode", .string(interval.pcode)),
          ("name", .string(place?.name ?? "")),
          ("province", .string(place.flatMap { index.province(of: $0) }?.name ?? "")),
          ("status", .string(interval.status.rawValue)),
        ] + ends + [
          ("sources", .integer(interval.sourceCount)),
          ("confirmations", .integer(interval.confirmations)),
          ("evidence", .string(interval.evidenceSummary)),
        ] + evidenceProvenance(interval.openingEventID, in: provenance))
    }
  }

  private static func date(_ day: Day?) -> PropertyValue {
    day.map { .date($0.description) } ?? .null
  }
}
