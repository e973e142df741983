import Foundation

/// Runs one pure function over a stream of inputs on worker threads and hands the results
/// back in input order (issue 16: `extract -` on two cores).
///
/// The owner thread ``submit(_:)``s inputs (numbered 0, 1, 2, … in the order submitted) and
/// takes results back with ``nextResult(wait:)`` strictly in that order; workers take inputs
/// first come, first served. The owner keeps memory bounded by not submitting more than a
/// window of inputs ahead of the last result it took.
///
/// - Important: `@unchecked Sendable`: every stored property is read and written only while
///   `condition` is locked; `work` is itself `@Sendable`. One owner thread submits, takes
///   results and calls ``finish()``; only the workers call ``runWorker()``.
final class OrderedPipeline<Input: Sendable, Output: Sendable>: @unchecked Sendable {
  private let condition = NSCondition()
  private let work: @Sendable (Input) -> Output
  /// Inputs not yet taken by a worker, oldest first, from `queueHead` on.
  private var queue: [Input] = []
  private var queueHead = 0
  /// The sequence number of `queue[queueHead]`.
  private var nextToTake = 0
  private var submitted = 0
  /// Results not yet returned to the owner, by sequence number.
  private var results: [Int: Output] = [:]
  private var nextToReturn = 0
  /// No more inputs: workers leave once the queue is empty.
  private var closed = false
  private var runningWorkers = 0

  /// Starts `workers` threads (at least 1) that apply `work` to submitted inputs.
  init(workers: Int, work: @escaping @Sendable (Input) -> Output) {
    self.work = work
    let count = max(1, workers)
    runningWorkers = count
    for n in 0..<count {
      let thread = Thread { [self] in runWorker() }
      thread.name = "frontline-extract-\(n + 1)"
      // The main thread's 8 MiB, not a secondary thread's default: the extractor's work per
      // report is the same whichever thread does it.
      thread.stackSize = 8 << 20
      thread.start()
    }
  }

  /// Queues `input` for the workers (it gets the next sequence number).
  func submit(_ input: Input) {
    condition.withLock {
      queue.append(input)
      submitted += 1
      condition.broadcast()
    }
  }

  /// The result of the oldest input not yet returned: waits for it when `wait` (nil only when
  /// nothing is in flight); without `wait`, nil when it is not ready yet.
  func nextResult(wait: Bool) -> Output? {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let output = results.removeValue(forKey: nextToReturn) {
        nextToReturn += 1
        return output
      }
      guard wait, nextToReturn < submitted else { return nil }
      condition.wait()
    }
  }

  /// Tells the workers no more input comes, and waits until they have left. Inputs still
  /// queued are dropped (after an error nothing more is wanted); call it once the results
  /// wanted have been taken.
  func finish() {
    condition.lock()
    closed = true
    queue.removeAll()
    queueHead = 0
    condition.broadcast()
    while runningWorkers > 0 { condition.wait() }
    condition.unlock()
  }

  private func runWorker() {
    while true {
      condition.lock()
      while queueHead == queue.count && !closed { condition.wait() }
      guard queueHead < queue.count else {
        runningWorkers -= 1
        condition.broadcast()
        condition.unlock()
        return
      }
      let input = queue[queueHead]
      let sequence = nextToTake
      queueHead += 1
      nextToTake += 1
      // Drop taken inputs now and then, so the queue's memory stays at the window's size.
      if queueHead >= 64, queueHead * 2 >= queue.count {
        queue.removeFirst(queueHead)
        queueHead = 0
      }
      condition.unlock()
      let output = work(input)
      condition.withLock {
        results[sequence] = output
        condition.broadcast()
      }
    }
  }
}
