internal import CProj

/// Which way a ``Transformer`` runs: source → target, or target → source.
public enum TransformDirection: Hashable, Sendable, CaseIterable {
  /// From the transformer's source CRS to its target CRS (`PJ_FWD`).
  case forward
  /// From the transformer's target CRS back to its source CRS (`PJ_INV`).
  case inverse

  /// The matching C enumerator.
  var projValue: PJ_DIRECTION {
    switch self {
    case .forward: return PJ_FWD
    case .inverse: return PJ_INV
    }
  }
}
