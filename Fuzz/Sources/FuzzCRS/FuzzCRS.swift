import FuzzSupport
import Projection

/// CRS strings (as given to `--crs`) → `CRS.parse`, then a `Transformer` from WGS 84 and one
/// point (Kabul) through it, as `run --crs` does. Only finite results may come back.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard size <= 4096 else { return 0 }  // a --crs value, not a file
  let text = String(decoding: bytes(data, size), as: UTF8.self)
  guard let crs = try? CRS.parse(text) else { return 0 }
  guard let transformer = try? Transformer(from: .wgs84, to: crs) else { return 0 }
  if let point = try? transformer.transform(Coordinate(longitude: 69.1833, latitude: 34.5167)) {
    require(point.x.isFinite && point.y.isFinite, "transform returned \(point)")
  }
  return 0
}

@_cdecl("FuzzCRS_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, fuzzOne)
}
