internal import CProj

/// Owner of one PROJ threading context (`PJ_CONTEXT`) and collector of its log messages.
///
/// PROJ reports its useful error text only through the log callback (the context errno is
/// sticky and often generic, see STYLE §3.5), so the context installs a `proj_log_func` that
/// appends every message to ``messages``. Operations call ``clearMessages()`` before a PROJ
/// call and ``reason(errno:)`` after a failure, which keeps messages from one failure out of
/// the next.
///
/// Set-up (STYLE §4.5.3): log level `PJ_LOG_ERROR`; networking disabled with
/// `proj_context_set_enable_network(ctx, 0)` so no grid is ever downloaded silently.
///
/// - Important: Not `Sendable`. A PROJ context must only be used by one thread at a time; the
///   compiler keeps each instance inside one isolation domain. Reuse one context for every
///   `Transformer` a worker creates (creation is ~15× faster on a warm context, STYLE §3.6).
final class ProjContext {
  /// The `PJ_CONTEXT *`, valid until `deinit`.
  let handle: OpaquePointer
  /// Log messages received since the last ``clearMessages()``, oldest first, de-duplicated.
  private(set) var messages: [String] = []
  /// Set when more than ``messageLimit`` distinct messages arrived (a batch of many bad points).
  private(set) var droppedMessages = 0
  private let tracker: LifetimeTracker?

  /// Upper bound on stored messages so a failing batch of 10⁶ points cannot grow memory.
  static let messageLimit = 32

  /// Creates and configures a context.
  ///
  /// - Throws: ``ProjectionError/contextUnavailable`` if PROJ cannot allocate one.
  init() throws(ProjectionError) {
    // proj_context_create: returns NULL only on allocation failure.
    guard let handle = proj_context_create() else { throw .contextUnavailable }
    self.handle = handle
    self.tracker = LifetimeTracker.current
    tracker?.didCreate(.context)

    // The callback is a C function pointer: it captures nothing and finds this object again
    // through the unretained user-data pointer. That is safe because `deinit` destroys the
    // PJ_CONTEXT (and with it the callback registration) before the object's memory goes.
    let logger: PJ_LOG_FUNCTION = { userData, _, message in
      guard let userData, let message else { return }
      let context = Unmanaged<ProjContext>.fromOpaque(userData).takeUnretainedValue()
      context.record(String(cString: message))
    }
    // proj_log_func / proj_log_level: no return value worth checking (level returns the old one).
    proj_log_func(handle, Unmanaged.passUnretained(self).toOpaque(), logger)
    _ = proj_log_level(handle, PJ_LOG_ERROR)
    // proj_context_set_enable_network: returns whether networking is now enabled (0 here).
    _ = proj_context_set_enable_network(handle, 0)
  }

  deinit {
    // proj_context_destroy: void. Every PJ made on this context has already been destroyed,
    // because each owner of a PJ also holds a strong reference to its context.
    proj_context_destroy(handle)
    tracker?.didDestroy(.context)
  }

  /// Forgets collected messages; call right before the PROJ call whose failure you will report.
  func clearMessages() {
    messages.removeAll(keepingCapacity: true)
    droppedMessages = 0
  }

  private func record(_ message: String) {
    let trimmed = message.trimmingTrailingNewlines()
    guard !messages.contains(trimmed) else { return }
    if messages.count < Self.messageLimit {
      messages.append(trimmed)
    } else {
      droppedMessages += 1
    }
  }

  /// PROJ's explanation for a failed `proj_create*` call.
  ///
  /// Uses the collected log messages (with a leading `proj_create: ` removed). The context
  /// errno is consulted only when PROJ logged nothing, because it is sticky: after an earlier
  /// failed transform it still reads 2049 "Invalid coordinate" (STYLE §3.5).
  ///
  /// - Parameters:
  ///   - errnoBefore: `proj_context_errno` read just before the failed call. An unchanged value
  ///     is treated as stale and ignored, since PROJ offers no way to clear a context's errno
  ///     without a `PJ` of that context.
  ///   - fallback: the text to use when PROJ neither logged nor set an errno (e.g.
  ///     `proj_create_crs_to_crs_from_pj` finding no operation returns NULL silently).
  func creationFailureReason(errnoBefore: Int32, fallback: String = "PROJ gave no reason")
    -> String
  {
    let logged = loggedText()
    if !logged.isEmpty { return logged }
    // proj_context_errno: the last error set on the context (possibly stale, see above).
    let errno = proj_context_errno(handle)
    guard errno != errnoBefore else { return fallback }
    return errnoText(errno) ?? fallback
  }

  /// PROJ's explanation for points that a transformation could not handle.
  ///
  /// - Parameter errno: `proj_errno(pj)` read right after the batch (it was reset before it,
  ///   so it belongs to this batch), e.g. 2049 `Invalid coordinate`.
  /// - Returns: the errno summary followed by the logged detail, e.g.
  ///   `Invalid coordinate: utm: Invalid latitude`.
  func transformFailureReason(errno: Int32) -> String {
    let logged = loggedText()
    let summary = errnoText(errno)
    switch (summary, logged.isEmpty) {
    case (nil, true): return "PROJ returned a non-finite value without an error code"
    case (nil, false): return logged
    case (let summary?, true): return summary
    case (let summary?, false): return logged.contains(summary) ? logged : "\(summary): \(logged)"
    }
  }

  private func loggedText() -> String {
    var parts = messages.map { $0.removingPrefix("proj_create: ") }
    if droppedMessages > 0 { parts.append("and \(droppedMessages) more messages") }
    return parts.joined(separator: "; ")
  }

  private func errnoText(_ code: Int32) -> String? {
    guard code != 0 else { return nil }
    // proj_context_errno_string: returns a pointer into a per-context buffer (valid until the
    // next call) or NULL; copy it at once.
    let text = proj_context_errno_string(handle, code).map { String(cString: $0) }
    guard let text, !text.hasPrefix("Unknown error") else {
      // Codes without their own text (4096, PROJ_ERR_OTHER) read "Unknown error (code 4096)".
      return "PROJ error \(code) (\(ProjErrorCategory(code: code)))"
    }
    return text
  }
}

extension String {
  fileprivate func removingPrefix(_ prefix: String) -> String {
    hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
  }

  fileprivate func trimmingTrailingNewlines() -> String {
    var result = Substring(self)
    while let last = result.last, last.isNewline { result = result.dropLast() }
    return String(result)
  }
}
