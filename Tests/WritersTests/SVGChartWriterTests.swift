import Foundation
@testable import GeoJSON
@testable import GeoModel
@testable import SVGWriters
import Testing


#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct SVGChartWriterTests {
  private static let red = SVGColor(red: 0xC0, green: 0x39, blue: 0x2B)
  private static let orange = SVGColor(red: 0xF3, green: 0x9C, blue: 0x12)
  private static let grey = SVGColor(red: 0xD5, green: 0xD8, blue: 0xDC)

  /// Four snapshot days, the last step shorter (7, 7, 3 days), two panels, three series.
  private static let chart = SVGChart(
    title: "District control from 2021-06-20 to 2021-07-07 <test>",
    x: [0, 7, 14, 17], xLabels: ["2021-06-20", "2021-06-27", "2021-07-04", "2021-07-07"],
    series: [
      SVGChartSeries(key: "taliban", label: "Taliban", color: red),
      SVGChartSeries(key: "contested", label: "Contested", color: orange),
      SVGChartSeries(key: "unknown", label: "Unknown & other", color: grey),
    ],
    panels: [
      SVGChartPanel(title: "Districts", values: [[2, 10, 40, 60], [4, 6, 6, 0], [393, 383, 353, 339]]),
      SVGChartPanel(title: "Area (km²)", values: [[1_500, 9_000, 52_000, 80_250.5], [0, 0, 0, 0], [650_000, 642_500, 599_500, 571_250]]),
    ],
    credit: "Boundaries: OCHA/AGCHO 2018, CC BY-IGO")

  @Test func svgChartMatchesGolden() throws {
    let bytes = try SVGChartWriter().render(Self.chart)
    try TestSupport.expectMatchesGolden(bytes, named: "svgChart.svg")
    #expect(bytes == (try SVGChartWriter().render(Self.chart)), "the same bytes every time")
  }

  @Test func chartIsWellFormedStackedToScaleAndMarksItsPlotForAPage() throws {
    let svg = String(decoding: try SVGChartWriter().render(Self.chart), as: UTF8.self)
    #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.hasSuffix("</svg>\n"))
    #expect(svg.contains("<title>District control from 2021-06-20 to 2021-07-07 &lt;test&gt;</title>"))
    // The plot runs from 20 + 64 = 84 to 960 - 20 - 32 = 908 px; the page reads these.
    #expect(svg.contains(" data-plot-left=\"84\" data-plot-right=\"908\""))
    #expect(svg.contains(" data-from=\"2021-06-20\" data-to=\"2021-07-07\""))
    // x to scale: day 14 of 17 is at 84 + 14/17 × 824 = 762.6 px.
    #expect(svg.contains("L762.6,"))
    // One area per series with a non-zero value: contested has none in the area panel.
    #expect(svg.components(separatedBy: "data-series=\"taliban\"").count - 1 == 2)
    #expect(svg.components(separatedBy: "data-series=\"contested\"").count - 1 == 1)
    // Districts: 399 in all, so the axis tops at 400 in steps of 100.
    #expect(svg.contains(">400</text>") && svg.contains(">100</text>"))
    #expect(svg.contains(">800,000</text>"), "km² axis grouped by thousands")
    #expect(svg.contains(">Unknown &amp; other</text>"))
    #expect(svg.contains(">Boundaries: OCHA/AGCHO 2018, CC BY-IGO</text>"))
    // The map page inlines the chart: an id here once hid the page's own legend table.
    #expect(!svg.contains(" id="))
    #if canImport(FoundationXML) || canImport(Darwin)
      let parser = XMLParser(data: Data(svg.utf8))
      #expect(parser.parse(), "\(String(describing: parser.parserError))")
    #endif
  }

  @Test func oneSampleIsDrawnAsABandAndNonFiniteValuesAreRefused() throws {
    let one = SVGChart(
      title: "One day", x: [5], xLabels: ["2021-06-20"],
      series: [SVGChartSeries(key: "taliban", label: "Taliban", color: Self.red)],
      panels: [SVGChartPanel(title: "Districts", values: [[3]])])
    let svg = String(decoding: try SVGChartWriter().render(one), as: UTF8.self)
    #expect(svg.contains("<path data-series=\"taliban\" fill=\"#c0392b\" d=\"M84,"))
    #expect(svg.contains(">2021-06-20</text>"))
    var broken = one
    broken.panels[0].values[0][0] = .nan
    let error = #expect(throws: WriterError.self) { try SVGChartWriter().render(broken) }
    #expect(error == .nonFiniteNumber(file: nil, featureIndex: 0, location: "chart panel 0 series 0"))
  }

  @Test(arguments: [
    (399.0, 100.0, 400.0), (652_000, 200_000, 800_000), (10, 2, 10), (0, 1, 1), (7, 2, 8), (1, 0.2, 1),
  ])
  func axisStepsAreNiceAndCoverTheMaximum(_ maximum: Double, _ step: Double, _ top: Double) {
    let axis = SVGChartWriter.niceAxis(maximum)
    #expect(abs(axis.step - step) < 1e-9 && abs(axis.top - top) < 1e-9, "\(axis)")
  }

  @Test func ticksAreMonthStartsWhenThereAreSomeElseEvenlySpaced() {
    let summer = (0..<92).map { offset -> String in
      // 2021-06-01 … 2021-08-31
      let (month, day) = offset < 30 ? (6, offset + 1) : offset < 61 ? (7, offset - 29) : (8, offset - 60)
      return String(format: "2021-%02d-%02d", month, day)
    }
    #expect(SVGChartWriter.xTicks(summer, count: summer.count) == [0, 30, 61])
    let week = Array(summer[2..<9])
    #expect(SVGChartWriter.xTicks(week, count: week.count) == [0, 1, 2, 4, 5, 6])
    #expect(SVGChartWriter.xTicks(["2021-06-05"], count: 1) == [0])
  }

  @Test func fadedShapesAndLegendSwatchesCarryFillOpacity() throws {
    let map = SVGMap(
      title: "Faded",
      shapes: [
        SVGShape(geometry: .point(Position(easting: 0, northing: 0)), fill: Self.red, opacity: 0.35),
        SVGShape(geometry: .point(Position(easting: 10, northing: 10)), fill: Self.red),
      ],
      legend: [SVGLegendEntry(color: Self.red, label: "Faded: no report in 30 days", count: 1, opacity: 0.35)])
    let svg = String(decoding: try SVGMapWriter().render(map), as: UTF8.self)
    #expect(svg.components(separatedBy: "fill=\"#c0392b\" fill-opacity=\"0.35\"").count - 1 == 2, "one shape, one swatch")
    #expect(svg.contains("Faded: no report in 30 days (1)</text>"))
    #expect(SVGMapWriter.opacityText(1) == "1" && SVGMapWriter.opacityText(0.5) == "0.5" && SVGMapWriter.opacityText(0.05) == "0.05")
    #expect(SVGMapWriter.opacityText(-3) == "0" && SVGMapWriter.opacityText(.nan) == "1")
  }
}
