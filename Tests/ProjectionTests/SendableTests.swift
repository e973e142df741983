import Projection
import Testing

/// Compile-time checks: every public data type must stay `Sendable`. (`Transformer` and
/// `TransformerCache` deliberately are not, and must not be listed here.)
@Suite("Sendable conformances")
struct SendableTests {
  private static func requireSendable<T: Sendable>(_: T.Type) {}

  @Test func publicValueTypesAreSendable() {
    Self.requireSendable(Coordinate.self)
    Self.requireSendable(ProjectedPoint.self)
    Self.requireSendable(CRS.self)
    Self.requireSendable(Geodesic.self)
    Self.requireSendable(ProjectionError.self)
    Self.requireSendable(WKTFormat.self)
    Self.requireSendable(TransformDirection.self)
  }

  @Test func geodesicCanBeSharedAcrossTasks() async {
    let geodesic = Geodesic.wgs84
    let distances = await withTaskGroup(of: Double.self) { group in
      for _ in 0..<4 {
        group.addTask { geodesic.distance(from: Fixtures.kabul, to: Fixtures.kandahar) }
      }
      return await group.reduce(into: [Double]()) { $0.append($1) }
    }
    #expect(Set(distances).count == 1)
  }

  @Test func eachTaskBuildsItsOwnTransformer() async throws {
    let eastings = try await withThrowingTaskGroup(of: Double.self) { group in
      for _ in 0..<4 {
        group.addTask {
          try Transformer(from: .wgs84, to: Fixtures.utm42).transform(Fixtures.kabul).x
        }
      }
      return try await group.reduce(into: [Double]()) { $0.append($1) }
    }
    #expect(Set(eastings).count == 1)
  }
}
