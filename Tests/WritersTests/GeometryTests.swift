import GeoModel
import Testing

@Suite struct GeometryTests {
  // A 10×10 square wound clockwise, with a 2×2 hole wound counter-clockwise: the ESRI
  // convention, the opposite of RFC 7946.
  static let clockwiseExterior = [
    Position(x: 0, y: 0), Position(x: 0, y: 10), Position(x: 10, y: 10), Position(x: 10, y: 0), Position(x: 0, y: 0),
  ]
  static let counterClockwiseHole = [
    Position(x: 4, y: 4), Position(x: 6, y: 4), Position(x: 6, y: 6), Position(x: 4, y: 6), Position(x: 4, y: 4),
  ]

  @Test func signedAreaIsPositiveForCounterClockwiseRings() {
    #expect(Self.clockwiseExterior.signedRingArea == -100)
    #expect(Self.counterClockwiseHole.signedRingArea == 4)
    #expect(Array(Self.clockwiseExterior.reversed()).signedRingArea == 100)
    #expect([Position(x: 0, y: 0), Position(x: 1, y: 1)].signedRingArea == 0)
  }

  @Test func signedAreaKeepsPrecisionForProjectedCoordinates() {
    let ring = Self.clockwiseExterior.map { Position(easting: $0.x + 515_000, northing: $0.y + 3_820_000) }
    #expect(ring.signedRingArea == -100)
  }

  @Test func rewindingMakesExteriorsCounterClockwiseAndHolesClockwise() {
    let rewound = Geometry.polygon([Self.clockwiseExterior, Self.counterClockwiseHole]).rewoundForRFC7946()
    guard case .polygon(let rings) = rewound else {
      Issue.record("rewinding changed the geometry type")
      return
    }
    #expect(rings[0].signedRingArea > 0)
    #expect(rings[1].signedRingArea < 0)
    #expect(rings[0] == Array(Self.clockwiseExterior.reversed()))
    #expect(rings[0].isClosedRing && rings[1].isClosedRing)
    #expect(Set(rings[0]) == Set(Self.clockwiseExterior))
  }

  @Test func rewindingLeavesCorrectlyWoundMultiPolygonsUnchanged() {
    let correct = Geometry.multiPolygon([
      [Array(Self.clockwiseExterior.reversed()), Array(Self.counterClockwiseHole.reversed())],
      [Array(Self.clockwiseExterior.reversed())],
    ])
    #expect(correct.rewoundForRFC7946() == correct)
    let wrong = Geometry.multiPolygon([[Self.clockwiseExterior, Self.counterClockwiseHole]])
    #expect(wrong.rewoundForRFC7946() == correct.rewoundForRFC7946().firstPolygonOnly)
    let point = Geometry.point(Position(x: 1, y: 2))
    #expect(point.rewoundForRFC7946() == point)
  }

  @Test func closedRingNeedsEqualFirstAndLastPositions() {
    #expect(Self.clockwiseExterior.isClosedRing)
    #expect(!Array(Self.clockwiseExterior.dropLast()).isClosedRing)
    #expect(![Position]().isClosedRing)
    #expect(![Position(x: 1, y: 1)].isClosedRing)
  }

  @Test func boundingBoxCoversEveryPosition() {
    let geometry = Geometry.multiPolygon([[Self.clockwiseExterior], [[Position(x: -3, y: 12)]]])
    #expect(geometry.boundingBox == BoundingBox(minX: -3, minY: 0, maxX: 10, maxY: 12))
    #expect(Geometry.multiPoint([]).boundingBox == nil)
    let box = BoundingBox(minX: 60.5, minY: 29.3, maxX: 75, maxY: 38.5)
    #expect(box.contains(Position(longitude: 69.17, latitude: 34.53)))
    #expect(!box.contains(Position(longitude: 69.17, latitude: 40)))
  }
}

extension Geometry {
  fileprivate var firstPolygonOnly: Geometry {
    if case .multiPolygon(let polygons) = self { return .multiPolygon([polygons[0]]) }
    return self
  }
}
