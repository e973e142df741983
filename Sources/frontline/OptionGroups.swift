import ArgumentParser
import Chronology
import Extractor
import Foundation
import FrontlineKit
import Gazetteer
import Layers
import Projection

// The option groups the subcommands share (`@OptionGroup`), and the checks they run.

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

/// The files layers are built from besides the events: `--boundaries`, `--provinces`,
/// `--baseline`; shared by `run`, `export`, `snapshots` and `serve`.
struct LayerInputArguments: ParsableArguments {
  @Option(help: ArgumentHelp(
    "District polygons: an ADM2 GeoJSON (e.g. OCHA afg_adm2_…geojson or geoBoundaries ADM2; another CRS in a legacy crs member is transformed) or GeoPackage instead of the embedded OCHA/AGCHO 2018 ones, or 'none' for points.",
    valueName: "file|none"))
  var boundaries: String?

  @Option(help: ArgumentHelp(
    "Province polygons for the mobilization layer and map outlines: an ADM1 GeoJSON instead of the embedded ones (the union of their districts), or 'none' for points.",
    valueName: "file|none"))
  var provinces: String?

  @Option(help: ArgumentHelp(
    "CSV 'pcode,status[,date]' (header required) seeding each district's status before the news.",
    valueName: "file"))
  var baseline: String?

  func validate() throws {
    for (flag, path) in [("--boundaries", boundaries), ("--provinces", provinces), ("--baseline", baseline)] {
      if let path, flag == "--baseline" || path != "none", !FileManager.default.fileExists(atPath: path) {
        throw ValidationError("\(flag) \(path): no such file")
      }
    }
  }

  /// `--boundaries`: absent = the embedded polygons, `none` = points (a file named `none` is
  /// `./none`).
  var districtSource: BoundarySource { Self.source(boundaries) }

  /// `--provinces`, likewise.
  var provinceSource: BoundarySource { Self.source(provinces) }

  private static func source(_ value: String?) -> BoundarySource {
    switch value {
    case nil: .embedded
    case "none": .none
    case let path?: .file(path)
    }
  }
}

extension CRS {
  /// Whether PROJ identifies the CRS as WGS 84 geographic (EPSG:4326, OGC:CRS84): what
  /// RFC 7946/8142 GeoJSON means without a CRS.
  var isWGS84LongitudeLatitude: Bool {
    guard let identifier else { return false }
    return (identifier.authority, identifier.code) == ("EPSG", "4326") || (identifier.authority, identifier.code) == ("OGC", "CRS84")
  }
}

/// Output options shared by `run`, `export` and `snapshots`.
struct LayerOutputArguments: ParsableArguments {
  @Option(
    name: [.short, .customLong("output")],
    help: ArgumentHelp(
      "Folder for the layers (created when missing); for run and export a path ending in .gpkg is the GeoPackage file.",
      valueName: "dir"))
  var output: String?

  @OptionGroup var inputs: LayerInputArguments

  @Option(help: ArgumentHelp(
    "Write coordinates in this CRS (e.g. EPSG:32642, EPSG:3857) instead of RFC 7946 WGS 84 lon/lat.",
    valueName: "crs"))
  var crs: CRS?

  @Option(help: ArgumentHelp(
    "Layer file format: geojson (default), geojsonseq (GeoJSON text sequences, WGS 84 only) or gpkg"
      + " (one GeoPackage; the file is named in the description above).",
    valueName: "format"))
  var format: LayerFormat?

  /// Whether `-o` names a GeoPackage file (`-o out/control.gpkg`) rather than a folder.
  var outputNamesGeoPackage: Bool { output?.lowercased().hasSuffix(".gpkg") == true }

  /// `--format`, else gpkg when `-o` names a `.gpkg` file, else geojson.
  var resolvedFormat: LayerFormat { format ?? (outputNamesGeoPackage ? .gpkg : .geojson) }

  @Option(help: ArgumentHelp("Decimals kept in coordinates (default 6 for degrees, 2 for metres).", valueName: "n"))
  var precision: Int?

  @OptionGroup var gazetteer: GazetteerOptions

  func validate() throws {
    if let precision, !(0...15).contains(precision) {
      throw ValidationError("--precision must be 0…15 decimals (6 suits degrees, 2 metres)")
    }
    // GeoJSON text sequences (RFC 8142) have no place for a CRS, so GDAL and QGIS read any
    // coordinates in them as WGS 84: metres there would land in the wrong place silently. A
    // CRS PROJ cannot parse is left to jobOptions, which names PROJ's reason.
    if outputNamesGeoPackage, let output {
      if let format, format != .gpkg {
        throw ValidationError(
          "-o \(output) names a GeoPackage file but --format is \(format.rawValue): give a folder for \(format.rawValue) layers, or --format gpkg")
      }
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory), isDirectory.boolValue {
        throw ValidationError("-o \(output) is a directory; a .gpkg path names the GeoPackage file: remove the directory or choose another name")
      }
    }
    let format = resolvedFormat
    if format == .geojsonseq, let crs, (try? crs.validate()) != nil, !crs.isWGS84LongitudeLatitude {
      throw ValidationError(
        "--format geojsonseq cannot carry --crs \(crs): GeoJSON text sequences have no CRS member, so GDAL and QGIS "
          + "would read the coordinates as WGS 84; use --format gpkg (stores the CRS) or --format geojson (legacy crs member)")
    }
  }

  /// The job options; parses `--crs` with PROJ first (an unknown CRS exits 1 before anything
  /// is written).
  func jobOptions(outputDirectory: String, date: Day?) throws -> LayerJobOptions {
    let format = resolvedFormat
    var parsed = try crs.map { try CRS.parse($0.definition) }
    // WGS 84 in a GeoJSON text sequence is plain RFC 8142 output: no legacy CRS, no warning.
    if format == .geojsonseq, parsed?.isWGS84LongitudeLatitude == true { parsed = nil }
    // `-o out/control.gpkg`: the file itself, in its folder (created when missing).
    var directory = outputDirectory
    var geoPackagePath: String?
    if format == .gpkg, outputDirectory.lowercased().hasSuffix(".gpkg") {
      geoPackagePath = outputDirectory
      let parent = (outputDirectory as NSString).deletingLastPathComponent
      directory = parent.isEmpty ? "." : parent
    }
    return LayerJobOptions(
      outputDirectory: directory, boundaries: inputs.districtSource, provinces: inputs.provinceSource,
      baseline: inputs.baseline,
      output: LayerOutputOptions(format: format, crs: parsed, precision: precision), date: date,
      geoPackagePath: geoPackagePath)
  }
}

/// `--from`, `--to`, `--every`, shared by `run --snapshots` and `snapshots`.
struct SnapshotArguments: ParsableArguments {
  @Option(help: ArgumentHelp("First snapshot day, YYYY-MM-DD (default: the first event day).", valueName: "YYYY-MM-DD"))
  var from: Day?

  @Option(help: ArgumentHelp("Last snapshot day, YYYY-MM-DD (default: the last event day).", valueName: "YYYY-MM-DD"))
  var to: Day?

  @Option(help: ArgumentHelp(
    "Days between snapshots: 1d (default), 7d, 2w …; the --to day is always included.", valueName: "Nd|Nw"))
  var every: SnapshotStep?

  @Option(help: ArgumentHelp(
    "Fade on the maps a status whose last report is more than this many days old (default 30).",
    valueName: "days"))
  var staleAfter: Int?

  /// Whether any of `--from`, `--to`, `--every` was given.
  var isGiven: Bool { from != nil || to != nil || every != nil }

  /// `--stale-after`, or its default.
  var staleAfterDays: Int { staleAfter ?? LayerJobOptions.defaultStaleAfter }

  func validate() throws {
    if let from, let to, from > to {
      throw ValidationError("--from \(from) is after --to \(to)")
    }
    try validateStaleAfter(staleAfter)
  }

  var range: SnapshotRange {
    SnapshotRange(from: from, to: to, step: every ?? SnapshotStep(days: 1))
  }
}

/// Checks a `--stale-after` value: 0…3660 days.
func validateStaleAfter(_ days: Int?) throws {
  if let days, !(0...3660).contains(days) {
    throw ValidationError("--stale-after must be 0…3660 days (default 30)")
  }
}

/// Checks that a command reading events got either `--events FILE` (which exists) or report
/// inputs, not both and not neither.
func validateEventsOrReports(events: String?, reports: [String], missing: String) throws {
  switch (events, reports.isEmpty) {
  case (nil, true): throw ValidationError(missing)
  case (_?, false): throw ValidationError("give either --events or report files, not both")
  case (let path?, true):
    guard FileManager.default.fileExists(atPath: path) else { throw ValidationError("--events \(path): no such file") }
  case (nil, false): break
  }
}

/// `--date`, `--snapshots` and the snapshot range, shared by `run` and `export`.
struct LayerDayArguments: ParsableArguments {
  @Option(help: ArgumentHelp("Describe this day (YYYY-MM-DD); default: the last event day.", valueName: "YYYY-MM-DD"))
  var date: Day?

  @Flag(help: "Also write snapshots per day into <output>/snapshots/ (see `frontline snapshots`).")
  var snapshots = false

  @OptionGroup var snapshotRange: SnapshotArguments

  func validate() throws {
    // Without --snapshots they would be ignored silently (and --from looks like a filter).
    if !snapshots, snapshotRange.isGiven {
      let given = [("--from", snapshotRange.from != nil), ("--to", snapshotRange.to != nil), ("--every", snapshotRange.every != nil)]
        .compactMap { $0.1 ? $0.0 : nil }.joined(separator: ", ")
      throw ValidationError("\(given) choose the snapshot days and need --snapshots (the layers describe --date)")
    }
    if !snapshots, snapshotRange.staleAfter != nil {
      throw ValidationError(
        "--stale-after fades the snapshot maps and needs --snapshots (the layers carry last_reported and age_days)")
    }
  }

  var day: Day? { date }

  /// Folds `events` and writes the layers (and snapshots when asked), printing the summary.
  func writeLayers(_ events: [Event], index: PlaceIndex, options: LayerJobOptions) throws {
    var options = options
    options.staleAfter = snapshotRange.staleAfterDays
    let progress = ProgressLine(label: "snapshots")
    let summary = try RunJob.run(
      events: events, index: index, options: options, snapshots: snapshots ? snapshotRange.range : nil,
      warn: printWarning, progress: { progress.update($0, of: $1) })
    progress.finish()
    FileHandleOutput.standardOutput(summary.text)
  }
}
