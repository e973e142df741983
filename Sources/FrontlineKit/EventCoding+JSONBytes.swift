import Chronology
public import Extractor
import Gazetteer
import GeoJSON

extension EventCoding {
  /// Appends the text of ``json(_:)`` for `event` (no newline) to `out`, member by member,
  /// without building the `JSONValue` tree: the same bytes, written the way
  /// `JSONValue.render(into:)` writes each kind of value (`JSONText` strings and numbers,
  /// `String(_:)` integers, `null`), in ``Key`` and ``PlaceKey`` order.
  ///
  /// `extract` writes every event this way (`ExtractJob.jsonLineBytes`, all of a report's
  /// events into one array): the tree costs an allocation for each value and each list, and a
  /// release of each when it is dropped.
  public static func appendJSON(_ event: Event, to out: inout [UInt8]) {
    var numbers: [UInt8] = []
    let bytes = [UInt8](unsafeUninitializedCapacity: jsonByteBound(event)) { buffer, count in
      var cursor = JSONByteCursor(buffer.baseAddress!)
      writeJSON(event, to: &cursor, numbers: &numbers)
      count = cursor.next - buffer.baseAddress!
    }
    out.append(contentsOf: bytes)
  }

  /// The most bytes ``writeJSON(_:to:numbers:)`` writes for `event`: `JSONText.stringByteBound`
  /// of each string (four for each that may be `null`), `JSONText.numberByteBound` for each
  /// number, `JSONByteCursor.integerByteBound` and a comma for each offset of the span, and 512
  /// for the member names and marks (about 250 bytes).
  /// (Inlined, as `writeJSON` is, into `ExtractJob.jsonLineBytes`: called, each copied the
  /// event it was given, its dozen strings retained and released: callgrind, issue #16.)
  @inline(__always)
  static func jsonByteBound(_ event: Event) -> Int {
    func text(_ value: String) -> Int { JSONText.stringByteBound(value.utf8.count) }
    func optional(_ value: String?) -> Int { value.map(text) ?? 4 }
    var bound = 512 + 3 * JSONText.numberByteBound
    bound += text(event.id) + text(event.doc) + text(event.type.rawValue) + text(event.actor.rawValue)
    bound += text(event.place.pcode) + text(event.place.name) + text(event.place.level.rawValue)
    bound += text(event.place.province) + text(event.place.provincePcode)
    bound += text(event.mention) + text(event.datePrecision.rawValue)
    // (`Day.description` is ten bytes for years 0…9999; another year, with its sign, fits in
    // the 20 bytes of an integer and two of month and day each.)
    bound += JSONText.stringByteBound(JSONByteCursor.integerByteBound + 6)
    bound += text(event.sentence) + text(event.evidence) + text(event.rule)
    bound += event.span.count * (JSONByteCursor.integerByteBound + 1)
    for alternative in event.alternatives { bound += text(alternative) + 1 }
    bound += optional(event.url) + optional(event.source) + optional(event.language?.rawValue)
    return bound
  }

  /// Writes the text of ``json(_:)`` for `event` (no newline) through `cursor`, at most
  /// ``jsonByteBound(_:)`` bytes; `numbers` is scratch room for each number's digits.
  @inline(__always)
  static func writeJSON(_ event: Event, to cursor: inout JSONByteCursor, numbers: inout [UInt8]) {
    func string(_ text: String?) {
      if let text { cursor.writeString(text) } else { cursor.write("null") }
    }
    /// `[a,b,…]`, each element written by `element`.
    func list<Element>(_ elements: [Element], _ element: (inout JSONByteCursor, Element) -> Void) {
      cursor.write("[")
      for (i, value) in elements.enumerated() {
        if i > 0 { cursor.write(",") }
        element(&cursor, value)
      }
      cursor.write("]")
    }
    cursor.write("{")
    cursor.write(Key.id.memberName)
    string(event.id)
    cursor.write(",")
    cursor.write(Key.doc.memberName)
    string(event.doc)
    cursor.write(",")
    cursor.write(Key.type.memberName)
    string(event.type.rawValue)
    cursor.write(",")
    cursor.write(Key.actor.memberName)
    string(event.actor.rawValue)
    cursor.write(",")
    cursor.write(Key.place.memberName)
    writePlace(event.place, to: &cursor, numbers: &numbers)
    cursor.write(",")
    cursor.write(Key.mention.memberName)
    string(event.mention)
    cursor.write(",")
    cursor.write(Key.date.memberName)
    writeDay(event.date, to: &cursor)
    cursor.write(",")
    cursor.write(Key.datePrecision.memberName)
    string(event.datePrecision.rawValue)
    cursor.write(",")
    cursor.write(Key.confidence.memberName)
    writeNumber(event.confidence, decimals: 2, to: &cursor, numbers: &numbers)
    cursor.write(",")
    cursor.write(Key.sentence.memberName)
    string(event.sentence)
    cursor.write(",")
    cursor.write(Key.span.memberName)
    list(event.span) { $0.write($1) }
    cursor.write(",")
    cursor.write(Key.evidence.memberName)
    string(event.evidence)
    cursor.write(",")
    cursor.write(Key.rule.memberName)
    string(event.rule)
    cursor.write(",")
    cursor.write(Key.alternatives.memberName)
    list(event.alternatives) { $0.writeString($1) }
    cursor.write(",")
    cursor.write(Key.url.memberName)
    string(event.url)
    cursor.write(",")
    cursor.write(Key.source.memberName)
    string(event.source)
    // Only disputed captures say so: other records keep their bytes.
    if event.isDisputed {
      cursor.write(",")
      cursor.write(Key.disputed.memberName)
      cursor.write("true")
    }
    // Only Dari and Pashto events say their language: English records keep their bytes.
    if let language = event.language {
      cursor.write(",")
      cursor.write(Key.language.memberName)
      string(language.rawValue)
    }
    cursor.write("}")
  }

  /// Writes `day` as the JSON string of its `description` (`null` for nil): a year 0…9999
  /// digit by digit, where making the `String` first was about 280 instructions a day.
  private static func writeDay(_ day: Day?, to cursor: inout JSONByteCursor) {
    guard let day else {
      cursor.write("null")
      return
    }
    let (y, m, d) = day.components
    guard (0...9999).contains(y) else {
      cursor.writeString(day.description)
      return
    }
    func digit(_ value: Int) -> UInt8 { UInt8(truncatingIfNeeded: 0x30 + value) }
    cursor.write(UInt8(ascii: "\""))
    cursor.write(digit(y / 1000))
    cursor.write(digit(y / 100 % 10))
    cursor.write(digit(y / 10 % 10))
    cursor.write(digit(y % 10))
    cursor.write(UInt8(ascii: "-"))
    cursor.write(digit(m / 10))
    cursor.write(digit(m % 10))
    cursor.write(UInt8(ascii: "-"))
    cursor.write(digit(d / 10))
    cursor.write(digit(d % 10))
    cursor.write(UInt8(ascii: "\""))
  }

  /// Writes `value` as `JSONText.appendNumber` writes it, at most `JSONText.numberByteBound`
  /// bytes (checked before they are written), by way of `numbers`.
  private static func writeNumber(
    _ value: Double, decimals: Int, to cursor: inout JSONByteCursor, numbers: inout [UInt8]
  ) {
    numbers.removeAll(keepingCapacity: true)
    JSONText.appendNumber(value, decimals: decimals, to: &numbers)
    precondition(numbers.count <= JSONText.numberByteBound, "a number longer than its bound")
    numbers.withUnsafeBufferPointer { cursor.write($0) }
  }

  /// The `place` object of ``writeJSON(_:to:numbers:)``.
  private static func writePlace(_ place: EventPlace, to cursor: inout JSONByteCursor, numbers: inout [UInt8]) {
    /// `"key":"text"`, after a comma unless it is the first member.
    func member(_ key: PlaceKey, _ text: String, first: Bool = false) {
      if !first { cursor.write(",") }
      cursor.write(key.memberName)
      cursor.writeString(text)
    }
    cursor.write("{")
    member(.pcode, place.pcode, first: true)
    member(.name, place.name)
    member(.level, place.level.rawValue)
    member(.province, place.province)
    member(.provincePcode, place.provincePcode)
    cursor.write(",")
    cursor.write(PlaceKey.longitude.memberName)
    writeNumber(place.longitude, decimals: 4, to: &cursor, numbers: &numbers)
    cursor.write(",")
    cursor.write(PlaceKey.latitude.memberName)
    writeNumber(place.latitude, decimals: 4, to: &cursor, numbers: &numbers)
    cursor.write("}")
  }
}

extension EventCoding.Key {
  /// `"name":` for this key, written out: the member names are lower-case ASCII that needs no
  /// escape, so they need not pass through `JSONText.appendString`'s scan for each of the 26
  /// members of every event (about 300 instructions a name, a quarter of `extract`'s writing
  /// of an event: callgrind, issue #16). `EventCodingBytesTests` checks each against `stringValue`.
  var memberName: StaticString {
    switch self {
    case .id: "\"id\":"
    case .doc: "\"doc\":"
    case .type: "\"type\":"
    case .actor: "\"actor\":"
    case .place: "\"place\":"
    case .mention: "\"mention\":"
    case .date: "\"date\":"
    case .datePrecision: "\"date_precision\":"
    case .confidence: "\"confidence\":"
    case .sentence: "\"sentence\":"
    case .span: "\"span\":"
    case .evidence: "\"evidence\":"
    case .rule: "\"rule\":"
    case .alternatives: "\"alternatives\":"
    case .url: "\"url\":"
    case .source: "\"source\":"
    case .disputed: "\"disputed\":"
    case .language: "\"language\":"
    }
  }
}

extension EventCoding.PlaceKey {
  /// `"name":` for this key, written out (``EventCoding/Key/memberName``).
  var memberName: StaticString {
    switch self {
    case .pcode: "\"pcode\":"
    case .name: "\"name\":"
    case .level: "\"level\":"
    case .province: "\"province\":"
    case .provincePcode: "\"province_pcode\":"
    case .longitude: "\"lon\":"
    case .latitude: "\"lat\":"
    }
  }
}
