internal import CProj

/// Exact geodesic (shortest-path) calculations on an ellipsoid, by Karney's algorithms.
///
/// Wraps `geodesic.h` from PROJ ([`geod_init`, `geod_inverse`, `geod_direct`,
/// `geod_polygonarea`](https://geographiclib.sourceforge.io/C/doc/geodesic_8h.html)); it needs
/// no PJ context, so a `Geodesic` is a plain `Sendable` value that can be shared freely.
/// Results are accurate to about 15 nm — far better than a spherical haversine, whose error
/// reaches 0.5 % and depends on an arbitrary radius.
///
/// All inputs are ``Coordinate``s, longitude first, in degrees on the ellipsoid's datum.
///
/// ## Example
/// ```swift
/// let kabul = Coordinate(longitude: 69.1723, latitude: 34.5281)
/// let kandahar = Coordinate(longitude: 65.7101, latitude: 31.6133)
/// Geodesic.wgs84.distance(from: kabul, to: kandahar)  // ≈ 457 123.154 m
/// ```
public struct Geodesic: Sendable {
  /// The ellipsoid's parameters and Karney's precomputed series coefficients (plain doubles,
  /// 408 bytes), as the one element of an array: the calls below pass the address of the
  /// array's element, where `withUnsafePointer(to:)` on a stored struct copied all 408 bytes to
  /// the stack at every call (one `geod_inverse` per `near` query; issue #16).
  private let storage: [geod_geodesic]

  /// Semi-major axis (equatorial radius) in metres.
  public var equatorialRadius: Meters { storage[0].a }
  /// Flattening, `(a − b) / a`; 0 for a sphere.
  public var flattening: Double { storage[0].f }

  /// Calls `body` with the address of the `geod_geodesic` (never copied).
  @inline(__always)
  private func withGeodesic(_ body: (UnsafePointer<geod_geodesic>) -> Void) {
    storage.withUnsafeBufferPointer { buffer in
      if let geodesic = buffer.baseAddress { body(geodesic) }
    }
  }

  /// Creates the geodesic calculator for an ellipsoid.
  ///
  /// - Parameters:
  ///   - equatorialRadius: Semi-major axis `a` in metres (positive).
  ///   - flattening: `f = (a − b) / a`; negative values mean a prolate ellipsoid.
  public init(equatorialRadius: Meters, flattening: Double) {
    var storage = geod_geodesic()
    // geod_init: void; fills in the series coefficients for (a, f).
    geod_init(&storage, equatorialRadius, flattening)
    self.storage = [storage]
  }

  /// The WGS 84 ellipsoid: a = 6 378 137 m, f = 1/298.257223563 (the defining constants of
  /// WGS 84, NIMA TR8350.2 §3.2; the same as PROJ's `+ellps=WGS84`).
  public static let wgs84 = Geodesic(equatorialRadius: 6_378_137, flattening: 1 / 298.257223563)

  /// Solves the inverse geodesic problem: the shortest path between two points.
  ///
  /// - Parameters:
  ///   - start: Start point, longitude first, degrees.
  ///   - end: End point, longitude first, degrees.
  /// - Returns: `distance` in metres along the ellipsoid; `initialAzimuth` at `start` and
  ///   `finalAzimuth` at `end` (direction of travel, not the back azimuth), in degrees
  ///   clockwise from north in −180…180.
  public func inverse(from start: Coordinate, to end: Coordinate)
    -> (distance: Meters, initialAzimuth: Degrees, finalAzimuth: Degrees)
  {
    var distance = 0.0
    var initialAzimuth = 0.0
    var finalAzimuth = 0.0
    withGeodesic { geodesic in
      // geod_inverse: void; latitude before longitude; NaN inputs give NaN outputs.
      geod_inverse(
        geodesic, start.latitude, start.longitude, end.latitude, end.longitude,
        &distance, &initialAzimuth, &finalAzimuth)
    }
    return (distance, initialAzimuth, finalAzimuth)
  }

  /// The ellipsoidal distance between two points, in metres.
  ///
  /// - Parameters:
  ///   - start: Start point, longitude first, degrees.
  ///   - end: End point, longitude first, degrees.
  /// - Returns: Metres along the shortest geodesic.
  public func distance(from start: Coordinate, to end: Coordinate) -> Meters {
    inverse(from: start, to: end).distance
  }

  /// Solves the direct geodesic problem: where you arrive after travelling `distance` metres
  /// from `start` on a geodesic that leaves at `azimuth`.
  ///
  /// Handy for radius boxes: the points 10 km north, east, south and west of a place.
  ///
  /// - Parameters:
  ///   - start: Start point, longitude first, degrees.
  ///   - azimuth: Initial direction in degrees clockwise from north.
  ///   - distance: Metres to travel (negative goes backwards).
  /// - Returns: The end `coordinate` (longitude in −180…180) and the `finalAzimuth` there.
  public func direct(from start: Coordinate, azimuth: Degrees, distance: Meters)
    -> (coordinate: Coordinate, finalAzimuth: Degrees)
  {
    var latitude = 0.0
    var longitude = 0.0
    var finalAzimuth = 0.0
    withGeodesic { geodesic in
      // geod_direct: void; latitude before longitude; the longitude is reduced to −180…180.
      geod_direct(
        geodesic, start.latitude, start.longitude, azimuth, distance,
        &latitude, &longitude, &finalAzimuth)
    }
    return (Coordinate(longitude: longitude, latitude: latitude), finalAzimuth)
  }

  /// The area and perimeter of a polygon whose edges are geodesics.
  ///
  /// The ring may be open or closed (a repeated first vertex at the end is ignored) and in
  /// either orientation; the area is returned as an absolute value. The polygon must be simple
  /// (no self-intersection) for the area to be meaningful. Fewer than three distinct vertices
  /// give an area of 0.
  ///
  /// - Parameter ring: Vertices, longitude first, degrees.
  /// - Returns: `area` in square metres and `perimeter` in metres, on this ellipsoid.
  public func polygonArea(_ ring: [Coordinate]) -> (area: SquareMeters, perimeter: Meters) {
    var vertices = ring[...]
    if vertices.count > 1, vertices.first == vertices.last { vertices = vertices.dropLast() }
    guard !vertices.isEmpty else { return (0, 0) }
    precondition(vertices.count <= Int(Int32.max), "ring too large for geod_polygonarea")
    var latitudes = vertices.map(\.latitude)
    var longitudes = vertices.map(\.longitude)
    var area = 0.0
    var perimeter = 0.0
    withGeodesic { geodesic in
      // geod_polygonarea: void; takes parallel latitude and longitude arrays (not modified);
      // area is positive for counter-clockwise traversal, negative for clockwise.
      geod_polygonarea(
        geodesic, &latitudes, &longitudes, Int32(vertices.count), &area, &perimeter)
    }
    return (abs(area), perimeter)
  }
}

extension Geodesic: Hashable {
  /// Two calculators are equal when their ellipsoids are.
  public static func == (lhs: Geodesic, rhs: Geodesic) -> Bool {
    lhs.equatorialRadius == rhs.equatorialRadius && lhs.flattening == rhs.flattening
  }

  /// Hashes the ellipsoid parameters.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(equatorialRadius)
    hasher.combine(flattening)
  }
}

extension Coordinate {
  /// The WGS 84 ellipsoidal distance to another coordinate, in metres
  /// (``Geodesic/wgs84``, Karney's `geod_inverse`).
  ///
  /// - Parameter other: The other point, longitude first, degrees.
  /// - Returns: Metres along the shortest geodesic.
  public func distance(to other: Coordinate) -> Meters {
    Geodesic.wgs84.distance(from: self, to: other)
  }
}
