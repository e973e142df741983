import GeoModel
import Projection

/// Transforms geometries from WGS 84 longitude/latitude into an output CRS, many at a time.
///
/// All positions of a batch go into one flat buffer and through a single `proj_trans_generic`
/// call (``Transformer/transform(_:direction:)``), then are cut back into their geometries;
/// polygons are rewound afterwards so exterior rings stay counter-clockwise in the output
/// frame. Without a CRS it returns the geometries unchanged.
///
/// - Important: Not `Sendable` (it owns a ``Transformer``); one job or task uses it.
package final class GeometryProjector {
  /// The output CRS; nil for WGS 84 longitude/latitude.
  let crs: CRS?
  private let transformer: Transformer?

  /// - Throws: ``ProjectionError`` when PROJ cannot build WGS 84 → `crs`.
  package init(crs: CRS?) throws {
    self.crs = crs
    transformer = try crs.map { try Transformer(from: .wgs84, to: $0) }
  }

  /// The geometries in the output CRS, in order (nil stays nil).
  /// - Parameter what: names the geometries in an error (`district boundaries`).
  /// - Throws: `LayerError.invalidInput` when a position cannot be transformed.
  package func project(_ geometries: [Geometry?], what: String) throws -> [Geometry?] {
    guard let transformer else { return geometries }
    var buffer: [ProjectedPoint] = []
    for geometry in geometries {
      geometry?.forEachPosition { buffer.append(ProjectedPoint(x: $0.x, y: $0.y)) }
    }
    do {
      try transformer.transform(&buffer)
    } catch let error as ProjectionError {
      throw LayerError.invalidInput("cannot transform \(what) to \(transformer.target.definition): \(error)")
    }
    var cursor = 0
    func take(_ positions: [Position]) -> [Position] {
      defer { cursor += positions.count }
      return buffer[cursor..<(cursor + positions.count)].map { Position(x: $0.x, y: $0.y) }
    }
    return geometries.map { geometry -> Geometry? in
      guard let geometry else { return nil }
      switch geometry {
      case .point:
        let point = buffer[cursor]
        cursor += 1
        return .point(Position(x: point.x, y: point.y))
      case .multiPoint(let positions): return .multiPoint(take(positions))
      case .lineString(let positions): return .lineString(take(positions))
      case .polygon(let rings): return Geometry.polygon(rings.map(take)).rewoundForRFC7946()
      case .multiPolygon(let polygons):
        return Geometry.multiPolygon(polygons.map { $0.map(take) }).rewoundForRFC7946()
      }
    }
  }

  /// One geometry in the output CRS.
  func project(_ geometry: Geometry, what: String) throws -> Geometry {
    try project([geometry], what: what)[0] ?? geometry
  }
}
