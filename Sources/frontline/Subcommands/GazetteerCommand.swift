import ArgumentParser
import FrontlineKit
import Gazetteer

extension FrontlineCommand {
  struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "gazetteer",
      abstract: "Look up Afghan provinces, districts, regions and towns by any spelling.",
      subcommands: [Lookup.self, List.self]
    )
  }
}

extension FrontlineCommand.GazetteerCommand {
  struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lookup",
      abstract: "List every place a name may refer to.",
      discussion: """
        Matches any spelling the gazetteer knows (Samkani, Tsamkani, Chamkani
        …), pcodes (AF1310) and ISO 3166-2 codes (AF-PIA). A name used in two
        provinces (Qarabagh, Muqur, Jani Khel) lists both; --province keeps
        the one inside it. Exits 1 when nothing matches, suggesting close
        spellings.

        Examples:
          frontline gazetteer lookup Samkani
          frontline gazetteer lookup Qarabagh --province Ghazni --json
        """)

    @Argument(help: "A place name in any spelling, or a pcode.")
    var name: String

    @Option(help: "Keep only places inside this province (name or pcode).")
    var province: String?

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    @OptionGroup var gazetteer: GazetteerOptions

    func run() throws {
      let index = try gazetteer.load()
      FileHandleOutput.standardOutput(
        try GazetteerQueries.lookup(name, province: province, json: json, in: index))
    }
  }

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "list",
      abstract: "List the gazetteer's places.",
      discussion: """
        CSV output starts with the columns
        pcode,name,level,province_pcode,province,lon,lat. Coordinates are WGS
        84 degrees, longitude first.

        Examples:
          frontline gazetteer list --level province
          frontline gazetteer list --province Paktia --format csv
        """)

    @Option(help: "Keep only places inside this province (name or pcode).")
    var province: String?

    @Option(help: "Keep only places of this level (\(PlaceLevel.allCases.map(\.rawValue).joined(separator: "|"))).")
    var level: PlaceLevel?

    @Option(help: "Output format (\(ListFormat.allCases.map(\.rawValue).joined(separator: "|"))).")
    var format: ListFormat = .table

    @OptionGroup var gazetteer: GazetteerOptions

    func run() throws {
      let index = try gazetteer.load()
      FileHandleOutput.standardOutput(
        try GazetteerQueries.list(province: province, level: level, format: format, in: index))
    }
  }
}
