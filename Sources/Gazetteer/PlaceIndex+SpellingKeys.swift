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
  public func spellingKeys() -> (names: [SpellingKey], sounds: [String]) {
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
