import Extractor
import Testing

@testable import Server
import GeoJSON
import GeoModel
import Chronology

/// `datetime`, `bbox` and the query string, parsed without a server.
@Suite struct QueryParsingTests {
  @Test(arguments: [
    ("2021-07-01", "2021-07-01", "2021-07-01"),
    ("2021-07-01T12:30:00Z", "2021-07-01", "2021-07-01"),
    ("2021-07-01T23:59:59.5+04:30", "2021-07-01", "2021-07-01"),
    ("2021-07-01/2021-07-31", "2021-07-01", "2021-07-31"),
    ("../2021-07-31", "", "2021-07-31"),
    ("2021-07-01/..", "2021-07-01", ""),
    ("/2021-07-31", "", "2021-07-31"),
  ])
  func datetimeFormsBecomeDayRanges(text: String, from: String, to: String) throws {
    let range = try DayRange(parsing: text)
    #expect(range.from?.description ?? "" == from)
    #expect(range.to?.description ?? "" == to)
  }

  @Test(arguments: ["", "..", "../..", "2021-7-1", "2021-07-01T25", "2021-07-01T12:00:00", "2021-08-01/2021-07-01", "a/b/c", "2021-13-01"])
  func malformedDatetimesAreInvalidParameters(text: String) {
    #expect(throws: ServerError.self) { try DayRange(parsing: text) }
  }

  @Test func bboxAcceptsFourOrSixNumbersAndIgnoresHeights() throws {
    #expect(try ItemsQuery.box("69,33,70,34") == BoundingBox(minX: 69, minY: 33, maxX: 70, maxY: 34))
    #expect(try ItemsQuery.box("69,33,0,70,34,100") == BoundingBox(minX: 69, minY: 33, maxX: 70, maxY: 34))
    #expect(throws: ServerError.self) { try ItemsQuery.box("69,33,70") }
    #expect(throws: ServerError.self) { try ItemsQuery.box("69,33,70,nan") }
  }

  @Test func pagingLinksKeepTheFiltersAndEscapeThem() throws {
    let query = try ItemsQuery("limit=5&bbox=69,33,70,34&datetime=2021-07-01T00:00:00%2B04:30")
    #expect(query.queryString(offset: 10) == "limit=5&offset=10&bbox=69,33,70,34&datetime=2021-07-01T00:00:00%2B04:30")
  }

  @Test func filtersAreParsedForTheCollectionsQueryablesOnly() throws {
    let query = try ItemsQuery("status=taliban,%20contested&province=AF13", collection: .districtControl)
    #expect(query.filters.map(\.name) == ["status", "province"])
    #expect(query.filterTable == ["status": ["taliban", "contested"], "province": ["AF13"]])
    #expect(throws: ServerError.self) { try ItemsQuery("type=captured", collection: .districtControl) }
    #expect(throws: ServerError.self) { try ItemsQuery("status=", collection: .districtControl) }
  }

  @Test func unknownAndRepeatedParametersAreRejected() {
    #expect(throws: ServerError.unknownParameter(name: "sortby", allowed: ItemsQuery.allowed)) { try ItemsQuery("sortby=name") }
    #expect(throws: ServerError.self) { try ItemsQuery("limit=1&limit=2") }
  }

  @Test func splicedFeatureBytesEqualTheEncodersOutput() throws {
    let feature = Feature(
      id: "AF1310",
      geometry: .multiPolygon([[[
        Position(longitude: 69, latitude: 33), Position(longitude: 70, latitude: 33),
        Position(longitude: 70, latitude: 34), Position(longitude: 69, latitude: 33),
      ]]]),
      properties: [("name", "Chamkani"), ("since", .date("2021-06-23")), ("sources", 2)])
    let encoder = try ServedFeatureEncoder()
    let geometry = try encoder.geometry(try #require(feature.geometry))
    let served = try encoder.feature(feature, geometry: geometry)
    var out: [UInt8] = []
    served.append(to: &out)
    #expect(out == (try FeatureEncoder(precision: 6).encode(feature)))
    #expect(served.id == "AF1310")
    #expect(served.intersects(BoundingBox(minX: 69.5, minY: 33.5, maxX: 80, maxY: 40)))
    #expect(!served.intersects(BoundingBox(minX: 71, minY: 33, maxX: 72, maxY: 34)))
  }
}
