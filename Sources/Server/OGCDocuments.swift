import Foundation
import FrontlineKit
import GeoModel
import Layers

/// The JSON documents of OGC API – Features Part 1: Core
/// ([OGC 17-069r4](https://docs.ogc.org/is/17-069r4/17-069r4.html)): landing page, conformance,
/// collections, and the envelopes of item answers. Every link is absolute, built on the base
/// URL the client used (`http://127.0.0.1:8080`).
enum OGCDocuments {
  static let json = "application/json"
  static let geoJSON = "application/geo+json"
  static let openAPI = "application/vnd.oai.openapi+json;version=3.0"
  static let crs84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84"

  /// The conformance classes implemented (§7.4): Core, GeoJSON and OpenAPI 3.0 of Part 1, and
  /// Queryables with queryables as query parameters of Part 3 (OGC 19-079r2).
  static let conformanceClasses = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
    "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
  ]

  static func link(_ href: String, rel: String, type: String, title: String? = nil) -> JSONValue {
    var members: [(String, JSONValue)] = [("href", .string(href)), ("rel", .string(rel)), ("type", .string(type))]
    if let title { members.append(("title", .string(title))) }
    return .object(members)
  }

  /// `/` (§7.2).
  static func landing(base: String) -> String {
    JSONValue.object([
      ("title", .string("Frontline")),
      ("description", .string("District control in Afghanistan during the 2021 Taliban offensive, as reported in English news: OGC API – Features and a map at /map.")),
      ("links", .array([
        link(base + "/", rel: "self", type: json, title: "This document"),
        link(base + "/api", rel: "service-desc", type: openAPI, title: "The API definition (OpenAPI 3.0)"),
        link(base + "/map", rel: "service-doc", type: "text/html", title: "Map with a date slider"),
        link(base + "/conformance", rel: "conformance", type: json, title: "Conformance classes"),
        link(base + "/collections", rel: "data", type: json, title: "Feature collections"),
      ])),
    ]).rendered
  }

  /// `/conformance` (§7.4).
  static func conformance() -> String {
    JSONValue.object([("conformsTo", .array(conformanceClasses.map(JSONValue.string)))]).rendered
  }

  /// `/collections` (§7.13).
  static func collections(base: String, catalog: FeatureCatalog) -> String {
    JSONValue.object([
      ("links", .array([link(base + "/collections", rel: "self", type: json, title: "This document")])),
      ("collections", .array(CollectionID.allCases.map { collection($0, base: base, catalog: catalog) })),
    ]).rendered
  }

  /// One collection's description (§7.14).
  static func collection(_ id: CollectionID, base: String, catalog: FeatureCatalog) -> JSONValue {
    let href = base + "/collections/" + id.rawValue
    var extent: [(String, JSONValue)] = []
    if let box = catalog.extents[id] {
      extent.append(("spatial", .object([
        ("bbox", .array([.array([box.minX, box.minY, box.maxX, box.maxY].map { .number($0, decimals: 6) })])),
        ("crs", .string(crs84)),
      ])))
    }
    if id.isTemporal {
      extent.append(("temporal", .object([
        ("interval", .array([.array([
          .string("\(catalog.store.firstDay)T00:00:00Z"), .string("\(catalog.store.lastDay)T23:59:59Z"),
        ])])),
        ("trs", .string("http://www.opengis.net/def/uom/ISO-8601/0/Gregorian")),
      ])))
    }
    return .object([
      ("id", .string(id.rawValue)),
      ("title", .string(id.title)),
      ("description", .string(id.summary)),
      ("links", .array([
        link(href, rel: "self", type: json, title: "This collection"),
        link(href + "/items", rel: "items", type: geoJSON, title: "Its features"),
        link(
          href + "/queryables", rel: "http://www.opengis.net/def/rel/ogc/1.0/queryables", type: schemaJSON,
          title: "The properties items can be filtered by (?name=value)"),
      ])),
      ("extent", .object(extent)),
      ("itemType", .string("feature")),
      ("crs", .array([.string(crs84)])),
    ])
  }

  /// The `timeStamp` of item answers: now, RFC 3339 in UTC, whole seconds.
  static func timeStamp() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date())
  }

  /// A page of `/collections/{id}/items` (§7.15.8): a FeatureCollection with `numberMatched`,
  /// `numberReturned`, `timeStamp`, links `self`, `collection`, and `next`/`prev` when there
  /// are further pages.
  static func items(
    _ features: [ServedFeature], id: CollectionID, query: ItemsQuery, base: String
  ) -> [UInt8] {
    var matching = query.bbox.map { box in features.filter { $0.intersects(box) } } ?? features
    if !query.filters.isEmpty {
      let table = query.filterTable
      matching = matching.filter { $0.matches(table) }
    }
    let start = min(query.offset, matching.count)
    let end = min(start + query.limit, matching.count)
    let page = matching[start..<end]
    let href = base + "/collections/" + id.rawValue + "/items?"
    var links = [link(href + query.queryString(offset: query.offset), rel: "self", type: geoJSON, title: "This page")]
    if end < matching.count {
      links.append(link(href + query.queryString(offset: end), rel: "next", type: geoJSON, title: "Next page"))
    }
    if start > 0 {
      links.append(link(href + query.queryString(offset: max(0, start - query.limit)), rel: "prev", type: geoJSON, title: "Previous page"))
    }
    links.append(link(base + "/collections/" + id.rawValue, rel: "collection", type: json, title: id.title))
    var head = "{\"type\":\"FeatureCollection\",\"numberMatched\":\(matching.count),\"numberReturned\":\(page.count),"
    head += "\"timeStamp\":\"\(timeStamp())\",\"links\":" + JSONValue.array(links).rendered + ",\"features\":["
    var out = Array(head.utf8)
    out.reserveCapacity(page.reduce(out.count + 4) { $0 + $1.head.count + ($1.geometry?.bytes.count ?? 4) + 2 })
    for (index, feature) in page.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      feature.append(to: &out)
    }
    out += Array("]}\n".utf8)
    return out
  }

  /// `/collections/{id}/items/{featureId}` (§7.16): the feature with `self` and `collection`
  /// links.
  static func item(_ feature: ServedFeature, id: CollectionID, base: String, query: String?) -> [UInt8] {
    let href = base + "/collections/" + id.rawValue
    let links = JSONValue.array([
      link(href + "/items/" + ItemsQuery.escape(feature.id) + (query.map { "?" + $0 } ?? ""), rel: "self", type: geoJSON, title: "This feature"),
      link(href, rel: "collection", type: json, title: id.title),
    ])
    var out: [UInt8] = []
    feature.append(to: &out, extraMembers: ",\"links\":" + links.rendered)
    out.append(UInt8(ascii: "\n"))
    return out
  }
}
