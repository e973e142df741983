import Foundation
import Testing

/// `frontline serve` as a process: standard output carries only Frontline's own "serving …"
/// line (scripts read the port from it), the web framework's log goes to standard error, and
/// Ctrl-C (SIGINT) or SIGTERM stops it cleanly with status 0.
@Suite struct ServeCLITests {
  @Test(arguments: [SIGINT, SIGTERM])
  func stdoutHasOnlyTheServingLineAndSignalsStopCleanly(signal: Int32) throws {
    let folder = try FrontlineCLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    FileManager.default.createFile(atPath: outURL.path, contents: nil)
    FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    defer {
      try? out.close()
      try? err.close()
    }

    let process = Process()
    process.executableURL = FrontlineCLI.executable
    process.arguments = ["serve", "--host", "127.0.0.1", "--port", "0"]
    process.currentDirectoryURL = folder
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()

    // Wait (at most 120 s: the machine may be busy) for the server to say where it listens.
    let deadline = Date().addingTimeInterval(120)
    var stdout = ""
    while Date() < deadline, process.isRunning {
      stdout = String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self)
      if stdout.contains("\n") { break }
      Thread.sleep(forTimeInterval: 0.2)
    }
    guard process.isRunning else {
      Issue.record("serve exited early with \(process.terminationStatus): \((try? String(contentsOf: errURL, encoding: .utf8)) ?? "")")
      return
    }
    kill(process.processIdentifier, signal)
    process.waitUntilExit()

    stdout = String(decoding: try Data(contentsOf: outURL), as: UTF8.self)
    let stderr = String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
    let lines = stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 1, "stdout: \(stdout)")
    #expect(lines.first?.hasPrefix("serving ") == true, "stdout: \(stdout)")
    #expect(lines.first?.contains("http://127.0.0.1:") == true)
    #expect(stderr.contains("Server started"), "the framework's start-up line belongs on stderr: \(stderr)")
    #expect(process.terminationReason == .exit && process.terminationStatus == 0,
            "status \(process.terminationStatus) (\(process.terminationReason == .exit ? "exit" : "signal")); stderr: \(stderr)")
  }
}
