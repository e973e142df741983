import Foundation
import GeoModel

/// Streams features as a GeoJSON text sequence: one feature per line, atomically.
///
/// By default this is the newline-delimited `.geojsonl` form that GDAL's GeoJSONSeq driver
/// reads. With `recordSeparator: true` every record is prefixed with RS (0x1E), as
/// [RFC 8142 §2](https://datatracker.ietf.org/doc/html/rfc8142#section-2) specifies for
/// `application/geo+json-seq` (`.geojsons`). No collection-level members exist, so there is no
/// `crs`, `name` or `bbox`; use ``FeatureCollectionWriter`` when those matter. Same atomic
/// temp-file-and-rename semantics as ``FeatureCollectionWriter``.
///
/// ## Example
/// ```swift
/// let writer = try FeatureSequenceWriter(url: URL(filePath: "events.geojsonl"))
/// for feature in features { try writer.append(feature) }
/// try writer.finish()
/// ```
///
/// - Important: Not thread-safe and not `Sendable`: one task owns a writer.
public final class FeatureSequenceWriter {
  /// The final output path.
  public let url: URL
  /// Whether each record starts with RS (0x1E).
  public let recordSeparator: Bool
  /// Features written so far.
  public private(set) var featureCount = 0

  private let encoder: FeatureEncoder
  private let output: AtomicFileOutput
  private var isFinished = false

  /// Creates the temporary output file.
  /// - Parameters:
  ///   - url: Final path; its directory must exist.
  ///   - precision: Decimals kept (0...15): 6 for degrees, 2 for metres.
  ///   - recordSeparator: Prefix records with RS (RFC 8142) instead of plain lines.
  /// - Throws: ``WriterError/invalidPrecision(_:)`` or ``WriterError/cannotCreateFile(file:reason:)``.
  public init(url: URL, precision: Int = 6, recordSeparator: Bool = false) throws(WriterError) {
    self.url = url
    self.recordSeparator = recordSeparator
    self.encoder = try FeatureEncoder(precision: precision)
    self.output = try AtomicFileOutput(destination: url)
  }

  /// Encodes and buffers one feature as one record.
  ///
  /// A feature that cannot be encoded is not written and the writer stays usable.
  /// - Parameter feature: The feature.
  /// - Throws: ``WriterError`` naming the file and feature index.
  public func append(_ feature: Feature) throws(WriterError) {
    guard !isFinished, output.isOpen else { throw .alreadyFinished(file: output.displayPath) }
    let start = output.buffer.count
    if recordSeparator { output.buffer.append(0x1E) }
    do {
      try encoder.append(feature, to: &output.buffer, file: output.displayPath, featureIndex: featureCount)
    } catch {
      output.buffer.removeSubrange(start...)
      throw error
    }
    output.buffer.append(UInt8(ascii: "\n"))
    featureCount += 1
    try output.flushIfNeeded()
  }

  /// Flushes, fsyncs and renames the file onto ``url``. Zero features give an empty file.
  /// - Throws: ``WriterError/writeFailed(file:reason:)`` or ``WriterError/alreadyFinished(file:)``.
  public func finish() throws(WriterError) {
    guard !isFinished, output.isOpen else { throw .alreadyFinished(file: output.displayPath) }
    isFinished = true
    try output.commit()
  }
}
