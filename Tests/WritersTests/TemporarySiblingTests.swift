import Foundation
import FrontlineTestSupport
import GeoJSON
import Testing

/// `TemporarySibling`: temporary files beside a destination, and the clean-up of those that
/// killed processes left.
@Suite struct TemporarySiblingTests {
  /// The process id of a process that has exited and been reaped.
  static func deadProcessID() throws -> Int32 {
    let child = try ChildProcess.start(URL(fileURLWithPath: "/bin/true"), [])
    _ = child.wait()
    return child.pid
  }

  @Test func createRemovesOnlyStaleSiblingsOfTheSameDestination() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("frontline-tmp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let destination = folder.appendingPathComponent("district-control.geojson")
    let dead = try Self.deadProcessID()
    let names = [
      ".district-control.geojson.tmp-\(dead)-abc123",  // stale: removed
      ".district-control.geojson.tmp-\(getpid())-abc123",  // this process: kept
      ".events.geojson.tmp-\(dead)-abc123",  // another layer: kept
      ".district-control.geojson.tmp-notapid-abc",  // not our pattern: kept
      ".district-control.geojson.tmp-\(dead)-not hex",  // not our pattern: kept
      "district-control.geojson",  // the destination itself: kept
    ]
    for name in names {
      _ = FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: Data("x".utf8))
    }
    let (path, descriptor) = try TemporarySibling.create(next: destination)
    close(descriptor)
    let left = Set(try FileManager.default.contentsOfDirectory(atPath: folder.path))
    #expect(!left.contains(names[0]))
    #expect(left.isSuperset(of: names.dropFirst()))
    #expect(left.contains((path as NSString).lastPathComponent))
    #expect((path as NSString).lastPathComponent.hasPrefix(".district-control.geojson.tmp-\(getpid())-"))
    #expect((path as NSString).deletingLastPathComponent == folder.path)
  }

  @Test func missingFolderFailsWithItsErrno() {
    let destination = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/layer.geojson")
    let failure = #expect(throws: TemporarySibling.Failure.self) { _ = try TemporarySibling.create(next: destination) }
    #expect(failure?.code == ENOENT)
    #expect(failure?.reason == "No such file or directory")
  }
}
