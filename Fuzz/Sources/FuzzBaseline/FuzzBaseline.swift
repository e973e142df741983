import FuzzSupport
import Gazetteer
import Timeline

/// Baseline CSV text → `Baseline(csv:file:index:)` against the embedded gazetteer.
private let index: PlaceIndex = {
  do {
    return try PlaceIndex.embedded()
  } catch {
    fatalError("embedded gazetteer: \(error)")
  }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: bytes(data, size), as: UTF8.self)
  do {
    let baseline = try Baseline(csv: text, file: "fuzz.csv", index: index)
    require(Set(baseline.entries.map(\.pcode)).count == baseline.entries.count, "a district listed twice")
  } catch {
    _ = error.description
  }
  return 0
}

@_cdecl("FuzzBaseline_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, fuzzOne)
}
