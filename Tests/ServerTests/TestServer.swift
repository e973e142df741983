import Extractor
import Foundation
import FrontlineKit
import FrontlineTestSupport
import Gazetteer
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import NIOCore
import Testing

@testable import Server
import Layers

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One server for the whole test run, on a free loopback port, serving the bundled sample
/// reports with the embedded OCHA/AGCHO district and province polygons, as `frontline serve`
/// does by default.
enum TestServer {
  /// `../shared/data/<name>` relative to the package root, when present.
  static func sharedData(_ name: String) -> String? {
    guard let path = TestPaths.sharedData?.appendingPathComponent(name).path else { return nil }
    return FileManager.default.fileExists(atPath: path) ? path : nil
  }

  /// Whether districts are polygons in this run: always, since they are embedded.
  static var hasPolygons: Bool { true }

  /// The store the server publishes (built once, on a thread of its own so that extraction and
  /// decoding the polygons do not hold a concurrency thread).
  static var store: LayerStore {
    get async throws { try await storeTask.value }
  }

  /// The sample report given ``kunduzProvenance``.
  static let kunduzReport = "009-kunduz-taloqan-fall"
  /// The url and outlet given to ``kunduzReport``'s events.
  static let kunduzProvenance = ReportProvenance(
    url: "https://example.org/2021/08/kunduz-taloqan?from=frontline&test=1", source: "Example News")

  private static let storeTask = Task<LayerStore, any Error> {
    try await onOwnThread {
      let index = try PlaceIndex.embedded()
      // One report is given a url and an outlet, as its NAME.meta.json would, so the pages
      // can be checked for the link to it; the samples themselves carry none.
      let events = ExtractJob.events(of: SampleReports.documents, index: index).flatMap { event in
        event.doc == kunduzReport ? kunduzProvenance.stamp([event]) : [event]
      }
      return try LayerStore(events: events, index: index)
    }
  }

  /// The port of the running server (started on first use).
  static var port: Int {
    get async throws { try await started.value }
  }

  private static let started = Task<Int, any Error> {
    let server = try FrontlineServer(store: try await store, configuration: ServerConfiguration(host: "127.0.0.1", port: 0))
    let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
    Task.detached {
      try await server.run { port in continuation.yield(port) }
    }
    for await port in ports { return port }
    throw ServerError.cannotStart(address: "127.0.0.1:0", reason: "the server stopped before listening")
  }

  /// The server the route tests drive without a socket (see ``get(_:method:headers:)``).
  private static let routed = Task<FrontlineServer, any Error> {
    try FrontlineServer(store: try await store, configuration: ServerConfiguration(host: "127.0.0.1", port: 0))
  }

  /// The base of the links in answers from ``get(_:method:headers:)``: HummingbirdTesting's
  /// router requests are addressed to `localhost`.
  static let base = "http://localhost"

  /// `method path` answered by the server's router through HummingbirdTesting (no socket, no
  /// port): what the route tests need. Tests of the wire itself (HEAD bodies, hostile request
  /// lines, concurrency) and the GDAL, curl, wrk and Chromium clients use the live server
  /// (``port``, ``RawHTTP``).
  static func get(_ path: String, method: String = "GET", headers: [String: String] = [:]) async throws -> HTTPReply {
    let server = try await routed.value
    var fields = HTTPFields()
    for (name, value) in headers {
      guard let name = HTTPField.Name(name) else { throw TestFailure("bad header name \(name)") }
      fields.append(HTTPField(name: name, value: value))
    }
    let requestFields = fields
    guard let method = HTTPRequest.Method(method) else { throw TestFailure("bad method \(method)") }
    return try await Application(router: server.router()).test(.router) { client in
      let response = try await client.execute(uri: path, method: method, headers: requestFields)
      var headers: [String: String] = [:]
      for field in response.headers { headers[field.name.canonicalName] = field.value }
      return HTTPReply(status: response.status.code, headers: headers, body: Data(response.body.readableBytesView))
    }
  }
}

/// An HTTP answer read off the wire.
struct HTTPReply: Sendable {
  let status: Int
  /// Header names in lower case.
  let headers: [String: String]
  let body: Data

  var text: String { String(decoding: body, as: UTF8.self) }
  var contentType: String { headers["content-type"] ?? "" }

  /// The body parsed as a JSON object.
  func json() throws -> [String: Any] {
    guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
      throw TestFailure("not a JSON object: \(text.prefix(200))")
    }
    return object
  }
}

struct TestFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// Runs blocking work on a thread of its own and awaits its result.
///
/// Not `DispatchQueue.global()`: on Linux, Swift's concurrency executor runs on Dispatch's
/// global pool, so tests blocking those few threads in `recv` would starve the server they are
/// waiting for (seen: every request stalled until the 30 s receive timeout).
func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
  try await withCheckedThrowingContinuation { continuation in
    let thread = Thread {
      do {
        continuation.resume(returning: try body())
      } catch {
        continuation.resume(throwing: error)
      }
    }
    thread.start()
  }
}

/// A minimal HTTP/1.1 client over POSIX sockets on 127.0.0.1 (`Connection: close`, read to
/// end of stream), so tests see exactly the bytes the server sends. Blocking calls run on
/// threads of their own (see ``onOwnThread(_:)``).
enum RawHTTP {
  /// Opens a blocking TCP connection to 127.0.0.1:`port` with a 30 s receive timeout.
  static func connect(port: Int) throws -> Int32 {
    #if canImport(Glibc)
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { throw TestFailure("socket() failed: errno \(errno)") }
    var timeout = timeval(tv_sec: 30, tv_usec: 0)
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let result = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard result == 0 else {
      let code = errno
      close(fd)
      throw TestFailure("connect to 127.0.0.1:\(port) failed: errno \(code)")
    }
    return fd
  }

  static func send(_ fd: Int32, _ text: String) throws {
    let bytes = Array(text.utf8)
    var sent = 0
    while sent < bytes.count {
      let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
      guard n > 0 else { throw TestFailure("send failed: errno \(errno)") }
      sent += n
    }
  }

  /// Reads until the server closes the connection, then parses the answer.
  static func receive(_ fd: Int32) throws -> HTTPReply {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let n = recv(fd, &buffer, buffer.count, 0)
      if n == 0 { break }
      guard n > 0 else { throw TestFailure("recv failed: errno \(errno)") }
      data.append(contentsOf: buffer[0..<n])
      guard data.count < 64 << 20 else { throw TestFailure("answer larger than 64 MiB") }
    }
    return try parse(data)
  }

  static func requestText(port: Int, method: String, path: String, headers: [String: String]) -> String {
    var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
    for (name, value) in headers.sorted(by: { $0.key < $1.key }) { text += "\(name): \(value)\r\n" }
    return text + "\r\n"
  }

  /// One request on its own connection.
  static func request(port: Int, method: String = "GET", path: String, headers: [String: String] = [:]) async throws -> HTTPReply {
    try await onOwnThread {
      let fd = try connect(port: port)
      defer { close(fd) }
      try send(fd, requestText(port: port, method: method, path: path, headers: headers))
      return try receive(fd)
    }
  }

  /// Parses status line, headers and a body (plain or chunked).
  static func parse(_ data: Data) throws -> HTTPReply {
    let bytes = [UInt8](data)
    guard let end = bytes.firstRange(of: Array("\r\n\r\n".utf8)) else { throw TestFailure("no header end in \(bytes.count) bytes") }
    let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
    let statusParts = head[0].split(separator: " ")
    guard statusParts.count >= 2, let status = Int(statusParts[1]) else { throw TestFailure("bad status line \(head[0])") }
    var headers: [String: String] = [:]
    for line in head.dropFirst() {
      guard let colon = line.firstIndex(of: ":") else { continue }
      headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    var body = Array(bytes[end.upperBound...])
    if headers["transfer-encoding"]?.lowercased() == "chunked" {
      var out: [UInt8] = []
      var position = 0
      while let lineEnd = body[position...].firstRange(of: Array("\r\n".utf8)) {
        let sizeText = String(decoding: body[position..<lineEnd.lowerBound], as: UTF8.self)
        guard let size = Int(sizeText.split(separator: ";")[0], radix: 16) else { throw TestFailure("bad chunk size") }
        if size == 0 { break }
        let start = lineEnd.upperBound
        guard start + size <= body.count else { throw TestFailure("truncated chunk") }
        out += body[start..<(start + size)]
        position = start + size + 2
      }
      body = out
    }
    return HTTPReply(status: status, headers: headers, body: Data(body))
  }
}

/// Runs an external program with a time limit and captures its output.
enum ExternalTool {
  struct Result: Sendable {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  /// The full path of `name` on PATH, or nil.
  static func find(_ name: String) -> String? { TestPaths.tool(name)?.path }

  /// Runs `executable arguments…`, stopping it after `timeout` seconds. Through
  /// `ChildProcess` (posix_spawn), not Foundation's `Process`, whose `run()` reads past a
  /// buffer under AddressSanitizer (swift-corelibs-foundation 6.3, `findMaximumOpenFromProcSelfFD`).
  static func run(_ executable: String, _ arguments: [String], timeout: TimeInterval = 120, in directory: URL? = nil) async throws -> Result {
    try await onOwnThread {
      let result = try ChildProcess.start(URL(fileURLWithPath: executable), arguments, in: directory).wait(timeout: timeout)
      return Result(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }
  }

  /// A fresh temporary directory.
  static func temporaryDirectory() throws -> URL { try TestPaths.temporaryDirectory(prefix: "frontline-serve") }
}
