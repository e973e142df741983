import Foundation
import Projection
import Testing

/// Compares with the `cs2cs` installed on this machine, when there is one (Debian `proj-bin`).
@Suite("Live comparison with cs2cs")
struct Cs2csLiveTests {
  static let cs2cs: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":")
      .map { URL(fileURLWithPath: String($0)).appendingPathComponent("cs2cs") }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }()

  @Test(
    .enabled(if: cs2cs != nil, "cs2cs is not on PATH (install Debian proj-bin to run this)"),
    arguments: [Fixtures.utm42, .webMercator, .utmNorth(zone: 41)])
  func transformerAgreesWithCs2csRunLive(target: CRS) throws {
    let cs2cs = try #require(Self.cs2cs)
    let points = Fixtures.afghanPoints.map(\.coordinate)
    // cs2cs reads EPSG:4326 latitude first, so write "lat lon".
    let input = points.map { "\($0.latitude) \($0.longitude)\n" }.joined()
    let output = try run(cs2cs, ["-f", "%.6f", "EPSG:4326", target.definition], input: input)
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

  private func run(_ executable: URL, _ arguments: [String], input: String) throws -> String {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let stdin = Pipe()
    let stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try stdin.fileHandleForWriting.close()
    let data = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0)
    return String(decoding: data, as: UTF8.self)
  }
}
