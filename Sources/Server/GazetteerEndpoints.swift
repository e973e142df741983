import Foundation
import FrontlineKit
import Gazetteer
import Projection

/// `/near`, `/locate` and `/lookup`: the gazetteer's `near`, `locate` and `lookup` commands as
/// GeoJSON.
enum GazetteerEndpoints {
  /// Most districts `/near` returns (all 399 fit).
  static let maximumNear = 400
  /// Longest `/lookup` name, in characters: longer than any place name with room to spare.
  static let maximumNameLength = 200

  /// `/near?lat=&lon=&radius=&limit=`: district points by geodesic distance (WGS 84
  /// ellipsoid), each with `distance_km` and `bearing_deg`.
  /// - Throws: ``ServerError`` for missing or bad parameters.
  static func near(query: String?, locator: PlaceLocator, index: PlaceIndex) throws -> String {
    let parameters = try QueryParameters(query, allowed: ["lat", "lon", "radius", "limit", "f"])
    try parameters.checkFormat()
    guard let latitude = try parameters.number("lat", in: -90...90, meaning: "latitude in degrees") else {
      throw ServerError.missingParameter(name: "lat", expected: "latitude in degrees, e.g. lat=33.6")
    }
    guard let longitude = try parameters.number("lon", in: -180...180, meaning: "longitude in degrees") else {
      throw ServerError.missingParameter(name: "lon", expected: "longitude in degrees, e.g. lon=69.24")
    }
    var radius: Meters?
    if let text = parameters["radius"] {
      guard let metres = GazetteerQueries.parseDistance(text), metres <= 5_000_000 else {
        throw ServerError.invalidParameter(name: "radius", value: text, expected: "a distance up to 5000 km: 50, 50km or 5000m")
      }
      radius = metres
    }
    let limit = try parameters.integer("limit", in: 1...maximumNear, default: 10)
    let found = locator.nearest(to: Coordinate(longitude: longitude, latitude: latitude), radius: radius, limit: limit)
    let features = found.map { near in
      var properties = GazetteerQueries.placeJSONMembers(near.place, index: index)
      properties.append(("distance_km", .number(near.distance / 1000, decimals: 3)))
      properties.append(("bearing_deg", .number(near.bearing, decimals: 1)))
      return point(near.place, id: near.place.id, properties: properties)
    }
    return collection(features, extra: [
      ("query", .object([
        ("lat", .number(latitude, decimals: 6)), ("lon", .number(longitude, decimals: 6)),
        ("radius_km", radius.map { .number($0 / 1000, decimals: 3) } ?? .null), ("limit", .integer(limit)),
      ])),
    ])
  }

  /// `/locate?lat=&lon=`: the district whose embedded polygon holds the point (`inside`
  /// true), else the district with the nearest representative point and its `distance_km`,
  /// as a one-feature collection (the district's point).
  /// - Throws: ``ServerError`` for missing or bad coordinates.
  static func locate(query: String?, index: PlaceIndex) throws -> String {
    let parameters = try QueryParameters(query, allowed: ["lat", "lon", "f"])
    try parameters.checkFormat()
    guard let latitude = try parameters.number("lat", in: -90...90, meaning: "latitude in degrees") else {
      throw ServerError.missingParameter(name: "lat", expected: "latitude in degrees, e.g. lat=31.0")
    }
    guard let longitude = try parameters.number("lon", in: -180...180, meaning: "longitude in degrees") else {
      throw ServerError.missingParameter(name: "lon", expected: "longitude in degrees, e.g. lon=62.2")
    }
    let found = GazetteerQueries.locate(Coordinate(longitude: longitude, latitude: latitude), in: index)
    let features = found.map { found in
      var properties = GazetteerQueries.placeJSONMembers(found.place, index: index)
      properties.append(("inside", .bool(found.inside)))
      properties.append(("distance_km", .number(found.distance / 1000, decimals: 3)))
      return point(found.place, id: found.place.id, properties: properties)
    }
    return collection(features.map { [$0] } ?? [], extra: [
      ("query", .object([("lat", .number(latitude, decimals: 6)), ("lon", .number(longitude, decimals: 6))]))
    ])
  }

  /// `/lookup?name=&province=`: every place the name may mean, best first, as points with the
  /// spelling that matched (`matched`), how (`match`: code, name or sound) and, for towns,
  /// their district (`district_pcode`).
  /// - Throws: ``ServerError/noPlaceMatches(name:suggestions:)`` (404) with close spellings;
  ///   400 for a missing name or an unknown province.
  static func lookup(query: String?, index: PlaceIndex) throws -> String {
    let parameters = try QueryParameters(query, allowed: ["name", "province", "f"])
    try parameters.checkFormat()
    guard let name = parameters["name"], !name.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw ServerError.missingParameter(name: "name", expected: "a place name in any spelling, e.g. name=Samkani")
    }
    guard name.count <= maximumNameLength else {
      throw ServerError.invalidParameter(name: "name", value: name, expected: "at most \(maximumNameLength) characters")
    }
    let province = parameters["province"]
    if let province, index.lookup(province, levels: [.province]).count != 1 {
      throw ServerError.invalidParameter(name: "province", value: province, expected: "a province name or code, e.g. Ghazni or AF11")
    }
    let matches = index.lookup(name, province: province)
    guard !matches.isEmpty else {
      throw ServerError.noPlaceMatches(name: name, suggestions: index.suggestions(for: name))
    }
    let features = matches.map { match in
      var properties = GazetteerQueries.placeJSONMembers(match.place, index: index)
      properties.append(("district_pcode", match.place.level == .district ? .string(match.place.id) : match.place.districtPcode.map(JSONValue.string) ?? .null))
      properties.append(("matched", .string(match.spelling)))
      properties.append(("match", .string(match.quality.description)))
      properties += GazetteerQueries.persianNameMembers(match.place)
      if let temporary = match.temporaryDistrict {
        properties.append(("temporary_district", .string(temporary.name)))
      }
      return point(match.place, id: match.place.id, properties: properties)
    }
    return collection(features, extra: [("query", .object([("name", .string(name)), ("province", province.map(JSONValue.string) ?? .null)]))])
  }

  private static func point(_ place: Place, id: String, properties: [(String, JSONValue)]) -> JSONValue {
    .object([
      ("type", .string("Feature")),
      ("id", .string(id)),
      ("properties", .object(properties)),
      ("geometry", .object([
        ("type", .string("Point")),
        ("coordinates", .array([.number(place.coordinate.longitude, decimals: 6), .number(place.coordinate.latitude, decimals: 6)])),
      ])),
    ])
  }

  private static func collection(_ features: [JSONValue], extra: [(String, JSONValue)]) -> String {
    JSONValue.object(
      [("type", .string("FeatureCollection")), ("numberReturned", .integer(features.count))] + extra
        + [("features", .array(features))]
    ).rendered + "\n"
  }
}
