/// The English trigger patterns (`TriggerRules.byFirstWord`) compiled into flat tables over
/// `Lexicon` word ids, for `TriggerFinder.find`.
///
/// A `TriggerPattern` holds its slots as sets of `String`s: copying one out of an array (as a
/// method call on an array element does) retains and releases them, and every slot tried
/// copies a set. Here a pattern is an `Entry` — plain integers and enum tags, what the finder
/// asks of a candidate before it wins — whose slots are a run of `Slot` records in one array
/// and whose word choices are a run of sorted ids in another, so trying a pattern copies and
/// retains nothing. The pattern itself (`patterns[entry.pattern]`) is read only for a winner
/// and for the few rules with exclusions. The table is immutable and `Sendable`.
struct TriggerPatternTable: Sendable {
  /// One slot of a compiled pattern (``TriggerPattern/Slot``).
  struct Slot: Sendable {
    enum Kind: UInt8, Sendable { case words, fillers, gap }
    let kind: Kind
    /// A `words` slot that may be left out (`a|b?`).
    let optional: Bool
    /// A gap's most skipped words (`*N`).
    let limit: Int32
    /// A `words` slot's choices: `choices[choicesStart..<choicesEnd]`, sorted ids, never
    /// `Lexicon.unknown`.
    let choicesStart: Int32
    let choicesEnd: Int32
  }

  /// A compiled pattern: its slots are `slots[slotsStart..<slotsEnd]`.
  struct Entry: Sendable {
    let slotsStart: Int32
    let slotsEnd: Int32
    /// The pattern in `patterns`.
    let pattern: Int32
    let type: EventType
    let side: PlaceSide
    let isObjectless: Bool
    /// The pattern has ``TriggerPattern/exclusions``.
    let hasExclusions: Bool
    /// `TriggerFinder.givingUp` holds the pattern's rule (asked of every winner: hashing the
    /// rule's text was about 1.8 M instructions on the 1 MB stream, callgrind, issue #16).
    let givesUp: Bool
    /// The first slot is a `words` slot that must be there: its choices are the pattern's
    /// ``TriggerPattern/firstWords``, so it holds every word the entry is listed under in
    /// `byFirstWord` (``SentenceMatcher/matchLength(afterFirstWord:at:)``).
    let firstSlotRequired: Bool
    /// The entry's word-class masks (``WordMask``): `requiredMasks[masksStart..<masksEnd]`.
    let masksStart: Int32
    let masksEnd: Int32
  }

  /// A set of word ids folded into 256 bits (id modulo 256): the ids of a sentence, or the
  /// choices of a `words` slot. A slot that must be there can hold a word of the sentence only
  /// if its mask meets the sentence's; a mask that meets it may still hold none (a test that
  /// turns tries away, never decides a match).
  struct WordMask: Sendable {
    var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0, d: UInt64 = 0

    @inline(__always)
    mutating func insert(_ id: WordID) {
      let bit = UInt64(1) << UInt64(id & 63)
      switch (id >> 6) & 3 {
      case 0: a |= bit
      case 1: b |= bit
      case 2: c |= bit
      default: d |= bit
      }
    }

    @inline(__always)
    func meets(_ other: WordMask) -> Bool {
      (a & other.a) | (b & other.b) | (c & other.c) | (d & other.d) != 0
    }
  }

  /// The patterns, in `TriggerRules.all`'s order.
  let patterns: [TriggerPattern]
  let entries: [Entry]
  let slots: [Slot]
  let choices: [WordID]
  /// For each entry, the masks of the choices of its `words` slots that must be there, past
  /// its first (which ``SentenceMatcher/matchLength(afterFirstWord:at:)`` knows holds the word
  /// it starts at): a try whose sentence meets not all of them cannot match and is not walked
  /// (most tries that passed the second slot failed at a later one: 229 000 walks on the 1 MB
  /// stream, callgrind, issue #16).
  let requiredMasks: [WordMask]
  /// The entries of the patterns a word can start, by word id, in `TriggerRules.byFirstWord`'s
  /// order: `entries[byFirstWord[id]]`.
  let byFirstWord: [Range<Int32>]
  /// Whether a gap stops before the word of each id: `TriggerFinder.clauseBreaks`, "," or ".",
  /// each answered once for the lexicon's text of the id (`Matcher.stopsGap`).
  let stopsGap: [Bool]

  /// Compiles `all` (`TriggerRules.all`) against `lexicon`, which must hold every
  /// ``TriggerPattern/firstWords`` and ``TriggerPattern/slotWords`` (`RuleTables` puts them in; a
  /// word it lacks could never match). Each pattern is compiled once; it has an entry under each
  /// of its first words, listed as `TriggerRules.byFirstWord` lists them (in `all`'s order).
  init(_ all: [TriggerPattern], lexicon: Lexicon) {
    var slots: [Slot] = []
    var choices: [WordID] = []
    var slotRanges: [Range<Int32>] = []
    // Each pattern under each of its first words' ids, as (id, pattern) pairs in pattern order,
    // grouped by id below (not an array of patterns for every lexicon id: allocating, growing
    // and freeing 1 800 of them was about 1.5 M instructions of every start, callgrind, issue
    // #16).
    var firstIDs: [WordID] = []
    var firstPatterns: [Int32] = []
    for (index, pattern) in all.enumerated() {
      let slotsStart = Int32(slots.count)
      for slot in pattern.slots {
        switch slot {
        case .words(let words, let optional):
          // Only "" (never a word of the text) can be missing from the lexicon.
          // (A loop, not `map` and `filter`: their closure copied the lexicon for each of the
          // 1 160 slots, callgrind, issue #16.)
          let start = Int32(choices.count)
          for word in words {
            let id = lexicon.id(of: word)
            if id != Lexicon.unknown { choices.append(id) }
          }
          choices[Int(start)...].sort()
          slots.append(Slot(kind: .words, optional: optional, limit: 0, choicesStart: start, choicesEnd: Int32(choices.count)))
        case .fillers:
          slots.append(Slot(kind: .fillers, optional: false, limit: 0, choicesStart: 0, choicesEnd: 0))
        case .gap(let limit):
          slots.append(Slot(kind: .gap, optional: false, limit: Int32(limit), choicesStart: 0, choicesEnd: 0))
        }
      }
      slotRanges.append(slotsStart..<Int32(slots.count))
      for id in Self.firstWordIDs(of: pattern, lexicon: lexicon) {
        firstIDs.append(id)
        firstPatterns.append(Int32(index))
      }
    }
    // (Once per pattern.)
    var requiredMasks: [WordMask] = []
    var maskRanges: [Range<Int32>] = []
    for range in slotRanges {
      let start = Int32(requiredMasks.count)
      var s = Int(range.lowerBound) + 1
      while s < Int(range.upperBound) {
        let slot = slots[s]
        if slot.kind == .words, !slot.optional {
          var mask = WordMask()
          for k in Int(slot.choicesStart)..<Int(slot.choicesEnd) { mask.insert(choices[k]) }
          requiredMasks.append(mask)
        }
        s += 1
      }
      maskRanges.append(start..<Int32(requiredMasks.count))
    }
    var entries: [Entry] = []
    var ranges = Array(repeating: Int32(0)..<Int32(0), count: lexicon.count)
    // (Once per pattern, not once for each of its first words.)
    let givesUp = all.map { TriggerFinder.givingUp.contains($0.rule) }
    let firstSlotRequired = slotRanges.map { range in
      !range.isEmpty && slots[Int(range.lowerBound)].kind == .words && !slots[Int(range.lowerBound)].optional
    }
    // The pairs grouped by id, each id's patterns in pattern order (a counting sort, stable).
    var groupStart = Array(repeating: 0, count: lexicon.count + 1)
    for id in firstIDs { groupStart[Int(id) + 1] += 1 }
    for id in 0..<lexicon.count { groupStart[id + 1] += groupStart[id] }
    var grouped = Array(repeating: 0, count: firstIDs.count)
    var next = groupStart
    for (id, index) in zip(firstIDs, firstPatterns) {
      grouped[next[Int(id)]] = Int(index)
      next[Int(id)] += 1
    }
    entries.reserveCapacity(grouped.count)
    for id in 0..<lexicon.count {
      let first = Int32(entries.count)
      for index in grouped[groupStart[id]..<groupStart[id + 1]] {
        let pattern = all[index]
        entries.append(
          Entry(
            slotsStart: slotRanges[index].lowerBound, slotsEnd: slotRanges[index].upperBound, pattern: Int32(index),
            type: pattern.type, side: pattern.side, isObjectless: pattern.isObjectless,
            hasExclusions: pattern.exclusions != nil, givesUp: givesUp[index], firstSlotRequired: firstSlotRequired[index],
            masksStart: maskRanges[index].lowerBound, masksEnd: maskRanges[index].upperBound))
      }
      ranges[id] = first..<Int32(entries.count)
    }
    self.patterns = all
    self.entries = entries
    self.slots = slots
    self.choices = choices
    self.requiredMasks = requiredMasks
    self.byFirstWord = ranges
    // Each stopping word marks its own id; a lexicon word that is not ASCII may equal one of
    // other bytes (canonical equivalence) and is asked as text. (An ASCII word equals only the
    // stopping word of its bytes: none of them is canonically equivalent to ASCII text but an
    // ASCII one.) Testing every lexicon word as text cost 1.9 M instructions of every start.
    var stopsGap = lexicon.table(TriggerFinder.clauseBreaks.union([",", "."]))
    for id in lexicon.nonASCII where !stopsGap[Int(id)] { stopsGap[Int(id)] = Self.stopsGap(lexicon.words[Int(id)]) }
    self.stopsGap = stopsGap
  }

  /// The lexicon id of each of ``TriggerPattern/firstWords`` of `pattern` (`Lexicon.unknown`
  /// once for each of them the lexicon lacks), in no particular order, without making the
  /// union of its slots' sets (3.5 M instructions of every start: callgrind, issue #16). Words
  /// of the slots that are equal are one word of the union, and so are words with one id (the
  /// lexicon holds one text for each id, and finds text by its bytes): the ids are told apart
  /// in an array, and the words without one as text.
  static func firstWordIDs(of pattern: TriggerPattern, lexicon: Lexicon) -> [WordID] {
    var ids: [WordID] = []
    var unknown: [String] = []
    func add(_ words: some Sequence<String>) {
      for word in words {
        let id = lexicon.id(of: word)
        if id != Lexicon.unknown {
          if !ids.contains(id) { ids.append(id) }
        } else if !unknown.contains(word) {
          unknown.append(word)
        }
      }
    }
    loop: for slot in pattern.slots {
      switch slot {
      case .words(let words, let optional):
        add(words)
        if !optional { break loop }
      case .fillers:
        add(Inflections.fillers)
      case .gap:
        break loop
      }
    }
    return ids + Array(repeating: Lexicon.unknown, count: unknown.count)
  }

  /// The length in words of the longest match of entry `entry` starting at `words[start]`, or
  /// nil (``SentenceMatcher/matchLength(_:at:)`` over a matcher made for this one call).
  func matchLength(_ entry: Int, _ words: [String], ids: [WordID], at start: Int, isFiller: [Bool]) -> Int? {
    withMatcher(words, ids: ids, isFiller: isFiller) { $0.matchLength(entry, at: start) }
  }

  /// Calls `body` with a matcher of this table's patterns over one sentence's words: `ids[k]`
  /// is the lexicon id of `words[k]` (or `Lexicon.unknown`, which no slot holds); `isFiller` is
  /// `Inflections.fillers` by id. The tables and the sentence's arrays are taken as buffers once
  /// for all the patterns tried on the sentence, not for each of the 275 000 patterns tried on
  /// the 1 MB stream (with the loop in `attempt`, 90.7 M → 77.4 M instructions for the finder
  /// and the matcher: callgrind, issue #16). The matcher must not outlive `body`.
  func withMatcher<R>(_ words: [String], ids: [WordID], isFiller: [Bool], _ body: (SentenceMatcher) -> R) -> R {
    var present = WordMask()
    for id in ids where id != Lexicon.unknown { present.insert(id) }
    return entries.withUnsafeBufferPointer { entries in
      slots.withUnsafeBufferPointer { slots in
        choices.withUnsafeBufferPointer { choices in
          ids.withUnsafeBufferPointer { ids in
            isFiller.withUnsafeBufferPointer { isFiller in
              stopsGap.withUnsafeBufferPointer { stopsGap in
                requiredMasks.withUnsafeBufferPointer { requiredMasks in
                  body(
                    SentenceMatcher(
                      entries: entries, slots: slots, choices: choices, ids: ids, isFiller: isFiller, stopsGap: stopsGap,
                      words: words, requiredMasks: requiredMasks, present: present))
                }
              }
            }
          }
        }
      }
    }
  }

  /// Whether a gap stops before `word`: a clause break, a comma or a full stop.
  static func stopsGap(_ word: String) -> Bool {
    TriggerFinder.clauseBreaks.contains(word) || word == "," || word == "."
  }

  /// `stopsGap(word)` for a word outside the lexicon (`Lexicon.unknown`: a name, "#place", a
  /// word the rules do not know), without hashing an ASCII one: every clause break is in the
  /// lexicon (`RuleTables` puts them in), so ASCII text outside it equals none (ASCII text
  /// equals only a word of the same bytes, and no clause break is canonically equivalent to
  /// ASCII text but an ASCII one), and it stops a gap only as "," or ".". Other text is asked
  /// as text. (Hashing every such word in a gap was about 11 000 `String` hashes on the 1 MB
  /// stream: callgrind, issue #16.)
  static func unknownWordStopsGap(_ word: String) -> Bool {
    let utf8 = word.utf8
    for byte in utf8 where byte >= 0x80 { return stopsGap(word) }
    return utf8.count == 1 && (utf8.first == UInt8(ascii: ",") || utf8.first == UInt8(ascii: "."))
  }

  /// The patterns of a table tried on one sentence's words (``TriggerPatternTable/withMatcher(_:ids:isFiller:_:)``):
  /// a recursive walk of a pattern's slots over the flat tables.
  struct SentenceMatcher {
    fileprivate let entries: UnsafeBufferPointer<Entry>
    fileprivate let slots: UnsafeBufferPointer<Slot>
    fileprivate let choices: UnsafeBufferPointer<WordID>
    fileprivate let ids: UnsafeBufferPointer<WordID>
    fileprivate let isFiller: UnsafeBufferPointer<Bool>
    /// `TriggerPatternTable.stopsGap` by id.
    fileprivate let stopsGap: UnsafeBufferPointer<Bool>
    fileprivate let words: [String]
    fileprivate let requiredMasks: UnsafeBufferPointer<WordMask>
    /// The ids of the sentence's words (`Lexicon.unknown` left out, which no slot holds).
    fileprivate let present: WordMask

    /// Whether every `words` slot entry `e` must fill past its first slot has a choice that
    /// may be a word of the sentence (``TriggerPatternTable/requiredMasks``).
    @inline(__always)
    private func mayMatch(_ e: Entry) -> Bool {
      var m = Int(e.masksStart)
      while m < Int(e.masksEnd) {
        if !requiredMasks[m].meets(present) { return false }
        m += 1
      }
      return true
    }

    /// The length in words of the longest match of entry `entry` starting at `words[start]`, or
    /// nil; the match never ends on skipped words (it ends on the last word of a `words` slot).
    /// Fillers: the longest skip first, so "took the full control of" uses both; a gap never
    /// crosses a clause break, a comma or a full stop. Only a gap reads `words`.
    func matchLength(_ entry: Int, at start: Int) -> Int? {
      let e = entries[entry]
      guard mayMatch(e), let end = attempt(Int(e.slotsStart), start, end: Int(e.slotsEnd)), end > start else { return nil }
      return end - start
    }

    /// ``matchLength(_:at:)`` for an entry listed under the id of `words[start]` in
    /// `byFirstWord` (the entries `TriggerFinder.find` tries at `start`): where the entry's first
    /// slot is required words, it holds that word (an id other than `Lexicon.unknown`: the
    /// slot's choices are the ids of the words the entry is listed under), so the walk starts
    /// after it, without the binary search of its choices (callgrind, issue #16).
    func matchLength(afterFirstWord entry: Int, at start: Int) -> Int? {
      let e = entries[entry]
      guard e.firstSlotRequired, ids[start] != Lexicon.unknown else { return matchLength(entry, at: start) }
      // (The masks first: eight instructions turn away most tries, where the binary search of
      // the second slot's choices was about thirty.)
      guard mayMatch(e) else { return nil }
      assert(holds(slots[Int(e.slotsStart)], start), "entry \(entry) is not listed under word \(start)'s id")
      // Most tries end at a second slot of required words that does not hold the next word: it
      // is asked here, as `attempt` would ask it first, before a call.
      let second = Int(e.slotsStart) + 1
      if second < Int(e.slotsEnd), case let slot = slots[second], slot.kind == .words, !slot.optional,
        !(start + 1 < ids.count && holds(slot, start + 1))
      {
        return nil
      }
      return attempt(second, start + 1, end: Int(e.slotsEnd)).map { $0 - start }
    }

    /// Whether the `words` slot `slot` holds word `k` (a binary search of its sorted choices).
    @inline(__always)
    private func holds(_ slot: Slot, _ k: Int) -> Bool {
      let id = ids[k]
      guard id != Lexicon.unknown else { return false }
      var low = Int(slot.choicesStart)
      var high = Int(slot.choicesEnd)
      while low < high {
        let middle = (low + high) >> 1
        let choice = choices[middle]
        if choice == id { return true }
        if choice < id { low = middle + 1 } else { high = middle }
      }
      return false
    }

    /// The position after the longest match of slots `s..<end` from word `position`, or nil.
    /// A `words` slot that must be there has one way on, so it is walked in the loop, not by a
    /// call of its own (a call per slot costs its prologue and epilogue); the other slots try
    /// their ways on by recursion, longest first.
    private func attempt(_ s: Int, _ position: Int, end: Int) -> Int? {
      var s = s
      var position = position
      while s < end {
        let slot = slots[s]
        switch slot.kind {
        case .words:
          if !slot.optional {
            guard position < ids.count, holds(slot, position) else { return nil }
            s += 1
            position += 1
            continue
          }
          if position < ids.count, holds(slot, position), let after = attempt(s + 1, position + 1, end: end) {
            return after
          }
          s += 1
        case .fillers:
          var skip = 0
          while skip < 3, position + skip < ids.count, isFiller[Int(ids[position + skip])] {
            skip += 1
          }
          for n in stride(from: skip, through: 0, by: -1) {
            if let after = attempt(s + 1, position + n, end: end) { return after }
          }
          return nil
        case .gap:
          let limit = Int(slot.limit)
          var n = 0
          while true {
            if let after = attempt(s + 1, position + n, end: end) { return after }
            // (By id: `ids[k]` is the lexicon id of `words[k]`, whose text is the lexicon's, so
            // the table answers for it. A word outside the lexicon ("#place", a mark or a word
            // the rules do not know) is tested as text, by `String` equality.)
            guard n < limit, position + n < words.count else { return nil }
            let id = ids[position + n]
            if id != Lexicon.unknown ? stopsGap[Int(id)] : TriggerPatternTable.unknownWordStopsGap(words[position + n]) {
              return nil
            }
            n += 1
          }
        }
      }
      return position
    }
  }
}
