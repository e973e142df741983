extension String {
  /// `String(decoding: bytes, as: UTF8.self)`. Text of up to 15 bytes (a small string) is
  /// copied into the string's own room, where the standard library makes ASCII text (most words
  /// and names) without validating it: `String(decoding:as:)` was about 165 instructions for a
  /// word outside the lexicon (31 000 on the 1 MB stream: callgrind, issue #16), and about 200
  /// for each of the 21 600 names, spellings and keys the embedded index and its spelling keys
  /// are read into at every start. Other text is validated, and repaired, as
  /// `String(decoding:as:)` does.
  ///
  /// Package-wide (the tokenizer and the lexicon make their words with it too), not public API.
  @inlinable @inline(__always)
  package init(copying bytes: UnsafeBufferPointer<UInt8>) {
    guard bytes.count <= 15 else {
      self.init(decoding: bytes, as: UTF8.self)
      return
    }
    self.init(unsafeUninitializedCapacity: bytes.count) { buffer in
      guard let source = bytes.baseAddress, let target = buffer.baseAddress else { return 0 }
      target.initialize(from: source, count: bytes.count)
      return bytes.count
    }
  }
}
