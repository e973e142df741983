import Foundation
import GeoJSON
import GeoModel
import SVGWriters
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct SVGMapWriterTests {
  private static let red = SVGColor(red: 0xC0, green: 0x39, blue: 0x2B)
  private static let grey = SVGColor(red: 0xBB, green: 0xBB, blue: 0xBB)

  /// Two districts and a point in UTM-like metres, one outline, a two-row legend.
  private static let map = SVGMap(
    title: "Districts & events <August 2021>",
    shapes: [
      SVGShape(
        geometry: .polygon([
          [
            Position(easting: 500_000, northing: 3_800_000), Position(easting: 540_000, northing: 3_800_000),
            Position(easting: 540_000, northing: 3_830_000), Position(easting: 500_000, northing: 3_830_000),
            Position(easting: 500_000, northing: 3_800_000),
          ],
          [
            Position(easting: 510_000, northing: 3_810_000), Position(easting: 510_000, northing: 3_815_000),
            Position(easting: 515_000, northing: 3_815_000), Position(easting: 510_000, northing: 3_810_000),
          ],
        ]),
        fill: red, stroke: SVGColor(red: 255, green: 255, blue: 255), name: "Kabul \"district\""),
      SVGShape(
        geometry: .multiPolygon([[[
          Position(easting: 540_000, northing: 3_800_000), Position(easting: 580_000, northing: 3_800_000),
          Position(easting: 580_000, northing: 3_800_001), Position(easting: 560_000, northing: 3_820_000),
          Position(easting: 540_000, northing: 3_800_000),
        ]]]),
        fill: grey, name: "Paghman"),
      SVGShape(geometry: .point(Position(easting: 515_812.4, northing: 3_820_570.2)), fill: SVGColor(red: 0, green: 0, blue: 0)),
    ],
    outlines: [
      .polygon([[
        Position(easting: 500_000, northing: 3_800_000), Position(easting: 580_000, northing: 3_800_000),
        Position(easting: 580_000, northing: 3_830_000), Position(easting: 500_000, northing: 3_800_000),
      ]])
    ],
    legend: [
      SVGLegendEntry(color: red, label: "Taliban control", count: 1),
      SVGLegendEntry(color: grey, label: "Contested", count: nil),
    ])

  @Test func svgMapMatchesGolden() throws {
    let bytes = try SVGMapWriter().render(Self.map)
    try TestSupport.expectMatchesGolden(bytes, named: "svgMap.svg")
    #expect(bytes == (try SVGMapWriter().render(Self.map)))
  }

  @Test func preparedPathsGiveTheSameBytesAndAnotherMapIsFormattedInFull() throws {
    let writer = SVGMapWriter()
    let prepared = writer.prepare(Self.map)
    // Other colours, tooltips, legend and title: the paths are reused, the bytes unchanged.
    var recoloured = Self.map
    recoloured.title = "Another day"
    recoloured.shapes = recoloured.shapes.map { shape in
      var shape = shape
      shape.fill = Self.grey
      shape.name = "renamed"
      shape.opacity = 0.35
      return shape
    }
    recoloured.legend.removeLast()
    recoloured.credit = "credit"
    for map in [Self.map, recoloured] {
      #expect(try writer.render(map, prepared: prepared) == (try writer.render(map)))
    }
    // A moved vertex, a missing shape, other outlines, other writer settings: no reuse.
    var moved = Self.map
    moved.shapes[0].geometry = .polygon([[
      Position(easting: 400_000, northing: 3_700_000), Position(easting: 540_000, northing: 3_800_000),
      Position(easting: 540_000, northing: 3_830_000), Position(easting: 400_000, northing: 3_700_000),
    ]])
    var fewer = Self.map
    fewer.shapes.removeFirst()
    var bare = Self.map
    bare.outlines = []
    for map in [moved, fewer, bare] {
      #expect(try writer.render(map, prepared: prepared) == (try writer.render(map)))
    }
    let precise = SVGMapWriter(decimals: 2)
    #expect(try precise.render(Self.map, prepared: prepared) == (try precise.render(Self.map)))
    // Non-finite input is still reported when paths were prepared.
    var broken = Self.map
    broken.shapes[2].geometry = .point(Position(easting: .nan, northing: 0))
    #expect(throws: WriterError.self) { try writer.render(broken, prepared: writer.prepare(broken)) }
  }

  @Test func creditLineIsDrawnEscapedBelowTheLegendOrTheMapAndOnlyWhenGiven() throws {
    var map = Self.map
    map.credit = "Boundaries: OCHA & AGCHO <2018>"
    let svg = String(decoding: try SVGMapWriter().render(map), as: UTF8.self)
    #expect(svg.contains("font-size=\"10\" fill=\"#555555\">Boundaries: OCHA &amp; AGCHO &lt;2018&gt;</text>\n</svg>\n"))
    #expect(!String(decoding: try SVGMapWriter().render(Self.map), as: UTF8.self).contains("#555555"))
    map.legend = []
    let bare = String(decoding: try SVGMapWriter().render(map), as: UTF8.self)
    #expect(bare.contains("<text x=\"20\""), "under the map, at the left margin")
  }

  @Test func svgIsWellFormedFlippedAndEscaped() throws {
    let svg = String(decoding: try SVGMapWriter().render(Self.map), as: UTF8.self)
    #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.hasSuffix("</svg>\n"))
    #expect(svg.contains("<title>Districts &amp; events &lt;August 2021&gt;</title>"))
    #expect(svg.contains("<title>Kabul &quot;district&quot;</title>"))
    #expect(svg.contains("Taliban control (1)</text>"))
    // North up: the southern edge (3 800 000 m) is at the bottom (y = 416) and the northern
    // edge (3 830 000 m) at the top of the map area (y = 36 title + 20 margin = 56).
    #expect(svg.contains("M20,416L500,416 500,56 20,56 20,416Z"))
    #expect(!svg.contains("\r"))
    #if canImport(FoundationXML) || canImport(Darwin)
      let parser = XMLParser(data: Data(svg.utf8))
      #expect(parser.parse(), "\(String(describing: parser.parserError))")
    #endif
  }

  @Test func writeIsAtomicAndNonFiniteInputIsRejected() throws {
    let directory = try TestSupport.makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("map.svg")
    try Data("old\n".utf8).write(to: url)
    var broken = Self.map
    broken.shapes.append(SVGShape(geometry: .point(Position(x: .infinity, y: 0)), fill: Self.red))
    let error = #expect(throws: WriterError.self) { try SVGMapWriter().write(broken, to: url) }
    #expect(error == .nonFiniteNumber(file: url.path, featureIndex: 3, location: "SVG shape"))
    #expect(try String(contentsOf: url, encoding: .utf8) == "old\n")
    try SVGMapWriter().write(Self.map, to: url)
    #expect([UInt8](try Data(contentsOf: url)) == (try SVGMapWriter().render(Self.map)))
    #expect(try TestSupport.contents(of: directory) == ["map.svg"])
  }

  @Test func emptyMapStillRendersTitleAndLegend() throws {
    let svg = String(
      decoding: try SVGMapWriter().render(SVGMap(title: "Nothing yet", shapes: [], legend: [SVGLegendEntry(color: Self.red, label: "none", count: 0)])),
      as: UTF8.self)
    #expect(svg.contains("Nothing yet</text>"))
    #expect(svg.contains("none (0)</text>"))
  }

  @Test func colorsParseAndPrintAsHex() {
    #expect(SVGColor(hex: "#c0392B") == Self.red)
    #expect(Self.red.hex == "#c0392b")
    #expect(SVGColor(red: 0, green: 0, blue: 1).hex == "#000001")
    #expect(SVGColor(hex: "#12345") == nil)
    #expect(SVGColor(hex: "zzzzzz") == nil)
  }

  @Test(.enabled(if: FileManager.default.fileExists(atPath: TestSupport.sharedData.path), "../shared/data is absent"))
  func realDistrictsRenderDeterministically() throws {
    let districts = try BoundaryReader().read(
      contentsOf: TestSupport.sharedData.appendingPathComponent("afg_adm2_geoboundaries_simplified.geojson"))
    // A test-only equirectangular stand-in for real projection (the Projection module owns that).
    let metresPerDegreeX = 111_320 * cos(34.0 * .pi / 180)
    let shapes = districts.map { district in
      SVGShape(
        geometry: .multiPolygon(district.polygons.map { rings in
          rings.map { ring in ring.map { Position(easting: $0.x * metresPerDegreeX, northing: $0.y * 110_574) } }
        }),
        fill: district.index.isMultiple(of: 2) ? Self.red : Self.grey,
        name: district.string("shapeName"))
    }
    let map = SVGMap(title: "Afghanistan districts", shapes: shapes, legend: [SVGLegendEntry(color: Self.red, label: "even", count: 199)])
    let first = try SVGMapWriter().render(map)
    #expect(first == (try SVGMapWriter().render(map)))
    #expect(first.count < 3_000_000)
    #if canImport(FoundationXML) || canImport(Darwin)
      #expect(XMLParser(data: Data(first)).parse())
    #endif
  }
}
