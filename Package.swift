// swift-tools-version: 6.0
import PackageDescription

/// Foundation's static archives once more, as one group the linker searches until no reference
/// is left. The libraries autolinked from the modules' objects come in the order the objects
/// name them, and an archive scanned before the one that needs it (FoundationEssentials needs
/// _FoundationCollections and _FoundationCShims, FoundationInternationalization needs
/// _FoundationICU) leaves undefined references when `-static-stdlib` links them statically.
let foundationArchivesAsOneGroup: [String] = [
  "--start-group", "-lFoundation", "-lFoundationEssentials", "-lFoundationInternationalization", "-l_FoundationICU",
  "-l_FoundationCShims", "-l_FoundationCollections", "-lCoreFoundation", "--end-group",
].flatMap { ["-Xlinker", $0] }

/// Frontline: English news on the war in Afghanistan → GIS-ready map data.
///
/// Each module owns one idea and depends only on modules before it (README "Layout" has the
/// graph and what each module must never import):
/// `Projection` (over `CProj`, libproj) → `Gazetteer` → `Extractor` (with `Chronology`, the `Day`
/// type) → `Timeline`; `GeoModel` (features, geometry) → `GeoJSON` → `SVGWriters`, and
/// `GeoPackage` (over `CSQLite`); all of them → `Layers` (the layer domain) → `FrontlineKit`
/// (the jobs the CLI runs, their file I/O) → `Server` → `frontline` (thin CLI: parses options,
/// calls FrontlineKit and Server).
///
/// Every target lists exactly the modules its files import: `Scripts/check-imports.sh` compares
/// them in CI.
let package = Package(
  name: "Frontline",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "frontline", targets: ["frontline"]),
    .library(name: "Projection", targets: ["Projection"]),
    .library(name: "Gazetteer", targets: ["Gazetteer"]),
    .library(name: "Chronology", targets: ["Chronology"]),
    .library(name: "Extractor", targets: ["Extractor"]),
    .library(name: "Timeline", targets: ["Timeline"]),
    .library(name: "GeoModel", targets: ["GeoModel"]),
    .library(name: "GeoJSON", targets: ["GeoJSON"]),
    .library(name: "SVGWriters", targets: ["SVGWriters"]),
    .library(name: "Layers", targets: ["Layers"]),
    .library(name: "FrontlineKit", targets: ["FrontlineKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
  ],
  targets: [
    // PROJ's headers (libproj-dev on Debian, from the default include path), and forwarders that open
    // libproj on the first PROJ call (Sources/CProj/ProjLoader.c): linking it would load its ~40
    // dependent libraries in every process, about 10 ms of CPU before `main`.
    .target(
      name: "CProj",
      linkerSettings: [.linkedLibrary("dl", .when(platforms: [.linux]))]
    ),
    .systemLibrary(
      name: "CSQLite",
      pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
    ),
    .systemLibrary(
      name: "CZlib",
      pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]
    ),
    .target(name: "Projection", dependencies: ["CProj"]),
    .target(name: "Gazetteer", dependencies: ["Projection"]),
    .target(name: "Chronology"),
    .target(name: "Extractor", dependencies: ["Chronology", "Gazetteer", "Projection"]),
    .target(name: "Timeline", dependencies: ["Chronology", "Extractor", "Gazetteer", "Projection"]),
    .target(name: "GeoModel"),
    .target(name: "GeoJSON", dependencies: ["GeoModel", "Projection"]),
    .target(name: "SVGWriters", dependencies: ["GeoModel", "GeoJSON"]),
    .target(name: "GeoPackage", dependencies: ["CSQLite", "GeoModel", "GeoJSON", "Projection"]),
    .target(
      name: "Layers",
      dependencies: ["Projection", "Gazetteer", "Extractor", "Timeline", "GeoModel", "GeoJSON", "GeoPackage", "Chronology"]
    ),
    .target(
      name: "FrontlineKit",
      dependencies: [
        "Layers", "Projection", "Gazetteer", "Extractor", "Timeline", "GeoModel", "GeoJSON", "SVGWriters", "GeoPackage",
        "Chronology",
      ]
    ),
    .target(
      name: "Server",
      dependencies: [
        "FrontlineKit",
        "Layers",
        "Extractor",
        "Gazetteer",
        "Projection",
        "Timeline",
        "GeoModel",
        "GeoJSON",
        "SVGWriters",
        "Chronology",
        "CZlib",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
      ],
      // The map page's assets, embedded by Scripts/embed-map-page.py (MapPage+Generated.swift).
      exclude: ["MapPage/Resources"]
    ),
    // Writes Sources/Gazetteer/Generated/EmbeddedGazetteerIndex+Generated.swift and
    // EmbeddedSpellingKeys+Generated.swift (Scripts/generate-gazetteer-index.sh).
    .executableTarget(name: "generate-gazetteer-index", dependencies: ["Gazetteer"]),
    .executableTarget(
      name: "frontline",
      dependencies: [
        "FrontlineKit",
        "Server",
        "Layers",
        "Extractor",
        "Gazetteer",
        "Projection",
        "GeoJSON",
        "Chronology",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      // The Swift runtime, Foundation and ICU linked into the binary rather than loaded from
      // the toolchain's shared libraries at every start: no symbol lookups across them at load
      // time (issue #16, start-up). The static libraries ship with every Swift toolchain for
      // Linux (usr/lib/swift_static), as `swift build --static-swift-stdlib` uses them.
      // Position-dependent (`-no-pie`), as Go links its binaries on Linux: a PIE of this size
      // carries 105 000 relative relocations that the loader applies at every start, writing
      // 220 pages of type metadata; without them `gazetteer lookup` costs about 2 ms less CPU
      // (300 fewer page faults). The price is no address randomisation of the executable's own
      // code, acceptable for a tool that reads local files and serves read-only data.
      linkerSettings: [
        .unsafeFlags(["-static-stdlib", "-Xclang-linker", "-no-pie"] + foundationArchivesAsOneGroup, .when(platforms: [.linux]))
      ]
    ),
    .target(name: "FrontlineTestSupport", path: "Tests/FrontlineTestSupport"),
    .testTarget(name: "ProjectionTests", dependencies: ["Projection", "FrontlineTestSupport"]),
    .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer", "Projection", "FrontlineTestSupport"]),
    .testTarget(name: "ExtractorTests", dependencies: ["Extractor", "Chronology", "Gazetteer", "FrontlineTestSupport"]),
    .testTarget(name: "TimelineTests", dependencies: ["Timeline", "Chronology", "Extractor", "Gazetteer"]),
    .testTarget(name: "WritersTests", dependencies: ["GeoModel", "GeoJSON", "SVGWriters", "FrontlineTestSupport"], exclude: ["Golden"]),
    .testTarget(
      name: "FrontlineEndToEndTests",
      dependencies: [
        "FrontlineKit", "Layers", "Extractor", "Gazetteer", "Projection", "Timeline", "Chronology", "GeoModel", "GeoJSON",
        "SVGWriters", "FrontlineTestSupport",
      ],
      exclude: ["Golden"]
    ),
    .testTarget(
      name: "ReliabilityTests",
      dependencies: ["FrontlineKit", "Extractor", "Chronology", "Gazetteer", "Projection", "FrontlineTestSupport"]
    ),
    .testTarget(
      name: "GeoPackageTests",
      dependencies: [
        "GeoPackage", "CSQLite", "GeoModel", "GeoJSON", "FrontlineKit", "Layers", "Projection", "Extractor", "Gazetteer", "FrontlineTestSupport",
      ]
    ),
    .testTarget(
      name: "ServerTests",
      dependencies: [
        "Server", "FrontlineKit", "Layers", "Extractor", "Chronology", "Gazetteer", "Timeline", "GeoModel", "GeoJSON", "FrontlineTestSupport",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "HummingbirdTesting", package: "hummingbird"),
        .product(name: "HTTPTypes", package: "swift-http-types"),
        .product(name: "NIOCore", package: "swift-nio"),
      ]
    ),
  ]
)

// Swift 6 lets a file call an extension member of any module loaded anywhere in the build;
// MemberImportVisibility (SE-0444) makes each file import what it uses, so the imports, and
// the dependencies above that Scripts/check-imports.sh compares them with, are the real ones.
for target in package.targets where target.type != .system {
  target.swiftSettings = (target.swiftSettings ?? []) + [.enableUpcomingFeature("MemberImportVisibility")]
}
