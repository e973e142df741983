extension Coordinate: Codable {
  /// Decodes a coordinate from a two-element array `[longitude, latitude]`.
  ///
  /// This is the shape of a GeoJSON position
  /// ([RFC 7946 §3.1.1](https://www.rfc-editor.org/rfc/rfc7946#section-3.1.1)).
  ///
  /// - Throws: `DecodingError.dataCorrupted` if the array does not hold exactly two numbers.
  public init(from decoder: any Decoder) throws {
    let pair = try decodePair(from: decoder, expecting: "[longitude, latitude]")
    self.init(longitude: pair.0, latitude: pair.1)
  }

  /// Encodes the coordinate as a two-element array `[longitude, latitude]`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    try container.encode(longitude)
    try container.encode(latitude)
  }
}

/// Reads exactly two doubles from an unkeyed container; shared by the pair-shaped value types.
func decodePair(from decoder: any Decoder, expecting shape: String) throws -> (Double, Double) {
  var container = try decoder.unkeyedContainer()
  if let count = container.count, count != 2 {
    throw DecodingError.dataCorrupted(
      DecodingError.Context(
        codingPath: decoder.codingPath,
        debugDescription: "expected \(shape) with 2 numbers, found \(count) elements"
      )
    )
  }
  let first = try container.decode(Double.self)
  let second = try container.decode(Double.self)
  if !container.isAtEnd {
    throw DecodingError.dataCorrupted(
      DecodingError.Context(
        codingPath: decoder.codingPath,
        debugDescription: "expected \(shape) with 2 numbers, found more"
      )
    )
  }
  return (first, second)
}
