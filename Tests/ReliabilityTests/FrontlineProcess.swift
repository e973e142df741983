import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the built `frontline` executable with files for standard input and output, so tests can
/// feed it hostile files, kill it at a chosen moment and read its peak memory (`wait4(2)`
/// reports the child's own `ru_maxrss`, unaffected by other tests' children).
///
/// Test targets cannot import one another, so this is a small local cousin of
/// `FrontlineEndToEndTests/FrontlineCLI`, finding the binary the same way.
enum FrontlineProcess {
  struct Result: Sendable {
    /// Exit status, or 128 + signal number when killed.
    let status: Int32
    let stdout: String
    let stderr: String
    /// Peak resident set size of the child, in bytes.
    let peakResidentBytes: Int
  }

  /// The repository root (for `gazetteer/`, `samples/`).
  static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// `../shared/data` beside the repository, when it exists.
  static let sharedData: URL? = {
    let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }()

  static let executable: URL = {
    var candidates: [URL] = []
    candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("frontline"))
    var bundle = Bundle.main.bundleURL
    for _ in 0..<3 {
      candidates.append(bundle.appendingPathComponent("frontline"))
      bundle.deleteLastPathComponent()
    }
    candidates.append(repositoryRoot.appendingPathComponent(".build/debug/frontline"))
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
  }()

  /// A started child; ``wait()`` reaps it.
  final class Child {
    let pid: pid_t
    let outputFolder: URL

    fileprivate init(pid: pid_t, outputFolder: URL) {
      self.pid = pid
      self.outputFolder = outputFolder
    }

    /// `VmHWM` of `pid` in bytes, once its command name is `frontline`; 0 otherwise.
    static func highWaterMark(of pid: pid_t) -> Int {
      guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/status") else { return 0 }
      let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
      guard lines.first == "Name:\tfrontline" else { return 0 }
      guard let line = lines.first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
      return (Int(String(line.filter(\.isNumber))) ?? 0) * 1024  // "VmHWM:\t   37132 kB"
    }

    /// Sends `signal` (SIGKILL by default).
    func kill(_ signal: Int32 = SIGKILL) { _ = Glibc.kill(pid, signal) }

    /// Waits for the child and collects what it wrote.
    ///
    /// The peak RSS is sampled every 10 ms from `/proc/<pid>/status` (`VmHWM`, the high-water
    /// mark of the child's own address space) once the child runs `frontline`. `ru_maxrss`
    /// from `wait4` cannot be used: `posix_spawn` starts the child on the test process's
    /// address space, and Linux carries that high-water mark across `exec`.
    func wait() -> Result {
      var status: Int32 = 0
      var usage = rusage()
      var peak = 0
      while true {
        peak = max(peak, Self.highWaterMark(of: pid))
        let reaped = wait4(pid, &status, WNOHANG, &usage)
        if reaped == pid || (reaped < 0 && errno != EINTR) { break }
        usleep(10_000)
      }
      let exited = status & 0x7F == 0
      let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
      func text(_ name: String) -> String {
        let path = outputFolder.appendingPathComponent(name).path
        // Empty files are not read: FileManager.contents(atPath:) leaks its buffer on them
        // (swift-foundation 6.3), which fails `swift test --sanitize=address`.
        guard (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0 > 0 else { return "" }
        return String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
      }
      let result = Result(
        status: code, stdout: text("stdout"), stderr: text("stderr"), peakResidentBytes: peak)
      try? FileManager.default.removeItem(at: outputFolder)
      return result
    }
  }

  /// Starts `frontline arguments…` with standard input read from `input` (a file path;
  /// `/dev/null` by default). The child shares the test process's working directory, so
  /// callers give absolute paths.
  static func start(_ arguments: [String], input: String = "/dev/null") throws -> Child {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-rel-io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, folder.appendingPathComponent("stdout").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, folder.appendingPathComponent("stderr").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let error = posix_spawn(&pid, executable.path, &actions, nil, argv, environ)
    guard error == 0 else {
      throw POSIXError(POSIXErrorCode(rawValue: error) ?? .EIO)
    }
    return Child(pid: pid, outputFolder: folder)
  }

  /// Runs `frontline arguments…` to completion.
  static func run(_ arguments: [String], input: String = "/dev/null") throws -> Result {
    try start(arguments, input: input).wait()
  }

  /// Whether these tests run under `swift test --sanitize=address|thread`: the sanitizer
  /// runtimes multiply run times and memory, so timing- and memory-bound tests step aside.
  static let isSanitized: Bool = ["__asan_init", "__tsan_init"].contains { (symbol: String) in
    dlsym(UnsafeMutableRawPointer(bitPattern: 0), symbol) != nil  // RTLD_DEFAULT
  }

  /// A fresh temporary directory, removed by the caller.
  static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-rel-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
