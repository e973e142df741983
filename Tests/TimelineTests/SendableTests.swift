import Timeline

/// Compile-only: every public data type of the module is `Sendable`.
private func requireSendable<T: Sendable>(_: T.Type) {}

private func allTimelineTypesAreSendable() {
  requireSendable(ControlStatus.self)
  requireSendable(StatusEvidence.self)
  requireSendable(StatusInterval.self)
  requireSendable(ControlTimeline.self)
  requireSendable(ControlSnapshot.self)
  requireSendable(DistrictState.self)
  requireSendable(Baseline.self)
  requireSendable(BaselineError.self)
  requireSendable(MobilizationSummary.self)
  requireSendable(ProvinceMobilization.self)
}
