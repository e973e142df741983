import Chronology
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
  /// The fixed check set (`Tests/dev-check-set.txt`): texts never read nor tuned on, whose
  /// individual errors are never printed.
  static let checkSetFile = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("dev-check-set.txt")

  static func checkSet() throws -> Set<String> {
    let text = try String(contentsOf: checkSetFile, encoding: .utf8)
    return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && !$0.hasPrefix("#") })
  }

  struct GoldEvent: Decodable {
    let type: String
    let place: String
    let pcode: String?
    let date: String?
    let note: String?
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

    mutating func add(_ other: Score) {
      truePositives += other.truePositives
      falsePositives += other.falsePositives
      falseNegatives += other.falseNegatives
      datedMatches += other.datedMatches
      correctDates += other.correctDates
      report += other.report
    }

    func line(_ name: String) -> String {
      String(
        format: "%@: precision %.3f recall %.3f F1 %.3f (TP %d, FP %d, FN %d); dates %.3f (%d/%d)", name,
        precision, recall, f1, truePositives, falsePositives, falseNegatives, dateAccuracy, correctDates,
        datedMatches)
    }
  }

  /// Scores of the tuned set, the check set and the whole corpus.
  static func score() throws -> (tuned: Score, check: Score, all: Score)? {
    try score(corpus: corpus)
  }

  /// Scores of a gold-annotated corpus directory (the check set applies to its ids only).
  static func score(corpus: URL) throws -> (tuned: Score, check: Score, all: Score)? {
    guard FileManager.default.fileExists(atPath: corpus.path) else { return nil }
    let index = try PlaceIndex.embedded()
    let extractor = EventExtractor(index: index)
    let ids = try FileManager.default.contentsOfDirectory(atPath: corpus.path)
      .filter { $0.hasSuffix(".gold.json") }.map { String($0.dropLast(".gold.json".count)) }.sorted()
    let check = try checkSet()
    var tunedScore = Score()
    var checkScore = Score()
    var allScore = Score()
    for id in ids {
      var score = Score()
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
        } else if event.note?.hasPrefix("DISPUTED:") == true {
          // A capture one side claims and the other denies: optional to extract.
          optional.insert(event.type + "|" + key)
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
      if check.contains(id) {
        score.report = []
        checkScore.add(score)
      } else {
        tunedScore.add(score)
      }
      allScore.add(score)
    }
    allScore.report = []
    return (tunedScore, checkScore, allScore)
  }

  /// Floors under today's measured scores, so that a change that loses ground fails. The
  /// goals of the extractor issue are check-set event F1 0.85 and whole-corpus F1 0.90; these
  /// floors rise with every measured gain and never fall.
  static let floors = (checkF1: 0.805, allF1: 0.925, tunedF1: 0.96, allDates: 0.95)

  @Test func extractorHoldsItsScoresOnTunedAndCheckSets() throws {
    guard let (tuned, check, all) = try Self.score() else {
      print("DevCorpusTests: skipped: \(Self.corpus.path) is absent (the dev corpus lives in ../shared)")
      return
    }
    for line in tuned.report { print("  " + line) }
    print(tuned.line("dev corpus, tuned set"))
    print(check.line("dev corpus, check set"))
    print(all.line("dev corpus, all"))
    #expect(check.f1 >= Self.floors.checkF1, "check-set F1 \(check.f1) is below \(Self.floors.checkF1)")
    #expect(all.f1 >= Self.floors.allF1, "whole-corpus F1 \(all.f1) is below \(Self.floors.allF1)")
    #expect(tuned.f1 >= Self.floors.tunedF1, "tuned-set F1 \(tuned.f1) is below \(Self.floors.tunedF1)")
    #expect(all.dateAccuracy >= Self.floors.allDates, "date accuracy \(all.dateAccuracy) is below \(Self.floors.allDates)")
  }

  /// The Dari and Pashto development corpus (issue #13), scored by the same rules.
  static let persianCorpus = corpus.deletingLastPathComponent().appendingPathComponent("dev-fa")

  /// Issue #13's goal: event F1 0.80 on the Dari and Pashto reports.
  static let persianFloorF1 = 0.80

  @Test func extractorReadsDariAndPashtoReports() throws {
    guard let (tuned, _, all) = try Self.score(corpus: Self.persianCorpus) else {
      print("DevCorpusTests: skipped: \(Self.persianCorpus.path) is absent (the dev-fa corpus lives in ../shared)")
      return
    }
    for line in tuned.report { print("  " + line) }
    print(all.line("dev-fa corpus (Dari, Pashto)"))
    #expect(all.f1 >= Self.persianFloorF1, "dev-fa F1 \(all.f1) is below \(Self.persianFloorF1)")
  }
}
