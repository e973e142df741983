import ArgumentParser
import FrontlineKit
import Gazetteer

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
  } catch let error as GazetteerError {
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
