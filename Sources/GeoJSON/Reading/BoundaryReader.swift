import Foundation

/// Reads a GeoJSON FeatureCollection of boundary polygons (OCHA or geoBoundaries ADM1/ADM2).
///
/// A dedicated byte-level parser works directly on the file's UTF-8 bytes and builds only
/// what is kept (properties and `[Position]` rings); it validates UTF-8 and JSON syntax as
/// it goes and counts lines, so every error names the file, the line (and column for syntax
/// errors) and the 0-based feature index. `JSONSerialization` would first build an
/// `NSArray` per position, several times slower on the 12 MB OCHA ADM2 file.
///
/// Accepted: RFC 7946 and the older 2008 form, 3-D positions (Z is dropped), any member order.
/// A 2008 named `crs` member is reported in ``BoundaryCollection/crsName`` (read it with
/// ``readCollection(contentsOf:)``); when it names a CRS other than WGS 84 longitude/latitude
/// and comes before `features` (as GDAL and Frontline write it), positions are not
/// range-checked as degrees: the caller transforms them. Rejected with a ``WriterError``: empty files, invalid UTF-8,
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
    try readCollection(contentsOf: url).features
  }

  /// Reads and validates the file at `url`, with its legacy `crs` member's name.
  /// - Parameter url: A GeoJSON FeatureCollection file.
  /// - Returns: The features, in file order, and the `crs` name if any.
  /// - Throws: ``WriterError`` naming the file, line and feature index.
  public func readCollection(contentsOf url: URL) throws(WriterError) -> BoundaryCollection {
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
    return try readCollection(bytes: [UInt8](data), fileName: url.path)
  }

  /// Parses GeoJSON bytes already in memory.
  /// - Parameters:
  ///   - bytes: UTF-8 JSON text.
  ///   - fileName: The name quoted in error messages.
  /// - Returns: One ``BoundaryFeature`` per feature, in order.
  /// - Throws: ``WriterError`` naming `fileName`, line and feature index.
  public func read(bytes: [UInt8], fileName: String) throws(WriterError) -> [BoundaryFeature] {
    try readCollection(bytes: bytes, fileName: fileName).features
  }

  /// Parses GeoJSON bytes already in memory, with the legacy `crs` member's name.
  /// - Throws: ``WriterError`` naming `fileName`, line and feature index.
  public func readCollection(bytes: [UInt8], fileName: String) throws(WriterError) -> BoundaryCollection {
    if let format = Self.otherFormat(bytes) { throw .notGeoJSON(file: fileName, format: format) }
    var terminated = bytes
    terminated.append(0)  // sentinel: lets the parser peek one byte past the end safely
    let options = self
    return try terminated.withUnsafeBufferPointer { buffer throws(WriterError) in
      guard let base = buffer.baseAddress else { throw WriterError.emptyFile(file: fileName) }
      var parser = BoundaryParser(
        base: base, count: buffer.count - 1, file: fileName, isGeographic: options.isGeographic,
        rewinds: options.rewindsForRFC7946)
      let features = try parser.parseDocument()
      return BoundaryCollection(features: features, crsName: parser.crsName)
    }
  }

  /// The `name` of a GeoJSON 2008 named CRS object (`{"type":"name","properties":{"name":…}}`),
  /// or nil for anything else (a linked CRS, `null`).
  static func legacyCRSName(_ bytes: [UInt8]) -> String? {
    guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
      let properties = object["properties"] as? [String: Any], let name = properties["name"] as? String,
      !name.isEmpty
    else { return nil }
    return name
  }

  /// Whether a legacy `crs` name means WGS 84 longitude/latitude, the RFC 7946 default: OGC
  /// CRS84 in any spelling, or EPSG:4326 (which GeoJSON files carry longitude-first in practice:
  /// GDAL and Frontline both write it so).
  public static func isLongitudeLatitude(crsName name: String) -> Bool {
    let compact = name.uppercased().replacingOccurrences(of: "URN:OGC:DEF:CRS:", with: "")
      .replacingOccurrences(of: "HTTP://WWW.OPENGIS.NET/DEF/CRS/", with: "")
      .split(whereSeparator: { ":/".contains($0) }).filter { $0 != "1.3" && $0 != "0" }.joined(separator: ":")
    return ["OGC:CRS84", "CRS84", "EPSG:4326"].contains(compact)
  }

  /// Names the GIS format whose signature `bytes` begin with, or nil (GeoJSON, or unknown: the
  /// JSON parser then says what is wrong). A Shapefile or GeoPackage handed to the JSON parser
  /// would only give "unexpected control character U+0000".
  ///
  /// Signatures: ESRI Shapefile `.shp`/`.shx` file code 9994 big-endian (`00 00 27 0A`, ESRI
  /// Shapefile Technical Description, 1998); SQLite's header string `SQLite format 3\0`
  /// (GeoPackage, sqlite.org/fileformat.html §1.3.1); ZIP local file header `PK\3\4` (zipped
  /// Shapefile, KMZ); FlatGeobuf's `fgb\3`; XML (KML, GML) `<`.
  static func otherFormat(_ bytes: [UInt8]) -> String? {
    func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
    if starts([0x00, 0x00, 0x27, 0x0A]) { return "an ESRI Shapefile (.shp)" }
    if starts(Array("SQLite format 3".utf8) + [0]) { return "a GeoPackage (or another SQLite database)" }
    if starts([0x50, 0x4B, 0x03, 0x04]) { return "a ZIP archive (a zipped Shapefile or KMZ? unzip it first)" }
    if starts(Array("fgb".utf8) + [0x03]) { return "a FlatGeobuf file" }
    let text = bytes.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }
    if text.first == UInt8(ascii: "<") { return "XML (KML or GML?)" }
    return nil
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
