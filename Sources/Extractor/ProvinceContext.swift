import Gazetteer

/// The provinces a text names, used to choose between places of the same name in different
/// provinces (Qara Bagh of Ghazni or of Kabul).
struct ProvinceContext {
  struct Cue {
    let province: String
    let sentence: Int
    let token: Int
    let weight: Double
    /// Whether the province is named as a place, not in a title or office ("Ghazni police").
    var isPlace = true
    /// The list the naming mention belongs to (-1: none).
    var list = -1
  }
  let cues: [Cue]

  init(mentions: [Mention], index: PlaceIndex) {
    var cues: [Cue] = []
    // Counted over the matches in place: filtering them copies every `Place` (built twice per
    // report, for every mention).
    // (Each mention read in place, by index: `for mention in mentions` copied every mention,
    // its text, matches and names retained and released, 21 000 times on the 1 MB stream with
    // the loop below: callgrind, issue #16.)
    for m in mentions.indices {
      var provinces = 0
      var province = ""
      // By index: `for match in` copies every PlaceMatch (and its Place) out of the array.
      for k in mentions[m].matches.indices where mentions[m].matches[k].place.level == .province {
        if provinces == 0 { province = mentions[m].matches[k].place.id }
        provinces += 1
      }
      if provinces == 1 {
        cues.append(
          Cue(
            province: province, sentence: mentions[m].sentence, token: mentions[m].tokens.lowerBound, weight: 1,
            isPlace: !mentions[m].isAttributive && !mentions[m].isLandmark))
      }
      // An unambiguous district also speaks for its province, more weakly.
      guard provinces == 0 else { continue }
      var districtProvince: String? = nil
      var oneProvince = true
      for k in mentions[m].matches.indices where mentions[m].matches[k].place.level == .district {
        guard let p = mentions[m].matches[k].place.provincePcode else { continue }
        if let known = districtProvince, known != p { oneProvince = false }
        districtProvince = districtProvince ?? p
      }
      if oneProvince, let p = districtProvince {
        cues.append(Cue(province: p, sentence: mentions[m].sentence, token: mentions[m].tokens.lowerBound, weight: 0.4, list: mentions[m].list))
      }
    }
    self.cues = cues
    // One sense per report: a name shared by places of several provinces that the report pins
    // down once ("Qarabagh district of Ghazni") keeps that sense where it stands bare, even in
    // a sentence that names another of its provinces ("the Kabul government").
    var senses: [String: String] = [:]
    var conflicting = Set<String>()
    for m in mentions.indices where !mentions[m].isBackReference {
      // Fewer than two districts: no choice to pin.
      var districts = 0
      for k in mentions[m].matches.indices where mentions[m].matches[k].place.level == .district { districts += 1 }
      guard districts > 1 else { continue }
      let candidates = mentions[m].matches.filter { $0.place.level == .district }.map(\.place)
      guard Set(candidates.map(\.id)).count > 1 else { continue }
      let pinned = candidates.filter { place in
        cues.contains { cue in
          cue.weight == 1 && cue.isPlace && cue.sentence == mentions[m].sentence && cue.token != mentions[m].tokens.lowerBound
            && cue.province == place.provincePcode
            && abs(cue.token - mentions[m].tokens.lowerBound) <= Self.pinningReach
        }
      }
      guard pinned.count == 1 else { continue }
      let key = mentions[m].text.lowercased()
      if let known = senses[key], known != pinned[0].id { conflicting.insert(key) }
      senses[key] = pinned[0].id
    }
    for key in conflicting { senses[key] = nil }
    self.senses = senses
  }

  /// The district each ambiguous name (lower-cased as written) was pinned to by a province
  /// named beside it somewhere in the report.
  let senses: [String: String]

  /// How many tokens from a name its province may stand to pin it ("Muqur district in Badghis",
  /// "Ghazni's Qarabagh"); farther, a province is only a neighbour in the sentence ("officials
  /// in Kabul said that Qarabagh had fallen").
  static let pinningReach = 4

  /// The best-supported place, and the others when support does not single one out.
  func choose(among places: [Place], for mention: Mention) -> (Place, [Place]) {
    if let id = senses[mention.text.lowercased()], let pinned = places.first(where: { $0.id == id }) {
      return (pinned, [])
    }
    func support(_ place: Place) -> Double {
      var total = 0.0
      for cue in cues where cue.province == place.provincePcode && cue.token != mention.tokens.lowerBound {
        let sentenceGap = mention.sentence - cue.sentence
        let base: Double
        if sentenceGap == 0 {
          base = 10 - Double(abs(cue.token - mention.tokens.lowerBound)) * 0.05
        } else if sentenceGap > 0 {
          base = max(2, 7 - Double(sentenceGap))
        } else {
          base = max(0.5, 2 - Double(-sentenceGap) * 0.2)
        }
        // "the Taliban hold Andar, Deh Yak and Qarabagh districts": the unambiguous members of
        // the name's own list speak for its province as strongly as a container would.
        let weight = cue.list >= 0 && cue.list == mention.list && sentenceGap == 0 ? 0.8 : cue.weight
        total = max(total, base * weight)
      }
      return total
    }
    let scored = places.map { ($0, support($0)) }.sorted { ($0.1, $1.0.id) > ($1.1, $0.0.id) }
    if scored.count > 1, scored[0].1 > scored[1].1 {
      return (scored[0].0, [])
    }
    return (scored[0].0, scored.dropFirst().map(\.0))
  }
}
