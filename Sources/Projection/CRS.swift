internal import Foundation

/// A coordinate reference system, named the way a user typed it.
///
/// `CRS` stores the definition string unchanged; PROJ interprets it only when it is used
/// (``validate()``, ``Transformer/init(from:to:)``, ``isGeographic``, ``wkt(_:multiline:)``),
/// so building one never fails. Use ``parse(_:)`` to reject a bad definition early, for example
/// while validating a `--crs` option. Accepted forms are everything
/// [`proj_create`](https://proj.org/en/9.1/development/reference/functions.html#c.proj_create)
/// accepts:
///
/// - an authority code: `EPSG:4326`, `EPSG:32642` (UTM zone 42N), `OGC:CRS84`;
/// - a PROJ string: `+proj=utm +zone=42 +datum=WGS84` — `+type=crs` is added when missing,
///   as `proj_create_crs_to_crs` does, because without it PROJ builds an operation, not a CRS;
/// - WKT1 or WKT2, or PROJJSON;
/// - the exact name of a CRS in PROJ's database, case-insensitive (`WGS 84 / UTM zone 42N`).
///   PROJ also accepts partial names and picks a match (`Pulkovo` → `Pulkovo 1995`); Frontline
///   refuses those with ``ProjectionError/inexactName(definition:found:identifier:)``, so a
///   typo never silently becomes another CRS.
///
/// Equality and hashing compare the definition text, so `EPSG:4326` and `epsg:4326` are
/// different values even though PROJ reads them as the same CRS.
///
/// Whatever axis order a CRS declares, Frontline always uses longitude/easting first
/// (see ``Transformer``).
///
/// ## Example
/// ```swift
/// let utm = try CRS.parse("EPSG:32642")
/// utm.isGeographic   // false
/// utm.ogcURN         // "urn:ogc:def:crs:EPSG::32642"
/// ```
public struct CRS: Hashable, Sendable, CustomStringConvertible {
  /// The definition exactly as given.
  public let definition: String

  /// Wraps a definition without checking it. See ``parse(_:)`` for the checked form.
  ///
  /// - Parameter definition: An authority code (`EPSG:32642`), PROJ string, WKT or PROJJSON.
  public init(_ definition: String) {
    self.definition = definition
  }

  /// WGS 84 geographic, EPSG:4326, used with longitude first (GeoJSON order, RFC 7946).
  public static let wgs84 = CRS("EPSG:4326")

  /// WGS 84 / Pseudo-Mercator, EPSG:3857 (web map tiles), in metres.
  public static let webMercator = CRS("EPSG:3857")

  /// WGS 84 / UTM in the northern hemisphere, `EPSG:326zz`, in metres.
  ///
  /// Afghanistan lies in zones 41–43 (EPSG:32641–32643); Kabul is in zone 42.
  ///
  /// - Parameter zone: UTM zone number, 1–60 (not checked here; PROJ rejects others on use).
  /// - Returns: `CRS("EPSG:326zz")`.
  public static func utmNorth(zone: Int) -> CRS {
    CRS("EPSG:\(32600 + zone)")
  }

  /// Creates a CRS after asking PROJ whether the definition describes a CRS.
  ///
  /// Costs one short-lived PROJ context (about half a millisecond); do it once per option, not
  /// per feature.
  ///
  /// - Parameter definition: An authority code, PROJ string, WKT or PROJJSON.
  /// - Returns: The CRS, holding `definition` unchanged.
  /// - Throws: ``ProjectionError/unknownCRS(definition:reason:)`` with PROJ's message when
  ///   `proj_create` fails (`unknown CRS 'EPSG:999999': crs not found`), or
  ///   ``ProjectionError/notACRS(definition:kind:)`` when it describes something else.
  public static func parse(_ definition: String) throws -> CRS {
    let crs = CRS(definition)
    try crs.validate()
    return crs
  }

  /// Asks PROJ whether ``definition`` describes a CRS.
  ///
  /// - Throws: ``ProjectionError/unknownCRS(definition:reason:)`` or
  ///   ``ProjectionError/notACRS(definition:kind:)``; see ``parse(_:)``.
  public func validate() throws {
    try withPJ { _, _ in }
  }

  /// The definition, unchanged.
  public var description: String { definition }

  /// Whether the definition is a bare CRS name (`WGS 84 / UTM zone 42N`) rather than an
  /// authority code or URN (`EPSG:32642`, `urn:ogc:def:crs:EPSG::32642`), a PROJ string,
  /// WKT or PROJJSON. PROJ searches its database for names; see ``parse(_:)``.
  public var isBareName: Bool {
    let text = definition.trimmingCharacters(in: .whitespaces)
    guard let first = text.first else { return false }
    if first == "{" || first == "+" || projInput != definition { return false }
    // WKT: a keyword of letters, digits and underscores, then "[" (or "(" in old WKT).
    if let bracket = text.firstIndex(where: { $0 == "[" || $0 == "(" }),
      text[..<bracket].trimmingCharacters(in: .whitespaces).allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
    {
      return false
    }
    // AUTHORITY:CODE and urn:…: a letter-led word, a colon, then no spaces.
    if let colon = text.firstIndex(of: ":"), text[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }),
      !text.contains(" ")
    {
      return false
    }
    return true
  }

  /// The string handed to `proj_create`: the definition, plus ` +type=crs` for a PROJ string
  /// that lacks it (mirroring PROJ's internal `pj_add_type_crs_if_needed`).
  var projInput: String {
    let trimmed = definition.drop { $0 == " " }.lowercased()
    let isProjString = ["+proj=", "proj=", "+init=", "+title="].contains { trimmed.hasPrefix($0) }
    guard isProjString, !trimmed.contains("type=crs") else { return definition }
    return definition + " +type=crs"
  }
}
