import Extractor
import Foundation
import FrontlineKit
import FrontlineTestSupport
import Testing

/// The committed `geojson/` folder and the bundled samples stay in step with the code.
@Suite struct RunCommittedGeoJSONTests {
  typealias S = LayersSupport

  @Test(.enabled(if: LayersSupport.frontline != nil, "the frontline executable is not built"))
  func committedGeojsonMatchesWhatRunProduces() throws {
    let directory = try S.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let result = try S.run(["run", "-o", directory.path])
    #expect(result.status == 0, "\(result.stderr)")
    let committed = S.packageRoot.appendingPathComponent("geojson")
    let expectedNames = try FileManager.default.contentsOfDirectory(atPath: committed.path).filter { !$0.hasPrefix(".") }.sorted()
    let producedNames = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(expectedNames == producedNames, "regenerate with `swift run frontline run`")
    for name in producedNames {
      let produced = try Data(contentsOf: directory.appendingPathComponent(name))
      let expected = (try? Data(contentsOf: committed.appendingPathComponent(name))) ?? Data()
      #expect(produced == expected, "geojson/\(name) is stale; regenerate with `swift run frontline run`. \(S.firstDifference(expected, produced, label: "geojson/\(name)"))")
    }
  }

  @Test func embeddedSampleReportsMatchSamplesFolder() throws {
    let folder = S.packageRoot.appendingPathComponent("samples/reports").path
    let (documents, skipped, _) = try ReportReader.read([folder], published: nil)
    #expect(skipped.isEmpty)
    let embedded = SampleReports.documents
    #expect(embedded.map(\.id) == documents.map(\.id), "run `python3 Scripts/embed-samples.py`")
    for (a, b) in zip(embedded, documents) {
      #expect(a == b, "\(a.id): the embedded sample is stale; run `python3 Scripts/embed-samples.py`")
    }
    #expect((8...16).contains(documents.count))
    #expect(documents.allSatisfy { $0.published != nil })
  }
}
