import Chronology
import Extractor
import Foundation
import FrontlineKit
import GeoModel
import Layers

/// The features of every collection, encoded once and answered for any `datetime`.
///
/// At start-up every geometry is encoded once (``EncodedGeometry``), and so is each
/// collection's default answer (no `datetime`). A `datetime` answer re-encodes only the
/// properties (a few hundred bytes per feature) and is kept in a small cache, so dragging the
/// map's slider back and forth costs one fold per day.
struct FeatureCatalog: Sendable {
  /// The layers in memory.
  let store: LayerStore
  private let encoder: ServedFeatureEncoder
  private let districtShapes: [String: EncodedGeometry]
  private let provinceShapes: [String: EncodedGeometry]
  private let defaults: [CollectionID: [ServedFeature]]
  private let cache = AnswerCache(capacity: 256)
  /// Longitude/latitude extent of each collection's geometry (nil when it has none).
  let extents: [CollectionID: BoundingBox]

  /// Encodes every geometry and default answer.
  /// - Throws: `WriterError` for a non-finite coordinate in the inputs.
  init(store: LayerStore) throws {
    self.store = store
    let encoder = try ServedFeatureEncoder()
    self.encoder = encoder
    districtShapes = try store.districtGeometry.mapValues { try encoder.geometry($0) }
    provinceShapes = try store.provinceGeometry.mapValues { try encoder.geometry($0) }
    var defaults: [CollectionID: [ServedFeature]] = [:]
    for id in CollectionID.allCases {
      defaults[id] = try Self.encode(id, range: nil, store: store, encoder: encoder, districts: districtShapes, provinces: provinceShapes)
    }
    self.defaults = defaults
    var extents: [CollectionID: BoundingBox] = [:]
    for (id, features) in defaults {
      for extent in features.compactMap({ $0.geometry?.extent }) {
        extents[id] = extents[id]?.union(extent) ?? extent
      }
    }
    self.extents = extents
  }

  /// The features of `id` for `range` (nil: the default answer), in the layer's order.
  /// - Throws: `WriterError` (not expected: inputs were checked at start-up).
  func features(_ id: CollectionID, range: DayRange?) throws -> [ServedFeature] {
    guard let range, id.isTemporal, let all = defaults[id] else { return defaults[id] ?? [] }
    if id == .events {
      // Every event is already encoded; keep those dated inside the range.
      let from = range.from?.ordinal ?? Int.min
      let to = range.to?.ordinal ?? Int.max
      return all.filter { feature in feature.days.map { $0.lowerBound >= from && $0.lowerBound <= to } ?? false }
    }
    let key = AnswerCache.Key(collection: id, from: range.from?.ordinal, to: range.to?.ordinal)
    if let cached = cache[key] { return cached }
    let answer = try Self.encode(
      id, range: range, store: store, encoder: encoder, districts: districtShapes, provinces: provinceShapes)
    cache[key] = answer
    return answer
  }

  /// The day a snapshot collection describes for `range`: its end, else the later of its start
  /// and the last event day; the last event day without a range.
  func day(for range: DayRange?) -> Day {
    Self.day(for: range, store: store)
  }

  private static func day(for range: DayRange?, store: LayerStore) -> Day {
    if let to = range?.to { return to }
    if let from = range?.from { return max(from, store.lastDay) }
    return store.lastDay
  }

  private static func encode(
    _ id: CollectionID, range: DayRange?, store: LayerStore, encoder: ServedFeatureEncoder,
    districts: [String: EncodedGeometry], provinces: [String: EncodedGeometry]
  ) throws -> [ServedFeature] {
    func pcode(_ feature: Feature) -> String {
      if case .string(let value)? = feature[property: "pcode"] { return value }
      return ""
    }
    let index = store.index
    func attributes(_ feature: Feature) -> [String: String] { id.attributes(of: feature, index: index) }
    func ordinal(_ feature: Feature, _ key: String) -> Int? {
      if case .date(let text)? = feature[property: key] { return Day(iso: text)?.ordinal }
      return nil
    }
    switch id {
    case .districtControl:
      return try store.districtControl(on: day(for: range, store: store)).map {
        try encoder.feature($0, geometry: districts[pcode($0)], attributes: attributes($0))
      }
    case .mobilization:
      return try store.mobilization(through: day(for: range, store: store)).map {
        try encoder.feature($0, geometry: provinces[pcode($0)], attributes: attributes($0))
      }
    case .events:
      return try store.events(from: range?.from, to: range?.to).map { feature in
        let geometry = try feature.geometry.map { try encoder.geometry($0) }
        let date = ordinal(feature, "date")
        return try encoder.feature(feature, geometry: geometry, days: date.map { $0...$0 }, attributes: attributes(feature))
      }
    case .timeline:
      return try store.timeline(from: range?.from, to: range?.to).map { feature in
        let start = ordinal(feature, "valid_from") ?? 0
        let end = ordinal(feature, "valid_to").map { $0 - 1 } ?? Int.max
        return try encoder.feature(
          feature, geometry: districts[pcode(feature)], days: start...max(start, end), attributes: attributes(feature))
      }
    case .provinces:
      return try store.provinces().map { try encoder.feature($0, geometry: provinces[pcode($0)], attributes: attributes($0)) }
    case .districts:
      return try store.districts().map { try encoder.feature($0, geometry: districts[pcode($0)], attributes: attributes($0)) }
    }
  }
}

/// Answers for `datetime` queries, at most `capacity` of them (the whole cache is dropped when
/// it is full: days are few, and a client walking an unbounded range of dates must not grow
/// memory without end).
///
/// `@unchecked Sendable`: the dictionary is only read and written under `lock`; `Mutex` from
/// Synchronization would need macOS 15, above the package's macOS 13 floor.
final class AnswerCache: @unchecked Sendable {
  struct Key: Hashable {
    let collection: CollectionID
    let from: Int?
    let to: Int?
  }

  private let capacity: Int
  private var answers: [Key: [ServedFeature]] = [:]
  private let lock = NSLock()

  init(capacity: Int) { self.capacity = capacity }

  subscript(key: Key) -> [ServedFeature]? {
    get { lock.withLock { answers[key] } }
    set {
      lock.withLock {
        if answers.count >= capacity { answers.removeAll(keepingCapacity: true) }
        answers[key] = newValue
      }
    }
  }
}
