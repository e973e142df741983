/// `recaptured`: government or uprising forces retook the place. Said of the Taliban it is a
/// capture, which the extractor decides from the actor.
enum RecapturedRule: TriggerRule {
  static let patterns: [TriggerPattern] = [
    .init("recaptured.retook", .recaptured, "recaptured|recapture|retook|retaken|retake|retaking|liberated|liberate|reclaimed", side: .after),
    .init("recaptured.retook", .recaptured, "re captured|capture|took|taken|take", side: .after),
    .init("recaptured.regained", .recaptured, "regained|regain|regaining|restored|retaken|retook|took|taken|gained|recovered back? the? control of|over", side: .after),
    .init("recaptured.cleared", .recaptured, "cleared|clearing|freed|evicted|expelled|pushed", side: .either, strength: 0.8),
    .init("recaptured.back", .recaptured, "back under government control", side: .before),
  ]
}
