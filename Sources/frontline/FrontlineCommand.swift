import ArgumentParser
import Foundation
import FrontlineKit
import Projection

@main
struct FrontlineCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "frontline",
    abstract: "Turn English, Dari and Pashto news reports on the war in Afghanistan into GIS-ready map data.",
    discussion: """
      Frontline knows all 34 provinces and 399 districts of Afghanistan
      (OCHA/AGCHO 2018 pcodes) under every spelling the press uses, finds
      reported captures, recaptures, contested districts and local mobilisation
      in news text, and writes map layers.

      Examples:
        frontline gazetteer lookup Samkani
        frontline gazetteer lookup Qarabagh --province Ghazni
        frontline near 33.60 69.24
      """,
    version: "0.1.0",
    subcommands: [
      Extract.self, GazetteerCommand.self, Near.self, Locate.self, Run.self, Export.self, Snapshots.self, Serve.self, CheckRecord.self,
    ]
  )

  /// Parses the command line and runs the subcommand; the one place failures are reported.
  ///
  /// A ``FrontlineFailure`` (what every module throws) is printed as `frontline: error: …`
  /// and exits 1; anything else (usage errors exit 64, `--help`, `ExitCode`) is handled by
  /// argument-parser as usual.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var command = command as? any AsyncParsableCommand {
        try await command.run()
      } else {
        try command.run()
      }
    } catch let failure as any FrontlineFailure {
      printError(failure.message)
      exit(withError: ExitCode.failure)
    } catch {
      exit(withError: error)
    }
  }
}
