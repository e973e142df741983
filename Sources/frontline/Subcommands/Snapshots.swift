import ArgumentParser
import Chronology
import Extractor
import Foundation
import FrontlineKit
import Layers

extension FrontlineCommand {
  struct Snapshots: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "snapshots",
      abstract: "Write district control for each day of a range: layers, maps, counts.",
      discussion: """
        For each day from --from to --to (every --every), writes
        DIR/YYYY-MM-DD/ with district-control.geojson, mobilization.geojson
        and map.svg (district polygons, or points with --boundaries none,
        coloured by status, a legend with counts, province outlines; drawn in
        UTM 42N, EPSG:32642; a status whose last report is more than
        --stale-after days old, default 30, is faded, and the legend says so).
        DIR/index.json lists the days and the counts per status;
        DIR/summary.csv has one row per day with the counts and, with
        polygons, the geodesic area per status in km².

        With --format gpkg, the layers of all days go into one GeoPackage,
        DIR/snapshots.gpkg: district_control_snapshots and
        mobilization_snapshots, each with a snapshot_date column (QGIS
        temporal controller: "single field with date/time"), plus events,
        timeline and evidence as of the last day.

        Events come from --events (JSON Lines from `frontline extract`) or
        from report files.

        Examples:
          frontline snapshots --events events.jsonl --from 2021-05-01 \\
            --to 2021-08-15 --every 7d -o snaps/
          frontline snapshots reports/ --from 2021-06-20 --to 2021-06-30 \\
            -o snaps/ --boundaries adm2.geojson --provinces adm1.geojson
        """)

    @Argument(help: ArgumentHelp("Report files or directories (instead of --events).", valueName: "report"))
    var reports: [String] = []

    @Option(help: ArgumentHelp("Events as JSON Lines, written by `frontline extract`.", valueName: "file"))
    var events: String?

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for reports without one.", valueName: "YYYY-MM-DD"))
    var published: Day?

    @OptionGroup var snapshotRange: SnapshotArguments
    @OptionGroup var layers: LayerOutputArguments

    func validate() throws {
      try validateEventsOrReports(events: events, reports: reports, missing: "give --events FILE or report files")
      guard let output = layers.output else { throw ValidationError("give -o DIR for the snapshots") }
      if layers.outputNamesGeoPackage {
        throw ValidationError(
          "-o \(output): snapshots write a folder (YYYY-MM-DD/map.svg, index.json, summary.csv and, with --format gpkg, snapshots.gpkg); give -o DIR")
      }
    }

    func run() throws {
      var options = try layers.jobOptions(outputDirectory: layers.output ?? ".", date: nil)
      options.staleAfter = snapshotRange.staleAfterDays
      let index = try layers.gazetteer.load()
      let records = try loadEvents(
        events: events, reports: reports, published: published, index: index, samplesWhenEmpty: false)
      let progress = ProgressLine(label: "snapshots")
      let summary = try SnapshotJob.run(
        events: records, index: index, options: options, range: snapshotRange.range, warn: printWarning,
        progress: { progress.update($0, of: $1) })
      progress.finish()
      FileHandleOutput.standardOutput(summary.text)
    }
  }
}
