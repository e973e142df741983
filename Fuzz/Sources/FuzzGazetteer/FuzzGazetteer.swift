import Foundation
import FuzzSupport
import Gazetteer

/// Gazetteer CSV rows → `CSVTable` and `PlaceIndex(texts:)`.
///
/// The first byte picks one of the five gazetteer files (low 3 bits) and whether the fuzzed text
/// replaces that file or is appended to the shipped one as extra rows (bit 3); the other files
/// are the repository's `gazetteer/*.csv`, so validation past the CSV layer (duplicate ids,
/// unknown parents, coordinates) is reached.
private let shipped: [GazetteerFile: String] = {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("gazetteer")
  var texts: [GazetteerFile: String] = [:]
  for file in GazetteerFile.allCases {
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file.rawValue).path) else {
      fatalError("missing \(folder.path)/\(file.rawValue)")
    }
    texts[file] = String(decoding: data, as: UTF8.self)
  }
  return texts
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let input = bytes(data, size)
  guard let selector = input.first else { return 0 }
  let text = String(decoding: input.dropFirst(), as: UTF8.self)
  let files = GazetteerFile.allCases
  let file = files[Int(selector & 0x07) % files.count]
  if let table = try? CSVTable(parsing: text, source: "fuzz.csv") {
    for row in table.rows {
      require(row.fields.count == table.header.count, "row \(row.line) has \(row.fields.count) fields")
    }
  }
  var texts = shipped
  let base = texts[file] ?? ""
  texts[file] = selector & 0x08 == 0 ? text : base + (base.hasSuffix("\n") ? "" : "\n") + text
  if let index = try? PlaceIndex(texts: texts, label: { "fuzz/" + $0.rawValue }) {
    _ = index.lookup("Kabul")
  }
  return 0
}

@_cdecl("FuzzGazetteer_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, fuzzOne)
}
