import GeoModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The byte-level GeoJSON parser behind ``BoundaryReader``.
///
/// Works on a NUL-terminated buffer (the sentinel lets it read `base[position]` at the end
/// without a bounds check; a real NUL inside the text is still reported). Whitespace is the
/// only place JSON allows a raw newline, so counting lines there is enough for error reports.
struct BoundaryParser {
  private let base: UnsafePointer<UInt8>
  private let count: Int
  private let file: String
  /// Whether positions are range-checked as degrees; turned off by a `crs` member naming
  /// another CRS before `features` (the caller transforms those positions).
  private var isGeographic: Bool
  private let rewinds: Bool
  /// The name in a legacy named `crs` member (GeoJSON 2008 §3.1), when the document has one.
  private(set) var crsName: String?

  private var position = 0
  private var line = 1
  private var lineStart = 0
  /// Start line of each position list of the geometry being parsed, in document order.
  private var ringLines: [Int] = []
  private var featureIndex = 0
  private var featureLine = 1

  /// Nesting deeper than this is hostile, not GeoJSON; the limit protects the stack.
  private static let maximumDepth = 256

  init(base: UnsafePointer<UInt8>, count: Int, file: String, isGeographic: Bool, rewinds: Bool) {
    self.base = base
    self.count = count
    self.file = file
    self.isGeographic = isGeographic
    self.rewinds = rewinds
  }

  // MARK: - Document

  mutating func parseDocument() throws(WriterError) -> [BoundaryFeature] {
    if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { position = 3 }  // UTF-8 BOM
    skipWhitespace()
    guard position < count else { throw .emptyFile(file: file) }
    guard base[position] == UInt8(ascii: "{") else {
      let found = try describeTopLevelValue()
      throw .notAFeatureCollection(file: file, found: found)
    }
    position += 1
    var typeName: String?
    var features: [BoundaryFeature]?
    try parseMembers { parser, key throws(WriterError) in
      switch key {
      case .type:
        let name = try parser.parseStringValue(context: "\"type\"")
        guard name == "FeatureCollection" else {
          throw .notAFeatureCollection(file: parser.file, found: "\"type\": \"\(name)\"")
        }
        typeName = name
      case .features:
        features = try parser.parseFeatures()
      case .crs:
        parser.skipWhitespace()
        let start = parser.position
        try parser.skipValue(depth: 1)
        let name = BoundaryReader.legacyCRSName(Array(UnsafeBufferPointer(start: parser.base + start, count: parser.position - start)))
        parser.crsName = name
        // Positions in another CRS are not degrees: BoundaryReader's caller transforms them.
        if let name, !BoundaryReader.isLongitudeLatitude(crsName: name) { parser.isGeographic = false }
      default:
        try parser.skipValue(depth: 1)
      }
    }
    skipWhitespace()
    guard position >= count else { throw syntaxError("unexpected text after the top-level object") }
    guard typeName != nil else {
      throw .notAFeatureCollection(file: file, found: "an object without \"type\"")
    }
    guard let features else {
      throw .notAFeatureCollection(file: file, found: "no \"features\" member")
    }
    guard !features.isEmpty else { throw .noFeatures(file: file) }
    return features
  }

  private mutating func describeTopLevelValue() throws(WriterError) -> String {
    let byte = base[position]
    let kind: String
    switch byte {
    case UInt8(ascii: "["): kind = "an array"
    case UInt8(ascii: "\""): kind = "a string"
    case UInt8(ascii: "t"), UInt8(ascii: "f"): kind = "a boolean"
    case UInt8(ascii: "n"): kind = "null"
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): kind = "a number"
    default: kind = ""
    }
    try skipValue(depth: 0)  // reports syntax errors first: "not JSON" beats "not GeoJSON"
    return kind
  }

  private mutating func parseFeatures() throws(WriterError) -> [BoundaryFeature] {
    skipWhitespace()
    guard base[position] == UInt8(ascii: "[") else { throw syntaxError("\"features\" must be an array") }
    position += 1
    var features: [BoundaryFeature] = []
    skipWhitespace()
    if base[position] == UInt8(ascii: "]") {
      position += 1
      return features
    }
    while true {
      features.append(try parseFeature())
      featureIndex += 1
      skipWhitespace()
      let byte = base[position]
      position += 1
      if byte == UInt8(ascii: ",") { continue }
      if byte == UInt8(ascii: "]") { return features }
      position -= 1
      throw syntaxError("expected ',' or ']' after a feature")
    }
  }

  // MARK: - Feature

  private enum Key {
    case type, features, properties, geometry, coordinates, geometries, crs, other
  }

  private mutating func parseFeature() throws(WriterError) -> BoundaryFeature {
    skipWhitespace()
    featureLine = line
    guard base[position] == UInt8(ascii: "{") else { throw syntaxError("a feature must be an object") }
    position += 1
    var properties: [String: PropertyValue] = [:]
    var keys: [String] = []
    var geometry: Geometry?
    var sawGeometry = false
    try parseMembers { parser, key throws(WriterError) in
      switch key {
      case .type:
        let name = try parser.parseStringValue(context: "\"type\"")
        guard name == "Feature" else {
          throw .invalidFeature(
            file: parser.file, line: parser.featureLine, featureIndex: parser.featureIndex,
            message: "\"type\" is \"\(name)\", expected \"Feature\"")
        }
      case .properties:
        try parser.parseProperties(into: &properties, keys: &keys)
      case .geometry:
        sawGeometry = true
        geometry = try parser.parseGeometry()
      default:
        try parser.skipValue(depth: 2)
      }
    }
    guard sawGeometry, var geometry else {
      throw .missingGeometry(file: file, line: featureLine, featureIndex: featureIndex)
    }
    if rewinds { geometry = geometry.rewoundForRFC7946() }
    return BoundaryFeature(
      index: featureIndex, line: featureLine, properties: properties, propertyKeys: keys,
      geometry: geometry)
  }

  private mutating func parseProperties(
    into properties: inout [String: PropertyValue], keys: inout [String]
  ) throws(WriterError) {
    skipWhitespace()
    let byte = base[position]
    if byte == UInt8(ascii: "n") {
      try parseLiteral()
      return
    }
    guard byte == UInt8(ascii: "{") else {
      throw featureError("\"properties\" must be an object or null")
    }
    position += 1
    try parseMembers(named: { parser throws(WriterError) in try parser.parseString() }) { parser, key throws(WriterError) in
      let value = try parser.parsePropertyValue()
      if properties.updateValue(value, forKey: key) == nil { keys.append(key) }
    }
  }

  private mutating func parsePropertyValue() throws(WriterError) -> PropertyValue {
    skipWhitespace()
    let byte = base[position]
    switch byte {
    case UInt8(ascii: "\""):
      return .string(try parseString())
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let number = try parseNumber()
      if let integer = number.integer { return .integer(integer) }
      return .double(number.value)
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      let start = position
      try skipValue(depth: 3)
      return .string(String(decoding: UnsafeBufferPointer(start: base + start, count: position - start), as: UTF8.self))
    default:
      switch try parseLiteral() {
      case .some(let flag): return .bool(flag)
      case .none: return .null
      }
    }
  }

  // MARK: - Geometry

  private mutating func parseGeometry() throws(WriterError) -> Geometry? {
    skipWhitespace()
    if base[position] == UInt8(ascii: "n") {
      try parseLiteral()
      return nil
    }
    guard base[position] == UInt8(ascii: "{") else { throw featureError("\"geometry\" must be an object or null") }
    let geometryLine = line
    position += 1
    ringLines.removeAll(keepingCapacity: true)
    var typeName: String?
    var nest: Nest?
    try parseMembers { parser, key throws(WriterError) in
      switch key {
      case .type:
        typeName = try parser.parseStringValue(context: "geometry \"type\"")
      case .coordinates:
        nest = try parser.parseCoordinates(depth: 0)
      default:
        try parser.skipValue(depth: 3)
      }
    }
    guard let typeName else { throw featureError("geometry has no \"type\"", line: geometryLine) }
    guard typeName == "Polygon" || typeName == "MultiPolygon" else {
      throw .unsupportedGeometry(file: file, line: geometryLine, featureIndex: featureIndex, type: typeName)
    }
    guard let nest else { throw featureError("\(typeName) has no \"coordinates\"", line: geometryLine) }
    let geometry: Geometry
    switch (typeName, nest) {
    case ("Polygon", .rings(let rings)):
      geometry = .polygon(rings)
    case ("MultiPolygon", .polygons(let polygons)):
      guard polygons.allSatisfy({ !$0.isEmpty }) else {
        throw featureError("MultiPolygon contains a polygon without rings", line: geometryLine)
      }
      geometry = .multiPolygon(polygons)
    case (_, .empty):
      throw featureError("\(typeName) has empty \"coordinates\"", line: geometryLine)
    default:
      throw featureError(
        "\"coordinates\" are nested \(nest.depthDescription), not as a \(typeName) requires",
        line: geometryLine)
    }
    try validateRings(of: geometry, geometryLine: geometryLine)
    return geometry
  }

  private func validateRings(of geometry: Geometry, geometryLine: Int) throws(WriterError) {
    var ringNumber = 0
    let polygons: [[[Position]]]
    switch geometry {
    case .polygon(let rings): polygons = [rings]
    case .multiPolygon(let parts): polygons = parts
    default: return
    }
    for rings in polygons {
      for ring in rings {
        let ringLine = ringNumber < ringLines.count ? ringLines[ringNumber] : geometryLine
        ringNumber += 1
        if isGeographic {
          for point in ring where !(point.x >= -180 && point.x <= 180 && point.y >= -90 && point.y <= 90) {
            throw .coordinateOutOfRange(file: file, line: ringLine, featureIndex: featureIndex, x: point.x, y: point.y)
          }
        }
        guard ring.count >= 4 else {
          throw .ringTooShort(file: file, line: ringLine, featureIndex: featureIndex, positions: ring.count)
        }
        guard ring[0] == ring[ring.count - 1] else {
          throw .ringNotClosed(file: file, line: ringLine, featureIndex: featureIndex)
        }
      }
    }
  }

  /// Coordinates arrays by nesting depth; the geometry `type` decides which one is valid.
  private enum Nest {
    case empty
    case position(Position)
    case positions([Position])
    case rings([[Position]])
    case polygons([[[Position]]])

    var depthDescription: String {
      switch self {
      case .empty: "as an empty array"
      case .position: "as a single position"
      case .positions: "as a list of positions"
      case .rings: "as a list of rings"
      case .polygons: "as a list of polygons"
      }
    }
  }

  private mutating func parseCoordinates(depth: Int) throws(WriterError) -> Nest {
    skipWhitespace()
    guard base[position] == UInt8(ascii: "[") else { throw syntaxError("expected '[' in \"coordinates\"") }
    guard depth < 4 else { throw featureError("\"coordinates\" are nested too deeply") }
    let startLine = line
    position += 1
    skipWhitespace()
    let first = base[position]
    if first == UInt8(ascii: "]") {
      position += 1
      return .empty
    }
    guard first == UInt8(ascii: "[") else { return .position(try parsePositionBody()) }
    var positions: [Position] = []
    var rings: [[Position]] = []
    var polygons: [[[Position]]] = []
    var level = -1  // unknown until the first non-empty child
    while true {
      let childLine = line
      let child = try parseCoordinates(depth: depth + 1)
      switch child {
      case .position(let point) where level == -1 || level == 0:
        level = 0
        positions.append(point)
      case .empty where level == -1 || level == 1:
        level = 1
        rings.append([])
        ringLines.append(childLine)
      case .positions(let ring) where level == -1 || level == 1:
        level = 1
        rings.append(ring)
      case .empty where level == 2:
        polygons.append([])
      case .rings(let parts) where level == -1 || level == 2:
        level = 2
        polygons.append(parts)
      default:
        throw featureError("\"coordinates\" mix positions and arrays at the same level")
      }
      guard try endOfMember(closing: UInt8(ascii: "]")) else {
        skipWhitespace()
        continue
      }
      break
    }
    switch level {
    case 0:
      ringLines.append(startLine)
      return .positions(positions)
    case 1: return .rings(rings)
    default: return .polygons(polygons)
    }
  }

  /// Parses `x, y[, z…]]` after the opening bracket; keeps x and y, drops Z (and M).
  @inline(__always)
  private mutating func parsePositionBody() throws(WriterError) -> Position {
    let x = try parseCoordinateNumber()
    skipWhitespace()
    guard base[position] == UInt8(ascii: ",") else {
      throw featureError("a position needs at least two numbers")
    }
    position += 1
    skipWhitespace()
    let y = try parseCoordinateNumber()
    while true {
      skipWhitespace()
      let byte = base[position]
      position += 1
      if byte == UInt8(ascii: "]") { return Position(x: x, y: y) }
      guard byte == UInt8(ascii: ",") else {
        position -= 1
        throw syntaxError("expected ',' or ']' in a position")
      }
      skipWhitespace()
      _ = try parseCoordinateNumber()  // altitude (or measure): accepted and dropped
    }
  }

  @inline(__always)
  private mutating func parseCoordinateNumber() throws(WriterError) -> Double {
    let byte = base[position]
    guard byte == UInt8(ascii: "-") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) else {
      if byte == UInt8(ascii: "N") || byte == UInt8(ascii: "I") || byte == UInt8(ascii: "n") {
        try parseLiteral()  // throws the NaN/Infinity error, or "unexpected token"
      }
      throw unexpectedCharacter("where a number was expected")
    }
    return try parseNumber().value
  }

  // MARK: - Members

  /// Parses `"key": value, …}` after `{`, calling `body` positioned at each value.
  private mutating func parseMembers(
    _ body: (inout BoundaryParser, Key) throws(WriterError) -> Void
  ) throws(WriterError) {
    try parseMembers(named: { parser throws(WriterError) in try parser.parseKey() }, body)
  }

  /// Parses `"name": value, …}` after `{`: `name` reads each member name (positioned at its
  /// opening quote), then `body` runs positioned at its value and must consume it.
  private mutating func parseMembers<Name>(
    named name: (inout BoundaryParser) throws(WriterError) -> Name,
    _ body: (inout BoundaryParser, Name) throws(WriterError) -> Void
  ) throws(WriterError) {
    skipWhitespace()
    if base[position] == UInt8(ascii: "}") {
      position += 1
      return
    }
    while true {
      skipWhitespace()
      guard base[position] == UInt8(ascii: "\"") else { throw syntaxError("expected a member name in quotes") }
      let key = try name(&self)
      try expectColon()
      try body(&self, key)
      if try endOfMember(closing: UInt8(ascii: "}")) { return }
    }
  }

  /// After a value: consumes `,` (returns `false`) or the closing bracket (returns `true`).
  @inline(__always)
  private mutating func endOfMember(closing: UInt8) throws(WriterError) -> Bool {
    skipWhitespace()
    let byte = base[position]
    if byte == UInt8(ascii: ",") {
      position += 1
      return false
    }
    if byte == closing {
      position += 1
      return true
    }
    throw syntaxError("expected ',' or '\(Character(Unicode.Scalar(closing)))'")
  }

  private mutating func expectColon() throws(WriterError) {
    skipWhitespace()
    guard base[position] == UInt8(ascii: ":") else { throw syntaxError("expected ':' after a member name") }
    position += 1
    skipWhitespace()
  }

  private mutating func parseKey() throws(WriterError) -> Key {
    let (start, end, escaped) = try scanString()
    if escaped {
      return Self.key(for: Array(try decodeString(start: start, end: end).utf8))
    }
    return Self.key(for: UnsafeBufferPointer(start: base + start, count: end - start))
  }

  private static func key<Bytes: Collection<UInt8>>(for bytes: Bytes) -> Key {
    switch bytes.count {
    case 3 where bytes.elementsEqual("crs".utf8): .crs
    case 4 where bytes.elementsEqual("type".utf8): .type
    case 8 where bytes.elementsEqual("features".utf8): .features
    case 8 where bytes.elementsEqual("geometry".utf8): .geometry
    case 10 where bytes.elementsEqual("properties".utf8): .properties
    case 10 where bytes.elementsEqual("geometries".utf8): .geometries
    case 11 where bytes.elementsEqual("coordinates".utf8): .coordinates
    default: .other
    }
  }

  private mutating func parseStringValue(context: String) throws(WriterError) -> String {
    skipWhitespace()
    guard base[position] == UInt8(ascii: "\"") else {
      if base[position] == UInt8(ascii: "{") || base[position] == UInt8(ascii: "[") {
        throw syntaxError("\(context) must be a string")
      }
      try skipValue(depth: 1)
      throw syntaxError("\(context) must be a string")
    }
    return try parseString()
  }

  // MARK: - Scalars

  @inline(__always)
  private mutating func skipWhitespace() {
    while true {
      let byte = base[position]
      if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
        position += 1
      } else if byte == UInt8(ascii: "\n") {
        position += 1
        line += 1
        lineStart = position
      } else {
        return
      }
    }
  }

  /// Parses `true`, `false` or `null` (returning `nil`); rejects NaN/Infinity spellings.
  @discardableResult
  private mutating func parseLiteral() throws(WriterError) -> Bool? {
    let start = position
    while position < count, Self.isLetter(base[position]) { position += 1 }
    let word = String(decoding: UnsafeBufferPointer(start: base + start, count: position - start), as: UTF8.self)
    switch word {
    case "true": return true
    case "false": return false
    case "null": return nil
    case "NaN", "nan", "Infinity", "infinity", "Inf", "inf":
      position = start
      throw .nonFiniteToken(file: file, line: line, column: column(), token: word)
    case "":
      throw unexpectedCharacter("where a value was expected")
    default:
      position = start
      throw syntaxError("unexpected token '\(word)'")
    }
  }

  private static func isLetter(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
  }

  /// 10^0 … 10^22: every one is exact in a Double (Clinger's fast path).
  private static let exactPowersOfTen: [Double] = (0...22).map { exponent in
    var value = 1.0
    for _ in 0..<exponent { value *= 10 }
    return value
  }

  /// Parses an RFC 8259 number; `integer` is set when it has no fraction or exponent and
  /// fits an `Int`.
  private mutating func parseNumber() throws(WriterError) -> (value: Double, integer: Int?) {
    let start = position
    let negative = base[position] == UInt8(ascii: "-")
    if negative {
      position += 1
      if base[position] == UInt8(ascii: "I") {
        position = start
        throw .nonFiniteToken(file: file, line: line, column: column(), token: "-Infinity")
      }
    }
    var mantissa: UInt64 = 0
    var digits = 0  // significant digits accumulated into `mantissa`
    var dropped = false  // digits beyond 19 that did not fit
    var decimalExponent = 0
    let zero = UInt8(ascii: "0")
    let firstDigit = base[position]
    guard firstDigit >= zero && firstDigit <= zero + 9 else {
      throw syntaxError("a number needs digits after '-'")
    }
    if firstDigit == zero {
      position += 1
    } else {
      while true {
        let byte = base[position]
        guard byte >= zero && byte <= zero + 9 else { break }
        if digits < 19 {
          mantissa = mantissa &* 10 &+ UInt64(byte &- zero)
          digits += 1
        } else {
          decimalExponent += 1
          dropped = true
        }
        position += 1
      }
    }
    var isInteger = true
    if base[position] == UInt8(ascii: ".") {
      isInteger = false
      position += 1
      let fractionStart = position
      while true {
        let byte = base[position]
        guard byte >= zero && byte <= zero + 9 else { break }
        if digits < 19 {
          if mantissa != 0 || byte != zero { digits += 1 }
          mantissa = mantissa &* 10 &+ UInt64(byte &- zero)
          decimalExponent -= 1
        } else if byte != zero {
          dropped = true
        }
        position += 1
      }
      guard position > fractionStart else { throw syntaxError("a number needs digits after '.'") }
    }
    let exponentByte = base[position] | 0x20
    if exponentByte == UInt8(ascii: "e") {
      isInteger = false
      position += 1
      var exponentNegative = false
      if base[position] == UInt8(ascii: "+") || base[position] == UInt8(ascii: "-") {
        exponentNegative = base[position] == UInt8(ascii: "-")
        position += 1
      }
      let exponentStart = position
      var exponent = 0
      while true {
        let byte = base[position]
        guard byte >= zero && byte <= zero + 9 else { break }
        if exponent < 100_000 { exponent = exponent * 10 + Int(byte - zero) }
        position += 1
      }
      guard position > exponentStart else { throw syntaxError("a number needs digits in its exponent") }
      decimalExponent += exponentNegative ? -exponent : exponent
    }
    let value: Double
    if !dropped, mantissa <= 1 << 53, decimalExponent >= -22, decimalExponent <= 22 {
      // Clinger's fast path: both operands are exact, so one correctly rounded operation.
      let magnitude = Double(mantissa)
      value = decimalExponent < 0
        ? magnitude / Self.exactPowersOfTen[-decimalExponent]
        : magnitude * Self.exactPowersOfTen[decimalExponent]
    } else {
      value = slowNumber(start: start)
    }
    let signed = negative ? -value : value
    guard signed.isFinite else {
      let token = String(decoding: UnsafeBufferPointer(start: base + start, count: position - start), as: UTF8.self)
      position = start
      throw .nonFiniteToken(file: file, line: line, column: column(), token: token + " (out of Double range)")
    }
    var integer: Int?
    if isInteger, !dropped, digits <= 18 {
      integer = negative ? -Int(mantissa) : Int(mantissa)
    }
    return (signed, integer)
  }

  /// Correctly rounded conversion for long mantissas, via `strtod` on the token itself.
  private func slowNumber(start: Int) -> Double {
    // The token is already validated as JSON; skip its sign (applied by the caller).
    let from = base[start] == UInt8(ascii: "-") ? start + 1 : start
    var end: UnsafeMutablePointer<CChar>?
    let value = (base + from).withMemoryRebound(to: CChar.self, capacity: position - from + 1) { text in
      strtod(text, &end)
    }
    let consumed = end.map { UnsafeRawPointer($0) - UnsafeRawPointer(base + from) } ?? 0
    if consumed == position - from { return value }
    // strtod honours LC_NUMERIC; if a locale with a decimal comma is active, use Swift's
    // locale-independent parser instead.
    let text = String(decoding: UnsafeBufferPointer(start: base + from, count: position - from), as: UTF8.self)
    return Double(text) ?? .nan
  }

  // MARK: - Strings

  private mutating func parseString() throws(WriterError) -> String {
    let (start, end, escaped) = try scanString()
    if escaped { return try decodeString(start: start, end: end) }
    return String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
  }

  /// Validates a string starting at `"`; returns the content range and whether it has escapes.
  private mutating func scanString() throws(WriterError) -> (start: Int, end: Int, escaped: Bool) {
    position += 1
    let start = position
    var escaped = false
    while true {
      let byte = base[position]
      if byte == UInt8(ascii: "\"") {
        position += 1
        return (start, position - 1, escaped)
      }
      if byte == UInt8(ascii: "\\") {
        escaped = true
        position += 1
        switch base[position] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
          UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          position += 1
        case UInt8(ascii: "u"):
          position += 1
          for _ in 0..<4 {
            guard JSONText.hexValue(base[position]) != nil else {
              throw syntaxError("\\u must be followed by four hex digits")
            }
            position += 1
          }
        default:
          if position >= count { throw syntaxError("unterminated string (end of file)") }
          throw syntaxError("invalid escape sequence in string")
        }
      } else if byte < 0x20 {
        if position >= count { throw syntaxError("unterminated string (end of file)") }
        if byte == UInt8(ascii: "\n") { throw syntaxError("unterminated string (newline inside a string)") }
        throw syntaxError("unescaped control character \(Self.codePoint(byte)) in a string")
      } else if byte >= 0x80 {
        position += try utf8SequenceLength(at: position)
      } else {
        position += 1
      }
    }
  }

  /// Length of the valid UTF-8 sequence at `offset`, or an ``WriterError/invalidUTF8`` error.
  private func utf8SequenceLength(at offset: Int) throws(WriterError) -> Int {
    let lead = base[offset]
    let length: Int
    var low: UInt8 = 0x80
    var high: UInt8 = 0xBF
    switch lead {
    case 0xC2...0xDF: length = 2
    case 0xE0: length = 3; low = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: length = 3
    case 0xED: length = 3; high = 0x9F  // no UTF-16 surrogates
    case 0xF0: length = 4; low = 0x90
    case 0xF1...0xF3: length = 4
    case 0xF4: length = 4; high = 0x8F  // nothing above U+10FFFF
    default: throw invalidUTF8(at: offset)
    }
    guard offset + length <= count else { throw invalidUTF8(at: offset) }
    let second = base[offset + 1]
    guard second >= low && second <= high else { throw invalidUTF8(at: offset) }
    for index in 2..<max(2, length) where base[offset + index] & 0xC0 != 0x80 {
      throw invalidUTF8(at: offset)
    }
    return length
  }

  /// Decodes an already validated string body containing escapes.
  private func decodeString(start: Int, end: Int) throws(WriterError) -> String {
    var scalars = String.UnicodeScalarView()
    var bytes: [UInt8] = []
    var index = start
    func flushBytes() {
      if !bytes.isEmpty {
        scalars.append(contentsOf: String(decoding: bytes, as: UTF8.self).unicodeScalars)
        bytes.removeAll(keepingCapacity: true)
      }
    }
    func hex4(_ at: Int) -> UInt32 {
      (0..<4).reduce(0) { $0 << 4 | (JSONText.hexValue(base[at + $1]) ?? 0) }
    }
    while index < end {
      let byte = base[index]
      guard byte == UInt8(ascii: "\\") else {
        bytes.append(byte)
        index += 1
        continue
      }
      let kind = base[index + 1]
      index += 2
      switch kind {
      case UInt8(ascii: "u"):
        var code = hex4(index)
        index += 4
        if (0xD800...0xDBFF).contains(code), index + 6 <= end, base[index] == UInt8(ascii: "\\"),
          base[index + 1] == UInt8(ascii: "u")
        {
          let low = hex4(index + 2)
          if (0xDC00...0xDFFF).contains(low) {
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            index += 6
          }
        }
        guard let scalar = Unicode.Scalar(code) else {
          throw .malformedJSON(
            file: file, line: line, column: column(), message: "string contains an unpaired UTF-16 surrogate \\u"
              + String(code, radix: 16, uppercase: true))
        }
        flushBytes()
        scalars.append(scalar)
      // (`scanString` let through only the escapes RFC 8259 has.)
      default: bytes.append(JSONText.unescaped(kind) ?? kind)
      }
    }
    flushBytes()
    return String(scalars)
  }

  // MARK: - Skipping

  /// Validates and skips any JSON value.
  private mutating func skipValue(depth: Int) throws(WriterError) {
    guard depth < Self.maximumDepth else { throw syntaxError("values nested more than \(Self.maximumDepth) deep") }
    skipWhitespace()
    let byte = base[position]
    switch byte {
    case UInt8(ascii: "{"):
      position += 1
      try parseMembers(named: { parser throws(WriterError) in _ = try parser.scanString() }) { parser, _ throws(WriterError) in
        try parser.skipValue(depth: depth + 1)
      }
    case UInt8(ascii: "["):
      position += 1
      skipWhitespace()
      if base[position] == UInt8(ascii: "]") {
        position += 1
        return
      }
      while true {
        try skipValue(depth: depth + 1)
        if try endOfMember(closing: UInt8(ascii: "]")) { return }
      }
    case UInt8(ascii: "\""):
      _ = try scanString()
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      _ = try parseNumber()
    default:
      try parseLiteral()
    }
  }

  // MARK: - Errors

  /// 1-based column of `position`, counted in Unicode scalars (not bytes).
  private func column(at offset: Int? = nil) -> Int {
    let target = min(offset ?? position, count)
    var column = 1
    var index = lineStart
    while index < target {
      if base[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return column
  }

  private func syntaxError(_ message: String) -> WriterError {
    if position >= count {
      return .malformedJSON(file: file, line: line, column: column(), message: "unexpected end of file (\(message))")
    }
    return .malformedJSON(file: file, line: line, column: column(), message: message)
  }

  private func unexpectedCharacter(_ context: String) -> WriterError {
    if position >= count { return syntaxError("value expected \(context)") }
    let byte = base[position]
    if byte >= 0x80 {
      do {
        let length = try utf8SequenceLength(at: position)
        let text = String(decoding: UnsafeBufferPointer(start: base + position, count: length), as: UTF8.self)
        return syntaxError("unexpected character '\(text)' \(context)")
      } catch {
        return error
      }
    }
    if byte < 0x20 || byte == 0x7F {
      return syntaxError("unexpected control character \(Self.codePoint(byte)) \(context)")
    }
    return syntaxError("unexpected character '\(Character(Unicode.Scalar(byte)))' \(context)")
  }

  private static func codePoint(_ byte: UInt8) -> String {
    let hex = String(byte, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: 4 - hex.count) + hex
  }

  private func invalidUTF8(at offset: Int) -> WriterError {
    .invalidUTF8(file: file, line: line, column: column(at: offset))
  }

  private func featureError(_ message: String, line explicitLine: Int? = nil) -> WriterError {
    .invalidFeature(file: file, line: explicitLine ?? line, featureIndex: featureIndex, message: message)
  }
}
