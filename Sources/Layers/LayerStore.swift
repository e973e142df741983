import Foundation
public import Extractor
public import Gazetteer
import Projection
public import Timeline
public import GeoModel
import Chronology

/// Every layer of a run held in memory and answerable for any day or date range: what
/// `frontline serve` publishes.
///
/// It is built once from the same inputs as `frontline run` (events, gazetteer, optional
/// district and province boundaries, optional baseline), checks them the same way, and then
/// only reads. Geometry is WGS 84 longitude/latitude (RFC 7946); features carry a stable `id`
/// so that a client can ask for one of them again:
///
/// | layer | feature id |
/// |---|---|
/// | `district-control`, `mobilization`, `provinces`, `districts` | the pcode (`AF1310`) |
/// | `events` | the event id with `~` for `#` (`003-paktia~1`, ``featureID(ofEvent:)``) |
/// | `timeline` | `<pcode>@<valid_from>` (`AF1310@2021-06-23`) |
///
/// - Important: Immutable and `Sendable`; share one store between all requests.
public struct LayerStore: Sendable {
  /// The gazetteer.
  public let index: PlaceIndex
  /// Every event, in input order.
  public let events: [Event]
  /// The reports' `url` and `source` by event id, for the layers' `evidence_url`/`evidence_source`.
  let provenance: [String: ReportProvenance]
  /// The `url` and `source` of the report event `id` came from (``ReportProvenance``), nil
  /// when the report gave neither: what the map page links a statement to.
  public func provenance(ofEvent id: String) -> ReportProvenance? { provenance[id] }
  /// The control timeline folded from ``events``.
  public let timeline: ControlTimeline
  /// District geometry by pcode (the polygon, embedded or from a boundary file; the
  /// representative point with `boundaries: .none`; absent when a boundary file has no polygon
  /// for the district).
  public let districtGeometry: [String: Geometry]
  /// Province geometry by pcode, likewise.
  public let provinceGeometry: [String: Geometry]
  /// Whether districts are polygons.
  public let hasDistrictPolygons: Bool
  /// Whether provinces are polygons.
  public let hasProvincePolygons: Bool
  /// Geodesic area of each district polygon in km² (WGS 84 ellipsoid); empty with
  /// `boundaries: .none`.
  public let districtAreas: [String: Double]
  /// The credit the polygons require when they are the embedded OCHA/AGCHO ones
  /// (``EmbeddedBoundaries/attribution``, CC BY-IGO); nil for boundary files and points.
  public let attribution: String?

  /// Reads and checks the inputs, as `frontline run` does.
  /// - Parameters:
  ///   - events: extracted events.
  ///   - index: the gazetteer.
  ///   - boundaries: district polygons: embedded (default), an ADM2 GeoJSON, or none (points).
  ///   - provinces: province polygons: embedded (default), an ADM1 GeoJSON, or none (points).
  ///   - baseline: baseline CSV path, or nil.
  ///   - warn: receives each diagnostic (unmatched boundaries, undated events).
  /// - Throws: `LayerError`, `BaselineError`, `WriterError` or `ProjectionError` naming the
  ///   input.
  public init(
    events: [Event], index: PlaceIndex, boundaries: BoundarySource = .embedded,
    provinces: BoundarySource = .embedded,
    baseline: String? = nil, warn: (String) -> Void = { _ in }
  ) throws {
    let options = LayerJobOptions(
      outputDirectory: ".", boundaries: boundaries, provinces: provinces, baseline: baseline)
    let context = try LayerContext(events: events, index: index, options: options, warn: warn)
    self.index = index
    self.events = events
    attribution = boundaries == .embedded || provinces == .embedded ? EmbeddedBoundaries.attribution : nil
    provenance = context.provenance
    timeline = context.timeline
    districtGeometry = context.geometry.districts
    provinceGeometry = context.geometry.provinces
    hasDistrictPolygons = context.geometry.hasDistrictPolygons
    hasProvincePolygons = context.geometry.hasProvincePolygons
    districtAreas = context.districtBoundaries.map(LayerGeometry.districtAreas) ?? [:]
  }

  /// The first event day (the start of the record when nothing is dated).
  public var firstDay: Day { timeline.firstEventDay ?? timeline.start }
  /// The last event day: the day layers describe when no day is asked for.
  public var lastDay: Day { timeline.lastEventDay ?? firstDay }

  /// `district-control` at the end of `day`: all districts, pcode order, id = pcode.
  public func districtControl(on day: Day) -> [Feature] {
    identified(
      LayerFeatures.districtControl(
        timeline.snapshot(on: day), index: index, geometry: districtGeometry, provenance: provenance),
      by: "pcode")
  }

  /// `mobilization` counting reports dated on or before `day`, id = pcode.
  public func mobilization(through day: Day) -> [Feature] {
    identified(
      LayerFeatures.mobilization(timeline.mobilization.provinces(through: day), index: index, geometry: provinceGeometry),
      by: "pcode")
  }

  /// The feature id of an event: its id with `~` for `#` (`003-paktia#1` → `003-paktia~1`), so
  /// that an item URL needs no escaping (`#` would start a URL fragment; `~` is an RFC 3986
  /// unreserved character). The mapping is one to one: event ids end in `#` and a number, and
  /// report ids come from file names, where `#` does not occur.
  public static func featureID(ofEvent id: String) -> String {
    id.replacingOccurrences(of: "#", with: "~")
  }

  /// `events` dated inside `from…to` (either end open when nil); with both ends nil every
  /// event, undated ones included. In the layer's order, id = ``featureID(ofEvent:)`` (the
  /// `id` property keeps the event id).
  public func events(from: Day?, to: Day?) -> [Feature] {
    let kept = events.filter { event in
      guard from != nil || to != nil else { return true }
      guard let date = event.date else { return false }
      return (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
    }.sorted(by: LayerFeatures.eventOrder)
    let points: [Geometry?] = kept.map { event in
      let coordinate = index.place(id: event.place.pcode)?.coordinate
      return .point(Position(
        longitude: coordinate?.longitude ?? event.place.longitude,
        latitude: coordinate?.latitude ?? event.place.latitude))
    }
    return identified(LayerFeatures.events(kept, points: points), by: "id").map { feature in
      var copy = feature
      if case .string(let id)? = feature.id { copy.id = .string(Self.featureID(ofEvent: id)) }
      return copy
    }
  }

  /// `timeline` intervals that overlap `from…to` (either end open when nil), as known at the
  /// end of `to` (every interval, as known now, when `to` is nil). Id = `pcode@valid_from`.
  public func timeline(from: Day?, to: Day?) -> [Feature] {
    var intervals = to.map { timeline.intervals(through: $0) } ?? timeline.allIntervals
    if let from {
      intervals = intervals.filter { interval in interval.validTo.map { $0 > from } ?? true }
    }
    return LayerFeatures.timeline(intervals, index: index, geometry: districtGeometry, provenance: provenance).map { feature in
      var copy = feature
      if case .string(let pcode)? = feature[property: "pcode"], case .date(let start)? = feature[property: "valid_from"] {
        copy.id = .string(pcode + "@" + start)
      }
      return copy
    }
  }

  /// The status intervals of one district with every statement that set or confirmed them,
  /// oldest first (empty when no report names it).
  public func history(of pcode: String) -> [StatusInterval] {
    timeline.intervals(of: pcode)
  }

  /// Every province of the gazetteer (polygon or point), pcode order, id = pcode. Properties:
  /// `pcode`, `name`, `name_dari`, `name_pashto`, `iso`, `aliases` (`;`-separated), `lon`,
  /// `lat` (representative point).
  public func provinces() -> [Feature] {
    index.places(at: .province).map { place in
      Feature(
        id: .string(place.id), geometry: provinceGeometry[place.id],
        properties: [
          ("pcode", .string(place.id)),
          ("name", .string(place.name)),
          ("name_dari", .string(place.nameDari)),
          ("name_pashto", .string(place.namePashto)),
          ("iso", place.iso.map(PropertyValue.string) ?? .null),
          ("aliases", .string(place.aliases.joined(separator: ";"))),
          ("lon", .double(place.coordinate.longitude)),
          ("lat", .double(place.coordinate.latitude)),
        ])
    }
  }

  /// Every district of the gazetteer (polygon or point), pcode order, id = pcode. Properties:
  /// `pcode`, `name`, `name_dari`, `name_pashto`, `province`, `province_pcode`, `capital`,
  /// `aliases` (`;`-separated), `area_km2` (null without boundaries), `lon`, `lat`.
  public func districts() -> [Feature] {
    index.places(at: .district).map { place in
      Feature(
        id: .string(place.id), geometry: districtGeometry[place.id],
        properties: [
          ("pcode", .string(place.id)),
          ("name", .string(place.name)),
          ("name_dari", .string(place.nameDari)),
          ("name_pashto", .string(place.namePashto)),
          ("province", .string(index.province(of: place)?.name ?? "")),
          ("province_pcode", place.provincePcode.map(PropertyValue.string) ?? .null),
          ("capital", .bool(place.isCapital)),
          ("aliases", .string(place.aliases.joined(separator: ";"))),
          ("area_km2", districtAreas[place.id].map { .double(($0 * 10).rounded() / 10) } ?? .null),
          ("lon", .double(place.coordinate.longitude)),
          ("lat", .double(place.coordinate.latitude)),
        ])
    }
  }

  /// Copies `features` with their `id` set to the string property `key`.
  private func identified(_ features: [Feature], by key: String) -> [Feature] {
    features.map { feature in
      var copy = feature
      if case .string(let value)? = feature[property: key] { copy.id = .string(value) }
      return copy
    }
  }
}
