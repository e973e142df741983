import GeoModel

/// One filled shape on an ``SVGMap``: a polygon, multipolygon, line or point(s).
///
/// Positions must already be projected (metres in a projected CRS such as UTM 42N, EPSG:32642):
/// the SVG writer scales uniformly, so degrees would be distorted.
public struct SVGShape: Hashable, Sendable {
  /// Geometry in projected metres (`x` easting, `y` northing).
  public var geometry: Geometry
  /// Fill colour (the stroke colour for lines).
  public var fill: SVGColor
  /// Optional border colour.
  public var stroke: SVGColor?
  /// Shown as a `<title>` tooltip when the pointer hovers the shape.
  public var name: String?
  /// Fill opacity, 0–1 (`fill-opacity`; nil draws the fill opaque): a faded fill.
  public var opacity: Double?

  /// Creates a shape.
  /// - Parameters:
  ///   - geometry: Projected geometry.
  ///   - fill: Fill colour.
  ///   - stroke: Optional border colour.
  ///   - name: Optional tooltip text.
  ///   - opacity: Optional fill opacity, 0–1.
  public init(geometry: Geometry, fill: SVGColor, stroke: SVGColor? = nil, name: String? = nil, opacity: Double? = nil) {
    self.geometry = geometry
    self.fill = fill
    self.stroke = stroke
    self.name = name
    self.opacity = opacity
  }
}

/// One row of the legend box: a colour swatch, a label and an optional count.
public struct SVGLegendEntry: Hashable, Sendable {
  /// Swatch colour.
  public var color: SVGColor
  /// Text after the swatch.
  public var label: String
  /// Shown as `label (count)` when present.
  public var count: Int?
  /// Swatch fill opacity, 0–1 (nil: opaque), matching faded ``SVGShape/opacity``.
  public var opacity: Double?

  /// Creates a legend row.
  /// - Parameters:
  ///   - color: Swatch colour.
  ///   - label: Row text.
  ///   - count: Optional count appended in parentheses.
  ///   - opacity: Optional swatch opacity, 0–1.
  public init(color: SVGColor, label: String, count: Int? = nil, opacity: Double? = nil) {
    self.color = color
    self.label = label
    self.count = count
    self.opacity = opacity
  }
}

/// Everything drawn by ``SVGMapWriter``: filled shapes, outline overlays, title and legend.
public struct SVGMap: Hashable, Sendable {
  /// The map title, drawn above the map and used as the document `<title>`.
  public var title: String
  /// Filled shapes, drawn in order (later on top).
  public var shapes: [SVGShape]
  /// Unfilled outlines (e.g. province borders) drawn above the shapes.
  public var outlines: [Geometry]
  /// Legend rows, top to bottom; no legend box when empty.
  public var legend: [SVGLegendEntry]
  /// A credit line (data attribution) drawn in small type below the legend, or below the map
  /// without a legend; nil draws none.
  public var credit: String?

  /// Creates a map description.
  /// - Parameters:
  ///   - title: Title text.
  ///   - shapes: Filled shapes in drawing order.
  ///   - outlines: Outline geometries.
  ///   - legend: Legend rows.
  ///   - credit: Attribution line, or nil.
  public init(
    title: String, shapes: [SVGShape], outlines: [Geometry] = [], legend: [SVGLegendEntry] = [], credit: String? = nil
  ) {
    self.title = title
    self.shapes = shapes
    self.outlines = outlines
    self.legend = legend
    self.credit = credit
  }
}
