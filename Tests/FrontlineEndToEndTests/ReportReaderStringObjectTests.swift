import Chronology
import Foundation
@testable import FrontlineKit
import FrontlineTestSupport
import Testing

/// `ReportReader.stringObject` gives, for every line it reads, the members
/// `JSONSerialization.jsonObject(with:)` gives (byte for byte), and leaves to it every line it
/// does not read.
@Suite struct ReportReaderStringObjectTests {
  /// Whether the line read here (if it is) reads as `JSONSerialization` reads it.
  static func agrees(_ line: [UInt8]) -> Bool {
    guard ReportReader.isValidUTF8(line), let fast = ReportReader.stringObject(line) else { return true }
    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { return false }
    // (Compared as bytes: `String`'s `==` is canonical equivalence.)
    return object.count == fast.count
      && fast.allSatisfy { key, value in (object[key] as? String).map { Array($0.utf8) == Array(value.utf8) } ?? false }
  }

  /// Records of real report text: the written sentences and the golden events' lines (which
  /// hold numbers and arrays: left to Foundation), as JSON Lines the way `JSONEncoder` and
  /// hand-written streams spell them.
  static func realLines() throws -> [[UInt8]] {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    let sentences = try String(contentsOf: tests.appendingPathComponent("written-sentences.txt"), encoding: .utf8)
      .split(separator: "\n").map(String.init)
    let golden = try String(
      contentsOf: tests.appendingPathComponent("FrontlineEndToEndTests/Golden/extract-dev.jsonl"), encoding: .utf8
    ).split(separator: "\n").map(String.init)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var lines: [[UInt8]] = golden.map { Array($0.utf8) }
    for (n, sentence) in sentences.enumerated() {
      let record = ["id": String(format: "%05d", n), "published": "2021-08-0\(n % 9 + 1)", "text": sentence + "\n\n\"Quoted\" \\ / \t end"]
      lines.append(Array(try encoder.encode(record)))
      lines.append(Array(#"  { "text" : "\#(sentence)" , "source":"Kabul Now"}  "#.utf8))
    }
    return lines
  }

  @Test func realRecordsReadAsFoundationReadsThem() throws {
    let lines = try Self.realLines()
    var read = 0
    for line in lines {
      #expect(Self.agrees(line), "\(String(decoding: line, as: UTF8.self))")
      if ReportReader.stringObject(line) != nil { read += 1 }
    }
    // Every record of strings is read here (the golden lines are not).
    #expect(read >= 2 * 240)
  }

  /// Escapes, unusual spacing and lines that are left to Foundation.
  @Test func edgeCases() {
    let read = [
      #"{}"#, #" {"text":""} "#, #"{"text":"\u00e9\u0627\u2019\uFFFF\/\b\f\r"}"#, "{\"text\":\"caf\u{E9} \u{0627}\u{1F600}\"}",
      #"{"a":"1","b":"2","text":"x"}"#, "{\t\"text\"\r\n:\"x\"}", #"{"te\"xt":"\\"}"#,
    ]
    for line in read {
      #expect(ReportReader.stringObject(Array(line.utf8)) != nil, "\(line)")
      #expect(Self.agrees(Array(line.utf8)), "\(line)")
    }
    let leftToFoundation = [
      "", " ", "[]", #"{"id":1,"text":"x"}"#, #"{"text":"x","text":"y"}"#, #"{"text":"\ud83d\ude00"}"#,
      #"{"text":"\ud83d"}"#, #"{"text":"\u0000"}"#, "{\"text\":\"a\u{1}b\"}", #"{"text":"x"} x"#, #"{"text":"x",}"#,
      #"{"text":"\x"}"#, #"{"text":"\u12"}"#, #"{"text":null}"#, #"{"text":["x"]}"#, #"{"text" "x"}"#, #"{"text":"x""#,
      #"{'text':'x'}"#, "\u{FEFF}{\"text\":\"x\"}", #"{"text":"x"}{"#,
    ]
    for line in leftToFoundation {
      #expect(ReportReader.stringObject(Array(line.utf8)) == nil, "\(line)")
    }
    // A line that is not valid UTF-8 is not read here: `record` reads only the lines this
    // gives back without validating them first. (A truncated sequence, one cut by an escape, a
    // stray continuation byte after one, a surrogate, an overlong form, bytes past U+10FFFF,
    // and a byte past ASCII outside the strings.)
    let quote = Array(#"{"text":""#.utf8), end = Array(#""}"#.utf8)
    let invalid: [[UInt8]] = [
      quote + [0x61, 0xC3] + end, quote + [0xC3] + Array(#"é"#.utf8) + end,
      quote + Array(#"é"#.utf8) + [0xA9] + end, quote + [0xED, 0xA0, 0x80] + end,
      quote + [0xC0, 0xAF] + end, quote + [0xF4, 0x90, 0x80, 0x80] + end,
      Array(#"{"text":"x"#.utf8) + [0x22, 0xC3, 0x7D], [0xC3] + quote + end,
      Array(#"{"te"#.utf8) + [0xFF] + Array(#"xt":"x"}"#.utf8),
    ]
    for line in invalid {
      #expect(!ReportReader.isValidUTF8(line))
      #expect(ReportReader.stringObject(line) == nil, "\(line)")
    }
  }

  /// `validatedString`, made in pieces, is `String(validating:as:)`: the same bytes, or nil for
  /// the same inputs (texts of long ASCII stretches and other scalars, with a byte dropped,
  /// replaced or added at random).
  @Test func validatedStringIsStringValidating() {
    var generator = SplitMix64(seed: 29)
    func next(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
    let pieces = ["The Taliban took the district centre of Dawlat Shah on Thursday, officials said. ", "’", "“a”", "—", "هرات", "😀", "é", "x", "\n"]
    var nils = 0
    for _ in 0..<3000 {
      var bytes: [UInt8] = []
      for _ in 0..<next(40) { bytes += Array(pieces[next(pieces.count)].utf8) }
      if !bytes.isEmpty, next(2) == 0 {
        let at = next(bytes.count)
        switch next(3) {
        case 0: bytes.remove(at: at)
        case 1: bytes[at] = UInt8(truncatingIfNeeded: 0x80 + next(128))
        default: bytes.insert(0xC3, at: at)
        }
      }
      let made = bytes.withUnsafeBufferPointer { ReportReader.validatedString($0) }
      let expected = String(validating: bytes, as: UTF8.self)
      #expect(made.map { Array($0.utf8) } == expected.map { Array($0.utf8) })
      if expected == nil { nils += 1 }
    }
    #expect(nils > 300)
  }

  /// A record's `published` read from its bytes (`publishedDay`) is `Day(iso:)`'s day, or nil
  /// for the same texts.
  @Test func publishedDayIsDayISO() {
    let texts = [
      "2021-08-13", "1999-12-31", "0000-01-01", "9999-12-31", "2020-02-29", "2021-02-29", "2021-02-30", "2021-13-01",
      "2021-00-10", "2021-01-00", "2021-8-13", "2021-08-1", "+202-08-13", "-202-08-13", "2021-+8-13", "2021/08/13",
      "20210813", "2021-08-13 ", " 2021-08-13", "2021-08-13T00", "２０２１-08-13", "2021-08-١٣", "", "abcd-ef-gh", "2021--08-1",
    ]
    for text in texts { #expect(ReportReader.publishedDay(text) == Day(iso: text), "\(text)") }
  }

  /// Real records with a byte dropped, replaced or repeated, at random.
  @Test func damagedRecords() throws {
    let lines = try Self.realLines().filter { ReportReader.stringObject($0) != nil }
    var generator = SplitMix64(seed: 16)
    func next(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
    let bytes: [UInt8] = Array(#"{}[]":,\ u0aD8tn"#.utf8) + [0x01, 0x7F, 0xC3, 0xA9]
    var disagreements: [String] = []
    for _ in 0..<6000 {
      var line = lines[next(lines.count)]
      // (Near the start or the end, where the syntax is, more often than not.)
      let k = next(2) == 0 ? next(min(line.count, 24)) : line.count - 1 - next(min(line.count, 24))
      switch next(3) {
      case 0: line.remove(at: k)
      case 1: line[k] = bytes[next(bytes.count)]
      default: line.insert(line[k], at: k)
      }
      if !Self.agrees(line) { disagreements.append(String(decoding: line, as: UTF8.self)) }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(3))")
  }
}
