// swift-tools-version: 6.0
import PackageDescription

/// libFuzzer targets for Frontline's parsers, kept out of the product package (STYLE §4.12 does
/// the same for benchmarks). Build and run one with `Fuzz/run TARGET SECONDS`.
///
/// Each fuzz target is an executable whose `LLVMFuzzerTestOneInput` feeds bytes to one parser.
/// The executables are compiled as libraries (`-parse-as-library`) because libFuzzer owns the
/// input loop; SwiftPM's renamed entry point `<Target>_main` hands control to libFuzzer's
/// `LLVMFuzzerRunDriver`. `lld` links them (gold fails on the sanitizer runtimes). The script
/// passes `-sanitize=fuzzer,address` for every module so the parsers themselves carry coverage
/// counters, not just the harness.
let fuzzSwiftSettings: [SwiftSetting] = [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])]
let fuzzLinkerSettings: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]

/// Fuzz target name → the Frontline products it exercises.
let fuzzTargets: [(name: String, products: [String])] = [
  ("FuzzExtract", ["Extractor", "Chronology", "Gazetteer", "FrontlineKit"]),
  ("FuzzGazetteer", ["Gazetteer"]),
  ("FuzzBoundaries", ["GeoJSON", "GeoModel"]),
  ("FuzzEvents", ["FrontlineKit", "Extractor"]),
  ("FuzzBaseline", ["Timeline", "Gazetteer"]),
  ("FuzzCRS", ["Projection"]),
  ("FuzzCommandLine", ["FrontlineKit", "Extractor", "Chronology", "Layers"]),
]

let package = Package(
  name: "FrontlineFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "Frontline", path: "..")],
  targets: [
    .target(name: "FuzzSupport", swiftSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])])
  ]
    + fuzzTargets.map { target in
      .executableTarget(
        name: target.name,
        dependencies: ["FuzzSupport"] + target.products.map { .product(name: $0, package: "Frontline") },
        swiftSettings: fuzzSwiftSettings,
        linkerSettings: fuzzLinkerSettings)
    }
)
