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
  /// PROJ's `geod_inverse`) from `point` to each place's representative point; equal distances
  /// in id order.
  ///
  /// Points outside Afghanistan work too: the nearest places are returned. For many queries,
  /// build a `PlaceLocator` once with `locator(level:)`.
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
    // One query: the limit-1 candidate grid would cost more to build than it saves.
    return PlaceLocator(places: places.filter { $0.level == level }, candidateGrid: false)
      .nearest(to: point, radius: radius, limit: limit)
  }

  /// A spatial index over the places of `level`, answering `nearest(to:)` queries without
  /// measuring every place.
  public func locator(level: PlaceLevel = .district) -> PlaceLocator {
    PlaceLocator(places: places.filter { $0.level == level })
  }
}

/// Nearest-place queries over a fixed list of places: a k-d tree on Earth-centred positions with
/// an exact geodesic re-rank (`GeodesicPointIndex`), so results equal measuring every place and
/// sorting by (distance, id). Immutable and `Sendable`.
public struct PlaceLocator: Sendable {
  /// The places, in id order.
  public let places: [Place]
  let points: GeodesicPointIndex

  public init(places: [Place]) {
    self.init(places: places, candidateGrid: true)
  }

  init(places: [Place], candidateGrid: Bool) {
    let sorted = places.sorted { $0.id < $1.id }
    self.places = sorted
    points = GeodesicPointIndex(sorted.map(\.coordinate), candidateGrid: candidateGrid)
  }

  /// Places ordered by geodesic distance from `point`, at most `limit`, within `radius` metres
  /// when given.
  public func nearest(to point: Coordinate, radius: Meters? = nil, limit: Int = 10) -> [NearbyPlace] {
    points.nearest(to: point, limit: limit, radius: radius).map {
      NearbyPlace(place: places[$0.position], distance: $0.distance, bearing: $0.bearing)
    }
  }
}
