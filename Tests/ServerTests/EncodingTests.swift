import Foundation
import FrontlineKit
import Testing

@testable import Server

/// A second server, with `--cors https://maps.example.org`, over the same store.
enum CORSServer {
  static let origin = "https://maps.example.org"

  static var port: Int {
    get async throws { try await started.value }
  }

  private static let started = Task<Int, any Error> {
    let store = try await TestServer.store
    let server = try await onOwnThread {
      try FrontlineServer(store: store, configuration: ServerConfiguration(host: "127.0.0.1", port: 0, corsOrigin: origin))
    }
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    Task.detached {
      try await server.run { port in continuation.yield(port) }
    }
    for await port in ports { return port }
    throw ServerError.cannotStart(address: "127.0.0.1:0", reason: "the server stopped before listening")
  }
}

/// Issue #14 item 13: gzip for clients that accept it, CORS only when asked for. Checked with
/// curl, a real HTTP client, and with raw requests where the exact bytes matter.
@Suite(.enabled(if: ExternalTool.find("curl") != nil, "curl is not on PATH (apt-get install curl)"))
struct EncodingTests {
  static let curl = ExternalTool.find("curl")

  /// `curl -sS -D HEADERS -o BODY [arguments] URL`: the headers (lower-case names) and body.
  static func fetch(_ url: String, _ arguments: [String] = []) async throws -> (headers: [String: String], body: Data) {
    let directory = try ExternalTool.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let headerFile = directory.appendingPathComponent("headers").path
    let bodyFile = directory.appendingPathComponent("body").path
    let result = try await ExternalTool.run(try #require(curl), ["-sS", "-D", headerFile, "-o", bodyFile] + arguments + [url])
    #expect(result.status == 0, "\(result.stderr)")
    var headers: [String: String] = [:]
    for line in try String(contentsOfFile: headerFile, encoding: .utf8).components(separatedBy: "\r\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    return (headers, try Data(contentsOf: URL(fileURLWithPath: bodyFile)))
  }

  /// The text with the `"timeStamp":"…"` member blanked.
  static func withoutTimeStamp(_ body: Data) -> String {
    String(decoding: body, as: UTF8.self)
      .replacingOccurrences(of: #""timeStamp":"[^"]*""#, with: "\"timeStamp\":\"\"", options: .regularExpression)
  }

  @Test func aPageOfDistrictPolygonsIsGzippedForAClientThatAcceptsIt() async throws {
    let url = "http://127.0.0.1:\(try await TestServer.port)/collections/district-control/items?limit=1000"
    let plain = try await Self.fetch(url)
    #expect(plain.headers["content-encoding"] == nil)
    #expect(plain.headers["vary"] == "Accept-Encoding")
    let raw = try await Self.fetch(url, ["-H", "Accept-Encoding: gzip"])
    #expect(raw.headers["content-encoding"] == "gzip")
    #expect(raw.headers["content-length"] == String(raw.body.count))
    #expect(raw.body.starts(with: [0x1F, 0x8B]), "a gzip member (RFC 1952)")
    // curl --compressed decodes it: the same document as the plain answer (but for its
    // timeStamp, the time of the answer), several times smaller.
    let decoded = try await Self.fetch(url, ["--compressed"])
    #expect(Self.withoutTimeStamp(decoded.body) == Self.withoutTimeStamp(plain.body))
    #expect(raw.body.count * 3 < plain.body.count, "\(raw.body.count) gzipped vs \(plain.body.count) bytes")
    // gzip(1) agrees.
    let directory = try ExternalTool.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("page.json.gz")
    try raw.body.write(to: file)
    let gunzip = try await ExternalTool.run(try #require(ExternalTool.find("gzip")), ["-t", file.path])
    #expect(gunzip.status == 0, "\(gunzip.stderr)")
  }

  @Test func gzipIsSkippedWhenRefusedOrForSmallAnswersAndHEAD() async throws {
    let port = try await TestServer.port
    let refused = try await TestServer.get("/collections/districts/items?limit=50", headers: ["Accept-Encoding": "gzip;q=0, identity"])
    #expect(refused.status == 200 && refused.headers["content-encoding"] == nil)
    let small = try await TestServer.get("/conformance", headers: ["Accept-Encoding": "gzip"])
    #expect(small.headers["content-encoding"] == nil, "under 1 KiB")
    let head = try await RawHTTP.request(port: port, method: "HEAD", path: "/map/data.json", headers: ["Accept-Encoding": "gzip"])
    #expect(head.status == 200 && head.headers["content-encoding"] == nil && head.body.isEmpty)
    #expect(Gzip.isAccepted(by: "deflate, gzip;q=0.5") && Gzip.isAccepted(by: "*") && Gzip.isAccepted(by: "x-gzip"))
    #expect(!Gzip.isAccepted(by: "br") && !Gzip.isAccepted(by: nil) && !Gzip.isAccepted(by: "*;q=0"))
  }

  @Test func noCORSHeadersUnlessAnOriginIsGiven() async throws {
    let reply = try await TestServer.get("/collections", headers: ["Origin": "https://elsewhere.example"])
    #expect(reply.headers["access-control-allow-origin"] == nil)
    let preflight = try await TestServer.get("/collections", method: "OPTIONS", headers: ["Origin": "https://elsewhere.example"])
    #expect(preflight.status == 405)
  }

  @Test func withAnOriginEveryAnswerAndThePreflightCarryCORSHeaders() async throws {
    let port = try await CORSServer.port
    let base = "http://127.0.0.1:\(port)"
    let items = try await Self.fetch(base + "/collections/events/items?limit=5", ["-H", "Origin: \(CORSServer.origin)"])
    #expect(items.headers["access-control-allow-origin"] == CORSServer.origin)
    #expect(items.headers["vary"]?.contains("Origin") == true)
    let problem = try await Self.fetch(base + "/collections/nothing", ["-H", "Origin: \(CORSServer.origin)"])
    #expect(problem.headers["access-control-allow-origin"] == CORSServer.origin, "errors too, so the page can read them")
    let preflight = try await Self.fetch(
      base + "/collections/district-control/items",
      ["-X", "OPTIONS", "-H", "Origin: \(CORSServer.origin)", "-H", "Access-Control-Request-Method: GET"])
    #expect(preflight.headers["access-control-allow-methods"] == "GET, HEAD, OPTIONS")
    #expect(preflight.headers["access-control-allow-origin"] == CORSServer.origin)
  }
}
