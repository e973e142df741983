/// The name keys and sound keys of the spellings the English mention finder reads, taken from
/// the index's own key tables rather than computed again.
///
/// The tables were filled by `NameNormalizer` when the index was built — for the embedded index
/// at build time (`Scripts/generate-gazetteer-index.sh`), checked against a rebuild by
/// `GazetteerIndexGenerationTests` — so a process that needs every key (the extractor's
/// `NameKeyFilter`) reads them instead of keying all 4 750 spellings again: keying them was
/// 144 M of the 225 M instructions every `frontline extract` spent starting (callgrind, issue
/// #16).
///
/// A key belongs when a spelling of `Place.spellings` or a temporary district's name or alias
/// has it, not only a Persian spelling. The tables say so without keying: the entry a table keeps
/// for a place (or temporary district) under a key holds the first of its spellings added with
/// that key, and `init(places:temporaryDistricts:)` adds all of a place's `spellings` before its
/// `persianSpellings` (and a temporary district's name and aliases before its Persian
/// spellings). So some such spelling has the key exactly when the spelling of one of the key's
/// entries is, byte for byte, one of them.
extension PlaceIndex {
  /// A name key of the spellings and what a text with that key finds.
  public struct SpellingKey: Sendable {
    /// The name key (`NameNormalizer.key`).
    public let key: String
    /// `nameMatches(_:allowSound: false)` of any text with this key.
    public let matches: [PlaceMatch]
  }

  /// Every name key of the places' `spellings` and the temporary districts' names and aliases
  /// (not of Persian spellings), with what `nameMatches(_:allowSound: false)` answers for it,
  /// and every sound key (`NameNormalizer.soundKey(fromKey:)`) of those name keys; each key
  /// once, in no particular order.
  ///
  /// The same keys as keying every such spelling now with `NameNormalizer`, read from the
  /// tables instead (see the extension's discussion).
  ///
  /// For the embedded index (`embedded()`) they are read from the table generated with it
  /// (`Generated/EmbeddedSpellingKeys+Generated.swift`, written by
  /// `Scripts/generate-gazetteer-index.sh` from `spellingKeysTable()` of the index built from the
  /// CSV; `EmbeddedSpellingKeysTests` fail when it is stale): the same keys and answers,
  /// without testing every key line's spellings and ordering each key's places at every start
  /// (this function 19.4 M → 7.3 M instructions, `frontline extract` on an empty stream 106.1 M →
  /// 93.9 M: callgrind, issue #16).
  public func spellingKeys() -> (names: [SpellingKey], sounds: [String]) {
    if readsEmbeddedSpellingKeys, let keys = Self.spellingKeys(table: EmbeddedSpellingKeys.text, of: self) {
      return keys
    }
    return scannedSpellingKeys()
  }

  /// `spellingKeys()` found from the tables (see the extension's discussion), whatever their
  /// storage.
  func scannedSpellingKeys() -> (names: [SpellingKey], sounds: [String]) {
    var names: [SpellingKey] = []
    names.reserveCapacity(byKey.count)
    // (The test reads each key line's fields in place: only the entries of a kept name key are
    // made, and none of a sound key's. Making every line's entries to test them, this took
    // 31.5 M instructions of every start; so, 25.7 M: callgrind, issue #16.)
    byKey.forEach(where: isOwnSpelling) { key, passes, entries in
      guard passes else { return }
      names.append(SpellingKey(key: String(decoding: key, as: UTF8.self), matches: matches(entries(), quality: .name)))
    }
    var sounds: [String] = []
    sounds.reserveCapacity(bySound.count)
    bySound.forEach(where: isOwnSpelling) { key, passes, _ in
      guard passes else { return }
      sounds.append(String(decoding: key, as: UTF8.self))
    }
    return (names, sounds)
  }

  /// Whether an entry's spelling (its UTF-8 bytes) is, byte for byte, one of the spellings of
  /// its place (or temporary district, when `temporary` is not -1) that are not Persian
  /// spellings.
  private func isOwnSpelling(place: Int, temporary: Int, spelling: UnsafeBufferPointer<UInt8>) -> Bool {
    // (Lengths first: most spellings differ in length, and `count` of a native string's UTF-8
    // costs nothing.)
    func same(_ a: String) -> Bool { a.utf8.count == spelling.count && a.utf8.elementsEqual(spelling) }
    // (The fields read in place: a copy of the whole place retains each of its strings.)
    if temporary >= 0 {
      return same(temporaryDistricts[temporary].name) || temporaryDistricts[temporary].aliases.contains(where: same)
    }
    return same(places[place].name) || places[place].aliases.contains(where: same)
  }
}

extension PlaceIndex {
  /// `spellingKeys()` as a table that `spellingKeys(table:of:)` reads back for this index (the
  /// text `Scripts/generate-gazetteer-index.sh` embeds for the embedded index), found now from
  /// the tables by `NameNormalizer`'s keys (`scannedSpellingKeys()`).
  ///
  /// A header line `frontline-spelling-keys 1 <places> <temporary districts> <name keys>
  /// <sound keys>`, then a line for each name key, in the order of the keys' UTF-8 bytes: the
  /// key, then `|place|temporary|spelling` for each of its matches in order (positions in
  /// `places` and `temporaryDistricts`, -1 for none), then a line for each sound key, in the
  /// same order.
  /// - Throws: `GazetteerError.invalidRow` when a key or spelling holds "|" or a line break.
  public func spellingKeysTable() throws -> String {
    let (names, sounds) = scannedSpellingKeys()
    func check(_ text: String) throws -> String {
      guard !text.isEmpty, !text.contains(where: { $0 == "|" || $0.isNewline }) else {
        throw GazetteerError.invalidRow(source: "spelling keys", line: 0, reason: "cannot write \"\(text)\"")
      }
      return text
    }
    var out = "frontline-spelling-keys 1 \(places.count) \(temporaryDistricts.count) \(names.count) \(sounds.count)\n"
    for name in names.sorted(by: { NameTable.bytesPrecede($0.key, $1.key) }) {
      out += try check(name.key)
      for match in name.matches {
        guard let place = positions[match.place.id], places[place] == match.place else {
          throw GazetteerError.invalidRow(source: "spelling keys", line: 0, reason: "no place \(match.place.id)")
        }
        var temporary = -1
        if let district = match.temporaryDistrict {
          guard let position = temporaryDistricts.firstIndex(of: district) else {
            throw GazetteerError.invalidRow(source: "spelling keys", line: 0, reason: "no district \(district.name)")
          }
          temporary = position
        }
        out += "|\(place)|\(temporary)|" + (try check(match.spelling))
      }
      out += "\n"
    }
    for sound in sounds.sorted(by: NameTable.bytesPrecede) { out += try check(sound) + "\n" }
    return out
  }

  /// The keys of a table written by `spellingKeysTable()` for `index`, or nil when the table was
  /// not written for an index of its sizes (its header says other counts) or is malformed.
  static func spellingKeys(table: String, of index: PlaceIndex) -> (names: [SpellingKey], sounds: [String])? {
    var table = table
    return table.withUTF8 { bytes -> (names: [SpellingKey], sounds: [String])? in
      var offset = 0
      /// The next line's bytes (without its line break), or nil at the end.
      func nextLine() -> Range<Int>? {
        guard offset < bytes.count else { return nil }
        let start = offset
        while offset < bytes.count, bytes[offset] != 0x0A { offset += 1 }
        let line = start..<offset
        if offset < bytes.count { offset += 1 }
        return line
      }
      func integer(_ range: Range<Int>) -> Int? { SortedKeyLines.integer(bytes, range) }
      /// The field of `line` from `start` to the next "|" or the line's end.
      func field(_ line: Range<Int>, from start: Int) -> Range<Int> {
        var end = start
        while end < line.upperBound, bytes[end] != 0x7C { end += 1 }
        return start..<end
      }
      func string(_ range: Range<Int>) -> String {
        String(copying: UnsafeBufferPointer(rebasing: bytes[range]))
      }
      guard let header = nextLine() else { return nil }
      let counts = string(header).split(separator: " ")
      guard counts.count == 6, counts[0] == "frontline-spelling-keys", counts[1] == "1",
        Int(counts[2]) == index.places.count, Int(counts[3]) == index.temporaryDistricts.count,
        let nameCount = Int(counts[4]), let soundCount = Int(counts[5])
      else { return nil }
      var names: [SpellingKey] = []
      names.reserveCapacity(nameCount)
      for _ in 0..<nameCount {
        guard let line = nextLine() else { return nil }
        // (The fields read one after another in place: split into an array of ranges first,
        // the 3 027 lines took 4.8 M instructions more: callgrind, issue #16.)
        let key = field(line, from: line.lowerBound)
        guard !key.isEmpty, key.upperBound < line.upperBound else { return nil }
        // Room for all of the key's matches at once, three "|" to a match: grown one append at
        // a time, the arrays of the keys with several matches were made again 882 times (0.47 M
        // instructions of every start; counting the bars costs 0.35 M, and reserving only once
        // a second match is read cost 0.23 M more than this: callgrind, issue #16).
        var bars = 0
        for i in key.upperBound..<line.upperBound where bytes[i] == 0x7C { bars += 1 }
        var matches: [PlaceMatch] = []
        matches.reserveCapacity(bars / 3)
        var next = key.upperBound + 1
        while true {
          let placeField = field(line, from: next)
          guard placeField.upperBound < line.upperBound else { return nil }
          let temporaryField = field(line, from: placeField.upperBound + 1)
          guard temporaryField.upperBound < line.upperBound else { return nil }
          let spelling = field(line, from: temporaryField.upperBound + 1)
          guard let place = integer(placeField), index.places.indices.contains(place),
            let temporary = integer(temporaryField),
            temporary == -1 || index.temporaryDistricts.indices.contains(temporary), !spelling.isEmpty
          else { return nil }
          matches.append(
            PlaceMatch(
              place: index.places[place], spelling: string(spelling), quality: .name,
              temporaryDistrict: temporary >= 0 ? index.temporaryDistricts[temporary] : nil))
          if spelling.upperBound == line.upperBound { break }
          next = spelling.upperBound + 1
        }
        names.append(SpellingKey(key: string(key), matches: matches))
      }
      var sounds: [String] = []
      sounds.reserveCapacity(soundCount)
      for _ in 0..<soundCount {
        guard let line = nextLine(), !line.isEmpty else { return nil }
        sounds.append(string(line))
      }
      guard nextLine() == nil else { return nil }
      return (names, sounds)
    }
  }
}
