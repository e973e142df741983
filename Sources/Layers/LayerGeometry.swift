import Foundation
import Gazetteer
import GeoModel
import Projection

/// The geometry of every district and province in the output CRS, built once per job and
/// shared by all layers and snapshot dates.
///
/// A district's geometry is its polygon (as a MultiPolygon): the embedded OCHA/AGCHO one, or
/// the one from `--boundaries FILE`; with `--boundaries none` it is the gazetteer's
/// representative point. Likewise provinces with `--provinces`. With polygons, a
/// place without a polygon has no geometry (`nil`, written as `"geometry":null`) so that the
/// layer keeps a single geometry type.
package struct LayerGeometry {
  /// District geometry by pcode, in the output CRS.
  package let districts: [String: Geometry]
  /// Province geometry by pcode, in the output CRS.
  package let provinces: [String: Geometry]
  /// Whether districts are polygons (not `--boundaries none`).
  package let hasDistrictPolygons: Bool
  /// Whether provinces are polygons (not `--provinces none`).
  package let hasProvincePolygons: Bool
  /// The projector into the output CRS (for event points).
  package let projector: GeometryProjector

  /// - Parameters:
  ///   - districtBoundaries: matched ADM2 polygons, WGS 84, or nil for points.
  ///   - provinceBoundaries: matched ADM1 polygons, WGS 84, or nil for points.
  package init(
    index: PlaceIndex, districtBoundaries: BoundaryMatching?, provinceBoundaries: BoundaryMatching?,
    projector: GeometryProjector
  ) throws {
    self.projector = projector
    hasDistrictPolygons = districtBoundaries != nil
    hasProvincePolygons = provinceBoundaries != nil
    districts = try Self.table(
      index.places(at: .district), polygons: districtBoundaries, projector: projector, what: "district geometry")
    provinces = try Self.table(
      index.places(at: .province), polygons: provinceBoundaries, projector: projector, what: "province geometry")
  }

  private static func table(
    _ places: [Place], polygons: BoundaryMatching?, projector: GeometryProjector, what: String
  ) throws -> [String: Geometry] {
    let wgs84: [Geometry?] = places.map { place in
      if let polygons { return polygons.geometries[place.id] }
      return .point(Position(longitude: place.coordinate.longitude, latitude: place.coordinate.latitude))
    }
    let projected = try projector.project(wgs84, what: what)
    var table: [String: Geometry] = [:]
    for (place, geometry) in zip(places, projected) { table[place.id] = geometry }
    return table
  }
}

extension LayerGeometry {
  /// One warning per district or province polygon that rounding to `decimals` would have
  /// made invalid, saying what ``GeoModel/Geometry/quantised(decimals:)`` did instead (the
  /// writers apply it; this only reports it), in pcode order.
  package func quantisationWarnings(decimals: Int, index: PlaceIndex) -> [String] {
    var lines: [String] = []
    for (what, table) in [("district", districts), ("province", provinces)] {
      for pcode in table.keys.sorted() {
        guard let geometry = table[pcode] else { continue }
        let repairs = geometry.quantised(decimals: decimals).repairs
        guard !repairs.isEmpty else { continue }
        let name = index.place(id: pcode).map { " (\($0.name))" } ?? ""
        let details = repairs.map { repair -> String in
          let ring = "ring \(repair.ringIndex + 1) of part \(repair.polygonIndex + 1)"
          switch repair.action {
          case .keptDecimals(let kept): return "\(ring) keeps \(kept) decimals"
          case .droppedRing: return "\(ring) collapses and is left out"
          }
        }
        lines.append(
          "\(what) \(pcode)\(name): rounding to \(decimals) decimals would make its polygon invalid (a ring crossing "
            + "itself or collapsing); " + details.joined(separator: ", "))
      }
    }
    return lines
  }
}

extension LayerGeometry {
  /// Geodesic area of each district polygon in km² on the WGS 84 ellipsoid (Karney's
  /// `geod_polygonarea` through ``Geodesic/polygonArea(_:)``): each part's exterior minus its
  /// holes.
  package static func districtAreas(_ boundaries: BoundaryMatching) -> [String: Double] {
    boundaries.geometries.mapValues(area)
  }

  /// Geodesic area of a (multi)polygon in km² on the WGS 84 ellipsoid: each part's exterior
  /// minus its holes; 0 for points and lines.
  package static func area(_ geometry: Geometry) -> Double {
    let polygons: [[[Position]]] =
      switch geometry {
      case .polygon(let rings): [rings]
      case .multiPolygon(let polygons): polygons
      case .point, .multiPoint, .lineString: []
      }
    var squareMetres = 0.0
    for rings in polygons {
      for (i, ring) in rings.enumerated() {
        let area = Geodesic.wgs84.polygonArea(ring.map { Coordinate(longitude: $0.x, latitude: $0.y) }).area
        squareMetres += i == 0 ? area : -area
      }
    }
    return squareMetres / 1_000_000
  }
}
