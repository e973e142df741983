import Foundation

/// Where the tests find the repository, the shared datasets, the built `frontline` binary and
/// the command-line tools they compare against (ogrinfo, cs2cs …).
public enum TestPaths {
  /// The package root (the folder holding `Package.swift`).
  public static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared` beside the repository, when it exists (tests read it in place, never copy it).
  public static let shared: URL? = {
    let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }()

  /// `../shared/data` (the source datasets), when it exists.
  public static let sharedData: URL? = {
    guard let url = shared?.appendingPathComponent("data"),
      FileManager.default.fileExists(atPath: url.path)
    else { return nil }
    return url
  }()

  /// The built `frontline` executable: beside the test bundle (SwiftPM puts both in
  /// `.build/<config>/`), else `.build/debug/frontline`. The first candidate is returned when
  /// none exists, so running it fails with the path in the message.
  public static let frontline: URL = {
    var candidates: [URL] = []
    if let first = CommandLine.arguments.first {
      candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent().appendingPathComponent("frontline"))
    }
    var bundle = Bundle.main.bundleURL
    for _ in 0..<3 {
      candidates.append(bundle.appendingPathComponent("frontline"))
      bundle.deleteLastPathComponent()
    }
    candidates.append(repositoryRoot.appendingPathComponent(".build/debug/frontline"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }()

  /// The first executable called `name` on `PATH`, or nil.
  public static func tool(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }

  /// A fresh empty folder under the system's temporary directory; the caller removes it.
  /// - Parameter prefix: Names the folder, to tell which tests left it behind.
  public static func temporaryDirectory(prefix: String = "frontline-test") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
