internal import CProj

extension CRS {
  /// Whether the CRS is geographic (longitude/latitude in degrees), like EPSG:4326.
  ///
  /// A BoundCRS (`+towgs84=…`) answers for its source CRS and a CompoundCRS for its horizontal
  /// part. A definition PROJ cannot parse answers `false`; call ``validate()`` to learn why.
  /// Each call asks PROJ through a short-lived context.
  public var isGeographic: Bool {
    (try? withPJ { context, pj in
      guard let horizontal = context.horizontalCRS(of: pj) else { return false }
      defer { proj_destroy(horizontal) }
      // proj_get_type: returns PJ_TYPE_UNKNOWN for NULL, never fails otherwise.
      let type = proj_get_type(horizontal)
      return type == PJ_TYPE_GEOGRAPHIC_2D_CRS || type == PJ_TYPE_GEOGRAPHIC_3D_CRS
    }) ?? false
  }

  /// The authority and code PROJ knows the CRS by, e.g. `("EPSG", "32642")`.
  ///
  /// Read with `proj_get_id_auth_name`/`proj_get_id_code` (index 0). `nil` when the CRS has
  /// no identifier (a plain PROJ string such as `+proj=utm +zone=42 +datum=WGS84`, or WKT
  /// without an `ID`/`AUTHORITY`) or cannot be parsed.
  public var identifier: (authority: String, code: String)? {
    (try? withPJ { _, pj -> (authority: String, code: String)? in
      // proj_get_id_auth_name / proj_get_id_code: return a string owned by the PJ, or NULL
      // when there is no identifier at that index; copy before the PJ is destroyed.
      guard let authority = proj_get_id_auth_name(pj, 0), let code = proj_get_id_code(pj, 0)
      else { return nil }
      return (String(cString: authority), String(cString: code))
    }) ?? nil
  }

  /// The OGC URN of the CRS, e.g. `urn:ogc:def:crs:EPSG::32642`, for the legacy GeoJSON 2008
  /// `crs` member (RFC 7946 removed it: write it only for non-WGS 84 output).
  ///
  /// Built from ``identifier`` as `urn:ogc:def:crs:<authority>::<code>` (empty version).
  /// `nil` when the CRS has no identifier.
  ///
  /// - Note: `urn:ogc:def:crs:EPSG::4326` formally means latitude first; for longitude-first
  ///   WGS 84 the GeoJSON 2008 name is `urn:ogc:def:crs:OGC:1.3:CRS84`.
  public var ogcURN: String? {
    guard let identifier else { return nil }
    return "urn:ogc:def:crs:\(identifier.authority)::\(identifier.code)"
  }

  /// The CRS as Well-Known Text, as written by
  /// [`proj_as_wkt`](https://proj.org/en/9.1/development/reference/functions.html#c.proj_as_wkt).
  ///
  /// Use ``WKTFormat/wkt1GDAL`` for the GeoPackage `definition` column, ``WKTFormat/wkt2015``
  /// for `definition_12_063`. The text keeps the axis order the CRS declares (latitude first
  /// for EPSG:4326); Frontline's longitude-first convention is a property of ``Transformer``.
  ///
  /// - Parameters:
  ///   - format: The WKT flavour; WKT2:2019 by default.
  ///   - multiline: `true` for PROJ's indented layout, `false` (default) for one line.
  /// - Returns: The WKT text.
  /// - Throws: ``ProjectionError/unknownCRS(definition:reason:)`` or
  ///   ``ProjectionError/notACRS(definition:kind:)`` if the definition is bad;
  ///   ``ProjectionError/wktUnavailable(definition:format:reason:)`` if PROJ cannot express
  ///   this CRS in `format`.
  public func wkt(_ format: WKTFormat = .wkt2019, multiline: Bool = false) throws -> String {
    try withPJ { context, pj throws(ProjectionError) in
      context.clearMessages()
      let errnoBefore = proj_context_errno(context.handle)
      let option = multiline ? "MULTILINE=YES" : "MULTILINE=NO"
      let text = option.withCString { optionPointer -> String? in
        let options: [UnsafePointer<CChar>?] = [optionPointer, nil]
        return options.withUnsafeBufferPointer { buffer in
          // proj_as_wkt: returns a string owned by the PJ (valid until the next call on it or
          // its destruction), or NULL when the object cannot be exported in this flavour.
          proj_as_wkt(context.handle, pj, format.projValue, buffer.baseAddress)
            .map { String(cString: $0) }
        }
      }
      guard let text else {
        throw .wktUnavailable(
          definition: definition, format: format,
          reason: context.creationFailureReason(errnoBefore: errnoBefore))
      }
      return text
    }
  }

  /// Parses the CRS on a short-lived context and runs `body` with the context and the `PJ`.
  func withPJ<R>(_ body: (ProjContext, OpaquePointer) throws(ProjectionError) -> R)
    throws(ProjectionError) -> R
  {
    let context = try ProjContext()
    return try context.withCRS(self) { pj throws(ProjectionError) in try body(context, pj) }
  }
}
