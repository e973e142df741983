internal import Foundation

/// Counts live ``ProjContext`` and ``Transformer`` instances created while it is installed as
/// ``current`` (the idea of swift-collections' `LifetimeTracker`).
///
/// The tracker is a task-local rather than a global counter so that tests running in parallel —
/// possibly other test targets creating their own transformers in the same process — cannot
/// disturb each other's counts:
///
/// ```swift
/// let tracker = LifetimeTracker()
/// try LifetimeTracker.$current.withValue(tracker) { _ = try Transformer(from: .wgs84, to: utm) }
/// #expect(tracker.liveTransformers == 0)
/// ```
///
/// Each tracked object remembers the tracker that was current at its creation and reports its
/// `deinit` to that same tracker, wherever the object dies.
final class LifetimeTracker: @unchecked Sendable {
  // @unchecked Sendable: every stored property below is mutated only while `lock` is held, and
  // the lock itself is thread-safe; a `Mutex` would need macOS 15, above the package minimum.
  private let lock = NSLock()
  private var contexts = (created: 0, live: 0)
  private var transformers = (created: 0, live: 0)

  /// The tracker that new PROJ resources report to; `nil` (no tracking) outside tests.
  @TaskLocal static var current: LifetimeTracker?

  enum Kind {
    case context
    case transformer
  }

  init() {}

  func didCreate(_ kind: Kind) {
    lock.withLock {
      switch kind {
      case .context:
        contexts.created += 1
        contexts.live += 1
      case .transformer:
        transformers.created += 1
        transformers.live += 1
      }
    }
  }

  func didDestroy(_ kind: Kind) {
    lock.withLock {
      switch kind {
      case .context: contexts.live -= 1
      case .transformer: transformers.live -= 1
      }
    }
  }

  /// Contexts created under this tracker and not yet destroyed.
  var liveContexts: Int { lock.withLock { contexts.live } }
  /// Contexts ever created under this tracker.
  var createdContexts: Int { lock.withLock { contexts.created } }
  /// Transformers created under this tracker and not yet destroyed.
  var liveTransformers: Int { lock.withLock { transformers.live } }
  /// Transformers ever created under this tracker.
  var createdTransformers: Int { lock.withLock { transformers.created } }
}
