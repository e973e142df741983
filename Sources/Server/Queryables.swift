import Extractor
import FrontlineKit
import Gazetteer
import GeoModel
import Timeline

/// One attribute a collection's items can be filtered by (`?status=taliban`), declared at
/// `/collections/{id}/queryables` (OGC API – Features Part 3, OGC 19-079r2, "Queryables" and
/// "Queryables as query parameters").
struct Queryable: Sendable, Hashable {
  /// The query parameter and property name.
  let name: String
  /// What it matches.
  let description: String
  /// The allowed values, when they are a closed set (a value outside it is a 400).
  let values: [String]?
}

extension CollectionID {
  /// The attributes items can be filtered by. `province` is the province pcode (`AF13`) of the
  /// feature's place, also for layers whose `province` property holds the name.
  var queryables: [Queryable] {
    let status = Queryable(
      name: "status", description: "Control status", values: ControlStatus.allCases.sorted().map(\.rawValue))
    let province = Queryable(name: "province", description: "Province pcode, e.g. AF13 (Paktya)", values: nil)
    let pcode = Queryable(name: "pcode", description: "Pcode of the district or province, e.g. AF1310", values: nil)
    switch self {
    case .districtControl, .timeline: return [status, province, pcode]
    case .events:
      return [
        Queryable(name: "type", description: "Event type", values: EventType.allCases.map(\.rawValue)),
        province, pcode,
        Queryable(name: "doc", description: "Report (document id)", values: nil),
        Queryable(name: "language", description: "Report language", values: ["en", "fa", "ps"]),
      ]
    case .mobilization, .provinces: return [pcode]
    case .districts: return [province, pcode]
    }
  }

  /// The queryable values of `feature` (built by ``LayerStore``), by queryable name: `province`
  /// is looked up in the gazetteer from the feature's `pcode`.
  func attributes(of feature: Feature, index: PlaceIndex) -> [String: String] {
    var result: [String: String] = [:]
    for queryable in queryables {
      if queryable.name == "province" {
        guard case .string(let code)? = feature[property: "pcode"], let place = index.place(id: code) else { continue }
        if let province = place.level == .province ? place.id : place.provincePcode { result["province"] = province }
      } else if case .string(let value)? = feature[property: queryable.name] {
        result[queryable.name] = value
      }
    }
    return result
  }
}

extension OGCDocuments {
  static let schemaJSON = "application/schema+json"

  /// `/collections/{id}/queryables`: a JSON Schema (2019-09) of the filterable properties.
  static func queryables(_ id: CollectionID, base: String) -> String {
    let properties = id.queryables.map { queryable -> (String, JSONValue) in
      var members: [(String, JSONValue)] = [
        ("title", .string(queryable.name)), ("description", .string(queryable.description)), ("type", .string("string")),
      ]
      if let values = queryable.values { members.append(("enum", .array(values.map(JSONValue.string)))) }
      return (queryable.name, .object(members))
    }
    return JSONValue.object([
      ("$schema", .string("https://json-schema.org/draft/2019-09/schema")),
      ("$id", .string(base + "/collections/" + id.rawValue + "/queryables")),
      ("type", .string("object")),
      ("title", .string(id.title)),
      ("properties", .object(properties)),
      ("additionalProperties", .bool(false)),
    ]).rendered
  }
}
