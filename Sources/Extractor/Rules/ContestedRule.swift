/// `contested`: control is in question — on the brink of collapse, under siege, encircled,
/// heavy fighting for the place, the Taliban entering or pressing on it.
enum ContestedRule: TriggerRule {
  static let patterns: [TriggerPattern] = [
    .init("contested.brink", .contested, "on? the? brink|verge|edge of collapse|collapsing|falling|fall", side: .before),
    .init("contested.siege", .contested, "under siege", side: .before),
    .init("contested.siege", .contested, "besieged|encircled|surrounded|besieging|encircling|surrounding", strength: 0.85),
    .init("contested.siege", .contested, "siege of|on", side: .after),
    .init("contested.fighting", .contested, "heavy|heavier|fierce|intense|ongoing fighting|clashes|battles|firefight|clash", side: .after, strength: 0.8),
    .init("contested.fighting", .contested, "fighting|clashes|battle|battles for|over|around|in|inside", side: .after, strength: 0.75),
    .init("contested.fighting", .contested, "clashes continue|continued|continuing", side: .either, strength: 0.75),
    .init("contested.entered", .contested, "entered|stormed|storming|breached", side: .after, strength: 0.8),
    .init("contested.pressing", .contested, "pressing|advancing|advanced|closing|marching|moving|pushing on|toward|towards|into", side: .after, strength: 0.75),
    .init("contested.pressing", .contested, "put|putting|increased pressure on", side: .after, strength: 0.75),
    .init("contested.attacked", .contested, "attacked|attacking", side: .after, strength: 0.6),
    .init("contested.attacked", .contested, "under attack", side: .before, strength: 0.7),
    .init("contested.attacked", .contested, "attack|attacks|offensive|assault on|against", side: .after, strength: 0.6),
    .init("contested.about-to-fall", .contested, "about|close to fall", side: .before),
    .init("contested.threat", .contested, "under threat|pressure", side: .before, strength: 0.7),
  ]
}
