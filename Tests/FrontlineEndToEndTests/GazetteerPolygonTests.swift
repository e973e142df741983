import Foundation
import FrontlineKit
import Gazetteer
import GeoJSON
import GeoModel
import Projection
import Testing

/// The gazetteer's points against the OCHA/AGCHO 2018 polygons in `../shared/data` (read in
/// place; skipped, saying so, when absent).
@Suite struct GazetteerPolygonTests {
  @Test func everyDistrictPointLiesInsideItsOwnOCHAPolygon() throws {
    guard LayersSupport.hasSharedData else {
      print("GazetteerPolygonTests: skipped: \(LayersSupport.ochaADM2.path) is absent")
      return
    }
    let polygons = Dictionary(
      uniqueKeysWithValues: LayersSupport.ochaFeatures.compactMap { feature in
        feature.string("ADM2_PCODE").map { ($0, feature.geometry) }
      })
    let districts = LayersSupport.index.places(at: .district)
    #expect(districts.count == 399)
    var outside: [String] = []
    for district in districts {
      guard let polygon = polygons[district.id] else {
        outside.append("\(district.id): no OCHA polygon")
        continue
      }
      let point = Position(longitude: district.coordinate.longitude, latitude: district.coordinate.latitude)
      if !polygon.contains(point) { outside.append("\(district.id) \(district.name)") }
      if let centre = district.centreCoordinate,
        !polygon.contains(Position(longitude: centre.longitude, latitude: centre.latitude))
      {
        outside.append("\(district.id) \(district.name): centre town \(district.centreName ?? "")")
      }
    }
    #expect(outside == [], "points outside their own polygon: \(outside)")
  }

  @Test func everyProvincePointAndTownLiesInsideItsPolygon() throws {
    guard LayersSupport.hasSharedData else {
      print("GazetteerPolygonTests: skipped: \(LayersSupport.ochaADM1.path) is absent")
      return
    }
    let provinces = try BoundaryReader().read(contentsOf: LayersSupport.ochaADM1)
    let byPcode = Dictionary(uniqueKeysWithValues: provinces.compactMap { f in f.string("ADM1_PCODE").map { ($0, f.geometry) } })
    for province in LayersSupport.index.places(at: .province) {
      let point = Position(longitude: province.coordinate.longitude, latitude: province.coordinate.latitude)
      #expect(byPcode[province.id]?.contains(point) == true, "\(province.id) \(province.name)")
    }
    let districts = Dictionary(
      uniqueKeysWithValues: LayersSupport.ochaFeatures.compactMap { f in f.string("ADM2_PCODE").map { ($0, f.geometry) } })
    var misplaced: [String] = []
    for town in LayersSupport.index.places(at: .town) {
      let point = Position(longitude: town.coordinate.longitude, latitude: town.coordinate.latitude)
      if let d = town.districtPcode, districts[d]?.contains(point) != true { misplaced.append("\(town.id) \(town.name)") }
    }
    #expect(misplaced == [])
  }
}
