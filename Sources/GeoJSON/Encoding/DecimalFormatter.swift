/// Prints Doubles quantised to a fixed number of decimals, without exponent or trailing zeros.
///
/// The value is scaled by 10^decimals and rounded to an integer by one of two ``Rounding``
/// rules: the feature writers' half away from zero on the scaled product, or, for the JSON
/// that `JSONValue` writes (events, API documents), C's `printf` rule on the double's exact
/// binary value. The integer is printed with a decimal point inserted, so the text is exactly the decimal the quantised
/// value stands for (`69.7974`, `33.78`, `-0.5`, `0`; `-0` prints as `0`). This is both faster
/// and more predictable than `description`, which would print `1e-07` or
/// `0.30000000000000004`. Integer arithmetic is exact below 2^63, which covers every
/// coordinate Frontline writes; larger magnitudes fall back to fewer decimals.
package struct DecimalFormatter: Sendable {
  /// The largest supported number of decimals; 10^15 is the last power of ten a Double holds
  /// exactly, and a Double has no more significant digits to give anyway.
  static let maximumDecimals = 15

  /// How the scaled value becomes an integer.
  package enum Rounding: Sendable {
    /// `(value × 10^decimals).rounded(.toNearestOrAwayFromZero)`: the GeoJSON, SVG and
    /// GeoPackage writers' rule (`-2.5` → `-3`, `5e-7` at 6 decimals → `0.000001`).
    case halfAwayFromZero
    /// As `printf("%.Nf")`: the nearest decimal to the double's exact binary value, a tie to
    /// even (`62.13115`, stored just below its half, → `62.1311`; `0.125` → `0.12`). The rule
    /// of every JSON text `JSONValue` writes, so events files keep their bytes.
    case exact
  }

  /// Decimals after the point (0…15).
  let decimals: Int
  /// The rounding rule.
  let rounding: Rounding
  private let scale: Double
  private let divisor: UInt64

  /// Creates a formatter, or `nil` when `decimals` is out of range.
  package init?(decimals: Int, rounding: Rounding = .halfAwayFromZero) {
    guard (0...Self.maximumDecimals).contains(decimals) else { return nil }
    self.decimals = decimals
    self.rounding = rounding
    var power: UInt64 = 1
    for _ in 0..<decimals { power *= 10 }
    self.divisor = power
    self.scale = Double(power)
  }

  /// Appends the quantised text of `value`.
  /// - Parameters:
  ///   - value: The number; must be finite.
  ///   - keepFraction: Write `5.0` instead of `5` so JSON readers type the value as real.
  ///   - out: The buffer.
  /// - Returns: `false` (and appends nothing) when `value` is NaN or infinite.
  @inline(__always)
  package func append(_ value: Double, keepFraction: Bool = false, to out: inout [UInt8]) -> Bool {
    guard value.isFinite else { return false }
    // 9.2e18 ≈ Int64.max: below it the scaled value converts to an integer exactly.
    let product = value * scale
    var scaled = product.rounded(.toNearestOrAwayFromZero)
    // Exact rounding: near a half the product's own rounding may have crossed it, so the
    // exact value decides there.
    let below = product.magnitude.rounded(.down)
    if rounding == .exact, product.magnitude < 0x1p52,
      (product.magnitude - below - 0.5).magnitude <= 2 * product.ulp.magnitude
    {
      let magnitude = Self.exactlyRounded(value.magnitude, lower: UInt64(below), divisor: divisor)
      scaled = value < 0 ? -Double(magnitude) : Double(magnitude)
    }
    if scaled.magnitude < 9.2e18 {
      Self.appendFixed(scaled, divisor: divisor, decimals: decimals, keepFraction: keepFraction, to: &out)
    } else {
      appendLarge(value, keepFraction: keepFraction, to: &out)
    }
    return true
  }

  /// `magnitude` × `divisor` rounded to the nearest integer on its exact binary value, a tie
  /// to the even one (as C's `printf` rounds), given the candidate `lower` ≤ it < `lower` + 1.
  /// Compares magnitude = M·2^E with (2·lower + 1) / (2·divisor) in 128-bit integers.
  static func exactlyRounded(_ magnitude: Double, lower: UInt64, divisor: UInt64) -> UInt64 {
    let isNormal = magnitude.exponentBitPattern != 0
    let significand = magnitude.significandBitPattern | (isNormal ? 1 << 52 : 0)
    let exponent = (isNormal ? Int(magnitude.exponentBitPattern) : 1) - 1075
    // left = M · divisor; right = (2·lower + 1) · 2^-(E + 1).
    let left = significand.multipliedFullWidth(by: divisor)
    let odd = 2 * lower + 1
    let shift = -(exponent + 1)
    guard shift >= 0 else { return lower + 1 }  // not reached: the caller checks < 2^52
    let oddBits = 64 - odd.leadingZeroBitCount
    if oddBits + shift > 127 { return lower }  // right ≥ 2^127 > left
    let right: (high: UInt64, low: UInt64) =
      shift == 0 ? (0, odd) : shift >= 64 ? (odd << (shift - 64), 0) : (odd >> (64 - shift), odd << shift)
    if (left.high, left.low) > (right.high, right.low) { return lower + 1 }
    if (left.high, left.low) < (right.high, right.low) { return lower }
    return lower % 2 == 0 ? lower : lower + 1
  }

  private func appendLarge(_ value: Double, keepFraction: Bool, to out: inout [UInt8]) {
    // Use as many decimals as still fit into 63 bits.
    var places = decimals
    var power = divisor
    while places > 0 {
      places -= 1
      power /= 10
      let scaled = (value * Double(power)).rounded(.toNearestOrAwayFromZero)
      if scaled.magnitude < 9.2e18 {
        Self.appendFixed(scaled, divisor: power, decimals: places, keepFraction: keepFraction, to: &out)
        return
      }
    }
    // |value| ≥ 9.2e18 is an integer already; print all of its exact digits, as printf does:
    // its significand times two to its exponent, in limbs of nine decimal digits. (Dividing
    // the double by ten digit by digit lost the low digits and trapped near 1e300, where a
    // digit came out negative.)
    if value < 0 { out.append(UInt8(ascii: "-")) }
    let significand = value.significandBitPattern | (1 << UInt64(Double.significandBitCount))
    let base: UInt64 = 1_000_000_000
    var limbs: [UInt64] = [significand % base, significand / base % base, significand / base / base]
    for _ in 0..<(Int(value.exponent) - Double.significandBitCount) {
      var carry: UInt64 = 0
      for i in limbs.indices {
        let doubled = limbs[i] * 2 + carry
        limbs[i] = doubled % base
        carry = doubled / base
      }
      if carry > 0 { limbs.append(carry) }
    }
    while limbs.count > 1, limbs.last == 0 { limbs.removeLast() }
    out.append(contentsOf: String(limbs[limbs.count - 1]).utf8)
    for limb in limbs.dropLast().reversed() {
      let digits = String(limb).utf8
      out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 9 - digits.count))
      out.append(contentsOf: digits)
    }
    if keepFraction { out.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: "0")]) }
  }

  @inline(__always)
  private static func appendFixed(
    _ scaled: Double, divisor: UInt64, decimals: Int, keepFraction: Bool, to out: inout [UInt8]
  ) {
    let integer = Int64(scaled)
    if integer == 0 {  // also turns -0 and values that round to zero into "0"
      out.append(UInt8(ascii: "0"))
      if keepFraction { out.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: "0")]) }
      return
    }
    if integer < 0 { out.append(UInt8(ascii: "-")) }
    let magnitude = integer.magnitude
    let whole = magnitude / divisor
    var fraction = magnitude % divisor
    appendDigits(whole, to: &out)
    if fraction == 0 {
      if keepFraction { out.append(contentsOf: [UInt8(ascii: "."), UInt8(ascii: "0")]) }
      return
    }
    var width = decimals
    while fraction % 10 == 0 {
      fraction /= 10
      width -= 1
    }
    out.append(UInt8(ascii: "."))
    var digitCount = 1
    var probe = fraction
    while probe >= 10 {
      probe /= 10
      digitCount += 1
    }
    for _ in digitCount..<width { out.append(UInt8(ascii: "0")) }
    appendDigits(fraction, to: &out)
  }

  /// Appends the decimal digits of `value` (no sign, no leading zeros).
  @inline(__always)
  static func appendDigits(_ value: UInt64, to out: inout [UInt8]) {
    if value < 10 {
      out.append(UInt8(ascii: "0") + UInt8(value))
      return
    }
    let start = out.count
    var remaining = value
    while remaining > 0 {
      out.append(UInt8(ascii: "0") + UInt8(remaining % 10))
      remaining /= 10
    }
    // Reversed in place, pair by pair: `out[start...].reverse()` mutated a slice that shares
    // `out`'s buffer, so it copied the slice and wrote it back, an allocation each time (the
    // events' confidences and coordinates: 6.4 M instructions on the 1 MB stream, callgrind,
    // issue #16).
    var low = start
    var high = out.count - 1
    while low < high {
      out.swapAt(low, high)
      low += 1
      high -= 1
    }
  }

  /// Appends a signed integer in plain decimal.
  static func appendInteger(_ value: Int, to out: inout [UInt8]) {
    if value < 0 { out.append(UInt8(ascii: "-")) }
    appendDigits(UInt64(value.magnitude), to: &out)
  }
}
