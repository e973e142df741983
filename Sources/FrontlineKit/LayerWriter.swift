import Foundation
import GeoJSON
import GeoModel
import Layers
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
          precision: options.resolvedPrecision, crsName: try options.crs.map(LayerOutputOptions.crsName),
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
}

extension LayerContext {
  /// Creates `path` (and parents) when missing.
  static func makeDirectory(_ path: String) throws -> URL {
    let url = URL(fileURLWithPath: path, isDirectory: true)
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw FrontlineError.invalidInput("\(path): exists and is not a directory; choose another -o")
      }
      return url
    }
    do {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    } catch {
      throw FrontlineError.invalidInput("\(path): cannot create the output directory: \(error.localizedDescription)")
    }
    return url
  }
}
