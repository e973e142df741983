import Foundation
import SVGWriters

/// The files of the map page, served from memory: the page, its script and style (written for
/// Frontline, no third-party code, nothing fetched from the network) and the data document.
struct MapAssets: Sendable {
  /// One served file.
  struct File: Sendable {
    let path: String
    let type: String
    let bytes: [UInt8]
  }

  /// `/map`, `/map/app.js`, `/map/style.css`, `/map/data.json`, `/map/chart.svg`.
  let files: [File]

  /// - Parameters:
  ///   - data: the ``MapData`` document.
  ///   - chart: the chart under the slider (`SnapshotJob.chart`, as `snapshots` writes
  ///     `chart.svg`), SVG bytes.
  ///   - attribution: a credit the boundaries require, appended to the page's footer.
  init(data: String, chart: [UInt8] = [], attribution: String? = nil) {
    var html = MapPage.html
    if let attribution {
      html = html.replacingOccurrences(of: "</footer>", with: " \(SVGMapWriter.escaped(attribution)).</footer>")
    }
    files = [
      File(path: "/map", type: "text/html; charset=utf-8", bytes: Array(html.utf8)),
      File(path: "/map/app.js", type: "text/javascript; charset=utf-8", bytes: Array(MapPage.script.utf8)),
      File(path: "/map/style.css", type: "text/css; charset=utf-8", bytes: Array(MapPage.style.utf8)),
      File(path: "/map/data.json", type: "application/json", bytes: Array(data.utf8)),
      File(path: "/map/chart.svg", type: "image/svg+xml", bytes: chart),
    ]
  }
}

/// The map page's text.
enum MapPage {}
