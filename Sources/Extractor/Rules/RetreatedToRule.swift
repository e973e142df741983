/// `retreated_to`: the place government forces withdrew, fled or were evacuated to.
enum RetreatedToRule: TriggerRule {
  static let patterns: [TriggerPattern] = [
    .init("retreated_to.retreated", .retreatedTo, "retreated|retreat|retreating|withdrew|withdrawn|relocated|fled|evacuated|moved|redeployed|escaped to|towards|toward|into", side: .afterOnly),
    .init("retreated_to.retreated", .retreatedTo, "pulled|fell back to|into", side: .afterOnly),
    .init("retreated_to.refuge", .retreatedTo, "took|sought|taken refuge|shelter in", side: .afterOnly, strength: 0.8),
    .init("retreated_to.retreated", .retreatedTo, "out to", side: .afterOnly, strength: 0.7),
  ]
}
