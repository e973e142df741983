import Foundation
import GeoJSON
import GeoModel
import Testing

@Suite struct FeatureEncoderTests {
  private func encoded(_ feature: Feature, precision: Int = 6) throws -> String {
    String(decoding: try FeatureEncoder(precision: precision).encode(feature), as: UTF8.self)
  }

  static let numberCases: [(value: Double, precision: Int, text: String)] = [
    (69.7974, 6, "69.7974"),
    (33.78, 6, "33.78"),
    (-0.5, 6, "-0.5"),
    (0, 6, "0"),
    (-0.0, 6, "0"),
    (-0.0000004, 6, "0"),
    (0.0000005, 6, "0.000001"),
    (1e-7, 6, "0"),
    (1e-300, 6, "0"),
    (64.358611, 6, "64.358611"),
    (0.30000000000000004, 6, "0.3"),
    (123_456_789.123456789, 6, "123456789.123457"),
    (515_812.3985191625, 2, "515812.4"),
    (3_820_570.0, 2, "3820570"),
    (1.5, 0, "2"),
    (-2.5, 0, "-3"),
    (180, 6, "180"),
    (-33.000001, 6, "-33.000001"),
    (0.1, 15, "0.1"),
    (1e20, 6, "100000000000000000000"),
    (-1e19, 2, "-10000000000000000000"),
  ]

  @Test(arguments: numberCases)
  func coordinatesAreQuantisedWithoutExponentOrTrailingZeros(_ value: Double, _ precision: Int, _ text: String) throws {
    let json = try encoded(Feature(geometry: .point(Position(x: value, y: 0))), precision: precision)
    #expect(json.contains("\"coordinates\":[\(text),0]"), "\(json)")
  }

  static let realPropertyCases: [(value: Double, text: String)] = [
    (5, "5.0"), (0.875, "0.875"), (-0.0, "0.0"), (1e-9, "0.0"), (-12.25, "-12.25"),
  ]

  @Test(arguments: realPropertyCases)
  func realPropertiesKeepADecimalPointSoReadersTypeThemReal(_ value: Double, _ text: String) throws {
    let json = try encoded(Feature(geometry: nil, properties: [("v", .double(value))]))
    #expect(json.contains("{\"v\":\(text)}"), "\(json)")
  }

  static let stringCases: [(input: String, json: String)] = [
    ("plain", #""plain""#),
    ("say \"hi\"", #""say \"hi\"""#),
    (#"back\slash"#, #""back\\slash""#),
    ("a/b", #""a/b""#),
    ("line\nbreak", #""line\u000Abreak""#),
    ("tab\there", #""tab\u0009here""#),
    ("\u{01}\u{1F}", #""\u0001\u001F""#),
    ("del\u{7F}", "\"del\u{7F}\""),
    ("کابل", "\"کابل\""),
    ("Mazār-i-Sharīf 🇦🇫", "\"Mazār-i-Sharīf 🇦🇫\""),
    ("", #""""#),
  ]

  @Test(arguments: stringCases)
  func stringsAreEscapedPerRFC8259(_ input: String, _ json: String) throws {
    let text = try encoded(Feature(geometry: nil, properties: [("s", .string(input))]))
    #expect(text == "{\"type\":\"Feature\",\"properties\":{\"s\":\(json)},\"geometry\":null}")
  }

  @Test func membersFollowTheFixedOrderAndPropertiesTheCallersOrder() throws {
    let feature = Feature(
      id: "kabul#1",
      geometry: .point(Position(longitude: 69.1723, latitude: 34.5281)),
      properties: [("zeta", 1), ("alpha", true), ("when", .date("2021-08-15")), ("gone", nil)])
    #expect(
      try encoded(feature)
        == #"{"type":"Feature","id":"kabul#1","properties":{"zeta":1,"alpha":true,"when":"2021-08-15","gone":null},"geometry":{"type":"Point","coordinates":[69.1723,34.5281]}}"#
    )
    #expect(try encoded(Feature(id: 7, geometry: nil)) == #"{"type":"Feature","id":7,"properties":{},"geometry":null}"#)
  }

  @Test func everyGeometryTypeIsEncoded() throws {
    let a = Position(x: 1, y: 2)
    let b = Position(x: 3, y: 4)
    let ring = [a, b, Position(x: 1, y: 4), a]
    let cases: [(Geometry, String)] = [
      (.multiPoint([a, b]), #"{"type":"MultiPoint","coordinates":[[1,2],[3,4]]}"#),
      (.lineString([a, b]), #"{"type":"LineString","coordinates":[[1,2],[3,4]]}"#),
      (.polygon([ring]), #"{"type":"Polygon","coordinates":[[[1,2],[3,4],[1,4],[1,2]]]}"#),
      (.multiPolygon([[ring], [ring]]), #"{"type":"MultiPolygon","coordinates":[[[[1,2],[3,4],[1,4],[1,2]]],[[[1,2],[3,4],[1,4],[1,2]]]]}"#),
    ]
    for (geometry, json) in cases {
      #expect(try encoded(Feature(geometry: geometry)).hasSuffix("\"geometry\":\(json)}"))
    }
  }

  @Test(arguments: [Double.nan, .infinity, -.infinity])
  func nonFiniteNumbersAreRejected(_ value: Double) throws {
    let encoder = try FeatureEncoder()
    #expect(throws: WriterError.nonFiniteNumber(file: nil, featureIndex: 3, location: "geometry coordinates")) {
      try encoder.encode(Feature(geometry: .point(Position(x: 1, y: value))), featureIndex: 3)
    }
    #expect(throws: WriterError.nonFiniteNumber(file: nil, featureIndex: 0, location: "property \"v\"")) {
      try encoder.encode(Feature(geometry: nil, properties: [("v", .double(value))]))
    }
  }

  @Test func duplicateKeysAndMalformedDatesAreRejected() throws {
    let encoder = try FeatureEncoder()
    #expect(throws: WriterError.duplicatePropertyKey(file: nil, featureIndex: 0, key: "a")) {
      try encoder.encode(Feature(geometry: nil, properties: [("a", 1), ("b", 2), ("a", 3)]))
    }
    let many = (0..<40).map { (key: "k\($0 % 39)", value: PropertyValue.integer($0)) }
    #expect(throws: WriterError.duplicatePropertyKey(file: nil, featureIndex: 0, key: "k0")) {
      try encoder.encode(Feature(geometry: nil, properties: many))
    }
    for bad in ["2021-8-15", "15/08/2021", "2021-13-01", "2021-08-15T10:00"] {
      #expect(throws: WriterError.invalidDate(file: nil, featureIndex: 0, key: "d", value: bad)) {
        try encoder.encode(Feature(geometry: nil, properties: [("d", .date(bad))]))
      }
    }
  }

  @Test func precisionOutsideZeroToFifteenIsRejected() {
    #expect(throws: WriterError.invalidPrecision(16)) { try FeatureEncoder(precision: 16) }
    #expect(throws: WriterError.invalidPrecision(-1)) { try FeatureEncoder(precision: -1) }
  }

  @Test func identicalInputGivesIdenticalBytesAndValidJSON() throws {
    let feature = Feature(
      id: "x", geometry: .lineString([Position(x: 69.123456789, y: 34.5), Position(x: 70, y: 35)]),
      properties: [("name", "Kabul \"city\"/کابل\n"), ("n", 3), ("r", 0.1)])
    let first = try FeatureEncoder().encode(feature)
    #expect(first == (try FeatureEncoder().encode(feature)))
    let object = try JSONSerialization.jsonObject(with: Data(first)) as? [String: Any]
    let properties = object?["properties"] as? [String: Any]
    #expect(properties?["name"] as? String == "Kabul \"city\"/کابل\n")
  }
}
