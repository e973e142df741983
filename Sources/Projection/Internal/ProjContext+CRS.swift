internal import CProj
internal import Foundation

extension ProjContext {
  /// Creates the `PJ` for a CRS on this context. The caller owns the result and must
  /// `proj_destroy` it.
  ///
  /// - Throws: ``ProjectionError/unknownCRS(definition:reason:)`` with the logged PROJ text, or
  ///   ``ProjectionError/notACRS(definition:kind:)``.
  func makeCRS(_ crs: CRS) throws(ProjectionError) -> OpaquePointer {
    // A C string ends at the first NUL: PROJ would read only the text before it and might
    // accept that prefix as a different CRS (found by Fuzz/run crs: "0P\0…" became a GRS80 CRS).
    guard !crs.definition.utf8.contains(0) else {
      throw .unknownCRS(definition: crs.definition, reason: "the definition contains a NUL character")
    }
    clearMessages()
    let errnoBefore = proj_context_errno(handle)
    // proj_create: returns NULL and (usually) sets the ctx errno on failure; the useful message
    // ("proj_create: crs not found") arrives only through the log callback.
    guard let pj = proj_create(handle, crs.projInput) else {
      throw .unknownCRS(
        definition: crs.definition, reason: creationFailureReason(errnoBefore: errnoBefore))
    }
    // proj_errno_reset: clears this PJ's errno and its context's, so an errno left by an
    // earlier failed call cannot be mistaken for one of ours later.
    _ = proj_errno_reset(pj)
    // proj_is_crs: 1 for any kind of CRS, 0 otherwise (e.g. a conversion or a pipeline).
    guard proj_is_crs(pj) != 0 else {
      let kind = Self.name(of: proj_get_type(pj))
      proj_destroy(pj)
      throw .notACRS(definition: crs.definition, kind: kind)
    }
    // A bare name is looked up in PROJ's database, which also answers for partial names
    // ("Pulkovo" → "Pulkovo 1995"): accept only the exact name, compared case-insensitively.
    if crs.isBareName {
      // proj_get_name: a string owned by the PJ, or NULL when the object has no name.
      let found = proj_get_name(pj).map { String(cString: $0) } ?? ""
      let given = crs.definition.trimmingCharacters(in: .whitespaces)
      if found.lowercased() != given.lowercased() {
        // proj_get_id_auth_name / proj_get_id_code: strings owned by the PJ, or NULL.
        let identifier: String? =
          if let authority = proj_get_id_auth_name(pj, 0), let code = proj_get_id_code(pj, 0) {
            String(cString: authority) + ":" + String(cString: code)
          } else { nil }
        proj_destroy(pj)
        throw .inexactName(definition: crs.definition, found: found, identifier: identifier)
      }
    }
    return pj
  }

  /// Runs `body` with a freshly created CRS `PJ`, destroying it afterwards.
  func withCRS<R>(
    _ crs: CRS,
    _ body: (OpaquePointer) throws(ProjectionError) -> R
  ) throws(ProjectionError) -> R {
    let pj = try makeCRS(crs)
    // proj_destroy: void; accepts NULL.
    defer { proj_destroy(pj) }
    return try body(pj)
  }

  /// The geodetic core of a CRS: the source CRS of a BoundCRS, the horizontal part of a
  /// CompoundCRS, otherwise the CRS itself. The caller owns the result.
  func horizontalCRS(of pj: OpaquePointer) -> OpaquePointer? {
    switch proj_get_type(pj) {
    case PJ_TYPE_BOUND_CRS:
      // proj_get_source_crs: returns a new PJ (caller destroys) or NULL.
      guard let source = proj_get_source_crs(handle, pj) else { return nil }
      defer { proj_destroy(source) }
      return horizontalCRS(of: source)
    case PJ_TYPE_COMPOUND_CRS:
      // proj_crs_get_sub_crs: returns a new PJ (caller destroys) or NULL; index 0 is horizontal.
      guard let horizontal = proj_crs_get_sub_crs(handle, pj, 0) else { return nil }
      defer { proj_destroy(horizontal) }
      return horizontalCRS(of: horizontal)
    default:
      // proj_clone: returns a new PJ (caller destroys) or NULL on failure.
      return proj_clone(handle, pj)
    }
  }

  /// A readable name for a `PJ_TYPE`, used in ``ProjectionError/notACRS(definition:kind:)``.
  static func name(of type: PJ_TYPE) -> String {
    switch type {
    case PJ_TYPE_ELLIPSOID: return "an ellipsoid"
    case PJ_TYPE_PRIME_MERIDIAN: return "a prime meridian"
    case PJ_TYPE_GEODETIC_REFERENCE_FRAME, PJ_TYPE_DYNAMIC_GEODETIC_REFERENCE_FRAME,
      PJ_TYPE_VERTICAL_REFERENCE_FRAME, PJ_TYPE_DYNAMIC_VERTICAL_REFERENCE_FRAME,
      PJ_TYPE_DATUM_ENSEMBLE, PJ_TYPE_ENGINEERING_DATUM, PJ_TYPE_PARAMETRIC_DATUM:
      return "a datum"
    case PJ_TYPE_CONVERSION: return "a conversion (a projection without a datum)"
    case PJ_TYPE_TRANSFORMATION: return "a transformation"
    case PJ_TYPE_CONCATENATED_OPERATION: return "a concatenated operation"
    case PJ_TYPE_OTHER_COORDINATE_OPERATION: return "a coordinate operation"
    default: return "an object that is not a CRS (PJ_TYPE \(type.rawValue))"
    }
  }
}
