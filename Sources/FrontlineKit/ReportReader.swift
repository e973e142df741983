import Foundation
public import Extractor

/// A report input that could not be read, and why.
public struct SkippedInput: Error, Sendable, Hashable, CustomStringConvertible {
  public let path: String
  public let reason: String
  public var description: String { "\(path): skipped: \(reason)" }
}

/// Reads news reports from files, directories and JSON Lines streams into `Document`s.
///
/// - A `.txt` file (or any file given by name) is one document whose id is its file name without
///   extension. Its publication date comes from `--published`, else a sidecar
///   `NAME.meta.json` holding `{"published": "YYYY-MM-DD"}`.
/// - A directory contributes its `*.txt` files, sorted by name (sub-directories are not walked).
/// - `-` reads JSON Lines records `{"id": …, "published": …, "text": …}` from standard input.
///
/// Files that are empty, not UTF-8 or binary (NUL bytes) are skipped and reported.
public enum ReportReader {
  /// Largest report accepted, in bytes; bigger files are skipped with a message.
  public static let maximumFileSize = 64 << 20

  public static func read(
    _ inputs: [String], published: Day?, standardInput: () -> Data = { FileHandle.standardInput.readDataToEndOfFile() }
  ) throws -> (documents: [Document], skipped: [SkippedInput]) {
    var documents: [Document] = []
    var skipped: [SkippedInput] = []
    for input in inputs {
      if input == "-" {
        documents += try readJSONLines(standardInput(), source: "<stdin>", published: published)
        continue
      }
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
        throw FrontlineError.invalidInput("\(input): no such file or directory")
      }
      if isDirectory.boolValue {
        let names = try FileManager.default.contentsOfDirectory(atPath: input)
          .filter { $0.hasSuffix(".txt") }.sorted()
        if names.isEmpty {
          throw FrontlineError.invalidInput("\(input): the directory holds no .txt reports")
        }
        for name in names {
          let path = (input as NSString).appendingPathComponent(name)
          switch readFile(path, published: published) {
          case .success(let document): documents.append(document)
          case .failure(let skip): skipped.append(skip)
          }
        }
      } else if input.hasSuffix(".jsonl") {
        guard let data = FileManager.default.contents(atPath: input) else {
          throw FrontlineError.invalidInput("\(input): cannot be read")
        }
        documents += try readJSONLines(data, source: input, published: published)
      } else {
        switch readFile(input, published: published) {
        case .success(let document): documents.append(document)
        case .failure(let skip): skipped.append(skip)
        }
      }
    }
    return (documents, skipped)
  }


  static func readFile(_ path: String, published: Day?) -> Result<Document, SkippedInput> {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let size = attributes?[.size] as? Int, size > maximumFileSize {
      return .failure(SkippedInput(path: path, reason: "larger than \(maximumFileSize >> 20) MiB"))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(SkippedInput(path: path, reason: "cannot be read"))
    }
    if data.isEmpty { return .failure(SkippedInput(path: path, reason: "empty file")) }
    if data.contains(0) {
      return .failure(SkippedInput(path: path, reason: "binary file (contains NUL bytes)"))
    }
    guard var text = String(data: data, encoding: .utf8) else {
      let offset = firstInvalidUTF8(data)
      return .failure(
        SkippedInput(path: path, reason: "not valid UTF-8 (first bad byte at offset \(offset)); convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8"))
    }
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let url = URL(fileURLWithPath: path)
    let id = url.deletingPathExtension().lastPathComponent
    var date = published
    if date == nil {
      let meta = url.deletingPathExtension().appendingPathExtension("meta.json")
      if let data = FileManager.default.contents(atPath: meta.path),
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
        let value = object["published"] as? String
      {
        date = Day(iso: value)
      }
    }
    return .success(Document(id: id, text: text, published: date))
  }

  static func firstInvalidUTF8(_ data: Data) -> Int {
    var offset = 0
    var iterator = data.makeIterator()
    var decoder = UTF8()
    var consumed = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar):
        consumed += UTF8.width(scalar)
        offset = consumed
      case .emptyInput: return offset
      case .error: return offset
      }
    }
  }

  /// Records `{"id", "published", "text"}`, one per line.
  static func readJSONLines(_ data: Data, source: String, published: Day?) throws -> [Document] {
    var documents: [Document] = []
    var lineNumber = 0
    for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      if line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { continue }
      guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
        throw FrontlineError.invalidInput("\(source):\(lineNumber): not a JSON object")
      }
      guard let text = object["text"] as? String else {
        throw FrontlineError.invalidInput("\(source):\(lineNumber): record has no \"text\" string")
      }
      let id = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init) ?? "\(lineNumber)"
      var date = published
      if let value = object["published"] as? String {
        guard let day = Day(iso: value) else {
          throw FrontlineError.invalidInput("\(source):\(lineNumber): \"published\" '\(value)' is not YYYY-MM-DD")
        }
        date = date ?? day
      }
      documents.append(Document(id: id, text: text, published: date))
    }
    return documents
  }
}
