/// What every Frontline module throws: an error that explains itself to a person.
///
/// Each module has one error type (``ProjectionError``, `GazetteerError`, `WriterError`,
/// `GeoPackageError`, `BaselineError`, `FrontlineError`, `ServerError` …) and each conforms
/// here, so a front end catches them all in one place: the `frontline` command prints
/// ``message`` as `frontline: error: <message>` and exits 1. The protocol lives in
/// `Projection` because it is the lowest module every other one depends on.
public protocol FrontlineFailure: Error, CustomStringConvertible {
  /// A lower-case sentence fragment that names the offending input and, where one helps,
  /// what to do about it (e.g. `unknown CRS 'EPSG:999999': crs not found`). Defaults to
  /// `description`.
  var message: String { get }
}

extension FrontlineFailure {
  public var message: String { description }
}
