import Foundation
import Testing

@testable import Server

/// The map page's HTML, CSS and script are edited as files (Sources/Server/MapPage/Resources)
/// and embedded by Scripts/embed-map-page.py, so the binary needs no file at run time. These
/// fail when the generated Swift no longer holds the files' bytes.
struct MapPageAssetsTests {
  static let resources = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Sources/Server/MapPage/Resources")

  @Test(arguments: [("map.html", MapPage.html), ("map.css", MapPage.style), ("map.js", MapPage.script)])
  func embeddedAssetMatchesItsFile(_ file: String, _ embedded: String) throws {
    let text = try String(contentsOf: Self.resources.appendingPathComponent(file), encoding: .utf8)
    #expect(
      Array(embedded.utf8) == Array(text.utf8),
      "\(file) changed: run `python3 Scripts/embed-map-page.py` to regenerate MapPage+Generated.swift")
  }
}
