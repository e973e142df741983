import Chronology
import Extractor
import FuzzSupport
import Gazetteer

/// Article text → `EventExtractor`. The first byte picks the publication date (none, or a day
/// of summer 2021) so date resolution runs too; the rest is the article, decoded as UTF-8 with
/// repair, as `ReportReader` hands it over.
private let extractor: EventExtractor = {
  do {
    return EventExtractor(index: try PlaceIndex.embedded())
  } catch {
    fatalError("embedded gazetteer: \(error)")
  }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = bytes(data, size)
  guard let selector = input.first else { return 0 }
  let published = selector & 0x80 == 0 ? nil : Day(ordinal: 18_779 + Int(selector & 0x7F))  // 2021-06-01…
  let text = String(decoding: input.dropFirst(), as: UTF8.self)
  let events = extractor.extract(Document(id: "fuzz", text: text, published: published))
  let scalarCount = text.unicodeScalars.count
  for event in events {
    require(event.span.allSatisfy { $0 >= 0 && $0 <= scalarCount }, "span \(event.span) outside the text")
    require(event.confidence.isFinite, "confidence \(event.confidence)")
  }
  return 0
}

@_cdecl("FuzzExtract_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, fuzzOne)
}
