import ArgumentParser
import Chronology
import Extractor
import Foundation
import FrontlineKit
import Gazetteer
import Layers

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

/// The events a command works on: `--events FILE` when given, else the reports extracted (the
/// embedded sample reports when there are none and `samplesWhenEmpty`), with a progress line on
/// a terminal, a warning for each skipped report, and each report's `url` and `source` carried
/// into its events.
func loadEvents(
  events: String?, reports: [String], published: Day?, index: PlaceIndex, samplesWhenEmpty: Bool,
  language: DocumentLanguage? = nil
) throws -> [Event] {
  if let events { return try readEvents(events) }
  var documents: [Document] = []
  var provenance: [ReportProvenance] = []
  if reports.isEmpty, samplesWhenEmpty {
    documents = SampleReports.documents
  } else {
    let (read, skipped, origins) = try ReportReader.read(reports, published: published)
    for skip in skipped { printWarning(skip.description) }
    documents = read
    provenance = origins
  }
  // `--language`: forced for every report (else detected per report).
  if let language {
    for i in documents.indices { documents[i].language = language }
  }
  let extracting = ProgressLine(label: "extracting")
  let found = ExtractJob.events(of: documents, provenance: provenance, index: index) { extracting.update($0, of: $1) }
  extracting.finish()
  return found
}

extension FrontlineCommand {
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
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
      let options = try layers.jobOptions(outputDirectory: layers.output ?? ".", date: day.day)
      let index = try layers.gazetteer.load()
      try day.writeLayers(try readEvents(events), index: index, options: options)
    }
  }
}
