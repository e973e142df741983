import Foundation
import GeoJSON
import GeoModel
import GeoPackage
import Projection

/// Reads a `--boundaries`/`--provinces` file in any shape Frontline takes, as WGS 84
/// longitude/latitude features:
///
/// - **GeoPackage** (recognised by SQLite's header `SQLite format 3\0`): the polygons of its
///   first feature table (``GeoPackage/GeoPackageReader``), transformed through PROJ when the
///   table's CRS is not EPSG:4326 (srs_id 0, "undefined geographic", is taken as degrees).
/// - **GeoJSON with a legacy `crs` member** (GeoJSON 2008, as `ogr2ogr` and Frontline's own
///   `--crs` write it): transformed from that CRS through PROJ.
/// - **RFC 7946 GeoJSON**: as read.
///
/// Other formats (Shapefile, FlatGeobuf, ZIP, KML/GML) are refused by ``GeoJSON/BoundaryReader``
/// with the `ogr2ogr` command that converts them.
enum BoundaryFileReader {
  /// The features of `path` in WGS 84 longitude/latitude.
  /// - Throws: ``GeoJSON/WriterError`` or ``GeoPackage/GeoPackageError`` naming the file for
  ///   unreadable input; ``LayerError/invalidInput(_:)`` when its CRS cannot be transformed.
  static func read(_ path: String) throws -> [BoundaryFeature] {
    if isSQLite(path) {
      let package = try GeoPackageReader.readFeatures(path: path)
      for feature in package.features { try checkRings(feature, file: path) }
      guard let crs = try crs(of: package, file: path) else { return try checked(package.features, file: path) }
      return try transformed(package.features, from: crs, file: path)
    }
    let collection = try BoundaryReader(rewindsForRFC7946: true).readCollection(contentsOf: URL(fileURLWithPath: path))
    guard let name = collection.crsName, !BoundaryReader.isLongitudeLatitude(crsName: name) else {
      return collection.features
    }
    return try transformed(collection.features, from: CRS(name), file: path)
  }

  /// Whether the file starts with SQLite's 16-byte header string (sqlite.org/fileformat.html
  /// §1.3.1). Unreadable files answer false: the GeoJSON reader then says what is wrong.
  static func isSQLite(_ path: String) -> Bool {
    guard let handle = FileHandle(forReadingAtPath: path) else { return false }
    defer { try? handle.close() }
    guard let head = try? handle.read(upToCount: 16) else { return false }
    return Array(head) == Array("SQLite format 3".utf8) + [0]
  }

  /// The CRS of the table, or nil when it is WGS 84 degrees already.
  private static func crs(of package: GeoPackageFeatures, file: String) throws -> CRS? {
    let organization = package.organization?.uppercased()
    if organization == "EPSG", package.organizationCode == 4326 { return nil }
    if package.srsID == 0 { return nil }  // "undefined geographic": degrees (GeoPackage §1.1.2.1.2)
    if let organization, organization != "NONE", let code = package.organizationCode {
      return CRS("\(organization):\(code)")
    }
    if let definition = package.definition, !definition.isEmpty, definition.lowercased() != "undefined" {
      return CRS(definition)
    }
    throw LayerError.invalidInput(
      "\(file): table '\(package.table)' has an undefined CRS (srs_id \(package.srsID)); give it one with GDAL, "
        + "e.g. ogr2ogr -a_srs EPSG:4326 fixed.gpkg \(file)")
  }

  /// `features` transformed from `crs` to WGS 84 longitude/latitude (one PROJ batch per
  /// feature), then range-checked.
  private static func transformed(_ features: [BoundaryFeature], from crs: CRS, file: String) throws -> [BoundaryFeature] {
    let transformer: Transformer
    do {
      // Built with proj_normalize_for_visualization: x = longitude/easting first on both sides.
      transformer = try Transformer(from: crs, to: .wgs84)
    } catch {
      throw LayerError.invalidInput(
        "\(file): its CRS \(crs.definition) cannot be transformed to WGS 84: \(error); convert the file with GDAL: "
          + "ogr2ogr -f GeoJSON -t_srs EPSG:4326 districts.geojson \(file)")
    }
    var result: [BoundaryFeature] = []
    result.reserveCapacity(features.count)
    for var feature in features {
      var polygons = feature.polygons
      var points = polygons.flatMap { $0.flatMap { $0.map { ProjectedPoint(x: $0.x, y: $0.y) } } }
      do {
        try transformer.transform(&points)
      } catch {
        throw LayerError.invalidInput(
          "\(file): feature \(feature.index) (line or row \(feature.line)) cannot be transformed from \(crs.definition) "
            + "to WGS 84: \(error); check that the file's CRS is the one its coordinates are in")
      }
      var next = 0
      for p in polygons.indices {
        for r in polygons[p].indices {
          for v in polygons[p][r].indices {
            polygons[p][r][v] = Position(longitude: points[next].x, latitude: points[next].y)
            next += 1
          }
        }
      }
      feature.geometry = feature.geometry.isPolygon ? .polygon(polygons[0]) : .multiPolygon(polygons)
      result.append(feature)
    }
    return try checked(result, file: file)
  }

  /// `features` with every position checked to be degrees, and rewound for RFC 7946.
  private static func checked(_ features: [BoundaryFeature], file: String) throws -> [BoundaryFeature] {
    try features.map { feature in
      for polygon in feature.polygons {
        for ring in polygon {
          for point in ring where !(point.x >= -180 && point.x <= 180 && point.y >= -90 && point.y <= 90) {
            throw WriterError.coordinateOutOfRange(file: file, line: feature.line, featureIndex: feature.index, x: point.x, y: point.y)
          }
        }
      }
      var copy = feature
      copy.geometry = feature.geometry.rewoundForRFC7946()
      return copy
    }
  }

  /// The ring rules the GeoJSON reader applies (RFC 7946 §3.1.6), for GeoPackage polygons.
  private static func checkRings(_ feature: BoundaryFeature, file: String) throws {
    for polygon in feature.polygons {
      for ring in polygon {
        guard ring.count >= 4 else {
          throw WriterError.ringTooShort(file: file, line: feature.line, featureIndex: feature.index, positions: ring.count)
        }
        guard ring[0] == ring[ring.count - 1] else {
          throw WriterError.ringNotClosed(file: file, line: feature.line, featureIndex: feature.index)
        }
      }
    }
  }
}

extension Geometry {
  fileprivate var isPolygon: Bool {
    if case .polygon = self { return true }
    return false
  }
}
