internal import CProj

/// Transforms coordinates from one CRS to another with PROJ.
///
/// A transformer owns one PROJ transformation (`PJ`) built by
/// [`proj_create_crs_to_crs`](https://proj.org/en/9.1/development/reference/functions.html#c.proj_create_crs_to_crs)
/// and normalised with `proj_normalize_for_visualization`, so axis order is **always
/// longitude/easting first** — in and out — whatever the CRS declares (EPSG:4326 declares
/// latitude first). Inputs and outputs are ``Coordinate`` (lon/lat degrees) and
/// ``ProjectedPoint`` (`x`, `y` in the CRS unit: metres for projected CRSs, degrees for
/// geographic ones).
///
/// Non-finite results are never returned: PROJ signals per-point failure with `HUGE_VAL`,
/// which every call detects and reports as ``ProjectionError/pointsOutsideDomain(indices:reason:)``.
///
/// - Important: Not `Sendable`, and deliberately so (a PROJ context and its `PJ`s must stay on
///   one thread at a time). Create one transformer per task; to make several transformers
///   share one PROJ context, get them from a ``TransformerCache``.
///
/// ## Example
/// ```swift
/// let toUTM = try Transformer(from: .wgs84, to: CRS("EPSG:32642"))
/// let kabul = try toUTM.transform(Coordinate(longitude: 69.1723, latitude: 34.5281))
/// // kabul.x ≈ 515 812.399 m (easting), kabul.y ≈ 3 820 726.659 m (northing)
/// ```
public final class Transformer {
  /// The CRS that ``TransformDirection/forward`` transforms from.
  public let source: CRS
  /// The CRS that ``TransformDirection/forward`` transforms to.
  public let target: CRS
  /// The PROJ context all calls run on; outlives ``pj`` (it is released after `deinit`).
  let context: ProjContext
  /// The normalised transformation (`PJ *`), destroyed in `deinit`.
  let pj: OpaquePointer
  private let tracker: LifetimeTracker?

  /// Creates a transformer with its own PROJ context.
  ///
  /// - Parameters:
  ///   - source: The CRS of the input coordinates (e.g. ``CRS/wgs84``).
  ///   - target: The CRS to produce (e.g. `CRS("EPSG:32642")`, UTM zone 42N).
  /// - Throws: ``ProjectionError/unknownCRS(definition:reason:)`` or
  ///   ``ProjectionError/notACRS(definition:kind:)`` for a bad CRS — e.g.
  ///   `unknown CRS 'EPSG:999999': crs not found`;
  ///   ``ProjectionError/cannotCreateTransformation(source:target:reason:)`` when PROJ finds
  ///   no operation between valid CRSs.
  public convenience init(from source: CRS, to target: CRS) throws {
    try self.init(from: source, to: target, context: ProjContext())
  }

  /// Creates a transformer on an existing context (see ``TransformerCache``).
  init(from source: CRS, to target: CRS, context: ProjContext) throws(ProjectionError) {
    // Parse both CRSs ourselves first: proj_create_crs_to_crs would do the same, but then the
    // error could not say which of the two definitions PROJ rejected.
    let sourcePJ = try context.makeCRS(source)
    defer { proj_destroy(sourcePJ) }
    let targetPJ = try context.makeCRS(target)
    defer { proj_destroy(targetPJ) }

    context.clearMessages()
    let errnoBefore = proj_context_errno(context.handle)
    // proj_create_crs_to_crs_from_pj: the step proj_create_crs_to_crs performs after parsing
    // the two strings. Returns NULL (message via the log callback) when no operation exists.
    // PROJ 9.1 logs nothing and leaves errno at 0 when it simply finds no operation (e.g.
    // EPSG:4326 → an engineering CRS), hence the explicit fallback text.
    guard let raw = proj_create_crs_to_crs_from_pj(context.handle, sourcePJ, targetPJ, nil, nil)
    else {
      throw .cannotCreateTransformation(
        source: source.definition, target: target.definition,
        reason: context.creationFailureReason(
          errnoBefore: errnoBefore, fallback: "no coordinate operation found"))
    }
    // proj_normalize_for_visualization: returns a NEW PJ with lon/lat (easting/northing) axis
    // order, or NULL on failure. The raw PJ is ours to destroy either way.
    let normalized = proj_normalize_for_visualization(context.handle, raw)
    proj_destroy(raw)
    guard let normalized else {
      throw .cannotCreateTransformation(
        source: source.definition, target: target.definition,
        reason: context.creationFailureReason(
          errnoBefore: errnoBefore, fallback: "cannot normalise the axis order"))
    }

    self.source = source
    self.target = target
    self.context = context
    self.pj = normalized
    self.tracker = LifetimeTracker.current
    tracker?.didCreate(.transformer)
  }

  deinit {
    // proj_destroy: void. Runs before the stored `context` is released, so the PJ never
    // outlives its PJ_CONTEXT.
    proj_destroy(pj)
    tracker?.didDestroy(.transformer)
  }

  /// Transforms one geographic coordinate from ``source`` to ``target``.
  ///
  /// Use this when ``source`` is geographic (e.g. ``CRS/wgs84``): the longitude is passed as
  /// `x` and the latitude as `y`.
  ///
  /// - Parameter coordinate: Longitude and latitude in degrees.
  /// - Returns: Easting/northing in metres for a projected target, lon/lat in degrees for a
  ///   geographic one.
  /// - Throws: ``ProjectionError/pointsOutsideDomain(indices:reason:)`` with index 0 if PROJ
  ///   cannot transform the point (e.g. latitude 95°).
  public func transform(_ coordinate: Coordinate) throws -> ProjectedPoint {
    var points = [ProjectedPoint(coordinate)]
    try transform(&points, direction: .forward)
    return points[0]
  }

  /// Transforms one point from ``target`` back to ``source``.
  ///
  /// Use this when ``source`` is geographic: the result's `x` is read as the longitude and
  /// `y` as the latitude.
  ///
  /// - Parameter point: `x`/`y` in ``target``'s units (metres for UTM).
  /// - Returns: Longitude and latitude in degrees.
  /// - Throws: ``ProjectionError/pointsOutsideDomain(indices:reason:)`` with index 0.
  public func inverse(_ point: ProjectedPoint) throws -> Coordinate {
    var points = [point]
    try transform(&points, direction: .inverse)
    return Coordinate(points[0])
  }
}
