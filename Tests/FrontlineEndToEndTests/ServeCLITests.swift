import Foundation
import FrontlineTestSupport
import Testing

/// `frontline serve` as a process: standard output carries only Frontline's own "serving …"
/// line (scripts read the port from it), the web framework's log goes to standard error, and
/// Ctrl-C (SIGINT) or SIGTERM stops it cleanly with status 0.
@Suite struct ServeCLITests {
  @Test(arguments: [SIGINT, SIGTERM])
  func stdoutHasOnlyTheServingLineAndSignalsStopCleanly(signal: Int32) throws {
    let folder = try FrontlineCLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let server = try ChildProcess.start(TestPaths.frontline, ["serve", "--host", "127.0.0.1", "--port", "0"], in: folder)

    // Wait (at most 120 s: the machine may be busy) for the server to say where it listens.
    let deadline = Date().addingTimeInterval(120)
    while Date() < deadline, server.isRunning {
      if ChildProcess.text(of: server.standardOutputFile).contains("\n") { break }
      Thread.sleep(forTimeInterval: 0.2)
    }
    guard server.isRunning else {
      let result = server.wait()
      Issue.record("serve exited early with \(result.status): \(result.stderr)")
      return
    }
    server.kill(signal)
    let result = server.wait()

    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    #expect(lines.count == 1, "stdout: \(result.stdout)")
    #expect(lines.first?.hasPrefix("serving ") == true, "stdout: \(result.stdout)")
    #expect(lines.first?.contains("http://127.0.0.1:") == true)
    #expect(result.stderr.contains("Server started"), "the framework's start-up line belongs on stderr: \(result.stderr)")
    // A signal that ended the process shows as 128 + its number.
    #expect(result.status == 0, "status \(result.status); stderr: \(result.stderr)")
  }
}
