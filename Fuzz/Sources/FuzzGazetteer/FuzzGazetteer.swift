import Foundation
import FuzzSupport
import Gazetteer

/// Checks the slice builds an index at start-up, so the fuzzer does not just exercise errors.
private let baseIsValid: Bool = (try? PlaceIndex(texts: base, label: { $0.rawValue })) != nil

/// Gazetteer CSV rows → `CSVTable` and `PlaceIndex(texts:)`.
///
/// The first byte picks one of the five gazetteer files (low 3 bits) and whether the fuzzed text
/// replaces that file or is appended to the base one as extra rows (bit 3). The base files are
/// a consistent slice of the repository's `gazetteer/*.csv` (Kabul and Kapisa provinces with
/// their districts, towns and temporary districts, one region): small enough for thousands of
/// index builds a second, complete enough that validation past the CSV layer (duplicate ids,
/// unknown parents, coordinates, region members) is reached.
private let base: [GazetteerFile: String] = {
  let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("gazetteer")
  var texts: [GazetteerFile: String] = [:]
  for file in GazetteerFile.allCases {
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(file.rawValue).path) else {
      fatalError("missing \(folder.path)/\(file.rawValue)")
    }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    let kept = lines.dropFirst().filter { line in
      // Rows of provinces AF01 and AF02: their own pcode, or their district or parent pcode.
      ["AF01", "AF02", ",AF01", ",AF02"].contains { line.hasPrefix($0) || line.contains($0 + ",") || line.contains($0 + "0") }
    }
    texts[file] = ([lines.first ?? ""] + kept).joined(separator: "\n") + "\n"
  }
  texts[.regions] = "id,name,provinces,aliases\ncapital,Capital,AF01;AF02,Capital region\n"
  return texts
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  require(baseIsValid, "the base gazetteer slice does not build an index")
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
  var texts = base
  let original = texts[file] ?? ""
  texts[file] = selector & 0x08 == 0 ? text : original + text
  if let index = try? PlaceIndex(texts: texts, label: { "fuzz/" + $0.rawValue }) {
    _ = index.lookup("Kabul")
  }
  return 0
}

@_cdecl("FuzzGazetteer_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  runFuzzer(argc: argc, argv: argv, fuzzOne)
}
