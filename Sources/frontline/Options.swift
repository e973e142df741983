import ArgumentParser
import Foundation
import FrontlineKit
import Gazetteer
import GeoJSON
import GeoPackage
import Layers
import Projection
import Timeline

/// `--gazetteer DIR`, shared by every command that reads place names.
struct GazetteerOptions: ParsableArguments {
  @Option(
    name: .customLong("gazetteer"),
    help: ArgumentHelp(
      "A gazetteer directory (provinces.csv, districts.csv, …) to use instead of the embedded one.",
      valueName: "dir"))
  var directory: String?

  func load() throws -> PlaceIndex {
    try GazetteerQueries.loadIndex(directory: directory)
  }
}

extension PlaceLevel: ExpressibleByArgument {}
extension ListFormat: ExpressibleByArgument {}

/// Prints a job's failure as `frontline: error: …` and exits 1 (usage errors keep 64).
func runReportingErrors(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let error as FrontlineError {
    printError(error.description)
    throw ExitCode.failure
  } catch let error as LayerError {
    printError(error.description)
    throw ExitCode.failure
  } catch let error as GazetteerError {
    printError(error.description)
    throw ExitCode.failure
  } catch let error as BaselineError {
    printError(error.description)
    throw ExitCode.failure
  } catch let error as WriterError {
    printError(error.description)
    throw ExitCode.failure
  } catch let error as ProjectionError {
    printError(error.description)
    throw ExitCode.failure
  } catch let error as GeoPackageError {
    printError(error.description)
    throw ExitCode.failure
  }
}

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
