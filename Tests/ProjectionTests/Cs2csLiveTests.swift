import Foundation
import FrontlineTestSupport
import Projection
import Testing

/// Compares with the `cs2cs` installed on this machine, when there is one (Debian `proj-bin`).
@Suite("Live comparison with cs2cs")
struct Cs2csLiveTests {
  static let cs2cs = TestPaths.tool("cs2cs")

  @Test(
    .enabled(if: cs2cs != nil, "cs2cs is not on PATH (install Debian proj-bin to run this)"),
    arguments: [Fixtures.utm42, .webMercator, .utmNorth(zone: 41)])
  func transformerAgreesWithCs2csRunLive(target: CRS) throws {
    let cs2cs = try #require(Self.cs2cs)
    let points = Fixtures.afghanPoints.map(\.coordinate)
    // cs2cs reads EPSG:4326 latitude first, so write "lat lon".
    let input = points.map { "\($0.latitude) \($0.longitude)\n" }.joined()
    let result = try ChildProcess.run(cs2cs, ["-f", "%.6f", "EPSG:4326", target.definition], input: Data(input.utf8))
    try #require(result.status == 0, "\(result.stderr)")
    let output = result.stdout
    let rows = output.split(separator: "\n").map {
      $0.split(whereSeparator: { $0 == " " || $0 == "\t" }).compactMap { Double($0) }
    }
    try #require(rows.count == points.count, "cs2cs printed: \(output)")

    let transformer = try Transformer(from: .wgs84, to: target)
    for (projected, row) in zip(try transformer.transform(points), rows) {
      #expect(abs(projected.x - row[0]) < 0.001)
      #expect(abs(projected.y - row[1]) < 0.001)
    }
  }
}
