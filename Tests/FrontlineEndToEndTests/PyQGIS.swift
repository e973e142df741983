import Foundation
import FrontlineTestSupport
import Testing

/// Headless QGIS (PyQGIS) as a test client: Debian's `python3-qgis` (QGIS 3.22) under the
/// system Python. Tests that need it skip when it is absent.
enum PyQGIS {
  /// A Python 3 that can `import qgis.core` (the system one first: Debian installs PyQGIS
  /// for `/usr/bin/python3`, which a pyenv `python3` on PATH may hide), or nil.
  static let python: URL? = {
    var candidates = ["/usr/bin/python3"]
    if let onPath = TestPaths.tool("python3") { candidates.append(onPath.path) }
    for path in candidates where FileManager.default.isExecutableFile(atPath: path) {
      let url = URL(fileURLWithPath: path)
      if let result = try? ChildProcess.run(url, ["-c", "import qgis.core"]), result.status == 0 { return url }
    }
    print("skipping PyQGIS tests: no python3 imports qgis.core (apt-get install python3-qgis)")
    return nil
  }()

  /// What QGIS makes of one layer: first as it opens it (default style applied), then after
  /// "Load style" (`loadDefaultStyle()`: the `.qml` beside the file or the GeoPackage's
  /// `layer_styles` row), with the temporal controller's filter for one day.
  struct Layer: Decodable {
    let valid: Bool
    let features: Int
    /// `categorizedSymbol`, `singleSymbol`, …
    let renderer: String?
    /// The categorized renderer's field.
    let attribute: String?
    /// Category value → colour `#rrggbb`.
    let categories: [String: String]?
    let styleLoaded: Bool
    let temporalActive: Bool
    /// `QgsVectorLayerTemporalProperties.TemporalMode`: 1 instant field, 2 start and end fields.
    let temporalMode: Int
    let startField: String
    let endField: String
    /// The filter QGIS applies for [day 00:00 UTC, next day 00:00 UTC).
    let filter: String
    /// Features that pass it.
    let shown: Int
  }

  static let script = """
    import json, os, sys
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import (QgsApplication, QgsDateTimeRange, QgsExpression, QgsFeatureRequest, QgsVectorLayer,
                           QgsVectorLayerTemporalContext)
    from qgis.PyQt.QtCore import QDate, QDateTime, QTime, Qt
    QgsApplication.setPrefixPath("/usr", True)
    app = QgsApplication([], False)
    app.initQgis()
    result = []
    for uri, day in zip(sys.argv[1::2], sys.argv[2::2]):
        layer = QgsVectorLayer(uri, "layer", "ogr")
        renderer = layer.renderer()
        info = {"valid": layer.isValid(), "features": layer.featureCount(),
                "renderer": renderer.type() if renderer else None, "attribute": None, "categories": None}
        if renderer is not None and renderer.type() == "categorizedSymbol":
            info["attribute"] = renderer.classAttribute()
            info["categories"] = {c.value(): c.symbol().color().name() for c in renderer.categories()}
        message, loaded = layer.loadDefaultStyle()
        properties = layer.temporalProperties()
        y, m, d = (int(part) for part in day.split("-"))
        begin = QDateTime(QDate(y, m, d), QTime(0, 0, 0), Qt.UTC)
        context = QgsVectorLayerTemporalContext()
        context.setLayer(layer)
        expression = properties.createFilterString(context, QgsDateTimeRange(begin, begin.addDays(1), True, False)) \\
            if properties.isActive() else ""
        shown = sum(1 for _ in layer.getFeatures(QgsFeatureRequest(QgsExpression(expression)))) if expression else -1
        info.update({"styleLoaded": bool(loaded), "temporalActive": properties.isActive(),
                     "temporalMode": int(properties.mode()), "startField": properties.startField(),
                     "endField": properties.endField(), "filter": expression, "shown": shown})
        result.append(info)
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # app.exitQgis() can crash a headless QGIS 3.22 on the way out
    """

  /// Opens each `(uri, day)` in QGIS; `uri` is a file or `file.gpkg|layername=table`.
  /// - Returns: the layers in order, and QGIS's (and OGR's) standard error.
  static func inspect(_ layers: [(uri: String, day: String)]) throws -> (layers: [Layer], stderr: String) {
    let python = try #require(python)
    let result = try ChildProcess.run(python, ["-c", script] + layers.flatMap { [$0.uri, $0.day] })
    #expect(result.status == 0, "PyQGIS failed: \(result.stderr)")
    let decoded = try JSONDecoder().decode([Layer].self, from: Data(result.stdout.utf8))
    return (decoded, result.stderr)
  }
}

extension LayersSupport {
  /// A Python with GDAL's GeoPackage validator (`osgeo_utils.samples.validate_gpkg`, Debian's
  /// `python3-gdal`) and the module to run with `-m`, or nil.
  static let validateGPKG: (python: URL, module: String)? = {
    let module = "osgeo_utils.samples.validate_gpkg"
    var candidates = ["/usr/bin/python3"]
    if let onPath = TestPaths.tool("python3") { candidates.append(onPath.path) }
    for path in candidates where FileManager.default.isExecutableFile(atPath: path) {
      let url = URL(fileURLWithPath: path)
      if let result = try? ChildProcess.run(url, ["-c", "import \(module)"]), result.status == 0 { return (url, module) }
    }
    return nil
  }()
}
