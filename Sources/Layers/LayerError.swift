public import Projection

/// Every failure of the `Layers` module that is not another module's (``GeoJSON/WriterError``,
/// `ProjectionError`, `GeoPackageError`, `BaselineError`): an unusable input, worded for the
/// person at the terminal, naming the input and what to do about it.
public enum LayerError: FrontlineFailure, Hashable {
  /// An input (a boundary file, a CRS, a geometry) is not usable; the message says which and why.
  case invalidInput(String)

  public var description: String {
    switch self {
    case .invalidInput(let message):
      return message
    }
  }
}
