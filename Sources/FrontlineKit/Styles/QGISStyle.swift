import Layers
import SVGWriters
import Timeline

/// The QGIS style Frontline ships with a layer, so it opens coloured by status (and, for the
/// timeline and snapshot tables, animated by the temporal controller) without set-up.
///
/// It is written two ways: as a `.qml` file next to each GeoJSON layer of `run`/`export`
/// (QGIS loads `NAME.qml` beside `NAME.geojson` as the layer's default style), and as a row of
/// the `layer_styles` table of each GeoPackage (QGIS's convention for styles stored in the
/// data source, with `useAsDefault` set; see ``GeoPackageLayers``).
///
/// Colours are ``SnapshotJob/palette`` and labels ``SnapshotJob/labels``, the ones of the SVG
/// maps and the map page of `serve`. Status layers (`district-control`, `timeline`, the
/// `*_snapshots` tables) get a categorized renderer on `status`; `mobilization` and `events`
/// a single symbol.
///
/// The QML follows QGIS 3.22's layer style format (`<qgis>` root, `renderer-v2`, and the
/// `temporal` element of `QgsVectorLayerTemporalProperties::writeXml`): mode 1 is "single
/// field with date/time", mode 2 "separate fields for start and end date/time"; `limitMode`
/// 1 is "include start, include end", matching the inclusive `[valid_from, valid_to]`.
/// QGIS 3.22 and later read it.
struct QGISStyle: Hashable, Sendable {
  /// How the features are drawn.
  enum Renderer: Hashable, Sendable {
    /// One symbol per value of `status`, in ``ControlStatus`` order.
    case byStatus
    /// One symbol for every feature, in this colour.
    case single(SVGColor)
  }

  /// What the temporal controller uses.
  enum Temporal: Hashable, Sendable {
    /// Not animated.
    case none
    /// "Single field with date/time": each row is an instant (a snapshot day, 00:00 UTC),
    /// shown in the controller's frame that starts with it (event duration 0: QGIS 3.22
    /// compares GeoPackage DATETIME text, and a duration's `>` bound lets the previous
    /// snapshot in; step the controller by the `--every` step instead).
    case instant(field: String)
    /// "Separate fields for start and end date/time", inclusive `[start, end]` (limits
    /// "include start, include end").
    case interval(start: String, end: String)
  }

  /// The style's name (`frontline`).
  var name: String = "frontline"
  /// The renderer.
  var renderer: Renderer
  /// Whether features are points (marker symbols) rather than polygons (fill symbols).
  var isPoint: Bool
  /// The temporal settings.
  var temporal: Temporal

  /// Colour of the single-symbol layers: events (dark slate, readable over every status fill)
  /// and mobilization provinces (purple, a colour no status uses).
  static let eventColor = SVGColor(red: 0x2c, green: 0x3e, blue: 0x50)
  static let mobilizationColor = SVGColor(red: 0x8e, green: 0x44, blue: 0xad)

  /// The style of a layer written by `run`/`export` (and the GeoPackage tables of the same name).
  /// - Parameter isPoint: whether the layer's geometries are points (`--boundaries none`).
  static func forLayer(_ layer: Layer, isPoint: Bool) -> QGISStyle {
    switch layer {
    case .districtControl:
      QGISStyle(renderer: .byStatus, isPoint: isPoint, temporal: .none)
    case .timeline:
      QGISStyle(renderer: .byStatus, isPoint: isPoint, temporal: .interval(start: "valid_from", end: "valid_to"))
    case .mobilization:
      QGISStyle(renderer: .single(mobilizationColor), isPoint: isPoint, temporal: .none)
    case .events:
      QGISStyle(renderer: .single(eventColor), isPoint: true, temporal: .none)
    }
  }

  /// The style of a `*_snapshots` table: the layer's, animated by `snapshot_date`.
  static func forSnapshots(of layer: Layer, isPoint: Bool) -> QGISStyle {
    var style = forLayer(layer, isPoint: isPoint)
    style.temporal = .instant(field: "snapshot_date")
    return style
  }

  /// The categories of a status renderer: value, legend label, colour.
  static var statusCategories: [(value: String, label: String, color: SVGColor)] {
    ControlStatus.allCases.sorted().map { status in
      (status.rawValue, SnapshotJob.labels[status] ?? status.rawValue, SnapshotJob.palette[status] ?? SVGColor(red: 255, green: 255, blue: 255))
    }
  }

  // MARK: - QML

  /// The style as a QGIS `.qml` document (UTF-8 text, LF line ends, final newline).
  var qml: String {
    var lines = [
      "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>",
      "<qgis version=\"3.22.0\" styleCategories=\"Symbology|Temporal\">",
    ]
    lines += temporalElement.map { "  " + $0 }
    switch renderer {
    case .byStatus:
      lines.append("  <renderer-v2 type=\"categorizedSymbol\" attr=\"status\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">")
      lines.append("    <categories>")
      for (index, category) in Self.statusCategories.enumerated() {
        lines.append(
          "      <category render=\"true\" value=\"\(SVGMapWriter.escaped(category.value))\" symbol=\"\(index)\" label=\"\(SVGMapWriter.escaped(category.label))\"/>")
      }
      lines.append("    </categories>")
      lines.append("    <symbols>")
      for (index, category) in Self.statusCategories.enumerated() {
        lines += symbol(name: String(index), color: category.color).map { "      " + $0 }
      }
      lines.append("    </symbols>")
      lines.append("  </renderer-v2>")
    case .single(let color):
      lines.append("  <renderer-v2 type=\"singleSymbol\" symbollevels=\"0\" enableorderby=\"0\" forceraster=\"0\">")
      lines.append("    <symbols>")
      lines += symbol(name: "0", color: color).map { "      " + $0 }
      lines.append("    </symbols>")
      lines.append("  </renderer-v2>")
    }
    lines.append("</qgis>")
    return lines.joined(separator: "\n") + "\n"
  }

  private var temporalElement: [String] {
    // limitMode 1: "include start, include end" (0 would exclude the end).
    let (enabled, mode, start, end, limit): (Int, Int, String, String, Int) =
      switch temporal {
      case .none: (0, 0, "", "", 0)
      case .instant(let field): (1, 1, field, "", 0)
      case .interval(let from, let to): (1, 2, from, to, 1)
      }
    return [
      "<temporal enabled=\"\(enabled)\" mode=\"\(mode)\" startField=\"\(start)\" endField=\"\(end)\" limitMode=\"\(limit)\" "
        + "accumulate=\"0\" startExpression=\"\" endExpression=\"\" durationField=\"\" durationUnit=\"d\" fixedDuration=\"0\">",
      "  <fixedRange>",
      "    <start></start>",
      "    <end></end>",
      "  </fixedRange>",
      "</temporal>",
    ]
  }

  /// A fill (or, for points, a circle marker) symbol with a thin white outline.
  private func symbol(name: String, color: SVGColor) -> [String] {
    let rgba = "\(color.red),\(color.green),\(color.blue),255"
    let (type, layerClass, options): (String, String, [(String, String)]) =
      isPoint
      ? ("marker", "SimpleMarker", [
        ("color", rgba), ("name", "circle"), ("outline_color", "255,255,255,255"), ("outline_style", "solid"),
        ("outline_width", "0.2"), ("outline_width_unit", "MM"), ("size", "2.6"), ("size_unit", "MM"),
      ])
      : ("fill", "SimpleFill", [
        ("color", rgba), ("outline_color", "255,255,255,255"), ("outline_style", "solid"), ("outline_width", "0.1"),
        ("outline_width_unit", "MM"), ("style", "solid"),
      ])
    var lines = [
      "<symbol type=\"\(type)\" name=\"\(name)\" alpha=\"1\" clip_to_extent=\"1\" force_rhr=\"0\">",
      "  <layer class=\"\(layerClass)\" pass=\"0\" enabled=\"1\" locked=\"0\">",
      "    <Option type=\"Map\">",
    ]
    for (key, value) in options {
      lines.append("      <Option type=\"QString\" name=\"\(key)\" value=\"\(value)\"/>")
    }
    lines += ["    </Option>", "  </layer>", "</symbol>"]
    return lines
  }

  // MARK: - SLD

  /// The style as an OGC SLD 1.1 document (what `layer_styles.styleSLD` holds): one rule per
  /// status, or one rule; the temporal settings have no SLD form.
  /// - Parameter layerName: the `NamedLayer` name (the table).
  func sld(layerName: String) -> String {
    var lines = [
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
      "<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\" xmlns:ogc=\"http://www.opengis.net/ogc\" "
        + "xmlns:se=\"http://www.opengis.net/se\" version=\"1.1.0\">",
      "  <NamedLayer>",
      "    <se:Name>\(SVGMapWriter.escaped(layerName))</se:Name>",
      "    <UserStyle>",
      "      <se:Name>\(SVGMapWriter.escaped(name))</se:Name>",
      "      <se:FeatureTypeStyle>",
    ]
    switch renderer {
    case .byStatus:
      for category in Self.statusCategories {
        lines += rule(name: category.label, status: category.value, color: category.color).map { "        " + $0 }
      }
    case .single(let color):
      lines += rule(name: name, status: nil, color: color).map { "        " + $0 }
    }
    lines += ["      </se:FeatureTypeStyle>", "    </UserStyle>", "  </NamedLayer>", "</StyledLayerDescriptor>"]
    return lines.joined(separator: "\n") + "\n"
  }

  private func rule(name: String, status: String?, color: SVGColor) -> [String] {
    var lines = ["<se:Rule>", "  <se:Name>\(SVGMapWriter.escaped(name))</se:Name>"]
    if let status {
      lines += [
        "  <ogc:Filter>",
        "    <ogc:PropertyIsEqualTo><ogc:PropertyName>status</ogc:PropertyName><ogc:Literal>\(SVGMapWriter.escaped(status))</ogc:Literal></ogc:PropertyIsEqualTo>",
        "  </ogc:Filter>",
      ]
    }
    let fill = "<se:Fill><se:SvgParameter name=\"fill\">\(color.hex)</se:SvgParameter></se:Fill>"
    let stroke = "<se:Stroke><se:SvgParameter name=\"stroke\">#ffffff</se:SvgParameter></se:Stroke>"
    if isPoint {
      lines += [
        "  <se:PointSymbolizer><se:Graphic><se:Mark><se:WellKnownName>circle</se:WellKnownName>\(fill)\(stroke)</se:Mark>"
          + "<se:Size>9</se:Size></se:Graphic></se:PointSymbolizer>"
      ]
    } else {
      lines.append("  <se:PolygonSymbolizer>\(fill)\(stroke)</se:PolygonSymbolizer>")
    }
    lines.append("</se:Rule>")
    return lines
  }

}
