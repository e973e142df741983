import Chronology
import Extractor
import Foundation
import FrontlineTestSupport
import Testing

/// The timeline's interval ends and the snapshots' day are DateTime fields that GDAL reads as
/// such and QGIS 3.22's temporal controller filters correctly, the same in GeoJSON and
/// GeoPackage (issue #14 item 3: open intervals vanished from GeoJSON with "Failed to parse
/// date ''", the GeoPackage timeline overlapped the previous interval, `snapshot_date` showed
/// nothing).
@Suite(.enabled(if: LayersSupport.frontline != nil, "needs the frontline binary (swift build)"))
struct TemporalFieldsTests {
  typealias S = LayersSupport

  /// `run` of the sample reports as GeoJSON, GeoPackage (with snapshots) into one folder. The
  /// samples' one closed interval ends on 2021-08-07 (the next starts on the 8th).
  static func write() throws -> (root: URL, geojson: URL, gpkg: URL, snapshots: URL) {
    let root = try S.temporaryDirectory()
    let geojson = root.appendingPathComponent("geojson")
    let gpkg = root.appendingPathComponent("gpkg")
    #expect(try S.run(["run", "-o", geojson.path]).status == 0)
    let result = try S.run([
      "run", "-o", gpkg.path, "--format", "gpkg", "--snapshots", "--from", "2021-08-06", "--to", "2021-08-09",
    ])
    #expect(result.status == 0, "\(result.stderr)")
    return (
      root, geojson.appendingPathComponent("timeline.geojson"), gpkg.appendingPathComponent("frontline.gpkg"),
      gpkg.appendingPathComponent("snapshots/snapshots.gpkg")
    )
  }

  /// The intervals of the GeoJSON timeline that hold on `day`: first day ≤ day ≤ last day.
  static func expectedIntervals(on day: String, in timeline: URL) throws -> Int {
    try S.features(timeline).filter { feature in
      let properties = feature["properties"] as? [String: Any] ?? [:]
      let from = properties["valid_from"] as? String ?? "~", to = properties["valid_to"] as? String ?? ""
      return from.prefix(10) <= day && to.prefix(10) >= day
    }.count
  }

  @Test func intervalsRunFromTheFirstSecondOfTheFirstDayToTheLastSecondOfTheLastDay() throws {
    let (root, geojson, _, _) = try Self.write()
    defer { try? FileManager.default.removeItem(at: root) }
    let properties = try S.features(geojson).compactMap { $0["properties"] as? [String: Any] }
    #expect(properties.count == 28)
    for interval in properties {
      let from = interval["valid_from"] as? String ?? "", to = interval["valid_to"] as? String ?? ""
      #expect(from.hasSuffix("T00:00:00Z") && from.count == 20, "\(from)")
      #expect(to.hasSuffix("T23:59:59Z") && from < to, "\(interval)")
      // The run describes 2021-08-21 (its last event day): current intervals end with it.
      #expect((interval["is_current"] as? Bool == true) == (to == "2021-08-21T23:59:59Z"), "\(interval)")
    }
    // Consecutive intervals of a district neither overlap nor leave a gap: the next starts the
    // day after the last day of the previous.
    let byDistrict = Dictionary(grouping: properties) { $0["pcode"] as? String ?? "" }
    for (pcode, intervals) in byDistrict {
      let sorted = intervals.sorted { ($0["valid_from"] as? String ?? "") < ($1["valid_from"] as? String ?? "") }
      for (a, b) in zip(sorted, sorted.dropFirst()) {
        let lastDay = (a["valid_to"] as? String ?? "").prefix(10)
        let next = Day(iso: lastDay)?.adding(days: 1).description
        #expect(next.map { "\($0)T00:00:00Z" } == b["valid_from"] as? String, "\(pcode)")
      }
    }
  }

  @Test(.enabled(if: LayersSupport.ogrinfo != nil, "ogrinfo is not on PATH (apt-get install gdal-bin)"))
  func gdalReadsDateTimeFieldsAndFiltersOpenIntervalsWithoutError() throws {
    let (root, geojson, gpkg, snapshots) = try Self.write()
    defer { try? FileManager.default.removeItem(at: root) }
    let ogrinfo = try #require(S.ogrinfo)
    for (file, layer) in [(geojson, "timeline"), (gpkg, "timeline")] {
      let summary = try S.execute(ogrinfo, ["-ro", "-so", file.path, layer], in: root).stdout
      let types = S.fieldTypes(in: summary)
      #expect(types["valid_from"] == "DateTime" && types["valid_to"] == "DateTime", "\(file.lastPathComponent): \(types)")
      #expect(types["is_current"] == "Integer(Boolean)", "\(file.lastPathComponent)")
    }
    let snapshotSummary = try S.execute(ogrinfo, ["-ro", "-so", snapshots.path, "district_control_snapshots"], in: root).stdout
    #expect(snapshotSummary.contains("\nsnapshot_date: DateTime (0.0) NOT NULL\n"), "\(snapshotSummary)")

    // The filter QGIS's OGR provider hands GDAL for 2021-08-08, the day after the one closed
    // interval ends (date-time literals for OGR SQL on the GeoJSON; ISO text without zone,
    // which SQLite compares as text, on the GeoPackage): with a null valid_to GDAL 3.6 failed
    // every feature with "Failed to parse date ''".
    let filters = [
      "(valid_from < '2021/08/09 00:00:00' OR valid_from IS NULL) AND (valid_to >= '2021/08/08 00:00:00' OR valid_to IS NULL)",
      "(valid_from < '2021-08-09T00:00:00' OR valid_from IS NULL) AND (valid_to >= '2021-08-08T00:00:00' OR valid_to IS NULL)",
    ]
    let expected = try Self.expectedIntervals(on: "2021-08-08", in: geojson)
    #expect(expected > 0)
    for (file, filter) in zip([geojson, gpkg], filters) {
      let layer = "timeline"
      let result = try S.execute(ogrinfo, ["-ro", "-al", "-geom=NO", "-where", filter, file.path, layer], in: root)
      #expect(!result.stderr.contains("ERROR"), "\(file.lastPathComponent): \(result.stderr)")
      #expect(result.stdout.components(separatedBy: "OGRFeature(").count - 1 == expected, "\(file.lastPathComponent)")
    }
  }

  @Test(.enabled(if: PyQGIS.python != nil, "PyQGIS is not installed (apt-get install python3-qgis)"))
  func qgisTemporalControllerShowsTheIntervalsOfEachDayInGeoJSONAndGeoPackage() throws {
    let (root, geojson, gpkg, snapshots) = try Self.write()
    defer { try? FileManager.default.removeItem(at: root) }
    // 2021-08-07 is the last day of the samples' one closed interval, 08-08 the first of the next.
    let days = ["2021-06-23", "2021-08-07", "2021-08-08", "2021-08-21"]
    var layers: [(uri: String, day: String)] = []
    for day in days {
      layers += [(geojson.path, day), ("\(gpkg.path)|layername=timeline", day)]
    }
    layers.append(("\(snapshots.path)|layername=district_control_snapshots", "2021-08-08"))
    let (result, stderr) = try PyQGIS.inspect(layers)
    #expect(!stderr.contains("Failed to parse date"), "\(stderr)")
    for (index, day) in days.enumerated() {
      let expected = try Self.expectedIntervals(on: day, in: geojson)
      for layer in result[(2 * index)...(2 * index + 1)] {
        #expect(layer.temporalActive && layer.temporalMode == 2, "\(day): \(layer)")
        #expect(layer.startField == "valid_from" && layer.endField == "valid_to")
        #expect(layer.shown == expected, "\(day): QGIS shows \(layer.shown) intervals, \(expected) hold (\(layer.filter))")
      }
    }
    // One snapshot day: each of the 399 districts once.
    let snapshot = try #require(result.last)
    #expect(snapshot.temporalActive && snapshot.temporalMode == 1 && snapshot.startField == "snapshot_date")
    #expect(snapshot.shown == 399, "\(snapshot.filter)")
  }
}
