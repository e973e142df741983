import Foundation
public import GeoJSON
import GeoModel

/// The polygons of a GeoPackage's first feature table, as ``GeoPackageReader`` reads them.
public struct GeoPackageFeatures: Hashable, Sendable {
  /// The feature table read (the first `features` row of `gpkg_contents`).
  public var table: String
  /// The table's `srs_id`.
  public var srsID: Int32
  /// `gpkg_spatial_ref_sys.organization` and `organization_coordsys_id`, e.g. `EPSG`, 32642.
  public var organization: String?
  public var organizationCode: Int64?
  /// `gpkg_spatial_ref_sys.definition`: the CRS as WKT (`undefined` for srs_id 0 and -1).
  public var definition: String?
  /// The features in row order; positions are `x, y` in the table's CRS (Z and M dropped),
  /// `line` is the 1-based row number.
  public var features: [BoundaryFeature]
}

/// Reads polygon features from a GeoPackage (OGC 12-128r18), the other format `--boundaries`
/// takes besides GeoJSON.
///
/// The feature table is the first row of `gpkg_contents` with `data_type = 'features'` (by
/// rowid, so the table GDAL wrote first); its geometry column and `srs_id` come from
/// `gpkg_geometry_columns`. Every other column becomes a property (INTEGER → `.integer`, REAL →
/// `.double`, TEXT → `.string`, NULL → `.null`; BLOBs are skipped). Geometries are GeoPackage
/// binary blobs (§2.1.3) holding WKB Polygons or MultiPolygons, 2-D or with Z/M (ISO `1003`,
/// `2003`, `3003`… and the EWKB flag bits are both read); empty geometries are skipped.
/// Coordinates are returned as stored: transforming them is the caller's business.
public enum GeoPackageReader {
  /// Reads the first feature table of `path`.
  /// - Throws: ``GeoPackageError/cannotReadFile(file:reason:)`` when SQLite cannot open it or it
  ///   is not a GeoPackage; ``GeoPackageError/invalidContent(file:table:row:reason:)`` naming
  ///   the table and row for a missing feature table, a non-polygon or malformed geometry.
  public static func readFeatures(path: String) throws(GeoPackageError) -> GeoPackageFeatures {
    let connection = try SQLiteConnection(readingAt: path)
    func rows(_ sql: String, _ operation: String, bind: [String] = []) throws(GeoPackageError) -> [[SQLiteStatement.Value]] {
      let statement: SQLiteStatement
      do {
        statement = try connection.prepare(sql, operation: operation)
      } catch {
        // No gpkg_contents: an SQLite database that is not a GeoPackage.
        throw .cannotReadFile(file: path, reason: "it is an SQLite database but not a GeoPackage (\(error))")
      }
      for (offset, text) in bind.enumerated() { try statement.bind(text, at: Int32(offset + 1)) }
      var result: [[SQLiteStatement.Value]] = []
      while try statement.step() { result.append((0..<statement.columnCount).map(statement.value)) }
      return result
    }
    guard
      case .text(let table) = try rows(
        "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY rowid LIMIT 1",
        "finding the feature table"
      ).first?.first
    else {
      throw .invalidContent(file: path, table: "", row: -1, reason: "gpkg_contents lists no feature table (data_type 'features')")
    }
    guard
      let column = try rows(
        "SELECT column_name, srs_id FROM gpkg_geometry_columns WHERE table_name = ?", "finding the geometry column",
        bind: [table]
      ).first, case .text(let geometryColumn) = column[0], case .integer(let srsID) = column[1]
    else {
      throw .invalidContent(file: path, table: table, row: -1, reason: "gpkg_geometry_columns names no geometry column for it")
    }
    var organization: String?
    var organizationCode: Int64?
    var definition: String?
    if let srs = try rows(
      "SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?",
      "reading the spatial reference system", bind: [String(srsID)]
    ).first {
      if case .text(let text) = srs[0] { organization = text }
      if case .integer(let code) = srs[1] { organizationCode = code }
      if case .text(let text) = srs[2] { definition = text }
    }

    let statement = try connection.prepare("SELECT * FROM \"\(table.replacingOccurrences(of: "\"", with: "\"\""))\" ORDER BY rowid", operation: "reading \(table)")
    let names = (0..<statement.columnCount).map(statement.columnName)
    var features: [BoundaryFeature] = []
    var row = 0
    while try statement.step() {
      defer { row += 1 }
      var properties: [String: PropertyValue] = [:]
      var keys: [String] = []
      var geometry: Geometry?
      for (index, name) in names.enumerated() {
        let value = statement.value(Int32(index))
        if name == geometryColumn {
          guard case .blob(let bytes) = value else { continue }
          do {
            geometry = try GeometryBlob.polygons(from: bytes)
          } catch {
            throw .invalidContent(file: path, table: table, row: row, reason: error.reason)
          }
          continue
        }
        let property: PropertyValue
        switch value {
        case .integer(let number): property = .integer(Int(number))
        case .real(let number): property = .double(number)
        case .text(let text): property = .string(text)
        case .null: property = .null
        case .blob: continue
        }
        properties[name] = property
        keys.append(name)
      }
      guard let geometry else { continue }  // empty or NULL geometry: nothing to match
      features.append(
        BoundaryFeature(index: features.count, line: row + 1, properties: properties, propertyKeys: keys, geometry: geometry))
    }
    guard !features.isEmpty else {
      throw .invalidContent(file: path, table: table, row: -1, reason: "it has no polygon")
    }
    return GeoPackageFeatures(
      table: table, srsID: Int32(truncatingIfNeeded: srsID), organization: organization,
      organizationCode: organizationCode, definition: definition, features: features)
  }
}

/// Why a geometry blob could not be read.
struct GeometryBlobDecodingError: Error {
  let reason: String
}

extension GeometryBlob {
  /// Decodes a GeoPackage geometry blob holding a WKB Polygon or MultiPolygon.
  /// - Returns: `.polygon` or `.multiPolygon`, nil for an empty geometry (flag bit 4).
  /// - Throws: ``GeometryBlobDecodingError`` for a bad header, a truncated WKB or another type.
  static func polygons(from bytes: [UInt8]) throws(GeometryBlobDecodingError) -> Geometry? {
    guard bytes.count >= 8, bytes[0] == 0x47, bytes[1] == 0x50 else {
      throw GeometryBlobDecodingError(reason: "the geometry does not start with the GeoPackage magic 'GP'")
    }
    let flags = bytes[3]
    if flags & 0x10 != 0 { return nil }  // empty geometry
    // Envelope indicator (bits 1–3): 0 none, 1 xy (32 bytes), 2 xyz / 3 xym (48), 4 xyzm (64).
    let envelopeSizes = [0, 32, 48, 48, 64]
    let indicator = Int((flags >> 1) & 0x07)
    guard indicator < envelopeSizes.count else {
      throw GeometryBlobDecodingError(reason: "the geometry header's envelope indicator \(indicator) is invalid")
    }
    var reader = WKBReader(bytes: bytes, offset: 8 + envelopeSizes[indicator])
    let geometry = try reader.geometry()
    guard reader.offset == bytes.count else {
      throw GeometryBlobDecodingError(reason: "the geometry has \(bytes.count - reader.offset) bytes after its WKB")
    }
    switch geometry {
    case .polygon(let rings) where rings.isEmpty: return nil
    case .multiPolygon(let polygons) where polygons.isEmpty: return nil
    default: return geometry
    }
  }
}

/// Reads WKB (OGC 06-103r4 §8.2) Polygons and MultiPolygons, either byte order.
private struct WKBReader {
  let bytes: [UInt8]
  var offset: Int
  var littleEndian = true

  mutating func geometry() throws(GeometryBlobDecodingError) -> Geometry {
    let (type, dimensions) = try header()
    switch type {
    case 3: return .polygon(try polygon(dimensions: dimensions))
    case 6:
      let count = try integer()
      var polygons: [[[Position]]] = []
      for _ in 0..<count {
        let (member, memberDimensions) = try header()
        guard member == 3 else { throw unexpected(member) }
        polygons.append(try polygon(dimensions: memberDimensions))
      }
      return .multiPolygon(polygons)
    default: throw unexpected(type)
    }
  }

  private func unexpected(_ type: UInt32) -> GeometryBlobDecodingError {
    let names: [UInt32: String] = [1: "Point", 2: "LineString", 4: "MultiPoint", 5: "MultiLineString", 7: "GeometryCollection"]
    return GeometryBlobDecodingError(
      reason: "the geometry is a \(names[type] ?? "WKB type \(type)"), not a Polygon or MultiPolygon; district boundaries are polygons")
  }

  /// Byte order and type: the base type (1–7) and the number of ordinates (2–4).
  private mutating func header() throws(GeometryBlobDecodingError) -> (UInt32, Int) {
    guard offset < bytes.count else { throw truncated }
    littleEndian = bytes[offset] == 1
    offset += 1
    var code = try integer()
    var dimensions = 2
    // EWKB (PostGIS, older GDAL): Z 0x80000000, M 0x40000000, SRID 0x20000000 (then 4 bytes).
    if code & 0x8000_0000 != 0 { dimensions += 1 }
    if code & 0x4000_0000 != 0 { dimensions += 1 }
    if code & 0x2000_0000 != 0 { _ = try integer() }
    code &= 0x0FFF_FFFF
    // ISO: 1000 Z, 2000 M, 3000 ZM.
    switch code / 1000 {
    case 1, 2: dimensions += 1
    case 3: dimensions += 2
    default: break
    }
    return (code % 1000, dimensions)
  }

  private mutating func polygon(dimensions: Int) throws(GeometryBlobDecodingError) -> [[Position]] {
    let ringCount = try integer()
    var rings: [[Position]] = []
    for _ in 0..<ringCount {
      let count = try integer()
      guard count <= (bytes.count - offset) / (8 * dimensions) else { throw truncated }
      var ring: [Position] = []
      ring.reserveCapacity(Int(count))
      for _ in 0..<count {
        let x = try double()
        let y = try double()
        for _ in 2..<dimensions { _ = try double() }
        ring.append(Position(x: x, y: y))
      }
      rings.append(ring)
    }
    return rings
  }

  private var truncated: GeometryBlobDecodingError { GeometryBlobDecodingError(reason: "the geometry's WKB is truncated") }

  /// The next unsigned integer of `T`'s width, in the geometry's byte order.
  private mutating func unsigned<T: FixedWidthInteger & UnsignedInteger>(_: T.Type) throws(GeometryBlobDecodingError) -> T {
    let size = MemoryLayout<T>.size
    guard offset + size <= bytes.count else { throw truncated }
    var value: T = 0
    for index in 0..<size {
      let byte = T(bytes[offset + (littleEndian ? index : size - 1 - index)])
      value |= byte << (8 * index)
    }
    offset += size
    return value
  }

  private mutating func integer() throws(GeometryBlobDecodingError) -> UInt32 { try unsigned(UInt32.self) }

  private mutating func double() throws(GeometryBlobDecodingError) -> Double { Double(bitPattern: try unsigned(UInt64.self)) }
}
