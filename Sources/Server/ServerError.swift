public import Projection

/// Why the server refused a request, worded for the person who sent it: what was wrong, with
/// which value, and what to send instead.
///
/// Every case becomes an [RFC 7807](https://datatracker.ietf.org/doc/html/rfc7807) problem
/// document (`application/problem+json`) with the status of ``status``; nothing a client
/// sends makes the server crash.
public enum ServerError: FrontlineFailure, Hashable, Sendable {
  /// A query parameter has a value the endpoint cannot use.
  case invalidParameter(name: String, value: String, expected: String)
  /// A required query parameter is missing.
  case missingParameter(name: String, expected: String)
  /// The query has a parameter the endpoint does not define
  /// ([OGC 17-069r4 §7.15.1](https://docs.ogc.org/is/17-069r4/17-069r4.html#_parameters):
  /// unknown parameters are answered with 400).
  case unknownParameter(name: String, allowed: [String])
  /// The query string is longer than ``FrontlineServer/maximumQueryLength`` bytes.
  case queryTooLong(length: Int, limit: Int)
  /// No collection has this id.
  case unknownCollection(String)
  /// The collection has no feature with this id.
  case unknownFeature(collection: String, id: String)
  /// No place matches a `/lookup` name.
  case noPlaceMatches(name: String, suggestions: [String])
  /// No endpoint answers this path.
  case unknownPath(String)
  /// The path exists but not for this method.
  case methodNotAllowed(method: String, path: String)
  /// The server could not bind or start.
  case cannotStart(address: String, reason: String)

  /// The HTTP status code of the problem.
  public var status: Int {
    switch self {
    case .invalidParameter, .missingParameter, .unknownParameter: 400
    case .queryTooLong: 414
    case .unknownCollection, .unknownFeature, .noPlaceMatches, .unknownPath: 404
    case .methodNotAllowed: 405
    case .cannotStart: 500
    }
  }

  /// The short, fixed summary of the problem type (RFC 7807 `title`).
  public var title: String {
    switch self {
    case .invalidParameter: "Invalid query parameter"
    case .missingParameter: "Missing query parameter"
    case .unknownParameter: "Unknown query parameter"
    case .queryTooLong: "Query string too long"
    case .unknownCollection: "No such collection"
    case .unknownFeature: "No such feature"
    case .noPlaceMatches: "No place matches"
    case .unknownPath: "Not found"
    case .methodNotAllowed: "Method not allowed"
    case .cannotStart: "Server cannot start"
    }
  }

  /// What went wrong for this request and what to try (RFC 7807 `detail`).
  public var description: String {
    switch self {
    case .invalidParameter(let name, let value, let expected):
      return "\(name)=\(Self.quoted(value)) is not valid: expected \(expected)"
    case .missingParameter(let name, let expected):
      return "the query parameter '\(name)' is required: \(expected)"
    case .unknownParameter(let name, let allowed):
      return "unknown query parameter '\(Self.quoted(name))'; this endpoint takes "
        + (allowed.isEmpty ? "no parameters" : allowed.joined(separator: ", "))
    case .queryTooLong(let length, let limit):
      return "the query string has \(length) bytes; at most \(limit) are accepted (ask for fewer or shorter values)"
    case .unknownCollection(let id):
      return "no collection '\(Self.quoted(id))'; /collections lists them (district-control, mobilization, events, timeline, provinces, districts)"
    case .unknownFeature(let collection, let id):
      return "collection '\(collection)' has no feature '\(Self.quoted(id))'; ids are pcodes (AF1310), event ids or pcode@valid_from"
    case .noPlaceMatches(let name, let suggestions):
      return "no place matches '\(Self.quoted(name))'"
        + (suggestions.isEmpty ? "; try another spelling" : "; did you mean: " + suggestions.joined(separator: ", ") + "?")
    case .unknownPath(let path):
      return "nothing is served at \(Self.quoted(path)); start at / (the landing page) or /map"
    case .methodNotAllowed(let method, let path):
      return "\(method) is not allowed on \(Self.quoted(path)); only GET and HEAD are"
    case .cannotStart(let address, let reason):
      return "cannot serve on \(address): \(reason) (choose another --port, or stop the program using it)"
    }
  }

  /// Echoed client text, cut to 200 characters so a hostile value cannot bloat the answer.
  static func quoted(_ text: String) -> String {
    text.count <= 200 ? text : String(text.prefix(199)) + "…"
  }
}
