/// One stacked series of an ``SVGChart``: a key (written as `data-series`), a legend label and
/// a fill colour.
public struct SVGChartSeries: Hashable, Sendable {
  /// Machine-readable key, written as the area's `data-series` attribute (`taliban`).
  public var key: String
  /// Legend text (`Taliban`).
  public var label: String
  /// Fill colour of the area and the legend swatch.
  public var color: SVGColor

  /// Creates a series.
  /// - Parameters:
  ///   - key: `data-series` value.
  ///   - label: Legend text.
  ///   - color: Fill colour.
  public init(key: String, label: String, color: SVGColor) {
    self.key = key
    self.label = label
    self.color = color
  }
}

/// One panel of an ``SVGChart``: a stacked area plot sharing the chart's x axis.
public struct SVGChartPanel: Hashable, Sendable {
  /// Text above the plot (`Districts`, `Area (km²)`).
  public var title: String
  /// Values by series (in the order of ``SVGChart/series``), then by x (in the order of
  /// ``SVGChart/x``); stacked bottom to top in series order. Negative values count as 0.
  public var values: [[Double]]

  /// Creates a panel.
  /// - Parameters:
  ///   - title: Panel title.
  ///   - values: One array per series, one value per x.
  public init(title: String, values: [[Double]]) {
    self.title = title
    self.values = values
  }
}

/// A running tally drawn by ``SVGChartWriter``: stacked areas over a shared x axis (days), one
/// panel per quantity, with a legend of the series.
///
/// ## Example
/// ```swift
/// let chart = SVGChart(
///   title: "District control", x: [0, 7, 14], xLabels: ["2021-06-20", "2021-06-27", "2021-07-04"],
///   series: [SVGChartSeries(key: "taliban", label: "Taliban", color: red)],
///   panels: [SVGChartPanel(title: "Districts", values: [[3, 10, 40]])])
/// let bytes = try SVGChartWriter().render(chart)
/// ```
public struct SVGChart: Hashable, Sendable {
  /// The chart title, drawn at the top and used as the document `<title>`.
  public var title: String
  /// Position of each sample on the x axis, ascending (for days: a day number, so that unequal
  /// steps are drawn to scale).
  public var x: [Double]
  /// Label of each sample (`2021-06-20`); axis ticks pick some of them.
  public var xLabels: [String]
  /// The stacked series, bottom to top.
  public var series: [SVGChartSeries]
  /// The panels, top to bottom.
  public var panels: [SVGChartPanel]
  /// A credit line drawn in small type under the chart, or nil.
  public var credit: String?
  /// A short note drawn in small grey type after the legend (what is not drawn), or nil.
  public var note: String?

  /// Creates a chart description.
  /// - Parameters:
  ///   - title: Title text.
  ///   - x: Sample positions, ascending.
  ///   - xLabels: One label per sample.
  ///   - series: Stacked series, bottom to top.
  ///   - panels: Panels, top to bottom.
  ///   - credit: Attribution line, or nil.
  ///   - note: A note after the legend, or nil.
  public init(
    title: String, x: [Double], xLabels: [String], series: [SVGChartSeries], panels: [SVGChartPanel],
    credit: String? = nil, note: String? = nil
  ) {
    self.note = note
    self.title = title
    self.x = x
    self.xLabels = xLabels
    self.series = series
    self.panels = panels
    self.credit = credit
  }
}
