import Foundation
import GeoJSON

/// Writes a whole output file atomically: into a temporary file in the same folder, then
/// renamed over the target, so the target is never half written.
public enum OutputFile {
  public static func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw FrontlineError.invalidInput("\(path): the folder \(folder.path) does not exist")
    }
    do {
      try Data(text.utf8).write(to: url, options: .atomic)
    } catch {
      throw FrontlineError.invalidInput("\(path): cannot write: \(error.localizedDescription)")
    }
  }
}

/// An output file written piece by piece that appears under its name only when complete.
///
/// Text goes to a temporary file `.<name>.tmp-<pid>-<random>` in the destination's folder (so
/// the final `rename(2)` is atomic); ``commit()`` flushes it to disk and renames it over the
/// destination. If the process dies first, the destination is untouched and only the
/// temporary file remains; `deinit` removes it when the output is abandoned without a commit.
///
/// - Important: Not thread-safe and deliberately not `Sendable`; one owner writes.
public final class StreamingOutputFile {
  /// The destination as given.
  public let path: String
  private let temporaryPath: String
  private let handle: FileHandle
  private var committed = false

  /// Creates the temporary file beside `path`.
  /// - Throws: `FrontlineError.invalidInput` when the folder is missing or not writable.
  public init(path: String) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent()
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw FrontlineError.invalidInput("\(path): the folder \(folder.path) does not exist")
    }
    let created: (path: String, descriptor: Int32)
    do {
      created = try TemporarySibling.create(next: url)
    } catch {
      throw FrontlineError.invalidInput("\(path): cannot write in \(folder.path): \(error.reason)")
    }
    self.path = path
    self.temporaryPath = created.path
    self.handle = FileHandle(fileDescriptor: created.descriptor, closeOnDealloc: true)
  }

  deinit {
    if !committed {
      try? handle.close()
      try? FileManager.default.removeItem(atPath: temporaryPath)
    }
  }

  /// Appends `text` (UTF-8).
  /// - Throws: `FrontlineError.invalidInput` naming the file when the write fails (disk full).
  public func write(_ text: String) throws {
    do {
      try handle.write(contentsOf: Data(text.utf8))
    } catch {
      throw FrontlineError.invalidInput("\(path): cannot write: \(error.localizedDescription)")
    }
  }

  /// Flushes to disk and renames the temporary file over ``path``.
  /// - Throws: `FrontlineError.invalidInput` naming the file; the destination is then unchanged.
  public func commit() throws {
    do {
      try handle.synchronize()
      try handle.close()
    } catch {
      throw FrontlineError.invalidInput("\(path): cannot write: \(error.localizedDescription)")
    }
    guard rename(temporaryPath, path) == 0 else {
      let reason = String(cString: strerror(errno))
      try? FileManager.default.removeItem(atPath: temporaryPath)
      committed = true
      throw FrontlineError.invalidInput("\(path): cannot write: \(reason)")
    }
    committed = true
  }
}
