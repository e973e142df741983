import ArgumentParser
import Extractor
import Foundation
import FrontlineKit

/// Reads `--events FILE` (JSON Lines from `frontline extract`).
func readEvents(_ path: String) throws -> [Event] {
  var isDirectory: ObjCBool = false
  if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
    throw FrontlineError.invalidInput("\(path): is a directory, not an events file (JSON Lines)")
  }
  guard let data = FileManager.default.contents(atPath: path) else {
    throw FrontlineError.invalidInput("\(path): cannot be read")
  }
  return try EventCoding.readJSONLines(data, source: path)
}

extension FrontlineCommand {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write the GIS layers from events already extracted (JSON Lines).",
      discussion: """
        Does what `frontline run` does, starting from the events file that
        `frontline extract` writes instead of reports: district-control,
        mobilization, events and timeline layers for --date (default: the last
        event day) in the output folder. Edit or filter the events in between
        (e.g. with jq) to correct the extractor by hand.

        Examples:
          frontline extract reports/ -o events.jsonl
          frontline export --events events.jsonl -o out/
          frontline export --events events.jsonl -o out/ --format geojsonseq
          frontline export --events events.jsonl -o out/ --crs EPSG:3857
          frontline export --events events.jsonl -o out/control.gpkg
        """)

    @Option(help: ArgumentHelp("Events as JSON Lines, written by `frontline extract`.", valueName: "file"))
    var events: String

    @OptionGroup var day: LayerDayArguments
    @OptionGroup var layers: LayerOutputArguments

    func validate() throws {
      guard FileManager.default.fileExists(atPath: events) else {
        throw ValidationError("--events \(events): no such file")
      }
      guard layers.output != nil else { throw ValidationError("give -o DIR for the layers") }
    }

    func run() throws {
      try runReportingErrors {
        let options = try layers.jobOptions(outputDirectory: layers.output ?? ".", date: day.day)
        let index = try layers.gazetteer.load()
        try day.writeLayers(try readEvents(events), index: index, options: options)
      }
    }
  }
}
