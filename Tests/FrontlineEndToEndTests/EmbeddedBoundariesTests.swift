import Foundation
@testable import FrontlineKit
import FrontlineTestSupport
import Gazetteer
import GeoJSON
import GeoModel
@testable import Layers
import Projection
import Testing

/// The OCHA/AGCHO 2018 polygons compiled into the binary (`gazetteer/boundaries.tsv`, built by
/// `Scripts/build-boundaries.py`): valid, an exact coverage, true to the full-resolution source.
@Suite struct EmbeddedBoundariesTests {
  typealias S = LayersSupport

  /// Geodesic area in km² on the WGS 84 ellipsoid (Karney's `geod_polygonarea`): each part's
  /// exterior minus its holes.
  /// km², as the snapshots compute it.
  static func area(_ geometry: Geometry) -> Double { LayerGeometry.area(geometry) }

  static func polygons(_ geometry: Geometry?) -> [[[Position]]] {
    if case .multiPolygon(let polygons)? = geometry { return polygons }
    return []
  }

  @Test func every399DistrictAnd34ProvinceHasAValidRFC7946MultiPolygon() throws {
    let districts = EmbeddedBoundaries.districts
    let provinces = EmbeddedBoundaries.provinces
    #expect(Set(districts.keys) == Set(S.index.places(at: .district).map(\.id)))
    #expect(Set(provinces.keys) == Set(S.index.places(at: .province).map(\.id)))
    for (pcode, geometry) in districts.merging(provinces, uniquingKeysWith: { a, _ in a }).sorted(by: { $0.key < $1.key }) {
      let polygons = Self.polygons(geometry)
      #expect(!polygons.isEmpty, "\(pcode) is not a MultiPolygon")
      for rings in polygons {
        for (i, ring) in rings.enumerated() {
          #expect(ring.count >= 4 && ring.isClosedRing, "\(pcode): ring \(i) is not closed")
          #expect((ring.signedRingArea > 0) == (i == 0), "\(pcode): ring \(i) wound against RFC 7946")
          #expect(ring.allSatisfy { (60.4...75.1).contains($0.x) && (29.3...38.5).contains($0.y) }, "\(pcode)")
        }
      }
      // The repository's ring-simplicity check (what --boundaries warns about).
      #expect(geometry.firstSelfIntersection == nil, "\(pcode): a ring crosses or touches itself")
    }
  }

  @Test func everyGazetteerPointLiesInsideItsEmbeddedPolygon() {
    for level in [PlaceLevel.district, .province] {
      let polygons = level == .district ? EmbeddedBoundaries.districts : EmbeddedBoundaries.provinces
      let outside = S.index.places(at: level).filter { place in
        polygons[place.id]?.contains(Position(longitude: place.coordinate.longitude, latitude: place.coordinate.latitude)) != true
      }.map(\.id)
      #expect(outside == [], "\(level) points outside their embedded polygon")
    }
  }

  @Test func eachProvinceIsExactlyTheUnionOfItsDistricts() {
    var byProvince: [String: [Geometry]] = [:]
    for district in S.index.places(at: .district) {
      if let province = district.provincePcode, let geometry = EmbeddedBoundaries.districts[district.id] {
        byProvince[province, default: []].append(geometry)
      }
    }
    for (pcode, province) in EmbeddedBoundaries.provinces.sorted(by: { $0.key < $1.key }) {
      let districts = byProvince[pcode] ?? []
      let sum = districts.map(Self.area).reduce(0, +)
      let area = Self.area(province)
      #expect(abs(area - sum) / sum < 0.0005, "\(pcode): province \(area) km², its districts \(sum) km²")
      // The union keeps district vertices: every province vertex is a vertex of one of its
      // districts (a gap or sliver would add or move some).
      var vertices = Set<Position>()
      for district in districts { district.forEachPosition { vertices.insert($0) } }
      var foreign = 0
      province.forEachPosition { if !vertices.contains($0) { foreign += 1 } }
      #expect(foreign == 0, "\(pcode): \(foreign) vertices belong to none of its districts")
    }
  }

  @Test func embeddedTextMatchesGazetteerBoundariesTSV() throws {
    let file = S.packageRoot.appendingPathComponent("gazetteer/boundaries.tsv")
    let committed = try String(contentsOf: file, encoding: .utf8)
    #expect(EmbeddedBoundaries.tsv + "\n" == committed, "the embed is stale; run `python3 Scripts/build-boundaries.py --embed-only`")
  }

  @Test func decodingOnFirstUseIsFast() {
    let clock = ContinuousClock()
    let elapsed = clock.measure { _ = EmbeddedBoundaries.districts.count }
    // Decoding 113 000 positions takes a few milliseconds; the bound only catches an
    // accidental quadratic decoder, even in a debug build on a loaded machine.
    #expect(elapsed < .seconds(5), "decoding took \(elapsed)")
  }

  // MARK: - Against the full-resolution OCHA polygons in ../shared

  @Test func everyDistrictAreaIsWithin3PercentOfOCHAAndTheCountryWithinHalfAPercent() throws {
    guard S.hasSharedData else {
      print("EmbeddedBoundariesTests: skipped: \(S.ochaADM2.path) is absent, nothing to compare with")
      return
    }
    var full: [String: Double] = [:]
    for feature in S.ochaFeatures {
      if let pcode = feature.string("ADM2_PCODE") { full[pcode, default: 0] += Self.area(feature.geometry) }
    }
    #expect(full.count == 399)
    var worst = (pcode: "", error: 0.0)
    var embeddedTotal = 0.0
    for (pcode, geometry) in EmbeddedBoundaries.districts {
      let area = Self.area(geometry)
      embeddedTotal += area
      let reference = try #require(full[pcode], "\(pcode) is not in the OCHA file")
      let error = abs(area / reference - 1)
      #expect(error < 0.03, "\(pcode): \(area) km² embedded, \(reference) km² in OCHA")
      if error > worst.error { worst = (pcode, error) }
    }
    let fullTotal = full.values.reduce(0, +)
    #expect(abs(embeddedTotal / fullTotal - 1) < 0.005, "country: \(embeddedTotal) km² embedded, \(fullTotal) km² in OCHA")
    print("EmbeddedBoundariesTests: worst district area error \(worst.pcode) \(worst.error * 100) %; country \(embeddedTotal) vs \(fullTotal) km²")
  }

  // MARK: - GDAL as an independent oracle

  /// Writes the embedded districts and provinces into one GeoJSON layer `boundaries`
  /// (properties `pcode`, `level`, `province`).
  static func writeBoundaries(to url: URL) throws {
    let writer = try FeatureCollectionWriter(url: url, options: WriterOptions(name: "boundaries"))
    for place in S.index.places(at: .province) + S.index.places(at: .district) {
      let isDistrict = place.level == .district
      let geometry = isDistrict ? EmbeddedBoundaries.districts[place.id] : EmbeddedBoundaries.provinces[place.id]
      try writer.append(Feature(geometry: geometry, properties: [
        ("pcode", .string(place.id)),
        ("level", .string(isDistrict ? "district" : "province")),
        ("province", .string(isDistrict ? place.provincePcode ?? "" : place.id)),
      ]))
    }
    try writer.finish()
  }

  /// `ogrinfo -dialect SQLite -sql` (SpatiaLite functions; areas on the ellipsoid): each result
  /// row as its `name (Type) = value` lines, by name.
  static func rows(_ sql: String, _ file: URL) throws -> [[String: String]] {
    let result = try S.execute(try #require(S.ogrinfo), ["-ro", "-q", "-dialect", "SQLite", "-sql", sql, file.path], in: S.packageRoot)
    #expect(result.status == 0 && !result.stderr.contains("ERROR"), "\(sql): \(result.stderr)")
    #expect(!result.stderr.contains("Warning"), "ogrinfo warned: \(result.stderr)")
    var rows: [[String: String]] = []
    for line in result.stdout.split(separator: "\n") {
      if line.hasPrefix("OGRFeature(") {
        rows.append([:])
        continue
      }
      guard !rows.isEmpty, let equals = line.range(of: " = "), let paren = line.range(of: " (") else { continue }
      rows[rows.count - 1][line[..<paren.lowerBound].trimmingCharacters(in: .whitespaces)] = String(line[equals.upperBound...])
    }
    return rows
  }

  /// The first row of ``rows(_:_:)``.
  static func query(_ sql: String, _ file: URL) throws -> [String: String] {
    try rows(sql, file).first ?? [:]
  }

  @Test(.enabled(if: LayersSupport.ogrinfo != nil, "ogrinfo is not installed (apt-get install gdal-bin)"))
  func gdalFindsThemValidWithSharedBordersExactAndNoHoles() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let file = directory.appendingPathComponent("boundaries.geojson")
    try Self.writeBoundaries(to: file)

    let validity = try Self.query(
      "SELECT COUNT(*) AS n, SUM(ST_IsValid(geometry)) AS valid FROM boundaries", file)
    #expect(validity["n"] == "433" && validity["valid"] == "433", "GEOS validity: \(validity)")

    // Shared borders are exact: the districts' areas add up to the area of their union (an
    // overlap would make the sum larger, a gap the union's holes), within 0.05 %.
    let country = try Self.query(
      """
      SELECT SUM(ST_Area(geometry, 1)) AS total, ST_Area(ST_Union(geometry), 1) AS unioned,
        ST_Area(ST_MakePolygon(ST_ExteriorRing(ST_Union(geometry))), 1) AS outline,
        GeometryType(ST_Union(geometry)) AS kind
      FROM boundaries WHERE level = 'district'
      """, file)
    let total = try #require(country["total"].flatMap(Double.init), "\(country)")
    let unioned = try #require(country["unioned"].flatMap(Double.init), "\(country)")
    let outline = try #require(country["outline"].flatMap(Double.init), "\(country)")
    #expect(country["kind"] == "POLYGON", "the districts' union is one polygon")
    #expect(abs(total / unioned - 1) < 0.0005, "sum \(total) m², union \(unioned) m²")
    // Holes of the union (gaps between districts) together cover less than 0.05 % of it.
    #expect((outline - unioned) / unioned < 0.0005, "holes cover \(outline - unioned) m²")

    // Each province equals the union of its districts: their symmetric difference is under
    // 0.05 % of the province.
    // (A join with GROUP BY: OGR's SQLite dialect loses geometry columns of subqueries.)
    let provinces = try Self.rows(
      """
      SELECT p.pcode AS pcode,
        COALESCE(ST_Area(ST_SymDifference(p.geometry, ST_Union(d.geometry)), 1), 0) / ST_Area(p.geometry, 1) AS difference
      FROM boundaries p JOIN boundaries d ON d.province = p.pcode AND d.level = 'district'
      WHERE p.level = 'province' GROUP BY p.pcode
      """, file)
    #expect(provinces.count == 34, "\(provinces)")
    // (An empty difference, the usual case, has a NULL area: counted as 0.)
    let differences = provinces.compactMap { $0["difference"].flatMap(Double.init) }
    #expect(differences.count == 34, "\(provinces)")
    let worst = differences.max() ?? 1
    #expect(worst < 0.0005, "a province differs from its districts' union by \(worst * 100) %")
  }

  /// `GazetteerQueries.locate` puts every district's own representative point in that district.
  @Test func locateFindsEveryDistrictAtItsOwnPoint() throws {
    let index = try PlaceIndex.embedded()
    var wrong: [String] = []
    for district in index.places(at: .district) {
      let found = GazetteerQueries.locate(district.coordinate, in: index)
      if found?.place.id != district.id || found?.inside != true {
        wrong.append("\(district.id) -> \(found.map { "\($0.place.id) inside \($0.inside)" } ?? "nothing")")
      }
    }
    #expect(wrong.isEmpty, "\(wrong.prefix(10))")
  }
}
