import Foundation
import FrontlineTestSupport
import GeoJSON
import GeoModel
import Testing

/// `Geometry.quantised(decimals:)` and the writers that use it: rounding must not turn a valid
/// polygon into an invalid one (issue #14 item 1). GDAL/GEOS cross-check the real boundary
/// files in `PolygonValidityGDALTests`.
@Suite struct QuantisationTests {
  /// A V-shaped notch whose tip lies 4·10⁻⁷ above the bottom edge: simple as given, but at 6
  /// decimals the tip rounds onto the edge and the ring touches itself.
  static let notched: [Position] = [
    Position(x: 0, y: 0), Position(x: 2, y: 0), Position(x: 2, y: 1), Position(x: 1, y: 0.000_000_4),
    Position(x: 0, y: 1), Position(x: 0, y: 0),
  ]
  /// A triangle 3·10⁻⁷ across: at 6 decimals all its vertices round to one point.
  static let speck: [Position] = [
    Position(x: 1.000_000_1, y: 1.000_000_1), Position(x: 1.000_000_4, y: 1.000_000_1),
    Position(x: 1.000_000_1, y: 1.000_000_4), Position(x: 1.000_000_1, y: 1.000_000_1),
  ]
  static let square: [Position] = [
    Position(x: 0, y: 0), Position(x: 3, y: 0), Position(x: 3, y: 3), Position(x: 0, y: 3), Position(x: 0, y: 0),
  ]

  @Test func plainRoundingWouldMakeTheNotchTouchItself() {
    let rounded = Self.notched.map { Position(x: ($0.x * 1e6).rounded() / 1e6, y: ($0.y * 1e6).rounded() / 1e6) }
    #expect(Geometry.polygon([Self.notched]).firstSelfIntersection == nil)
    #expect(Geometry.polygon([rounded]).firstSelfIntersection != nil)
  }

  @Test func aRingThatRoundingBreaksKeepsOneMoreDecimal() throws {
    let (geometry, repairs) = Geometry.polygon([Self.notched]).quantised(decimals: 6)
    #expect(repairs == [QuantisationRepair(polygonIndex: 0, ringIndex: 0, action: .keptDecimals(7))])
    #expect(geometry.firstSelfIntersection == nil)
    guard case .polygon(let rings) = geometry else { Issue.record("not a polygon"); return }
    #expect(rings[0][3] == Position(x: 1, y: 0.000_000_4))
  }

  @Test func aRingThatStaysValidIsRoundedAndLosesRepeatedPositions() {
    let ring = [
      Position(x: 0.123_456_71, y: 0), Position(x: 0.123_456_74, y: 0), Position(x: 3, y: 0), Position(x: 3, y: 3),
      Position(x: 0.123_456_71, y: 0),
    ]
    let (geometry, repairs) = Geometry.polygon([ring]).quantised(decimals: 6)
    #expect(repairs.isEmpty)
    #expect(geometry == .polygon([[
      Position(x: 0.123_457, y: 0), Position(x: 3, y: 0), Position(x: 3, y: 3), Position(x: 0.123_457, y: 0),
    ]]))
  }

  @Test func aCollapsingHoleIsDroppedAndACollapsingPartTakesItsHolesWithIt() {
    let (polygon, polygonRepairs) = Geometry.polygon([Self.square, Self.speck]).quantised(decimals: 3)
    #expect(polygonRepairs == [QuantisationRepair(polygonIndex: 0, ringIndex: 1, action: .droppedRing)])
    #expect(polygon == .polygon([Self.square]))

    let (multi, multiRepairs) = Geometry.multiPolygon([[Self.speck], [Self.square]]).quantised(decimals: 3)
    #expect(multiRepairs == [QuantisationRepair(polygonIndex: 0, ringIndex: 0, action: .droppedRing)])
    #expect(multi == .multiPolygon([[Self.square]]))
  }

  @Test func aTinyRingThatMoreDecimalsSaveIsKept() {
    // At 6 decimals the speck collapses; at 7 it is a triangle again.
    let (geometry, repairs) = Geometry.multiPolygon([[Self.square], [Self.speck]]).quantised(decimals: 6)
    #expect(repairs == [QuantisationRepair(polygonIndex: 1, ringIndex: 0, action: .keptDecimals(7))])
    guard case .multiPolygon(let parts) = geometry else { Issue.record("not a multipolygon"); return }
    #expect(parts.count == 2 && parts[1][0].count == 4)
  }

  @Test func geoJSONCarriesTheRepairedRingAndPrintsOtherRingsAsBefore() throws {
    let encoder = try FeatureEncoder(precision: 6)
    let text = String(decoding: try encoder.encode(Feature(geometry: .polygon([Self.notched]))), as: UTF8.self)
    #expect(text.contains("[1,0.0000004]"), "\(text)")
    #expect(text.contains("[[0,0],[2,0],[2,1],[1,0.0000004],[0,1],[0,0]]"), "\(text)")
    // Coordinates of an unaffected ring print exactly as before (6 decimals, no trailing zeros).
    let plain = Geometry.polygon([[
      Position(x: 69.123_456_7, y: 33.1), Position(x: 69.2, y: 33.1), Position(x: 69.2, y: 33.2),
      Position(x: 69.123_456_7, y: 33.1),
    ]])
    let plainText = String(decoding: try encoder.encode(Feature(geometry: plain)), as: UTF8.self)
    #expect(plainText.contains("[[[69.123457,33.1],[69.2,33.1],[69.2,33.2],[69.123457,33.1]]]"), "\(plainText)")
  }
}
