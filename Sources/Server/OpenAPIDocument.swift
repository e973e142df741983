import FrontlineKit

/// The OpenAPI 3.0 definition served at `/api`
/// (`application/vnd.oai.openapi+json;version=3.0`, OGC 17-069r4 §7.3, conformance class
/// "OpenAPI 3.0"): every path, parameter and media type the server answers.
enum OpenAPIDocument {
  /// The document for a server reached at `base`.
  static func json(base: String) -> String {
    document(base: base).rendered
  }

  private static func schema(_ members: [(String, JSONValue)]) -> JSONValue { .object(members) }

  private static func parameter(
    _ name: String, in place: String = "query", required: Bool = false, description: String,
    schema: JSONValue, style: String? = nil, explode: Bool? = nil
  ) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("name", .string(name)), ("in", .string(place)), ("required", .bool(required)),
      ("description", .string(description)), ("schema", schema),
    ]
    if let style { members.append(("style", .string(style))) }
    if let explode { members.append(("explode", .bool(explode))) }
    return .object(members)
  }

  private static func reference(_ name: String) -> JSONValue {
    .object([("$ref", .string("#/components/parameters/" + name))])
  }

  private static func responses(_ type: String, description: String, errors: [Int] = [400, 404]) -> JSONValue {
    var members: [(String, JSONValue)] = [
      ("200", .object([
        ("description", .string(description)),
        ("content", .object([(type, .object([("schema", .object([("type", .string(type.contains("html") || type.contains("javascript") || type.contains("css") ? "string" : "object"))]))]))])),
      ])),
    ]
    for code in errors {
      members.append((String(code), .object([
        ("description", .string(code == 404 ? "Not found (RFC 7807 problem)" : code == 414 ? "Query string longer than 8 KiB" : "Bad request (RFC 7807 problem)")),
        ("content", .object([(ProblemDocument.mediaType, .object([("schema", .object([("$ref", .string("#/components/schemas/Problem"))]))]))])),
      ])))
    }
    return .object(members)
  }

  private static func get(_ summary: String, id: String, parameters: [JSONValue] = [], responses: JSONValue) -> JSONValue {
    .object([("get", .object([
      ("summary", .string(summary)), ("operationId", .string(id)),
      ("parameters", .array(parameters)), ("responses", responses),
    ]))])
  }

  static func document(base: String) -> JSONValue {
    let json = OGCDocuments.json
    let geo = OGCDocuments.geoJSON
    let parameters: [(String, JSONValue)] = [
      ("collectionId", parameter(
        "collectionId", in: "path", required: true, description: "The collection.",
        schema: schema([("type", .string("string")), ("enum", .array(CollectionID.allCases.map { .string($0.rawValue) }))]))),
      ("featureId", parameter(
        "featureId", in: "path", required: true,
        description: "A pcode (AF1310), an event's feature id (its id with ~ for #: 003-paktia~1; 003-paktia%231 works too) or pcode@valid_from for timeline.",
        schema: schema([("type", .string("string"))]))),
      ("limit", parameter(
        "limit", description: "Features per page (OGC 17-069r4 §7.15.3).",
        schema: schema([("type", .string("integer")), ("minimum", .integer(1)), ("maximum", .integer(FrontlineServer.maximumLimit)), ("default", .integer(10))]),
        style: "form", explode: false)),
      ("offset", parameter(
        "offset", description: "Features skipped; the next links page with it.",
        schema: schema([("type", .string("integer")), ("minimum", .integer(0)), ("default", .integer(0))]),
        style: "form", explode: false)),
      ("bbox", parameter(
        "bbox", description: "minLon,minLat,maxLon,maxLat (WGS 84, CRS84) (§7.15.4).",
        schema: schema([
          ("type", .string("array")), ("minItems", .integer(4)), ("maxItems", .integer(6)),
          ("items", schema([("type", .string("number"))])),
        ]),
        style: "form", explode: false)),
      ("datetime", parameter(
        "datetime",
        description: "A date or an interval (2021-07-01, 2021-07-01/2021-07-31, ../2021-07-31). district-control and mobilization: as of the (end) date; events: dated inside it; timeline: intervals overlapping it (§7.15.5).",
        schema: schema([("type", .string("string"))]), style: "form", explode: false)),
      ("f", parameter(
        "f", description: "Output format; only JSON/GeoJSON is served.",
        schema: schema([("type", .string("string")), ("enum", .array([.string("json"), .string("geojson")]))]),
        style: "form", explode: false)),
    ]
    let paths: [(String, JSONValue)] = [
      ("/", get("Landing page", id: "getLandingPage", parameters: [reference("f")], responses: responses(json, description: "Links to the API definition, conformance and data"))),
      ("/api", get("This API definition", id: "getAPI", responses: responses(OGCDocuments.openAPI, description: "OpenAPI 3.0"))),
      ("/conformance", get("Conformance classes", id: "getConformance", parameters: [reference("f")], responses: responses(json, description: "Core, GeoJSON, OpenAPI 3.0"))),
      ("/collections", get("Feature collections", id: "getCollections", parameters: [reference("f")], responses: responses(json, description: "The six collections"))),
      ("/collections/{collectionId}", get("One collection", id: "describeCollection", parameters: [reference("collectionId"), reference("f")], responses: responses(json, description: "The collection"))),
      ("/collections/{collectionId}/items", get(
        "Features of a collection", id: "getFeatures",
        parameters: ["collectionId", "limit", "offset", "bbox", "datetime", "f"].map(reference) + [
          parameter("status", description: "district-control, timeline: keep features of this status (comma-separated for several).", schema: schema([("type", .string("string"))])),
          parameter("type", description: "events: keep events of this type (captured, recaptured, …).", schema: schema([("type", .string("string"))])),
          parameter("province", description: "Keep features in this province (pcode, e.g. AF13).", schema: schema([("type", .string("string"))])),
          parameter("pcode", description: "Keep features of this district or province pcode.", schema: schema([("type", .string("string"))])),
        ],
        responses: responses(geo, description: "A page of features (GeoJSON FeatureCollection); each collection's filters are listed at /collections/{collectionId}/queryables", errors: [400, 404, 414]))),
      ("/collections/{collectionId}/queryables", get(
        "The properties items can be filtered by", id: "getQueryables", parameters: [reference("collectionId"), reference("f")],
        responses: responses(OGCDocuments.schemaJSON, description: "JSON Schema of the queryables (OGC API – Features Part 3)"))),
      ("/collections/{collectionId}/items/{featureId}", get(
        "One feature", id: "getFeature", parameters: ["collectionId", "featureId", "datetime", "f"].map(reference),
        responses: responses(geo, description: "The feature (GeoJSON Feature)"))),
      ("/near", get(
        "Districts nearest to a point, by geodesic distance on WGS 84", id: "getNear",
        parameters: [
          parameter("lat", required: true, description: "Latitude, degrees north.", schema: schema([("type", .string("number")), ("minimum", .integer(-90)), ("maximum", .integer(90))])),
          parameter("lon", required: true, description: "Longitude, degrees east.", schema: schema([("type", .string("number")), ("minimum", .integer(-180)), ("maximum", .integer(180))])),
          parameter("radius", description: "Kilometres (50, 50km or 5000m); no limit when absent.", schema: schema([("type", .string("string"))])),
          parameter("limit", description: "At most this many districts.", schema: schema([("type", .string("integer")), ("minimum", .integer(1)), ("maximum", .integer(GazetteerEndpoints.maximumNear)), ("default", .integer(10))])),
        ],
        responses: responses(geo, description: "FeatureCollection of district points with distance_km and bearing_deg"))),
      ("/locate", get(
        "The district whose polygon holds a point", id: "getLocate",
        parameters: [
          parameter("lat", required: true, description: "Latitude, degrees north.", schema: schema([("type", .string("number")), ("minimum", .integer(-90)), ("maximum", .integer(90))])),
          parameter("lon", required: true, description: "Longitude, degrees east.", schema: schema([("type", .string("number")), ("minimum", .integer(-180)), ("maximum", .integer(180))])),
        ],
        responses: responses(geo, description: "FeatureCollection of one district point with inside and distance_km"))),
      ("/lookup", get(
        "Places a name may mean, under any spelling", id: "getLookup",
        parameters: [
          parameter("name", required: true, description: "Any spelling, a pcode or an ISO 3166-2 code.", schema: schema([("type", .string("string")), ("maxLength", .integer(GazetteerEndpoints.maximumNameLength))])),
          parameter("province", description: "Keep places inside this province (name or code).", schema: schema([("type", .string("string"))])),
        ],
        responses: responses(geo, description: "FeatureCollection of matching places (points) with the spelling that matched"))),
      ("/map", get("The map page with a date slider", id: "getMap", responses: responses("text/html", description: "HTML", errors: []))),
    ]
    return .object([
      ("openapi", .string("3.0.3")),
      ("info", .object([
        ("title", .string("Frontline")),
        ("version", .string("0.1.0")),
        ("description", .string("OGC API – Features (Part 1: Core, GeoJSON) over district control in Afghanistan in 2021, as reported in English news.")),
      ])),
      ("servers", .array([.object([("url", .string(base))])])),
      ("paths", .object(paths)),
      ("components", .object([
        ("parameters", .object(parameters)),
        ("schemas", .object([
          ("Problem", .object([
            ("type", .string("object")),
            ("description", .string("RFC 7807 problem details")),
            ("properties", .object(["type", "title", "detail", "instance"].map { ($0, .object([("type", .string("string"))])) } + [("status", .object([("type", .string("integer"))]))])),
          ])),
        ])),
      ])),
    ])
  }
}
