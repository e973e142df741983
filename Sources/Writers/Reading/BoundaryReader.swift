import Foundation

/// Reads a GeoJSON FeatureCollection of boundary polygons (OCHA or geoBoundaries ADM1/ADM2).
///
/// A dedicated byte-level parser works directly on the file's UTF-8 bytes and builds only
/// what is kept (properties and `[Position]` rings); it validates UTF-8 and JSON syntax as
/// it goes and counts lines, so every error names the file, the line (and column for syntax
/// errors) and the 0-based feature index. `JSONSerialization` would first build an
/// `NSArray` per position, several times slower on the 12 MB OCHA ADM2 file.
///
/// Accepted: RFC 7946 and the older 2008 form (a `crs` member is ignored), 3-D positions (Z is
/// dropped), any member order. Rejected with a ``WriterError``: empty files, invalid UTF-8,
/// malformed JSON, `NaN`/`Infinity`, anything but a FeatureCollection, no features, features
/// without geometry or with a type other than Polygon/MultiPolygon, rings with fewer than four
/// positions or not closed ([RFC 7946 §3.1.6](https://datatracker.ietf.org/doc/html/rfc7946#section-3.1.6)),
/// and — when ``isGeographic`` — positions beyond ±180° longitude or ±90° latitude.
///
/// ## Example
/// ```swift
/// let districts = try BoundaryReader(rewindsForRFC7946: true)
///   .read(contentsOf: URL(filePath: "afg_adm2_ocha_agcho_20180522.geojson"))
/// ```
public struct BoundaryReader: Hashable, Sendable {
  /// Whether positions are longitude/latitude degrees and must be range-checked.
  public var isGeographic: Bool
  /// Whether to return rings rewound to RFC 7946 orientation (exterior counter-clockwise).
  public var rewindsForRFC7946: Bool

  /// Creates a reader.
  /// - Parameters:
  ///   - isGeographic: Range-check longitude (±180) and latitude (±90).
  ///   - rewindsForRFC7946: Rewind rings with ``Geometry/rewoundForRFC7946()``.
  public init(isGeographic: Bool = true, rewindsForRFC7946: Bool = false) {
    self.isGeographic = isGeographic
    self.rewindsForRFC7946 = rewindsForRFC7946
  }

  /// Reads and validates the file at `url`.
  /// - Parameter url: A GeoJSON FeatureCollection file.
  /// - Returns: One ``BoundaryFeature`` per feature, in file order.
  /// - Throws: ``WriterError`` naming the file, line and feature index.
  public func read(contentsOf url: URL) throws(WriterError) -> [BoundaryFeature] {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw .cannotReadFile(file: url.path, reason: "it is a directory, not a GeoJSON file")
    }
    // An empty regular file is not read: Data(contentsOf:) leaks its 4 KiB buffer on one
    // (swift-foundation 6.3, found by `swift test --sanitize=address`).
    let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
    if attributes?[.size] as? Int == 0, attributes?[.type] as? FileAttributeType == .typeRegular {
      throw .emptyFile(file: url.path)
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw .cannotReadFile(file: url.path, reason: Self.reason(error))
    }
    return try read(bytes: [UInt8](data), fileName: url.path)
  }

  /// Parses GeoJSON bytes already in memory.
  /// - Parameters:
  ///   - bytes: UTF-8 JSON text.
  ///   - fileName: The name quoted in error messages.
  /// - Returns: One ``BoundaryFeature`` per feature, in order.
  /// - Throws: ``WriterError`` naming `fileName`, line and feature index.
  public func read(bytes: [UInt8], fileName: String) throws(WriterError) -> [BoundaryFeature] {
    var terminated = bytes
    terminated.append(0)  // sentinel: lets the parser peek one byte past the end safely
    let options = self
    return try terminated.withUnsafeBufferPointer { buffer throws(WriterError) in
      guard let base = buffer.baseAddress else { throw WriterError.emptyFile(file: fileName) }
      var parser = BoundaryParser(
        base: base, count: buffer.count - 1, file: fileName, isGeographic: options.isGeographic,
        rewinds: options.rewindsForRFC7946)
      return try parser.parseDocument()
    }
  }

  private static func reason(_ error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code))
    {
      return String(describing: POSIXError(code).localizedDescription)
    }
    return nsError.localizedDescription
  }
}
