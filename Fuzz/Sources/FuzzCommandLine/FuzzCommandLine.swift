import Chronology
import Extractor
import FrontlineKit
import FuzzSupport
import Layers

/// Numbers and dates of the command line: `Day(iso:)` (`--date`, `--from`, `--to`,
/// `--published`), `GazetteerQueries.parseDistance` (`near --radius`) and
/// `SnapshotStep(parsing:)` (`--every`), each with the invariant its callers rely on.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let text = String(decoding: bytes(data, size), as: UTF8.self)
  if let day = Day(iso: text) {
    require(Day(iso: day.description) == day, "\(text) → \(day) does not parse back")
  }
  if let meters = GazetteerQueries.parseDistance(text) {
    require(meters.isFinite && meters >= 0, "distance \(text) → \(meters)")
  }
  if let step = SnapshotStep(parsing: text) {
    require(step.days >= 1, "step \(text) → \(step.days) days")
  }
  return 0
}

@_cdecl("FuzzCommandLine_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, fuzzOne)
}
