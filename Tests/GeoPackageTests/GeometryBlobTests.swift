import GeoModel
import GeoPackage
import Testing

/// The GeoPackage binary encoding of single geometries (GeoPackage 1.3.1 §2.1.3, ISO WKB).
@Suite struct GeometryBlobTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let label: String
    let geometry: Geometry
    /// Flags byte: bit 0 little-endian, bits 1–3 envelope indicator, bit 4 empty.
    let flags: UInt8
    let byteCount: Int
    var testDescription: String { label }
  }

  static let cases: [Case] = [
    // 8-byte header, no envelope; WKB: order + type + x + y = 21 bytes.
    Case(label: "point without envelope", geometry: .point(Position(x: 69.17, y: 34.53)), flags: 0b0000_0001, byteCount: 8 + 21),
    // 8 + 32 envelope; WKB: 9 (multi header + count) + 9 (polygon header + ring count) + 4 + 5 × 16.
    Case(label: "multipolygon with [minx, maxx, miny, maxy] envelope", geometry: Fixtures.square(at: 69, 34),
         flags: 0b0000_0011, byteCount: 40 + 9 + 9 + 4 + 80),
    Case(label: "empty multipolygon flagged empty", geometry: .multiPolygon([]), flags: 0b0001_0001, byteCount: 8 + 9),
  ]

  @Test(arguments: cases)
  func headerFlagsAndLengthMatchTheEncoding(_ example: Case) throws {
    let blob = try #require(GeometryBlob(example.geometry, srsID: 32642))
    #expect(Array(blob.bytes.prefix(3)) == [0x47, 0x50, 0])
    #expect(blob.bytes[3] == example.flags)
    #expect(Fixtures.uint32(blob.bytes, at: 4) == 32642)
    #expect(blob.bytes.count == example.byteCount)
  }

  @Test func coordinatesAreRoundedHalfAwayFromZeroToThePrecision() throws {
    let blob = try #require(GeometryBlob(.point(Position(x: 69.1234565, y: -34.1234565)), srsID: 4326, precision: 6))
    #expect(Fixtures.double(blob.bytes, at: 13) == 69.123457)
    #expect(Fixtures.double(blob.bytes, at: 21) == -34.123457)
    #expect(blob.envelope == BoundingBox(minX: 69.123457, minY: -34.123457, maxX: 69.123457, maxY: -34.123457))
  }

  @Test func nonFiniteCoordinateGivesNoBlob() {
    #expect(GeometryBlob(.point(Position(x: .infinity, y: 0)), srsID: 4326) == nil)
  }
}

/// Compile-time check that every public data type of the module is `Sendable`.
@Suite struct GeoPackageSendableTests {
  static func requireSendable<T: Sendable>(_: T.Type) {}

  @Test func publicValueTypesAreSendable() {
    Self.requireSendable(GeoPackageError.self)
    Self.requireSendable(SpatialReferenceSystem.self)
    Self.requireSendable(TableDefinition.self)
    Self.requireSendable(ColumnDefinition.self)
    Self.requireSendable(ColumnType.self)
    Self.requireSendable(GeometryColumn.self)
    Self.requireSendable(GeometryType.self)
    Self.requireSendable(GeometryBlob.self)
  }
}
