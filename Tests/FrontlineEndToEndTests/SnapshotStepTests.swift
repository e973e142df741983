import FrontlineKit
import Layers
import Testing

@Suite struct SnapshotStepTests {
  static let valid: [(String, Int)] = [("1d", 1), ("7d", 7), ("2w", 14), ("3", 3), (" 10D ", 10)]
  static let invalid = ["0d", "-1d", "d", "1m", "week", "", "99999d"]

  @Test(arguments: valid)
  func stepParsesDaysAndWeeks(_ text: String, _ days: Int) {
    #expect(SnapshotStep(parsing: text)?.days == days)
  }

  @Test(arguments: invalid)
  func malformedStepIsRejected(_ text: String) {
    #expect(SnapshotStep(parsing: text) == nil)
  }

  @Test func stepPrintsAsDays() {
    #expect(SnapshotStep(days: 14).description == "14d")
  }
}

/// Compile-only: the public data types of the layer jobs are `Sendable`.
private func requireSendable<T: Sendable>(_: T.Type) {}

private func layerJobTypesAreSendable() {
  requireSendable(Layer.self)
  requireSendable(LayerFormat.self)
  requireSendable(LayerOutputOptions.self)
  requireSendable(LayerJobOptions.self)
  requireSendable(SnapshotStep.self)
  requireSendable(SnapshotRange.self)
  requireSendable(BoundaryMatching.self)
  requireSendable(BoundaryMatchMethod.self)
  requireSendable(WrittenLayer.self)
  requireSendable(RunSummary.self)
  requireSendable(SnapshotSummary.self)
}
