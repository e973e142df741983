import Projection

extension PlaceIndex {
  /// Afghanistan's bounding box with a small margin, WGS 84 degrees: every representative point
  /// must fall inside it.
  public static let afghanistanBounds = (longitude: 60.4...75.1, latitude: 29.3...38.5)

  /// Checks the gazetteer's invariants and returns one message per violation (empty when all
  /// hold): 34 provinces and 399 districts with well-formed, unique pcodes; every district,
  /// town and temporary district inside an existing province and district of the right
  /// province; every point inside Afghanistan's bounding box; every name key shared by places
  /// of the same level in different provinces resolvable only with a province (the look-up
  /// returns all of them).
  public func _checkInvariants() -> [String] {
    var problems: [String] = []
    let provinces = places(at: .province)
    let districts = places(at: .district)
    if provinces.count != 34 { problems.append("\(provinces.count) provinces, expected 34") }
    if districts.count != 399 { problems.append("\(districts.count) districts, expected 399") }
    let provinceIDs = Set(provinces.map(\.id))
    for place in places {
      if !Self.afghanistanBounds.longitude.contains(place.coordinate.longitude)
        || !Self.afghanistanBounds.latitude.contains(place.coordinate.latitude)
      {
        problems.append("\(place.id) \(place.name): point outside Afghanistan's bounding box")
      }
      switch place.level {
      case .district:
        if let p = place.provincePcode, !provinceIDs.contains(p) || !place.id.hasPrefix(p) {
          problems.append("\(place.id): province \(p) is not its province")
        }
      case .town:
        guard let d = place.districtPcode, let district = self.place(id: d), district.provincePcode == place.provincePcode
        else {
          problems.append("\(place.id) \(place.name): district and province disagree")
          continue
        }
      case .region:
        if place.memberProvinces.contains(where: { !provinceIDs.contains($0) }) {
          problems.append("\(place.id): unknown member province")
        }
      case .province:
        if place.iso == nil { problems.append("\(place.id): no ISO 3166-2 code") }
      }
    }
    for temporary in temporaryDistricts {
      guard let parent = place(id: temporary.parentPcode), parent.level == .district else {
        problems.append("temporary district \(temporary.name): unknown parent \(temporary.parentPcode)")
        continue
      }
      if let code = temporary.code, place(id: code) != nil {
        problems.append("temporary district \(temporary.name): code \(code) is a 399-set pcode")
      }
    }
    // Provinces covered by regions exactly once.
    var regionCount: [String: Int] = [:]
    for region in places(at: .region) {
      for member in region.memberProvinces { regionCount[member, default: 0] += 1 }
    }
    for province in provinceIDs where regionCount[province] != 1 {
      problems.append("province \(province) is in \(regionCount[province] ?? 0) regions")
    }
    // No ambiguous spelling resolves silently.
    byKey.forEach { keyBytes, entries in
      let key = String(decoding: keyBytes, as: UTF8.self)
      let districtEntries = Set(entries().filter { places[$0.place].level == .district }.map(\.place))
      guard districtEntries.count > 1 else { return }
      let found = rawLookup(key).filter { $0.place.level == .district }
      if Set(found.map(\.place.id)).count != districtEntries.count {
        problems.append("spelling key '\(key)' names \(districtEntries.count) districts but a look-up returns \(found.count)")
      }
    }
    return problems
  }

  /// Name keys that name districts in more than one province, with their pcodes: the spellings
  /// that need a province to resolve.
  public var ambiguousDistrictSpellings: [String: [String]] {
    var result: [String: [String]] = [:]
    byKey.forEach { keyBytes, entries in
      let key = String(decoding: keyBytes, as: UTF8.self)
      let ids = Set(entries().map { places[$0.place] }.filter { $0.level == .district }.map(\.id))
      let provinces = Set(ids.compactMap { place(id: $0)?.provincePcode })
      if provinces.count > 1 { result[key] = ids.sorted() }
    }
    return result
  }
}
