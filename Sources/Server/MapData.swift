import Chronology
import Extractor
import FrontlineKit
import Gazetteer
import GeoModel
import Layers
import Projection
import SVGWriters
import Timeline

/// The one JSON document the map page loads (`/map/data.json`): every district's shape as an
/// SVG path, its whole status history with the statements behind it (each interval's
/// `evidence` starts with the statement that set the status; the rest confirmed it), the days
/// it was reported on (`reports`, for the age of its status), the date range of the slider,
/// the legend's colours and `stale_after` (days). The page recolours districts for any day on its own, so
/// dragging the slider sends no request.
///
/// Shapes are drawn in WGS 84 / UTM 42N (EPSG:32642, as the snapshot maps) with vertices
/// closer than ``tolerance`` dropped, scaled to a ``width``-pixel-wide frame, north up, 1 decimal.
enum MapData {
  /// Width of the drawing frame in SVG user units.
  static let width = 1000.0
  /// Margin around the country, in user units.
  static let margin = 10.0

  /// Legend labels, in legend order.
  static let labels: [ControlStatus: String] = [
    .taliban: "Taliban", .contested: "Contested", .government: "Government", .unknown: "No report",
  ]

  /// The frame shapes are drawn in: WGS 84 / UTM 42N (EPSG:32642), as the snapshot maps.
  static let crs = CRS("EPSG:32642")

  /// Vertices closer than this (metres, UTM 42N) are dropped from the shapes: about one pixel
  /// of a 1 000 px wide map of Afghanistan's ~1 350 km, so the drawing looks the same while the
  /// page's data shrinks about threefold compared with the 500 m of the SVG snapshots.
  static let tolerance = 1_500.0

  /// The shapes drawn for `store`: district shapes by pcode (polygons, or points with
  /// `boundaries: .none`) and province outlines in pcode order (empty without province
  /// polygons), in ``crs`` metres with vertices closer than ``tolerance`` dropped.
  /// - Throws: `LayerError.invalidInput` when a position cannot be transformed.
  static func shapes(_ store: LayerStore) throws -> (districts: [String: Geometry], provinces: [Geometry]) {
    let projector = try GeometryProjector(crs: crs)
    let places = store.index.places(at: .district)
    let wgs84 = places.map { store.districtGeometry[$0.id] }
    var districts: [String: Geometry] = [:]
    for (place, geometry) in zip(places, try projector.project(wgs84, what: "map districts")) {
      districts[place.id] = geometry?.thinned(tolerance: tolerance)
    }
    // With polygons the store's province geometry is exactly the matched outlines (WGS 84).
    let provinces = try store.hasProvincePolygons
      ? projector.project(store.provinceGeometry.keys.sorted().map { store.provinceGeometry[$0] }, what: "map provinces")
        .compactMap { $0?.thinned(tolerance: tolerance) }
      : []
    return (districts, provinces)
  }

  /// The document for `store`.
  /// - Parameter staleAfter: days after a district's last report from which the page fades its
  ///   status (`--stale-after`).
  /// - Throws: `LayerError.invalidInput` when a shape cannot be transformed to ``crs``.
  static func json(_ store: LayerStore, staleAfter: Int = ServerConfiguration.defaultStaleAfter) throws -> String {
    let shapes = try shapes(store)
    var extent: BoundingBox?
    for geometry in Array(shapes.districts.values) + shapes.provinces {
      if let box = geometry.boundingBox { extent = extent?.union(box) ?? box }
    }
    let box = extent ?? BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1)
    let scale = (width - 2 * margin) / max(box.width, 1)
    let height = (box.height * scale + 2 * margin).rounded()
    func x(_ position: Position) -> Double { margin + (position.x - box.minX) * scale }
    func y(_ position: Position) -> Double { margin + (box.maxY - position.y) * scale }
    func path(_ geometry: Geometry) -> String? {
      var rings: [[Position]] = []
      switch geometry {
      case .polygon(let polygon): rings = polygon
      case .multiPolygon(let polygons): rings = polygons.flatMap { $0 }
      case .point, .multiPoint, .lineString: return nil
      }
      var text = ""
      for ring in rings {
        var last = ""
        var first = true
        for position in ring.dropLast() {
          let point = JSONValue.format(x(position), decimals: 1) + "," + JSONValue.format(y(position), decimals: 1)
          if point == last { continue }
          text += (first ? "M" : "L") + point
          first = false
          last = point
        }
        if !first { text += "Z" }
      }
      return text
    }

    let districts = store.index.places(at: .district).map { place -> JSONValue in
      var members: [(String, JSONValue)] = [
        ("pcode", .string(place.id)),
        ("name", .string(place.name)),
        ("name_dari", place.nameDari.isEmpty ? .null : .string(place.nameDari)),
        ("name_pashto", place.namePashto.isEmpty ? .null : .string(place.namePashto)),
        ("province", .string(store.index.province(of: place)?.name ?? "")),
        ("area_km2", store.districtAreas[place.id].map { .number($0, decimals: 1) } ?? .null),
      ]
      let shape = shapes.districts[place.id]
      if let shape, case .point(let position) = shape {
        members.append(("x", .number(x(position), decimals: 1)))
        members.append(("y", .number(y(position), decimals: 1)))
      } else {
        members.append(("d", shape.flatMap(path).map(JSONValue.string) ?? .null))
      }
      members.append(("intervals", .array(store.history(of: place.id).map { interval($0, store: store) })))
      members.append(("reports", .array(store.timeline.reportDays(of: place.id).map { .string($0.description) })))
      return .object(members)
    }
    let outlines = shapes.provinces.compactMap(path).joined()
    let statuses = ControlStatus.allCases.sorted().map { status -> JSONValue in
      .object([
        ("status", .string(status.rawValue)),
        ("label", .string(labels[status] ?? status.rawValue)),
        ("color", .string(SnapshotJob.palette[status]?.hex ?? "#ffffff")),
      ])
    }
    return JSONValue.object([
      ("from", .string(store.firstDay.description)),
      ("to", .string(store.lastDay.description)),
      ("polygons", .bool(store.hasDistrictPolygons)),
      ("stale_after", .integer(staleAfter)),
      ("width", .number(width, decimals: 0)),
      ("height", .number(height, decimals: 0)),
      ("statuses", .array(statuses)),
      ("outlines", .string(outlines)),
      ("districts", .array(districts)),
    ]).rendered + "\n"
  }

  private static func interval(_ interval: StatusInterval, store: LayerStore) -> JSONValue {
    .object([
      ("status", .string(interval.status.rawValue)),
      ("from", .string(interval.validFrom.description)),
      ("to", interval.validTo.map { .string($0.description) } ?? .null),
      ("confirmations", .integer(interval.confirmations)),
      ("evidence", .array(interval.evidence.map { evidence($0, store: store) })),
    ])
  }

  /// `text` when it is an `http:` or `https:` address, else nil.
  static func webAddress(_ text: String) -> String? {
    let lower = text.lowercased()
    return lower.hasPrefix("https://") || lower.hasPrefix("http://") ? text : nil
  }

  private static func evidence(_ evidence: StatusEvidence, store: LayerStore) -> JSONValue {
    var members: [(String, JSONValue)] = [("id", .string(evidence.id)), ("doc", .string(evidence.doc))]
    switch evidence.source {
    case .event(_, _, let type, let confidence):
      members.append(("type", .string(type.rawValue)))
      members.append(("confidence", .number(confidence, decimals: 2)))
      members.append(("event", .bool(true)))
    case .baseline:
      members.append(("type", .string("baseline")))
      members.append(("event", .bool(false)))
    }
    members.append(("date", .string(evidence.date.description)))
    members.append(("sentence", .string(evidence.sentence)))
    members.append(("via_province", evidence.viaProvince.map(JSONValue.string) ?? .null))
    // The report's address and outlet, for a link in the history. Only http(s) addresses are
    // passed on: a meta file's "javascript:…" must not become a clickable link.
    let origin = store.provenance(ofEvent: evidence.id)
    members.append(("url", origin?.url.flatMap(webAddress).map(JSONValue.string) ?? .null))
    members.append(("source", origin?.source.map(JSONValue.string) ?? .null))
    return .object(members)
  }
}
