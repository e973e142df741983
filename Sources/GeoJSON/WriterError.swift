public import Projection

/// Every failure of the `GeoJSON` module (and of `SVGWriters`, which writes through it), with a
/// message that names the file.
///
/// Output failures carry the output path (and, for encoding problems, the index of the
/// feature passed to `append`). Input failures from ``BoundaryReader`` carry the input path,
/// the 1-based line (and column where one makes sense) and the 0-based feature index.
/// ``description`` is the user-facing text; it is lower-case so the CLI can add `error: `.
public enum WriterError: FrontlineFailure, Hashable, Sendable {
  // MARK: Output

  /// `precision` is outside `0...15` (a Double has about 15–17 significant digits).
  case invalidPrecision(Int)
  /// The temporary output file could not be created next to `file`.
  case cannotCreateFile(file: String, reason: String)
  /// Writing, syncing, closing or renaming failed.
  case writeFailed(file: String, reason: String)
  /// `append` or `finish` was called after `finish`.
  case alreadyFinished(file: String)
  /// A number to be written is NaN or infinite. `file` is `nil` for in-memory encoding.
  case nonFiniteNumber(file: String?, featureIndex: Int, location: String)
  /// Two properties of one feature share a key.
  case duplicatePropertyKey(file: String?, featureIndex: Int, key: String)
  /// A `.date` property value is not `YYYY-MM-DD`, or a `.dateTime` one not
  /// `YYYY-MM-DDTHH:MM:SSZ`.
  case invalidDate(file: String?, featureIndex: Int, key: String, value: String)

  // MARK: Input

  /// The input could not be opened or read.
  case cannotReadFile(file: String, reason: String)
  /// The input has no bytes (or only whitespace).
  case emptyFile(file: String)
  /// The input is another GIS format, recognised by its first bytes (`a Shapefile`,
  /// `a GeoPackage`); the message says how to convert it.
  case notGeoJSON(file: String, format: String)
  /// The bytes at `line:column` are not valid UTF-8.
  case invalidUTF8(file: String, line: Int, column: Int)
  /// The input is not well-formed JSON at `line:column`.
  case malformedJSON(file: String, line: Int, column: Int, message: String)
  /// A `NaN`/`Infinity` token, or a number too large for a Double, at `line:column`.
  case nonFiniteToken(file: String, line: Int, column: Int, token: String)
  /// The top-level value is JSON but not a GeoJSON FeatureCollection.
  case notAFeatureCollection(file: String, found: String)
  /// The FeatureCollection's `features` array is empty.
  case noFeatures(file: String)
  /// A feature has no `geometry` member or a `null` one.
  case missingGeometry(file: String, line: Int, featureIndex: Int)
  /// A feature's geometry is not a Polygon or MultiPolygon.
  case unsupportedGeometry(file: String, line: Int, featureIndex: Int, type: String)
  /// A feature is structurally wrong (e.g. coordinates nested wrongly, no `type`).
  case invalidFeature(file: String, line: Int, featureIndex: Int, message: String)
  /// A geographic position lies outside ±180° longitude or ±90° latitude.
  case coordinateOutOfRange(file: String, line: Int, featureIndex: Int, x: Double, y: Double)
  /// A ring has fewer than the four positions RFC 7946 §3.1.6 requires.
  case ringTooShort(file: String, line: Int, featureIndex: Int, positions: Int)
  /// A ring's last position differs from its first.
  case ringNotClosed(file: String, line: Int, featureIndex: Int)

  /// A human-readable, lower-case message naming the file and the failing place.
  public var description: String {
    switch self {
    case .invalidPrecision(let precision):
      return "invalid precision \(precision): use 0...15 decimals (6 for degrees, 2 for metres)"
    case .cannotCreateFile(let file, let reason):
      return "cannot create output \(file): \(reason)"
    case .writeFailed(let file, let reason):
      return "cannot write \(file): \(reason)"
    case .alreadyFinished(let file):
      return "cannot write \(file): the writer was already finished"
    case .nonFiniteNumber(let file, let index, let location):
      return "\(Self.prefix(file))feature \(index): non-finite number (NaN or infinity) in \(location)"
    case .duplicatePropertyKey(let file, let index, let key):
      return "\(Self.prefix(file))feature \(index): duplicate property key \"\(key)\""
    case .invalidDate(let file, let index, let key, let value):
      return "\(Self.prefix(file))feature \(index): property \"\(key)\" is \"\(value)\", "
        + "not a YYYY-MM-DD date (nor, for a date-time, YYYY-MM-DDTHH:MM:SSZ)"
    case .cannotReadFile(let file, let reason):
      return "cannot read \(file): \(reason)"
    case .emptyFile(let file):
      return "\(file): file is empty (expected a GeoJSON FeatureCollection)"
    case .notGeoJSON(let file, let format):
      let name = file.split(separator: "/").last.map(String.init) ?? file
      let output = (name.lastIndex(of: ".").map { String(name[..<$0]) } ?? name) + ".geojson"
      return "\(file): this is \(format), not GeoJSON; convert it with GDAL: "
        + "ogr2ogr -f GeoJSON -t_srs EPSG:4326 \(output) \(file)"
    case .invalidUTF8(let file, let line, let column):
      return "\(file):\(line):\(column): invalid UTF-8 byte sequence"
    case .malformedJSON(let file, let line, let column, let message):
      return "\(file):\(line):\(column): not valid JSON: \(message)"
    case .nonFiniteToken(let file, let line, let column, let token):
      return "\(file):\(line):\(column): non-finite number \(token) is not allowed in JSON"
    case .notAFeatureCollection(let file, let found):
      return "\(file): not a GeoJSON FeatureCollection (found \(found))"
    case .noFeatures(let file):
      return "\(file): FeatureCollection has no features"
    case .missingGeometry(let file, let line, let index):
      return "\(file):\(line): feature \(index) has no geometry"
    case .unsupportedGeometry(let file, let line, let index, let type):
      return "\(file):\(line): feature \(index) has unsupported geometry type \"\(type)\" "
        + "(expected Polygon or MultiPolygon)"
    case .invalidFeature(let file, let line, let index, let message):
      return "\(file):\(line): feature \(index): \(message)"
    case .coordinateOutOfRange(let file, let line, let index, let x, let y):
      return "\(file):\(line): feature \(index): position [\(x), \(y)] is outside "
        + "longitude ±180 / latitude ±90 (is the file really geographic?)"
    case .ringTooShort(let file, let line, let index, let positions):
      return "\(file):\(line): feature \(index): ring has \(positions) positions, "
        + "at least 4 are required (RFC 7946 §3.1.6)"
    case .ringNotClosed(let file, let line, let index):
      return "\(file):\(line): feature \(index): ring is not closed "
        + "(first and last positions differ)"
    }
  }

  private static func prefix(_ file: String?) -> String {
    file.map { "cannot write \($0): " } ?? ""
  }
}
