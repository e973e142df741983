import Foundation

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
