import Foundation
import FrontlineTestSupport
import Testing
import GeoJSON

/// `JSONText.number` (DecimalFormatter) is the one number encoder: it must round as C's
/// `printf("%.Nf")` does (on the exact binary value, ties to even), with trailing zeros and
/// `-0` removed, so that events and API documents keep the bytes they had before it replaced
/// `String(format:)` there.
struct JSONNumberTests {
  /// The `printf` reference: `%.Nf`, then trailing zeros, a bare point and `-0` removed.
  static func reference(_ value: Double, _ decimals: Int) -> String {
    var text = String(format: "%.\(decimals)f", value)
    if text.contains(".") {
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
    }
    return text == "-0" ? "0" : text
  }

  @Test func halvesAndNearHalvesRoundAsPrintf() {
    // 62.13115 lies just below its half: printf gives 62.1311, the scaled product 621311.5.
    let cases: [(Double, Int)] = [
      (62.13115, 4), (34.30325, 4), (68.21775, 4), (0.125, 2), (0.375, 2), (-0.125, 2), (2.5, 0), (3.5, 0),
      (0.015, 2), (1.005, 2), (-62.13115, 4), (0.0000005, 6), (69.7974, 4), (0, 3), (-0.00001, 2),
    ]
    for (value, decimals) in cases {
      #expect(JSONText.number(value, decimals: decimals) == Self.reference(value, decimals), "\(value) at \(decimals)")
    }
  }

  @Test func randomValuesMatchPrintf() {
    var random = SplitMix64(seed: 17)
    for _ in 0..<20_000 {
      let decimals = Int(random.next() % 7)
      // Values with few decimals hit halves often; the rest are arbitrary doubles.
      let units = Double(Int64(random.next() % 4_000_000_000)) - 2_000_000_000
      let value = random.next() % 2 == 0 ? units / 100_000 : units / 1_000 + Double(random.next() % 1000) / 997
      #expect(JSONText.number(value, decimals: decimals) == Self.reference(value, decimals), "\(value) at \(decimals)")
    }
  }

  /// Beyond 63 bits every digit is printf's, the exact binary value's, up to the largest double
  /// (division by ten lost the low digits and trapped near 1e300).
  @Test func largeMagnitudesPrintEveryExactDigit() {
    for value in [9.3e18, 1e19, -3.25e25, 123456789012345678901234.0, 1e300, -1e300, Double.greatestFiniteMagnitude] {
      for decimals in [0, 2, 6] {
        #expect(JSONText.number(value, decimals: decimals) == Self.reference(value, decimals), "\(value) at \(decimals)")
      }
    }
  }

  @Test func nonFiniteIsNull() {
    #expect(JSONText.number(.nan, decimals: 2) == "null")
    #expect(JSONText.number(-.infinity, decimals: 2) == "null")
  }
}
