import Foundation
public import Gazetteer
public import Projection
import GeoModel
import Layers

/// Output formats of `gazetteer list` and `check-record`.
public enum ListFormat: String, CaseIterable, Sendable {
  case table, csv, json
}

/// The gazetteer jobs behind `frontline gazetteer lookup|list` and `frontline near`: each
/// returns the text to print on standard output.
public enum GazetteerQueries {
  /// The embedded gazetteer, or the one in `directory` when given.
  public static func loadIndex(directory: String?) throws -> PlaceIndex {
    if let directory {
      return try PlaceIndex(directory: URL(fileURLWithPath: directory, isDirectory: true))
    }
    return try PlaceIndex.embedded()
  }

  /// The province pcode of `name`, or `FrontlineError.unknownProvince`.
  static func provincePcode(_ name: String, in index: PlaceIndex) throws -> String {
    let provinces = index.lookup(name, levels: [.province])
    guard provinces.count == 1 else { throw FrontlineError.unknownProvince(name) }
    return provinces[0].place.id
  }

  /// Every place `query` may name.
  /// - Returns: a table, or with `json` a JSON array, one entry per candidate.
  /// - Throws: `FrontlineError.noMatch` with close spellings when nothing matches;
  ///   `FrontlineError.unknownProvince` for a bad `province`.
  public static func lookup(
    _ query: String, province: String?, json: Bool, in index: PlaceIndex
  ) throws -> String {
    if let province { _ = try provincePcode(province, in: index) }
    let matches = index.lookup(query, province: province)
    guard !matches.isEmpty else {
      throw FrontlineError.noMatch(
        query: query, province: province, suggestions: index.suggestions(for: query))
    }
    if json {
      return JSONValue.array(matches.map { matchJSON($0, index: index) }).rendered + "\n"
    }
    let persianQuery = query.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
    let rows = matches.map { match -> [String] in
      let place = match.place
      var matched = "\(match.spelling) (\(match.quality))"
      if let temporary = match.temporaryDistrict {
        matched += "; temporary district \(temporary.name) of the \(temporary.sets.joined(separator: "/")) set, inside \(place.name)"
      }
      var row = [
        place.id, place.name, place.level.rawValue, provinceName(of: place, index: index),
        coordinateText(place.coordinate.longitude), coordinateText(place.coordinate.latitude),
        matched,
      ]
      if persianQuery { row += [place.nameDari, place.namePashto] }
      return row
    }
    // A query in Persian script also shows the Dari and Pashto names.
    var header = ["pcode", "name", "level", "province", "lon", "lat", "matched"]
    if persianQuery { header += ["name_dari", "name_pashto"] }
    var text = renderTable(header: header, rows: rows)
    let areas = Set(matches.filter { $0.place.level == .district }.map(\.place.id))
    if areas.count > 1 {
      text += "note: '\(query)' names \(areas.count) districts; add --province to choose one\n"
    }
    return text
  }

  static func matchJSON(_ match: PlaceMatch, index: PlaceIndex) -> JSONValue {
    var members = placeJSONMembers(match.place, index: index)
    members.append(("matched", .string(match.spelling)))
    members.append(("match", .string(match.quality.description)))
    members += persianNameMembers(match.place)
    if let temporary = match.temporaryDistrict {
      members.append(
        ("temporary_district",
         .object([
          ("name", .string(temporary.name)),
          ("code", temporary.code.map(JSONValue.string) ?? .null),
          ("sets", .array(temporary.sets.map(JSONValue.string))),
          ("parent_pcode", .string(temporary.parentPcode)),
          ("note", .string(temporary.note)),
         ])))
    }
    return .object(members)
  }

  /// `name_dari` and `name_pashto` of a place (null when the gazetteer has none).
  public static func persianNameMembers(_ place: Place) -> [(String, JSONValue)] {
    [
      ("name_dari", place.nameDari.isEmpty ? .null : .string(place.nameDari)),
      ("name_pashto", place.namePashto.isEmpty ? .null : .string(place.namePashto)),
    ]
  }

  /// The common JSON members of a place, in a fixed order.
  public static func placeJSONMembers(_ place: Place, index: PlaceIndex) -> [(String, JSONValue)] {
    [
      ("pcode", .string(place.id)),
      ("name", .string(place.name)),
      ("level", .string(place.level.rawValue)),
      ("province_pcode", place.provincePcode.map(JSONValue.string) ?? .null),
      ("province", place.provincePcode == nil ? .null : .string(provinceName(of: place, index: index))),
      ("lon", .number(place.coordinate.longitude, decimals: 5)),
      ("lat", .number(place.coordinate.latitude, decimals: 5)),
    ]
  }

  static func provinceName(of place: Place, index: PlaceIndex) -> String {
    index.province(of: place)?.name ?? ""
  }

  static func coordinateText(_ value: Double) -> String { String(format: "%.5f", value) }

  /// The gazetteer's places, filtered.
  /// - Parameters:
  ///   - province: keep places inside this province (name or code).
  ///   - level: keep places of this level (all levels when nil).
  ///   - format: table, CSV (header `pcode,name,level,province_pcode,province,lon,lat,…`) or JSON.
  public static func list(
    province: String?, level: PlaceLevel?, format: ListFormat, in index: PlaceIndex
  ) throws -> String {
    let wanted: String? = try province.map { try Self.provincePcode($0, in: index) }
    let places = index.places.filter { place in
      if let level, place.level != level { return false }
      if let wanted, place.provincePcode != wanted { return false }
      return true
    }
    switch format {
    case .json:
      let items = places.map { place -> JSONValue in
        var members = placeJSONMembers(place, index: index)
        members.append(("name_dari", .string(place.nameDari)))
        members.append(("name_pashto", .string(place.namePashto)))
        members.append(("aliases", .array(place.aliases.map(JSONValue.string))))
        return .object(members)
      }
      return JSONValue.array(items).rendered + "\n"
    case .csv:
      var text = "pcode,name,level,province_pcode,province,lon,lat,name_dari,name_pashto,aliases\n"
      for place in places {
        let cells = [
          place.id, place.name, place.level.rawValue, place.provincePcode ?? "",
          provinceName(of: place, index: index), coordinateText(place.coordinate.longitude),
          coordinateText(place.coordinate.latitude), place.nameDari, place.namePashto,
          place.aliases.joined(separator: ";"),
        ]
        text += CSVText.row(cells) + "\n"
      }
      return text
    case .table:
      let rows = places.map { place in
        [
          place.id, place.name, place.level.rawValue, provinceName(of: place, index: index),
          coordinateText(place.coordinate.longitude), coordinateText(place.coordinate.latitude),
        ]
      }
      return renderTable(header: ["pcode", "name", "level", "province", "lon", "lat"], rows: rows)
    }
  }

  /// Districts nearest to a point, by geodesic distance on WGS 84.
  /// - Parameters:
  ///   - point: WGS 84 degrees, longitude first.
  ///   - radius: metres (nil: no limit).
  ///   - limit: at most this many districts.
  ///   - json: JSON array instead of a table.
  public static func near(
    _ point: Coordinate, radius: Meters?, limit: Int, json: Bool, in index: PlaceIndex
  ) -> String {
    let found = index.nearest(to: point, radius: radius, limit: limit)
    if json {
      let items = found.map { near -> JSONValue in
        var members = placeJSONMembers(near.place, index: index)
        members.append(("distance_km", .number(near.distance / 1000, decimals: 3)))
        members.append(("bearing_deg", .number(near.bearing, decimals: 1)))
        return .object(members)
      }
      return JSONValue.array(items).rendered + "\n"
    }
    let rows = found.map { near in
      [
        near.place.id, near.place.name, provinceName(of: near.place, index: index),
        String(format: "%.2f", near.distance / 1000), String(format: "%.0f", near.bearing),
      ]
    }
    return renderTable(
      header: ["pcode", "district", "province", "distance_km", "bearing_deg"], rows: rows)
  }

  /// The district whose embedded polygon (OCHA/AGCHO 2018) holds `point`, or, for a point in no
  /// district (outside Afghanistan), the district with the nearest representative point and
  /// its geodesic distance in metres.
  public static func locate(_ point: Coordinate, in index: PlaceIndex) -> (place: Place, inside: Bool, distance: Meters)? {
    let position = Position(x: point.longitude, y: point.latitude)
    let polygons = EmbeddedBoundaries.districts
    for pcode in polygons.keys.sorted() where polygons[pcode]?.contains(position) == true {
      if let place = index.place(id: pcode) { return (place, true, 0) }
    }
    guard let nearest = index.nearest(to: point, limit: 1).first else { return nil }
    return (nearest.place, false, nearest.distance)
  }

  /// `locate` rendered as a table or JSON (`inside`: whether the point lies in the district;
  /// `distance_km`: 0 inside, else to the district's representative point).
  public static func locate(_ point: Coordinate, json: Bool, in index: PlaceIndex) -> String {
    guard let found = locate(point, in: index) else { return json ? "[]\n" : "" }
    if json {
      var members = placeJSONMembers(found.place, index: index)
      members.append(("inside", .bool(found.inside)))
      members.append(("distance_km", .number(found.distance / 1000, decimals: 3)))
      return JSONValue.object(members).rendered + "\n"
    }
    return renderTable(
      header: ["pcode", "district", "province", "inside", "distance_km"],
      rows: [[
        found.place.id, found.place.name, provinceName(of: found.place, index: index),
        found.inside ? "yes" : "no", String(format: "%.2f", found.distance / 1000),
      ]])
  }

  /// Farther than this from every district's representative point, a point given to `near`
  /// is "far outside Afghanistan": the largest districts (Wakhan, Chahar Burjak) reach about
  /// 200 km from their point, so 300 km leaves no point of the country warned about.
  public static let farOutsideDistance: Meters = 300_000

  /// A warning for a point that lies far outside Afghanistan (typically latitude and longitude
  /// swapped: `near 69.24 33.60` answers from the Arctic, 4 000 km away), or nil.
  ///
  /// The point is "far outside" when it lies outside ``PlaceIndex/afghanistanBounds`` and more
  /// than ``farOutsideDistance`` from every district; when the swapped point lies inside the
  /// bounds, the warning suggests it.
  public static func farOutsideWarning(_ point: Coordinate, in index: PlaceIndex, command: String = "near") -> String? {
    let bounds = PlaceIndex.afghanistanBounds
    func inside(_ longitude: Double, _ latitude: Double) -> Bool {
      bounds.longitude.contains(longitude) && bounds.latitude.contains(latitude)
    }
    guard !inside(point.longitude, point.latitude),
      let nearest = index.nearest(to: point, radius: nil, limit: 1).first,
      nearest.distance > farOutsideDistance
    else { return nil }
    let latitude = JSONValue.format(point.latitude, decimals: 6)
    let longitude = JSONValue.format(point.longitude, decimals: 6)
    var text = "latitude \(latitude), longitude \(longitude) lies far outside Afghanistan "
      + "(\(String(format: "%.0f", nearest.distance / 1000)) km from the nearest district, \(nearest.place.name))"
    if inside(point.latitude, point.longitude) {
      text += "; latitude and longitude swapped? latitude comes first: \(command) \(longitude) \(latitude)"
    }
    return text
  }

  /// Parses a distance such as `50km`, `5000m`, `12.5 km` or `50` (kilometres) into metres.
  public static func parseDistance(_ text: String) -> Meters? {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    var number = trimmed
    var factor = 1000.0
    if trimmed.hasSuffix("km") {
      number = String(trimmed.dropLast(2))
    } else if trimmed.hasSuffix("m") {
      number = String(trimmed.dropLast())
      factor = 1
    }
    guard let value = Double(number.trimmingCharacters(in: .whitespaces)), value.isFinite,
      value >= 0
    else { return nil }
    return value * factor
  }
}
