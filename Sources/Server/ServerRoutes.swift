import Foundation
import FrontlineKit
import Gazetteer
import Hummingbird
import Layers

/// The endpoints, as one Hummingbird `RouteCollection` answering GET and HEAD; path
/// parameters (`:collectionId`, `:featureId`) are read through the router's typed parameters.
struct ServerRoutes: Sendable {
  let catalog: FeatureCatalog
  let assets: MapAssets
  let locator: PlaceLocator

  init(catalog: FeatureCatalog, assets: MapAssets) {
    self.catalog = catalog
    self.assets = assets
    locator = catalog.store.index.locator(level: .district)
  }

  /// Every endpoint, for `router.addRoutes(_:)`.
  var collection: RouteCollection<BasicRequestContext> {
    let router = RouteCollection(context: BasicRequestContext.self)
    route(router, "/") { request, _, base in
      try Self.checkNoParameters(request, allowed: ["f"])
      return Self.reply(OGCDocuments.landing(base: base), type: OGCDocuments.json)
    }
    route(router, "/api") { request, _, base in
      try Self.checkNoParameters(request, allowed: ["f"])
      return Self.reply(OpenAPIDocument.json(base: base), type: OGCDocuments.openAPI)
    }
    route(router, "/conformance") { request, _, _ in
      try Self.checkNoParameters(request, allowed: ["f"])
      return Self.reply(OGCDocuments.conformance(), type: OGCDocuments.json)
    }
    route(router, "/collections") { [catalog] request, _, base in
      try Self.checkNoParameters(request, allowed: ["f"])
      return Self.reply(OGCDocuments.collections(base: base, catalog: catalog), type: OGCDocuments.json)
    }
    route(router, "/collections/:collectionId") { [catalog] request, context, base in
      try Self.checkNoParameters(request, allowed: ["f"])
      let id = try Self.collection(context)
      return Self.reply(OGCDocuments.collection(id, base: base, catalog: catalog).rendered, type: OGCDocuments.json)
    }
    route(router, "/collections/:collectionId/queryables") { request, context, base in
      try Self.checkNoParameters(request, allowed: ["f"])
      let id = try Self.collection(context)
      return Self.reply(OGCDocuments.queryables(id, base: base), type: OGCDocuments.schemaJSON)
    }
    route(router, "/collections/:collectionId/items") { [catalog] request, context, base in
      let id = try Self.collection(context)
      let query = try ItemsQuery(request.uri.query, collection: id)
      let features = try catalog.features(id, range: query.range)
      return Self.reply(bytes: OGCDocuments.items(features, id: id, query: query, base: base), type: OGCDocuments.geoJSON)
    }
    route(router, "/collections/:collectionId/items/:featureId") { [catalog] request, context, base in
      let id = try Self.collection(context)
      let parameters = try QueryParameters(request.uri.query, allowed: ["datetime", "f"])
      try parameters.checkFormat()
      let range = try parameters["datetime"].map { try DayRange(parsing: $0) }
      let featureId = try context.parameters.require("featureId", as: PathSegment.self).text
      // An event id as in the layers (`003-paktia%231`) finds its feature (`003-paktia~1`) too.
      let served = id == .events ? LayerStore.featureID(ofEvent: featureId) : featureId
      guard let feature = try catalog.features(id, range: range).first(where: { $0.id == served }) else {
        throw ServerError.unknownFeature(collection: id.rawValue, id: featureId)
      }
      return Self.reply(bytes: OGCDocuments.item(feature, id: id, base: base, query: request.uri.query), type: OGCDocuments.geoJSON)
    }
    route(router, "/near") { [locator, catalog] request, _, _ in
      Self.reply(try GazetteerEndpoints.near(query: request.uri.query, locator: locator, index: catalog.store.index), type: OGCDocuments.geoJSON)
    }
    route(router, "/locate") { [catalog] request, _, _ in
      Self.reply(try GazetteerEndpoints.locate(query: request.uri.query, index: catalog.store.index), type: OGCDocuments.geoJSON)
    }
    route(router, "/lookup") { [catalog] request, _, _ in
      Self.reply(try GazetteerEndpoints.lookup(query: request.uri.query, index: catalog.store.index), type: OGCDocuments.geoJSON)
    }
    for asset in assets.files {
      route(router, RouterPath(stringLiteral: asset.path)) { request, _, _ in
        try Self.checkNoParameters(request, allowed: asset.path == "/map" ? ["date", "district"] : [])
        return Self.reply(bytes: asset.bytes, type: asset.type)
      }
    }
    return router
  }

  /// Adds `handler` for GET and HEAD; it receives the request, its context (the path
  /// parameters) and the base URL.
  private func route(
    _ router: RouteCollection<BasicRequestContext>, _ path: RouterPath,
    _ handler: @escaping @Sendable (Request, BasicRequestContext, String) async throws -> Response
  ) {
    for method in [HTTPRequest.Method.get, .head] {
      router.on(path, method: method) { request, context in
        try await handler(request, context, Self.base(of: request))
      }
    }
  }

  /// `http://<Host>` as the client addressed the server, so links work through any name or
  /// port; a Host header with characters outside a host name falls back to loopback.
  static func base(of request: Request) -> String {
    let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-:[]")
    if let authority = request.head.authority, !authority.isEmpty, authority.count <= 255, authority.allSatisfy(allowed.contains) {
      return "http://" + authority
    }
    return "http://127.0.0.1"
  }

  /// The `:collectionId` path parameter as a collection.
  /// - Throws: ``ServerError/unknownCollection(_:)`` (404) for a name that is not one.
  static func collection(_ context: BasicRequestContext) throws -> CollectionID {
    let name = try context.parameters.require("collectionId", as: PathSegment.self).text
    guard let id = CollectionID(rawValue: name) else { throw ServerError.unknownCollection(name) }
    return id
  }

  static func checkNoParameters(_ request: Request, allowed: [String]) throws {
    let parameters = try QueryParameters(request.uri.query, allowed: allowed)
    if allowed.contains("f") { try parameters.checkFormat() }
  }

  static func reply(_ text: String, type: String) -> Response {
    Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
  }

  static func reply(bytes: [UInt8], type: String) -> Response {
    Response(status: .ok, headers: [.contentType: type], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
  }
}

/// A path parameter with its percent-encoding removed (`003-paktia%231` → `003-paktia#1`);
/// a segment that is not valid percent-encoding is kept as sent. Never fails, so an unknown
/// name reaches the handler and is answered with its own 404 problem.
struct PathSegment: LosslessStringConvertible, Sendable {
  /// The decoded segment.
  let text: String

  init(_ description: String) { text = description.removingPercentEncoding ?? description }

  var description: String { text }
}
