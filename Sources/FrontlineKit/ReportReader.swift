import Foundation
public import Extractor
import Chronology
import Layers
public import Projection

/// A report input that could not be read, and why.
public struct SkippedInput: FrontlineFailure, Sendable, Hashable {
  public let path: String
  public let reason: String
  public var description: String { "\(path): skipped: \(reason)" }
}

/// One item of a ``ReportStream``: a report to extract (with its `url` and `source`), or an
/// input that was skipped.
public enum ReportItem: Sendable {
  case document(Document, ReportProvenance)
  case skipped(SkippedInput)
}

/// Reads news reports from files, directories and JSON Lines streams into `Document`s, one at
/// a time, so that `extract -` over a stream of any length runs in bounded memory.
///
/// - A `.txt` file (or any file given by name) is one document whose id is its file name without
///   extension. Its publication date comes from `--published`, else a sidecar
///   `NAME.meta.json` holding `{"published": "YYYY-MM-DD"}`; the sidecar's `url` and `source`
///   become the report's ``ReportProvenance``.
/// - A directory contributes its `*.txt` files, sorted by name (sub-directories are not walked).
/// - `-` reads JSON Lines records `{"id": …, "published": …, "text": …}` (optionally `url`,
///   `source`) from standard input,
///   and so does a file named `*.jsonl`; records are read one line at a time.
///
/// Files that are empty, not UTF-8 or binary (NUL bytes), and JSON Lines records that are not
/// records, are skipped and reported (naming the file, and the line for a record).
///
/// - Important: Not thread-safe and deliberately not `Sendable`: it owns open streams.
public final class ReportStream {
  private enum Pending {
    case file(String)
    case jsonLines(path: String?)
  }

  private let published: Day?
  private let standardInput: Int32
  private var pending: [Pending]
  private var lines: LineReader?

  /// Checks every input before anything is read: each must exist, and a directory must hold
  /// `.txt` reports.
  /// - Parameters:
  ///   - inputs: paths, directories, or `-` for standard input.
  ///   - published: the publication date for reports without one (`--published`).
  ///   - standardInput: the descriptor `-` reads (standard input; tests give a pipe).
  /// - Throws: `FrontlineError.invalidInput` naming the first missing input or empty folder.
  public init(_ inputs: [String], published: Day?, standardInput: Int32 = STDIN_FILENO) throws {
    self.published = published
    self.standardInput = standardInput
    var pending: [Pending] = []
    for input in inputs {
      if input == "-" {
        pending.append(.jsonLines(path: nil))
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
        pending += names.map { .file((input as NSString).appendingPathComponent($0)) }
      } else if input.hasSuffix(".jsonl") {
        pending.append(.jsonLines(path: input))
      } else {
        pending.append(.file(input))
      }
    }
    self.pending = pending.reversed()
  }

  /// The next report or skipped input, in input order; nil when all are read.
  /// - Throws: `FrontlineError.invalidInput` when a stream cannot be read at all or holds a
  ///   line longer than ``ReportReader/maximumFileSize``.
  public func next() throws -> ReportItem? {
    while true {
      if let lines {
        guard let line = try lines.nextLine() else {
          self.lines = nil
          continue
        }
        if let item = ReportReader.record(line, lineNumber: lines.lineNumber, source: lines.source, published: published) {
          return item
        }
        continue
      }
      guard let input = pending.popLast() else { return nil }
      switch input {
      case .file(let path):
        switch ReportReader.readFile(path, published: published) {
        case .success(let (document, provenance)): return .document(document, provenance)
        case .failure(let skip): return .skipped(skip)
        }
      case .jsonLines(let path?):
        lines = try LineReader(path: path, maximumLineLength: ReportReader.maximumFileSize)
      case .jsonLines(nil):
        lines = LineReader(
          descriptor: standardInput, source: "<stdin>", closesDescriptor: false,
          maximumLineLength: ReportReader.maximumFileSize)
      }
    }
  }
}

/// Reads whole report sets into memory (for `run` and `snapshots`, which need every event
/// anyway); `extract` streams through ``ReportStream`` instead.
public enum ReportReader {
  /// Largest report (file or JSON Lines record) accepted, in bytes; bigger files are skipped
  /// with a message.
  public static let maximumFileSize = 64 << 20

  /// Reads every input: the documents in input order, the inputs skipped, and each document's
  /// `url` and `source` (in the order of `documents`; see ``ExtractJob/events(of:provenance:index:minConfidence:workers:progress:)``).
  /// - Throws: `FrontlineError.invalidInput` for a missing input, an empty folder or an
  ///   unreadable stream.
  public static func read(
    _ inputs: [String], published: Day?, standardInput: Int32 = STDIN_FILENO
  ) throws -> (documents: [Document], skipped: [SkippedInput], provenance: [ReportProvenance]) {
    let stream = try ReportStream(inputs, published: published, standardInput: standardInput)
    var documents: [Document] = []
    var skipped: [SkippedInput] = []
    var provenance: [ReportProvenance] = []
    while let item = try stream.next() {
      switch item {
      case .document(let document, let origin):
        documents.append(document)
        provenance.append(origin)
      case .skipped(let skip): skipped.append(skip)
      }
    }
    return (documents, skipped, provenance)
  }

  static func readFile(_ path: String, published: Day?) -> Result<(Document, ReportProvenance), SkippedInput> {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    if let size = attributes?[.size] as? Int, size > maximumFileSize {
      return .failure(SkippedInput(path: path, reason: "larger than \(maximumFileSize >> 20) MiB"))
    }
    // Decided before reading: FileManager.contents(atPath:) leaks its 4 KiB buffer on an empty
    // file (swift-foundation 6.3, found by `swift test --sanitize=address`).
    if let size = attributes?[.size] as? Int, size == 0, attributes?[.type] as? FileAttributeType == .typeRegular {
      return .failure(SkippedInput(path: path, reason: "empty file"))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(SkippedInput(path: path, reason: "cannot be read"))
    }
    if data.isEmpty { return .failure(SkippedInput(path: path, reason: "empty file")) }
    if data.starts(with: [0xFF, 0xFE]) || data.starts(with: [0xFE, 0xFF]) {
      return .failure(
        SkippedInput(path: path, reason: "UTF-16 text (byte-order mark); convert it, e.g. iconv -f UTF-16 -t UTF-8"))
    }
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
    var provenance = ReportProvenance.unknown
    let meta = url.deletingPathExtension().appendingPathExtension("meta.json")
    if let data = FileManager.default.contents(atPath: meta.path),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    {
      if date == nil, let value = object["published"] as? String { date = Day(iso: value) }
      provenance = ReportProvenance(json: object)
    }
    return .success((Document(id: id, text: text, published: date), provenance))
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

  /// Whether `bytes` are well-formed UTF-8 (`String(validating:as:)` is not nil): the
  /// sequences of the Unicode Standard's table 3-7, so no overlong forms, surrogates or scalars
  /// past U+10FFFF. Runs of ASCII are passed eight bytes at a time. (A record's line was made
  /// into a `String` to validate it: 10 M instructions for the 1 MB stream, most of it the
  /// standard library's validation, byte by byte; callgrind, issue #16.)
  static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return true }
      let n = buffer.count
      /// Whether `buffer[k]` exists and is a continuation byte in `low...high`.
      func continues(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
        k < n && buffer[k] >= low && buffer[k] <= high
      }
      var i = 0
      while i < n {
        if n - i >= 8, UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
          i += 8
          continue
        }
        let lead = buffer[i]
        switch lead {
        case 0x00...0x7F:
          i += 1
        case 0xC2...0xDF:
          guard continues(i + 1) else { return false }
          i += 2
        case 0xE0...0xEF:
          let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80
          let high: UInt8 = lead == 0xED ? 0x9F : 0xBF
          guard continues(i + 1, low, high), continues(i + 2) else { return false }
          i += 3
        case 0xF0...0xF4:
          let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80
          let high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
          guard continues(i + 1, low, high), continues(i + 2), continues(i + 3) else { return false }
          i += 4
        default:
          return false
        }
      }
      return true
    }
  }

  /// `Day(iso: text)`, with `YYYY-MM-DD` of ASCII digits read from its ten bytes: `Day(iso:)`
  /// splits its text and parses each part as an `Int`, about 17 800 instructions a record's
  /// date (2.1 M of the 1 MB stream: callgrind, issue #16). Any other text is left to it.
  static func publishedDay(_ text: String) -> Day? {
    var text = text
    let parts: (year: Int, month: Int, day: Int)? = text.withUTF8 { bytes in
      guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
      func number(_ range: Range<Int>) -> Int? {
        var value = 0
        for k in range {
          let digit = Int(bytes[k]) - Int(UInt8(ascii: "0"))
          guard digit >= 0, digit <= 9 else { return nil }
          value = value * 10 + digit
        }
        return value
      }
      guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
      return (year, month, day)
    }
    guard let parts else { return Day(iso: text) }
    return Day(year: parts.year, month: parts.month, day: parts.day)
  }

  /// One JSON Lines record `{"id", "published", "text"}` (optionally `url`, `source`); nil for a
  /// blank line.
  static func record(_ line: [UInt8], lineNumber: Int, source: String, published: Day?) -> ReportItem? {
    func skip(_ reason: String) -> ReportItem {
      .skipped(SkippedInput(path: "\(source):\(lineNumber)", reason: reason))
    }
    if line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { return nil }
    // An object of strings (nearly every record) is read in place, its strings validated as
    // they are made (a line it reads is valid UTF-8: `stringObject`); any other line is
    // validated, then read by Foundation.
    let object: [String: Any]
    if let strings = stringObject(line) {
      object = strings
    } else {
      if !isValidUTF8(line) {
        return skip("not valid UTF-8 (first bad byte at offset \(firstInvalidUTF8(Data(line))) of the line)")
      }
      guard let parsed = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
        return skip("not a JSON object")
      }
      object = parsed
    }
    guard let text = object["text"] as? String else {
      return skip("record has no \"text\" string")
    }
    let id = (object["id"] as? String) ?? (object["id"] as? Int).map(String.init) ?? "\(lineNumber)"
    var date = published
    if let value = object["published"] as? String {
      guard let day = publishedDay(value) else {
        return skip("\"published\" '\(value)' is not YYYY-MM-DD")
      }
      date = date ?? day
    }
    return .document(Document(id: id, text: text, published: date), ReportProvenance(json: object))
  }
}
