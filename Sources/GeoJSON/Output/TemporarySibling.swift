import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The temporary files every Frontline writer builds its output in: `.<name>.tmp-<pid>-<hex>`
/// in the destination's own folder, so the final `rename(2)` is atomic.
///
/// A process killed mid-write (SIGKILL, power loss) cannot remove its temporary file. The next
/// writer of the same destination does: ``create(next:)`` first deletes the siblings whose
/// process id no longer runs on this machine (`kill(pid, 0)` answers `ESRCH`). Files of live
/// processes, including this one, are left alone.
public enum TemporarySibling {
  /// Why a temporary file could not be created.
  public struct Failure: Error, Sendable, Hashable {
    /// The `errno` of the last attempt.
    public let code: Int32
    /// `strerror(code)`.
    public var reason: String { String(cString: strerror(code)) }
  }

  /// The name prefix of `destination`'s temporary files: `.<name>.tmp-`.
  public static func prefix(of destination: URL) -> String {
    "." + destination.lastPathComponent + ".tmp-"
  }

  /// Removes stale temporary files of `destination`, then creates a new, empty one with
  /// `O_EXCL` (never reusing or following an existing path), mode `0666 & ~umask`.
  /// - Parameter destination: The final path the caller will rename onto.
  /// - Returns: The temporary file's path and a descriptor open for writing (the caller
  ///   closes it).
  /// - Throws: ``Failure`` with the `errno` of the last attempt (missing or read-only folder).
  public static func create(next destination: URL) throws(Failure) -> (path: String, descriptor: Int32) {
    removeStale(next: destination)
    let directory = destination.deletingLastPathComponent().path
    var lastError: Int32 = 0
    for _ in 0..<8 {
      let token = String(UInt64.random(in: 0...UInt64.max), radix: 16)
      let candidate = directory + "/" + prefix(of: destination) + "\(getpid())-" + token
      let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
      if fd >= 0 { return (candidate, fd) }
      lastError = errno
      if lastError != EEXIST { break }
    }
    throw Failure(code: lastError)
  }

  /// Deletes the temporary files of `destination` left by processes that no longer run.
  /// - Returns: The paths removed, sorted.
  @discardableResult
  public static func removeStale(next destination: URL) -> [String] {
    let directory = destination.deletingLastPathComponent().path
    let prefix = prefix(of: destination)
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
    var removed: [String] = []
    for name in names.sorted() where name.hasPrefix(prefix) {
      let rest = name.dropFirst(prefix.count)
      guard let dash = rest.firstIndex(of: "-"), let pid = Int32(rest[..<dash]), pid > 0,
        rest[rest.index(after: dash)...].allSatisfy(\.isHexDigit), pid != getpid()
      else { continue }
      if kill(pid, 0) == -1 && errno == ESRCH {
        let path = directory + "/" + name
        if unlink(path) == 0 { removed.append(path) }
      }
    }
    return removed
  }
}
