import Hummingbird

/// The outermost middleware: gzip for clients that accept it, and CORS headers when
/// `--cors` names an origin.
///
/// - gzip: a GET answer of at least ``Gzip/minimumSize`` bytes is compressed when the request's
///   `Accept-Encoding` accepts gzip, with `Content-Encoding: gzip`; every compressible answer
///   carries `Vary: Accept-Encoding` so caches keep the two apart. HEAD answers are never
///   compressed (their headers describe the identity body).
/// - CORS ([Fetch standard](https://fetch.spec.whatwg.org/#http-cors-protocol)): with an
///   origin, every answer (problems included) carries `Access-Control-Allow-Origin` and an
///   `OPTIONS` preflight is answered 204 with the allowed methods (GET, HEAD) and headers.
///   Without one, no CORS header is sent and browsers on other origins cannot read the API.
struct EncodingMiddleware<Context: RequestContext>: RouterMiddleware {
  /// `*` or an origin such as `https://maps.example.org`; nil for no CORS.
  let corsOrigin: String?

  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    if let corsOrigin, request.method == .options {
      var headers = HTTPFields()
      headers[.accessControlAllowOrigin] = corsOrigin
      headers[.accessControlAllowMethods] = "GET, HEAD, OPTIONS"
      headers[.accessControlAllowHeaders] = "Accept, Accept-Encoding, Content-Type"
      headers[.accessControlMaxAge] = "86400"
      if corsOrigin != "*" { headers[.vary] = "Origin" }
      return Response(status: .noContent, headers: headers)
    }
    var response = try await next(request, context)
    if let corsOrigin {
      response.headers[.accessControlAllowOrigin] = corsOrigin
      if corsOrigin != "*" { Self.addVary("Origin", to: &response.headers) }
    }
    guard request.method == .get, response.status == .ok, response.headers[.contentEncoding] == nil,
      let length = response.body.contentLength, length >= Gzip.minimumSize
    else { return response }
    Self.addVary("Accept-Encoding", to: &response.headers)
    guard Gzip.isAccepted(by: request.headers[.acceptEncoding]) else { return response }
    let collector = BodyCollector()
    try await response.body.write(collector)
    guard let compressed = Gzip.compress(collector.bytes) else {
      response.body = ResponseBody(byteBuffer: ByteBuffer(bytes: collector.bytes))
      return response
    }
    response.headers[.contentEncoding] = "gzip"
    response.body = ResponseBody(byteBuffer: ByteBuffer(bytes: compressed))
    response.headers[.contentLength] = String(compressed.count)
    return response
  }

  private static func addVary(_ name: String, to headers: inout HTTPFields) {
    if let vary = headers[.vary] {
      if !vary.lowercased().contains(name.lowercased()) { headers[.vary] = vary + ", " + name }
    } else {
      headers[.vary] = name
    }
  }
}

/// Collects a response body in memory (Frontline's bodies are built in memory anyway).
private final class BodyCollector: ResponseBodyWriter {
  var bytes: [UInt8] = []

  func write(_ buffer: ByteBuffer) async throws {
    bytes.append(contentsOf: buffer.readableBytesView)
  }

  func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
