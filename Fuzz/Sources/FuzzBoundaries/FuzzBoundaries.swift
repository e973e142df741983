import FuzzSupport
import GeoJSON
import GeoModel

/// Boundary GeoJSON bytes → `BoundaryReader` (the hand-written byte-level parser), then the
/// ring simplicity check on every geometry read. The first byte sets `isGeographic` (bit 0)
/// and `rewindsForRFC7946` (bit 1); the rest is the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = bytes(data, size)
  guard let selector = input.first else { return 0 }
  let reader = BoundaryReader(isGeographic: selector & 1 == 1, rewindsForRFC7946: selector & 2 == 2)
  do {
    let features = try reader.read(bytes: Array(input.dropFirst()), fileName: "fuzz.geojson")
    require(!features.isEmpty, "an empty feature list was accepted")
    for (offset, feature) in features.enumerated() {
      require(feature.index == offset, "feature \(offset) reports index \(feature.index)")
      if let crossing = feature.geometry.firstSelfIntersection {
        let polygons: [[[Position]]]
        switch feature.geometry {
        case .polygon(let rings): polygons = [rings]
        case .multiPolygon(let parts): polygons = parts
        default: polygons = []
        }
        require(crossing.polygonIndex < polygons.count, "crossing names polygon \(crossing.polygonIndex)")
        let ring = polygons[crossing.polygonIndex][crossing.ringIndex]
        require(crossing.firstEdge <= crossing.secondEdge && crossing.secondEdge < ring.count,
                "crossing edges \(crossing.firstEdge), \(crossing.secondEdge) outside a ring of \(ring.count)")
        require(crossing.point.x.isFinite && crossing.point.y.isFinite, "crossing point is not finite")
      }
    }
  } catch {
    _ = error.description
  }
  return 0
}

@_cdecl("FuzzBoundaries_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, fuzzOne)
}
