import Foundation
import Projection

/// The whole index — places, temporary districts, name keys, sound keys, first words — as
/// text, so the embedded gazetteer is indexed when the package is built rather than at every
/// start (issue #16: `PlaceIndex.embedded()` then costs a parse, not a rebuild of every key).
///
/// `Scripts/generate-gazetteer-index.sh` writes `serialized()` of the index built from the
/// embedded CSV into `Generated/EmbeddedGazetteerIndex+Generated.swift`. The keys in it are
/// computed by this module's `NameNormalizer` — the one normaliser — and
/// `GazetteerIndexGenerationTests` rebuilds them at test time and requires equality, so a change
/// to the normaliser or the CSV without regenerating fails the tests.
///
/// Format (UTF-8 lines, fields separated by `|`, list items by `;`; an optional value is empty
/// for nil and `=value` otherwise; numbers in Swift's shortest round-trip form):
/// ```
/// frontline-gazetteer-index 1
/// places <n>            then n lines: id|level|name|dari|pashto|province?|district?|iso?|region?|members|lon|lat|aliases|capital|centre?|centreLon?|centreLat?|population?
/// temporary <n>         then n lines: code?|name|province|parent|sets|aliases|note|persian
/// keys <n>              then n lines: key|place|temporary|spelling[|place|temporary|spelling…]
/// sounds <n>            the same, by sound key
/// first-words <n>       then one line: word|word|…
/// longest <n>
/// ```
extension PlaceIndex {
  static let serializedHeader = "frontline-gazetteer-index 1"

  /// The index as text (see the extension's discussion), keys sorted, so equal indexes give
  /// equal text.
  /// - Throws: `GazetteerError.invalidRow` when a value holds a separator (`|`, a line break, or
  ///   `;` inside a list item) and could not be read back.
  public func serialized() throws -> String {
    var out = Self.serializedHeader + "\n"
    func check(_ value: String, list: Bool = false, what: String) throws -> String {
      if value.contains("|") || value.contains("\n") || value.contains("\r") || (list && (value.contains(";") || value.isEmpty)) {
        throw GazetteerError.invalidRow(source: "gazetteer index", line: 0, reason: "\(what) '\(value)' holds a separator")
      }
      return value
    }
    func optional(_ value: String?, what: String) throws -> String {
      try value.map { "=" + (try check($0, what: what)) } ?? ""
    }
    func list(_ values: [String], what: String) throws -> String {
      try values.map { try check($0, list: true, what: what) }.joined(separator: ";")
    }
    out += "places \(places.count)\n"
    for p in places {
      let fields: [String] = [
        try check(p.id, what: "id"), p.level.rawValue, try check(p.name, what: "name"),
        try check(p.nameDari, what: "name"), try check(p.namePashto, what: "name"),
        try optional(p.provincePcode, what: "province"), try optional(p.districtPcode, what: "district"),
        try optional(p.iso, what: "iso"), try optional(p.regionID, what: "region"),
        try list(p.memberProvinces, what: "member"), "\(p.coordinate.longitude)", "\(p.coordinate.latitude)",
        try list(p.aliases, what: "alias"), p.isCapital ? "1" : "0", try optional(p.centreName, what: "centre"),
        p.centreCoordinate.map { "=\($0.longitude)" } ?? "", p.centreCoordinate.map { "=\($0.latitude)" } ?? "",
        p.population.map { "=\($0)" } ?? "",
      ]
      out += fields.joined(separator: "|") + "\n"
    }
    out += "temporary \(temporaryDistricts.count)\n"
    for t in temporaryDistricts {
      let fields: [String] = [
        try optional(t.code, what: "code"), try check(t.name, what: "name"), try check(t.provincePcode, what: "province"),
        try check(t.parentPcode, what: "parent"), try list(t.sets, what: "set"), try list(t.aliases, what: "alias"),
        try check(t.note, what: "note"), try list(t.persianSpellings, what: "name"),
      ]
      out += fields.joined(separator: "|") + "\n"
    }
    for (section, table) in [("keys", byKey), ("sounds", bySound)] {
      out += "\(section) \(table.count)\n"
      // By UTF-8 bytes: the embedded index's key lines are searched in place (`NameTable`).
      for key in table.keysInByteOrder {
        var line = try check(key, what: "key")
        for entry in table[key] ?? [] {
          line += "|\(entry.place)|\(entry.temporary)|" + (try check(entry.spelling, what: "spelling"))
        }
        out += line + "\n"
      }
    }
    out += "first-words \(firstWords.count)\n"
    out += try firstWords.sorted().map { try check($0, what: "word") }.joined(separator: "|") + "\n"
    out += "longest \(longestSpelling)\n"
    return out
  }

  /// Reads the text of `serialized()`.
  /// - Throws: `GazetteerError.invalidRow` naming the line of the first malformed record.
  public init(serialized text: String) throws {
    try self.init(serialized: text, keysInPlace: false)
  }

  /// Reads the text of `serialized()`; with `keysInPlace` the key and sound sections stay in
  /// `text` and are searched there (`SortedKeyLines`): only their keys' order is checked now,
  /// each entry when it is read. For the embedded index, which is generated and read whole by
  /// GazetteerIndexGenerationTests.
  init(serialized text: String, keysInPlace: Bool) throws {
    var text = text
    text.makeContiguousUTF8()
    // Byte offsets into the text, valid in any copy of it.
    let kept = keysInPlace ? text : nil
    let parsed: Parts = try text.withUTF8 { bytes in
      var reader = SerializedReader(bytes: bytes)
      return try reader.read(keysIn: kept)
    }
    var positions: [String: Int] = [:]
    positions.reserveCapacity(parsed.places.count)
    for (i, place) in parsed.places.enumerated() { positions[place.id] = i }
    self.init(
      places: parsed.places, temporaryDistricts: parsed.temporary, positions: positions, byKey: parsed.keys,
      bySound: parsed.sounds, firstWords: parsed.firstWords, longestSpelling: parsed.longest)
  }

  struct Parts {
    var places: [Place] = []
    var temporary: [TemporaryDistrict] = []
    var keys = NameTable([:])
    var sounds = NameTable([:])
    var firstWords = Set<String>()
    var longest = 1
  }
}

/// A byte-level reader of `PlaceIndex.serialized()` text.
private struct SerializedReader {
  let bytes: UnsafeBufferPointer<UInt8>
  var offset = 0
  var line = 0

  init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

  func failure(_ reason: String) -> GazetteerError {
    .invalidRow(source: "embedded gazetteer index", line: line, reason: reason)
  }

  /// The buffer `nextLine()` fills again for every line (one allocation, not one per line).
  private var fields: [Range<Int>] = []

  /// The next line's fields (split on `|`), as byte ranges.
  ///
  /// `memchr` finds the line's end and each separator (vectorised in the C library) rather
  /// than a byte-at-a-time loop: this scan was about a tenth of the instructions of
  /// `frontline gazetteer lookup Samkani` (issue #16).
  mutating func nextLine() throws -> [Range<Int>] {
    guard offset < bytes.count, let base = bytes.baseAddress else { throw failure("unexpected end") }
    line += 1
    fields.removeAll(keepingCapacity: true)
    // memchr: a pointer to the first match within the count given, or nil.
    func find(_ byte: UInt8, from start: Int, to end: Int) -> Int? {
      memchr(base + start, Int32(byte), end - start).map { UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) }
    }
    let end = find(0x0A, from: offset, to: bytes.count) ?? bytes.count
    var start = offset
    while let bar = find(0x7C, from: start, to: end) {
      fields.append(start..<bar)
      start = bar + 1
    }
    fields.append(start..<end)
    offset = end + 1
    return fields
  }

  func string(_ range: Range<Int>) -> String {
    String(copying: UnsafeBufferPointer(rebasing: bytes[range]))
  }

  func optional(_ range: Range<Int>) -> String? {
    range.isEmpty ? nil : string(range.dropFirst())
  }

  func list(_ range: Range<Int>) -> [String] {
    guard !range.isEmpty else { return [] }
    var items: [String] = []
    var separators = 0
    for i in range where bytes[i] == 0x3B { separators += 1 }
    items.reserveCapacity(separators + 1)
    var start = range.lowerBound
    for i in range where bytes[i] == 0x3B {
      items.append(string(start..<i))
      start = i + 1
    }
    items.append(string(start..<range.upperBound))
    return items
  }

  func integer(_ range: Range<Int>) throws -> Int {
    var value = 0
    var negative = false
    for i in range {
      let b = bytes[i]
      if i == range.lowerBound, b == 0x2D { negative = true; continue }
      guard (0x30...0x39).contains(b) else { throw failure("'\(string(range))' is not an integer") }
      value = value * 10 + Int(b - 0x30)
    }
    guard !range.isEmpty else { throw failure("empty integer") }
    return negative ? -value : value
  }

  /// Powers of ten that are exact doubles (10^0 … 10^22).
  private static let exactPowersOfTen: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { x, _ in x * 10 } }

  /// A number as `serialized()` writes it (Swift's shortest round-trip form).
  ///
  /// Plain decimals of at most 15 significant digits (every coordinate in the index) are read
  /// from the bytes: the digits as an integer m < 2⁵³ and the fraction's length k ≤ 22 make both
  /// m and 10^k exact doubles, so the one correctly rounded division m / 10^k is the correctly
  /// rounded value of the text, the same double `Double(String)` (strtod) gives. Anything else
  /// (an exponent, more digits) goes through `Double(String)`. Reading the 1 900 numbers of the
  /// embedded index through strtod was about 5 % of the instructions of `gazetteer lookup`.
  func double(_ range: Range<Int>) throws -> Double {
    var mantissa: UInt64 = 0
    var digits = 0
    var fraction = -1
    var negative = false
    var plain = !range.isEmpty
    for i in range {
      let b = bytes[i]
      if b >= 0x30, b <= 0x39 {
        mantissa = mantissa &* 10 &+ UInt64(b - 0x30)
        if mantissa > 0 { digits += 1 }
        if fraction >= 0 { fraction += 1 }
      } else if b == 0x2E, fraction < 0 {
        fraction = 0
      } else if b == 0x2D, i == range.lowerBound {
        negative = true
      } else {
        plain = false
        break
      }
    }
    let k = max(fraction, 0)
    if plain, digits <= 15, k <= 22, fraction != 0, range.count > (negative ? 1 : 0) {
      let value = Double(mantissa) / Self.exactPowersOfTen[k]
      return negative ? -value : value
    }
    guard let value = Double(string(range)) else { throw failure("'\(string(range))' is not a number") }
    return value
  }

  /// The `count` lines of a key section, located (a line break and the key's end each, by
  /// memchr) but not parsed; the keys must be non-empty and strictly increasing by UTF-8 bytes.
  mutating func sortedKeyLines(_ count: Int, section: String, text: String, parts: PlaceIndex.Parts) throws -> SortedKeyLines {
    guard let base = bytes.baseAddress, bytes.count < Int(Int32.max) else { throw failure("unexpected end") }
    let firstLine = line + 1
    var starts: [Int32] = []
    starts.reserveCapacity(count + 1)
    var previousKey: Range<Int>? = nil
    for _ in 0..<count {
      guard offset < bytes.count else { throw failure("unexpected end") }
      line += 1
      // memchr: a pointer to the first match within the count given, or nil.
      let end = memchr(base + offset, 0x0A, bytes.count - offset).map { UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) } ?? bytes.count
      guard let bar = memchr(base + offset, 0x7C, end - offset).map({ UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) }),
        bar > offset, bar + 1 < end
      else { throw failure("bad \(section) record") }
      if let previousKey {
        guard SortedKeyLines.compare(bytes, previousKey, UnsafeBufferPointer(rebasing: bytes[offset..<bar])) < 0 else {
          throw failure("\(section) not in increasing byte order; regenerate the index")
        }
      }
      previousKey = offset..<bar
      starts.append(Int32(offset))
      offset = end + 1
    }
    starts.append(Int32(offset))
    return SortedKeyLines(
      text: text, starts: starts, placeCount: parts.places.count, temporaryCount: parts.temporary.count,
      firstLine: firstLine)
  }

  /// A section header `name <count>`.
  mutating func section(_ name: String) throws -> Int {
    let fields = try nextLine()
    let words = string(fields[0]).split(separator: " ")
    guard fields.count == 1, words.count == 2, words[0] == name, let count = Int(words[1]) else {
      throw failure("expected '\(name) <count>'")
    }
    return count
  }

  /// The index's parts; with `text` (the text being read) the key sections are kept in it.
  mutating func read(keysIn text: String?) throws -> PlaceIndex.Parts {
    var parts = PlaceIndex.Parts()
    guard string(try nextLine()[0]) == PlaceIndex.serializedHeader else {
      throw failure("not a gazetteer index (expected '\(PlaceIndex.serializedHeader)'); regenerate it")
    }
    let placeCount = try section("places")
    parts.places.reserveCapacity(placeCount)
    for _ in 0..<placeCount {
      let f = try nextLine()
      guard f.count == 18, let level = PlaceLevel(rawValue: string(f[1])) else { throw failure("bad place record") }
      let centre: Coordinate? =
        f[15].isEmpty ? nil : Coordinate(longitude: try double(f[15].dropFirst()), latitude: try double(f[16].dropFirst()))
      parts.places.append(
        Place(
          id: string(f[0]), level: level, name: string(f[2]), nameDari: string(f[3]), namePashto: string(f[4]),
          provincePcode: optional(f[5]), districtPcode: optional(f[6]), iso: optional(f[7]),
          regionID: optional(f[8]), memberProvinces: list(f[9]),
          coordinate: Coordinate(longitude: try double(f[10]), latitude: try double(f[11])), aliases: list(f[12]),
          isCapital: bytes[f[13].lowerBound] == 0x31, centreName: optional(f[14]), centreCoordinate: centre,
          population: f[17].isEmpty ? nil : try integer(f[17].dropFirst())))
    }
    let temporaryCount = try section("temporary")
    for _ in 0..<temporaryCount {
      let f = try nextLine()
      guard f.count == 8 else { throw failure("bad temporary district record") }
      parts.temporary.append(
        TemporaryDistrict(
          code: optional(f[0]), name: string(f[1]), provincePcode: string(f[2]), parentPcode: string(f[3]),
          sets: list(f[4]), aliases: list(f[5]), note: string(f[6]), persianSpellings: list(f[7])))
    }
    for section in ["keys", "sounds"] {
      let count = try self.section(section)
      if let text {
        let lines = try sortedKeyLines(count, section: section, text: text, parts: parts)
        if section == "keys" { parts.keys = NameTable(lines: lines) } else { parts.sounds = NameTable(lines: lines) }
        continue
      }
      var table: [String: [PlaceIndex.Entry]] = [:]
      table.reserveCapacity(count)
      for _ in 0..<count {
        let f = try nextLine()
        guard f.count >= 4, (f.count - 1) % 3 == 0 else { throw failure("bad \(section) record") }
        var entries: [PlaceIndex.Entry] = []
        entries.reserveCapacity((f.count - 1) / 3)
        for i in stride(from: 1, to: f.count, by: 3) {
          let place = try integer(f[i])
          let temporary = try integer(f[i + 1])
          guard parts.places.indices.contains(place), temporary == -1 || parts.temporary.indices.contains(temporary) else {
            throw failure("entry points outside the places")
          }
          entries.append(PlaceIndex.Entry(place: place, spelling: string(f[i + 2]), temporary: temporary))
        }
        table[string(f[0])] = entries
      }
      if section == "keys" { parts.keys = NameTable(table) } else { parts.sounds = NameTable(table) }
    }
    let wordCount = try section("first-words")
    let words = try nextLine()
    guard wordCount == 0 || words.count == wordCount else { throw failure("expected \(wordCount) first words") }
    parts.firstWords.reserveCapacity(wordCount)
    if wordCount > 0 { for range in words { parts.firstWords.insert(string(range)) } }
    parts.longest = try section("longest")
    return parts
  }
}
