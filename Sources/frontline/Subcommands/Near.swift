import ArgumentParser
import FrontlineKit
import Projection

/// The help of the latitude and longitude arguments of `near` and `locate`.
let latitudeLongitudeHelp = ArgumentHelp(
  "Latitude (-90 … 90) then longitude (-180 … 180), in degrees (WGS 84); negative numbers are values.",
  valueName: "latitude> <longitude")

/// Checks and reads a latitude then a longitude given as arguments (a `--` among them is
/// ignored; negative numbers are values), for `near` and `locate`.
func parseLatitudeLongitude(_ arguments: [String]) throws -> Coordinate {
  let coordinates = arguments.filter { $0 != "--" }
  if let unknown = coordinates.first(where: { $0.hasPrefix("-") && Double($0) == nil }) {
    throw ValidationError("Unknown option '\(unknown)'")
  }
  guard coordinates.count >= 2 else {
    throw ValidationError(coordinates.isEmpty ? "Missing expected argument '<latitude>'" : "Missing expected argument '<longitude>'")
  }
  guard coordinates.count == 2 else {
    throw ValidationError("Unexpected argument '\(coordinates[2])': give the latitude, then the longitude")
  }
  guard let latitude = Double(coordinates[0]) else {
    throw ValidationError("latitude must be a number from -90 to 90, not '\(coordinates[0])'")
  }
  guard let longitude = Double(coordinates[1]) else {
    throw ValidationError("longitude must be a number from -180 to 180, not '\(coordinates[1])'")
  }
  guard latitude.isFinite, (-90...90).contains(latitude) else {
    throw ValidationError("latitude must be a number from -90 to 90, not \(latitude)")
  }
  guard longitude.isFinite, (-180...180).contains(longitude) else {
    throw ValidationError("longitude must be a number from -180 to 180, not \(longitude)")
  }
  return Coordinate(longitude: longitude, latitude: latitude)
}

extension FrontlineCommand {
  struct Near: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "near",
      abstract: "List the districts nearest to a point.",
      discussion: """
        Distances are geodesic on the WGS 84 ellipsoid (PROJ's geod_inverse),
        from the point to each district's representative point; the bearing is
        the initial azimuth from the point, degrees clockwise from north.
        Points outside Afghanistan work too, with a warning when the point
        lies far from it (swapped latitude and longitude?). Negative numbers
        are values: `frontline near 33.6 -62.2`.

        Examples:
          frontline near 33.60 69.24
          frontline near 34.53 69.17 --radius 25km --json
        """)

    /// Latitude then longitude. Captured with `.allUnrecognized` so that a negative number
    /// (`near 33.6 -62.2`) is a value, not an unknown option; ``validate()`` parses them.
    @Argument(parsing: .allUnrecognized, help: latitudeLongitudeHelp)
    var coordinates: [String] = []

    /// The coordinates given, without a `--` terminator (still accepted, as older versions
    /// asked for one before a negative latitude).
    var values: [String] { coordinates.filter { $0 != "--" } }
    /// The latitude given (valid after ``validate()``).
    var latitude: Double { values.first.flatMap(Double.init) ?? .nan }
    /// The longitude given (valid after ``validate()``).
    var longitude: Double { values.dropFirst().first.flatMap(Double.init) ?? .nan }

    @Option(help: "Only districts within this distance (e.g. 50km, 5000m; a bare number is km).")
    var radius: String?

    @Option(help: "At most this many districts.")
    var limit: Int = 10

    @Flag(help: "Print a JSON array instead of a table.")
    var json = false

    @OptionGroup var gazetteer: GazetteerOptions

    func validate() throws {
      _ = try parseLatitudeLongitude(coordinates)
      guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
      if let radius, GazetteerQueries.parseDistance(radius) == nil {
        throw ValidationError("--radius '\(radius)' is not a distance such as 50km or 5000m")
      }
    }

    func run() throws {
      let index = try gazetteer.load()
      let point = Coordinate(longitude: longitude, latitude: latitude)
      if let warning = GazetteerQueries.farOutsideWarning(point, in: index) { printWarning(warning) }
      FileHandleOutput.standardOutput(
        GazetteerQueries.near(
          point, radius: radius.flatMap(GazetteerQueries.parseDistance), limit: limit,
          json: json, in: index))
    }
  }
}
