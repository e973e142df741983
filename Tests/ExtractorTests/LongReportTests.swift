import Chronology
@testable import Extractor
import Gazetteer
import Testing

/// A very long report is read in stretches of whole sentences (issue #16: memory bounded by the
/// stretch, not the report), with the same events as a short one and spans into the whole text.
@Suite struct LongReportTests {
  /// A report of `count` filler sentences with one event sentence at the start and one at the end.
  static func longReport(fillers count: Int) -> String {
    let filler = "Residents said the road to the market stayed closed for another day. "
    return "Kaldar district of Balkh fell to the Taliban on Sunday. " + String(repeating: filler, count: count)
      + "Heavy clashes are under way in Zheray district of Kandahar.\n"
  }

  @Test func stretchesCoverTheReportAndEndAfterSentences() throws {
    let text = Self.longReport(fillers: 6_000)
    let chunks = try #require(LanguageSegments.chunks(text, language: .en))
    #expect(chunks.count > 2)
    #expect(chunks.first?.scalars.lowerBound == 0)
    #expect(chunks.last?.scalars.upperBound == text.unicodeScalars.count)
    let scalars = Array(text.unicodeScalars)
    for (a, b) in zip(chunks, chunks.dropFirst()) {
      #expect(a.scalars.upperBound == b.scalars.lowerBound)
      #expect(scalars[a.scalars.upperBound - 1] == " " && scalars[a.scalars.upperBound - 2] == ".")
    }
    #expect(LanguageSegments.chunks(Self.longReport(fillers: 10), language: .en) == nil)
  }

  @Test func longReportGivesTheEventsOfItsFirstAndLastSentences() {
    let text = Self.longReport(fillers: 6_000)
    let events = ExtractorRuleTests.extractor.extract(Document(id: "long", text: text, published: Day(iso: "2021-07-10")))
    #expect(events.map { "\($0.type.rawValue) \($0.place.pcode)" } == ["captured AF2113", "contested AF2705"])
    #expect(events.map(\.id) == ["long#1", "long#2"])
    let scalars = Array(text.unicodeScalars)
    for event in events {
      var mention = String.UnicodeScalarView()
      mention.append(contentsOf: scalars[event.span[0]..<event.span[1]])
      #expect(String(mention) == event.mention)
    }
  }

  /// A 1 MB line with no sentence end is still cut, at spaces.
  @Test func lineWithoutSentenceEndsIsCutAtSpaces() throws {
    let text = String(repeating: "word ", count: 200_000)
    let chunks = try #require(LanguageSegments.chunks(text, language: .en))
    #expect(chunks.count >= 5)
    let scalars = Array(text.unicodeScalars)
    for chunk in chunks.dropLast() { #expect(scalars[chunk.scalars.upperBound - 1] == " ") }
  }
}
