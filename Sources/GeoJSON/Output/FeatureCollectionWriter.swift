import Foundation
import GeoModel

/// Streams features into a GeoJSON FeatureCollection file, atomically.
///
/// The file is built in a temporary file next to `url` and renamed onto `url` by ``finish()``;
/// until then an older file at `url` stays intact, and if the writer is released without
/// `finish()` the temporary file is deleted. Memory stays flat: features are encoded one by
/// one into a 64 KiB buffer, and the collection `bbox` (when requested) is tracked on the fly
/// and written **after** `features` (JSON member order is free; GDAL reads it).
///
/// Layout (LF line endings, one feature per line for readable diffs, final newline):
/// ```
/// {"type":"FeatureCollection","name":"events","features":[
/// {"type":"Feature","properties":{…},"geometry":{…}},
/// {"type":"Feature","properties":{…},"geometry":{…}}
/// ],"bbox":[60.5,29.3,75,38.5]}
/// ```
///
/// ## Example
/// ```swift
/// let writer = try FeatureCollectionWriter(url: output, options: WriterOptions(name: "events"))
/// for feature in features { try writer.append(feature) }
/// try writer.finish()
/// ```
///
/// - Important: Not thread-safe and not `Sendable`: one task owns a writer. Collect results from
///   parallel workers, restore input order, then append.
public final class FeatureCollectionWriter {
  /// The final output path.
  public let url: URL
  /// The options in use.
  public let options: WriterOptions
  /// Features written so far (rejected features are not counted).
  public private(set) var featureCount = 0
  /// Extent of the geometries written so far, or `nil` before the first located feature.
  public private(set) var boundingBox: BoundingBox?

  private let encoder: FeatureEncoder
  private let output: AtomicFileOutput
  private var isFinished = false

  /// Creates the temporary output file and buffers the collection header.
  /// - Parameters:
  ///   - url: Final path; its directory must exist.
  ///   - options: Precision, CRS, name and bbox options.
  /// - Throws: ``WriterError/invalidPrecision(_:)`` or ``WriterError/cannotCreateFile(file:reason:)``.
  public init(url: URL, options: WriterOptions = WriterOptions()) throws(WriterError) {
    self.url = url
    self.options = options
    self.encoder = try FeatureEncoder(precision: options.precision)
    self.output = try AtomicFileOutput(destination: url)
    JSONText.appendRaw("{\"type\":\"FeatureCollection\"", to: &output.buffer)
    if let name = options.name {
      JSONText.appendRaw(",\"name\":", to: &output.buffer)
      JSONText.appendString(name, to: &output.buffer)
    }
    if let crsName = options.crsName {
      // GeoJSON 2008 §3.1 named CRS; GDAL maps "urn:ogc:def:crs:EPSG::32642" to EPSG:32642.
      JSONText.appendRaw(",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":", to: &output.buffer)
      JSONText.appendString(crsName, to: &output.buffer)
      JSONText.appendRaw("}}", to: &output.buffer)
    }
    JSONText.appendRaw(",\"features\":[", to: &output.buffer)
  }

  /// Encodes and buffers one feature.
  ///
  /// A feature that cannot be encoded (non-finite number, duplicate key, bad date) is not
  /// written and the writer stays usable; an I/O error ends the writer.
  /// - Parameter feature: The feature; its geometry should already be in the output CRS.
  /// - Throws: ``WriterError`` naming the file and the index this feature would have had.
  public func append(_ feature: Feature) throws(WriterError) {
    guard !isFinished, output.isOpen else { throw .alreadyFinished(file: output.displayPath) }
    let start = output.buffer.count
    JSONText.appendRaw(featureCount == 0 ? "\n" : ",\n", to: &output.buffer)
    do {
      try encoder.append(feature, to: &output.buffer, file: output.displayPath, featureIndex: featureCount)
    } catch {
      output.buffer.removeSubrange(start...)
      throw error
    }
    featureCount += 1
    if options.writesBoundingBox, let box = feature.encodedGeometry?.boundingBox ?? feature.geometry?.boundingBox {
      boundingBox = boundingBox.map { $0.union(box) } ?? box
    }
    try output.flushIfNeeded()
  }

  /// Writes the footer (and `bbox`), flushes, fsyncs, and renames the file onto ``url``.
  /// - Throws: ``WriterError/writeFailed(file:reason:)``, or
  ///   ``WriterError/alreadyFinished(file:)`` when called twice.
  public func finish() throws(WriterError) {
    guard !isFinished, output.isOpen else { throw .alreadyFinished(file: output.displayPath) }
    isFinished = true
    JSONText.appendRaw("\n]", to: &output.buffer)
    if options.writesBoundingBox, let boundingBox {
      JSONText.appendRaw(",\"bbox\":", to: &output.buffer)
      // Cannot fail: the box only holds coordinates that were already encoded.
      _ = encoder.appendBoundingBox(boundingBox, to: &output.buffer)
    }
    JSONText.appendRaw("}\n", to: &output.buffer)
    try output.commit()
  }
}
