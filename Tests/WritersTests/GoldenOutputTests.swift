import Foundation
import GeoJSON
import GeoModel
import Testing

/// Byte-for-byte comparisons with `Golden/`; rerun with `RECORD_GOLDENS=1` to re-record.
@Suite struct GoldenOutputTests {
  private func written(_ body: (URL) throws -> Void) throws -> [UInt8] {
    let directory = try TestSupport.makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("out")
    try body(url)
    #expect(try TestSupport.contents(of: directory) == ["out"], "temporary files left behind")
    return [UInt8](try Data(contentsOf: url))
  }

  @Test func featureCollectionMatchesGolden() throws {
    let bytes = try written { url in
      let writer = try FeatureCollectionWriter(
        url: url, options: WriterOptions(precision: 6, name: "events", writesBoundingBox: true))
      for feature in Fixtures.mixedFeatures { try writer.append(feature) }
      try writer.finish()
    }
    try TestSupport.expectMatchesGolden(bytes, named: "featureCollection.geojson")
    #expect(try JSONSerialization.jsonObject(with: Data(bytes)) is [String: Any])
  }

  @Test func projectedFeatureCollectionWithCRSMatchesGolden() throws {
    let bytes = try written { url in
      let writer = try FeatureCollectionWriter(
        url: url,
        options: WriterOptions(precision: 2, crsName: "urn:ogc:def:crs:EPSG::32642", name: "utm42"))
      try writer.append(
        Feature(id: "kabul", geometry: .point(Position(easting: 515_812.3985191625, northing: 3_820_570.004)),
                properties: [("name", "Kabul")]))
      try writer.finish()
    }
    try TestSupport.expectMatchesGolden(bytes, named: "projectedFeatureCollection.geojson")
  }

  @Test func emptyFeatureCollectionMatchesGolden() throws {
    let bytes = try written { url in
      let writer = try FeatureCollectionWriter(url: url, options: WriterOptions(writesBoundingBox: true))
      try writer.finish()
    }
    try TestSupport.expectMatchesGolden(bytes, named: "emptyFeatureCollection.geojson")
    let object = try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
    #expect((object?["features"] as? [Any])?.isEmpty == true)
  }

  @Test func featureSequenceMatchesGolden() throws {
    let bytes = try written { url in
      let writer = try FeatureSequenceWriter(url: url)
      for feature in Fixtures.mixedFeatures { try writer.append(feature) }
      try writer.finish()
    }
    try TestSupport.expectMatchesGolden(bytes, named: "featureSequence.geojsonl")
  }

  @Test func recordSeparatedSequenceMatchesGolden() throws {
    let bytes = try written { url in
      let writer = try FeatureSequenceWriter(url: url, precision: 3, recordSeparator: true)
      for feature in Fixtures.mixedFeatures.prefix(2) { try writer.append(feature) }
      try writer.finish()
    }
    try TestSupport.expectMatchesGolden(bytes, named: "recordSeparatedSequence.geojsons")
    #expect(bytes.filter { $0 == 0x1E }.count == 2)
    #expect(bytes.first == 0x1E)
  }

  @Test func collectionAndSequenceCarryTheSameFeatureText() throws {
    let collection = try written { url in
      let writer = try FeatureCollectionWriter(url: url)
      for feature in Fixtures.mixedFeatures { try writer.append(feature) }
      try writer.finish()
    }
    let sequence = try written { url in
      let writer = try FeatureSequenceWriter(url: url)
      for feature in Fixtures.mixedFeatures { try writer.append(feature) }
      try writer.finish()
    }
    let collectionLines = String(decoding: collection, as: UTF8.self).split(separator: "\n").dropFirst().dropLast()
      .map { $0.hasSuffix(",") ? String($0.dropLast()) : String($0) }
    let sequenceLines = String(decoding: sequence, as: UTF8.self).split(separator: "\n").map(String.init)
    #expect(collectionLines == sequenceLines)
  }
}
