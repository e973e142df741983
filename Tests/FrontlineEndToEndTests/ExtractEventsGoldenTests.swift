import Foundation
import FrontlineTestSupport
import Testing

/// `frontline extract` on both development corpora (`../shared/corpus/dev`, `dev-fa`) must give
/// the same events as the committed goldens, so speed work can be checked for unchanged output
/// (issue #16) and quality work sees every event it adds or drops.
///
/// The corpora are real articles that must not be copied into the project, so the goldens hold
/// no text: per event its id, doc, type, actor, pcode, date, precision, confidence, span, rule,
/// alternatives, disputed (when set) and language, plus the first 16 hex digits of the SHA-256 of its whole JSON
/// line (which pins sentence, mention and evidence without holding them); the first line holds
/// the event count and the SHA-256 of the whole output, equal to
/// `frontline extract ../shared/corpus/dev | sha256sum`.
///
/// Re-record only on purpose, when the extractor is meant to change:
/// `RECORD_GOLDENS=1 swift test --skip-build --filter ExtractEventsGoldenTests`, then review
/// the diff of `Golden/extract-*.jsonl`. Skipped when `../shared` is absent.
@Suite(.enabled(if: TestPaths.shared != nil, "needs ../shared/corpus"))
struct ExtractEventsGoldenTests {
  @Test(arguments: ["dev", "dev-fa"])
  func extractOutputMatchesGolden(_ corpus: String) throws {
    let shared = try #require(TestPaths.shared)
    let directory = shared.appendingPathComponent("corpus").appendingPathComponent(corpus)
    let result = try FrontlineCLI.run(["extract", directory.path])
    #expect(result.status == 0, "\(result.stderr.prefix(2000))")
    let summary = try Self.summary(of: result.stdout, corpus: corpus)
    try LayersSupport.expectMatchesGolden(Data(summary.utf8), named: "extract-\(corpus).jsonl")
  }

  /// The golden text of an extract output: a header line, then one line per event, no text.
  static func summary(of output: String, corpus: String) throws -> String {
    let lines = output.split(separator: "\n", omittingEmptySubsequences: true)
    var text = "{\"corpus\":\(quoted(corpus)),\"events\":\(lines.count),\"sha256\":\"\(SHA256.hex(Array(output.utf8)))\"}\n"
    for line in lines {
      let object = try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line.prefix(80))")
      let place = object["place"] as? [String: Any] ?? [:]
      var fields: [String] = []
      func add(_ key: String, _ value: String) { fields.append("\(quoted(key)):\(value)") }
      func string(_ value: Any?) -> String { (value as? String).map(quoted) ?? "null" }
      add("id", string(object["id"]))
      add("doc", string(object["doc"]))
      add("type", string(object["type"]))
      add("actor", string(object["actor"]))
      add("pcode", string(place["pcode"]))
      add("date", string(object["date"]))
      add("date_precision", string(object["date_precision"]))
      add("confidence", (object["confidence"] as? Double).map { String(format: "%.2f", $0) } ?? "null")
      add("span", "[" + ((object["span"] as? [Int]) ?? []).map(String.init).joined(separator: ",") + "]")
      add("rule", string(object["rule"]))
      add("alternatives", "[" + ((object["alternatives"] as? [String]) ?? []).map(quoted).joined(separator: ",") + "]")
      if object["disputed"] as? Bool == true { add("disputed", "true") }
      if object["language"] != nil { add("language", string(object["language"])) }
      add("line_sha256", quoted(String(SHA256.hex(Array(line.utf8)).prefix(16))))
      text += "{" + fields.joined(separator: ",") + "}\n"
    }
    return text
  }

  /// A JSON string literal (ids, codes and rule names: quotes, backslashes and controls escaped).
  static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}

@Suite struct SHA256Tests {
  @Test func knownDigests() {
    #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hex(Array(String(repeating: "a", count: 1000).utf8))
      == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
  }
}
