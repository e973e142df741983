// swift-tools-version: 6.0
import PackageDescription

/// Frontline's benchmark executables (release only; see `Benchmarks/run`).
///
/// The root package is a path dependency; SwiftPM names a path package after its folder, which
/// differs between clones, so the name is read from the folder this manifest sits in.
let root = Context.packageDirectory.split(separator: "/").dropLast().last.map(String.init) ?? "Frontline"

let package = Package(
  name: "FrontlineBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [.package(path: "..")],
  targets: [
    // Raw PROJ for the transform kernel's reference (the same library Projection wraps).
    .systemLibrary(name: "CProjRaw", pkgConfig: "proj", providers: [.apt(["libproj-dev"])]),
    .executableTarget(
      name: "frontline-bench",
      dependencies: [
        "CProjRaw",
        .product(name: "Projection", package: root),
        .product(name: "Gazetteer", package: root),
      ]
    ),
  ]
)
