import Gazetteer
public import GeoModel

/// The OCHA/AGCHO 2018 district and province polygons compiled into the binary: the polygons
/// every layer command uses unless `--boundaries FILE` or `--boundaries none` says otherwise.
///
/// `Scripts/build-boundaries.py` builds `gazetteer/boundaries.tsv` from OCHA's full-resolution
/// ADM2 file (`afg_admbnda_adm2_agcho_20180522`, 399 districts): simplified as a coverage
/// (GEOS `CoverageSimplifier`, 0.002°), so each border between two districts is simplified once
/// and neighbours stay exactly adjacent; rounded to 1e-5° (about 1 m). The 34 provinces are the
/// union of their districts. The file is embedded as text (`EmbeddedBoundaries+Generated.swift`)
/// and decoded on first use, so commands that draw no polygons (`gazetteer`, `near`,
/// `extract`) never pay for it.
///
/// Each line is `pcode<TAB>level<TAB>polygons`: polygons separated by a space, the rings of a
/// polygon by a comma, each ring in Google's [Encoded Polyline Algorithm
/// Format](https://developers.google.com/maps/documentation/utilities/polylinealgorithm)
/// (precision 5, latitude before longitude, deltas restarting at each ring, the closing position
/// left out).
///
/// Licence: OCHA Common Operational Dataset, source AGCHO, processed by ITOS; published on HDX
/// under CC BY-IGO (see ``attribution``).
public enum EmbeddedBoundaries {
  /// The attribution to show wherever the polygons are published (layer metadata, maps).
  public static let attribution =
    "District and province boundaries: OCHA/AGCHO 2018 (COD-AB afg_admbnda_adm2_agcho_20180522; "
    + "AGCHO, processed by ITOS), CC BY-IGO; simplified by Frontline"

  /// The short credit drawn on maps (`map.svg`).
  public static let shortAttribution = "Boundaries: OCHA/AGCHO 2018, CC BY-IGO"

  /// How messages and metadata name the embedded set (in place of a file name).
  public static let label = "embedded OCHA/AGCHO 2018 boundaries"

  /// The decoded polygons, WGS 84 longitude/latitude, as RFC 7946 MultiPolygons; built on
  /// first access (Swift initialises a `static let` lazily, once, thread-safely).
  static let decoded: Decoded = decode(tsv)

  /// District (`AFppdd`) and province (`AFpp`) polygons by pcode.
  struct Decoded: Sendable {
    var districts: [String: Geometry] = [:]
    var provinces: [String: Geometry] = [:]
  }

  /// District polygons by pcode (399).
  public static var districts: [String: Geometry] { decoded.districts }

  /// Province polygons by pcode (34), each the union of its districts.
  public static var provinces: [String: Geometry] { decoded.provinces }

  /// The embedded polygons of `level` linked to the places of `index` by pcode, as
  /// ``BoundaryMatcher`` links a file's: with another gazetteer (`--gazetteer`) a place the set
  /// lacks is `missing` and a polygon no place has is `unmatched`.
  static func matching(level: PlaceLevel, index: PlaceIndex) -> BoundaryMatching {
    let polygons = level == .province ? provinces : districts
    let pcodes = polygons.keys.sorted()
    var geometries: [String: Geometry] = [:]
    var matches: [BoundaryMatching.Match] = []
    var unmatched: [(index: Int, name: String)] = []
    for (position, pcode) in pcodes.enumerated() {
      if let place = index.place(id: pcode), place.level == level {
        geometries[pcode] = polygons[pcode]
        matches.append(.init(featureIndex: position, pcode: pcode, method: .code))
      } else {
        unmatched.append((position, pcode))
      }
    }
    return BoundaryMatching(
      file: label, level: level, geometries: geometries, matches: matches, unmatched: unmatched,
      missing: index.places(at: level).map(\.id).filter { geometries[$0] == nil }, merged: [],
      selfIntersecting: [])
  }

  /// Parses the embedded text (see the type's documentation for the format).
  static func decode(_ text: String) -> Decoded {
    var result = Decoded()
    var text = text
    text.withUTF8 { bytes in
      var lineStart = 0
      while lineStart < bytes.count {
        var lineEnd = lineStart
        while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
        let fields = split(bytes, from: lineStart, to: lineEnd, at: UInt8(ascii: "\t"))
        if fields.count == 3 {
          let pcode = String(decoding: bytes[fields[0]], as: UTF8.self)
          let level = String(decoding: bytes[fields[1]], as: UTF8.self)
          let polygons = split(bytes, from: fields[2].lowerBound, to: fields[2].upperBound, at: UInt8(ascii: " "))
            .map { polygon in
              split(bytes, from: polygon.lowerBound, to: polygon.upperBound, at: UInt8(ascii: ",")).map { ring in
                decodeRing(bytes, ring)
              }
            }
          switch level {
          case "district": result.districts[pcode] = Geometry.multiPolygon(polygons).rewoundForRFC7946()
          case "province": result.provinces[pcode] = Geometry.multiPolygon(polygons).rewoundForRFC7946()
          default: break  // the header line
          }
        }
        lineStart = lineEnd + 1
      }
    }
    return result
  }

  /// The ranges between `separator`s in `bytes[from..<to]`.
  private static func split(
    _ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, at separator: UInt8
  ) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = from
    for i in from..<to where bytes[i] == separator {
      ranges.append(start..<i)
      start = i + 1
    }
    ranges.append(start..<to)
    return ranges
  }

  /// One encoded-polyline ring: zig-zag deltas in 5-bit groups, each character 63 + group
  /// (+ 32 while more groups follow); positions in units of 1e-5°, closed on return.
  private static func decodeRing(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Position] {
    var ring: [Position] = []
    var latitude = 0
    var longitude = 0
    var value = 0
    var shift = 0
    var isLatitude = true
    for i in range {
      let group = Int(bytes[i]) - 63
      value |= (group & 0x1F) << shift
      shift += 5
      guard group < 0x20 else { continue }
      let delta = value & 1 == 1 ? ~(value >> 1) : value >> 1
      value = 0
      shift = 0
      if isLatitude {
        latitude += delta
      } else {
        longitude += delta
        // Dividing the integer by 1e5 gives the double nearest the 5-decimal value, which
        // prints as written (69.79744).
        ring.append(Position(longitude: Double(longitude) / 100_000, latitude: Double(latitude) / 100_000))
      }
      isLatitude.toggle()
    }
    if let first = ring.first { ring.append(first) }
    return ring
  }
}
