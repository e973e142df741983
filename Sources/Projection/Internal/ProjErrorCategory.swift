internal import CProj

/// The family of a PROJ error code, from the ranges in `proj.h`:
/// `PROJ_ERR_INVALID_OP` (1024…), `PROJ_ERR_COORD_TRANSFM` (2048…), `PROJ_ERR_OTHER` (4096…).
///
/// See [PROJ error codes](https://proj.org/en/9.1/development/errorhandling.html).
enum ProjErrorCategory: Equatable {
  case none
  /// 1024–2047: the operation could not be set up (bad syntax, missing grid, …).
  case operationSetup
  /// 2048–4095: a coordinate could not be transformed (e.g. latitude beyond ±90°).
  case coordinateTransformation
  /// 4096 and above: anything else, including API misuse and "crs not found".
  case other

  init(code: Int32) {
    switch code {
    case 0: self = .none
    case Int32(PROJ_ERR_INVALID_OP)..<Int32(PROJ_ERR_COORD_TRANSFM): self = .operationSetup
    case Int32(PROJ_ERR_COORD_TRANSFM)..<Int32(PROJ_ERR_OTHER): self = .coordinateTransformation
    default: self = .other
    }
  }
}

extension ProjErrorCategory: CustomStringConvertible {
  var description: String {
    switch self {
    case .none: return "no error"
    case .operationSetup: return "operation set-up error"
    case .coordinateTransformation: return "coordinate transformation error"
    case .other: return "other error"
    }
  }
}
