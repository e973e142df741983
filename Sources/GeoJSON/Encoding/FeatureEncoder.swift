import GeoModel

/// A fast, deterministic JSON encoder for one ``Feature``.
///
/// Output has a fixed member order, `{"type":"Feature","id":…,"properties":{…},"geometry":{…}}`
/// (`id` omitted when `nil`), no whitespace, properties in the caller's order, and every
/// coordinate quantised to ``precision`` decimals (see the discussion of numbers below).
/// Identical input therefore always gives identical bytes, which is what golden tests and
/// `git diff` on exported layers rely on. `JSONEncoder` is not used: it would sort or shuffle
/// keys, allocate per value, and print numbers in shortest-round-trip form with exponents.
///
/// Numbers: coordinates are rounded half away from zero to ``precision`` decimals and printed
/// without exponent and without trailing zeros (`69.7974`, `-0.5`, `0`; `-0` prints as `0`).
/// Polygon rings are rounded by ``Geometry/quantised(decimals:)``, so a valid polygon stays
/// valid: repeated positions are dropped, and the rare ring that rounding would make cross
/// itself keeps up to ``Geometry/maximumExtraDecimals`` more decimals.
/// `.double` property values use the same precision but always keep a decimal point (`5.0`)
/// so that GDAL and other readers type the field as Real, not Integer. NaN and infinities are
/// errors: JSON cannot represent them ([RFC 8259 §6](https://datatracker.ietf.org/doc/html/rfc8259#section-6)).
///
/// ## Example
/// ```swift
/// let encoder = try FeatureEncoder(precision: 6)
/// let bytes = try encoder.encode(feature)   // UTF-8, no trailing newline
/// ```
public struct FeatureEncoder: Sendable {
  /// Decimals kept for coordinates and real property values.
  public let precision: Int
  private let formatter: DecimalFormatter
  /// Prints polygon coordinates, already quantised to ``precision`` (or, for a repaired ring,
  /// a few more) decimals: the same text as `formatter` for the former.
  private let ringFormatter: DecimalFormatter

  /// Creates an encoder.
  /// - Parameter precision: Decimals to keep, 0...15. Use 6 for degrees (≈0.1 m) and 2 for
  ///   metres (1 cm); GDAL's RFC 7946 mode uses 7.
  /// - Throws: ``WriterError/invalidPrecision(_:)`` when out of range.
  public init(precision: Int = 6) throws(WriterError) {
    guard let formatter = DecimalFormatter(decimals: precision) else {
      throw .invalidPrecision(precision)
    }
    self.precision = precision
    self.formatter = formatter
    self.ringFormatter =
      DecimalFormatter(decimals: min(DecimalFormatter.maximumDecimals, precision + Geometry.maximumExtraDecimals))
      ?? formatter
  }

  /// Encodes one feature as compact UTF-8 JSON without a trailing newline.
  /// - Parameters:
  ///   - feature: The feature.
  ///   - featureIndex: Index quoted in error messages.
  /// - Returns: The JSON bytes.
  /// - Throws: ``WriterError`` for non-finite numbers, duplicate keys or malformed dates.
  public func encode(_ feature: Feature, featureIndex: Int = 0) throws(WriterError) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(256)
    try append(feature, to: &out, file: nil, featureIndex: featureIndex)
    return out
  }

  /// Appends one encoded feature to `out`; on error `out` is left exactly as it was.
  func append(
    _ feature: Feature, to out: inout [UInt8], file: String?, featureIndex: Int
  ) throws(WriterError) {
    let start = out.count
    do throws(EncodingProblem) {
      try appendUnchecked(feature, to: &out)
    } catch {
      out.removeSubrange(start...)
      switch error {
      case .nonFinite(let location):
        throw .nonFiniteNumber(file: file, featureIndex: featureIndex, location: location)
      case .duplicateKey(let key):
        throw .duplicatePropertyKey(file: file, featureIndex: featureIndex, key: key)
      case .badDate(let key, let value):
        throw .invalidDate(file: file, featureIndex: featureIndex, key: key, value: value)
      }
    }
  }

  /// Encodes a geometry once, for ``Feature/encodedGeometry``: the same bytes this encoder
  /// writes for the geometry inside a feature, and its extent.
  /// - Throws: ``WriterError/nonFiniteNumber(file:featureIndex:location:)`` for NaN or infinite
  ///   coordinates.
  public func encodeGeometry(_ geometry: Geometry) throws(WriterError) -> EncodedGeometry {
    var out: [UInt8] = []
    do throws(EncodingProblem) {
      try appendGeometry(geometry, to: &out)
    } catch {
      throw .nonFiniteNumber(file: nil, featureIndex: 0, location: "geometry coordinates")
    }
    return EncodedGeometry(precision: precision, boundingBox: geometry.boundingBox, bytes: out)
  }

  /// Appends a bbox array `[minX,minY,maxX,maxY]`; returns `false` if a value is non-finite.
  func appendBoundingBox(_ box: BoundingBox, to out: inout [UInt8]) -> Bool {
    let start = out.count
    out.append(UInt8(ascii: "["))
    for (index, value) in [box.minX, box.minY, box.maxX, box.maxY].enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      guard formatter.append(value, to: &out) else {
        out.removeSubrange(start...)
        return false
      }
    }
    out.append(UInt8(ascii: "]"))
    return true
  }

  // MARK: - Internals

  private enum EncodingProblem: Error {
    case nonFinite(String)
    case duplicateKey(String)
    case badDate(key: String, value: String)
  }

  private func appendUnchecked(_ feature: Feature, to out: inout [UInt8]) throws(EncodingProblem) {
    JSONText.appendRaw("{\"type\":\"Feature\"", to: &out)
    switch feature.id {
    case .none:
      break
    case .string(let text)?:
      JSONText.appendRaw(",\"id\":", to: &out)
      JSONText.appendString(text, to: &out)
    case .integer(let number)?:
      JSONText.appendRaw(",\"id\":", to: &out)
      DecimalFormatter.appendInteger(number, to: &out)
    }
    JSONText.appendRaw(",\"properties\":{", to: &out)
    try checkUniqueKeys(feature.properties)
    for (index, property) in feature.properties.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      JSONText.appendString(property.key, to: &out)
      out.append(UInt8(ascii: ":"))
      try appendValue(property.value, key: property.key, to: &out)
    }
    JSONText.appendRaw("},\"geometry\":", to: &out)
    if let encoded = feature.encodedGeometry, encoded.precision == precision {
      out.append(contentsOf: encoded.bytes)
    } else if let geometry = feature.geometry {
      try appendGeometry(geometry, to: &out)
    } else {
      JSONText.appendRaw("null", to: &out)
    }
    out.append(UInt8(ascii: "}"))
  }

  private func checkUniqueKeys(_ properties: [(key: String, value: PropertyValue)]) throws(EncodingProblem) {
    // A quadratic scan beats hashing for the handful of properties a feature usually has.
    if properties.count <= 16 {
      for index in properties.indices.dropFirst() {
        let key = properties[index].key
        for earlier in 0..<index where properties[earlier].key == key {
          throw .duplicateKey(key)
        }
      }
    } else {
      var seen = Set<String>(minimumCapacity: properties.count)
      for property in properties where !seen.insert(property.key).inserted {
        throw .duplicateKey(property.key)
      }
    }
  }

  private func appendValue(_ value: PropertyValue, key: String, to out: inout [UInt8]) throws(EncodingProblem) {
    switch value {
    case .string(let text):
      JSONText.appendString(text, to: &out)
    case .integer(let number):
      DecimalFormatter.appendInteger(number, to: &out)
    case .double(let number):
      guard formatter.append(number, keepFraction: true, to: &out) else {
        throw .nonFinite("property \"\(key)\"")
      }
    case .bool(let flag):
      if flag { JSONText.appendRaw("true", to: &out) } else { JSONText.appendRaw("false", to: &out) }
    case .null:
      JSONText.appendRaw("null", to: &out)
    case .date(let text):
      guard PropertyValue.isISODate(text) else { throw .badDate(key: key, value: text) }
      JSONText.appendString(text, to: &out)
    case .dateTime(let text):
      guard PropertyValue.isISODateTime(text) else { throw .badDate(key: key, value: text) }
      JSONText.appendString(text, to: &out)
    }
  }

  private func appendGeometry(_ geometry: Geometry, to out: inout [UInt8]) throws(EncodingProblem) {
    JSONText.appendRaw("{\"type\":", to: &out)
    switch geometry {
    case .point(let position):
      JSONText.appendRaw("\"Point\",\"coordinates\":", to: &out)
      try appendPosition(position, to: &out)
    case .multiPoint(let positions):
      JSONText.appendRaw("\"MultiPoint\",\"coordinates\":", to: &out)
      try appendPositions(positions, to: &out)
    case .lineString(let positions):
      JSONText.appendRaw("\"LineString\",\"coordinates\":", to: &out)
      try appendPositions(positions, to: &out)
    case .polygon(let original):
      var rings = original
      if case .polygon(let quantised) = geometry.quantised(decimals: precision).geometry { rings = quantised }
      JSONText.appendRaw("\"Polygon\",\"coordinates\":", to: &out)
      try appendRings(rings, to: &out)
    case .multiPolygon(let original):
      var polygons = original
      if case .multiPolygon(let quantised) = geometry.quantised(decimals: precision).geometry { polygons = quantised }
      JSONText.appendRaw("\"MultiPolygon\",\"coordinates\":[", to: &out)
      for (index, rings) in polygons.enumerated() {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        try appendRings(rings, to: &out)
      }
      out.append(UInt8(ascii: "]"))
    }
    out.append(UInt8(ascii: "}"))
  }

  /// Appends quantised rings (printed with `ringFormatter`).
  private func appendRings(_ rings: [[Position]], to out: inout [UInt8]) throws(EncodingProblem) {
    out.append(UInt8(ascii: "["))
    for (index, ring) in rings.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      try appendPositions(ring, formatter: ringFormatter, to: &out)
    }
    out.append(UInt8(ascii: "]"))
  }

  private func appendPositions(
    _ positions: [Position], formatter: DecimalFormatter? = nil, to out: inout [UInt8]
  ) throws(EncodingProblem) {
    out.append(UInt8(ascii: "["))
    for (index, position) in positions.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      try appendPosition(position, formatter: formatter ?? self.formatter, to: &out)
    }
    out.append(UInt8(ascii: "]"))
  }

  @inline(__always)
  private func appendPosition(
    _ position: Position, formatter: DecimalFormatter? = nil, to out: inout [UInt8]
  ) throws(EncodingProblem) {
    let formatter = formatter ?? self.formatter
    out.append(UInt8(ascii: "["))
    guard formatter.append(position.x, to: &out) else { throw .nonFinite("geometry coordinates") }
    out.append(UInt8(ascii: ","))
    guard formatter.append(position.y, to: &out) else { throw .nonFinite("geometry coordinates") }
    out.append(UInt8(ascii: "]"))
  }
}
