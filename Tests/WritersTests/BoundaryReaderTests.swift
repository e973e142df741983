import Foundation
import GeoJSON
import GeoModel
import Testing

/// Afghanistan's extent with a small tolerance (STYLE §4.9: about 60.5–75.0°E, 29.3–38.5°N).
private let afghanistan = BoundingBox(minX: 60.4, minY: 29.3, maxX: 75.1, maxY: 38.6)

private func sharedFile(_ name: String) -> URL { TestSupport.sharedData.appendingPathComponent(name) }
private let sharedDataPresent = FileManager.default.fileExists(
  atPath: sharedFile("afg_adm2_ocha_agcho_20180522.geojson").path)

@Suite(.enabled(if: sharedDataPresent, "../shared/data (the real boundary files) is absent; skipping"))
struct BoundaryReaderRealDataTests {
  @Test func ochaADM2Has399DistrictsWithPCodesClosedRingsInsideAfghanistan() throws {
    let features = try BoundaryReader().read(contentsOf: sharedFile("afg_adm2_ocha_agcho_20180522.geojson"))
    #expect(features.count == 399)
    #expect(features.map(\.index) == Array(0..<399))
    #expect(features.allSatisfy { $0.string("ADM2_PCODE")?.hasPrefix("AF") == true })
    #expect(Set(features.compactMap { $0.string("ADM2_PCODE") }).count == 399)
    #expect(features[0].propertyKeys.prefix(4) == ["Shape_Leng", "Shape_Area", "ADM2_EN", "ADM2_DA"])
    #expect(features[0].string("ADM2_EN") == "Ab Band")
    #expect(features[0].string("ADM2_DA") == "آب بند")
    #expect(features[0].properties["ADM2_REF"] == .null)
    if case .double(let length)? = features[0].properties["Shape_Leng"] {
      #expect(abs(length - 1.39355147702) < 1e-9)
    } else {
      Issue.record("Shape_Leng is not a double")
    }
    var ringCount = 0
    for feature in features {
      for rings in feature.polygons {
        for ring in rings {
          ringCount += 1
          #expect(ring.count >= 4 && ring.isClosedRing, "feature \(feature.index)")
        }
      }
      let box = try #require(feature.geometry.boundingBox)
      #expect(afghanistan.contains(Position(x: box.minX, y: box.minY)), "feature \(feature.index)")
      #expect(afghanistan.contains(Position(x: box.maxX, y: box.maxY)), "feature \(feature.index)")
    }
    #expect(ringCount >= 399)
  }

  @Test func geoBoundariesADM2Has398Districts() throws {
    let features = try BoundaryReader().read(contentsOf: sharedFile("afg_adm2_geoboundaries_simplified.geojson"))
    #expect(features.count == 398)
    #expect(features.allSatisfy { $0.string("shapeName")?.isEmpty == false })
    #expect(features.allSatisfy { $0.polygons.allSatisfy { $0.allSatisfy(\.isClosedRing) } })
  }

  @Test(arguments: ["afg_adm1_ocha_agcho_20180522.geojson", "afg_adm1_geoboundaries.geojson"])
  func provinceFilesHave34Provinces(_ name: String) throws {
    let features = try BoundaryReader().read(contentsOf: sharedFile(name))
    #expect(features.count == 34)
  }

  @Test func rewindingGivesCounterClockwiseExteriorsAndClockwiseHoles() throws {
    let features = try BoundaryReader(rewindsForRFC7946: true)
      .read(contentsOf: sharedFile("afg_adm2_ocha_agcho_20180522.geojson"))
    for feature in features {
      for rings in feature.polygons {
        #expect(rings[0].signedRingArea > 0, "feature \(feature.index)")
        for hole in rings.dropFirst() { #expect(hole.signedRingArea < 0, "feature \(feature.index)") }
      }
    }
  }
}

@Suite struct BoundaryReaderHostileInputTests {
  private func read(_ text: String, geographic: Bool = true) throws(WriterError) -> [BoundaryFeature] {
    try BoundaryReader(isGeographic: geographic).read(bytes: Array(text.utf8), fileName: "test.geojson")
  }

  private func collection(_ geometry: String, properties: String = #"{"name":"x"}"#) -> String {
    """
    {
    "type": "FeatureCollection",
    "features": [
    { "type": "Feature", "properties": {"name":"first"}, "geometry": { "type": "Polygon", "coordinates": [[[60,30],[61,30],[61,31],[60,30]]] } },
    { "type": "Feature", "properties": \(properties), "geometry": \(geometry) }
    ]
    }
    """
  }

  private func expectError(
    _ expected: WriterError, reading text: String, geographic: Bool = true,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let error = #expect(throws: WriterError.self, sourceLocation: sourceLocation) {
      try read(text, geographic: geographic)
    }
    #expect(error == expected, sourceLocation: sourceLocation)
    #expect(error?.description.contains("test.geojson") == true, sourceLocation: sourceLocation)
  }

  static let otherFormats: [([UInt8], String)] = [
    ([0x00, 0x00, 0x27, 0x0A, 0, 0, 0, 0], "an ESRI Shapefile (.shp)"),
    (Array("SQLite format 3".utf8) + [0, 0x10, 0], "a GeoPackage (or another SQLite database)"),
    ([0x50, 0x4B, 0x03, 0x04, 0x14, 0], "a ZIP archive (a zipped Shapefile or KMZ? unzip it first)"),
    (Array("fgb".utf8) + [0x03, 0x66, 0x67, 0x62, 0x00], "a FlatGeobuf file"),
    (Array("\u{FEFF}\n <?xml version=\"1.0\"?><kml>".utf8), "XML (KML or GML?)"),
  ]

  @Test(arguments: otherFormats)
  func otherFormatsAreRecognisedByTheirFirstBytes(_ bytes: [UInt8], _ format: String) throws {
    let error = #expect(throws: WriterError.self) {
      try BoundaryReader().read(bytes: bytes, fileName: "data/adm2.shp")
    }
    #expect(error == .notGeoJSON(file: "data/adm2.shp", format: format))
    #expect(error?.description == "data/adm2.shp: this is \(format), not GeoJSON; convert it with GDAL: ogr2ogr -f GeoJSON -t_srs EPSG:4326 adm2.geojson data/adm2.shp")
  }

  @Test func invalidUTF8IsReportedWithLineAndColumn() throws {
    var bytes = Array(collection(#"null"#, properties: #"{"name":"Ab_Band"}"#).utf8)
    let index = try #require(bytes.firstIndex(of: UInt8(ascii: "_")))
    bytes[index] = 0xFF
    let error = #expect(throws: WriterError.self) {
      try BoundaryReader().read(bytes: bytes, fileName: "test.geojson")
    }
    #expect(error == .invalidUTF8(file: "test.geojson", line: 5, column: 47))
    #expect(error?.description == "test.geojson:5:47: invalid UTF-8 byte sequence")
  }

  @Test func truncatedJSONNamesTheLine() throws {
    let text = collection(#"{ "type": "Polygon", "coordinates": [[[60,30],[61,30],[61,31],[60,30]]] }"#)
    let cut = try #require(text.range(of: "[61,31]", options: .backwards))
    let truncated = String(text[..<cut.lowerBound]) + "[61,3"
    let error = #expect(throws: WriterError.self) { try read(truncated) }
    guard case .malformedJSON(let file, let line, _, let message)? = error else {
      Issue.record("expected malformedJSON, got \(String(describing: error))")
      return
    }
    #expect(file == "test.geojson")
    #expect(line == 5)
    #expect(message.contains("unexpected end of file"))
    #expect(error?.description.hasPrefix("test.geojson:5:") == true)
  }

  static let nonFiniteTokens = ["NaN", "Infinity", "-Infinity", "1e999"]

  @Test(arguments: nonFiniteTokens)
  func nonFiniteTokensAreRejected(_ token: String) {
    let text = collection(#"{ "type": "Polygon", "coordinates": [[[60,30],[61,\#(token)],[61,31],[60,30]]] }"#)
    let error = #expect(throws: WriterError.self) { try read(text) }
    guard case .nonFiniteToken(_, let line, _, let reported)? = error else {
      Issue.record("expected nonFiniteToken, got \(String(describing: error))")
      return
    }
    #expect(line == 5)
    #expect(reported.hasPrefix(token))
  }

  @Test func latitudeOutsideNinetyIsRejectedOnlyForGeographicFiles() throws {
    let text = collection(#"{ "type": "Polygon", "coordinates": [[[60,30],[61,95],[61,31],[60,30]]] }"#)
    expectError(.coordinateOutOfRange(file: "test.geojson", line: 5, featureIndex: 1, x: 61, y: 95), reading: text)
    #expect(try read(text, geographic: false).count == 2)
  }

  @Test func unclosedAndShortRingsAreRejected() {
    expectError(
      .ringNotClosed(file: "test.geojson", line: 5, featureIndex: 1),
      reading: collection(#"{ "type": "Polygon", "coordinates": [[[60,30],[61,30],[61,31],[60,31]]] }"#))
    expectError(
      .ringTooShort(file: "test.geojson", line: 5, featureIndex: 1, positions: 3),
      reading: collection(#"{ "type": "MultiPolygon", "coordinates": [[[[60,30],[61,30],[60,30]]]] }"#))
  }

  @Test func ringErrorsNameTheLineOfTheRing() {
    let text = """
      {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},
      "geometry":{"type":"Polygon","coordinates":[
      [[60,30],[61,30],[61,31],[60,30]],
      [[60.2,30.2],[60.3,30.2],[60.3,30.3],[60.2,30.25]]
      ]}}]}
      """
    expectError(.ringNotClosed(file: "test.geojson", line: 4, featureIndex: 0), reading: text)
  }

  @Test func emptyCollectionsAndEmptyFilesAreRejected() throws {
    expectError(.noFeatures(file: "test.geojson"), reading: #"{"type":"FeatureCollection","features":[]}"#)
    expectError(.emptyFile(file: "test.geojson"), reading: "")
    expectError(.emptyFile(file: "test.geojson"), reading: " \n\t\n")

    let directory = try TestSupport.makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("empty.geojson")
    try Data().write(to: url)
    let error = #expect(throws: WriterError.self) { try BoundaryReader().read(contentsOf: url) }
    #expect(error == .emptyFile(file: url.path))
    #expect(error?.description.contains(url.path) == true)

    let missing = directory.appendingPathComponent("missing.geojson")
    let missingError = #expect(throws: WriterError.self) { try BoundaryReader().read(contentsOf: missing) }
    #expect(missingError?.description.contains("missing.geojson") == true)
  }

  @Test func threeDimensionalPositionsAreAcceptedAndZIsDropped() throws {
    let features = try read(collection(#"{ "type": "Polygon", "coordinates": [[[60,30,1200.5],[61,30,1300],[61,31,0],[60,30,1200.5]]] }"#))
    #expect(features[1].geometry == .polygon([[
      Position(x: 60, y: 30), Position(x: 61, y: 30), Position(x: 61, y: 31), Position(x: 60, y: 30),
    ]]))
  }

  @Test func missingAndUnsupportedGeometriesAreNamed() {
    expectError(.missingGeometry(file: "test.geojson", line: 5, featureIndex: 1), reading: collection("null"))
    expectError(
      .unsupportedGeometry(file: "test.geojson", line: 5, featureIndex: 1, type: "Point"),
      reading: collection(#"{ "type": "Point", "coordinates": [60, 30] }"#))
    expectError(
      .unsupportedGeometry(file: "test.geojson", line: 5, featureIndex: 1, type: "GeometryCollection"),
      reading: collection(#"{ "type": "GeometryCollection", "geometries": [] }"#))
    let noGeometry = collection("null").replacingOccurrences(of: #", "geometry": null"#, with: "")
    expectError(.missingGeometry(file: "test.geojson", line: 5, featureIndex: 1), reading: noGeometry)
  }

  @Test func nonCollectionsAreRejected() {
    expectError(.notAFeatureCollection(file: "test.geojson", found: "an array"), reading: "[1, 2]")
    expectError(
      .notAFeatureCollection(file: "test.geojson", found: "\"type\": \"Feature\""),
      reading: #"{"type":"Feature","geometry":null,"properties":{}}"#)
    expectError(.notAFeatureCollection(file: "test.geojson", found: "no \"features\" member"), reading: #"{"type":"FeatureCollection"}"#)
  }

  @Test func syntaxErrorsReportLineAndColumn() {
    expectError(
      .malformedJSON(file: "test.geojson", line: 2, column: 8, message: "expected ':' after a member name"),
      reading: "{\n\"type\" \"FeatureCollection\"}")
    expectError(
      .malformedJSON(file: "test.geojson", line: 1, column: 1, message: "unexpected token 'hello'"),
      reading: "hello")
    expectError(
      .malformedJSON(file: "test.geojson", line: 1, column: 44, message: "unexpected text after the top-level object"),
      reading: #"{"type":"FeatureCollection","features":[]} x"#)
  }

  @Test func propertiesKeepOrderTypesAndEscapes() throws {
    let properties = #"{"z":1,"a":-2.5,"flag":false,"n":null,"s":"tab\there \u00e9\ud83c\udde6","nested":{"k":[1,2]},"big":12345678901234567890}"#
    let features = try read(collection(#"{ "type": "Polygon", "coordinates": [[[60,30],[61,30],[61,31],[60,30]]] }"#, properties: properties))
    let feature = features[1]
    #expect(feature.propertyKeys == ["z", "a", "flag", "n", "s", "nested", "big"])
    #expect(feature.properties["z"] == .integer(1))
    #expect(feature.properties["a"] == .double(-2.5))
    #expect(feature.properties["flag"] == .bool(false))
    #expect(feature.properties["n"] == .null)
    #expect(feature.properties["s"] == .string("tab\there é\u{1F1E6}"))
    #expect(feature.properties["nested"] == .string(#"{"k":[1,2]}"#))
    #expect(feature.properties["big"] == .double(Double("12345678901234567890")!))
    #expect(feature.line == 5)
  }

  @Test func numbersAreParsedToTheNearestDouble() throws {
    let numbers = ["68.232626699000036", "32.769223174000047", "-0.000001", "1E2", "0.1", "123456789012345678",
                   "2.2250738585072014e-308", "1.7976931348623157e308", "9007199254740993"]
    for number in numbers {
      let text = collection(#"{ "type": "Polygon", "coordinates": [[[60,30],[61,30],[61,31],[60,30]]] }"#, properties: #"{"v":\#(number)}"#)
      let value = try read(text)[1].properties["v"]
      let expected = Double(number)!
      switch value {
      case .double(let parsed)?: #expect(parsed == expected, "\(number)")
      case .integer(let parsed)?: #expect(Double(parsed) == expected, "\(number)")
      default: Issue.record("\(number) parsed as \(String(describing: value))")
      }
    }
  }
}

/// GeoJSON 2008's named `crs` member: reported for the caller to transform; positions in a
/// projected CRS are then not range-checked as degrees.
@Suite struct BoundaryReaderLegacyCRSTests {
  static func collection(crs: String?, x: Double, y: Double) -> [UInt8] {
    let member = crs.map { #""crs":{"type":"name","properties":{"name":"\#($0)"}},"# } ?? ""
    return Array(
      #"{"type":"FeatureCollection",\#(member)"features":[{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[\#(x),\#(y)],[\#(x + 1),\#(y)],[\#(x),\#(y + 1)],[\#(x),\#(y)]]]}}]}"#.utf8)
  }

  @Test func projectedCRSIsReportedAndItsMetresAreNotRangeChecked() throws {
    let read = try BoundaryReader().readCollection(
      bytes: Self.collection(crs: "urn:ogc:def:crs:EPSG::32642", x: 515_812.4, y: 3_819_000), fileName: "utm.geojson")
    #expect(read.crsName == "urn:ogc:def:crs:EPSG::32642")
    #expect(read.features.first?.polygons.first?.first?.first == Position(x: 515_812.4, y: 3_819_000))
  }

  @Test func noOrWGS84CRSStillChecksDegrees() throws {
    for crs in [nil, "urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326"] {
      #expect(throws: WriterError.self) {
        _ = try BoundaryReader().readCollection(bytes: Self.collection(crs: crs, x: 515_812.4, y: 3_819_000), fileName: "x.geojson")
      }
    }
    let plain = try BoundaryReader().readCollection(bytes: Self.collection(crs: nil, x: 69, y: 34), fileName: "x.geojson")
    #expect(plain.crsName == nil)
  }

  @Test(arguments: [
    ("urn:ogc:def:crs:OGC:1.3:CRS84", true), ("urn:ogc:def:crs:OGC::CRS84", true), ("OGC:CRS84", true),
    ("EPSG:4326", true), ("urn:ogc:def:crs:EPSG::4326", true), ("http://www.opengis.net/def/crs/OGC/1.3/CRS84", true),
    ("urn:ogc:def:crs:EPSG::32642", false), ("EPSG:3857", false),
  ])
  func longitudeLatitudeNamesAreRecognised(_ name: String, _ expected: Bool) {
    #expect(BoundaryReader.isLongitudeLatitude(crsName: name) == expected)
  }
}
