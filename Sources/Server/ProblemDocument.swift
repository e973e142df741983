import FrontlineKit

/// An [RFC 7807](https://datatracker.ietf.org/doc/html/rfc7807) problem document: the body of
/// every error answer, served as `application/problem+json`.
///
/// Members, in this order: `type` (`about:blank`, §4.2: the title is the HTTP reason), `title`,
/// `status`, `detail` (what to change) and `instance` (the request path).
struct ProblemDocument: Sendable, Hashable {
  /// The HTTP status.
  let status: Int
  /// The short summary.
  let title: String
  /// The explanation for this request.
  let detail: String
  /// The request path.
  let instance: String

  init(_ error: ServerError, path: String) {
    status = error.status
    title = error.title
    detail = error.description
    instance = path
  }

  init(status: Int, title: String, detail: String, path: String) {
    self.status = status
    self.title = title
    self.detail = detail
    instance = path
  }

  /// The media type of problem documents (RFC 7807 §6.1).
  static let mediaType = "application/problem+json"

  /// The JSON text.
  var json: String {
    JSONValue.object([
      ("type", .string("about:blank")),
      ("title", .string(title)),
      ("status", .integer(status)),
      ("detail", .string(detail)),
      ("instance", .string(ServerError.quoted(instance))),
    ]).rendered
  }
}
