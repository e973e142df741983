import Foundation
import GeoModel

/// The parameters of `/collections/{id}/items`
/// ([OGC 17-069r4 §7.15](https://docs.ogc.org/is/17-069r4/17-069r4.html#_items_)).
struct ItemsQuery: Sendable {
  /// Features per page: 1…``FrontlineServer/maximumLimit``, 10 by default.
  var limit = 10
  /// Features skipped before the page (paging through `next` links).
  var offset = 0
  /// Longitude/latitude box (WGS 84, CRS84 axis order).
  var bbox: BoundingBox?
  /// The `bbox` text as given, echoed in paging links.
  var bboxText: String?
  /// The `datetime` value.
  var range: DayRange?
  /// The `datetime` text as given.
  var datetimeText: String?
  /// The `f` value as given.
  var format: String?
  /// Attribute filters: queryable name → accepted values (`status=taliban,contested`), in the
  /// order of the collection's queryables.
  var filters: [(name: String, values: [String])] = []

  /// The names every collection's items accept (plus its queryables).
  static let allowed = ["limit", "offset", "bbox", "datetime", "f"]

  /// The filters as a lookup table for ``ServedFeature/matches(_:)``.
  var filterTable: [String: Set<String>] {
    Dictionary(uniqueKeysWithValues: filters.map { ($0.name, Set($0.values)) })
  }

  /// Largest `offset` accepted: far beyond any collection, small enough for `Int` arithmetic.
  static let maximumOffset = 1_000_000_000

  /// Parses and checks a query string.
  /// - Parameter collection: whose queryables are accepted as filters (none when nil).
  /// - Throws: ``ServerError`` naming the bad parameter.
  init(_ query: String?, collection: CollectionID? = nil) throws {
    let queryables = collection?.queryables ?? []
    let parameters = try QueryParameters(query, allowed: Self.allowed + queryables.map(\.name))
    for queryable in queryables {
      guard let text = parameters[queryable.name] else { continue }
      let values = text.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      if let allowed = queryable.values, let bad = values.first(where: { !allowed.contains($0) }) {
        throw ServerError.invalidParameter(
          name: queryable.name, value: bad, expected: "one of " + allowed.joined(separator: ", ") + " (comma-separated for several)")
      }
      guard !values.contains("") else {
        throw ServerError.invalidParameter(name: queryable.name, value: text, expected: queryable.description)
      }
      filters.append((queryable.name, values))
    }
    try parameters.checkFormat()
    format = parameters["f"]
    limit = try parameters.integer("limit", in: 1...FrontlineServer.maximumLimit, default: 10)
    offset = try parameters.integer("offset", in: 0...Self.maximumOffset, default: 0)
    if let text = parameters["bbox"] {
      bbox = try Self.box(text)
      bboxText = text
    }
    if let text = parameters["datetime"] {
      range = try DayRange(parsing: text)
      datetimeText = text
    }
  }

  /// Parses `minLon,minLat,maxLon,maxLat` (or the 6-number form with heights, which are
  /// ignored: Frontline has no heights).
  static func box(_ text: String) throws -> BoundingBox {
    let expected = "minLon,minLat,maxLon,maxLat in degrees (WGS 84), e.g. 69,33,70,34"
    let numbers = text.split(separator: ",", omittingEmptySubsequences: false).map {
      Double($0.trimmingCharacters(in: .whitespaces))
    }
    guard numbers.count == 4 || numbers.count == 6 else {
      throw ServerError.invalidParameter(name: "bbox", value: text, expected: expected)
    }
    let values = numbers.compactMap { $0 }.filter(\.isFinite)
    guard values.count == numbers.count else {
      throw ServerError.invalidParameter(name: "bbox", value: text, expected: expected)
    }
    let (minX, minY, maxX, maxY) = numbers.count == 4
      ? (values[0], values[1], values[2], values[3]) : (values[0], values[1], values[3], values[4])
    guard (-180...180).contains(minX), (-180...180).contains(maxX), (-90...90).contains(minY),
      (-90...90).contains(maxY), minY <= maxY
    else {
      throw ServerError.invalidParameter(name: "bbox", value: text, expected: "longitudes in -180…180, latitudes in -90…90, south ≤ north; " + expected)
    }
    guard minX <= maxX else {
      throw ServerError.invalidParameter(name: "bbox", value: text, expected: "west ≤ east (Afghanistan does not cross the antimeridian); " + expected)
    }
    return BoundingBox(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
  }

  /// The query string of the same request at another offset (for `next`/`prev` links).
  func queryString(offset newOffset: Int) -> String {
    var pairs = ["limit=\(limit)", "offset=\(newOffset)"]
    if let bboxText { pairs.append("bbox=" + Self.escape(bboxText)) }
    if let datetimeText { pairs.append("datetime=" + Self.escape(datetimeText)) }
    if let format { pairs.append("f=" + Self.escape(format)) }
    for filter in filters { pairs.append(filter.name + "=" + Self.escape(filter.values.joined(separator: ","))) }
    return pairs.joined(separator: "&")
  }

  /// Percent-encodes everything but RFC 3986 unreserved characters and `,` `:` `/`.
  static func escape(_ text: String) -> String {
    var out = ""
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
        UInt8(ascii: "~"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "/"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return out
  }
}

extension String {
  /// The string with zeros in front up to `width` characters.
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
