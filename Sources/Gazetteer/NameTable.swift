import Foundation

/// Spellings by key (a name key or a sound key): the look-up table behind `PlaceIndex.byKey` and
/// `PlaceIndex.bySound`.
///
/// Two storages, the same answers:
/// - a dictionary, for an index built from CSV or read with ``PlaceIndex/init(serialized:)``;
/// - the key lines of the embedded index text themselves (`key|place|temporary|spelling…`,
///   sorted by the key's UTF-8 bytes), found by binary search and read when asked. The embedded
///   index then costs no string, array or dictionary per key at start: a one-shot command such as
///   `frontline gazetteer lookup Samkani` reads one or two of its 5 573 key lines (issue #16).
struct NameTable: Sendable {
  private let dictionary: [String: [PlaceIndex.Entry]]
  private let lines: SortedKeyLines?

  init(_ dictionary: [String: [PlaceIndex.Entry]]) {
    self.dictionary = dictionary
    lines = nil
  }

  init(lines: SortedKeyLines) {
    dictionary = [:]
    self.lines = lines
  }

  /// The number of keys.
  var count: Int { lines?.count ?? dictionary.count }

  /// The entries of `key`, or nil when no spelling has it.
  subscript(key: String) -> [PlaceIndex.Entry]? {
    guard let lines else { return dictionary[key] }
    return lines.entries(of: key)
  }

  /// Calls `body` with every key's UTF-8 bytes and a function reading its entries, in no
  /// particular order. (Bytes and a reader, so that a scan such as `closeMatches`, run on some
  /// words of every report, makes no string and reads no entries for keys it passes over.)
  func forEach(
    _ body: (_ key: UnsafeBufferPointer<UInt8>, _ entries: () -> [PlaceIndex.Entry]) throws -> Void
  ) rethrows {
    guard let lines else {
      for (key, entries) in dictionary {
        var key = key
        try key.withUTF8 { try body($0, { entries }) }
      }
      return
    }
    try lines.forEach(body)
  }

  /// Calls `body` with every key's UTF-8 bytes, whether some entry of the key passes `test`, and
  /// a function reading its entries, in no particular order. `test` is asked of an entry's
  /// place, temporary district (-1: none) and spelling's UTF-8 bytes; for the key lines of the
  /// embedded index it reads them in place, so a scan that only needs the answer (or passes a
  /// key over) makes no entry and no string for it.
  func forEach(
    where test: (_ place: Int, _ temporary: Int, _ spelling: UnsafeBufferPointer<UInt8>) -> Bool,
    _ body: (_ key: UnsafeBufferPointer<UInt8>, _ passes: Bool, _ entries: () -> [PlaceIndex.Entry]) throws -> Void
  ) rethrows {
    guard let lines else {
      for (key, entries) in dictionary {
        var key = key
        let passes = entries.contains { entry in
          var spelling = entry.spelling
          return spelling.withUTF8 { test(entry.place, entry.temporary, $0) }
        }
        try key.withUTF8 { try body($0, passes, { entries }) }
      }
      return
    }
    try lines.forEach(where: test, body)
  }

  /// Every key, in the order of their UTF-8 bytes (the order of the serialized text).
  var keysInByteOrder: [String] {
    guard let lines else { return dictionary.keys.sorted(by: NameTable.bytesPrecede) }
    return (0..<lines.count).map { lines.line($0).key }
  }

  /// Whether `a` comes before `b` comparing UTF-8 bytes (for ASCII the same as `String`'s `<`).
  static func bytesPrecede(_ a: String, _ b: String) -> Bool {
    a.utf8.lexicographicallyPrecedes(b.utf8)
  }
}

/// The lines of one key section of the serialized index, kept in the text they came from: where
/// each starts, nothing parsed. Built by `SerializedReader`, which checks that the keys are
/// non-empty and strictly increasing by UTF-8 bytes; the entries are read on demand.
struct SortedKeyLines: Sendable {
  /// The whole serialized text (contiguous UTF-8; the embedded one is a literal, never freed).
  private let text: String
  /// Byte offset of the start of each line, then one past the last line's line break.
  private let starts: [Int32]
  /// Places and temporary districts in the index, which every entry's positions must fall in.
  private let placeCount: Int
  private let temporaryCount: Int
  /// The text's line number of the first line (for the message of a malformed entry).
  private let firstLine: Int

  init(text: String, starts: [Int32], placeCount: Int, temporaryCount: Int, firstLine: Int) {
    self.text = text
    self.starts = starts
    self.placeCount = placeCount
    self.temporaryCount = temporaryCount
    self.firstLine = firstLine
  }

  var count: Int { starts.count - 1 }

  private func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
    // Contiguous by construction (`SerializedReader` reads the text through `withUTF8`).
    if let result = try text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return try Array(text.utf8).withUnsafeBufferPointer(body)
  }

  /// The bytes of line `i` without its line break.
  private func lineRange(_ i: Int) -> Range<Int> {
    Int(starts[i])..<(Int(starts[i + 1]) - 1)
  }

  /// The entries of `key` (binary search over the sorted keys), or nil.
  func entries(of key: String) -> [PlaceIndex.Entry]? {
    var key = key
    return key.withUTF8 { wanted in
      withBytes { bytes in
        var low = 0
        var high = count
        while low < high {
          let mid = (low + high) / 2
          let range = lineRange(mid)
          let keyEnd = Self.keyEnd(bytes, range)
          let order = Self.compare(bytes, range.lowerBound..<keyEnd, wanted)
          if order == 0 { return parseEntries(bytes, keyEnd..<range.upperBound, line: mid) }
          if order < 0 { low = mid + 1 } else { high = mid }
        }
        return nil
      }
    }
  }

  /// `NameTable.forEach` over the lines, in order.
  func forEach(
    _ body: (_ key: UnsafeBufferPointer<UInt8>, _ entries: () -> [PlaceIndex.Entry]) throws -> Void
  ) rethrows {
    try withBytes { bytes in
      for i in 0..<count {
        let range = lineRange(i)
        let keyEnd = Self.keyEnd(bytes, range)
        try body(UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<keyEnd]), {
          parseEntries(bytes, keyEnd..<range.upperBound, line: i)
        })
      }
    }
  }

  /// `NameTable.forEach(where:_:)` over the lines, in order.
  func forEach(
    where test: (_ place: Int, _ temporary: Int, _ spelling: UnsafeBufferPointer<UInt8>) -> Bool,
    _ body: (_ key: UnsafeBufferPointer<UInt8>, _ passes: Bool, _ entries: () -> [PlaceIndex.Entry]) throws -> Void
  ) rethrows {
    try withBytes { bytes in
      for i in 0..<count {
        let range = lineRange(i)
        let keyEnd = Self.keyEnd(bytes, range)
        let entries = keyEnd..<range.upperBound
        let passes =
          anyEntry(bytes, entries, where: test)
          // A line the field walk cannot read is read as every look-up reads it (which stops
          // on a malformed entry).
          ?? parseEntries(bytes, entries, line: i).contains { entry in
            var spelling = entry.spelling
            return spelling.withUTF8 { test(entry.place, entry.temporary, $0) }
          }
        try body(UnsafeBufferPointer(rebasing: bytes[range.lowerBound..<keyEnd]), passes, {
          parseEntries(bytes, entries, line: i)
        })
      }
    }
  }

  /// Whether some `|place|temporary|spelling` triple in `range` passes `test`, read field by
  /// field in place (the spelling's bytes as `parseEntries` would decode them: the text is a
  /// string, so valid UTF-8, cut at ASCII bars); nil when the fields are not whole valid triples,
  /// as `parseEntries` requires them.
  private func anyEntry(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    where test: (_ place: Int, _ temporary: Int, _ spelling: UnsafeBufferPointer<UInt8>) -> Bool
  ) -> Bool? {
    guard !range.isEmpty else { return nil }
    var passes = false
    var place = 0
    var temporary = 0
    var valid = true
    let fields = Self.forEachField(bytes, range) { field, n in
      switch n % 3 {
      case 0:
        guard let value = Self.integer(bytes, field), (0..<placeCount).contains(value) else {
          valid = false
          return false
        }
        place = value
      case 1:
        guard let value = Self.integer(bytes, field), value == -1 || (0..<temporaryCount).contains(value) else {
          valid = false
          return false
        }
        temporary = value
      default:
        if !passes { passes = test(place, temporary, UnsafeBufferPointer(rebasing: bytes[field])) }
      }
      return true
    }
    guard valid, fields % 3 == 0 else { return nil }
    return passes
  }

  /// Calls `body` with each `|`-separated field of `range` after its first byte (the bar after
  /// the key) and the field's number from 0, until `body` returns false; returns how many fields
  /// it was given. The one walk over an entry list that `anyEntry` and `parseEntries` share.
  @inline(__always)
  private static func forEachField(
    _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (_ field: Range<Int>, _ number: Int) -> Bool
  ) -> Int {
    var fields = 0
    var start = range.lowerBound + 1
    var i = start
    while true {
      guard i == range.upperBound || bytes[i] == 0x7C else {
        i += 1
        continue
      }
      let goOn = body(start..<i, fields)
      fields += 1
      if !goOn || i == range.upperBound { break }
      i += 1
      start = i
    }
    return fields
  }

  /// The key and entries of line `i`.
  func line(_ i: Int) -> (key: String, entries: [PlaceIndex.Entry]) {
    withBytes { bytes in
      let range = lineRange(i)
      let keyEnd = Self.keyEnd(bytes, range)
      return (Self.string(bytes, range.lowerBound..<keyEnd), parseEntries(bytes, keyEnd..<range.upperBound, line: i))
    }
  }

  /// Where the key of the line in `range` ends (its first `|`; checked at load).
  static func keyEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var i = range.lowerBound
    while i < range.upperBound, bytes[i] != 0x7C { i += 1 }
    return i
  }

  /// memcmp-style order of `bytes[range]` against `other`: negative, 0 or positive.
  static func compare(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ other: UnsafeBufferPointer<UInt8>) -> Int {
    let common = min(range.count, other.count)
    if common > 0, let base = bytes.baseAddress, let otherBase = other.baseAddress {
      // memcmp: the sign of the first differing byte (unsigned), 0 when the first `common` agree.
      let order = memcmp(base + range.lowerBound, otherBase, common)
      if order != 0 { return Int(order) }
    }
    return range.count - other.count
  }

  static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
    String(copying: UnsafeBufferPointer(rebasing: bytes[range]))
  }

  /// The `|place|temporary|spelling` triples in `range` (from the bar after the key to the end
  /// of the line).
  ///
  /// One pass over the bytes, an entry made as each triple's last field ends (no array of the
  /// fields first: the 3 022 lines `spellingKeys()` reads at every start took 7.6 M instructions
  /// with it, 3.5 M so, callgrind).
  private func parseEntries(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, line: Int) -> [PlaceIndex.Entry] {
    precondition(!range.isEmpty, "gazetteer index line \(firstLine + line): bad entries")
    var entries: [PlaceIndex.Entry] = []
    var placeField = 0..<0
    var temporaryField = 0..<0
    let fields = Self.forEachField(bytes, range) { field, n in
      switch n % 3 {
      case 0: placeField = field
      case 1: temporaryField = field
      default:
        let place = Self.integer(bytes, placeField)
        let temporary = Self.integer(bytes, temporaryField)
        guard let place, let temporary, (0..<placeCount).contains(place),
          temporary == -1 || (0..<temporaryCount).contains(temporary)
        else {
          // The embedded text is generated and read whole by GazetteerIndexGenerationTests.
          preconditionFailure("gazetteer index line \(firstLine + line): bad entry; regenerate the index")
        }
        entries.append(PlaceIndex.Entry(place: place, spelling: Self.string(bytes, field), temporary: temporary))
      }
      return true
    }
    precondition(fields % 3 == 0 && !entries.isEmpty, "gazetteer index line \(firstLine + line): bad entries")
    return entries
  }

  /// The decimal integer (an optional leading "-") the bytes at `range` spell, or nil (read
  /// by these lines and by the spelling-key table, `PlaceIndex.spellingKeys(table:of:)`).
  static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    guard !range.isEmpty else { return nil }
    var value = 0
    var negative = false
    for i in range {
      let b = bytes[i]
      if i == range.lowerBound, b == 0x2D, range.count > 1 {
        negative = true
        continue
      }
      guard (0x30...0x39).contains(b) else { return nil }
      value = value * 10 + Int(b - 0x30)
    }
    return negative ? -value : value
  }
}
