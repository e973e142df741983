// swift-tools-version: 6.0
import PackageDescription

/// Frontline: English news on the war in Afghanistan → GIS-ready map data.
///
/// Layers (each depends only on those before it):
/// `CProj` (libproj, system library) → `Projection` → `Gazetteer`, `Extractor`, `Timeline`, `Writers`
/// → `FrontlineKit` (the jobs the CLI runs) → `frontline` (thin CLI: parses options, calls FrontlineKit).
let package = Package(
  name: "Frontline",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "frontline", targets: ["frontline"]),
    .library(name: "Projection", targets: ["Projection"]),
    .library(name: "Gazetteer", targets: ["Gazetteer"]),
    .library(name: "Extractor", targets: ["Extractor"]),
    .library(name: "Timeline", targets: ["Timeline"]),
    .library(name: "Writers", targets: ["Writers"]),
    .library(name: "FrontlineKit", targets: ["FrontlineKit"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
    .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
    .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CProj",
      pkgConfig: "proj",
      providers: [.apt(["libproj-dev"]), .brew(["proj"])]
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
    .target(name: "Extractor", dependencies: ["Gazetteer"]),
    .target(name: "Timeline", dependencies: ["Extractor", "Gazetteer"]),
    .target(name: "Writers", dependencies: ["Projection"]),
    .target(name: "GeoPackage", dependencies: ["CSQLite", "Writers"]),
    .target(
      name: "FrontlineKit",
      dependencies: ["Projection", "Gazetteer", "Extractor", "Timeline", "Writers", "GeoPackage"]
    ),
    .target(
      name: "Server",
      dependencies: [
        "FrontlineKit",
        "CZlib",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "NIOCore", package: "swift-nio"),
        .product(name: "Logging", package: "swift-log"),
      ],
      // The map page's assets, embedded by Scripts/embed-map-page.py (MapPage+Generated.swift).
      exclude: ["MapPage/Resources"]
    ),
    // Writes Sources/Gazetteer/Generated/EmbeddedGazetteerIndex+Generated.swift
    // (Scripts/generate-gazetteer-index.sh).
    .executableTarget(name: "generate-gazetteer-index", dependencies: ["Gazetteer"]),
    .executableTarget(
      name: "frontline",
      dependencies: [
        "FrontlineKit",
        "Server",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .target(name: "FrontlineTestSupport", path: "Tests/FrontlineTestSupport"),
    .testTarget(name: "ProjectionTests", dependencies: ["Projection", "FrontlineTestSupport"]),
    .testTarget(name: "GazetteerTests", dependencies: ["Gazetteer", "Projection", "FrontlineTestSupport"]),
    .testTarget(name: "ExtractorTests", dependencies: ["Extractor", "Gazetteer"]),
    .testTarget(name: "TimelineTests", dependencies: ["Timeline", "Extractor", "Gazetteer"]),
    .testTarget(name: "WritersTests", dependencies: ["Writers", "Projection", "FrontlineTestSupport"], exclude: ["Golden"]),
    .testTarget(name: "FrontlineEndToEndTests", dependencies: ["FrontlineKit", "FrontlineTestSupport"], exclude: ["Golden"]),
    .testTarget(
      name: "ReliabilityTests",
      dependencies: ["FrontlineKit", "Extractor", "Gazetteer", "Timeline", "Writers", "Projection", "FrontlineTestSupport"]
    ),
    .testTarget(
      name: "GeoPackageTests",
      dependencies: [
        "GeoPackage", "CSQLite", "Writers", "FrontlineKit", "Projection", "Extractor", "Gazetteer", "FrontlineTestSupport",
      ]
    ),
    .testTarget(
      name: "ServerTests",
      dependencies: [
        "Server", "FrontlineKit", "FrontlineTestSupport",
        .product(name: "HummingbirdTesting", package: "hummingbird"),
      ]
    ),
  ]
)
