import ArgumentParser
import Chronology
import Extractor
import Foundation
import FrontlineKit
import Gazetteer
import Layers
import Projection

extension FrontlineCommand {
  struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "run",
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
        is given. Geometry is the district polygon: the OCHA/AGCHO 2018 ones
        embedded in the binary (CC BY-IGO), those of --boundaries FILE, or
        with --boundaries none the gazetteer's representative point.

        With no report arguments, runs on the sample reports bundled in the
        binary and writes to geojson/ (the layers committed in the
        repository).

        Examples:
          frontline run
          frontline run reports/ -o out/ --boundaries adm2.geojson
          frontline run reports/ -o out/ --boundaries none   (points)
          frontline run reports/ -o out/ --crs EPSG:32642 --date 2021-07-01
          frontline run reports/ -o out/ --format gpkg   (out/frontline.gpkg)
          frontline run reports/ -o out/control.gpkg     (that GeoPackage)
          frontline run reports/ -o out/ --snapshots --from 2021-06-01 \\
            --to 2021-08-31 --every 7d
        """)

    @Argument(help: ArgumentHelp(
      "Report files, directories of .txt reports, or - for JSON Lines on stdin (none: the bundled samples).",
      valueName: "report"))
    var reports: [String] = []

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for reports without one.", valueName: "YYYY-MM-DD"))
    var published: Day?

    @Option(help: "Report language: auto (from the script and common words), en, fa (Dari) or ps (Pashto).")
    var language: LanguageOption = .auto

    @OptionGroup var day: LayerDayArguments
    @OptionGroup var layers: LayerOutputArguments

    func validate() throws {
      if !reports.isEmpty, layers.output == nil {
        throw ValidationError("give -o DIR for the layers of your reports (geojson/ is kept for the bundled samples)")
      }
    }

    func run() throws {
      let options = try layers.jobOptions(outputDirectory: layers.output ?? "geojson", date: day.day)
      let index = try layers.gazetteer.load()
      let events = try loadEvents(
        events: nil, reports: reports, published: published, index: index, samplesWhenEmpty: true,
        language: language.language)
      try day.writeLayers(events, index: index, options: options)
    }
  }
}
