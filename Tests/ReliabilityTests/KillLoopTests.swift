import Foundation
import FrontlineTestSupport
import Testing

/// Nothing lost: `frontline run … -o DIR` killed with SIGKILL at random moments never leaves a
/// truncated layer under a final name, and the layers of an earlier run stay intact until a
/// complete new one replaces them (each layer is written to `.<name>.tmp-<pid>-<random>` in
/// the same folder and renamed when complete).
///
/// Killed runs leave those temporary files behind; they are never read (the leading dot and
/// the `.tmp-` infix keep them out of `*.geojson` globs), and the next run writing the same
/// layer removes the ones whose process is gone.
@Suite(.serialized, .disabled(if: ChildProcess.isSanitized, "timing-bound; sanitizer runtimes slow runs 5–15×"))
struct KillLoopTests {
  static let layerNames = [
    "district-control.geojson", "mobilization.geojson", "events.geojson", "timeline.geojson",
    "district-control.qml", "mobilization.qml", "events.qml", "timeline.qml",
  ]

  /// The layers of a folder by final name (temporary files excluded).
  static func layers(in folder: URL) -> [String: Data] {
    var layers: [String: Data] = [:]
    for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where !name.hasPrefix(".") {
      layers[name] = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
    }
    return layers
  }

  @Test func sigkillAtRandomMomentsNeverLeavesATruncatedLayer() throws {
    let dir = try TestPaths.temporaryDirectory(prefix: "frontline-rel")
    defer { try? FileManager.default.removeItem(at: dir) }
    let reports = TestPaths.repositoryRoot.appendingPathComponent("samples/reports").path
    var options: [String] = []
    if let shared = TestPaths.sharedData {
      options = ["--boundaries", shared.appendingPathComponent("afg_adm2_ocha_agcho_20180522.geojson").path]
    }
    let firstReport = TestPaths.repositoryRoot.appendingPathComponent("samples/reports/001-imam-sahib-falls.txt").path
    let output = dir.appendingPathComponent("out")

    // The older layers (from one report), then the complete new ones (all reports) elsewhere.
    let older = try ChildProcess.run(TestPaths.frontline, ["run", firstReport, "--published", "2021-06-20", "-o", output.path] + options)
    try #require(older.status == 0, "\(older.stderr)")
    let olderLayers = Self.layers(in: output)
    let started = Date()
    let reference = try ChildProcess.run(TestPaths.frontline, ["run", reports, "-o", dir.appendingPathComponent("reference").path] + options)
    try #require(reference.status == 0, "\(reference.stderr)")
    let fullRun = Date().timeIntervalSince(started)
    let newerLayers = Self.layers(in: dir.appendingPathComponent("reference"))
    try #require(Set(olderLayers.keys) == Set(Self.layerNames) && Set(newerLayers.keys) == Set(Self.layerNames))
    try #require(Self.layerNames.contains { olderLayers[$0] != newerLayers[$0] }, "the two runs must differ")

    // Seeded, so a failing kill schedule repeats.
    var generator = SplitMix64(seed: 0x4652_4F4E_544C_494E)
    // Bounded: at most 12 kills and 40 s, whichever comes first. Delays span the whole run
    // (reading, matching, then the four layer writes at the end) and a little beyond it.
    let deadline = Date().addingTimeInterval(40)
    var kills = 0
    // A run that finishes before its kill means the machine got faster than the reference
    // run (shared CI cores, sanitizers): later delays shrink so most runs are cut mid-way.
    var scale = fullRun
    for iteration in 0..<12 where Date() < deadline {
      let delay = Double.random(in: (scale * 0.1)...(scale * 1.05), using: &generator)
      let child = try ChildProcess.start(TestPaths.frontline, ["run", reports, "-o", output.path] + options)
      usleep(UInt32(delay * 1_000_000))
      child.kill()
      let result = child.wait()
      if result.status == 128 + SIGKILL { kills += 1 } else { scale *= 0.6 }
      for name in Self.layerNames {
        let now = FileManager.default.contents(atPath: output.appendingPathComponent(name).path)
        let intact = now == olderLayers[name] || now == newerLayers[name]
        #expect(intact, "iteration \(iteration), killed after \(delay) s: \(name) is \(now?.count ?? -1) bytes, neither the older nor the complete new layer; folder: \(Self.listing(output))")
      }
    }
    #expect(kills >= 3, "too few runs were killed mid-way (\(kills)) for the test to mean anything")

    // The next complete run removes the temporary files the killed runs left (their processes
    // are gone) and keeps one whose process still runs (this test's own).
    let dead = try ChildProcess.start(TestPaths.frontline, ["--version"])
    _ = dead.wait()
    let stale = output.appendingPathComponent(".events.geojson.tmp-\(dead.pid)-5eed")
    let live = output.appendingPathComponent(".events.geojson.tmp-\(getpid())-1ive")
    for url in [stale, live] { _ = FileManager.default.createFile(atPath: url.path, contents: Data("partial".utf8)) }
    let final = try ChildProcess.run(TestPaths.frontline, ["run", reports, "-o", output.path] + options)
    try #require(final.status == 0, "\(final.stderr)")
    let left = ((try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []).filter { $0.contains(".tmp-") }
    #expect(left == [live.lastPathComponent], "temporary files after a complete run: \(left)")
    #expect(Self.layers(in: output) == newerLayers)
  }

  static func listing(_ folder: URL) -> String {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted().joined(separator: ", ")
  }
}
