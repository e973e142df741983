import Foundation
import FrontlineTestSupport
import Testing

@testable import Server

#if canImport(Glibc)
  import Glibc
#endif

/// The server answers a burst of simultaneous clients on loopback. Serialized: when the burst
/// of 1 000 connections and the wrk load ran at once, wrk saw connect errors (42 of its 50
/// connections), which would measure the two tests' contention, not the server.
@Suite(.serialized) struct ConcurrencyTests {
  /// 1 000 connections are opened and each sends its request before any answer is read, so
  /// all 1 000 requests are in flight at once; every one must get a complete 200 answer.
  @Test(.timeLimit(.minutes(2)))
  func thousandSimultaneousRequestsAllSucceed() async throws {
    let port = try await TestServer.port
    let paths = [
      "/collections/district-control/items?limit=5&datetime=2021-07-10",
      "/collections/events/items?limit=3",
      "/lookup?name=Samkani",
      "/near?lat=34.5&lon=69.2&limit=3",
      "/conformance",
    ]
    let count = 1000
    let statuses: [Int] = try await onOwnThread {
      var sockets: [Int32] = []
      defer { for fd in sockets { close(fd) } }
      for i in 0..<count {
        let fd = try RawHTTP.connect(port: port)
        sockets.append(fd)
        try RawHTTP.send(fd, RawHTTP.requestText(port: port, method: "GET", path: paths[i % paths.count], headers: [:]))
      }
      var statuses: [Int] = []
      for fd in sockets {
        let reply = try RawHTTP.receive(fd)
        // A complete body: the JSON parses.
        statuses.append((try? JSONSerialization.jsonObject(with: reply.body)) == nil ? -reply.status : reply.status)
      }
      return statuses
    }
    #expect(statuses.count == count)
    #expect(statuses.allSatisfy { $0 == 200 }, "\(Dictionary(grouping: statuses, by: { $0 }).mapValues(\.count))")
    // Still serving afterwards.
    #expect(try await TestServer.get("/").status == 200)
  }

  static let wrk = ExternalTool.find("wrk")

  /// `wrk` (Debian's HTTP load generator) drives the request mix of
  /// `Scripts/load-test-serve.lua` for 5 s over 50 connections: no socket error, no answer
  /// other than 2xx. It loads a server of its own, so the requests it leaves queued cannot
  /// delay the other tests' requests to the shared one, and steps aside under a sanitizer
  /// runtime (5–15× slower: the load, not the server, would be measured). A request counts as
  /// failed after 30 s without an answer. The 30 s measurement with throughput and p99 is a
  /// row of `Benchmarks/run`.
  @Test(
    .enabled(if: wrk != nil, "wrk is not on PATH (install Debian's wrk); skipping the load test"),
    .disabled(if: ChildProcess.isSanitized, "a load test under a sanitizer runtime measures the sanitizer; skipping"),
    .timeLimit(.minutes(2)))
  func wrkLoadGivesNoErrors() async throws {
    let wrk = try #require(Self.wrk)
    let server = try FrontlineServer(store: try await TestServer.store, configuration: ServerConfiguration(host: "127.0.0.1", port: 0))
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    let serving = Task { try await server.run { continuation.yield($0) } }
    defer { serving.cancel() }
    var port = 0
    for await bound in ports {
      port = bound
      break
    }
    try #require(port > 0, "the load-test server did not start")
    let script = TestPaths.repositoryRoot.appendingPathComponent("Scripts/load-test-serve.lua").path
    let result = try await ExternalTool.run(
      wrk, ["-t2", "-c50", "-d5s", "--timeout", "30s", "--latency", "-s", script, "http://127.0.0.1:\(port)"],
      timeout: 90)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains("Socket errors"), "\(result.stdout)")
    #expect(!result.stdout.contains("Non-2xx"), "\(result.stdout)")
    let requests = result.stdout.split(separator: "\n").first { $0.contains("requests in") }
      .flatMap { Int($0.split(separator: " ").first ?? "") }
    // Served something; how much is the benchmark's business (no timing goals in tests).
    #expect((requests ?? 0) > 0, "\(result.stdout)")
  }
}
