import ArgumentParser
import Chronology
import Extractor
import Foundation
import FrontlineKit
import Gazetteer
import Layers
import Projection

extension PlaceLevel: ExpressibleByArgument {}
extension ListFormat: ExpressibleByArgument {}
extension LayerFormat: ExpressibleByArgument {}

/// `--date`, `--published`, `--from`, `--to`: an existing day, `YYYY-MM-DD`. A bad value is
/// argument-parser's usage error naming the option (`--date <YYYY-MM-DD>`), exit 64.
extension Day: ExpressibleByArgument {
  public init?(argument: String) { self.init(iso: argument) }
}

/// `--every`: `<n>d` or `<n>w` (a bare number means days).
extension SnapshotStep: ExpressibleByArgument {
  public init?(argument: String) { self.init(parsing: argument) }
}

/// `--crs`: taken as given; PROJ checks it when the job starts, so an unknown CRS is
/// reported with PROJ's reason (`frontline: error: unknown CRS …`, exit 1), not as a usage
/// error.
extension CRS: ExpressibleByArgument {
  public init?(argument: String) {
    guard !argument.isEmpty else { return nil }
    self.init(argument)
  }
}

/// Prints `frontline: error: <message>` on standard error (see `FrontlineCommand.main()`).
func printError(_ message: String) {
  var stderr = StandardError()
  print("frontline: error: \(message)", to: &stderr)
}

struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandleOutput.standardError(string)
  }
}

func printWarning(_ message: String) {
  var stderr = StandardError()
  print("frontline: warning: \(message)", to: &stderr)
}

/// A progress line on standard error, shown only when it is a terminal and the job has run for
/// more than a second.
final class ProgressLine: @unchecked Sendable {
  private let label: String
  private let start = Date()
  private let isTerminal = isatty(2) == 1
  private let lock = NSLock()
  private var shown = false
  private var last = Date.distantPast

  init(label: String) { self.label = label }

  /// `@unchecked Sendable`: state is only touched under `lock`.
  /// Shows `done/total`, or just `done` when the total is not known (a stream).
  func update(_ done: Int, of total: Int?) {
    guard isTerminal else { return }
    lock.withLock {
      let now = Date()
      guard now.timeIntervalSince(start) > 1, now.timeIntervalSince(last) > 0.2 || done == total else { return }
      last = now
      shown = true
      FileHandleOutput.standardError("\r\(label): \(done)" + (total.map { "/\($0)" } ?? ""))
    }
  }

  func finish() {
    lock.withLock {
      if shown { FileHandleOutput.standardError("\n") }
    }
  }
}
