import Foundation
import Testing

/// Paths and helpers shared by the Writers tests.
enum TestSupport {
  /// `Tests/WritersTests/` in the source tree.
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  /// `Tests/WritersTests/Golden/`.
  static let goldenDirectory = testsDirectory.appendingPathComponent("Golden")
  /// The package root (two levels above this file's folder).
  static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
  /// `../shared/data` next to the package: real boundary files, read in place, never copied.
  static let sharedData = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/data")

  /// A fresh empty directory under the system temporary directory.
  static func makeTemporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("WritersTests-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// Names in `directory`, hidden ones included, sorted.
  static func contents(of directory: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
  }

  /// Compares `actual` byte for byte with `Golden/<name>`.
  ///
  /// With `RECORD_GOLDENS=1` the golden is rewritten and the test fails with
  /// "recorded new golden" so the recording gets reviewed. A mismatch reports the first
  /// differing line.
  static func expectMatchesGolden(
    _ actual: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let url = goldenDirectory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
      try Data(actual).write(to: url)
      Issue.record("recorded new golden \(name); review it, then rerun without RECORD_GOLDENS", sourceLocation: sourceLocation)
      return
    }
    guard let expected = FileManager.default.contents(atPath: url.path) else {
      Issue.record("missing golden \(url.path); run with RECORD_GOLDENS=1 to record it", sourceLocation: sourceLocation)
      return
    }
    guard [UInt8](expected) != actual else { return }
    let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    var report = "output differs from golden \(name)"
    for index in 0..<max(expectedLines.count, actualLines.count) {
      let want = index < expectedLines.count ? String(expectedLines[index]) : "<end of file>"
      let got = index < actualLines.count ? String(actualLines[index]) : "<end of file>"
      if want != got {
        report += " at line \(index + 1):\n- \(want)\n+ \(got)"
        break
      }
    }
    Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
  }
}
