import ArgumentParser
import FrontlineKit
import Projection

extension FrontlineCommand {
  struct Locate: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "locate",
      abstract: "Name the district that holds a point.",
      discussion: """
        Point in polygon over the embedded OCHA/AGCHO 2018 district polygons
        (the ones `run` draws by default): the district whose polygon holds
        the point, or, for a point in no district (outside Afghanistan), the
        district with the nearest representative point and its geodesic
        distance, with a warning when the point lies far from the country
        (swapped latitude and longitude?). `frontline near` ranks districts by
        their representative points instead, so near a border it may name a
        neighbour first. Negative numbers are values: `frontline locate 31.0
        -62.2`.

        Examples:
          frontline locate 31.0 62.2
          frontline locate 34.53 69.17 --json
        """)

    @Argument(parsing: .allUnrecognized, help: latitudeLongitudeHelp)
    var coordinates: [String] = []

    @Flag(help: "Print a JSON object instead of a table.")
    var json = false

    @OptionGroup var gazetteer: GazetteerOptions

    func validate() throws { _ = try parseLatitudeLongitude(coordinates) }

    func run() throws {
      let index = try gazetteer.load()
      let coordinate = try parseLatitudeLongitude(coordinates)
      if let warning = GazetteerQueries.farOutsideWarning(coordinate, in: index, command: "locate") { printWarning(warning) }
      FileHandleOutput.standardOutput(GazetteerQueries.locate(coordinate, json: json, in: index))
    }
  }
}
