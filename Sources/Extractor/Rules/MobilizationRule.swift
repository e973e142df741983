/// `mobilization`: locals or militias took up arms against the Taliban.
enum MobilizationRule: TriggerRule {
  static let patterns: [TriggerPattern] = [
    .init("mobilization.uprising", .mobilization, "uprising|uprisings", strength: 0.85),
    .init("mobilization.arms", .mobilization, "took|taken|take|taking|takes|picked|pick|picking|picks up arms|weapons", strength: 0.9),
    .init("mobilization.resistance", .mobilization, "joined|joining|join|joins the? armed? resistance|fight|battle|uprising", strength: 0.85),
    .init("mobilization.mobilized", .mobilization, "mobilized|mobilised|mobilizing|mobilising|mobilization|mobilisation|mobilize|mobilise", strength: 0.85),
    .init("mobilization.battlefield", .mobilization, "left|leave|leaving their? homes for the battlefields?", strength: 0.9),
    .init("mobilization.battlefield", .mobilization, "signing|signed|sign up to fight", strength: 0.85),
    .init("mobilization.armed", .mobilization, "armed themselves", strength: 0.85),
    .init("mobilization.armed", .mobilization, "receiving|received|distributed|handed|given weapons|arms", strength: 0.7),
    .init("mobilization.militia", .mobilization, "militias|militiamen|volunteers", strength: 0.6),
  ]
}
