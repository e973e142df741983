import FuzzSupport
import Writers

/// Boundary GeoJSON bytes → `BoundaryReader` (the hand-written byte-level parser). The first
/// byte sets `isGeographic` (bit 0) and `rewindsForRFC7946` (bit 1); the rest is the file.
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
