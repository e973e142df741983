public import Projection

/// A place found near a point, with the geodesic from the point to the place.
public struct NearbyPlace: Sendable, Hashable {
  /// The place (its representative point is the target).
  public let place: Place
  /// Ellipsoidal distance on WGS 84, in metres.
  public let distance: Meters
  /// Initial bearing from the query point to the place, degrees clockwise from true north,
  /// in [0, 360).
  public let bearing: Degrees
}

extension PlaceIndex {
  /// Places of `level` ordered by geodesic distance (WGS 84 ellipsoid, Karney's algorithm via
  /// PROJ's `geod_inverse`) from `point` to each place's representative point.
  ///
  /// Points outside Afghanistan work too: the nearest places are returned.
  /// - Parameters:
  ///   - point: WGS 84 degrees, longitude first.
  ///   - radius: keep places within this many metres (nil: no limit).
  ///   - limit: at most this many places.
  ///   - level: which places to rank (districts by default).
  public func nearest(
    to point: Coordinate, radius: Meters? = nil, limit: Int = 10,
    level: PlaceLevel = .district
  ) -> [NearbyPlace] {
    guard limit > 0 else { return [] }
    let geodesic = Geodesic.wgs84
    var found: [NearbyPlace] = []
    for place in places where place.level == level {
      let line = geodesic.inverse(from: point, to: place.coordinate)
      if let radius, line.distance > radius { continue }
      var bearing = line.initialAzimuth.truncatingRemainder(dividingBy: 360)
      if bearing < 0 { bearing += 360 }
      found.append(NearbyPlace(place: place, distance: line.distance, bearing: bearing))
    }
    found.sort { ($0.distance, $0.place.id) < ($1.distance, $1.place.id) }
    return Array(found.prefix(limit))
  }
}
