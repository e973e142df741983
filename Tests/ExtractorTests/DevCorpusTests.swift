import Extractor
import Foundation
import Gazetteer
import Testing

/// Scores the extractor against the hand-annotated development corpus in `../shared/corpus/dev`
/// (real articles, read in place and never copied into the project).
///
/// Scoring follows the corpus README: (document, type, place) triples, the place being the pcode
/// (a city counts as its district, a temporary district as its 399-set parent); gold `attack`
/// events are optional — a `contested` prediction for the same place is neither rewarded nor
/// punished. Region-level predictions ("northern Afghanistan") are left out of the score because
/// the gold annotates only districts, cities and provinces.
@Suite struct DevCorpusTests {
  static let corpus = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("shared/corpus/dev")

  struct GoldEvent: Decodable {
    let type: String
    let place: String
    let pcode: String?
    let date: String?
  }
  struct GoldFile: Decodable { let events: [GoldEvent] }
  struct Meta: Decodable { let published: String? }

  struct Score {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0
    var datedMatches = 0
    var correctDates = 0
    var report: [String] = []

    var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
    var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var dateAccuracy: Double { Double(correctDates) / Double(max(1, datedMatches)) }
  }

  static func score() throws -> Score? {
    guard FileManager.default.fileExists(atPath: corpus.path) else { return nil }
    let index = try PlaceIndex.embedded()
    let extractor = EventExtractor(index: index)
    let ids = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
      .filter { $0.hasSuffix(".gold.json") }.map { String($0.dropLast(".gold.json".count)) }.sorted()
    var score = Score()
    for id in ids {
      let text = try String(contentsOf: corpus.appendingPathComponent("\(id).txt"), encoding: .utf8)
      let meta = try JSONDecoder().decode(Meta.self, from: Data(contentsOf: corpus.appendingPathComponent("\(id).meta.json")))
      let gold = try JSONDecoder().decode(GoldFile.self, from: Data(contentsOf: corpus.appendingPathComponent("\(id).gold.json")))
      let events = extractor.extract(Document(id: id, text: text, published: meta.published.flatMap { Day(iso: $0) }))

      func goldKey(_ event: GoldEvent) -> String {
        if let pcode = event.pcode { return pcode }
        // A temporary district: its 399-set parent.
        if let match = index.lookup(event.place, levels: [.district]).first { return match.place.id }
        return "?" + event.place
      }
      var required = Set<String>()
      var optional = Set<String>()
      var goldDates: [String: Set<String>] = [:]
      for event in gold.events {
        let key = goldKey(event)
        if event.type == "attack" {
          optional.insert("contested|" + key)
        } else {
          required.insert(event.type + "|" + key)
          if let date = event.date { goldDates[event.type + "|" + key, default: []].insert(date) }
        }
      }
      var predicted = Set<String>()
      var predictedDates: [String: Set<String>] = [:]
      for event in events where event.place.level != .region {
        let key = event.type.rawValue + "|" + event.place.pcode
        predicted.insert(key)
        if let date = event.date { predictedDates[key, default: []].insert(date.description) }
      }
      let matched = predicted.intersection(required)
      let falsePositives = predicted.subtracting(required).subtracting(optional)
      let falseNegatives = required.subtracting(predicted)
      score.truePositives += matched.count
      score.falsePositives += falsePositives.count
      score.falseNegatives += falseNegatives.count
      for key in matched {
        guard let dates = goldDates[key] else { continue }
        score.datedMatches += 1
        if !dates.isDisjoint(with: predictedDates[key] ?? []) {
          score.correctDates += 1
        } else {
          score.report.append("\(id) date \(key): gold \(dates.sorted()) got \((predictedDates[key] ?? []).sorted())")
        }
      }
      for key in falsePositives.sorted() { score.report.append("\(id) FP \(key)") }
      for key in falseNegatives.sorted() { score.report.append("\(id) FN \(key)") }
    }
    return score
  }

  @Test func extractorScoresAtLeastF1Of085OnTheDevelopmentCorpus() throws {
    guard let score = try Self.score() else {
      print("DevCorpusTests: skipped: \(Self.corpus.path) is absent (the dev corpus lives in ../shared)")
      return
    }
    for line in score.report { print("  " + line) }
    print(
      String(
        format: "dev corpus: precision %.3f recall %.3f F1 %.3f (TP %d, FP %d, FN %d); dates %.3f (%d/%d)",
        score.precision, score.recall, score.f1, score.truePositives, score.falsePositives,
        score.falseNegatives, score.dateAccuracy, score.correctDates, score.datedMatches))
    #expect(score.f1 >= 0.85, "F1 \(score.f1) is below 0.85")
    #expect(score.dateAccuracy >= 0.85, "date accuracy \(score.dateAccuracy) is below 0.85")
  }
}
