import Foundation
import FrontlineKit
import FuzzSupport

/// Events JSON Lines → `EventCoding.readJSONLines`. Whatever is accepted must survive a round
/// trip: rendered again as `frontline extract` would, it reads back as the same events.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = Data(bytes(data, size))
  guard let events = try? EventCoding.readJSONLines(input, source: "fuzz.jsonl") else { return 0 }
  let text = ExtractJob.render(events, format: .jsonl)
  do {
    let again = try EventCoding.readJSONLines(Data(text.utf8), source: "rendered.jsonl")
    require(again.count == events.count, "\(events.count) events read back as \(again.count)")
  } catch {
    require(false, "rendered events do not read back: \(error)")
  }
  _ = ExtractJob.render(events, format: .csv)
  return 0
}

@_cdecl("FuzzEvents_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, fuzzOne)
}
