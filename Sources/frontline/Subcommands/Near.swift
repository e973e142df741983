import ArgumentParser
import FrontlineKit
import Projection

extension FrontlineCommand {
  struct Near: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the districts nearest to a point.",
      discussion: """
        Distances are geodesic on the WGS 84 ellipsoid (PROJ's geod_inverse), from the point to
        each district's representative point; the bearing is the initial azimuth from the point,
        degrees clockwise from north. Points outside Afghanistan work too. For a negative
        latitude put `--` before the coordinates.

        Examples:
          frontline near 33.60 69.24
          frontline near 34.53 69.17 --radius 25km --json
        """)

    @Argument(help: "Latitude in degrees (WGS 84), -90 … 90.")
    var latitude: Double

    @Argument(help: "Longitude in degrees (WGS 84), -180 … 180.")
    var longitude: Double

    @Option(help: "Only districts within this distance (e.g. 50km, 5000m; a bare number is km).")
    var radius: String?

    @Option(help: "At most this many districts.")
    var limit: Int = 10

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    @OptionGroup var gazetteer: GazetteerOptions

    func validate() throws {
      guard latitude.isFinite, (-90...90).contains(latitude) else {
        throw ValidationError("latitude must be a number from -90 to 90, not \(latitude)")
      }
      guard longitude.isFinite, (-180...180).contains(longitude) else {
        throw ValidationError("longitude must be a number from -180 to 180, not \(longitude)")
      }
      guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
      if let radius, GazetteerQueries.parseDistance(radius) == nil {
        throw ValidationError("--radius '\(radius)' is not a distance such as 50km or 5000m")
      }
    }

    func run() throws {
      try runReportingErrors {
        let index = try gazetteer.load()
        let point = Coordinate(longitude: longitude, latitude: latitude)
        FileHandleOutput.standardOutput(
          GazetteerQueries.near(
            point, radius: radius.flatMap(GazetteerQueries.parseDistance), limit: limit,
            json: json, in: index))
      }
    }
  }
}
