import Foundation
import FrontlineTestSupport
import Testing

/// `frontline extract`, run as a user would, on reports written for these tests.
@Suite struct ExtractCLITests {
  static let report = """
    Taliban seize districts in Paktia
    The districts of Samkani and Janikhil fell to the Taliban in Paktia province on Wednesday, June 23.
    Officials said efforts are underway to recapture them.
    """

  @Test func extractWritesTheJSONLinesContractInKeyOrder() throws {
    let dir = try FrontlineCLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("paktia.txt")
    try Self.report.write(to: file, atomically: true, encoding: .utf8)
    let result = try FrontlineCLI.run(["extract", file.path, "--published", "2021-06-24"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 2)
    let first = String(lines[0])
    #expect(first.hasPrefix(#"{"id":"paktia#1","doc":"paktia","type":"captured","actor":"taliban","place":{"pcode":"AF1310","name":"Chamkani","level":"district","province":"Paktya","province_pcode":"AF13","lon":69.7974,"lat":33.7836},"mention":"Samkani","date":"2021-06-23","date_precision":"day","confidence":"#))
    #expect(first.contains(#""span":[51,58],"evidence":"fell to the""#))
  }

  @Test func sidecarMetaGivesThePublicationDate() throws {
    let dir = try FrontlineCLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "Khash district of Badakhshan fell to the Taliban yesterday.".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try #"{"published": "2021-06-24"}"#.write(to: dir.appendingPathComponent("a.meta.json"), atomically: true, encoding: .utf8)
    let result = try FrontlineCLI.run(["extract", dir.path])
    #expect(result.stdout.contains(#""date":"2021-06-23","date_precision":"day""#), "\(result.stdout)")
  }

  @Test func standardInputTakesJSONLinesRecords() throws {
    let input = #"""
      {"id":"w1","published":"2021-07-05","text":"The Taliban captured Kaldar district in Balkh on Sunday."}
      {"id":"w2","published":"2021-07-27","text":"Afghan forces retook Kaldar district of Balkh on Monday."}
      """#
    let result = try FrontlineCLI.run(["extract", "-", "--format", "csv"], input: Data(input.utf8))
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("id,doc,type,actor,pcode,name") == true)
    #expect(lines.count == 3)
    #expect(lines[1].hasPrefix("w1#1,w1,captured,taliban,AF2113,Kaldar"))
    #expect(lines[2].hasPrefix("w2#1,w2,recaptured,government,AF2113,Kaldar"))
    #expect(lines[2].contains(",2021-07-26,day,"))
  }

  @Test func badFilesAreSkippedByNameAndTheExitStatusSaysSo() throws {
    let dir = try FrontlineCLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try Self.report.write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
    try Data().write(to: dir.appendingPathComponent("empty.txt"))
    try Data([0x4B, 0x61, 0x62, 0x75, 0x6C, 0xE9, 0x20, 0x66, 0x65, 0x6C, 0x6C]).write(to: dir.appendingPathComponent("latin1.txt"))
    try Data([0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("binary.txt"))
    let result = try FrontlineCLI.run(["extract", dir.path, "--published", "2021-06-24"])
    #expect(result.status == 1)
    #expect(result.stdout.split(separator: "\n").count == 2, "the good file's events are still written")
    #expect(result.stderr.contains("empty.txt: skipped: empty file"))
    #expect(result.stderr.contains("latin1.txt: skipped: not valid UTF-8 (first bad byte at offset 5)"))
    #expect(result.stderr.contains("binary.txt: skipped: binary file"))
    #expect(result.stderr.contains("3 of 4 inputs skipped"))
  }

  @Test func outputFileIsWrittenWholeAndOnlyOnSuccess() throws {
    let dir = try FrontlineCLI.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("r.txt")
    try Self.report.write(to: file, atomically: true, encoding: .utf8)
    let out = dir.appendingPathComponent("events.jsonl")
    let result = try FrontlineCLI.run(["extract", file.path, "--published", "2021-06-24", "-o", out.path])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let written = try String(contentsOf: out, encoding: .utf8)
    #expect(written.split(separator: "\n").count == 2)
    let missingFolder = try FrontlineCLI.run(["extract", file.path, "-o", dir.appendingPathComponent("no/such/x.jsonl").path])
    #expect(missingFolder.status == 1)
    #expect(missingFolder.stderr.contains("does not exist"))
  }

  @Test(arguments: [
    (["extract", "/no/such/file.txt"], 1, "/no/such/file.txt: no such file or directory"),
    (["extract", "x.txt", "--published", "June 23"], 64, "The value 'June 23' is invalid for '--published <YYYY-MM-DD>'"),
    (["extract", "x.txt", "--min-confidence", "2"], 64, "--min-confidence must be between 0 and 1"),
  ] as [([String], Int32, String)])
  func badArgumentsFailWithAClearMessage(_ arguments: [String], _ status: Int32, _ message: String) throws {
    let result = try FrontlineCLI.run(arguments)
    #expect(result.status == status, "\(result.stderr)")
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test func helpExplainsInputsAndGivesExamples() throws {
    let result = try FrontlineCLI.run(["extract", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("frontline extract reports/ -o events.jsonl"))
  }
}
