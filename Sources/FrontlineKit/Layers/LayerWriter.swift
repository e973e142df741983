import Foundation
import GeoJSON
import GeoModel
import Projection

/// A layer file that was written.
public struct WrittenLayer: Sendable, Hashable {
  /// The file's path.
  public let path: String
  /// Features written.
  public let featureCount: Int
  /// The table inside the file, for a GeoPackage (`district_control`); nil for one file per
  /// layer.
  public var layer: String? = nil
}

/// Writes features to `DIR/<layer>.geojson` (or `.geojsonl`), atomically and streaming.
enum LayerWriter {
  /// The path of a layer file in `directory`.
  static func url(of name: String, in directory: URL, options: LayerOutputOptions) -> URL {
    directory.appendingPathComponent("\(name).\(options.format.fileExtension)")
  }

  /// Writes `features` (already in the output CRS) as layer `name`.
  /// - Throws: ``WriterError`` naming the file; no file is left half written.
  static func write(
    _ features: [Feature], name: String, in directory: URL, options: LayerOutputOptions
  ) throws -> WrittenLayer {
    let url = url(of: name, in: directory, options: options)
    switch options.format {
    case .geojson:
      let writer = try FeatureCollectionWriter(
        url: url,
        options: WriterOptions(
          precision: options.resolvedPrecision, crsName: try options.crs.map(crsName),
          name: name, writesBoundingBox: true))
      for feature in features { try writer.append(feature) }
      try writer.finish()
    case .geojsonseq:
      let writer = try FeatureSequenceWriter(url: url, precision: options.resolvedPrecision)
      for feature in features { try writer.append(feature) }
      try writer.finish()
    case .gpkg:
      // GeoPackageLayers writes every layer into one file; this per-layer path is not used.
      throw FrontlineError.invalidInput("\(name): GeoPackage layers are written together into \(GeoPackageLayers.fileName)")
    }
    return WrittenLayer(path: url.path, featureCount: features.count)
  }

  /// The legacy `crs` member's name: the OGC URN (`urn:ogc:def:crs:EPSG::32642`).
  /// - Throws: `FrontlineError.invalidInput` for a CRS without an authority code, which
  ///   GeoJSON readers could not identify.
  static func crsName(_ crs: CRS) throws -> String {
    guard let urn = crs.ogcURN else {
      throw FrontlineError.invalidInput(
        "--crs \(crs.definition): PROJ knows no authority code for this CRS, so GeoJSON readers could not identify it; use an EPSG code such as EPSG:32642")
    }
    return urn
  }
}
