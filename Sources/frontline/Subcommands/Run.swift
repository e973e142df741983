import ArgumentParser
import Extractor
import Foundation
import FrontlineKit
import Gazetteer
import Projection

extension LayerFormat: ExpressibleByArgument {}

/// The files layers are built from besides the events: `--boundaries`, `--provinces`,
/// `--baseline`; shared by `run`, `export`, `snapshots` and `serve`.
struct LayerInputArguments: ParsableArguments {
  @Option(help: ArgumentHelp(
    "ADM2 GeoJSON (e.g. OCHA afg_adm2_…geojson or geoBoundaries ADM2): district polygons instead of points.",
    valueName: "file"))
  var boundaries: String?

  @Option(help: ArgumentHelp(
    "ADM1 GeoJSON: province polygons for the mobilization layer and map outlines.", valueName: "file"))
  var provinces: String?

  @Option(help: ArgumentHelp(
    "CSV 'pcode,status[,date]' (header required) seeding each district's status before the news.",
    valueName: "file"))
  var baseline: String?

  func validate() throws {
    for (flag, path) in [("--boundaries", boundaries), ("--provinces", provinces), ("--baseline", baseline)] {
      if let path, !FileManager.default.fileExists(atPath: path) {
        throw ValidationError("\(flag) \(path): no such file")
      }
    }
  }
}

/// Output options shared by `run`, `export` and `snapshots`.
struct LayerOutputArguments: ParsableArguments {
  @Option(
    name: [.short, .customLong("output")],
    help: ArgumentHelp("Folder for the layers (created when missing).", valueName: "dir"))
  var output: String?

  @OptionGroup var inputs: LayerInputArguments

  @Option(help: ArgumentHelp(
    "Write coordinates in this CRS (e.g. EPSG:32642, EPSG:3857) instead of RFC 7946 WGS 84 lon/lat.",
    valueName: "crs"))
  var crs: String?

  @Option(help: "Layer file format (geojson|geojsonseq|gpkg: one GeoPackage, DIR/frontline.gpkg).")
  var format: LayerFormat = .geojson

  @Option(help: ArgumentHelp("Decimals kept in coordinates (default 6 for degrees, 2 for metres).", valueName: "n"))
  var precision: Int?

  @OptionGroup var gazetteer: GazetteerOptions

  func validate() throws {
    if let precision, !(0...15).contains(precision) {
      throw ValidationError("--precision must be 0…15 decimals (6 suits degrees, 2 metres)")
    }
  }

  /// The job options; parses `--crs` with PROJ first (an unknown CRS exits 1 before anything
  /// is written).
  func jobOptions(outputDirectory: String, date: Day?) throws -> LayerJobOptions {
    let parsed = try crs.map { try CRS.parse($0) }
    return LayerJobOptions(
      outputDirectory: outputDirectory, boundaries: inputs.boundaries, provinces: inputs.provinces,
      baseline: inputs.baseline,
      output: LayerOutputOptions(format: format, crs: parsed, precision: precision), date: date)
  }
}

/// `--from`, `--to`, `--every`, shared by `run --snapshots` and `snapshots`.
struct SnapshotArguments: ParsableArguments {
  @Option(help: ArgumentHelp("First snapshot day, YYYY-MM-DD (default: the first event day).", valueName: "date"))
  var from: String?

  @Option(help: ArgumentHelp("Last snapshot day, YYYY-MM-DD (default: the last event day).", valueName: "date"))
  var to: String?

  @Option(help: ArgumentHelp("Days between snapshots: 1d, 7d, 2w …", valueName: "step"))
  var every: String = "1d"

  func validate() throws {
    for (flag, value) in [("--from", from), ("--to", to)] {
      if let value, Day(iso: value) == nil {
        throw ValidationError("\(flag) '\(value)' is not a date of the form YYYY-MM-DD")
      }
    }
    if let from = from.flatMap({ Day(iso: $0) }), let to = to.flatMap({ Day(iso: $0) }), from > to {
      throw ValidationError("--from \(from) is after --to \(to)")
    }
    guard SnapshotStep(parsing: every) != nil else {
      throw ValidationError("--every '\(every)' is not a step such as 1d, 7d or 2w")
    }
  }

  var range: SnapshotRange {
    SnapshotRange(
      from: from.flatMap { Day(iso: $0) }, to: to.flatMap { Day(iso: $0) },
      step: SnapshotStep(parsing: every) ?? SnapshotStep(days: 1))
  }
}

/// Checks a `--date` value.
func validateDate(_ value: String?, flag: String = "--date") throws {
  if let value, Day(iso: value) == nil {
    throw ValidationError("\(flag) '\(value)' is not a date of the form YYYY-MM-DD")
  }
}

/// `--date`, `--snapshots` and the snapshot range, shared by `run` and `export`.
struct LayerDayArguments: ParsableArguments {
  @Option(help: ArgumentHelp("Describe this day (YYYY-MM-DD); default: the last event day.", valueName: "date"))
  var date: String?

  @Flag(help: "Also write snapshots per day into <output>/snapshots/ (see `frontline snapshots`).")
  var snapshots = false

  @OptionGroup var snapshotRange: SnapshotArguments

  func validate() throws { try validateDate(date) }

  var day: Day? { date.flatMap { Day(iso: $0) } }

  /// Folds `events` and writes the layers (and snapshots when asked), printing the summary.
  func writeLayers(_ events: [Event], index: PlaceIndex, options: LayerJobOptions) throws {
    let progress = ProgressLine(label: "snapshots")
    let summary = try RunJob.run(
      events: events, index: index, options: options, snapshots: snapshots ? snapshotRange.range : nil,
      warn: printWarning, progress: { progress.update($0, of: $1) })
    progress.finish()
    FileHandleOutput.standardOutput(summary.text)
  }
}

extension FrontlineCommand {
  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Extract events from reports and write GIS layers of district control.",
      discussion: """
        The main job: extract events from the reports, fold them into each
        district's control status over time, and write four layers for the day
        given by --date (default: the last event day) into the output folder:

          district-control  one feature per district (399): status, since,
                            sources, evidence
          mobilization      one feature per province with reports of people
                            taking up arms
          events            one point per event, every event field a property
          timeline          one feature per (district, status interval) with
                            valid_from and valid_to, for QGIS's time slider

        Status is taliban, contested, government or unknown (no report yet).
        Layers are RFC 7946 GeoJSON (WGS 84 lon/lat, 6 decimals) unless --crs
        is given. Geometry is the district polygon with --boundaries, else the
        gazetteer's representative point.

        With no report arguments, runs on the sample reports bundled in the
        binary and writes to geojson/ (the layers committed in the repository).

        Examples:
          frontline run
          frontline run reports/ -o out/ --boundaries adm2.geojson
          frontline run reports/ -o out/ --crs EPSG:32642 --date 2021-07-01
          frontline run reports/ -o out/ --format gpkg   (out/frontline.gpkg)
          frontline run reports/ -o out/ --snapshots --from 2021-06-01 \\
            --to 2021-08-31 --every 7d
        """)

    @Argument(help: ArgumentHelp(
      "Report files, directories of .txt reports, or - for JSON Lines on stdin (none: the bundled samples).",
      valueName: "report"))
    var reports: [String] = []

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for reports without one.", valueName: "date"))
    var published: String?

    @Option(help: "Report language: auto (from the script and common words), en, fa (Dari) or ps (Pashto).")
    var language: LanguageOption = .auto

    @OptionGroup var day: LayerDayArguments
    @OptionGroup var layers: LayerOutputArguments

    func validate() throws {
      try validateDate(published, flag: "--published")
      if !reports.isEmpty, layers.output == nil {
        throw ValidationError("give -o DIR for the layers of your reports (geojson/ is kept for the bundled samples)")
      }
    }

    func run() throws {
      try runReportingErrors {
        let options = try layers.jobOptions(outputDirectory: layers.output ?? "geojson", date: day.day)
        let index = try layers.gazetteer.load()
        var documents: [Document]
        if reports.isEmpty {
          documents = SampleReports.documents
        } else {
          let (read, skipped) = try ReportReader.read(reports, published: published.flatMap { Day(iso: $0) })
          for skip in skipped { printWarning(skip.description) }
          documents = read
        }
        if let language = language.language {
          for i in documents.indices { documents[i].language = language }
        }
        let extracting = ProgressLine(label: "extracting")
        let events = ExtractJob.events(of: documents, index: index) { extracting.update($0, of: $1) }
        extracting.finish()
        try day.writeLayers(events, index: index, options: options)
      }
    }
  }
}
