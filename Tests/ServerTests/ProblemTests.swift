import Foundation
import Testing

@testable import Server

#if canImport(Glibc)
  import Glibc
#endif

/// Bad requests get RFC 7807 problem documents, never a crash.
@Suite struct ProblemTests {
  @Test(arguments: [
    ("limit=0", "limit"),
    ("limit=10001", "limit"),
    ("limit=ten", "limit"),
    ("offset=-1", "offset"),
    ("bbox=1,2,3", "bbox"),
    ("bbox=70,34,69,33", "bbox"),
    ("bbox=a,b,c,d", "bbox"),
    ("bbox=0,95,1,96", "bbox"),
    ("datetime=yesterday", "datetime"),
    ("datetime=../..", "datetime"),
    ("datetime=2021-08-01/2021-07-01", "datetime"),
    ("datetime=2021-02-30", "datetime"),
    ("f=html", "f"),
    ("colour=red", "colour"),
    ("limit=5&limit=6", "limit"),
    ("datetime=%ZZ", "datetime"),
  ])
  func badItemsParametersAre400ProblemsNamingTheParameter(query: String, parameter: String) async throws {
    let reply = try await TestServer.get("/collections/district-control/items?" + query)
    #expect(reply.status == 400, "\(query): \(reply.text)")
    #expect(reply.contentType == "application/problem+json")
    let problem = try reply.json()
    #expect(problem["status"] as? Int == 400)
    #expect(problem["type"] as? String == "about:blank")
    #expect(problem["instance"] as? String == "/collections/district-control/items")
    #expect((problem["detail"] as? String)?.contains(parameter) == true, "\(problem)")
  }

  @Test(arguments: [
    "/collections/rivers",
    "/collections/rivers/items",
    "/collections/district-control/items/AF9999",
    "/collections/events/items/no-such-event",
    "/no/such/path",
    "/lookup?name=Xyzzyqwerty",
  ])
  func unknownThingsAre404Problems(path: String) async throws {
    let reply = try await TestServer.get(path)
    #expect(reply.status == 404, "\(path): \(reply.text)")
    #expect(reply.contentType == "application/problem+json")
    #expect(try reply.json()["status"] as? Int == 404)
  }

  @Test func queryStringsLongerThan8KiBAreRejectedWith414() async throws {
    let long = String(repeating: "a", count: 9000)
    let reply = try await TestServer.get("/collections/events/items?datetime=" + long)
    #expect(reply.status == 414)
    #expect(reply.contentType == "application/problem+json")
    #expect((try reply.json()["detail"] as? String)?.contains("8192") == true)
    let fine = try await TestServer.get("/collections/events/items?f=json&datetime=2021-07-01")
    #expect(fine.status == 200)
  }

  @Test func otherMethodsThanGetAndHeadAre405Problems() async throws {
    let reply = try await TestServer.get("/collections", method: "POST")
    #expect(reply.status == 405)
    #expect(reply.contentType == "application/problem+json")
  }

  @Test func hostileHostHeaderDoesNotLeakIntoLinks() async throws {
    let reply = try await TestServer.get("/", headers: ["X-Test": "1"])
    #expect(reply.status == 200)
    let hostile = try await RawHTTP.requestRaw(
      port: try await TestServer.port,
      text: "GET / HTTP/1.1\r\nHost: evil\"><script>\r\nConnection: close\r\n\r\n")
    #expect(!hostile.text.contains("<script>"))
  }

  @Test func echoedValuesAreCutSoAHugeValueDoesNotBloatTheAnswer() {
    let error = ServerError.unknownCollection(String(repeating: "x", count: 5000))
    #expect(error.description.count < 400)
    #expect(ProblemDocument(error, path: "/p").json.contains("\"status\":404"))
  }
}

extension RawHTTP {
  /// Sends `text` as it is (for malformed requests).
  static func requestRaw(port: Int, text: String) async throws -> HTTPReply {
    try await onOwnThread {
      let fd = try connect(port: port)
      defer { close(fd) }
      try send(fd, text)
      return try receive(fd)
    }
  }
}
