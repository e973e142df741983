import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a program (the built `frontline`, ogrinfo, cs2cs …) with its standard output and error
/// going to files, so no pipe can fill up and block it, a test can kill it at a chosen moment,
/// and its peak memory can be read (on Linux, from `/proc`; 0 elsewhere).
///
/// `posix_spawn` rather than Foundation's `Process`: the child starts at once with exactly the
/// given descriptors, and no reader threads are needed.
public enum ChildProcess {
  /// What a finished child left.
  public struct Result: Sendable {
    /// Exit status, or 128 + signal number when a signal ended it.
    public let status: Int32
    public let stdout: String
    public let stderr: String
    /// Peak resident set size of the child, in bytes (`VmHWM`, sampled every 10 ms; 0 when
    /// the child ended before the first sample).
    public let peakResidentBytes: Int
  }

  /// A started child; ``wait()`` reaps it.
  public final class Child: Sendable {
    public let pid: pid_t
    /// The program's file name, as `/proc/<pid>/status` shows it once `exec` is done.
    let name: String
    let outputFolder: URL

    init(pid: pid_t, name: String, outputFolder: URL) {
      self.pid = pid
      self.name = name
      self.outputFolder = outputFolder
    }

    /// `VmHWM` of `pid` in bytes, once the child has exec'd `name`; 0 otherwise (before
    /// `exec`, the high-water mark is the test process's own).
    static func highWaterMark(of pid: pid_t, name: String) -> Int {
      guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/status") else { return 0 }
      let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
      guard lines.first == "Name:\t\(name.prefix(15))" else { return 0 }
      guard let line = lines.first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
      return (Int(String(line.filter(\.isNumber))) ?? 0) * 1024  // "VmHWM:\t   37132 kB"
    }

    /// The file the child's standard output goes to, readable while it runs (removed by
    /// ``wait()``).
    public var standardOutputFile: URL { outputFolder.appendingPathComponent("stdout") }

    /// Whether the child has not exited yet (asked without reaping it, so ``wait()`` still
    /// gets its status).
    public var isRunning: Bool {
      var info = siginfo_t()
      return waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT) == 0 && info.si_signo == 0
    }

    /// Sends `signal` (SIGKILL by default).
    public func kill(_ signal: Int32 = SIGKILL) { send(signal, to: pid) }

    /// Waits for the child, sampling its peak memory, and collects what it wrote.
    /// - Parameter timeout: Seconds after which the child gets SIGTERM (and SIGKILL 5 s
    ///   later); nil waits for as long as it runs.
    public func wait(timeout: Double? = nil) -> Result {
      var status: Int32 = 0
      var usage = rusage()
      var peak = 0
      let started = Date()
      var signalled: Int32 = 0
      while true {
        peak = max(peak, Self.highWaterMark(of: pid, name: name))
        let reaped = wait4(pid, &status, WNOHANG, &usage)
        if reaped == pid || (reaped < 0 && errno != EINTR) { break }
        if let timeout {
          let elapsed = Date().timeIntervalSince(started)
          if signalled == 0, elapsed > timeout {
            kill(SIGTERM)
            signalled = SIGTERM
          } else if signalled == SIGTERM, elapsed > timeout + 5 {
            kill(SIGKILL)
            signalled = SIGKILL
          }
        }
        usleep(10_000)
      }
      let exited = status & 0x7F == 0
      let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
      func text(_ file: String) -> String { ChildProcess.text(of: outputFolder.appendingPathComponent(file)) }
      let result = Result(status: code, stdout: text("stdout"), stderr: text("stderr"), peakResidentBytes: peak)
      try? FileManager.default.removeItem(at: outputFolder)
      return result
    }
  }

  /// Starts `executable arguments…`.
  /// - Parameters:
  ///   - input: A file for standard input (`/dev/null` by default).
  ///   - directory: The working directory (default: the test process's own).
  /// - Throws: `POSIXError` when the program cannot be started.
  public static func start(
    _ executable: URL, _ arguments: [String], input: String = "/dev/null", in directory: URL? = nil
  ) throws -> Child {
    guard directory == nil || addChdir != nil else { throw POSIXError(.ENOSYS) }
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("frontline-test-io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    #if canImport(Darwin)
      var actions: posix_spawn_file_actions_t? = nil
    #else
      var actions = posix_spawn_file_actions_t()
    #endif
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, folder.appendingPathComponent("stdout").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, folder.appendingPathComponent("stderr").path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    if let directory, let addChdir { _ = addChdir(&actions, directory.path) }
    let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
    let environment = ProcessInfo.processInfo.environment.map { strdup("\($0)=\($1)") } + [nil]
    defer { (argv + environment).forEach { free($0) } }
    var pid: pid_t = 0
    let error = posix_spawn(&pid, executable.path, &actions, nil, argv, environment)
    guard error == 0 else {
      try? FileManager.default.removeItem(at: folder)
      throw POSIXError(POSIXErrorCode(rawValue: error) ?? .EIO)
    }
    return Child(pid: pid, name: executable.lastPathComponent, outputFolder: folder)
  }

  /// Runs `executable arguments…` to completion.
  /// - Parameters:
  ///   - input: Bytes for standard input (written to a temporary file first), or nil for
  ///     `/dev/null`.
  ///   - directory: The working directory (default: the test process's own).
  public static func run(_ executable: URL, _ arguments: [String], input: Data? = nil, in directory: URL? = nil) throws -> Result {
    guard let input, !input.isEmpty else { return try start(executable, arguments, in: directory).wait() }
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-stdin-\(UUID().uuidString)")
    try input.write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    return try start(executable, arguments, input: file.path, in: directory).wait()
  }

  /// The UTF-8 text of a file; "" when it is empty or missing. Empty files are not read:
  /// `Data(contentsOf:)` and `FileManager.contents(atPath:)` leak their buffer on them
  /// (swift-foundation 6.3), which fails `swift test --sanitize=address`.
  public static func text(of url: URL) -> String {
    guard (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0 > 0 else { return "" }
    return String(decoding: FileManager.default.contents(atPath: url.path) ?? Data(), as: UTF8.self)
  }

  /// Whether this test process runs under `swift test --sanitize=address|thread`: the
  /// sanitizer runtimes multiply run times and memory, so timing- and memory-bound tests
  /// step aside.
  public static let isSanitized: Bool = ["__asan_init", "__tsan_init"].contains { (symbol: String) in
    dlsym(defaultHandle, symbol) != nil
  }
}

/// `RTLD_DEFAULT`, which Swift does not import: the process's global symbol scope.
#if canImport(Darwin)
  private var defaultHandle: UnsafeMutableRawPointer? { UnsafeMutableRawPointer(bitPattern: -2) }
#else
  private var defaultHandle: UnsafeMutableRawPointer? { UnsafeMutableRawPointer(bitPattern: 0) }
#endif

/// `posix_spawn_file_actions_addchdir_np` (glibc 2.29+, macOS 10.15+), looked up at run time:
/// glibc declares it only under `_GNU_SOURCE`, which Swift's Glibc module does not define.
private let addChdir = dlsym(defaultHandle, "posix_spawn_file_actions_addchdir_np").map {
  unsafeBitCast($0, to: (@convention(c) (UnsafeMutableRawPointer, UnsafePointer<CChar>) -> Int32).self)
}

/// `kill(2)`, out of reach inside ``ChildProcess/Child`` whose own `kill` hides it.
private func send(_ signal: Int32, to pid: pid_t) { _ = kill(pid, signal) }
