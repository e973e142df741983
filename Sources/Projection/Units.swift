/// A length in metres.
///
/// Geodesic results (``Geodesic``) are ellipsoidal metres on the ellipsoid the geodesic was built
/// for (WGS 84 for ``Geodesic/wgs84``). Projected coordinates (``ProjectedPoint``) are in the
/// units of their CRS, which is metres for every UTM zone covering Afghanistan
/// (EPSG:32641–32643) and for Web Mercator (EPSG:3857).
public typealias Meters = Double

/// An area in square metres, measured on the ellipsoid (see ``Geodesic/polygonArea(_:)``).
public typealias SquareMeters = Double

/// An angle in decimal degrees.
///
/// Longitudes are positive east of Greenwich, latitudes positive north of the equator, and
/// azimuths are measured clockwise from true north.
public typealias Degrees = Double
