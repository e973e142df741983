/// `captured`: the Taliban took the place; it fell or collapsed; forces abandoned it.
enum CapturedRule: TriggerRule {
  static let patterns: [TriggerPattern] = [
    .init("captured.fell", .captured, "fell|fallen|falls to|into? the? hands?", side: .before, ignoresActor: true),
    .init("captured.fell", .captured, "has|have|had|also? fallen|fell", side: .before, ignoresActor: true),
    .init("captured.fell", .captured, "fell|fallen|falls|fall", side: .before, ignoresActor: true),
    .init("captured.fell-back", .captured, "fallen|fell back to the taliban", side: .before, ignoresActor: true),
    .init("captured.fall-of", .captured, "fall|collapse|capture|seizure|takeover|loss of", side: .after, ignoresActor: true),
    .init("captured.collapsed", .captured, "collapsed|collapses", side: .before, strength: 0.85, ignoresActor: true),
    .init("captured.collapsed", .captured, "collapsed into the hands", side: .before, ignoresActor: true),
    .init("captured.seized", .captured, "captured|capturing|seized|seizing|overran|overrun|overrunning|overtook|overtaken|conquered", strength: 0.9),
    .init("captured.seized", .captured, "capture|seize|overrun", side: .after, strength: 0.85),
    .init("captured.took-control", .captured, "took|taken|take|taking|takes|gained|gaining|seized|assumed|won control|hold of|over", side: .after),
    .init("captured.took-control", .captured, "took|taken|take|taking over", side: .after, strength: 0.85),
    .init("captured.took", .captured, "took|taken|takes", side: .after, strength: 0.8, maxGap: 1),
    .init("captured.has-control", .captured, "have|has|had control of|over", side: .after, strength: 0.8),
    .init("captured.in-hands", .captured, "in|into taliban hands", side: .before, ignoresActor: true),
    .init("captured.in-hands", .captured, "in|into|under the? hands|control of the taliban|militants|insurgents", side: .before, ignoresActor: true),
    .init("captured.in-hands", .captured, "now? in|into the hands of", side: .before, strength: 0.8, ignoresActor: true),
    .init("captured.in-hands", .captured, "under taliban control", side: .before, ignoresActor: true),
    .init("captured.surrendered", .captured, "surrendered|handed to the taliban", side: .before, strength: 0.8, ignoresActor: true),
    .init("captured.abandoned", .captured, "abandoned|evacuated|evacuate|vacated", side: .after, strength: 0.8, ignoresActor: true),
    .init("captured.abandoned", .captured, "retreated|retreat|withdrew|withdrawn|withdrawal|pulled|fled from", side: .after, strength: 0.8, ignoresActor: true),
    .init("captured.abandoned", .captured, "retreated|withdrew|withdrawn|pulled|moved out of", side: .after, strength: 0.8, ignoresActor: true),
    .init("captured.abandoned", .captured, "tactical retreat from|in", side: .after, strength: 0.8, ignoresActor: true),
    .init("captured.abandoned", .captured, "left the district", side: .before, strength: 0.75, ignoresActor: true),
  ]
}
