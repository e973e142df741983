@testable import FrontlineKit
import FrontlineTestSupport
import Testing

/// `ReportReader.isValidUTF8` accepts exactly what `String(validating:as:)` accepts.
@Suite struct ReportReaderUTF8Tests {
  static func agree(_ bytes: [UInt8]) -> Bool {
    ReportReader.isValidUTF8(bytes) == (String(validating: bytes, as: UTF8.self) != nil)
  }

  /// Every one- and two-byte sequence, and every lead byte with every second byte before bytes
  /// at the edges of the continuation range, alone and after ASCII that fills an eight-byte run.
  @Test func shortSequences() {
    // (Disagreements collected and expected once: an expectation for each of the million
    // sequences made the test slow.)
    var disagreements: [[UInt8]] = []
    func check(_ bytes: [UInt8]) { if !Self.agree(bytes) { disagreements.append(bytes) } }
    let run = Array("abcdefgh".utf8)
    for a in 0...255 {
      check([UInt8(a)])
      for b in 0...255 {
        let pair = [UInt8(a), UInt8(b)]
        check(pair)
        check(run.dropLast() + pair)
        // (Longer sequences after a lead byte only: after an ASCII or continuation byte the
        // third and fourth bytes start sequences the pairs cover.)
        guard a >= 0xC0 else { continue }
        for c: UInt8 in [0x7F, 0x80, 0xBF, 0xC0] {
          check(pair + [c])
          for d: UInt8 in [0x41, 0x80, 0xBF, 0xC0] {
            check(pair + [c, d])
            check(run + pair + [c, d] + run)
          }
        }
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
  }

  /// Random lines: mostly ASCII with some scalars of every length, bytes sometimes dropped or
  /// replaced.
  @Test func randomLines() {
    // The same texts every run (`SplitMix64`).
    var generator = SplitMix64(seed: 2021)
    func next(_ bound: Int) -> Int { Int(generator.next() % UInt64(bound)) }
    let scalars: [Unicode.Scalar] = ["a", "Z", " ", "\u{0101}", "\u{07FF}", "\u{0800}", "\u{D7FF}", "\u{E000}", "\u{FFFD}", "\u{10000}", "\u{10FFFF}", "\u{0627}"]
    for _ in 0..<20000 {
      var bytes: [UInt8] = []
      for _ in 0..<next(40) { bytes += Array(String(scalars[next(scalars.count)]).utf8) }
      if !bytes.isEmpty, next(2) == 0 {
        let k = next(bytes.count)
        if next(2) == 0 { bytes.remove(at: k) } else { bytes[k] = UInt8(next(256)) }
      }
      #expect(Self.agree(bytes), "\(bytes)")
    }
  }
}
