internal import CProj

/// The flavour of Well-Known Text that ``CRS/wkt(_:multiline:)`` writes.
///
/// See [`proj_as_wkt`](https://proj.org/en/9.1/development/reference/functions.html#c.proj_as_wkt).
public enum WKTFormat: Hashable, Sendable, CaseIterable, CustomStringConvertible {
  /// OGC 18-010r7 (WKT2:2019), the default; what `projinfo` prints.
  case wkt2019
  /// ISO 19162:2015 (WKT2:2015), e.g. for the GeoPackage `definition_12_063` column.
  case wkt2015
  /// WKT1 as written by GDAL, e.g. for the GeoPackage `definition` column.
  case wkt1GDAL
  /// WKT1 as written by Esri (`.prj` files).
  case wkt1ESRI

  /// The name used in messages.
  public var description: String {
    switch self {
    case .wkt2019: return "WKT2:2019"
    case .wkt2015: return "WKT2:2015"
    case .wkt1GDAL: return "WKT1 (GDAL)"
    case .wkt1ESRI: return "WKT1 (ESRI)"
    }
  }

  /// The matching C enumerator.
  var projValue: PJ_WKT_TYPE {
    switch self {
    case .wkt2019: return PJ_WKT2_2019
    case .wkt2015: return PJ_WKT2_2015
    case .wkt1GDAL: return PJ_WKT1_GDAL
    case .wkt1ESRI: return PJ_WKT1_ESRI
    }
  }
}
