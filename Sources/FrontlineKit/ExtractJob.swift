import Foundation
public import Extractor
public import Gazetteer
import GeoJSON
import Layers

/// `frontline extract`: reports in, events out.
public enum ExtractJob {
  /// Extracts the events of `documents`, in document order then text order.
  ///
  /// Documents are processed in parallel (`workers` at once, by default as many as the machine
  /// has cores); the result does not depend on the number of workers.
  /// - Parameters:
  ///   - provenance: each document's `url` and `source` (as ``ReportReader/read(_:published:standardInput:)``
  ///     returns them), set on its events; empty for none.
  ///   - progress: called now and then with (documents done, total).
  public static func events(
    of documents: [Document], provenance: [ReportProvenance] = [], index: PlaceIndex, minConfidence: Double = 0,
    workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> [Event] {
    let extractor = EventExtractor(index: index)
    let done = Counter()
    let results = extract(documents, with: extractor, minConfidence: minConfidence, workers: workers) {
      progress?(done.increment(), documents.count)
    }
    return results.enumerated().flatMap { i, events in
      i < provenance.count ? provenance[i].stamp(events) : events
    }
  }

  /// What ``stream(_:index:minConfidence:workers:emit:progress:)`` read.
  public struct StreamSummary: Sendable {
    /// Reports extracted.
    public let documentCount: Int
    /// Events passed to `emit`.
    public let eventCount: Int
    /// Inputs (files, JSON Lines records) skipped, in input order.
    public let skipped: [SkippedInput]
  }

  /// Reports in flight at once (read but not yet written): enough to keep every worker busy
  /// past a long report, few enough that memory stays bounded (with ``batchBytes``) however
  /// long the stream is.
  static let batchDocuments = 256
  /// Text bytes in flight at once: reading pauses past 16 MiB of report text not yet written,
  /// so a stream of large records stays well inside the 200 MB budget of issue 6.
  static let batchBytes = 16 << 20

  /// Streams reports through the extractor and hands each report's events to `emit`, in
  /// input order (reports without events are not passed).
  ///
  /// See ``stream(_:index:minConfidence:language:workers:transform:emit:skip:progress:)``.
  /// - Throws: what `reports` or `emit` throw.
  public static func stream(
    _ reports: ReportStream, index: PlaceIndex, minConfidence: Double = 0, language: DocumentLanguage? = nil,
    workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    emit: ([Event]) throws -> Void, skip: (SkippedInput) -> Void = { _ in },
    progress: ((Int) -> Void)? = nil
  ) throws -> StreamSummary {
    try stream(
      reports, index: index, minConfidence: minConfidence, language: language, workers: workers,
      transform: { $0 }, emit: emit, skip: skip, progress: progress)
  }

  /// What a worker made of one report: `transform` of its events, nil when it has none.
  struct Extracted<Output: Sendable>: Sendable {
    let output: Output?
    let eventCount: Int
  }

  /// Streams reports through the extractor: `workers` threads extract reports (and apply
  /// `transform` to each report's events, e.g. render them) while this thread reads the next
  /// reports and hands the results to `emit` in input order.
  ///
  /// Memory is bounded by the reports in flight (``batchDocuments`` reports or ``batchBytes``
  /// of text), not by the stream's length; output is byte-identical whatever `workers` is.
  /// With one worker everything runs on this thread, report after report.
  /// - Parameters:
  ///   - reports: the inputs, read one report at a time.
  ///   - workers: reports extracted at once (at least 1).
  ///   - transform: applied by the worker to each report's events (stamped with its
  ///     provenance), for reports with events.
  ///   - emit: receives `transform` of the events of consecutive reports, in order; may throw
  ///     to stop.
  ///   - skip: receives each skipped input as soon as it is read.
  ///   - progress: called with the number of reports done so far.
  ///   - language: every report's language; nil: detected per report from its text.
  /// - Throws: what `reports` or `emit` throw.
  public static func stream<Output: Sendable>(
    _ reports: ReportStream, index: PlaceIndex, minConfidence: Double = 0, language: DocumentLanguage? = nil,
    workers: Int = ProcessInfo.processInfo.activeProcessorCount,
    transform: @escaping @Sendable ([Event]) -> Output,
    emit: (Output) throws -> Void, skip: (SkippedInput) -> Void = { _ in },
    progress: ((Int) -> Void)? = nil
  ) throws -> StreamSummary {
    let extractor = EventExtractor(index: index)
    let work: @Sendable (Document, ReportProvenance) -> Extracted<Output> = { document, provenance in
      let events = confident(extractor.extract(document), minConfidence)
      guard !events.isEmpty else { return Extracted(output: nil, eventCount: 0) }
      return Extracted(output: transform(provenance.stamp(events)), eventCount: events.count)
    }
    var skipped: [SkippedInput] = []
    var documentCount = 0
    var eventCount = 0
    func deliver(_ result: Extracted<Output>) throws {
      documentCount += 1
      if let output = result.output {
        eventCount += result.eventCount
        try emit(output)
      }
      progress?(documentCount)
    }
    func next() throws -> (Document, ReportProvenance)? {
      while let item = try reports.next() {
        switch item {
        case .document(var document, let provenance):
          if let language { document.language = language }
          return (document, provenance)
        case .skipped(let input):
          skipped.append(input)
          skip(input)
        }
      }
      return nil
    }

    if workers <= 1 {
      while let (document, provenance) = try next() { try deliver(work(document, provenance)) }
    } else {
      let pipeline = OrderedPipeline<(Document, ReportProvenance), Extracted<Output>>(workers: workers, work: work)
      defer { pipeline.finish() }
      // Text sizes of the reports in flight, oldest first from `oldest` on.
      var sizes: [Int] = []
      var oldest = 0
      var bytes = 0
      func take(wait: Bool) throws -> Bool {
        guard let result = pipeline.nextResult(wait: wait) else { return false }
        bytes -= sizes[oldest]
        oldest += 1
        if oldest >= 1024, oldest * 2 >= sizes.count {
          sizes.removeFirst(oldest)
          oldest = 0
        }
        try deliver(result)
        return true
      }
      while let (document, provenance) = try next() {
        let size = document.text.utf8.count
        pipeline.submit((document, provenance))
        sizes.append(size)
        bytes += size
        while try take(wait: false) {}
        while sizes.count - oldest >= batchDocuments || bytes >= batchBytes {
          _ = try take(wait: true)
        }
      }
      while try take(wait: true) {}
    }
    return StreamSummary(documentCount: documentCount, eventCount: eventCount, skipped: skipped)
  }

  /// Extracts `documents` with `workers` threads; worker `w` takes documents `w`, `w + workers`,
  /// … and each result goes to its document's slot, so the order is the input order.
  static func extract(
    _ documents: [Document], with extractor: EventExtractor, minConfidence: Double, workers: Int,
    finished: (@Sendable () -> Void)? = nil
  ) -> [[Event]] {
    let results = ResultSlots<[Event]>(count: documents.count)
    let lanes = max(1, min(workers, documents.count))
    DispatchQueue.concurrentPerform(iterations: lanes) { lane in
      for i in stride(from: lane, to: documents.count, by: lanes) {
        results[i] = confident(extractor.extract(documents[i]), minConfidence)
        finished?()
      }
    }
    return results.values
  }

  /// Renders events as JSON Lines or CSV text, without the CSV header.
  public static func renderRows(_ events: [Event], format: EventFormat) -> String {
    if format == .jsonl { return jsonLines(events) }
    var text = ""
    for event in events {
      text += EventCoding.csvRow(event)
      text += "\n"
    }
    return text
  }

  /// `renderRows` as UTF-8 bytes, for a writer of bytes: JSON Lines are written as bytes and
  /// handed on as they are, not made a `String` (which checks every byte again) to be turned
  /// back into bytes. (`EventCoding.appendJSON` writes valid UTF-8, the bytes of the events'
  /// strings with ASCII escapes, so they are the bytes of `renderRows`'s text.)
  public static func renderRowBytes(_ events: [Event], format: EventFormat) -> [UInt8] {
    if format == .jsonl { return jsonLineBytes(events) }
    return Array(renderRows(events, format: format).utf8)
  }

  /// The events as JSON Lines, written as bytes (`EventCoding.appendJSON`'s), all of them
  /// into one array made at the most bytes they can take (`EventCoding.jsonByteBound`).
  /// (Each event read in place: `for event in events` copied every event, its dozen strings
  /// retained and released, about 640 instructions an event: callgrind, issue #16.)
  static func jsonLineBytes(_ events: [Event]) -> [UInt8] {
    events.withUnsafeBufferPointer { events in
      var bound = 0
      for i in events.indices { bound += EventCoding.jsonByteBound(events[i]) + 1 }
      var numbers: [UInt8] = []
      numbers.reserveCapacity(JSONText.numberByteBound)
      return [UInt8](unsafeUninitializedCapacity: bound) { buffer, count in
        guard let start = buffer.baseAddress else { return }
        var cursor = JSONByteCursor(start)
        for i in events.indices {
          EventCoding.writeJSON(events[i], to: &cursor, numbers: &numbers)
          cursor.write(UInt8(ascii: "\n"))
        }
        count = cursor.next - start
      }
    }
  }

  /// The events of `events` of at least `minConfidence`: `events` itself when all are (most
  /// reports, and all with the default 0), where `filter` copied every event into a new array.
  static func confident(_ events: [Event], _ minConfidence: Double) -> [Event] {
    events.allSatisfy { $0.confidence >= minConfidence } ? events : events.filter { $0.confidence >= minConfidence }
  }

  /// The events as JSON Lines, made a `String` once.
  static func jsonLines(_ events: [Event]) -> String {
    String(decoding: jsonLineBytes(events), as: UTF8.self)
  }

  /// Renders events as JSON Lines or CSV text.
  public static func render(_ events: [Event], format: EventFormat) -> String {
    var text = ""
    switch format {
    case .jsonl:
      text = jsonLines(events)
    case .csv:
      text = EventCoding.csvHeader + "\n"
      for event in events { text += EventCoding.csvRow(event) + "\n" }
    }
    return text
  }
}

/// Fixed slots that concurrent workers fill, each slot by exactly one worker.
///
/// `@unchecked Sendable`: every slot is written once, by the worker that owns its index, under
/// the lock; reads happen after `concurrentPerform` returns.
final class ResultSlots<Value>: @unchecked Sendable {
  private var storage: [Value?]
  private let lock = NSLock()

  init(count: Int) { storage = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Value? {
    get { lock.withLock { storage[index] } }
    set { lock.withLock { storage[index] = newValue } }
  }

  var values: [Value] { lock.withLock { storage.compactMap { $0 } } }
}

/// A thread-safe counter for progress reports.
final class Counter: @unchecked Sendable {
  private var value = 0
  private let lock = NSLock()

  /// Adds one and returns the new value. `@unchecked Sendable`: all access is under `lock`.
  func increment() -> Int { lock.withLock { value += 1; return value } }
}
