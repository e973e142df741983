/// Normalisation of Persian-script text (Dari and Pashto) for matching, shared by the
/// gazetteer index and the extractor so that a name and its mention in a report meet.
///
/// `matchingForm(_:)` folds the spelling variants the press and the gazetteer's sources mix:
///
/// - Arabic ي, ى and the Pashto ې, ۍ, ئ → Persian ی; Arabic ك → ک; ۀ, ە, ة → ه; أ, إ, آ, ٱ → ا;
///   ؤ → و (issue #13, item 1; the dev-fa README counts these among the differences between
///   press spellings and the gazetteer's);
/// - harakat (U+064B–U+065F, U+0670), tatweel (U+0640), ZWNJ/ZWJ and bidi controls removed, so
///   «شهرِ بزرگ» = «شهر بزرگ» and «به‌دست» = «بهدست»;
/// - Pashto letters matched loosely to their Dari neighbours: ګ → گ, ښ → ش, ړ → ر, ټ → ت,
///   ډ → د, ڼ → ن, ږ → ژ (the text itself keeps them: only the matching form folds them);
/// - Extended Arabic-Indic (۰–۹) and Arabic-Indic (٠–٩) digits → ASCII digits.
///
/// Spaces are kept: `NameNormalizer.key` joins a name's words, so «پل حصار», «پل‌حصار» and
/// «پلحصار» have one key.
public enum ArabicScript {
  /// Whether a scalar is in the Arabic blocks (letters, marks, digits, punctuation).
  @inline(__always)
  public static func isArabic(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    return (0x0600...0x06FF).contains(v) || (0x0750...0x077F).contains(v) || (0xFB50...0xFDFF).contains(v)
      || (0xFE70...0xFEFF).contains(v)
  }

  /// Whether `text` has any Arabic-script letter.
  public static func containsArabic(_ text: String) -> Bool {
    text.unicodeScalars.contains { isArabic($0) && isAlphabetic($0) }
  }

  /// `properties.isAlphabetic` of each scalar of the Arabic block (U+0600–U+06FF, by
  /// `value - 0x0600`), read once from the standard library's own property tables.
  private static let arabicBlockAlphabetic: [Bool] = (UInt32(0x0600)...0x06FF).map {
    Unicode.Scalar($0)!.properties.isAlphabetic
  }

  /// `scalar.properties.isAlphabetic`: an ASCII scalar by its value (its only letters are A–Z
  /// and a–z), one of the Arabic block from `arabicBlockAlphabetic`, any other by its
  /// properties. (Each `isAlphabetic` searches the Unicode property tables: asked of every
  /// scalar of Persian-script text, by the language counts and `NameNormalizer`, that search
  /// was about 0.7 % of `frontline extract`'s time on the 10 MB stream: perf, issue #16.)
  @inline(__always)
  public static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
    let v = scalar.value
    if v < 0x80 { return (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
    if v >= 0x0600 && v <= 0x06FF { return arabicBlockAlphabetic[Int(v &- 0x0600)] }
    return scalar.properties.isAlphabetic
  }

  /// Marks and controls that matching ignores: harakat, the superscript alef, tatweel, ZWNJ,
  /// ZWJ, and the bidi marks, embeddings and isolates.
  @inline(__always)
  public static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED, 0x200B...0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
      return true
    default:
      return false
    }
  }

  /// The digit value of a Persian, Arabic-Indic or ASCII digit.
  @inline(__always)
  public static func digitValue(_ scalar: Unicode.Scalar) -> Int? {
    switch scalar.value {
    case 0x30...0x39: Int(scalar.value - 0x30)
    case 0x06F0...0x06F9: Int(scalar.value - 0x06F0)
    case 0x0660...0x0669: Int(scalar.value - 0x0660)
    default: nil
    }
  }

  /// The matching form of one scalar (nil: dropped).
  @inline(__always)
  public static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    if isIgnorable(scalar) { return nil }
    if let digit = digitValue(scalar) { return Unicode.Scalar(UInt8(0x30 + digit)) }
    switch scalar {
    case "\u{064A}", "\u{0649}", "\u{06D0}", "\u{06CD}", "\u{0626}", "\u{06CC}": return "\u{06CC}"  // ی
    case "\u{0643}", "\u{06AA}", "\u{06A9}": return "\u{06A9}"  // ک
    case "\u{06C0}", "\u{06D5}", "\u{0629}", "\u{06C1}": return "\u{0647}"  // ه
    case "\u{0623}", "\u{0625}", "\u{0622}", "\u{0671}": return "\u{0627}"  // ا
    case "\u{0624}": return "\u{0648}"  // و
    case "\u{06AB}", "\u{06AD}": return "\u{06AF}"  // ګ → گ
    case "\u{069A}": return "\u{0634}"  // ښ → ش
    case "\u{0693}": return "\u{0631}"  // ړ → ر
    case "\u{067C}": return "\u{062A}"  // ټ → ت
    case "\u{0689}": return "\u{062F}"  // ډ → د
    case "\u{06BC}": return "\u{0646}"  // ڼ → ن
    case "\u{0696}": return "\u{0698}"  // ږ → ژ
    default: return scalar
    }
  }

  /// `text` in its matching form (see the type's discussion). Latin text passes through.
  public static func matchingForm(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let folded = fold(scalar) { out.append(folded) }
    }
    return String(out)
  }
}
