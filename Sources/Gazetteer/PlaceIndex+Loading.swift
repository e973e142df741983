import Foundation
import Projection

/// The file names of a gazetteer directory (see `gazetteer/README.md` for the columns).
public enum GazetteerFile: String, CaseIterable, Sendable {
  case provinces = "provinces.csv"
  case districts = "districts.csv"
  case temporaryDistricts = "temporary_districts.csv"
  case regions = "regions.csv"
  case towns = "towns.csv"
}

extension PlaceIndex {
  /// The gazetteer compiled into the binary (built from the repository's `gazetteer/` folder by
  /// `Scripts/build-gazetteer.py`), indexed when the package was built
  /// (`Scripts/generate-gazetteer-index.sh`, see `PlaceIndex+Serialized.swift`): this parses the
  /// precomputed index instead of computing every name and sound key at start-up.
  /// - Throws: `GazetteerError` only if the embedded data is inconsistent (a build defect).
  /// The text is parsed once per process, on the first call; later calls share its storage.
  public static func embedded() throws -> PlaceIndex {
    try embeddedIndex.get()
  }

  /// The parsed embedded index, kept until the process exits: a second `embedded()` costs
  /// nothing, and a one-shot command does not spend its last moments freeing the thousands of
  /// keys, spellings and entry arrays it parsed (about 4 M of the 57 M instructions of
  /// `frontline gazetteer lookup Samkani`, callgrind; issue #16).
  private static let embeddedIndex = Result<PlaceIndex, any Error> {
    var index = try PlaceIndex(serialized: EmbeddedGazetteerIndex.text, keysInPlace: true)
    index.readsEmbeddedSpellingKeys = true
    return index
  }

  /// The index built now from the embedded CSV with this module's `NameNormalizer`: what
  /// `Scripts/generate-gazetteer-index.sh` serializes, and what tests compare `embedded()` with.
  /// - Throws: `GazetteerError` only if the embedded data is inconsistent (a build defect).
  public static func indexingEmbeddedCSV() throws -> PlaceIndex {
    try PlaceIndex(
      texts: [
        .provinces: EmbeddedGazetteer.provinces,
        .districts: EmbeddedGazetteer.districts,
        .temporaryDistricts: EmbeddedGazetteer.temporaryDistricts,
        .regions: EmbeddedGazetteer.regions,
        .towns: EmbeddedGazetteer.towns,
      ], label: { "embedded gazetteer/\($0.rawValue)" })
  }

  /// Loads a gazetteer directory holding the five CSV files of `GazetteerFile`.
  /// - Throws: `GazetteerError.unreadable` for a missing or non-UTF-8 file, and the parse and
  ///   validation errors of `init(texts:label:)`, each naming the file and line.
  public init(directory: URL) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory), !isDirectory.boolValue {
      throw GazetteerError.unreadable(
        path: directory.path, reason: "not a directory (give the folder holding provinces.csv, districts.csv, …)")
    }
    var texts: [GazetteerFile: String] = [:]
    for file in GazetteerFile.allCases {
      let url = directory.appendingPathComponent(file.rawValue)
      guard let data = FileManager.default.contents(atPath: url.path) else {
        throw GazetteerError.unreadable(path: url.path, reason: "no such file (or not readable)")
      }
      guard let text = String(data: data, encoding: .utf8) else {
        throw GazetteerError.unreadable(path: url.path, reason: "not valid UTF-8")
      }
      texts[file] = text
    }
    try self.init(texts: texts, label: { directory.appendingPathComponent($0.rawValue).path })
  }

  /// Builds the index from the text of each gazetteer file.
  /// - Parameters:
  ///   - texts: the CSV text of each file.
  ///   - label: how to name a file in error messages.
  /// - Throws: `GazetteerError` naming the file and line of the first bad row: malformed CSV,
  ///   a missing column, a bad or out-of-range coordinate, a duplicate id, an unknown parent.
  public init(texts: [GazetteerFile: String], label: (GazetteerFile) -> String) throws {
    func table(_ file: GazetteerFile) throws -> CSVTable {
      try CSVTable(parsing: texts[file] ?? "", source: label(file))
    }
    let provinceTable = try table(.provinces)
    let districtTable = try table(.districts)
    let temporaryTable = try table(.temporaryDistricts)
    let regionTable = try table(.regions)
    let townTable = try table(.towns)

    // Regions first: provinces take their region from the regions' member lists.
    var regionRows: [(id: String, name: String, members: [String], aliases: [String], line: Int)] = []
    do {
      let t = regionTable
      let (id, name, provinces, aliases) = (
        try t.column("id"), try t.column("name"), try t.column("provinces"), try t.column("aliases")
      )
      for row in t.rows {
        regionRows.append(
          (row[id], row[name], Self.list(row[provinces]), Self.list(row[aliases]), row.line))
      }
    }
    var regionOfProvince: [String: String] = [:]
    for region in regionRows {
      for member in region.members where regionOfProvince[member] == nil {
        regionOfProvince[member] = region.id
      }
    }

    var places: [Place] = []
    var ids = Set<String>()
    func insert(_ place: Place, table: CSVTable, line: Int) throws {
      guard ids.insert(place.id).inserted else {
        throw GazetteerError.invalidRow(
          source: table.source, line: line, reason: "duplicate id \(place.id)")
      }
      places.append(place)
    }

    // Provinces.
    var capitalDistricts = Set<String>()
    do {
      let t = provinceTable
      let c = try Columns(t, ["pcode", "iso", "name", "name_dari", "name_pashto", "lon", "lat",
                              "capital_pcode", "aliases"])
      for row in t.rows {
        let pcode = row[c["pcode"]]
        try Self.requireCode(pcode, digits: 2, table: t, line: row.line)
        let capital = row[c["capital_pcode"]]
        if !capital.isEmpty { capitalDistricts.insert(capital) }
        try insert(
          Place(
            id: pcode, level: .province, name: row[c["name"]], nameDari: row[c["name_dari"]],
            namePashto: row[c["name_pashto"]], provincePcode: pcode,
            iso: row[c["iso"]].isEmpty ? nil : row[c["iso"]], regionID: regionOfProvince[pcode],
            coordinate: try Self.requiredCoordinate(row, c["lon"], c["lat"], table: t),
            aliases: Self.list(row[c["aliases"]])),
          table: t, line: row.line)
      }
    }
    let provinceIDs = ids

    // Districts.
    do {
      let t = districtTable
      let c = try Columns(t, ["pcode", "name", "province_pcode", "name_dari", "name_pashto", "lon",
                              "lat", "centre", "centre_lon", "centre_lat", "aliases"])
      for row in t.rows {
        let pcode = row[c["pcode"]]
        let province = row[c["province_pcode"]]
        try Self.requireCode(pcode, digits: 4, table: t, line: row.line)
        guard provinceIDs.contains(province), pcode.hasPrefix(province) else {
          throw GazetteerError.invalidRow(
            source: t.source, line: row.line,
            reason: "district \(pcode) names province '\(province)', which is not its province")
        }
        let centre = row[c["centre"]]
        try insert(
          Place(
            id: pcode, level: .district, name: row[c["name"]], nameDari: row[c["name_dari"]],
            namePashto: row[c["name_pashto"]], provincePcode: province, districtPcode: pcode,
            coordinate: try Self.requiredCoordinate(row, c["lon"], c["lat"], table: t),
            aliases: Self.list(row[c["aliases"]]), isCapital: capitalDistricts.contains(pcode),
            centreName: centre.isEmpty ? nil : centre,
            centreCoordinate: try Self.coordinate(
              row, c["centre_lon"], c["centre_lat"], table: t, optional: true)),
          table: t, line: row.line)
      }
    }
    let districtIDs = ids.subtracting(provinceIDs)
    for capital in capitalDistricts where !districtIDs.contains(capital) {
      throw GazetteerError.invalidRow(
        source: provinceTable.source, line: 0, reason: "capital district \(capital) is unknown")
    }

    // Regions: their point is the mean of their provinces' points.
    for region in regionRows {
      let members = places.filter { region.members.contains($0.id) }
      guard members.count == region.members.count, !members.isEmpty else {
        throw GazetteerError.invalidRow(
          source: regionTable.source, line: region.line,
          reason: "region \(region.id) lists an unknown province")
      }
      let longitude = members.map(\.coordinate.longitude).reduce(0, +) / Double(members.count)
      let latitude = members.map(\.coordinate.latitude).reduce(0, +) / Double(members.count)
      try insert(
        Place(
          id: "region:" + region.id, level: .region, name: region.name, provincePcode: nil,
          regionID: region.id, memberProvinces: region.members,
          coordinate: Coordinate(longitude: longitude, latitude: latitude),
          aliases: region.aliases),
        table: regionTable, line: region.line)
    }

    // Towns.
    do {
      let t = townTable
      let c = try Columns(t, ["name", "district_pcode", "province_pcode", "lon", "lat",
                              "population", "capital", "geonameid", "aliases"])
      for row in t.rows {
        let district = row[c["district_pcode"]]
        guard districtIDs.contains(district) else {
          throw GazetteerError.invalidRow(
            source: t.source, line: row.line, reason: "unknown district '\(district)'")
        }
        try insert(
          Place(
            id: "geonames:" + row[c["geonameid"]], level: .town, name: row[c["name"]],
            provincePcode: row[c["province_pcode"]], districtPcode: district,
            coordinate: try Self.requiredCoordinate(row, c["lon"], c["lat"], table: t),
            aliases: Self.list(row[c["aliases"]]), isCapital: row[c["capital"]] == "1",
            population: Int(row[c["population"]])),
          table: t, line: row.line)
      }
    }

    // Temporary districts.
    var temporaries: [TemporaryDistrict] = []
    do {
      let t = temporaryTable
      let c = try Columns(t, ["code", "name", "province_pcode", "parent_pcode", "sets", "aliases",
                              "note"])
      // name_dari and name_pashto are optional columns (older gazetteer directories lack them).
      let persianColumns = ["name_dari", "name_pashto"].compactMap { try? t.column($0) }
      for row in t.rows {
        let parent = row[c["parent_pcode"]]
        guard districtIDs.contains(parent) else {
          throw GazetteerError.invalidRow(
            source: t.source, line: row.line, reason: "unknown parent district '\(parent)'")
        }
        let code = row[c["code"]]
        if !code.isEmpty, ids.contains(code) {
          throw GazetteerError.invalidRow(
            source: t.source, line: row.line, reason: "code \(code) is already a 399-set pcode")
        }
        temporaries.append(
          TemporaryDistrict(
            code: code.isEmpty ? nil : code, name: row[c["name"]],
            provincePcode: row[c["province_pcode"]], parentPcode: parent,
            sets: Self.list(row[c["sets"]]), aliases: Self.list(row[c["aliases"]]),
            note: row[c["note"]],
            persianSpellings: persianColumns.map { row[$0] }.filter { !$0.isEmpty }))
      }
    }
    try self.init(places: places, temporaryDistricts: temporaries)
  }

  /// Splits a `;`-separated cell.
  static func list(_ cell: String) -> [String] {
    cell.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
      !$0.isEmpty
    }
  }

  static func requireCode(_ code: String, digits: Int, table: CSVTable, line: Int) throws {
    let tail = code.dropFirst(2)
    guard code.hasPrefix("AF"), tail.count == digits, tail.allSatisfy(\.isASCII),
      tail.allSatisfy(\.isNumber)
    else {
      throw GazetteerError.invalidRow(
        source: table.source, line: line,
        reason: "'\(code)' is not a pcode (AF followed by \(digits) digits)")
    }
  }

  /// Parses a lon/lat pair of cells that must be present.
  static func requiredCoordinate(
    _ row: CSVRow, _ lonColumn: Int, _ latColumn: Int, table: CSVTable
  ) throws -> Coordinate {
    guard let coordinate = try coordinate(row, lonColumn, latColumn, table: table) else {
      throw GazetteerError.invalidRow(source: table.source, line: row.line, reason: "no lon/lat")
    }
    return coordinate
  }

  /// Parses a lon/lat pair of cells; nil only when `optional` and both are empty.
  static func coordinate(
    _ row: CSVRow, _ lonColumn: Int, _ latColumn: Int, table: CSVTable, optional: Bool = false
  ) throws -> Coordinate? {
    let (lonText, latText) = (row[lonColumn], row[latColumn])
    if optional, lonText.isEmpty, latText.isEmpty { return nil }
    guard let lon = Double(lonText), let lat = Double(latText), lon.isFinite, lat.isFinite else {
      throw GazetteerError.invalidRow(
        source: table.source, line: row.line,
        reason: "lon/lat '\(lonText)', '\(latText)' are not numbers")
    }
    guard (-180...180).contains(lon), (-90...90).contains(lat) else {
      throw GazetteerError.invalidRow(
        source: table.source, line: row.line,
        reason: "lon/lat \(lonText), \(latText) out of range (lon ±180, lat ±90)")
    }
    return Coordinate(longitude: lon, latitude: lat)
  }
}

/// Column positions of a table by name, looked up once.
struct Columns {
  private let positions: [String: Int]

  init(_ table: CSVTable, _ names: [String]) throws {
    var positions: [String: Int] = [:]
    for name in names { positions[name] = try table.column(name) }
    self.positions = positions
  }

  subscript(name: String) -> Int { positions[name] ?? 0 }
}
