import ArgumentParser
import FrontlineKit

@main
struct FrontlineCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "frontline",
    abstract: "Turn English news reports on the war in Afghanistan into GIS-ready map data.",
    discussion: """
      Frontline knows all 34 provinces and 399 districts of Afghanistan (OCHA/AGCHO 2018 pcodes)
      under every spelling the press uses, finds reported captures, recaptures, contested
      districts and local mobilisation in news text, and writes map layers.

      Examples:
        frontline gazetteer lookup Samkani
        frontline gazetteer lookup Qarabagh --province Ghazni
        frontline near 33.60 69.24
      """,
    version: "0.1.0",
    subcommands: [
      Extract.self, Gazetteer.self, Near.self, Locate.self, Run.self, Export.self, Snapshots.self, Serve.self, CheckRecord.self,
    ]
  )
}
