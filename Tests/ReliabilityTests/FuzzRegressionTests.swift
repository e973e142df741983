import Foundation
import Projection
import Testing

/// Inputs the fuzzers (`Fuzz/run TARGET SECONDS`) found, kept so the faults stay fixed.
@Suite struct FuzzRegressionTests {
  /// `Fuzz/run crs`: `"0P\0\0\0%*oj=…"` was cut at the first NUL by the C string conversion,
  /// and PROJ then accepted "0P" as a name (a GRS80 geographic CRS) after a long search.
  @Test func crsDefinitionWithANULCharacterIsRejectedNotTruncated() {
    let definition = "0P\u{0}\u{0}\u{0}%*oj=lo:385nglat +ellps=W7GS84 "
    #expect(throws: ProjectionError.unknownCRS(definition: definition, reason: "the definition contains a NUL character")) {
      try CRS.parse(definition)
    }
    #expect(throws: ProjectionError.self) { try CRS.parse("EPSG:4326\u{0}") }
  }
}
