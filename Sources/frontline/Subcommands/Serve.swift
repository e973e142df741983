import ArgumentParser
import Chronology
import Extractor
import Foundation
import FrontlineKit
import Layers
import Server

extension FrontlineCommand {
  struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "serve",
      abstract: "Serve the layers as OGC API – Features and a map with a date slider.",
      discussion: """
        Extracts events (or reads --events), folds the control timeline and
        serves it over HTTP until interrupted (Ctrl-C):

          /map                 districts coloured by status for the slider's
                               date; click one for its history. Permalinks:
                               /map?date=2021-08-15&district=AF0101 (the
                               address follows the slider and the selection)
          /                    OGC API – Features landing page (QGIS: add an
                               "OGC API - Features" connection to this URL)
          /collections         district-control, mobilization, events,
                               timeline, provinces, districts
          /near, /lookup       the gazetteer as GeoJSON

        Listens on 127.0.0.1 (this machine only) unless --host says otherwise;
        --port 0 picks a free port. With no reports, serves the bundled
        samples.

        Examples:
          frontline serve
          frontline serve --boundaries adm2.geojson --provinces adm1.geojson
          frontline serve reports/ --port 9000
          frontline serve --events events.jsonl
          frontline serve --cors https://maps.example.org --stale-after 14
          ogrinfo -ro OAPIF:http://127.0.0.1:8080
        """)

    @Argument(help: ArgumentHelp(
      "Report files or directories of .txt reports (none: the bundled samples).", valueName: "report"))
    var reports: [String] = []

    @Option(help: ArgumentHelp("Events as JSON Lines (from `frontline extract`) instead of reports.", valueName: "file"))
    var events: String?

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for reports without one.", valueName: "YYYY-MM-DD"))
    var published: Day?

    @OptionGroup var inputs: LayerInputArguments

    @Option(help: ArgumentHelp("Address to listen on (default 127.0.0.1: this machine only).", valueName: "host"))
    var host: String = "127.0.0.1"

    @Option(help: ArgumentHelp("TCP port (0: any free port).", valueName: "port"))
    var port: Int = 8080

    @Option(help: ArgumentHelp(
      "The map page fades a status whose last report is more than this many days old (default 30).",
      valueName: "days"))
    var staleAfter: Int = ServerConfiguration.defaultStaleAfter

    @Option(help: ArgumentHelp(
      "Let web pages from this origin read the API (CORS): e.g. https://maps.example.org, or * for any (default: none).",
      valueName: "origin"))
    var cors: String?

    @OptionGroup var gazetteer: GazetteerOptions

    func validate() throws {
      try validateStaleAfter(staleAfter)
      if let cors, !Self.isOrigin(cors) {
        throw ValidationError(
          "--cors '\(cors)' is not an origin: give scheme://host[:port] with no path (e.g. https://maps.example.org), or *")
      }
      guard (0...65535).contains(port) else { throw ValidationError("--port must be 0…65535") }
      if events != nil, !reports.isEmpty { throw ValidationError("give reports or --events, not both") }
      if let events, !FileManager.default.fileExists(atPath: events) {
        throw ValidationError("--events \(events): no such file")
      }
      guard !host.isEmpty else { throw ValidationError("--host must name an address, e.g. 127.0.0.1") }
    }

    func run() async throws {
      let index = try gazetteer.load()
      let records = try loadEvents(
        events: events, reports: reports, published: published, index: index, samplesWhenEmpty: true)
      let store = try LayerStore(
        events: records, index: index, boundaries: inputs.districtSource, provinces: inputs.provinceSource,
        baseline: inputs.baseline,
        warn: printWarning)
      let server = try FrontlineServer(store: store, configuration: ServerConfiguration(host: host, port: port, staleAfter: staleAfter, corsOrigin: cors))
      if host != "127.0.0.1", host != "localhost", host != "::1" {
        printWarning("--host \(host): the server is reachable from other machines; it has no authentication")
      }
      let display = host.contains(":") ? "[\(host)]" : host
      try await server.run { bound in
        FileHandleOutput.standardOutput(
          "serving \(records.count) events on http://\(display):\(bound)/ (map: http://\(display):\(bound)/map); Ctrl-C stops\n")
      }
    }

    /// Whether `text` is `*` or an origin as browsers send it (RFC 6454 §6.1): `http` or
    /// `https`, `://`, a host and optionally `:port`, nothing after.
    static func isOrigin(_ text: String) -> Bool {
      if text == "*" { return true }
      guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
        let host = url.host, !host.isEmpty, url.path.isEmpty, url.query == nil, url.fragment == nil, url.user == nil
      else { return false }
      return true
    }
  }
}
