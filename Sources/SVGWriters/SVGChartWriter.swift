import Foundation
import GeoJSON

/// Writes an ``SVGChart`` as a standalone SVG file: a title, a legend row, then one stacked
/// area plot per panel over a shared x axis.
///
/// Layout, in pixels: ``width`` wide; a 36 px title band, a 22 px legend row, then per panel an
/// 18 px title, a ``plotHeight`` plot and a 20 px band of x labels. The y axis of each panel runs
/// from 0 to a "nice" maximum (1, 2, 2.5 or 5 × 10ⁿ steps, four or five of them) above the
/// largest stacked total, with light grid lines at the ticks. x ticks are the first days of
/// months when the samples span two to twelve of them (labels `YYYY-MM-DD`), plus the first and
/// last sample when clear of them, else up to six evenly spaced samples. Coordinates are rounded to ``decimals`` decimals; the bytes depend
/// only on the input.
///
/// The root element carries `data-plot-left`, `data-plot-right` (the x pixels of the first and
/// last sample), `data-plot-top`, `data-plot-bottom` (the top of the first plot and the bottom
/// of the last) and `data-from`, `data-to` (the first and last label), so a page can place a
/// marker at a day. Each area is a `<path>` with `data-series` = the series key. No element has
/// an `id`, so the chart can be inlined into a page without clashing with the page's ids.
public struct SVGChartWriter: Hashable, Sendable {
  /// Total width in pixels.
  public var width: Double
  /// Height of each panel's plot area in pixels.
  public var plotHeight: Double
  /// Space around the chart, in pixels.
  public var margin: Double
  /// Decimals kept in pixel coordinates.
  public var decimals: Int

  /// Creates a writer.
  /// - Parameters:
  ///   - width: Chart width in pixels.
  ///   - plotHeight: Height of each plot in pixels.
  ///   - margin: Margin in pixels.
  ///   - decimals: Decimals in coordinates (0...15).
  public init(width: Double = 960, plotHeight: Double = 160, margin: Double = 20, decimals: Int = 1) {
    self.width = width
    self.plotHeight = plotHeight
    self.margin = margin
    self.decimals = decimals
  }

  /// Title band: a 20 px bold title with breathing room (as ``SVGMapWriter``).
  private static let titleHeight = 36.0
  /// Legend row under the title: 14 px swatches, 13 px text.
  private static let legendHeight = 22.0
  /// Panel title row and x-label row heights.
  private static let panelTitleHeight = 18.0
  private static let axisHeight = 20.0
  /// Room left of the plots for y tick labels such as `650,000`.
  private static let axisLabelWidth = 64.0

  /// Renders the SVG document.
  /// - Parameter chart: What to draw.
  /// - Returns: UTF-8 SVG text ending in a newline.
  /// - Throws: ``WriterError/invalidPrecision(_:)``, or ``WriterError/nonFiniteNumber(file:featureIndex:location:)``
  ///   for a NaN or infinite x or value (`featureIndex` is the sample's index).
  public func render(_ chart: SVGChart) throws(WriterError) -> [UInt8] {
    try render(chart, file: nil)
  }

  /// Renders and atomically writes the SVG document to `url`.
  /// - Throws: ``WriterError`` naming the file.
  public func write(_ chart: SVGChart, to url: URL) throws(WriterError) {
    let bytes = try render(chart, file: url.path)
    let output = try AtomicFileOutput(destination: url)
    output.buffer = bytes
    try output.commit()
  }

  private func render(_ chart: SVGChart, file: String?) throws(WriterError) -> [UInt8] {
    guard let number = DecimalFormatter(decimals: decimals) else { throw .invalidPrecision(decimals) }
    for (index, x) in chart.x.enumerated() where !x.isFinite {
      throw .nonFiniteNumber(file: file, featureIndex: index, location: "chart x")
    }
    for (p, panel) in chart.panels.enumerated() {
      for (s, values) in panel.values.enumerated() {
        for (index, value) in values.enumerated() where !value.isFinite {
          throw .nonFiniteNumber(file: file, featureIndex: index, location: "chart panel \(p) series \(s)")
        }
      }
    }
    // One sample is drawn as a band one unit wide around it.
    var xs = chart.x
    var repeated = false
    if xs.count == 1 {
      xs = [xs[0] - 0.5, xs[0] + 0.5]
      repeated = true
    }
    let minX = xs.min() ?? 0
    let maxX = xs.max() ?? 1
    let plotLeft = margin + Self.axisLabelWidth
    // Room right of the plot for half of the last x label (`2021-08-31` is about 60 px wide).
    let plotRight = width - margin - 32
    let spanX = maxX > minX ? maxX - minX : 1
    func px(_ x: Double) -> Double { plotLeft + (x - minX) / spanX * (plotRight - plotLeft) }
    let panelHeight = Self.panelTitleHeight + plotHeight + Self.axisHeight
    let firstTop = Self.titleHeight + Self.legendHeight + margin / 2
    let creditRow = chart.credit == nil ? 0.0 : 16.0
    let totalHeight = firstTop + Double(chart.panels.count) * panelHeight + creditRow + margin / 2
    var ticks = Self.xTicks(chart.xLabels, count: chart.x.count)
    // The first and last days are labelled too when they are clear of the month ticks (70 px:
    // a `YYYY-MM-DD` label is about 60 px wide in 11 px type).
    let labelled = Swift.min(chart.x.count, chart.xLabels.count)
    if labelled > 1 {
      for end in [0, labelled - 1] where !ticks.contains(end) {
        if ticks.allSatisfy({ abs(px(chart.x[$0]) - px(chart.x[end])) >= 70 }) { ticks.append(end) }
      }
      ticks.sort()
    }

    var out: [UInt8] = []
    func text(_ string: String) { out.append(contentsOf: string.utf8) }
    func num(_ value: Double) { _ = number.append(value, to: &out) }

    text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    text("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
    num(width)
    text("\" height=\"")
    num(totalHeight)
    text("\" viewBox=\"0 0 ")
    num(width)
    text(" ")
    num(totalHeight)
    text("\" font-family=\"Helvetica, Arial, sans-serif\" data-plot-left=\"")
    num(px(chart.x.first ?? minX))
    text("\" data-plot-right=\"")
    num(px(chart.x.last ?? maxX))
    text("\" data-plot-top=\"")
    num(firstTop + Self.panelTitleHeight)
    text("\" data-plot-bottom=\"")
    num(firstTop + Double(max(chart.panels.count, 1) - 1) * panelHeight + Self.panelTitleHeight + plotHeight)
    text("\" data-from=\"\(SVGMapWriter.escaped(chart.xLabels.first ?? ""))\"")
    text(" data-to=\"\(SVGMapWriter.escaped(chart.xLabels.last ?? ""))\">\n")
    text("<title>\(SVGMapWriter.escaped(chart.title))</title>\n")
    text("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
    text("<text x=\"")
    num(margin)
    text("\" y=\"26\" font-size=\"20\" font-weight=\"bold\">\(SVGMapWriter.escaped(chart.title))</text>\n")

    // Legend: swatch and label per series, left to right, in stacking order.
    text("<g class=\"legend\" font-size=\"13\">\n")
    var left = plotLeft
    for series in chart.series {
      text("<rect x=\"")
      num(left)
      text("\" y=\"")
      num(Self.titleHeight + 2)
      text("\" width=\"14\" height=\"14\" fill=\"\(series.color.hex)\"/>\n<text x=\"")
      num(left + 20)
      text("\" y=\"")
      num(Self.titleHeight + 14)
      text("\">\(SVGMapWriter.escaped(series.label))</text>\n")
      // 7.5 px per character of 13 px Helvetica is generous, so labels never overlap.
      left += 20 + Double(series.label.count) * 7.5 + 18
    }
    if let note = chart.note {
      text("<text class=\"note\" x=\"")
      num(left)
      text("\" y=\"")
      num(Self.titleHeight + 14)
      text("\" font-size=\"11\" fill=\"#555555\">\(SVGMapWriter.escaped(note))</text>\n")
    }
    text("</g>\n")

    for (p, panel) in chart.panels.enumerated() {
      let top = firstTop + Double(p) * panelHeight + Self.panelTitleHeight
      let bottom = top + plotHeight
      // Stacked totals per sample.
      let count = chart.x.count
      var lower = [Double](repeating: 0, count: count)
      var bands: [(series: SVGChartSeries, lower: [Double], upper: [Double])] = []
      for (s, series) in chart.series.enumerated() {
        let values = s < panel.values.count ? panel.values[s] : []
        let upper = (0..<count).map { i in lower[i] + Swift.max(0, i < values.count ? values[i] : 0) }
        bands.append((series, lower, upper))
        lower = upper
      }
      let (step, top0) = Self.niceAxis(lower.max() ?? 0)
      func py(_ value: Double) -> Double { bottom - value / top0 * plotHeight }

      text("<g class=\"panel\" data-panel=\"\(p)\">\n<text x=\"")
      num(plotLeft)
      text("\" y=\"")
      num(top - 5)
      text("\" font-size=\"13\" font-weight=\"bold\">\(SVGMapWriter.escaped(panel.title))</text>\n")
      // Grid lines and y labels.
      text("<g class=\"y-axis\" font-size=\"11\" fill=\"#555555\" text-anchor=\"end\">\n")
      for k in 0...Int((top0 / step).rounded()) {
        let tick = Double(k) * step
        text("<line x1=\"")
        num(plotLeft)
        text("\" x2=\"")
        num(plotRight)
        text("\" y1=\"")
        num(py(tick))
        text("\" y2=\"")
        num(py(tick))
        text("\" stroke=\"#dddddd\" stroke-width=\"1\"/>\n<text x=\"")
        num(plotLeft - 6)
        text("\" y=\"")
        num(py(tick) + 4)
        text("\">\(Self.grouped(tick))</text>\n")
      }
      text("</g>\n")
      // Areas, bottom to top.
      for band in bands where band.upper != band.lower {
        let upper = repeated ? [band.upper[0], band.upper[0]] : band.upper
        let lowerEdge = repeated ? [band.lower[0], band.lower[0]] : band.lower
        text("<path data-series=\"\(SVGMapWriter.escaped(band.series.key))\" fill=\"\(band.series.color.hex)\" d=\"")
        for (i, x) in xs.enumerated() {
          text(i == 0 ? "M" : "L")
          num(px(x))
          text(",")
          num(py(upper[i]))
        }
        for (i, x) in xs.enumerated().reversed() {
          text("L")
          num(px(x))
          text(",")
          num(py(lowerEdge[i]))
        }
        text("Z\"/>\n")
      }
      // x axis: baseline, ticks and labels.
      text("<g class=\"x-axis\" font-size=\"11\" fill=\"#555555\" text-anchor=\"middle\">\n<line x1=\"")
      num(plotLeft)
      text("\" x2=\"")
      num(plotRight)
      text("\" y1=\"")
      num(bottom)
      text("\" y2=\"")
      num(bottom)
      text("\" stroke=\"#555555\" stroke-width=\"1\"/>\n")
      for index in ticks {
        let x = px(chart.x[index])
        text("<line x1=\"")
        num(x)
        text("\" x2=\"")
        num(x)
        text("\" y1=\"")
        num(bottom)
        text("\" y2=\"")
        num(bottom + 4)
        text("\" stroke=\"#555555\" stroke-width=\"1\"/>\n<text x=\"")
        num(x)
        text("\" y=\"")
        num(bottom + 15)
        text("\">\(SVGMapWriter.escaped(chart.xLabels[index]))</text>\n")
      }
      text("</g>\n</g>\n")
    }
    if let credit = chart.credit {
      text("<text x=\"")
      num(margin)
      text("\" y=\"")
      num(totalHeight - margin / 2 - 4)
      text("\" font-size=\"10\" fill=\"#555555\">\(SVGMapWriter.escaped(credit))</text>\n")
    }
    text("</svg>\n")
    return out
  }

  /// The axis step and top for values up to `maximum`: the smallest step of 1, 2, 2.5 or 5 ×
  /// 10ⁿ that covers `maximum` in at most five steps, and the multiple of it at or above
  /// `maximum` (a step of 1 and a top of 1 when `maximum` ≤ 0).
  static func niceAxis(_ maximum: Double) -> (step: Double, top: Double) {
    guard maximum > 0, maximum.isFinite else { return (1, 1) }
    let raw = maximum / 5
    var magnitude = 1.0
    while magnitude * 10 <= raw { magnitude *= 10 }
    while magnitude > raw { magnitude /= 10 }
    for factor in [1.0, 2, 2.5, 5, 10] where factor * magnitude >= raw {
      let step = factor * magnitude
      return (step, (maximum / step).rounded(.up) * step)
    }
    return (10 * magnitude, (maximum / (10 * magnitude)).rounded(.up) * 10 * magnitude)
  }

  /// The indices of the samples that get an x tick: those labelled as a month's first day
  /// (`YYYY-MM-01`) when there are two to twelve, else up to six evenly spaced ones, first and
  /// last included.
  static func xTicks(_ labels: [String], count: Int) -> [Int] {
    let usable = Swift.min(labels.count, count)
    guard usable > 0 else { return [] }
    let months = (0..<usable).filter { labels[$0].count == 10 && labels[$0].hasSuffix("-01") }
    if (2...12).contains(months.count) { return months }
    let slots = Swift.min(usable, 6)
    guard slots > 1 else { return [0] }
    var indices: [Int] = []
    for k in 0..<slots {
      let index = Int((Double(k) * Double(usable - 1) / Double(slots - 1)).rounded())
      if indices.last != index { indices.append(index) }
    }
    return indices
  }

  /// An axis value with thousands grouped by commas (`650,000`; `2.5` keeps its decimal).
  static func grouped(_ value: Double) -> String {
    let whole = Int(value.rounded(.towardZero))
    let fraction = value - Double(whole)
    var digits = String(whole.magnitude)
    var groups: [String] = []
    while digits.count > 3 {
      groups.insert(String(digits.suffix(3)), at: 0)
      digits.removeLast(3)
    }
    groups.insert(digits, at: 0)
    var text = (whole < 0 ? "-" : "") + groups.joined(separator: ",")
    if abs(fraction) >= 0.05 { text += "." + String(Int((abs(fraction) * 10).rounded())) }
    return text
  }
}
