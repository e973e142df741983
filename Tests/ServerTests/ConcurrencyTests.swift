import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The server answers a burst of simultaneous clients on loopback.
@Suite struct ConcurrencyTests {
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
}
