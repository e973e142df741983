import Foundation
import FrontlineTestSupport
import Testing

/// `extract -` streams: memory stays flat however long standard input is. The full 1 GB
/// measurement of issue 6 is `Scripts/measure-extract-memory.sh`; this is its small version.
@Suite(.disabled(if: ChildProcess.isSanitized, "sanitizer runtimes inflate memory (ASan quarantine, TSan shadow)"))
struct BoundedMemoryTests {
  /// About `megabytes` MB of JSON Lines records as a scraper emits them: 16 KB of raw HTML
  /// per record (read and dropped) and a short report text with one event.
  static func records(megabytes: Int) -> (data: Data, count: Int) {
    let html = String(repeating: "<div class='story'><p>", count: 16 << 10 / 24)
    var text = ""
    var count = 0
    while text.utf8.count < megabytes << 20 {
      count += 1
      text += #"{"id":"r\#(count)","published":"2021-07-05","html":"\#(html)","text":"Residents said the road stayed closed. The Taliban captured Kaldar district in Balkh on Sunday."}"# + "\n"
    }
    return (Data(text.utf8), count)
  }

  /// Runs `extract -` over `megabytes` MB and returns the peak RSS, checking no event is lost.
  static func peakResidentBytes(megabytes: Int) throws -> Int {
    let dir = try TestPaths.temporaryDirectory(prefix: "frontline-rel")
    defer { try? FileManager.default.removeItem(at: dir) }
    let input = dir.appendingPathComponent("records.jsonl")
    let (data, count) = records(megabytes: megabytes)
    try data.write(to: input)
    let output = dir.appendingPathComponent("events.jsonl")
    let result = try ChildProcess.start(TestPaths.frontline, ["extract", "-", "-o", output.path], input: input.path).wait()
    #expect(result.status == 0, "\(result.stderr)")
    let events = try String(contentsOf: output, encoding: .utf8)
    #expect(events.split(separator: "\n").count == count, "one event per record, none lost")
    return result.peakResidentBytes
  }

  @Test func peakMemoryOfExtractOnStandardInputDoesNotGrowWithTheStream() throws {
    let small = try Self.peakResidentBytes(megabytes: 1)
    let large = try Self.peakResidentBytes(megabytes: 12)
    #expect(large < 200 << 20, "peak RSS \(large >> 20) MB")
    // Reading the whole stream would add its 11 MB difference (and more, as Data plus lines).
    #expect(large - small < 8 << 20, "peak RSS grew from \(small >> 20) MB to \(large >> 20) MB")
  }
}
