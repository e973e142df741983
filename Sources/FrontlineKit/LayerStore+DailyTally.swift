import Chronology
import Layers
import Timeline

extension LayerStore {
  /// Districts (and, with polygons, km²) per status on every day from ``firstDay`` to
  /// ``lastDay``: the running tally the map page's chart draws (``SnapshotJob/chart(_:credit:)``).
  /// At most 3 660 days (ten years) from the first; later days are left out.
  public func dailyTally() -> SnapshotSummary {
    let count = min(lastDay.ordinal - firstDay.ordinal, 3_659) + 1
    let days = (0..<max(count, 1)).map { firstDay.adding(days: $0) }
    var counts: [[ControlStatus: Int]] = []
    var areas: [[ControlStatus: Double]] = []
    for day in days {
      let snapshot = timeline.snapshot(on: day)
      counts.append(snapshot.counts)
      if !districtAreas.isEmpty {
        var area = Dictionary(uniqueKeysWithValues: ControlStatus.allCases.map { ($0, 0.0) })
        for state in snapshot.districts { area[state.status, default: 0] += districtAreas[state.pcode] ?? 0 }
        areas.append(area)
      }
    }
    return SnapshotSummary(directory: "", dates: days, counts: counts, areas: areas)
  }
}
