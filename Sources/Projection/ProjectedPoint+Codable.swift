extension ProjectedPoint: Codable {
  /// Decodes a point from a two-element array `[x, y]` (easting, northing).
  ///
  /// - Throws: `DecodingError.dataCorrupted` if the array does not hold exactly two numbers.
  public init(from decoder: any Decoder) throws {
    let pair = try decodePair(from: decoder, expecting: "[x, y]")
    self.init(x: pair.0, y: pair.1)
  }

  /// Encodes the point as a two-element array `[x, y]`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.unkeyedContainer()
    try container.encode(x)
    try container.encode(y)
  }
}
