import Testing

@testable import Projection

/// Leak checks with the task-local ``LifetimeTracker`` (swift-collections' idea): only objects
/// created inside `withValue` are counted, so parallel tests elsewhere cannot disturb them.
@Suite("PROJ resource lifetimes")
struct LifetimeTests {
  @Test func transformerAndItsContextAreFreedAfterUse() throws {
    let tracker = LifetimeTracker()
    try LifetimeTracker.$current.withValue(tracker) {
      let transformer = try Transformer(from: .wgs84, to: Fixtures.utm42)
      _ = try transformer.transform(Fixtures.kabul)
      #expect(tracker.liveTransformers == 1)
      #expect(tracker.liveContexts == 1)
    }
    #expect(tracker.createdTransformers == 1)
    #expect(tracker.createdContexts == 1)
    #expect(tracker.liveTransformers == 0)
    #expect(tracker.liveContexts == 0)
  }

  @Test func failedCreationLeavesNothingBehind() {
    let tracker = LifetimeTracker()
    LifetimeTracker.$current.withValue(tracker) {
      #expect(throws: ProjectionError.self) {
        try Transformer(from: .wgs84, to: CRS("EPSG:999999"))
      }
      #expect(throws: ProjectionError.self) { try CRS.parse("+proj=foo") }
      _ = CRS.wgs84.isGeographic
    }
    #expect(tracker.createdTransformers == 0)
    #expect(tracker.createdContexts == 3)
    #expect(tracker.liveContexts == 0)
  }

  @Test func cachedTransformersShareOneContextThatLivesUntilTheLastUser() throws {
    let tracker = LifetimeTracker()
    try LifetimeTracker.$current.withValue(tracker) {
      var survivor: Transformer?
      do {
        let cache = try TransformerCache()
        let first = try cache.transformer(from: .wgs84, to: Fixtures.utm42)
        let again = try cache.transformer(from: .wgs84, to: Fixtures.utm42)
        let second = try cache.transformer(from: .wgs84, to: .webMercator)
        #expect(first === again)
        #expect(first.context === second.context)
        survivor = second
      }
      // The cache is gone, but the surviving transformer keeps the shared context alive.
      #expect(tracker.liveTransformers == 1)
      #expect(tracker.liveContexts == 1)
      #expect(try survivor?.transform(Fixtures.kabul) != nil)
      survivor = nil
    }
    #expect(tracker.createdContexts == 1)
    #expect(tracker.createdTransformers == 2)
    #expect(tracker.liveTransformers == 0)
    #expect(tracker.liveContexts == 0)
  }

  @Test func weakReferencesClearOnceTheTransformerIsReleased() throws {
    weak var weakTransformer: Transformer?
    weak var weakContext: ProjContext?
    do {
      let transformer = try Transformer(from: .wgs84, to: Fixtures.utm42)
      weakTransformer = transformer
      weakContext = transformer.context
      #expect(weakTransformer != nil)
    }
    #expect(weakTransformer == nil)
    #expect(weakContext == nil)
  }

  @Test func contextCollectsLogMessagesAndClearsThem() throws {
    let context = try ProjContext()
    #expect(throws: ProjectionError.self) { try context.makeCRS(CRS("EPSG:999999")) }
    #expect(context.messages == ["proj_create: crs not found"])
    context.clearMessages()
    #expect(context.messages.isEmpty)
  }
}
