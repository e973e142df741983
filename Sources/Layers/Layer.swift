public import Projection

/// The GIS layers Frontline writes. The raw value is the file name stem and the layer name
/// GDAL shows (`DIR/district-control.geojson`); scripts and GIS projects may rely on it.
public enum Layer: String, Sendable, Hashable, CaseIterable {
  /// One feature per district (all 399): status as of a day.
  case districtControl = "district-control"
  /// One feature per province with mobilization reports.
  case mobilization
  /// One point per event.
  case events
  /// One feature per (district, status interval), for time sliders.
  case timeline
}

/// The file format of written layers.
public enum LayerFormat: String, Sendable, Hashable, CaseIterable {
  /// A GeoJSON FeatureCollection (`.geojson`, RFC 7946 unless a CRS is chosen).
  case geojson
  /// Newline-delimited GeoJSON features (`.geojsonl`, GDAL's GeoJSONSeq driver; RFC 8142 text
  /// sequences without the RS byte).
  case geojsonseq
  /// One OGC GeoPackage 1.3.1 (`frontline.gpkg`, `snapshots.gpkg`) holding every layer and an
  /// `evidence` table, in any CRS, with DATE columns and R-tree spatial indexes.
  case gpkg

  /// The file extension, without the dot.
  public var fileExtension: String {
    switch self {
    case .geojson: "geojson"
    case .geojsonseq: "geojsonl"
    case .gpkg: "gpkg"
    }
  }
}

/// How layers are written: format, CRS and precision.
///
/// The default is RFC 7946 GeoJSON: WGS 84 longitude/latitude, 6 decimals (about 0.1 m), no
/// `crs` member, a collection `bbox`, exterior rings counter-clockwise.
public struct LayerOutputOptions: Sendable, Hashable {
  /// File format.
  public var format: LayerFormat
  /// Output CRS; nil for RFC 7946 WGS 84 longitude/latitude.
  public var crs: CRS?
  /// Decimals kept; nil for the default (6 for degrees, 2 for metres).
  public var precision: Int?

  public init(format: LayerFormat = .geojson, crs: CRS? = nil, precision: Int? = nil) {
    self.format = format
    self.crs = crs
    self.precision = precision
  }

  /// The precision in use: the explicit one, else 6 decimals for a geographic CRS (≈0.1 m at
  /// Afghanistan's latitudes) and 2 for a projected one (1 cm in metres).
  public var resolvedPrecision: Int {
    if let precision { return precision }
    guard let crs else { return 6 }
    return crs.isGeographic ? 6 : 2
  }

  /// The warning printed once when a CRS is chosen, or nil for RFC 7946 output.
  public var crsWarning: String? {
    // A GeoPackage records its CRS in gpkg_spatial_ref_sys: nothing to warn about.
    guard let crs, format != .gpkg else { return nil }
    return "--crs \(crs.definition): the layers are not RFC 7946 GeoJSON (coordinates in \(crs.definition), "
      + "legacy \"crs\" member); GDAL and QGIS read them, strict GeoJSON readers assume WGS 84"
  }
}

extension LayerOutputOptions {
  /// The legacy `crs` member's name: the OGC URN (`urn:ogc:def:crs:EPSG::32642`).
  /// - Throws: `LayerError.invalidInput` for a CRS without an authority code, which
  ///   GeoJSON readers could not identify.
  package static func crsName(_ crs: CRS) throws -> String {
    guard let urn = crs.ogcURN else {
      throw LayerError.invalidInput(
        "--crs \(crs.definition): PROJ knows no authority code for this CRS, so GeoJSON readers could not identify it; use an EPSG code such as EPSG:32642")
    }
    return urn
  }
}
