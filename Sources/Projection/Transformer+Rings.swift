extension Transformer {
  /// Transforms many rings (or line strings) in one batch.
  ///
  /// Every vertex of every ring goes into one flat buffer, which is transformed with a single
  /// `proj_trans_generic` call and cut back into rings by their offsets — much better than one
  /// PROJ call per ring when a writer converts a whole polygon layer.
  ///
  /// - Parameter rings: Rings of longitude/latitude coordinates in degrees (``source``
  ///   geographic). Ring closure is kept as given.
  /// - Returns: The rings in the same shape, as ``ProjectedPoint``s in ``target`` units.
  /// - Throws: ``ProjectionError/pointsOutsideDomain(indices:reason:)`` whose indices count
  ///   vertices across all rings in order (ring 0's vertices first, then ring 1's, …).
  public func transform(rings: [[Coordinate]]) throws -> [[ProjectedPoint]] {
    var flat: [ProjectedPoint] = []
    flat.reserveCapacity(rings.reduce(0) { $0 + $1.count })
    for ring in rings {
      for coordinate in ring { flat.append(ProjectedPoint(coordinate)) }
    }
    try transform(&flat, direction: .forward)
    var result: [[ProjectedPoint]] = []
    result.reserveCapacity(rings.count)
    var offset = 0
    for ring in rings {
      result.append(Array(flat[offset..<(offset + ring.count)]))
      offset += ring.count
    }
    return result
  }

  /// Transforms many polygons (each an exterior ring followed by its holes) in one batch.
  ///
  /// - Parameter polygons: Polygons as arrays of rings of longitude/latitude coordinates in
  ///   degrees (``source`` geographic).
  /// - Returns: The polygons in the same shape, in ``target`` units.
  /// - Throws: ``ProjectionError/pointsOutsideDomain(indices:reason:)`` whose indices count
  ///   vertices across all polygons and rings in order.
  public func transform(polygons: [[[Coordinate]]]) throws -> [[[ProjectedPoint]]] {
    let rings = try transform(rings: polygons.flatMap { $0 })
    var result: [[[ProjectedPoint]]] = []
    result.reserveCapacity(polygons.count)
    var offset = 0
    for polygon in polygons {
      result.append(Array(rings[offset..<(offset + polygon.count)]))
      offset += polygon.count
    }
    return result
  }
}
