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
  /// `extract` writes every event through it: the tree costs an allocation for each value and
  /// each list, and a release of each when it is dropped.
  public static func appendJSON(_ event: Event, to out: inout [UInt8]) {
    var first = true
    func member(_ key: Key) { appendMemberName(key.memberName, first: &first, to: &out) }
    func string(_ text: String?) {
      if let text { JSONText.appendString(text, to: &out) } else { JSONText.appendRaw("null", to: &out) }
    }
    out.append(UInt8(ascii: "{"))
    member(Key.id)
    string(event.id)
    member(Key.doc)
    string(event.doc)
    member(Key.type)
    string(event.type.rawValue)
    member(Key.actor)
    string(event.actor.rawValue)
    member(Key.place)
    appendPlace(event.place, to: &out)
    member(Key.mention)
    string(event.mention)
    member(Key.date)
    string(event.date?.description)
    member(Key.datePrecision)
    string(event.datePrecision.rawValue)
    member(Key.confidence)
    JSONText.appendNumber(event.confidence, decimals: 2, to: &out)
    member(Key.sentence)
    string(event.sentence)
    member(Key.span)
    appendArray(event.span, to: &out) { offset, out in out.append(contentsOf: String(offset).utf8) }
    member(Key.evidence)
    string(event.evidence)
    member(Key.rule)
    string(event.rule)
    member(Key.alternatives)
    appendArray(event.alternatives, to: &out) { alternative, out in JSONText.appendString(alternative, to: &out) }
    member(Key.url)
    string(event.url)
    member(Key.source)
    string(event.source)
    // Only disputed captures say so: other records keep their bytes.
    if event.isDisputed {
      member(Key.disputed)
      JSONText.appendRaw("true", to: &out)
    }
    // Only Dari and Pashto events say their language: English records keep their bytes.
    if let language = event.language {
      member(Key.language)
      string(language.rawValue)
    }
    out.append(UInt8(ascii: "}"))
  }

  /// Appends `[a,b,…]` to `out`, each element written by `element`.
  private static func appendArray<Element>(
    _ elements: [Element], to out: inout [UInt8], _ element: (Element, inout [UInt8]) -> Void
  ) {
    out.append(UInt8(ascii: "["))
    for (i, item) in elements.enumerated() {
      if i > 0 { out.append(UInt8(ascii: ",")) }
      element(item, &out)
    }
    out.append(UInt8(ascii: "]"))
  }

  /// Appends `name` (a key's `"name":`) to `out`, after a comma unless it is the object's first
  /// member.
  private static func appendMemberName(_ name: StaticString, first: inout Bool, to out: inout [UInt8]) {
    if !first { out.append(UInt8(ascii: ",")) }
    first = false
    JSONText.appendRaw(name, to: &out)
  }

  /// The `place` object of ``appendJSON(_:to:)``.
  private static func appendPlace(_ place: EventPlace, to out: inout [UInt8]) {
    var first = true
    func member(_ key: PlaceKey) { appendMemberName(key.memberName, first: &first, to: &out) }
    out.append(UInt8(ascii: "{"))
    member(.pcode)
    JSONText.appendString(place.pcode, to: &out)
    member(.name)
    JSONText.appendString(place.name, to: &out)
    member(.level)
    JSONText.appendString(place.level.rawValue, to: &out)
    member(.province)
    JSONText.appendString(place.province, to: &out)
    member(.provincePcode)
    JSONText.appendString(place.provincePcode, to: &out)
    member(.longitude)
    JSONText.appendNumber(place.longitude, decimals: 4, to: &out)
    member(.latitude)
    JSONText.appendNumber(place.latitude, decimals: 4, to: &out)
    out.append(UInt8(ascii: "}"))
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
