import Chronology
import Extractor
import Foundation
import FrontlineKit
import FrontlineTestSupport
import Gazetteer
import Testing

/// The same reports give byte-identical events whatever the number of extraction workers, and
/// the streaming path (`extract -`) gives exactly what the in-memory path gives.
@Suite struct DeterminismTests {
  static let index: PlaceIndex = {
    do { return try PlaceIndex.embedded() } catch { fatalError("embedded gazetteer: \(error)") }
  }()

  /// The bundled samples, four times over under distinct ids: enough reports that every
  /// worker gets several and batches interleave.
  static let documents: [Document] = (0..<4).flatMap { round in
    SampleReports.documents.map { Document(id: "\($0.id)-\(round)", text: $0.text, published: $0.published) }
  }

  static func jsonLines(_ documents: [Document]) -> Data {
    var text = ""
    for document in documents {
      let members: [(String, JSONValue)] = [
        ("id", .string(document.id)), ("published", document.published.map { .string($0.description) } ?? .null),
        ("text", .string(document.text)),
      ]
      JSONValue.object(members).render(into: &text)
      text += "\n"
    }
    return Data(text.utf8)
  }

  @Test(arguments: [2, 3, 8])
  func eventsAreByteIdenticalWithOneOrManyWorkers(_ workers: Int) {
    let one = ExtractJob.render(ExtractJob.events(of: Self.documents, index: Self.index, workers: 1), format: .jsonl)
    let many = ExtractJob.render(ExtractJob.events(of: Self.documents, index: Self.index, workers: workers), format: .jsonl)
    #expect(!one.isEmpty)
    #expect(one == many)
  }

  @Test(arguments: [1, 4])
  func streamingGivesTheInMemoryEventsInInputOrder(_ workers: Int) throws {
    let expected = ExtractJob.render(ExtractJob.events(of: Self.documents, index: Self.index, workers: 1), format: .jsonl)
    let dir = try TestPaths.temporaryDirectory(prefix: "frontline-rel")
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("reports.jsonl")
    try Self.jsonLines(Self.documents).write(to: file)
    let stream = try ReportStream([file.path], published: nil)
    var text = ""
    let summary = try ExtractJob.stream(stream, index: Self.index, workers: workers) { events in
      text += ExtractJob.renderRows(events, format: .jsonl)
    }
    #expect(summary.documentCount == Self.documents.count)
    #expect(summary.skipped.isEmpty)
    #expect(text == expected)
  }

  @Test func extractOnStandardInputMatchesExtractOnTheSameRecordsInMemory() throws {
    let dir = try TestPaths.temporaryDirectory(prefix: "frontline-rel")
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("reports.jsonl")
    try Self.jsonLines(Self.documents).write(to: file)
    let result = try ChildProcess.start(TestPaths.frontline, ["extract", "-"], input: file.path).wait()
    #expect(result.status == 0, "\(result.stderr)")
    let expected = ExtractJob.render(ExtractJob.events(of: Self.documents, index: Self.index), format: .jsonl)
    #expect(result.stdout == expected)
  }
}
