import Foundation
import FrontlineTestSupport
import Testing

/// Runs the built `frontline` executable (``TestPaths/frontline``), as a user would, and
/// captures what it prints.
enum FrontlineCLI {
  /// The repository root (for `gazetteer/`, `samples/`, `geojson/`).
  static let repositoryRoot = TestPaths.repositoryRoot

  /// Runs `frontline arguments…` in `directory` (the system's temporary folder by default) with
  /// `input` on standard input.
  static func run(_ arguments: [String], input: Data? = nil, in directory: URL? = nil) throws -> ChildProcess.Result {
    try ChildProcess.run(TestPaths.frontline, arguments, input: input, in: directory ?? FileManager.default.temporaryDirectory)
  }

  /// A fresh temporary directory, removed by the caller.
  static func temporaryDirectory() throws -> URL { try TestPaths.temporaryDirectory(prefix: "frontline-e2e") }
}
