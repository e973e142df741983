import Projection
import Testing

@Suite("PROJ error messages")
struct ProjectionErrorTests {
  @Test func unknownEPSGCodeReportsPROJMessage() throws {
    let error = try #require(throws: ProjectionError.self) {
      try Transformer(from: .wgs84, to: CRS("EPSG:999999"))
    }
    #expect(error == .unknownCRS(definition: "EPSG:999999", reason: "crs not found"))
    #expect(error.description.contains("unknown CRS 'EPSG:999999': crs not found"))
  }

  @Test func unknownSourceCRSIsNamedAsSuch() throws {
    let error = try #require(throws: ProjectionError.self) {
      try Transformer(from: CRS("EPSG:999999"), to: .wgs84)
    }
    #expect(error.description == "unknown CRS 'EPSG:999999': crs not found")
  }

  @Test func badProjStringReportsUnknownProjection() throws {
    let error = try #require(throws: ProjectionError.self) {
      try Transformer(from: .wgs84, to: CRS("+proj=foo"))
    }
    #expect(error.description.contains("Unknown projection"))
    #expect(error.description.hasPrefix("unknown CRS '+proj=foo': "))
  }

  @Test func garbageDefinitionReportsUnrecognisedFormat() throws {
    let error = try #require(throws: ProjectionError.self) { try CRS.parse("garbage") }
    #expect(error.description == "unknown CRS 'garbage': unrecognized format / unknown name")
  }

  @Test func coordinateOperationIsNotACRS() throws {
    let error = try #require(throws: ProjectionError.self) {
      try CRS.parse("urn:ogc:def:coordinateOperation:EPSG::16042")
    }
    guard case .notACRS(let definition, let kind) = error else {
      Issue.record("unexpected error \(error)")
      return
    }
    #expect(definition == "urn:ogc:def:coordinateOperation:EPSG::16042")
    #expect(kind.contains("conversion"))
  }

  @Test func crsPairWithoutOperationCannotBeTransformed() throws {
    let engineering = CRS(
      """
      ENGCRS["Site grid",EDATUM["Site"],CS[Cartesian,2],\
      AXIS["x",east,ORDER[1],LENGTHUNIT["metre",1]],AXIS["y",north,ORDER[2],LENGTHUNIT["metre",1]]]
      """)
    try engineering.validate()
    let error = try #require(throws: ProjectionError.self) {
      try Transformer(from: .wgs84, to: engineering)
    }
    guard case .cannotCreateTransformation(let source, _, let reason) = error else {
      Issue.record("unexpected error \(error)")
      return
    }
    #expect(source == "EPSG:4326")
    #expect(reason == "no coordinate operation found")
  }

  @Test func laterFailuresOnTheSameContextReportTheirOwnMessage() throws {
    let cache = try TransformerCache()

    // 1. A failed create…
    #expect(throws: ProjectionError.unknownCRS(definition: "EPSG:999999", reason: "crs not found"))
    {
      try cache.transformer(from: .wgs84, to: CRS("EPSG:999999"))
    }
    // 2. …does not colour the next failure on the same context.
    let second = try #require(throws: ProjectionError.self) {
      try cache.transformer(from: .wgs84, to: CRS("+proj=foo"))
    }
    #expect(second.description.contains("Unknown projection"))
    #expect(!second.description.contains("crs not found"))

    // 3. A failed transform (errno 2049 on PJ and context, STYLE §3.5)…
    let utm = try cache.transformer(from: .wgs84, to: Fixtures.utm42)
    #expect(throws: ProjectionError.self) {
      try utm.transform(Coordinate(longitude: 69, latitude: 95))
    }
    // 4. …does not leak into the next create failure either.
    #expect(throws: ProjectionError.unknownCRS(definition: "EPSG:999999", reason: "crs not found"))
    {
      try cache.transformer(from: .wgs84, to: CRS("EPSG:999999"))
    }
    // 5. And a silent failure (no log, no errno) does not pick up a stale errno.
    let engineering = CRS(
      #"ENGCRS["E",EDATUM["E"],CS[Cartesian,2],AXIS["x",east],AXIS["y",north],LENGTHUNIT["metre",1]]"#
    )
    #expect(
      throws: ProjectionError.cannotCreateTransformation(
        source: "EPSG:4326", target: engineering.definition,
        reason: "no coordinate operation found")
    ) {
      try cache.transformer(from: .wgs84, to: engineering)
    }
    // The context is still fine.
    #expect(try utm.transform(Fixtures.kabul).x > 515_812)
  }

  @Test func outsideDomainDescriptionListsIndicesAndReason() {
    let error = ProjectionError.pointsOutsideDomain(
      indices: Array(0..<12), reason: "Invalid coordinate")
    #expect(
      error.description
        == "points outside the domain of the transformation at indices 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, "
        + "… (12 in total): Invalid coordinate")
  }
}

/// Bare CRS names: PROJ searches its database and also answers for partial names; Frontline
/// accepts only an exact (case-insensitive) name, so a typo never becomes another CRS.
@Suite struct CRSNameTests {
  @Test(arguments: [
    ("WGS 84", "EPSG:4326"),
    ("wgs 84", "EPSG:4326"),
    ("WGS 84 / UTM zone 42N", "EPSG:32642"),
    ("WGS 84 / Pseudo-Mercator", "EPSG:3857"),
  ])
  func exactNamesAreAccepted(name: String, code: String) throws {
    let crs = try CRS.parse(name)
    let identifier = try #require(crs.identifier)
    #expect("\(identifier.authority):\(identifier.code)" == code)
  }

  @Test func partialNameIsRefusedWithPROJsGuess() throws {
    let error = try #require(throws: ProjectionError.self) { try CRS.parse("Pulkovo") }
    guard case .inexactName(let definition, let found, let identifier) = error else {
      Issue.record("unexpected error \(error)")
      return
    }
    #expect(definition == "Pulkovo")
    #expect(found.hasPrefix("Pulkovo "))
    #expect(identifier?.hasPrefix("EPSG:") == true)
    #expect(error.description.hasPrefix("'Pulkovo' is not the name of a CRS; the nearest PROJ finds is '\(found)' (\(identifier ?? ""))"))
  }

  @Test func ambiguousNameKeepsPROJsList() throws {
    let error = try #require(throws: ProjectionError.self) { try CRS.parse("utm 42") }
    #expect(error.description.hasPrefix("unknown CRS 'utm 42': several objects matching this name"))
  }

  @Test(arguments: [
    ("WGS 84", true), ("Pulkovo 1995", true), ("EPSG:4326", false), ("epsg:32642", false),
    ("urn:ogc:def:crs:EPSG::32642", false), ("OGC:CRS84", false), ("EPSG:4326+5773", false),
    ("+proj=longlat +datum=WGS84", false), ("proj=utm zone=42", false), (#"{"type":"GeographicCRS"}"#, false),
    (#"GEOGCRS["WGS 84",DATUM["x"]]"#, false), (#"GEOGCS["WGS 84"]"#, false), ("", false),
  ])
  func bareNamesAreToldFromOtherForms(definition: String, isName: Bool) {
    #expect(CRS(definition).isBareName == isName)
  }
}
