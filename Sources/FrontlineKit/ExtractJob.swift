import Foundation
public import Extractor
public import Gazetteer

/// `frontline extract`: reports in, events out.
public enum ExtractJob {
  /// Extracts the events of `documents`, in document order then text order.
  ///
  /// Documents are processed in parallel (one task per document, as many at once as the machine
  /// has cores); the result does not depend on the number of cores.
  /// - Parameter progress: called now and then with (documents done, total).
  public static func events(
    of documents: [Document], index: PlaceIndex, minConfidence: Double = 0,
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) -> [Event] {
    let extractor = EventExtractor(index: index)
    let results = ResultSlots<[Event]>(count: documents.count)
    let done = Counter()
    DispatchQueue.concurrentPerform(iterations: documents.count) { i in
      results[i] = extractor.extract(documents[i]).filter { $0.confidence >= minConfidence }
      let finished = done.increment()
      progress?(finished, documents.count)
    }
    return results.values.flatMap { $0 }
  }

  /// Renders events as JSON Lines or CSV text.
  public static func render(_ events: [Event], format: EventFormat) -> String {
    var text = ""
    switch format {
    case .jsonl:
      for event in events {
        EventCoding.json(event).render(into: &text)
        text += "\n"
      }
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
