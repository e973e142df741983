/// A failure reported by PROJ while parsing a CRS, building a transformation or transforming
/// coordinates.
///
/// Every case carries the offending input and PROJ's own message (captured through the
/// context's `proj_log_func` callback, because `proj_context_errno` alone is often stale or
/// generic — "Unknown error (code 4096)"). ``description`` is a lower-case fragment; the CLI
/// adds its own `Error:` prefix.
///
/// ## Example
/// ```swift
/// do {
///   _ = try Transformer(from: .wgs84, to: CRS("EPSG:999999"))
/// } catch {
///   print(error)  // unknown CRS 'EPSG:999999': crs not found
/// }
/// ```
public enum ProjectionError: FrontlineFailure, Hashable, Sendable {
  /// `proj_context_create` returned `NULL` (out of memory).
  case contextUnavailable

  /// PROJ could not make an object out of the definition (`proj_create` returned `NULL`).
  ///
  /// - definition: the string exactly as the user gave it;
  /// - reason: PROJ's message without its `proj_create: ` prefix, e.g. `crs not found` or
  ///   `Error 1027 (Invalid value for an argument): Unknown projection`.
  case unknownCRS(definition: String, reason: String)

  /// PROJ parsed the definition, but it describes something other than a CRS (for example a
  /// coordinate operation such as `+proj=pipeline …`). `kind` names what PROJ found.
  case notACRS(definition: String, kind: String)

  /// The definition is a bare name (not an authority code, PROJ string, WKT or PROJJSON) and
  /// PROJ's database search found a CRS with a *different* name (`Pulkovo` → `Pulkovo 1995`).
  /// Frontline never writes a guessed CRS: give the code or the exact name.
  /// - found: the name PROJ found; identifier: its `AUTHORITY:CODE`, when it has one.
  case inexactName(definition: String, found: String, identifier: String?)

  /// Both CRSs are valid, but `proj_create_crs_to_crs_from_pj` or
  /// `proj_normalize_for_visualization` found no usable operation between them.
  case cannotCreateTransformation(source: String, target: String, reason: String)

  /// Some points produced non-finite output (PROJ signals failure with `HUGE_VAL`).
  ///
  /// - indices: zero-based positions of the failing points in the input order (for ring and
  ///   polygon batches: in the flattened order, ring by ring), ascending;
  /// - reason: PROJ's text, e.g. `Invalid coordinate: utm: Invalid latitude`.
  case pointsOutsideDomain(indices: [Int], reason: String)

  /// `proj_as_wkt` returned `NULL`: the CRS cannot be written in the requested WKT flavour.
  case wktUnavailable(definition: String, format: WKTFormat, reason: String)

  /// A human-readable, lower-case message that names the input and quotes PROJ.
  public var description: String {
    switch self {
    case .contextUnavailable:
      return "cannot create a PROJ context (out of memory?)"
    case .unknownCRS(let definition, let reason):
      return "unknown CRS '\(definition)': \(reason)"
    case .notACRS(let definition, let kind):
      return "'\(definition)' is not a CRS: PROJ parsed it as \(kind) (try e.g. EPSG:32642)"
    case .inexactName(let definition, let found, let identifier):
      let code = identifier.map { " (\($0))" } ?? ""
      return "'\(definition)' is not the name of a CRS; the nearest PROJ finds is '\(found)'\(code): "
        + "give \(identifier ?? "its exact name") if that is the one meant, or an authority code such as EPSG:32642"
    case .cannotCreateTransformation(let source, let target, let reason):
      return "cannot create transformation \(source) → \(target): \(reason)"
    case .pointsOutsideDomain(let indices, let reason):
      let shown = indices.prefix(10).map(String.init).joined(separator: ", ")
      let more = indices.count > 10 ? ", … (\(indices.count) in total)" : ""
      let subject = indices.count == 1 ? "point" : "points"
      let position = indices.count == 1 ? "index" : "indices"
      return "\(subject) outside the domain of the transformation at \(position) \(shown)\(more): "
        + reason
    case .wktUnavailable(let definition, let format, let reason):
      return "cannot write '\(definition)' as \(format): \(reason)"
    }
  }
}
