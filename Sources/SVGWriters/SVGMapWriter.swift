import Foundation
import GeoJSON
import GeoModel

/// Writes an ``SVGMap`` as a standalone SVG file a browser opens as is.
///
/// The view box is fitted to the extent of all shapes and outlines plus ``margin``; the y
/// axis is flipped so north is up; coordinates are rounded to ``decimals`` decimals of a
/// pixel (consecutive duplicate points after rounding are dropped, which keeps
/// full-resolution boundaries small). The legend sits in a box to the right of the map.
/// Output bytes depend only on the input, and the file is replaced atomically.
///
/// ## Example
/// ```swift
/// let map = SVGMap(title: "Districts taken, August 2021", shapes: shapes, outlines: provinces,
///                  legend: [SVGLegendEntry(color: red, label: "Taliban control", count: 120)])
/// try SVGMapWriter().write(map, to: URL(filePath: "august.svg"))
/// ```
public struct SVGMapWriter: Hashable, Sendable {
  /// Width of the map area in pixels (the height follows the data's aspect ratio).
  public var width: Double
  /// Space around the map and legend, in pixels.
  public var margin: Double
  /// Decimals kept in pixel coordinates (1 is plenty on screen; 2 for print).
  public var decimals: Int
  /// Radius of point symbols, in pixels.
  public var pointRadius: Double
  /// Stroke colour of ``SVGMap/outlines``.
  public var outlineColor: SVGColor

  /// Creates a writer.
  /// - Parameters:
  ///   - width: Map width in pixels.
  ///   - margin: Margin in pixels.
  ///   - decimals: Decimals in coordinates (0...15).
  ///   - pointRadius: Point radius in pixels.
  ///   - outlineColor: Colour for outlines.
  public init(
    width: Double = 960, margin: Double = 20, decimals: Int = 1, pointRadius: Double = 3,
    outlineColor: SVGColor = SVGColor(red: 0x44, green: 0x44, blue: 0x44)
  ) {
    self.width = width
    self.margin = margin
    self.decimals = decimals
    self.pointRadius = pointRadius
    self.outlineColor = outlineColor
  }

  /// Title band height: fits a 20 px bold title with breathing room.
  private static let titleHeight = 36.0
  /// Legend geometry in pixels: 14 px swatches on 22 px rows in a 240 px wide box.
  private static let legendWidth = 240.0
  private static let legendRow = 22.0
  private static let swatch = 14.0

  /// Renders the SVG document.
  /// - Parameter map: What to draw.
  /// - Returns: UTF-8 SVG text ending in a newline.
  /// - Throws: ``WriterError/invalidPrecision(_:)`` or ``WriterError/nonFiniteNumber(file:featureIndex:location:)``.
  public func render(_ map: SVGMap) throws(WriterError) -> [UInt8] {
    try render(map, file: nil)
  }

  /// Renders the SVG document reusing the path data of `prepared` when `map` draws the same
  /// geometries (see ``prepare(_:)``); the bytes are the same as ``render(_:)``'s.
  /// - Parameters:
  ///   - map: What to draw.
  ///   - prepared: Paths formatted once for maps of the same geometries, or nil.
  /// - Returns: UTF-8 SVG text ending in a newline.
  /// - Throws: as ``render(_:)``.
  public func render(_ map: SVGMap, prepared: PreparedPaths?) throws(WriterError) -> [UInt8] {
    try render(map, file: nil, prepared: prepared)
  }

  /// Renders and atomically writes the SVG document to `url`.
  /// - Parameters:
  ///   - map: What to draw.
  ///   - url: Output path; an older file stays intact if anything fails.
  /// - Throws: ``WriterError`` naming the file.
  public func write(_ map: SVGMap, to url: URL) throws(WriterError) {
    try write(map, to: url, prepared: nil)
  }

  /// Renders and atomically writes the SVG document to `url`, reusing the path data of
  /// `prepared` when `map` draws the same geometries (see ``prepare(_:)``). The bytes are the
  /// same as ``write(_:to:)``'s.
  /// - Parameters:
  ///   - map: What to draw.
  ///   - url: Output path; an older file stays intact if anything fails.
  ///   - prepared: Paths formatted once for maps of the same geometries, or nil.
  /// - Throws: ``WriterError`` naming the file.
  public func write(_ map: SVGMap, to url: URL, prepared: PreparedPaths?) throws(WriterError) {
    let bytes = try render(map, file: url.path, prepared: prepared)
    let output = try AtomicFileOutput(destination: url)
    output.buffer = bytes
    try output.commit()
  }

  /// The `d` attributes of a map's shapes and outlines, formatted once for a series of maps
  /// that draw the same geometries in the same order with other colours, tooltips and legends
  /// (a snapshot run's daily maps, issue 16): projecting and formatting the paths was most of
  /// a daily map's cost, and they only depend on the geometries and the writer's settings.
  ///
  /// A map matches when the writer's settings are equal and its shapes' geometries and its
  /// outlines equal the prepared ones, position by position (cheap for the same arrays: Swift
  /// compares shared storage by identity). A map that does not match is formatted as usual, so
  /// the output never depends on whether paths were prepared.
  public struct PreparedPaths: Sendable {
    let writer: SVGMapWriter
    let shapes: [Geometry]
    let outlines: [Geometry]
    /// The extent of all shapes and outlines; nil when a position was not finite (then
    /// nothing is reused and rendering reports the error as usual).
    let extent: BoundingBox?
    /// Path data per shape (nil for points, drawn as circles) and per outline.
    let shapePaths: [[UInt8]?]
    let outlinePaths: [[UInt8]?]

    func matches(_ map: SVGMap, writer: SVGMapWriter) -> Bool {
      guard extent != nil, writer == self.writer, map.shapes.count == shapes.count, map.outlines == outlines
      else { return false }
      for (shape, geometry) in zip(map.shapes, shapes) where shape.geometry != geometry { return false }
      return true
    }
  }

  /// Formats the paths of `map`'s shapes and outlines once, for ``write(_:to:prepared:)``.
  /// - Parameter map: A map with the geometries later maps draw (colours and text do not matter).
  /// - Returns: The prepared paths; unusable (never matching) when a position is not finite or
  ///   ``decimals`` is out of range.
  public func prepare(_ map: SVGMap) -> PreparedPaths {
    let geometries = map.shapes.map(\.geometry)
    var extent: BoundingBox?
    do { extent = try Self.extent(of: map, file: nil) } catch { extent = nil }
    var shapePaths: [[UInt8]?] = []
    var outlinePaths: [[UInt8]?] = []
    if let number = DecimalFormatter(decimals: decimals), extent != nil {
      let (project, _) = frame(extent)
      func path(_ geometry: Geometry) -> [UInt8]? {
        var out: [UInt8] = []
        switch geometry {
        case .point, .multiPoint:
          return nil
        case .lineString(let positions):
          appendPath([positions], closed: false, project: project, number: number, to: &out)
        case .polygon, .multiPolygon:
          for rings in Self.polygons(of: geometry) {
            appendPath(rings, closed: true, project: project, number: number, to: &out)
          }
        }
        return out
      }
      shapePaths = geometries.map(path)
      outlinePaths = map.outlines.map(path)
    } else {
      extent = nil
    }
    return PreparedPaths(
      writer: self, shapes: geometries, outlines: map.outlines, extent: extent, shapePaths: shapePaths,
      outlinePaths: outlinePaths)
  }

  /// The extent of all shapes and outlines (nil when there are none).
  private static func extent(of map: SVGMap, file: String?) throws(WriterError) -> BoundingBox? {
    var extent: BoundingBox?
    for (index, shape) in map.shapes.enumerated() {
      try Self.include(shape.geometry, in: &extent, file: file, index: index, location: "SVG shape")
    }
    for (index, outline) in map.outlines.enumerated() {
      try Self.include(outline, in: &extent, file: file, index: index, location: "SVG outline")
    }
    return extent
  }

  /// The projection from map metres to pixels for `extent`, and the scale (pixels per metre).
  private func frame(_ extent: BoundingBox?) -> (project: (Position) -> Position, scale: Double) {
    let box = extent ?? BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1)
    // Uniform scale: fit the width, but never let the map grow taller than 1.25 × the width.
    let spanX = box.width > 0 ? box.width : 1
    let spanY = box.height > 0 ? box.height : 1
    let scale = Swift.min(width / spanX, width * 1.25 / spanY)
    let top = Self.titleHeight + margin
    let margin = self.margin
    return ({ (position: Position) -> Position in
      Position(x: margin + (position.x - box.minX) * scale, y: top + (box.maxY - position.y) * scale)
    }, scale)
  }

  private func render(_ map: SVGMap, file: String?, prepared: PreparedPaths? = nil) throws(WriterError) -> [UInt8] {
    guard let number = DecimalFormatter(decimals: decimals) else { throw .invalidPrecision(decimals) }
    let cached = prepared.flatMap { $0.matches(map, writer: self) ? $0 : nil }
    let extent: BoundingBox?
    if let cached { extent = cached.extent } else { extent = try Self.extent(of: map, file: file) }
    let box = extent ?? BoundingBox(minX: 0, minY: 0, maxX: 1, maxY: 1)
    let (project, scale) = frame(extent)
    let mapWidth = box.width > 0 ? box.width * scale : width
    let mapHeight = box.height > 0 ? box.height * scale : width / 2
    let top = Self.titleHeight + margin
    let legendHeight = map.legend.isEmpty ? 0 : 12 + Double(map.legend.count) * Self.legendRow
    let totalWidth = margin + mapWidth + margin + (map.legend.isEmpty ? 0 : Self.legendWidth + margin)
    // The credit line: 10 px type on an 18 px row under the legend (under the map without one).
    let creditRow = map.credit == nil ? 0.0 : 18.0
    let totalHeight = map.legend.isEmpty
      ? top + mapHeight + creditRow + margin
      : top + Swift.max(mapHeight, legendHeight + creditRow) + margin

    var out: [UInt8] = []
    func text(_ string: String) { out.append(contentsOf: string.utf8) }
    func num(_ value: Double) { _ = number.append(value, to: &out) }

    text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    text("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
    num(totalWidth)
    text("\" height=\"")
    num(totalHeight)
    text("\" viewBox=\"0 0 ")
    num(totalWidth)
    text(" ")
    num(totalHeight)
    text("\" font-family=\"Helvetica, Arial, sans-serif\">\n")
    text("<title>\(Self.escaped(map.title))</title>\n")
    text("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
    text("<text x=\"")
    num(margin)
    text("\" y=\"26\" font-size=\"20\" font-weight=\"bold\">\(Self.escaped(map.title))</text>\n")

    text("<g id=\"shapes\" stroke-linejoin=\"round\">\n")
    for (index, shape) in map.shapes.enumerated() {
      let cachedPath = cached?.shapePaths[index]
      let tooltip = shape.name.map { "<title>\(Self.escaped($0))</title>" }
      var strokeAttributes = shape.stroke.map { " stroke=\"\($0.hex)\" stroke-width=\"0.5\"" } ?? ""
      if let opacity = shape.opacity { strokeAttributes += " fill-opacity=\"\(Self.opacityText(opacity))\"" }
      switch shape.geometry {
      case .point(let position):
        appendCircle(
          project(position), fill: shape.fill, extra: strokeAttributes, tooltip: tooltip, number: number,
          to: &out)
      case .multiPoint(let positions):
        for position in positions {
          appendCircle(
            project(position), fill: shape.fill, extra: strokeAttributes, tooltip: tooltip, number: number,
            to: &out)
        }
      case .lineString(let positions):
        text("<path d=\"")
        if let cachedPath {
          out.append(contentsOf: cachedPath)
        } else {
          appendPath([positions], closed: false, project: project, number: number, to: &out)
        }
        text("\" fill=\"none\" stroke=\"\((shape.stroke ?? shape.fill).hex)\" stroke-width=\"1.5\"")
        close(tooltip, element: "path", to: &out)
      case .polygon, .multiPolygon:
        text("<path d=\"")
        if let cachedPath {
          out.append(contentsOf: cachedPath)
        } else {
          for rings in Self.polygons(of: shape.geometry) {
            appendPath(rings, closed: true, project: project, number: number, to: &out)
          }
        }
        text("\" fill=\"\(shape.fill.hex)\" fill-rule=\"evenodd\"\(strokeAttributes)")
        close(tooltip, element: "path", to: &out)
      }
    }
    text("</g>\n")

    if !map.outlines.isEmpty {
      text("<g id=\"outlines\" fill=\"none\" stroke=\"\(outlineColor.hex)\"")
      text(" stroke-width=\"1\" stroke-linejoin=\"round\">\n")
      for (index, outline) in map.outlines.enumerated() {
        if let cachedPath = cached?.outlinePaths[index] {
          text("<path d=\"")
          out.append(contentsOf: cachedPath)
          text("\"/>\n")
          continue
        }
        switch outline {
        case .point, .multiPoint:
          continue
        case .lineString(let positions):
          text("<path d=\"")
          appendPath([positions], closed: false, project: project, number: number, to: &out)
        case .polygon, .multiPolygon:
          text("<path d=\"")
          for rings in Self.polygons(of: outline) {
            appendPath(rings, closed: true, project: project, number: number, to: &out)
          }
        }
        text("\"/>\n")
      }
      text("</g>\n")
    }

    if !map.legend.isEmpty {
      let left = margin + mapWidth + margin
      text("<g id=\"legend\" font-size=\"13\">\n<rect x=\"")
      num(left)
      text("\" y=\"")
      num(top)
      text("\" width=\"")
      num(Self.legendWidth)
      text("\" height=\"")
      num(legendHeight)
      text("\" fill=\"#ffffff\" stroke=\"#999999\"/>\n")
      for (row, entry) in map.legend.enumerated() {
        let rowTop = top + 10 + Double(row) * Self.legendRow
        text("<rect x=\"")
        num(left + 10)
        text("\" y=\"")
        num(rowTop)
        let swatchOpacity = entry.opacity.map { " fill-opacity=\"\(Self.opacityText($0))\"" } ?? ""
        text("\" width=\"14\" height=\"14\" fill=\"\(entry.color.hex)\"\(swatchOpacity)/>\n<text x=\"")
        num(left + 10 + Self.swatch + 8)
        text("\" y=\"")
        num(rowTop + 12)
        let label = entry.count.map { "\(entry.label) (\($0))" } ?? entry.label
        text("\">\(Self.escaped(label))</text>\n")
      }
      text("</g>\n")
    }
    if let credit = map.credit {
      text("<text x=\"")
      num(map.legend.isEmpty ? margin : margin + mapWidth + margin)
      text("\" y=\"")
      num(top + (map.legend.isEmpty ? mapHeight : legendHeight) + 14)
      text("\" font-size=\"10\" fill=\"#555555\">\(Self.escaped(credit))</text>\n")
    }
    text("</svg>\n")
    return out
  }

  private static func include(
    _ geometry: Geometry, in extent: inout BoundingBox?, file: String?, index: Int, location: String
  ) throws(WriterError) {
    var failure = false
    geometry.forEachPosition { position in
      guard position.x.isFinite && position.y.isFinite else {
        failure = true
        return
      }
      if extent == nil { extent = BoundingBox(position) } else { extent?.formUnion(position) }
    }
    if failure { throw .nonFiniteNumber(file: file, featureIndex: index, location: location) }
  }

  private static func polygons(of geometry: Geometry) -> [[[Position]]] {
    switch geometry {
    case .polygon(let rings): [rings]
    case .multiPolygon(let polygons): polygons
    case .point, .multiPoint, .lineString: []
    }
  }

  private func appendCircle(
    _ center: Position, fill: SVGColor, extra: String, tooltip: String?, number: DecimalFormatter,
    to out: inout [UInt8]
  ) {
    out.append(contentsOf: "<circle cx=\"".utf8)
    _ = number.append(center.x, to: &out)
    out.append(contentsOf: "\" cy=\"".utf8)
    _ = number.append(center.y, to: &out)
    out.append(contentsOf: "\" r=\"".utf8)
    _ = number.append(pointRadius, to: &out)
    out.append(contentsOf: "\" fill=\"\(fill.hex)\"\(extra)".utf8)
    close(tooltip, element: "circle", to: &out)
  }

  private func close(_ tooltip: String?, element: String, to out: inout [UInt8]) {
    if let tooltip {
      out.append(contentsOf: ">\(tooltip)</\(element)>\n".utf8)
    } else {
      out.append(contentsOf: "/>\n".utf8)
    }
  }

  /// Appends `M x,y L x,y x,y … Z` per ring, skipping points equal after rounding.
  private func appendPath(
    _ rings: [[Position]], closed: Bool, project: (Position) -> Position, number: DecimalFormatter,
    to out: inout [UInt8]
  ) {
    var scratch: [UInt8] = []
    for ring in rings where !ring.isEmpty {
      var previous: [UInt8] = []
      var emitted = 0
      for position in ring {
        let point = project(position)
        scratch.removeAll(keepingCapacity: true)
        _ = number.append(point.x, to: &scratch)
        scratch.append(UInt8(ascii: ","))
        _ = number.append(point.y, to: &scratch)
        if emitted > 0 && scratch == previous { continue }
        switch emitted {
        case 0: out.append(UInt8(ascii: "M"))
        case 1: out.append(UInt8(ascii: "L"))
        default: out.append(UInt8(ascii: " "))  // further pairs continue the lineto
        }
        out.append(contentsOf: scratch)
        emitted += 1
        swap(&previous, &scratch)
      }
      if closed { out.append(UInt8(ascii: "Z")) }
    }
  }

  /// An opacity clamped to 0–1 with at most 2 decimals (`0.35`), for `fill-opacity`.
  static func opacityText(_ opacity: Double) -> String {
    let hundredths = Int((Swift.min(1, Swift.max(0, opacity.isFinite ? opacity : 1)) * 100).rounded())
    if hundredths == 100 { return "1" }
    let digits = hundredths < 10 ? "0\(hundredths)" : String(hundredths)
    var text = "0." + digits
    while text.hasSuffix("0") { text.removeLast() }
    return text == "0." ? "0" : text
  }

  /// Escapes XML text and attribute content; drops characters XML 1.0 forbids. The one XML
  /// escape of the package: SVG maps and charts, QGIS styles (QML, SLD) and the map page use it.
  public static func escaped(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\t", "\n", "\r": result.unicodeScalars.append(scalar)
      default:
        if scalar.value >= 0x20 && scalar.value != 0xFFFE && scalar.value != 0xFFFF {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }
}
