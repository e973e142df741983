/// The feature collections the server publishes. The raw value is the collection id in URLs
/// (`/collections/district-control/items`) and the layer name GDAL shows.
enum CollectionID: String, CaseIterable, Sendable, Hashable {
  /// One feature per district: status as of `datetime` (default: the last event day).
  case districtControl = "district-control"
  /// One feature per province with mobilization reports up to `datetime`.
  case mobilization
  /// One point per event; `datetime` keeps events dated inside it.
  case events
  /// One feature per (district, status interval); `datetime` keeps intervals overlapping it.
  case timeline
  /// The 34 provinces of the gazetteer.
  case provinces
  /// The 399 districts of the gazetteer.
  case districts

  /// A human title.
  var title: String {
    switch self {
    case .districtControl: "District control"
    case .mobilization: "Local mobilization against the Taliban"
    case .events: "Events extracted from the reports"
    case .timeline: "District control intervals"
    case .provinces: "Provinces"
    case .districts: "Districts"
    }
  }

  /// What the collection holds and what `datetime` does to it.
  var summary: String {
    switch self {
    case .districtControl:
      "Every district (399) with its control status (taliban, contested, government, unknown) at the end of a day: datetime=YYYY-MM-DD (an interval uses its end; default: the last event day)."
    case .mobilization:
      "Provinces with reports of people taking up arms, counted up to a day: datetime=YYYY-MM-DD (an interval uses its end)."
    case .events:
      "One point per extracted event with its sentence and rule; datetime keeps events dated on that day or inside that interval."
    case .timeline:
      "One feature per district and status interval (valid_from, valid_to); datetime keeps the intervals overlapping it."
    case .provinces:
      "The provinces of Afghanistan (OCHA/AGCHO 2018 pcodes) with their Dari and Pashto names and aliases."
    case .districts:
      "The districts of Afghanistan (399, OCHA/AGCHO 2018 pcodes) with their names, aliases and area."
    }
  }

  /// Whether `datetime` changes the answer.
  var isTemporal: Bool {
    switch self {
    case .districtControl, .mobilization, .events, .timeline: true
    case .provinces, .districts: false
    }
  }
}
