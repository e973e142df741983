import Hummingbird

/// Turns every failure into an RFC 7807 problem document and enforces the request bounds:
/// query strings of at most ``FrontlineServer/maximumQueryLength`` bytes (else 414), GET and
/// HEAD only (else 405), unknown paths 404. A HEAD request is answered as GET without a body.
struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
  func handle(
    _ request: Request, context: Context, next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let path = request.uri.path
    if let query = request.uri.query, query.utf8.count > FrontlineServer.maximumQueryLength {
      return Self.problem(.queryTooLong(length: query.utf8.count, limit: FrontlineServer.maximumQueryLength), path: path)
    }
    guard request.method == .get || request.method == .head else {
      return Self.problem(.methodNotAllowed(method: request.method.rawValue, path: path), path: path)
    }
    do {
      var response = try await next(request, context)
      if request.method == .head {
        // RFC 9110 §9.3.2: a HEAD answer carries the headers of the GET answer, Content-Length
        // included, without the body. Setting `body` resets Content-Length, so put it back.
        let length = response.headers[.contentLength]
        response.body = ResponseBody()
        response.headers[.contentLength] = length
      }
      return response
    } catch let error as ServerError {
      return Self.problem(error, path: path)
    } catch let error as HTTPError where error.status == .notFound {
      return Self.problem(.unknownPath(path), path: path)
    } catch let error as HTTPError {
      let status = Int(error.status.code)
      return Self.respond(
        ProblemDocument(status: status, title: error.status.reasonPhrase, detail: error.body ?? error.status.reasonPhrase, path: path))
    } catch {
      return Self.respond(
        ProblemDocument(status: 500, title: "Internal server error", detail: "the server could not answer: \(error)", path: path))
    }
  }

  static func problem(_ error: ServerError, path: String) -> Response {
    respond(ProblemDocument(error, path: path))
  }

  static func respond(_ problem: ProblemDocument) -> Response {
    Response(
      status: HTTPResponse.Status(code: problem.status),
      headers: [.contentType: ProblemDocument.mediaType],
      body: ResponseBody(byteBuffer: ByteBuffer(string: problem.json + "\n")))
  }
}
