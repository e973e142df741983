import Foundation
import FrontlineTestSupport
import GeoJSON
import GeoModel
import Testing

/// Reads written files back with GDAL's `ogrinfo`, the real client these layers are for.
@Suite(.enabled(if: OGRInfo.executable != nil, "ogrinfo is not on PATH (install gdal-bin); skipping GDAL round trips"))
struct OGRInfoTests {
  @Test func ogrinfoReadsCountGeometryTypeAndFieldTypes() throws {
    let summary = try OGRInfo.summary(of: Fixtures.pointEvents, fileName: "events.geojson", options: WriterOptions(name: "events"))
    #expect(summary.contains("using driver `GeoJSON' successful"))
    #expect(summary.contains("Layer name: events"))
    #expect(summary.contains("Feature Count: 3"))
    #expect(summary.contains("Geometry: Point"))
    #expect(summary.contains("ID[\"EPSG\",4326]"))
    // GDAL 3.6's GeoJSON driver infers Date for fields whose strings are all YYYY-MM-DD,
    // Real from numbers with a decimal point (hence "1.0", not "1"), and Integer(Boolean)
    // from true/false.
    let fields = OGRInfo.fieldTypes(in: summary)
    #expect(fields["name"] == "String")
    #expect(fields["killed"] == "Integer")
    #expect(fields["confidence"] == "Real")
    #expect(fields["date"] == "Date")
    #expect(fields["verified"] == "Integer(Boolean)")
    // Integer ids become the GDAL FID, not a field.
    #expect(fields["id"] == nil)
  }

  @Test func ogrinfoReportsEPSG32642ForTheLegacyCRSMember() throws {
    let projected = Fixtures.pointEvents.map { feature in
      var copy = feature
      copy.geometry = .point(Position(easting: 515_812.4, northing: 3_820_570.2))
      return copy
    }
    let options = WriterOptions(precision: 2, crsName: "urn:ogc:def:crs:EPSG::32642", name: "utm42", writesBoundingBox: true)
    let summary = try OGRInfo.summary(of: projected, fileName: "utm42.geojson", options: options)
    #expect(summary.contains("Feature Count: 3"))
    #expect(summary.contains("PROJCRS[\"WGS 84 / UTM zone 42N\""))
    #expect(summary.contains("ID[\"EPSG\",32642]]"))
    #expect(summary.contains("Extent: (515812.400000, 3820570.200000)"))
  }

  @Test func ogrinfoReadsPolygonsAndTheSequenceFormats() throws {
    let polygon = try OGRInfo.summary(of: [Fixtures.mixedFeatures[1]], fileName: "area.geojson", options: WriterOptions())
    #expect(polygon.contains("Geometry: Polygon"))
    let mixed = try OGRInfo.summary(
      of: Array(Fixtures.mixedFeatures[1...2]), fileName: "areas.geojson", options: WriterOptions(writesBoundingBox: true))
    #expect(mixed.contains("Feature Count: 2"))
    // GDAL 3.6 does not promote a Polygon + MultiPolygon mix when reading; it reports the
    // layer as "Unknown (any)". Writers of single-type layers should emit MultiPolygon only.
    #expect(mixed.contains("Geometry: Unknown (any)"))
    #expect(mixed.contains("Extent: (66.900000, 32.000000) - (68.500000, 36.800000)"))

    for (name, separator) in [("events.geojsonl", false), ("events.geojsons", true)] {
      let directory = try TestSupport.makeTemporaryDirectory()
      defer { try? FileManager.default.removeItem(at: directory) }
      let url = directory.appendingPathComponent(name)
      let writer = try FeatureSequenceWriter(url: url, recordSeparator: separator)
      for feature in Fixtures.pointEvents { try writer.append(feature) }
      try writer.finish()
      let output = try OGRInfo.run(["-ro", "-al", "-so", url.path])
      #expect(output.contains("using driver `GeoJSONSeq' successful"), "\(name)")
      #expect(output.contains("Feature Count: 3"), "\(name)")
      #expect(OGRInfo.fieldTypes(in: output)["date"] == "Date", "\(name)")
    }
  }
}

/// Runs `ogrinfo`.
enum OGRInfo {
  /// The first executable `ogrinfo` on `PATH`.
  static let executable = TestPaths.tool("ogrinfo")

  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// What `ogrinfo arguments…` printed: standard output, then standard error.
  static func run(_ arguments: [String]) throws -> String {
    guard let executable else { throw Failure(description: "ogrinfo not found") }
    let result = try ChildProcess.run(executable, arguments)
    let text = result.stdout + result.stderr
    guard result.status == 0 else {
      throw Failure(description: "ogrinfo \(arguments.joined(separator: " ")) exited \(result.status): \(text)")
    }
    return text
  }

  static func summary(of features: [Feature], fileName: String, options: WriterOptions) throws -> String {
    let directory = try TestSupport.makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent(fileName)
    let writer = try FeatureCollectionWriter(url: url, options: options)
    for feature in features { try writer.append(feature) }
    try writer.finish()
    return try run(["-ro", "-al", "-so", url.path])
  }

  /// `name: Type (width.precision)` lines of the summary, as name → Type.
  static func fieldTypes(in summary: String) -> [String: String] {
    var fields: [String: String] = [:]
    for line in summary.split(separator: "\n") where !line.hasPrefix(" ") && line.hasSuffix(")") {
      let parts = line.split(separator: ":", maxSplits: 1)
      guard parts.count == 2, let open = parts[1].lastIndex(of: "(") else { continue }
      fields[String(parts[0])] = parts[1][..<open].trimmingCharacters(in: .whitespaces)
    }
    return fields
  }
}
