import FuzzSupport
import Projection

/// CRS strings (as given to `--crs`) → `CRS.parse` and what Frontline reads back from PROJ about
/// a CRS (`isGeographic`, `identifier`, `ogcURN`).
///
/// Inputs starting with `#` also build a `Transformer` from WGS 84 and send one point (Kabul)
/// through it, as `run --crs` does; only finite results may come back. That path costs PROJ a
/// database search for operations (tens to hundreds of milliseconds), so it is opt-in per input
/// to keep the parse path fast.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard size <= 4096 else { return 0 }  // a --crs value, not a file
  var input = bytes(data, size)
  let transforms = input.first == UInt8(ascii: "#")
  if transforms { input.removeFirst() }
  let text = String(decoding: input, as: UTF8.self)
  guard let crs = try? CRS.parse(text) else { return 0 }
  _ = crs.isGeographic
  _ = crs.identifier
  _ = crs.ogcURN
  guard transforms, let transformer = try? Transformer(from: .wgs84, to: crs) else { return 0 }
  if let point = try? transformer.transform(Coordinate(longitude: 69.1833, latitude: 34.5167)) {
    require(point.x.isFinite && point.y.isFinite, "transform returned \(point)")
  }
  return 0
}

@_cdecl("FuzzCRS_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, fuzzOne)
}
