import Foundation
public import Gazetteer
import Projection
public import GeoJSON
public import GeoModel

/// How a boundary feature was linked to a gazetteer place.
public enum BoundaryMatchMethod: String, Sendable, Hashable {
  /// A property holds the place's pcode (OCHA `ADM2_PCODE`) or ISO 3166-2 code.
  case code
  /// A name property matched one place inside the province another property names (OCHA
  /// `ADM2_EN` within `ADM1_EN`).
  case nameInProvince = "name-in-province"
  /// A name property matched exactly one place of the level (geoBoundaries `shapeName`).
  case name
  /// A name matched several places; the one whose representative point lies inside the
  /// polygon was taken.
  case nameAndLocation = "name-and-location"
}

/// Boundary polygons linked to gazetteer districts or provinces.
public struct BoundaryMatching: Sendable {
  /// One linked feature.
  public struct Match: Sendable, Hashable {
    /// 0-based feature index in the file.
    public let featureIndex: Int
    /// Gazetteer pcode.
    public let pcode: String
    /// How it matched.
    public let method: BoundaryMatchMethod
  }

  /// The file read (as given).
  public let file: String
  /// `.district` or `.province`.
  public let level: PlaceLevel
  /// The polygon of each matched place as a MultiPolygon in WGS 84 longitude/latitude, rings
  /// wound as RFC 7946 requires; several features matching one place are merged.
  public let geometries: [String: Geometry]
  /// Every matched feature, in file order.
  public let matches: [Match]
  /// Features no place matched: index and display name.
  public let unmatched: [(index: Int, name: String)]
  /// Pcodes of the level without a polygon, sorted.
  public let missing: [String]
  /// Places more than one feature matched (their polygons were merged).
  public let merged: [String]
  /// Features with a ring that crosses or touches itself, with where: such polygons load in
  /// GIS software, but their areas and point-in-polygon answers are unreliable.
  public let selfIntersecting: [(index: Int, line: Int, name: String, crossing: RingSelfIntersection)]

  /// The diagnostics to show: unmatched features, places matched twice, places without a
  /// polygon.
  public func diagnostics(index: PlaceIndex) -> [String] {
    let noun = level == .district ? "district" : "province"
    var lines = unmatched.map { "\(file): feature \($0.index) ('\($0.name)'): no gazetteer \(noun) matches" }
    for feature in selfIntersecting {
      let at = feature.crossing
      let ring = at.ringIndex == 0 ? "exterior ring" : "hole \(at.ringIndex)"
      let part = at.polygonIndex == 0 ? "" : " of polygon \(at.polygonIndex)"
      lines.append(
        "\(file):\(feature.line): feature \(feature.index) ('\(feature.name)'): the \(ring)\(part) crosses itself "
          + "near [\(Self.coordinate(at.point.x)), \(Self.coordinate(at.point.y))] (edges from positions \(at.firstEdge) "
          + "and \(at.secondEdge)); its area and point-in-polygon tests may be wrong (repair it, e.g. "
          + "ogr2ogr -makevalid)")
    }
    for pcode in merged {
      lines.append("\(file): several features match \(pcode) (\(index.place(id: pcode)?.name ?? "?")); their polygons were merged")
    }
    if !missing.isEmpty {
      let names = missing.map { "\($0) (\(index.place(id: $0)?.name ?? "?"))" }
      let subject = missing.count == 1 ? "1 \(noun) has" : "\(missing.count) \(noun)s have"
      lines.append("\(file): \(subject) no polygon and \(missing.count == 1 ? "is" : "are") written without geometry: "
        + names.joined(separator: ", "))
    }
    return lines
  }

  private static func coordinate(_ value: Double) -> String {
    String(format: "%.6f", value)
  }
}

/// Links the features of an ADM1 or ADM2 boundary file to gazetteer places.
///
/// For each feature, in order:
/// 1. **Code**: a property whose string value is a pcode of the wanted level (`ADM2_PCODE`
///    `AF1310`), or for provinces an ISO 3166-2 code (`AF-PIA`; geoBoundaries' `AF_KAN` is read
///    as `AF-KAN`).
/// 2. **Name within province** (districts): a property that names exactly one province
///    (`ADM1_EN`), then a name property (`ADM2_EN`, `*name*`) that the gazetteer's spellings
///    resolve to exactly one district of that province.
/// 3. **Name**: a name property (geoBoundaries `shapeName`) resolved through the gazetteer's
///    spellings among all places of the level; when several places share the name, the one
///    whose representative point lies inside the feature's polygon (see
///    ``GeoModel/Geometry/contains(_:)``) is taken.
///
/// Anything else is unmatched and reported.
public enum BoundaryMatcher {
  /// Reads `path` and links its features to places of `level`.
  ///
  /// `path` is GeoJSON (RFC 7946, or with a legacy `crs` member, transformed through PROJ) or a
  /// GeoPackage (its first feature table, likewise transformed); see ``BoundaryFileReader``.
  /// - Throws: ``WriterError`` or `GeoPackageError` naming the file, line (row) and feature for
  ///   unreadable input, or another format (a Shapefile: with the `ogr2ogr` command that
  ///   converts it); `LayerError.invalidInput` for a CRS PROJ cannot transform and for
  ///   district boundaries that are another level (see ``checkDistrictLevel(_:features:index:)``).
  public static func read(_ path: String, level: PlaceLevel, index: PlaceIndex) throws -> BoundaryMatching {
    let features = try BoundaryFileReader.read(path)
    let matching = match(features, level: level, file: path, index: index)
    if level == .district { try checkDistrictLevel(matching, features: features, index: index) }
    return matching
  }

  /// Refuses a `--boundaries` file that is not district (ADM2) boundaries: one whose features
  /// match fewer than half of the gazetteer's districts and are mostly provinces (an ADM1
  /// file: its province names matched as districts gave eleven districts whole-province
  /// polygons) or that holds one or two features matching no district (a country outline).
  /// A partial ADM2 file (a few provinces' districts) passes, with the usual diagnostics.
  /// - Throws: `LayerError.invalidInput` naming the file, the counts and the level it looks like.
  static func checkDistrictLevel(_ matching: BoundaryMatching, features: [BoundaryFeature], index: PlaceIndex) throws {
    let districtCount = index.places(at: .district).count
    let matched = Set(matching.matches.map(\.pcode)).count
    guard matched * 2 < districtCount else { return }
    let file = matching.file
    let provinces = features.filter { matchOne($0, level: .province, index: index) != nil }.count
    if provinces * 2 > features.count {
      throw LayerError.invalidInput(
        "\(file): looks like province (ADM1) boundaries, not districts: \(provinces) of \(features.count) features are "
          + "provinces and they match only \(matched) of the \(districtCount) districts; pass it as --provinces, and "
          + "district (ADM2) boundaries such as OCHA's afg_adm2_ocha_agcho_20180522.geojson as --boundaries")
    }
    if features.count <= 2, matched == 0 {
      throw LayerError.invalidInput(
        "\(file): looks like a country outline (ADM0), not districts: \(features.count) feature\(features.count == 1 ? "" : "s"), "
          + "no district matched; pass district (ADM2) boundaries as --boundaries")
    }
  }

  /// Links already read features to places of `level` (`.district` or `.province`).
  public static func match(
    _ features: [BoundaryFeature], level: PlaceLevel, file: String, index: PlaceIndex
  ) -> BoundaryMatching {
    var polygons: [String: [[[Position]]]] = [:]
    var matches: [BoundaryMatching.Match] = []
    var unmatched: [(index: Int, name: String)] = []
    var counts: [String: Int] = [:]
    var selfIntersecting: [(index: Int, line: Int, name: String, crossing: RingSelfIntersection)] = []
    for feature in features {
      if let crossing = feature.geometry.firstSelfIntersection {
        selfIntersecting.append((feature.index, feature.line, displayName(feature), crossing))
      }
      if let (pcode, method) = matchOne(feature, level: level, index: index) {
        matches.append(.init(featureIndex: feature.index, pcode: pcode, method: method))
        polygons[pcode, default: []] += feature.polygons
        counts[pcode, default: 0] += 1
      } else {
        unmatched.append((feature.index, displayName(feature)))
      }
    }
    let all = index.places(at: level).map(\.id)
    return BoundaryMatching(
      file: file, level: level,
      geometries: polygons.mapValues { Geometry.multiPolygon($0).rewoundForRFC7946() },
      matches: matches, unmatched: unmatched,
      missing: all.filter { polygons[$0] == nil },
      merged: counts.filter { $0.value > 1 }.map(\.key).sorted(), selfIntersecting: selfIntersecting)
  }

  static func matchOne(
    _ feature: BoundaryFeature, level: PlaceLevel, index: PlaceIndex
  ) -> (String, BoundaryMatchMethod)? {
    let strings = feature.propertyKeys.compactMap { key -> (key: String, value: String)? in
      guard let value = feature.string(key)?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
      return (key, value)
    }
    // 1. Codes.
    for (_, value) in strings where value.count <= 12 {
      let query = value.uppercased().hasPrefix("AF_") ? "AF-" + value.dropFirst(3) : value
      if let match = index.lookup(query, levels: [level]).first(where: { $0.quality == .code && $0.temporaryDistrict == nil }) {
        return (match.place.id, .code)
      }
    }
    let names = nameCandidates(strings)
    // 2. Name within the province another property names.
    if level == .district {
      for (key, value) in strings where !value.contains(where: \.isNumber) {
        let provinces = Set(index.lookup(value, levels: [.province]).filter { $0.quality == .name }.map(\.place.id))
        guard provinces.count == 1, let province = provinces.first else { continue }
        for (nameKey, name) in names where nameKey != key {
          let found = districts(index.lookup(name, province: province, levels: [.district]))
          if found.count == 1 { return (found[0].id, .nameInProvince) }
          if found.count > 1, let inside = located(found, in: feature) { return (inside, .nameAndLocation) }
        }
      }
    }
    // 3. Name alone, ties broken by location; "Ali Khail (Jaji)" also tries "Ali Khail" and "Jaji".
    for (_, name) in names.flatMap({ entry in nameVariants(entry.value).map { (key: entry.key, value: $0) } }) {
      let found = level == .district
        ? districts(index.lookup(name, levels: [.district]))
        : index.lookup(name, levels: [.province]).map(\.place)
      if found.count == 1 { return (found[0].id, .name) }
      if found.count > 1, let inside = located(found, in: feature) { return (inside, .nameAndLocation) }
    }
    return nil
  }

  /// Distinct matched districts (a temporary district's parent counts once).
  private static func districts(_ matches: [PlaceMatch]) -> [Place] {
    var seen = Set<String>()
    return matches.map(\.place).filter { $0.level == .district && seen.insert($0.id).inserted }
  }

  /// The only candidate whose representative point lies inside the feature's polygon.
  private static func located(_ candidates: [Place], in feature: BoundaryFeature) -> String? {
    let inside = candidates.filter {
      feature.geometry.contains(Position(longitude: $0.coordinate.longitude, latitude: $0.coordinate.latitude))
    }
    return inside.count == 1 ? inside[0].id : nil
  }

  /// The name, then for `Outer (Inner)` the outer and the inner part (AIMS-style names such as
  /// geoBoundaries' `Khost(Matun)` give the old and the current district name).
  static func nameVariants(_ name: String) -> [String] {
    guard let open = name.firstIndex(of: "("), let close = name[open...].firstIndex(of: ")") else { return [name] }
    let outer = (name[..<open] + name[name.index(after: close)...]).trimmingCharacters(in: .whitespaces)
    let inner = name[name.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
    return [name] + [outer, inner].filter { !$0.isEmpty }
  }

  /// Name-like properties first (`ADM2_EN`, `shapeName`, `NAME_2`, …), in file order; other
  /// text properties only when there is none.
  private static func nameCandidates(_ strings: [(key: String, value: String)]) -> [(key: String, value: String)] {
    let named = strings.filter { entry in
      let key = entry.key.lowercased()
      return (key.contains("name") || key.hasSuffix("_en") || key.contains("alt")) && !entry.value.contains(where: \.isNumber)
    }
    let adm2First = named.filter { $0.key.lowercased().contains("adm2") } + named.filter { !$0.key.lowercased().contains("adm2") }
    return adm2First.isEmpty ? strings.filter { !$0.value.contains(where: \.isNumber) } : adm2First
  }

  /// A feature's name for messages: its first name-like property, else its first text property.
  static func displayName(_ feature: BoundaryFeature) -> String {
    let strings = feature.propertyKeys.compactMap { key in feature.string(key).map { (key: key, value: $0) } }
    return nameCandidates(strings).first?.value ?? strings.first?.value ?? ""
  }
}
