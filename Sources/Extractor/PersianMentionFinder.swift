import Gazetteer

/// Finds gazetteer places in Persian-script text (Dari, Pashto).
///
/// There are no capitals: every run of up to four words not starting with a function word is
/// looked up, longest first, on its `NameNormalizer.key` (the `ArabicScript` matching form with
/// the words joined, so «پل حصار» = «پلحصار»). A run that matches nothing is tried in its
/// inflected forms: the Pashto oblique (میمنې → میمنه, ازرې → ازره), the Dari ezafe after a
/// vowel (ناوهی → ناوه), and a people's name («اندرابیها» → اندراب, a demonym). The words
/// around a name give its level: the keyword before it in Dari (ولسوالی X, شهر X, ولایت X),
/// after it in Pashto (X ولسوالۍ, X ښار, X ولایت); items of a list share it. Names that are
/// also common words (جرم "crime", شهرک "township", نرخ "price") count only with a keyword.
struct PersianMentionFinder {
  let index: PlaceIndex
  let language: DocumentLanguage

  static func forms(_ words: [String]) -> Set<String> { Set(words.map(ArabicScript.matchingForm)) }

  static let districtWords = forms([
    "ولسوالی", "ولسوالیهای", "ولسوالیها", "ولسوالیو", "ولسوالۍ", "ولسوالي", "شهرستان", "شهرستانهای", "ولسوالیګانو",
  ])
  static let provinceWords = forms(["ولایت", "ولایات", "ولایتهای", "ولایتونو", "ولایتونه", "استان", "استانهای"])
  static let cityWords = forms(["شهر", "ښار", "شهرهای", "مرکز", "ښارونو"])
  /// Words that never start a place name.
  static let functionWords = forms([
    "د", "په", "کې", "چې", "او", "در", "از", "به", "و", "را", "که", "این", "آن", "هم", "نیز", "با", "بر", "تا", "ته",
    "له", "پر", "یې", "دې", "دا", "هغه", "دغه", "یو", "یک", "است", "دی", "ده", "شد", "شده",
    "کرد", "طالبان", "طالبانو", "ولسوالی", "ولایت", "مرکز", "منابع", "امنیتی", "نیروهای", "جنگجویان", "گروه",
    "افغانستان", "بین", "میان", "سوی", "طرف", "خود", "هر", "همه", "تمام", "بیشتر", "دیگر", "خپل", "ټول",
  ])
  /// Single-word names that are common words: read only next to a place keyword.
  static let commonWordNames = forms([
    "نرخ", "جرم", "شهرک", "شهرستان", "کوهستان", "خاک", "بند", "شهر", "دولت", "ناوه", "نوه", "ده", "باغ", "مرکز", "گرم", "خان",
    "پشت", "سرخ", "کشک", "نهر", "غور", "بلخ", "خوست", "زرمت", "جلریز", "اسد",
    // Numbers: «درې» (three) is also the oblique of دره.
    "یو", "یوه", "دوه", "درې", "دری", "دره", "څلور", "پنځه", "شپږ", "اوه", "اته", "نهه", "لس",
  ]).subtracting(["غور", "بلخ", "خوست", "زرمت", "ناوه"])
  /// Words after a name that make it a title, office or body ("والی", "پولیس", "شورا").
  static let attributiveFollowers = forms([
    "والی", "ولسوال", "پولیس", "قوماندان", "قوماندانی", "سخنگوی", "ویاند", "شورای", "شورا", "مسئولان", "چارواکي",
    "چارواکو", "امنیه", "ریاست", "نماینده", "ولایتي", "ولایتی", "سیمه", "حکومت", "والي", "ښاروال", "شاروال",
  ])
  static let attributiveLeaders = forms([
    "والی", "ولسوال", "ولایتی", "ولایتي", "قوماندان", "امنیه", "سخنگوی", "ښاروال", "شاروال", "عضو", "فرمانده", "پولیس",
  ])
  static let mediaWords = forms(["روزنامه", "روزنامهی", "خبرگزاری", "رادیو", "راډیو", "تلویزیون", "ورځپاڼه", "ورځپاڼې"])
  static let exceptionWords = forms(["جز", "بجز", "پرته", "غیر"])
  static let partialLeaders = forms(["اطراف", "حومه", "حومهی", "روستاهای", "قریههای", "بخشهای", "نواحی", "شاوخوا"])
  static let partialFollowers = forms(["اړوند", "څنډو", "سیمه", "سیمو", "کلي", "کلیو", "اطراف", "شاوخوا"])
  static let containerPrepositions = forms(["در", "په"])
  static let demonstratives = forms(["این", "همین", "دغه", "همدې", "دې", "یاده", "نوموړې", "همان"])

  /// Mentions in each sentence, with back references («این ولسوالی», «دغه ولسوالۍ») resolved to
  /// the latest earlier district.
  func find(_ tokens: [Token], sentences: [Sentence], source: SourceText) -> [Mention] {
    var mentions: [Mention] = []
    var list = 0
    for sentence in sentences {
      var i = sentence.tokens.lowerBound
      while i < sentence.tokens.upperBound {
        if var mention = backReference(at: i, tokens, sentence: sentence, source: source, before: mentions) {
          list += 1
          mention.list = list
          mentions.append(mention)
          i = mention.tokens.upperBound
          continue
        }
        guard var mention = match(at: i, tokens, sentence: sentence, source: source) else {
          i += 1
          continue
        }
        // Items of a list: only separators and keywords between two names.
        if let previous = mentions.last, previous.sentence == sentence.index, !previous.isBackReference {
          let between = tokens[previous.tokens.upperBound..<mention.tokens.lowerBound].map(\.lower)
          let separators: Set<String> = ["،", ",", "و", "او", "د", "یې"]
          if !between.isEmpty,
            between.allSatisfy({ separators.contains($0) }),
            between.contains(where: { $0 != "د" })
          {
            mention.list = previous.list
            if mention.hint == nil { mention.hint = previous.hint }
          } else {
            list += 1
            mention.list = list
          }
        } else {
          list += 1
          mention.list = list
        }
        if mention.hint == nil, mention.tokens.count == 1, Self.commonWordNames.contains(tokens[mention.tokens.lowerBound].lower) {
          i = mention.tokens.upperBound
          continue
        }
        mentions.append(mention)
        i = mention.tokens.upperBound
      }
    }
    // Pashto genitive chains «د کندهار د پنجوايي»: the first name holds the second.
    if language == .ps {
      for k in mentions.indices.dropLast() where mentions[k].sentence == mentions[k + 1].sentence {
        let gap = mentions[k].tokens.upperBound..<mentions[k + 1].tokens.lowerBound
        // «د کندهار د پنجوايي», «د کندهار ولایت د ارغنداب ولسوالۍ».
        let words = tokens[gap].map(\.lower)
        if words.last == "د", words.allSatisfy({ $0 == "د" || Self.provinceWords.contains($0) }),
          mentions[k].hasLevel(.province)
        {
          mentions[k].hint = .province
          mentions[k].afterPreposition = true
        }
      }
    }
    // «ولسوالی دولت آباد بلخ», «ولسوالی تولک غور»: a province name right after a district of
    // that province holds it (the Dari ezafe «X of Y»), even when a district shares its name.
    for k in mentions.indices.dropFirst() where mentions[k - 1].sentence == mentions[k].sentence {
      guard mentions[k - 1].tokens.upperBound == mentions[k].tokens.lowerBound,
        let province = mentions[k].matches.first(where: { $0.place.level == .province })?.place.id,
        mentions[k - 1].matches.contains(where: { $0.place.level == .district && $0.place.provincePcode == province })
      else { continue }
      mentions[k].hint = .province
      mentions[k].afterPreposition = true
    }
    // A Pashto list announces its keyword after its last item («د a، b او c ولسوالیو»).
    var k = mentions.count - 1
    while k > 0 {
      if mentions[k - 1].list == mentions[k].list, mentions[k - 1].hint == nil, let hint = mentions[k].hint {
        mentions[k - 1].hint = hint
      }
      k -= 1
    }
    return mentions
  }

  /// Whether a word can be part of a name.
  private func isNameWord(_ token: Token) -> Bool { token.kind == .word || token.kind == .number }

  private func lookup(_ words: [String]) -> (matches: [PlaceMatch], demonym: Bool)? {
    let text = words.joined(separator: " ")
    let direct = index.nameMatches(text, allowSound: false).filter { $0.place.level != .town }
    guard let last = words.last else { return nil }
    let head = words.dropLast().joined(separator: " ")
    func attempt(_ form: String) -> [PlaceMatch] {
      guard form.unicodeScalars.count >= 2 else { return [] }
      return index.nameMatches(head.isEmpty ? form : head + " " + form, allowSound: false).filter { $0.place.level != .town }
    }
    if !direct.isEmpty {
      // Pashto «ناوې» is both Ghazni's Nawa (ناوي) and the oblique of ناوه (Helmand's): keep
      // both, and let the provinces the text names decide.
      if language == .ps, last.hasSuffix("ی") {
        let oblique = attempt(String(last.dropLast()) + "ه").filter { o in !direct.contains { $0.place.id == o.place.id } }
        return (direct + oblique, false)
      }
      return (direct, false)
    }
    // People: «اندرابیها», «اندرابیان», «تخاری» (Dari).
    for suffix in ["یها", "یان", "ها"] where last.hasSuffix(suffix) {
      let found = attempt(String(last.dropLast(suffix.count)))
      if !found.isEmpty { return (found, true) }
    }
    if last.hasSuffix("ی") {
      let stem = String(last.dropLast())
      let endsInVowel = stem.hasSuffix("ه") || stem.hasSuffix("ا") || stem.hasSuffix("و")
      if language == .ps || endsInVowel {
        // Pashto oblique -ې of -ه names, and the ezafe -ی after a vowel.
        let oblique = attempt(stem + "ه")
        if language == .ps, !oblique.isEmpty { return (oblique, false) }
        let bare = attempt(stem)
        if !bare.isEmpty { return (bare, false) }
        if !oblique.isEmpty { return (oblique, false) }
      } else {
        let found = attempt(stem)
        if !found.isEmpty { return (found, true) }
      }
    }
    if language == .ps, last.hasSuffix("و") {
      let found = attempt(String(last.dropLast()))
      if !found.isEmpty { return (found, false) }
    }
    return nil
  }

  private func match(at i: Int, _ tokens: [Token], sentence: Sentence, source: SourceText) -> Mention? {
    guard tokens[i].kind == .word else { return nil }
    var end = i
    while end < sentence.tokens.upperBound, end - i < 4, isNameWord(tokens[end]) { end += 1 }
    while end > i {
      let words = tokens[i..<end].map(\.lower)
      // Function words and «شهر», «مرکز» start names only as part of longer ones (در بابا,
      // ده سبز, بر کنړ, شهر بزرگ, مرکز بهسود).
      if end - 1 == i, Self.cityWords.contains(tokens[i].lower) || Self.functionWords.contains(tokens[i].lower) {
        return nil
      }
      if let (matches, demonym) = lookup(words) {
        var mention = Mention(
          tokens: i..<end, sentence: sentence.index, start: tokens[i].start, end: tokens[end - 1].end,
          text: source.string(tokens, from: i, through: end - 1), matches: matches, hint: nil, list: -1)
        mention.isDemonym = demonym
        annotate(&mention, tokens, sentence: sentence)
        return mention
      }
      end -= 1
    }
    return skeletonMatch(at: i, tokens, sentence: sentence, source: source)
  }

  /// «ولسوالی جاغتو», «شورتپه ولسوالۍ», «د پکتیاء ولایت»: a district or province name next to
  /// its keyword, spelt with other long vowels than the gazetteer's (جغتو, شور تیپه, پکتیا),
  /// found by its `skeleton` when the places of that level with it share one name. Only next to
  /// the keyword, where the word can only be a name.
  private func skeletonMatch(at i: Int, _ tokens: [Token], sentence: Sentence, source: SourceText) -> Mention? {
    let range = sentence.tokens
    func level(of k: Int) -> PlaceLevel? {
      guard k >= range.lowerBound, k < range.upperBound else { return nil }
      let form = ArabicScript.matchingForm(tokens[k].lower)
      return Self.districtWords.contains(form) ? .district : Self.provinceWords.contains(form) ? .province : nil
    }
    // The keyword stands before the name in Dari, after it in Pashto («د خاش ولسوالۍ تېره شپه»:
    // the word after a Pashto keyword is no name).
    let keywordBefore = language == .ps ? nil : level(of: i - 1)
    for length in stride(from: min(3, range.upperBound - i), through: 1, by: -1) {
      let end = i + length
      guard tokens[i..<end].allSatisfy({ isNameWord($0) && !Self.functionWords.contains(ArabicScript.matchingForm($0.lower)) }) else { continue }
      guard let wanted = keywordBefore ?? (language == .ps ? level(of: end) : nil) else { continue }
      let key = Self.skeleton(tokens[i..<end].map(\.lower).joined())
      guard key.unicodeScalars.count >= 3 else { continue }
      let hits = index.places.filter { place in
        place.level == wanted && (place.persianSpellings + place.aliases).contains { Self.skeleton($0) == key }
      }
      // Districts of one name (Jaghatu of Ghazni and of Wardak) stay candidates for the
      // provinces of the text to choose between; a skeleton shared by unrelated names does not.
      guard !hits.isEmpty, Set(hits.map(\.name)).count == 1 else { continue }
      var mention = Mention(
        tokens: i..<end, sentence: sentence.index, start: tokens[i].start, end: tokens[end - 1].end,
        text: source.string(tokens, from: i, through: end - 1),
        matches: hits.map { PlaceMatch(place: $0, spelling: $0.name, quality: .sound, temporaryDistrict: nil) }, hint: nil, list: -1)
      annotate(&mention, tokens, sentence: sentence)
      return mention
    }
    return nil
  }

  /// A Persian-script spelling without its long vowels and joints: the first letter, then the
  /// others but ا آ و ی ء, in `ArabicScript.matchingForm` («جاغتو» and «جغتو» → جغت). Latin text
  /// has no skeleton (empty).
  static func skeleton(_ text: String) -> String {
    let form = ArabicScript.matchingForm(text)
    guard let first = form.unicodeScalars.first, (0x0600...0x06FF).contains(first.value) else { return "" }
    var result = String(first)
    for scalar in form.unicodeScalars.dropFirst() where !"اآویء \u{200C}".unicodeScalars.contains(scalar) {
      result.unicodeScalars.append(scalar)
    }
    return result
  }

  /// Hints and roles from the words around a mention.
  private func annotate(_ mention: inout Mention, _ tokens: [Token], sentence: Sentence) {
    let range = sentence.tokens
    func word(_ k: Int) -> String { k >= range.lowerBound && k < range.upperBound ? tokens[k].lower : "" }
    let a = mention.tokens.lowerBound
    let b = mention.tokens.upperBound
    func hint(_ w: String) -> LevelHint? {
      if Self.districtWords.contains(w) { return .district }
      if Self.provinceWords.contains(w) { return .province }
      if Self.cityWords.contains(w) { return .city }
      return nil
    }
    let before = hint(word(a - 1))
    let after = hint(word(b))
    mention.hint = language == .ps ? after ?? before : before ?? after
    // «د سرپل ولایت د مرکز», «مرکز ولایت X»: the provincial capital.
    if after == .province, word(b + 1) == "د", word(b + 2) == "مرکز" { mention.hint = .city }
    if before == .province, word(a - 2) == "مرکز" { mention.hint = .city }
    // Titles and offices: «والی هلمند», «د فاریاب د ولایتي شورا», «ګرزیوان ولسوال».
    var n = b
    while n < range.upperBound, hint(word(n)) != nil || word(n) == "د" { n += 1 }
    if Self.attributiveFollowers.contains(word(n)) || Self.attributiveFollowers.contains(word(b)) { mention.isAttributive = true }
    // Outlets: «روزنامهٔ صبح کابل», «رادیو آزادی».
    if Self.mediaWords.contains(word(a - 1)) || Self.mediaWords.contains(word(a - 2)) { mention.isAttributive = true }
    if Self.attributiveLeaders.contains(word(a - 1)) || Self.attributiveLeaders.contains(word(a - 2)) && before != nil {
      mention.isAttributive = true
    }
    // Distances make a landmark: «میمنې ښار ته په ۶۰ کیلومترۍ کې».
    for k in b..<min(range.upperBound, b + 6) where word(k).hasPrefix("کیلومت") || word(k).hasPrefix("کیلومیت") {
      mention.isLandmark = true
    }
    for k in max(range.lowerBound, a - 4)..<a where word(k).hasPrefix("کیلومت") || word(k) == "نزدیک" || word(k) == "نږدې" {
      mention.isLandmark = true
    }
    for k in max(range.lowerBound, a - 3)..<a where Self.exceptionWords.contains(word(k)) { mention.isExcepted = true }
    for k in max(range.lowerBound, a - 3)..<a where Self.partialLeaders.contains(word(k)) { mention.isPartial = true }
    for k in b..<min(range.upperBound, b + 4) where Self.partialFollowers.contains(word(k)) { mention.isPartial = true }
    // «ولسوالیهای بدخشان», «دو ولسوالی دیگر بدخشان», «ولسوالی X ولایت غزنی»: a province after
    // the districts it holds.
    let districtBefore = (max(range.lowerBound, a - 4)..<a).contains { Self.districtWords.contains(word($0)) }
    if mention.hasLevel(.province), districtBefore, !mention.hasLevel(.district) || before == .province {
      mention.hint = .province
      mention.afterPreposition = true
    }
    // Datelines: «کابل (پژواک، ۲۵ سرطان ۱۴۰۰):», «کندهار:» opening a line.
    if tokens[a].followsLineBreak || a == 0, word(b) == "(" || word(b) == ":" || word(b) == "-" {
      mention.isAttributive = true
    }
    var p = a - 1
    while p >= range.lowerBound, hint(word(p)) != nil || word(p) == "د" { p -= 1 }
    if Self.containerPrepositions.contains(word(p)) { mention.afterPreposition = true }
    // Destinations: «به (ولسوالی) X», «(د) X (ښار) ته».
    if word(p) == "به" || word(a - 1) == "به" { mention.isDestination = true }
    var q = b
    while q < range.upperBound, hint(word(q)) != nil { q += 1 }
    if word(q) == "ته" || (word(q) == "لور" && word(q + 1) == "ته") { mention.isDestination = true }
  }

  /// «این ولسوالی», «دغه ولسوالۍ»: the latest district named before; «این شهر», «دغه ښار»: the
  /// latest city.
  private func backReference(at i: Int, _ tokens: [Token], sentence: Sentence, source: SourceText, before: [Mention]) -> Mention? {
    guard i + 1 < sentence.tokens.upperBound, Self.demonstratives.contains(tokens[i].lower) else { return nil }
    let noun = tokens[i + 1].lower
    let place: Place
    if Self.districtWords.contains(noun), noun != ArabicScript.matchingForm("ولسوالیهای") {
      // The latest district named as one (not a city, «شهر میمنه», nor a province).
      guard
        let target = before.last(where: {
          !$0.isAttributive && !$0.isLandmark && $0.hasLevel(.district) && $0.hint != .province && $0.hint != .city
        }),
        let district = target.matches.first(where: { $0.place.level == .district })?.place
      else { return nil }
      place = district
    } else if noun == "شهر" || noun == "شار" {
      // «این شهر», «دغه ښار»: the latest city named, as its district.
      guard
        let target = before.last(where: {
          !$0.isAttributive && !$0.isLandmark && !$0.isBackReference && $0.hint == .city
        }),
        let city = target.matches.first(where: { $0.place.level == .district && $0.place.isCapital })?.place
          ?? target.matches.first(where: { $0.place.level == .district })?.place
          ?? target.matches.first(where: { $0.place.level == .province }).flatMap({ province in
            index.districts(inProvince: province.place.id).first(where: \.isCapital)
          })
      else { return nil }
      place = city
    } else {
      return nil
    }
    var mention = Mention(
      tokens: i..<(i + 2), sentence: sentence.index, start: tokens[i].start, end: tokens[i + 1].end,
      text: source.string(tokens, from: i, through: i + 1),
      matches: [PlaceMatch(place: place, spelling: place.name, quality: .name, temporaryDistrict: nil)], hint: .district,
      list: -1)
    mention.isBackReference = true
    annotate(&mention, tokens, sentence: sentence)
    mention.hint = .district
    return mention
  }

}
