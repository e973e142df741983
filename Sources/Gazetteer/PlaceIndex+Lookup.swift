import Foundation

/// How a look-up matched a place.
public enum MatchQuality: Int, Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The query is the place's code (pcode, ISO 3166-2, region id).
  case code = 0
  /// The query's name key equals a spelling's name key (case, diacritics, hyphens, joins and
  /// generic words aside).
  case name = 1
  /// Only the looser sound key matched (transliteration pairs, vowels).
  case sound = 2

  public static func < (lhs: MatchQuality, rhs: MatchQuality) -> Bool { lhs.rawValue < rhs.rawValue }

  public var description: String {
    switch self {
    case .code: "code"
    case .name: "name"
    case .sound: "sound"
    }
  }
}

/// One candidate of a look-up.
public struct PlaceMatch: Sendable, Hashable {
  /// The matched place. For a temporary district, its 399-set parent district.
  public let place: Place
  /// The gazetteer spelling that matched the query.
  public let spelling: String
  /// How it matched.
  public let quality: MatchQuality
  /// Set when the query named a temporary district of the 407/421 sets, which `place` contains.
  public let temporaryDistrict: TemporaryDistrict?

  public init(
    place: Place, spelling: String, quality: MatchQuality, temporaryDistrict: TemporaryDistrict?
  ) {
    self.place = place
    self.spelling = spelling
    self.quality = quality
    self.temporaryDistrict = temporaryDistrict
  }
}

extension PlaceIndex {
  /// Every place the query may name, best matches first.
  ///
  /// Name-key matches win over sound-key matches: when any spelling matches by name key, sound
  /// matches are not returned. A name used by places in two provinces (Qara Bagh in Ghazni and
  /// Kabul) returns both; pass `province` to keep the one inside it.
  ///
  /// - Parameters:
  ///   - query: any spelling, a pcode (`AF1310`), an ISO 3166-2 code (`AF-PIA`) or a region id.
  ///   - province: optional province name or code; only places inside it (or the province
  ///     itself) are kept. An unknown province keeps nothing.
  ///   - levels: optional levels to keep.
  /// - Returns: candidates ordered by quality, level, then id.
  public func lookup(
    _ query: String, province: String? = nil, levels: Set<PlaceLevel>? = nil
  ) -> [PlaceMatch] {
    var matches = rawLookup(query)
    if let levels { matches = matches.filter { levels.contains($0.place.level) } }
    if let province {
      let provinces = Set(
        rawLookup(province).filter { $0.place.level == .province }.map(\.place.id))
      matches = matches.filter { match in
        guard let pcode = match.place.provincePcode else { return false }
        return provinces.contains(pcode)
      }
      if matches.contains(where: { $0.quality < .sound }) {
        matches = matches.filter { $0.quality < .sound }
      }
    }
    return matches
  }

  /// Places whose spelling has the same name key as `text` (and, with `allowSound`, when none
  /// does, the same sound key). No code look-up: for finding names in running text.
  ///
  /// A single word whose name key is a spelling's with the ending "-i" of origin added
  /// ("Mazari", "Kandahari", "Panjshiri": people's names and adjectives of origin, which running
  /// text holds far more often than misspelt places) has no sound matches. (Not a name of more
  /// words, whose last one may end so as a variant: "Dand-e-Ghori", "Firoz-Kohi".)
  public func nameMatches(_ text: String, allowSound: Bool) -> [PlaceMatch] {
    let key = NameNormalizer.key(text)
    guard !key.isEmpty else { return [] }
    if let entries = byKey[key] { return matches(entries, quality: .name) }
    if allowSound, !(key.utf8.count == text.utf8.count && isOriginAdjective(key)),
      let entries = bySound[NameNormalizer.soundKey(fromKey: key)]
    {
      return matches(entries, quality: .sound)
    }
    return []
  }

  /// Whether name key `key` is a spelling's name key ending in a consonant and a final "i"
  /// ("mazari": "mazar"; not "panjwaii", a spelling of Panjwai's own).
  func isOriginAdjective(_ key: String) -> Bool {
    let bytes = key.utf8
    guard bytes.count > 4, bytes.last == UInt8(ascii: "i"), let before = bytes.dropLast().last, !"aeiouy".utf8.contains(before)
    else { return false }
    return byKey[String(key.dropLast())] != nil
  }

  /// Places whose spelling has the same sound key as `text`, whether or not one has its name
  /// key: for a name whose exact spelling belongs to a place of another province than the one
  /// the text names beside it ("Karabagh district of Ghazni").
  public func soundMatches(_ text: String) -> [PlaceMatch] {
    guard let entries = soundEntries(text) else { return [] }
    return matches(entries, quality: .sound)
  }

  /// `soundMatches(text).filter { isIncluded($0.place) }`, each place asked before its match is
  /// made: a match is kept or left out with every other of its place, so leaving out the
  /// entries of a place first changes nothing else. (The extractor keeps few of the matches it
  /// asks for, and making each, its place copied, was most of the 2.9 M instructions
  /// `matches(_:quality:)` took for it on the 1 MB stream: callgrind, issue #16.)
  public func soundMatches(_ text: String, where isIncluded: (Place) -> Bool) -> [PlaceMatch] {
    guard let kept = soundEntries(text)?.filter({ isIncluded(places[$0.place]) }), !kept.isEmpty else { return [] }
    return matches(kept, quality: .sound)
  }

  /// The index entries whose spelling has `text`'s sound key (nil for none, or a text of no key).
  private func soundEntries(_ text: String) -> [Entry]? {
    let key = NameNormalizer.key(text)
    return key.isEmpty ? nil : bySound[NameNormalizer.soundKey(fromKey: key)]
  }

  /// The candidates without filters, best tier only (codes, else name keys, else sound keys).
  func rawLookup(_ query: String) -> [PlaceMatch] {
    let trimmed = trimmingWhitespaceAndNewlines(query)
    if let byCode = codeMatch(trimmed) { return [byCode] }
    let key = NameNormalizer.key(trimmed)
    guard !key.isEmpty else { return [] }
    if let entries = byKey[key] { return matches(entries, quality: .name) }
    if let entries = bySound[NameNormalizer.soundKey(fromKey: key)] {
      return matches(entries, quality: .sound)
    }
    return []
  }

  private func codeMatch(_ query: String) -> PlaceMatch? {
    let upper = query.uppercased()
    if let place = place(id: upper) ?? place(id: query) {
      return PlaceMatch(place: place, spelling: place.id, quality: .code, temporaryDistrict: nil)
    }
    if upper.hasPrefix("AF-"), let province = places.first(where: { $0.iso == upper }) {
      return PlaceMatch(place: province, spelling: upper, quality: .code, temporaryDistrict: nil)
    }
    if let region = place(id: "region:" + query.lowercased()) {
      return PlaceMatch(place: region, spelling: region.id, quality: .code, temporaryDistrict: nil)
    }
    if let temporary = temporaryDistricts.first(where: { $0.code == upper }),
      let parent = place(id: temporary.parentPcode)
    {
      return PlaceMatch(
        place: parent, spelling: upper, quality: .code, temporaryDistrict: temporary)
    }
    return nil
  }

  func matches(_ entries: [Entry], quality: MatchQuality) -> [PlaceMatch] {
    // One entry (most keys): nothing to order or merge. (The sorts and the set below were about
    // half of the 15 M instructions `spellingKeys()` spends here at every start, callgrind.)
    if entries.count == 1 {
      let entry = entries[0]
      return [
        PlaceMatch(
          place: places[entry.place], spelling: entry.spelling, quality: quality,
          temporaryDistrict: entry.temporary >= 0 ? temporaryDistricts[entry.temporary] : nil)
      ]
    }
    // The places taken so far, searched in an array while there are few: a `Set<Int>`, made
    // and grown for every key of several entries, was 2.7 M instructions of every start
    // (`spellingKeys()`) and 0.9 M on the 1 MB stream (callgrind, issue #16).
    var seen = Set<Int>()
    var seenFew: [Int] = []
    let few = entries.count <= 16
    if few { seenFew.reserveCapacity(entries.count) }
    var result: [PlaceMatch] = []
    result.reserveCapacity(entries.count)
    // A direct spelling of a place beats reaching it through a temporary district.
    for entry in entries.sorted(by: { ($0.temporary >= 0 ? 1 : 0, $0.place) < ($1.temporary >= 0 ? 1 : 0, $1.place) }) {
      if few {
        guard !seenFew.contains(entry.place) else { continue }
        seenFew.append(entry.place)
      } else {
        guard seen.insert(entry.place).inserted else { continue }
      }
      result.append(
        PlaceMatch(
          place: places[entry.place], spelling: entry.spelling, quality: quality,
          temporaryDistrict: entry.temporary >= 0 ? temporaryDistricts[entry.temporary] : nil))
    }
    return result.sorted { ($0.place.level, $0.place.id) < ($1.place.level, $1.place.id) }
  }

  /// Places whose spelling is within a small edit distance of `text`, for names the text
  /// misspells ("Lashkah Gar", "Qatal"): the places of the single closest name key, at most
  /// one edit away for keys of 5–7 letters and two for longer ones (a swap of two letters
  /// counts as one edit); none when two keys of different places are equally close or the key
  /// is shorter than five letters. Returned with `.sound` quality, restricted to `levels` and,
  /// when `among` is given, to the places it accepts (the closest key is sought among theirs).
  public func closeMatches(
    _ text: String, levels: Set<PlaceLevel>, among accepts: ((Place) -> Bool)? = nil
  ) -> [PlaceMatch] {
    let key = NameNormalizer.key(text)
    let target = Array(key.utf8)
    guard target.count >= 5 else { return [] }
    let limit = target.count >= 8 ? 2 : 1
    var best: (distance: Int, key: [UInt8], entries: [Entry])? = nil
    var tie = false
    /// Whether `levels` and `accepts` admit the place of `entry`.
    func admits(_ entry: Entry) -> Bool {
      let place = places[entry.place]
      return levels.contains(place.level) && accepts?(place) != false
    }
    /// The places of `entries` that are admitted, a town counted as the district it lies in.
    func admitted(_ entries: [Entry]) -> Set<String> {
      Set(entries.lazy.filter(admits).map { self.places[$0.place] }.map { $0.level == .town ? ($0.districtPcode ?? $0.id) : $0.id })
    }
    // The target's byte counts, for `byteCountDifference` (one table for the scan, put back as
    // it was after each key).
    var targetCounts = [Int32](repeating: 0, count: 256)
    for byte in target { targetCounts[Int(byte)] += 1 }
    targetCounts.withUnsafeMutableBufferPointer { counts in byKey.forEach { candidateKey, entries in
      guard abs(candidateKey.count - target.count) <= limit else { return }
      // (A key whose bytes differ in more than twice `limit` counts is more than `limit` edits
      // away: passed over without the alignment table and the copy of its bytes, as most keys
      // of the right length are.)
      guard byteCountDifference(counts, target.count, candidateKey) <= 2 * limit else { return }
      let candidate = Array(candidateKey)
      let distance = optimalStringAlignmentDistance(target, candidate, limit: limit)
      guard distance <= limit, distance > 0 else { return }
      let entries = entries()
      guard entries.contains(where: admits) else { return }
      if let current = best {
        if distance < current.distance {
          best = (distance, candidate, entries)
          tie = false
        } else if distance == current.distance, candidate != current.key {
          // (Two spellings of the same places are no tie: "Parjan" is as close to "Paryan"
          // as to "Parian", both Paryan district; "Andhoy" to the district and the town of
          // Andkhoy. The smaller key's spelling is kept, whatever order the keys are visited
          // in.)
          if admitted(entries) != admitted(current.entries) {
            tie = true
          } else if candidate.lexicographicallyPrecedes(current.key) {
            best = (distance, candidate, entries)
          }
        }
      } else {
        best = (distance, candidate, entries)
      }
    } }
    guard let best, !tie else { return [] }
    let entries = best.entries
    var seen = Set<Int>()
    return entries.filter {
      admits($0) && seen.insert($0.place).inserted
    }.map {
      PlaceMatch(
        place: places[$0.place], spelling: $0.spelling, quality: .sound,
        temporaryDistrict: $0.temporary >= 0 ? temporaryDistricts[$0.temporary] : nil)
    }
  }

  /// Spellings close to `query` for "did you mean" hints: the gazetteer spellings with the
  /// smallest edit distance between name keys, at most `limit`.
  public func suggestions(for query: String, limit: Int = 5) -> [String] {
    let key = NameNormalizer.key(query)
    guard !key.isEmpty else { return [] }
    let target = Array(key.utf8)
    var scored: [(Int, String)] = []
    byKey.forEach { candidateKey, entries in
      let distance = editDistance(target, Array(candidateKey), limit: max(2, target.count / 3))
      guard distance <= max(2, target.count / 3) else { return }
      for entry in entries() { scored.append((distance, entry.spelling)) }
    }
    var seen = Set<String>()
    return scored.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.1)
      .filter { seen.insert($0).inserted }
      .prefix(limit).map { $0 }
  }
}

/// The sum over byte values of how many more times each occurs in one text than in the other:
/// `counts` holds the first text's count of each byte value (256 entries, `total` bytes in all),
/// `bytes` is the second text. It is a lower bound of twice their
/// ``optimalStringAlignmentDistance(_:_:limit:)``: an insertion or a deletion changes the sum
/// by one, a substitution by at most two, a swap of two adjacent bytes not at all. `counts` is
/// changed while the sum is taken and left as it was. (Read before the alignment table in
/// `closeMatches`: about 100 instructions a key where the table and its arrays were about 1 150,
/// on the 8 700 keys of the right length that the 1 MB stream compares: callgrind, issue #16.)
func byteCountDifference(_ counts: UnsafeMutableBufferPointer<Int32>, _ total: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
  var difference = total
  for byte in bytes {
    let i = Int(byte)
    difference += counts[i] > 0 ? -1 : 1
    counts[i] -= 1
  }
  for byte in bytes { counts[Int(byte)] += 1 }
  return difference
}

/// Edit distance where swapping two adjacent letters is one edit ("qatal" → "qalat" is two
/// swaps apart only in Levenshtein terms), giving up (returning `limit + 1`) early.
func optimalStringAlignmentDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
  if abs(a.count - b.count) > limit { return limit + 1 }
  if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
  var twoBack = [Int](repeating: 0, count: b.count + 1)
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...a.count {
    current[0] = i
    var rowMinimum = i
    for j in 1...b.count {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { value = min(value, twoBack[j - 2] + 1) }
      current[j] = value
      rowMinimum = min(rowMinimum, value)
    }
    if rowMinimum > limit { return limit + 1 }
    (twoBack, previous, current) = (previous, current, twoBack)
  }
  return previous[b.count]
}

/// Levenshtein distance, giving up (returning `limit + 1`) once every cell exceeds `limit`.
func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
  if abs(a.count - b.count) > limit { return limit + 1 }
  var previous = Array(0...b.count)
  var current = [Int](repeating: 0, count: b.count + 1)
  for i in 1...max(a.count, 1) where !a.isEmpty {
    current[0] = i
    var rowMinimum = current[0]
    for j in 1...max(b.count, 1) where !b.isEmpty {
      let cost = a[i - 1] == b[j - 1] ? 0 : 1
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      rowMinimum = min(rowMinimum, current[j])
    }
    if rowMinimum > limit { return limit + 1 }
    swap(&previous, &current)
  }
  return a.isEmpty ? b.count : previous[b.count]
}

/// `query.trimmingCharacters(in: .whitespacesAndNewlines)` in the standard library: the same
/// scalars (Unicode White_Space, plus U+200B ZERO WIDTH SPACE, which Foundation's set also
/// holds; the two were compared over every scalar), without the NSString bridge, whose first use
/// resolves generic metadata on the start-up path of `gazetteer lookup` (issue #16).
private func trimmingWhitespaceAndNewlines(_ query: String) -> String {
  func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace || scalar == "\u{200B}" }
  let scalars = query.unicodeScalars
  guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) })
  else { return "" }
  return String(scalars[first...last])
}
