import Projection
import Testing

@Suite("Transformer batches")
struct TransformerBatchTests {
  @Test func batchOfOneHundredThousandPointsEqualsPointByPointResults() throws {
    let coordinates = Fixtures.randomAfghanCoordinates(count: 100_000, seed: 42)
    let transformer = try Transformer(from: .wgs84, to: Fixtures.utm42)
    let batch = try transformer.transform(coordinates)
    #expect(batch.count == coordinates.count)
    var mismatches = 0
    for (coordinate, projected) in zip(coordinates, batch)
    where try transformer.transform(coordinate) != projected {
      mismatches += 1
    }
    #expect(mismatches == 0)
  }

  @Test func inverseBatchRestoresTheCoordinates() throws {
    let coordinates = Fixtures.randomAfghanCoordinates(count: 10_000, seed: 7)
    let transformer = try Transformer(from: .wgs84, to: Fixtures.utm42)
    let restored = try transformer.inverse(transformer.transform(coordinates))
    let worst = zip(coordinates, restored).map { Geodesic.wgs84.distance(from: $0, to: $1) }.max()
    #expect(try #require(worst) < 0.001)
  }

  @Test func inPlaceInverseDirectionMatchesInverseMethod() throws {
    let transformer = try Transformer(from: .wgs84, to: Fixtures.utm42)
    var points = Fixtures.afghanPoints.map(\.utm42)
    let viaMethod = try transformer.inverse(points)
    try transformer.transform(&points, direction: .inverse)
    #expect(points.map(Coordinate.init) == viaMethod)
  }

  @Test func emptyBatchIsANoOp() throws {
    let transformer = try Transformer(from: .wgs84, to: Fixtures.utm42)
    #expect(try transformer.transform([Coordinate]()).isEmpty)
  }

  @Test func invalidLatitudeInBatchIsReportedByIndexWithPROJReason() throws {
    let transformer = try Transformer(from: .wgs84, to: Fixtures.utm42)
    let batch = [
      Fixtures.kabul,
      Coordinate(longitude: 69, latitude: 95),
      Fixtures.kandahar,
    ]
    let error = try #require(throws: ProjectionError.self) { try transformer.transform(batch) }
    guard case .pointsOutsideDomain(let indices, let reason) = error else {
      Issue.record("unexpected error \(error)")
      return
    }
    #expect(indices == [1])
    #expect(reason == "Invalid coordinate: utm: Invalid latitude")
    #expect(error.description.contains("index 1"))

    // The errno was reset: the same transformer goes on working.
    let kabul = Fixtures.afghanPoints[0]
    #expect(planarDistance(try transformer.transform(kabul.coordinate), kabul.utm42) < 0.001)
    #expect(try transformer.transform([Fixtures.kabul, Fixtures.kandahar]).count == 2)
  }

  @Test func everyFailingIndexIsListed() throws {
    let transformer = try Transformer(from: .wgs84, to: Fixtures.utm42)
    var batch = Fixtures.randomAfghanCoordinates(count: 1_000, seed: 3)
    for index in [0, 499, 999] { batch[index].latitude = -91 }
    batch[10].longitude = .nan
    let error = try #require(throws: ProjectionError.self) { try transformer.transform(batch) }
    guard case .pointsOutsideDomain(let indices, _) = error else {
      Issue.record("unexpected error \(error)")
      return
    }
    #expect(indices == [0, 10, 499, 999])
  }

  @Test func nonFiniteInverseInputIsAnErrorNotANumber() throws {
    let transformer = try Transformer(from: .wgs84, to: Fixtures.utm42)
    #expect(throws: ProjectionError.self) {
      try transformer.inverse(ProjectedPoint(x: .infinity, y: 3_800_000))
    }
  }

  @Test func ringsAreTransformedInOneBatchAndKeepTheirShape() throws {
    let transformer = try Transformer(from: .wgs84, to: Fixtures.utm42)
    let points = Fixtures.afghanPoints
    let rings = [
      Array(points[0..<3].map(\.coordinate)),
      [],
      Array(points[3..<9].map(\.coordinate)),
    ]
    let projected = try transformer.transform(rings: rings)
    #expect(projected.map(\.count) == [3, 0, 6])
    let flat = projected.flatMap { $0 }
    for (result, point) in zip(flat, points) {
      #expect(planarDistance(result, point.utm42) < 0.001, "\(point.name)")
    }
  }

  @Test func polygonsAreTransformedAndFailuresUseFlattenedIndices() throws {
    let transformer = try Transformer(from: .wgs84, to: Fixtures.utm42)
    let cell = [
      Coordinate(longitude: 69, latitude: 34), Coordinate(longitude: 70, latitude: 34),
      Coordinate(longitude: 70, latitude: 35), Coordinate(longitude: 69, latitude: 34),
    ]
    let polygons = [[cell], [cell, cell]]
    let projected = try transformer.transform(polygons: polygons)
    #expect(projected.map(\.count) == [1, 2])
    #expect(projected[1][1] == projected[0][0])

    var broken = polygons
    broken[1][1][2].latitude = 95  // vertex 4 + 4 + 2 of the flattened layer
    let error = try #require(throws: ProjectionError.self) {
      try transformer.transform(polygons: broken)
    }
    #expect(
      error
        == .pointsOutsideDomain(indices: [10], reason: "Invalid coordinate: utm: Invalid latitude"))
  }
}
