import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A buffered output file that appears at its final path only when ``commit()`` succeeds.
///
/// Bytes go to a temporary file created with `O_EXCL` in the **same directory** as the
/// destination (named `.<name>.tmp-<pid>-<random>`, see ``TemporarySibling``, which also
/// removes such files left by killed processes), so the final `rename(2)` stays on one
/// file system and is atomic: readers see either the old file or the complete new one, never
/// a half-written layer. ``discard()`` (also run by `deinit`) removes the temporary file and
/// leaves any existing destination untouched.
///
/// This is Frontline's one atomic output: the GeoJSON and SVG writers stream through it, and
/// ``write(_:to:)`` writes a whole file (summaries, indexes, QGIS styles) the same way.
///
/// - Important: Not thread-safe and deliberately not `Sendable`; one owner writes.
public final class AtomicFileOutput {
  /// Bytes collected before a `write(2)`: 64 KiB amortises the system call while keeping
  /// memory flat however many features are written.
  static let flushThreshold = 64 * 1024

  /// The final path.
  public let destination: URL
  /// The temporary file's path (same directory as `destination`).
  let temporaryPath: String
  /// Pending bytes; writers append encoded text here and call ``flushIfNeeded()``.
  package var buffer: [UInt8] = []

  private var descriptor: Int32
  private(set) var isOpen = true

  /// The destination path as shown in error messages.
  var displayPath: String { destination.path }

  /// Creates the temporary file next to `destination`.
  /// - Throws: ``WriterError/cannotCreateFile(file:reason:)`` when the directory is missing or
  ///   not writable.
  public init(destination: URL) throws(WriterError) {
    self.destination = destination
    do {
      (temporaryPath, descriptor) = try TemporarySibling.create(next: destination)
    } catch {
      var reason = Self.message(for: error.code)
      if error.code == ENOENT {
        reason += " (the folder \(destination.deletingLastPathComponent().path) does not exist)"
      }
      throw .cannotCreateFile(file: destination.path, reason: reason)
    }
    buffer.reserveCapacity(Self.flushThreshold + 4096)
  }

  /// Writes `text` (UTF-8) to `destination` atomically: the whole file or, on failure, none
  /// of it (an existing destination is then unchanged).
  /// - Throws: ``WriterError/cannotCreateFile(file:reason:)`` or
  ///   ``WriterError/writeFailed(file:reason:)``.
  public static func write(_ text: String, to destination: URL) throws(WriterError) {
    let output = try AtomicFileOutput(destination: destination)
    try output.write(text)
    try output.commit()
  }

  deinit {
    discard()
  }

  /// Appends `text` (UTF-8), writing the buffer out once it is full.
  /// - Throws: ``WriterError/writeFailed(file:reason:)`` (disk full); the temporary file is
  ///   then removed.
  public func write(_ text: String) throws(WriterError) {
    guard isOpen else { throw .alreadyFinished(file: displayPath) }
    buffer.append(contentsOf: text.utf8)
    try flushIfNeeded()
  }

  /// Writes the buffer out once it holds at least ``flushThreshold`` bytes.
  @inline(__always)
  func flushIfNeeded() throws(WriterError) {
    if buffer.count >= Self.flushThreshold { try flush() }
  }

  /// Writes every buffered byte to the temporary file.
  func flush() throws(WriterError) {
    guard !buffer.isEmpty else { return }
    let fd = descriptor
    let failure: Int32? = buffer.withUnsafeBytes { raw -> Int32? in
      var offset = 0
      while offset < raw.count {
        let written = systemWrite(fd, raw.baseAddress.map { $0 + offset }, raw.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return nil
    }
    if let failure {
      discard()
      throw .writeFailed(file: displayPath, reason: Self.message(for: failure))
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Flushes, `fsync`s, closes and renames the temporary file onto the destination.
  /// - Throws: ``WriterError/writeFailed(file:reason:)``; the temporary file is then removed
  ///   and the destination is unchanged.
  public func commit() throws(WriterError) {
    guard isOpen else { throw .alreadyFinished(file: displayPath) }
    try flush()
    // fsync before rename so a crash cannot leave a renamed but empty file (ext4 delalloc).
    if fsync(descriptor) != 0 && errno != EINVAL {
      let failure = errno
      discard()
      throw .writeFailed(file: displayPath, reason: "fsync: " + Self.message(for: failure))
    }
    isOpen = false
    if close(descriptor) != 0 {
      let failure = errno
      unlink(temporaryPath)
      throw .writeFailed(file: displayPath, reason: "close: " + Self.message(for: failure))
    }
    if rename(temporaryPath, destination.path) != 0 {
      let failure = errno
      unlink(temporaryPath)
      throw .writeFailed(file: displayPath, reason: "rename: " + Self.message(for: failure))
    }
    // Persist the directory entry too; best effort, some file systems refuse fsync on dirs.
    let directory = open(destination.deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
    if directory >= 0 {
      _ = fsync(directory)
      close(directory)
    }
  }

  /// Closes and removes the temporary file; the destination is not touched. Idempotent.
  public func discard() {
    guard isOpen else { return }
    isOpen = false
    close(descriptor)
    unlink(temporaryPath)
    buffer = []
  }

  private static func message(for code: Int32) -> String {
    String(cString: strerror(code))
  }
}

/// `write(2)`, named apart from ``AtomicFileOutput/write(_:)``.
private func systemWrite(_ fd: Int32, _ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
  write(fd, bytes, count)
}
