import FrontlineTestSupport
import Projection
import Testing

/// A named place with its UTM zone 42N (EPSG:32642) coordinates as computed by PROJ's `cs2cs`.
struct AfghanPoint: Sendable, CustomTestStringConvertible {
  let name: String
  let coordinate: Coordinate
  /// Easting and northing in metres, from cs2cs (see ``Fixtures/afghanPoints``).
  let utm42: ProjectedPoint

  var testDescription: String { name }
}

enum Fixtures {
  static let kabul = Coordinate(longitude: 69.1723, latitude: 34.5281)
  static let kandahar = Coordinate(longitude: 65.7101, latitude: 31.6133)
  static let utm42 = CRS("EPSG:32642")

  /// Cities and the corners of Afghanistan's bounding box (60.5–75.0°E, 29.3–38.5°N).
  ///
  /// Expected UTM 42N values were produced with PROJ 9.1.1 (Debian proj-bin) by
  ///
  ///     printf '34.5281 69.1723\n…' | cs2cs -f %.4f EPSG:4326 EPSG:32642
  ///
  /// cs2cs honours EPSG:4326's declared axis order, so its input is **latitude first**
  /// (`echo "69.1723 34.5281" | cs2cs …` would transform the point at 69°N, 34°E and print
  /// -804645.4822 8054740.9837). The coordinates below are longitude first, as everywhere
  /// in Frontline.
  static let afghanPoints: [AfghanPoint] = [
    // echo "34.5281 69.1723" | cs2cs -f %.4f EPSG:4326 EPSG:32642 → 515812.3985 3820726.6586
    point("Kabul", 69.1723, 34.5281, 515812.3985, 3820726.6586),
    // echo "31.6133 65.7101" | cs2cs -f %.4f EPSG:4326 EPSG:32642 → 187876.4140 3502274.6294
    point("Kandahar", 65.7101, 31.6133, 187876.4140, 3502274.6294),
    // echo "34.3482 62.2031" | cs2cs -f %.4f EPSG:4326 EPSG:32642 → -125641.9875 3821761.4620
    point("Herat", 62.2031, 34.3482, -125641.9875, 3821761.4620),
    // echo "36.7090 67.1109" | cs2cs -f %.4f EPSG:4326 EPSG:32642 → 331268.1372 4064254.6566
    point("Mazar-i-Sharif", 67.1109, 36.7090, 331268.1372, 4064254.6566),
    // echo "33.5974 69.2259" | cs2cs -f %.4f EPSG:4326 EPSG:32642 → 520959.2979 3717540.8119
    point("Gardez", 69.2259, 33.5974, 520959.2979, 3717540.8119),
    // echo "29.3 60.5" | cs2cs -f %.4f EPSG:4326 EPSG:32642 → -327085.7870 3271388.6833
    point("south-west corner", 60.5, 29.3, -327085.7870, 3271388.6833),
    // echo "38.5 60.5" | cs2cs -f %.4f EPSG:4326 EPSG:32642 → -241793.4859 4295687.9690
    point("north-west corner", 60.5, 38.5, -241793.4859, 4295687.9690),
    // echo "29.3 75.0" | cs2cs -f %.4f EPSG:4326 EPSG:32642 → 1083262.9876 3256204.2268
    point("south-east corner", 75.0, 29.3, 1083262.9876, 3256204.2268),
    // echo "38.5 75.0" | cs2cs -f %.4f EPSG:4326 EPSG:32642 → 1023403.5594 4278388.6988
    point("north-east corner", 75.0, 38.5, 1023403.5594, 4278388.6988),
  ]

  private static func point(
    _ name: String, _ longitude: Double, _ latitude: Double, _ easting: Double,
    _ northing: Double
  ) -> AfghanPoint {
    AfghanPoint(
      name: name, coordinate: Coordinate(longitude: longitude, latitude: latitude),
      utm42: ProjectedPoint(x: easting, y: northing))
  }

  /// `count` reproducible points spread over Afghanistan's bounding box.
  static func randomAfghanCoordinates(count: Int, seed: UInt64) -> [Coordinate] {
    var generator = SplitMix64(seed: seed)
    return (0..<count).map { _ in
      Coordinate(
        longitude: Double.random(in: 60.5...75.0, using: &generator),
        latitude: Double.random(in: 29.3...38.5, using: &generator))
    }
  }
}

/// Distance in metres between two projected points of the same metric CRS.
func planarDistance(_ a: ProjectedPoint, _ b: ProjectedPoint) -> Double {
  ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
}
