public import Projection

/// The administrative level of a place.
public enum PlaceLevel: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  /// A group of provinces the press names ("northern Afghanistan"): an OCHA region.
  case region
  /// One of the 34 provinces (OCHA ADM1).
  case province
  /// One of the 399 districts (OCHA/AGCHO 2018 ADM2).
  case district
  /// A town or city (GeoNames), linked to the district that contains it.
  case town

  /// Regions first, towns last.
  var rank: Int {
    switch self {
    case .region: 0
    case .province: 1
    case .district: 2
    case .town: 3
    }
  }

  public static func < (lhs: PlaceLevel, rhs: PlaceLevel) -> Bool { lhs.rank < rhs.rank }
}

/// A place of the gazetteer: a region, province, district or town.
///
/// Identifiers are stable: OCHA pcodes for provinces (`AF13`) and districts (`AF1310`),
/// `region:<id>` for regions (`region:north`) and `geonames:<id>` for towns.
public struct Place: Sendable, Hashable, Identifiable {
  /// Stable identifier: the pcode for provinces and districts.
  public let id: String
  /// The level of the place.
  public let level: PlaceLevel
  /// Canonical English name (OCHA/AGCHO spelling for provinces and districts).
  public let name: String
  /// Dari name, where a source has it (else empty).
  public let nameDari: String
  /// Pashto name, where a source has it (else empty).
  public let namePashto: String
  /// Pcode of the province containing the place; the place's own pcode for a province;
  /// nil for a region.
  public let provincePcode: String?
  /// Pcode of the district containing the place: the district itself, or a town's district.
  public let districtPcode: String?
  /// ISO 3166-2 code of a province (`AF-PIA`).
  public let iso: String?
  /// Region id of a province (`north`); for a region, its own id.
  public let regionID: String?
  /// Pcodes of a region's provinces.
  public let memberProvinces: [String]
  /// Representative point, WGS 84 degrees, longitude first: a point inside the polygon for
  /// provinces and districts, the town itself for towns, the mean of its provinces' points for a
  /// region.
  public let coordinate: Coordinate
  /// Alternate spellings from the sources (not including `name`).
  public let aliases: [String]
  /// True for a provincial capital town, or for the district that holds it.
  public let isCapital: Bool
  /// The district-centre town, where GeoNames has one (districts only).
  public let centreName: String?
  /// The district-centre town's position, WGS 84 degrees, longitude first.
  public let centreCoordinate: Coordinate?
  /// Population (towns, from GeoNames), else nil.
  public let population: Int?

  /// Creates a place. Used by the loader and by tests.
  public init(
    id: String, level: PlaceLevel, name: String, nameDari: String = "", namePashto: String = "",
    provincePcode: String?, districtPcode: String? = nil, iso: String? = nil,
    regionID: String? = nil, memberProvinces: [String] = [], coordinate: Coordinate,
    aliases: [String] = [], isCapital: Bool = false, centreName: String? = nil,
    centreCoordinate: Coordinate? = nil, population: Int? = nil
  ) {
    self.id = id
    self.level = level
    self.name = name
    self.nameDari = nameDari
    self.namePashto = namePashto
    self.provincePcode = provincePcode
    self.districtPcode = districtPcode
    self.iso = iso
    self.regionID = regionID
    self.memberProvinces = memberProvinces
    self.coordinate = coordinate
    self.aliases = aliases
    self.isCapital = isCapital
    self.centreName = centreName
    self.centreCoordinate = centreCoordinate
    self.population = population
  }

  /// The name and every alias.
  public var spellings: [String] { [name] + aliases }

  /// The Dari and Pashto names (Persian script), indexed under `ArabicScript`'s matching form.
  public var persianSpellings: [String] { [nameDari, namePashto].filter { !$0.isEmpty } }
}

/// A district of the 407 (RS/USFOR-A) or 421 (CSO 2018) sets that has no polygon of its own in
/// the 399 set. Reports naming it link to its 399-set parent district.
public struct TemporaryDistrict: Sendable, Hashable {
  /// Its 2018 (422-set) code, when it has one (`AF1312`); never one of the 399 pcodes.
  public let code: String?
  /// The name as the set writes it (`Marja`).
  public let name: String
  /// Pcode of its province.
  public let provincePcode: String
  /// Pcode of the 399-set district that contains it.
  public let parentPcode: String
  /// The district sets that list it (`407`, `421`).
  public let sets: [String]
  /// Other spellings.
  public let aliases: [String]
  /// Provenance or doubts about the parent.
  public let note: String
  /// Its Dari and Pashto names (Persian script), indexed under `ArabicScript`'s matching form.
  public let persianSpellings: [String]

  public init(
    code: String?, name: String, provincePcode: String, parentPcode: String, sets: [String],
    aliases: [String], note: String, persianSpellings: [String] = []
  ) {
    self.persianSpellings = persianSpellings
    self.code = code
    self.name = name
    self.provincePcode = provincePcode
    self.parentPcode = parentPcode
    self.sets = sets
    self.aliases = aliases
    self.note = note
  }
}
