/// One row of `gpkg_spatial_ref_sys` (OGC 12-128r18, GeoPackage 1.3.1, §1.1.2).
///
/// The module does not talk to PROJ: the caller supplies the definition (WKT1, as GDAL writes
/// it, e.g. from `CRS.wkt(.wkt1GDAL)`). The two "undefined" rows the specification requires
/// (`srs_id` -1 and 0, Req 11) are written by ``GeoPackageWriter`` itself; WGS 84 (`srs_id`
/// 4326) must be added by the caller with its PROJ definition.
///
/// ## Example
/// ```swift
/// let utm = SpatialReferenceSystem(
///   name: "WGS 84 / UTM zone 42N", id: 32642, organization: "EPSG", organizationCoordinateSystemID: 32642,
///   definition: try CRS("EPSG:32642").wkt(.wkt1GDAL))
/// ```
public struct SpatialReferenceSystem: Hashable, Sendable {
  /// `srs_name`: a human-readable name (`WGS 84 / UTM zone 42N`).
  public var name: String
  /// `srs_id`: the key geometry columns refer to; by convention the EPSG code for EPSG CRSs.
  public var id: Int32
  /// `organization`: `EPSG`, or `NONE` for a CRS without an authority.
  public var organization: String
  /// `organization_coordsys_id`: the code within ``organization``.
  public var organizationCoordinateSystemID: Int32
  /// `definition`: WKT1 (OGC 01-009), or `undefined`.
  public var definition: String
  /// `description`, optional.
  public var description: String?

  /// Creates a row.
  /// - Parameters:
  ///   - name: `srs_name`.
  ///   - id: `srs_id`.
  ///   - organization: `organization` (`EPSG`).
  ///   - organizationCoordinateSystemID: `organization_coordsys_id` (`32642`).
  ///   - definition: WKT1 text.
  ///   - description: Optional description.
  public init(
    name: String, id: Int32, organization: String, organizationCoordinateSystemID: Int32,
    definition: String, description: String? = nil
  ) {
    self.name = name
    self.id = id
    self.organization = organization
    self.organizationCoordinateSystemID = organizationCoordinateSystemID
    self.definition = definition
    self.description = description
  }

  /// `srs_id` -1: undefined Cartesian coordinate reference systems (Req 11).
  static let undefinedCartesian = SpatialReferenceSystem(
    name: "Undefined Cartesian SRS", id: -1, organization: "NONE", organizationCoordinateSystemID: -1,
    definition: "undefined", description: "undefined Cartesian coordinate reference system")

  /// `srs_id` 0: undefined geographic coordinate reference systems (Req 11).
  static let undefinedGeographic = SpatialReferenceSystem(
    name: "Undefined geographic SRS", id: 0, organization: "NONE", organizationCoordinateSystemID: 0,
    definition: "undefined", description: "undefined geographic coordinate reference system")
}
