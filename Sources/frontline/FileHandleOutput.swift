import Foundation

/// Writes to the process's standard streams without buffering surprises.
enum FileHandleOutput {
  static func standardError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }

  static func standardOutput(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  static func standardOutput(_ bytes: [UInt8]) {
    FileHandle.standardOutput.write(Data(bytes))
  }
}
