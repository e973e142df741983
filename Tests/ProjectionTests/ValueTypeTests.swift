import Foundation
import Projection
import Testing

@Suite("Coordinate and ProjectedPoint")
struct ValueTypeTests {
  @Test func coordinateIsTwoDoublesLongitudeFirst() {
    #expect(MemoryLayout<Coordinate>.size == 16)
    #expect(MemoryLayout<Coordinate>.stride == 16)
    #expect(MemoryLayout<Coordinate>.offset(of: \.longitude) == 0)
    #expect(MemoryLayout<Coordinate>.offset(of: \.latitude) == 8)
  }

  @Test func projectedPointIsTwoDoublesXFirst() {
    #expect(MemoryLayout<ProjectedPoint>.size == 16)
    #expect(MemoryLayout<ProjectedPoint>.stride == 16)
    #expect(MemoryLayout<ProjectedPoint>.offset(of: \.x) == 0)
    #expect(MemoryLayout<ProjectedPoint>.offset(of: \.y) == 8)
  }

  @Test func coordinateEncodesAsLongitudeLatitudeArray() throws {
    let data = try JSONEncoder().encode(Fixtures.kabul)
    #expect(String(decoding: data, as: UTF8.self) == "[69.1723,34.5281]")
    #expect(try JSONDecoder().decode(Coordinate.self, from: data) == Fixtures.kabul)
  }

  @Test func projectedPointRoundTripsThroughJSON() throws {
    let point = ProjectedPoint(x: 515_812.3985, y: 3_820_726.6586)
    let data = try JSONEncoder().encode(point)
    #expect(String(decoding: data, as: UTF8.self) == "[515812.3985,3820726.6586]")
    #expect(try JSONDecoder().decode(ProjectedPoint.self, from: data) == point)
  }

  @Test(arguments: [
    "[69.1]", "[69.1,34.5,1200]", "[]", #"{"longitude":69,"latitude":34}"#, #"["a",1]"#,
  ])
  func malformedCoordinateJSONIsRejected(json: String) {
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(Coordinate.self, from: Data(json.utf8))
    }
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(ProjectedPoint.self, from: Data(json.utf8))
    }
  }

  @Test func conversionsKeepLongitudeAsX() {
    let point = ProjectedPoint(Fixtures.kabul)
    #expect(point.x == 69.1723)
    #expect(point.y == 34.5281)
    #expect(Coordinate(point) == Fixtures.kabul)
  }
}
