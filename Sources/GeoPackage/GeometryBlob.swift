public import GeoModel


/// A geometry encoded as a GeoPackage binary blob: the `GeoPackageBinaryHeader` of
/// GeoPackage 1.3.1 §2.1.3 followed by little-endian ISO WKB (OGC 06-103r4).
///
/// Header layout (all multi-byte fields little-endian, flag bit 0 set):
///
/// | bytes | field |
/// |---|---|
/// | 0–1 | magic `0x47 0x50` ("GP") |
/// | 2 | version 0 (GeoPackage 1.0 through 1.4) |
/// | 3 | flags: bit 0 byte order (1 = little-endian), bits 1–3 envelope indicator (0 none, 1 = `[minx, maxx, miny, maxy]`), bit 4 empty geometry, bit 5 standard (0) |
/// | 4–7 | `srs_id`, Int32 |
/// | 8–39 | envelope `minx, maxx, miny, maxy` as Doubles (when the indicator is 1) |
///
/// Points get no envelope (it would repeat the coordinates; GDAL does the same); every other
/// geometry gets the `[minx, maxx, miny, maxy]` envelope, which readers use without parsing WKB.
///
/// Coordinates are `x, y` = longitude, latitude in degrees for geographic CRSs, or easting,
/// northing in the CRS's units (metres) for projected ones — the axis order GeoPackage
/// prescribes whatever the CRS definition declares.
///
/// Build a blob once and reuse it for every row with the same geometry (snapshot layers).
public struct GeometryBlob: Hashable, Sendable {
  /// The complete blob: header + WKB.
  public let bytes: [UInt8]
  /// The geometry type.
  public let type: GeometryType
  /// The extent of the (quantised) coordinates, `nil` for an empty geometry.
  public let envelope: BoundingBox?

  /// Encodes `geometry`.
  /// - Parameters:
  ///   - geometry: Coordinates in the CRS of `srsID`, `x` first.
  ///   - srsID: The `srs_id` written into the header.
  ///   - precision: Decimals each coordinate is rounded to (half away from zero, as
  ///     Frontline's GeoJSON writer does), or nil to keep the Doubles as they are. Polygons go
  ///     through ``Geometry/quantised(decimals:)`` as in the GeoJSON writer, so rounding keeps
  ///     a valid polygon valid and both formats hold the same coordinates.
  /// - Returns: nil when a coordinate is NaN or infinite.
  public init?(_ geometry: Geometry, srsID: Int32, precision: Int? = nil) {
    var encoder = WKBEncoder(precision: precision)
    encoder.append(geometry)
    guard encoder.isFinite else { return nil }
    let type = GeometryType(geometry)
    var header: [UInt8] = [0x47, 0x50, 0x00]
    let hasEnvelope = type != .point && encoder.envelope != nil
    // Bit 0: little-endian header; bits 1–3: envelope indicator 1; bit 4: empty.
    var flags: UInt8 = 0b0000_0001
    if hasEnvelope { flags |= 0b0000_0010 }
    if encoder.envelope == nil { flags |= 0b0001_0000 }
    header.append(flags)
    appendLittleEndian(UInt32(bitPattern: srsID), to: &header)
    if hasEnvelope, let box = encoder.envelope {
      for value in [box.minX, box.maxX, box.minY, box.maxY] {
        appendLittleEndian(value.bitPattern, to: &header)
      }
    }
    header.reserveCapacity(header.count + encoder.bytes.count)
    header.append(contentsOf: encoder.bytes)
    bytes = header
    self.type = type
    envelope = encoder.envelope
  }
}

extension GeometryType {
  /// The type of a `GeoModel` geometry.
  init(_ geometry: Geometry) {
    switch geometry {
    case .point: self = .point
    case .multiPoint: self = .multiPoint
    case .lineString: self = .lineString
    case .polygon: self = .polygon
    case .multiPolygon: self = .multiPolygon
    }
  }

  /// The ISO WKB type code (2D).
  var wkbCode: UInt32 {
    switch self {
    case .point: 1
    case .lineString: 2
    case .polygon: 3
    case .multiPoint: 4
    case .multiPolygon: 6
    }
  }
}

/// Writes little-endian WKB and tracks the envelope of what it wrote.
struct WKBEncoder {
  private(set) var bytes: [UInt8] = []
  private(set) var envelope: BoundingBox?
  private(set) var isFinite = true
  private let precision: Int?
  private var scale: Double?

  init(precision: Int?) {
    self.precision = precision
    scale = precision.map { decimals in
      var power = 1.0
      for _ in 0..<max(0, min(decimals, 15)) { power *= 10 }
      return power
    }
  }

  mutating func append(_ geometry: Geometry) {
    var geometry = geometry
    if let decimals = precision {
      switch geometry {
      case .polygon, .multiPolygon:
        // Already rounded (a repaired ring to a few more decimals): write the Doubles as they are.
        geometry = geometry.quantised(decimals: decimals).geometry
        scale = nil
      default:
        break
      }
    }
    switch geometry {
    case .point(let position):
      header(.point)
      append(position)
    case .multiPoint(let positions):
      header(.multiPoint)
      count(positions.count)
      for position in positions {
        header(.point)
        append(position)
      }
    case .lineString(let positions):
      header(.lineString)
      appendPoints(positions)
    case .polygon(let rings):
      appendPolygon(rings)
    case .multiPolygon(let polygons):
      header(.multiPolygon)
      count(polygons.count)
      for rings in polygons { appendPolygon(rings) }
    }
  }

  private mutating func appendPolygon(_ rings: [[Position]]) {
    header(.polygon)
    count(rings.count)
    for ring in rings { appendPoints(ring) }
  }

  private mutating func appendPoints(_ positions: [Position]) {
    count(positions.count)
    bytes.reserveCapacity(bytes.count + positions.count * 16)
    for position in positions { append(position) }
  }

  /// Byte order 1 (little-endian), then the type code.
  private mutating func header(_ type: GeometryType) {
    bytes.append(1)
    appendLittleEndian(type.wkbCode, to: &bytes)
  }

  private mutating func count(_ n: Int) {
    appendLittleEndian(UInt32(truncatingIfNeeded: n), to: &bytes)
  }

  private mutating func append(_ position: Position) {
    var x = position.x
    var y = position.y
    guard x.isFinite, y.isFinite else {
      isFinite = false
      return
    }
    if let scale {
      // Division of two exact values rounds correctly, so the result is the Double nearest to
      // the decimal the GeoJSON writer prints for the same coordinate.
      x = (x * scale).rounded(.toNearestOrAwayFromZero) / scale
      y = (y * scale).rounded(.toNearestOrAwayFromZero) / scale
    }
    appendLittleEndian(x.bitPattern, to: &bytes)
    appendLittleEndian(y.bitPattern, to: &bytes)
    let quantised = Position(x: x, y: y)
    if envelope == nil { envelope = BoundingBox(quantised) } else { envelope?.formUnion(quantised) }
  }
}

@inline(__always)
func appendLittleEndian<T: FixedWidthInteger>(_ value: T, to bytes: inout [UInt8]) {
  var little = value.littleEndian
  withUnsafeBytes(of: &little) { bytes.append(contentsOf: $0) }
}
