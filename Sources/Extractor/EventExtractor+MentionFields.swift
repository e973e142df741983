import Gazetteer

/// Fields of one mention read in place, for `EventExtractor.extract`.
///
/// `extract` is too long for the optimizer to inline the array's subscript in it: there,
/// `mentions[m].list` called the subscript's getter, which copied the whole mention (its text,
/// matches and names retained, then released) to read one field, about 250 instructions, some
/// 20 000 times on the 1 MB stream (callgrind, issue #16). These small functions, kept out of
/// line, read the field alone.
extension EventExtractor {
  /// `mentions[m].sentence`.
  @inline(never)
  static func sentence(of m: Int, in mentions: [Mention]) -> Int { mentions[m].sentence }

  /// `mentions[m].list`.
  @inline(never)
  static func list(of m: Int, in mentions: [Mention]) -> Int { mentions[m].list }

  /// `mentions[m].isLandmark`.
  @inline(never)
  static func isLandmark(_ m: Int, in mentions: [Mention]) -> Bool { mentions[m].isLandmark }

  /// `mentions[m].tokens`.
  @inline(never)
  static func tokens(of m: Int, in mentions: [Mention]) -> Range<Int> { mentions[m].tokens }

  /// `mentions[m].matches`.
  @inline(never)
  static func matches(of m: Int, in mentions: [Mention]) -> [PlaceMatch] { mentions[m].matches }
}
