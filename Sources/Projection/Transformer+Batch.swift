internal import CProj

extension Transformer {
  /// Transforms a buffer of points in place with a single `proj_trans_generic` call.
  ///
  /// This is the primitive all other transform methods use. The `x` and `y` of every point are
  /// handed to PROJ as two strided arrays (stride 16 bytes) over the array's own storage, so no
  /// copy is made. Afterwards every output is checked with `isFinite`, because
  /// `proj_trans_generic` does not report per-point failure in its return value (it returns
  /// the full count and writes `HUGE_VAL` for a bad point, STYLE §3.4).
  ///
  /// - Parameters:
  ///   - points: `x`/`y` in the CRS the transform starts from (``source`` for `.forward`,
  ///     ``target`` for `.inverse`); replaced with the result. For a geographic CRS `x` is the
  ///     longitude and `y` the latitude.
  ///   - direction: ``TransformDirection/forward`` (source → target, default) or
  ///     ``TransformDirection/inverse``.
  /// - Throws: ``ProjectionError/pointsOutsideDomain(indices:reason:)`` listing the index of
  ///   every point with a non-finite result, with PROJ's reason (e.g.
  ///   `Invalid coordinate: utm: Invalid latitude`). The transformer stays usable.
  /// - Important: When this throws, `points` holds partly transformed values (the failing ones
  ///   infinite); discard it, or drop the listed indices and transform the original again.
  public func transform(_ points: inout [ProjectedPoint], direction: TransformDirection = .forward)
    throws
  {
    guard !points.isEmpty else { return }
    context.clearMessages()
    // proj_errno_reset: clears the PJ's and its context's errno (both are sticky) and returns
    // the old value, which is deliberately dropped: it belongs to an earlier call.
    _ = proj_errno_reset(pj)
    let errno = points.withUnsafeMutableBufferPointer { buffer -> Int32 in
      // pointer(to:) yields typed pointers to the stored properties of the first element;
      // stepping by the element stride then visits the same field of every element.
      guard let base = buffer.baseAddress, let xs = base.pointer(to: \.x),
        let ys = base.pointer(to: \.y)
      else { return 0 }
      let stride = MemoryLayout<ProjectedPoint>.stride
      // proj_trans_generic: transforms in place and returns the number of points it processed
      // (even when some of them failed, which become HUGE_VAL); per-point failure is visible
      // only in the outputs and in proj_errno. z and t are absent (NULL, count 0).
      _ = proj_trans_generic(
        pj, direction.projValue,
        xs, stride, buffer.count,
        ys, stride, buffer.count,
        nil, 0, 0,
        nil, 0, 0)
      // proj_errno: the error of the last failing point of this batch, 0 if none.
      return proj_errno(pj)
    }
    var failures: [Int] = []
    for (index, point) in points.enumerated() where !(point.x.isFinite && point.y.isFinite) {
      failures.append(index)
    }
    if failures.isEmpty {
      if errno != 0 { _ = proj_errno_reset(pj) }
      return
    }
    let reason = context.transformFailureReason(errno: errno)
    // Reset again so the next call on this transformer, or a later proj_create on the same
    // context, does not see this batch's errno (STYLE §3.5).
    _ = proj_errno_reset(pj)
    context.clearMessages()
    throw ProjectionError.pointsOutsideDomain(indices: failures, reason: reason)
  }

  /// Transforms geographic coordinates from ``source`` to ``target`` in one batch.
  ///
  /// - Parameter coordinates: Longitude/latitude pairs in degrees (``source`` geographic).
  /// - Returns: One point per input, in order: easting/northing in metres for a projected
  ///   target, lon/lat in degrees for a geographic one.
  /// - Throws: ``ProjectionError/pointsOutsideDomain(indices:reason:)`` with the indices of all
  ///   failing inputs.
  public func transform(_ coordinates: [Coordinate]) throws -> [ProjectedPoint] {
    var points = coordinates.map(ProjectedPoint.init)
    try transform(&points, direction: .forward)
    return points
  }

  /// Transforms points from ``target`` back to ``source`` in one batch.
  ///
  /// - Parameter points: `x`/`y` in ``target``'s units (metres for UTM).
  /// - Returns: One coordinate per input, in order, longitude/latitude in degrees
  ///   (``source`` geographic).
  /// - Throws: ``ProjectionError/pointsOutsideDomain(indices:reason:)``.
  public func inverse(_ points: [ProjectedPoint]) throws -> [Coordinate] {
    var points = points
    try transform(&points, direction: .inverse)
    return points.map(Coordinate.init)
  }
}
