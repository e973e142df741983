/// A position in the coordinate space of a CRS, as `x` then `y`.
///
/// This is what ``Transformer`` produces and, for ``TransformDirection/inverse``, consumes.
/// Because every ``Transformer`` normalises axis order with `proj_normalize_for_visualization`:
///
/// - for a **projected** CRS (UTM 42N, EPSG:32642; Web Mercator, EPSG:3857) `x` is the easting
///   and `y` the northing, in the CRS's linear unit — **metres** for all CRSs Frontline uses;
/// - for a **geographic** CRS (EPSG:4326) `x` is the longitude and `y` the latitude, in
///   **degrees**.
///
/// The memory layout is exactly two `Double`s (`x` at offset 0, `y` at offset 8, stride 16), so
/// batch transforms run in place over an `[ProjectedPoint]` with one `proj_trans_generic` call.
public struct ProjectedPoint: Hashable, Sendable {
  /// Easting (metres) for projected CRSs, longitude (degrees) for geographic ones.
  public var x: Double
  /// Northing (metres) for projected CRSs, latitude (degrees) for geographic ones.
  public var y: Double

  /// Creates a point from `x` (easting or longitude) and `y` (northing or latitude).
  ///
  /// - Parameters:
  ///   - x: Easting in metres, or longitude in degrees for a geographic CRS.
  ///   - y: Northing in metres, or latitude in degrees for a geographic CRS.
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }

  /// Reinterprets a geographic coordinate as `x` = longitude, `y` = latitude (degrees).
  ///
  /// - Parameter coordinate: A longitude/latitude pair in degrees.
  public init(_ coordinate: Coordinate) {
    self.init(x: coordinate.longitude, y: coordinate.latitude)
  }
}

extension Coordinate {
  /// Reinterprets a point of a geographic CRS as a coordinate: `x` is taken as the longitude
  /// and `y` as the latitude, both in degrees.
  ///
  /// - Parameter point: A point whose CRS is geographic (for example the output of a
  ///   ``Transformer`` whose target is ``CRS/wgs84``).
  public init(_ point: ProjectedPoint) {
    self.init(longitude: point.x, latitude: point.y)
  }
}
