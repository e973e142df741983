import Foundation
import FrontlineKit
import Hummingbird
import Layers
import Logging
import NIOCore
import SVGWriters

/// Where and how `frontline serve` listens.
public struct ServerConfiguration: Sendable, Hashable {
  /// Host or address to bind; loopback by default, so nothing is exposed to the network
  /// unless asked for.
  public var host: String
  /// TCP port; 0 picks a free one (reported through `onListening`).
  public var port: Int
  /// Pending-connection queue length: room for a burst of 1 000 simultaneous clients.
  public var backlog: Int
  /// Days after a district's last report from which the map page fades its status
  /// (`--stale-after`).
  public var staleAfter: Int
  /// The origin allowed to read the API from a browser (`Access-Control-Allow-Origin`), `*`
  /// for any; nil (the default) sends no CORS headers (`--cors`).
  public var corsOrigin: String?

  /// The default of ``staleAfter``: 30 days, the same as `frontline snapshots`.
  public static let defaultStaleAfter = LayerJobOptions.defaultStaleAfter

  public init(
    host: String = "127.0.0.1", port: Int = 8080, backlog: Int = 1024, staleAfter: Int = defaultStaleAfter,
    corsOrigin: String? = nil
  ) {
    self.corsOrigin = corsOrigin
    self.host = host
    self.port = port
    self.backlog = backlog
    self.staleAfter = staleAfter
  }
}

/// The HTTP server behind `frontline serve`: OGC API – Features (Part 1: Core, GeoJSON) over
/// the layers of a ``LayerStore``, the gazetteer's `/near` and `/lookup`, and a map page with a
/// date slider at `/map`.
///
/// | path | answer |
/// |---|---|
/// | `/` | landing page (links: self, service-desc, service-doc, conformance, data) |
/// | `/api` | OpenAPI 3.0 (`application/vnd.oai.openapi+json;version=3.0`) |
/// | `/conformance` | core, geojson, oas30 |
/// | `/collections`, `/collections/{id}` | the six collections |
/// | `/collections/{id}/items` | GeoJSON pages (`limit`, `offset`, `bbox`, `datetime`) |
/// | `/collections/{id}/items/{featureId}` | one GeoJSON feature |
/// | `/near`, `/lookup` | gazetteer queries as GeoJSON |
/// | `/map`, `/map/app.js`, `/map/style.css`, `/map/data.json`, `/map/chart.svg` | the map page |
///
/// Every error is an RFC 7807 problem document with status 400, 404, 405 or 414. Answers of
/// 1 KiB or more are gzipped for clients that accept it; CORS headers are sent when
/// ``ServerConfiguration/corsOrigin`` is set (see `EncodingMiddleware`).
///
/// ## Example
/// ```swift
/// let server = try FrontlineServer(store: store, configuration: ServerConfiguration(port: 0))
/// try await server.run { port in print("listening on \(port)") }
/// ```
public struct FrontlineServer: Sendable {
  /// Longest query string accepted, in bytes (8 KiB: far above any real query, small enough
  /// that a hostile one costs nothing).
  public static let maximumQueryLength = 8 * 1024
  /// Largest `limit` accepted (OGC 17-069r4 §7.15.3 lets a server set a maximum); it covers
  /// every Frontline collection in one page.
  public static let maximumLimit = 10_000

  /// Hummingbird's own log lines (start-up, shutdown, request errors) go to standard error,
  /// so standard output carries only what `frontline serve` itself prints.
  static var logger: Logger {
    var logger = Logger(label: "frontline.serve") { StreamLogHandler.standardError(label: $0) }
    logger.logLevel = .info
    return logger
  }

  let configuration: ServerConfiguration
  let catalog: FeatureCatalog
  let assets: MapAssets

  /// Prepares every answer that does not depend on the request.
  /// - Throws: `WriterError` when an input geometry cannot be encoded; `LayerError` when a
  ///   map shape cannot be transformed.
  public init(store: LayerStore, configuration: ServerConfiguration = ServerConfiguration()) throws {
    self.configuration = configuration
    catalog = try FeatureCatalog(store: store)
    assets = MapAssets(
      data: try MapData.json(store, staleAfter: configuration.staleAfter),
      chart: try SVGChartWriter(plotHeight: 70).render(
        SnapshotJob.chart(store.dailyTally(), credit: store.attribution == nil ? nil : EmbeddedBoundaries.shortAttribution)),
      attribution: store.attribution)
  }

  /// The middleware (content encoding and CORS, problem documents) and every endpoint: what
  /// ``run(onListening:)`` serves, and what route tests drive through HummingbirdTesting.
  func router() -> Router<BasicRequestContext> {
    let router = Router()
    router.add(middleware: EncodingMiddleware(corsOrigin: configuration.corsOrigin))
    router.add(middleware: ProblemMiddleware())
    router.addRoutes(ServerRoutes(catalog: catalog, assets: assets).collection)
    return router
  }

  /// Serves until the surrounding task is cancelled or the process receives SIGINT/SIGTERM.
  /// - Parameter onListening: called once with the bound port (useful with port 0).
  /// - Throws: ``ServerError/cannotStart(address:reason:)`` when the address cannot be bound.
  public func run(onListening: @escaping @Sendable (Int) -> Void = { _ in }) async throws {
    let app = Application(
      router: router(),
      configuration: ApplicationConfiguration(
        address: .hostname(configuration.host, port: configuration.port), serverName: "Frontline",
        backlog: configuration.backlog),
      onServerRunning: { channel in onListening(channel.localAddress?.port ?? 0) },
      logger: Self.logger)
    do {
      try await app.runService()
    } catch is CancellationError {
      return
    } catch {
      throw ServerError.cannotStart(address: "\(configuration.host):\(configuration.port)", reason: "\(error)")
    }
  }
}
