import Foundation
import Gazetteer
import Testing

@Suite struct GazetteerDataTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test func shippedGazetteerHoldsItsInvariants() throws {
    let index = try PlaceIndex.embedded()
    #expect(index._checkInvariants() == [])
    #expect(index.places(at: .region).count == 8)
    #expect(index.temporaryDistricts.count >= 23)
    #expect(index.places(at: .district).filter(\.isCapital).count == 34)
  }

  @Test func embeddedGazetteerEqualsTheFilesInGazetteerFolder() throws {
    let fromFiles = try PlaceIndex(directory: Self.root.appendingPathComponent("gazetteer"))
    let embedded = try PlaceIndex.embedded()
    #expect(fromFiles.places == embedded.places, "gazetteer/*.csv changed: run python3 Scripts/build-gazetteer.py --embed-only")
    #expect(fromFiles.temporaryDistricts == embedded.temporaryDistricts)
  }

  @Test func namesUsedInTwoProvincesAreListedAsAmbiguous() throws {
    let ambiguous = try PlaceIndex.embedded().ambiguousDistrictSpellings
    for name in ["Qara Bagh", "Muqur", "Jani Khel", "Arghandab", "Baharak", "Dawlat Abad", "Fayzabad", "Jaghatu", "Kohistan", "Surobi", "Tagab"] {
      #expect(ambiguous[NameNormalizer.key(name)] != nil, "\(name) should be ambiguous")
    }
  }

  /// Malformed gazetteer files fail with the file and line.
  @Test(arguments: [
    (GazetteerFile.districts, "AF0101,Kabul,AF01,,,69.1,34.5,,,,\nAF0101,Kabul,AF01,,,69.1,34.5,,,,", "duplicate id AF0101"),
    (GazetteerFile.districts, "AF0101,Kabul,AF01,,,abc,34.5,,,,", "are not numbers"),
    (GazetteerFile.districts, "AF0101,Kabul,AF01,,,69.1,95,,,,", "out of range"),
    (GazetteerFile.districts, "AF9901,Nowhere,AF99,,,69.1,34.5,,,,", "not its province"),
    (GazetteerFile.districts, "\"AF0101,Kabul,AF01,,,69.1,34.5,,,,", "never closed"),
    (GazetteerFile.districts, "AF0101,Kabul", "fields where the header has"),
  ])
  func malformedRowIsRejectedWithFileAndLine(_ file: GazetteerFile, _ body: String, _ message: String) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-gaz-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    // The bad districts file replaces the real one; towns and temporary districts, which refer
    // to districts, are emptied to their headers.
    for source in GazetteerFile.allCases {
      let original = try String(contentsOf: Self.root.appendingPathComponent("gazetteer/\(source.rawValue)"), encoding: .utf8)
      let header = String(original.prefix { $0 != "\n" }) + "\n"
      let text: String =
        switch source {
        case file: header + body + "\n"
        case .towns, .temporaryDistricts: header
        default: original
        }
      try text.write(to: directory.appendingPathComponent(source.rawValue), atomically: true, encoding: .utf8)
    }
    do {
      _ = try PlaceIndex(directory: directory)
      Issue.record("expected an error containing '\(message)'")
    } catch let error as GazetteerError {
      #expect(error.description.contains(message), "\(error)")
      #expect(error.description.contains("districts.csv:"), "\(error)")
    }
  }
}
