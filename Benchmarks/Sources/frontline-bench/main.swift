// Benchmark kernels that have no `frontline` command of their own: the Projection batch API
// against raw `proj_trans_generic`, and nearest-place queries. Each prints one JSON object on
// standard output for `Benchmarks/bench.py`. Inputs are generated here from fixed seeds and
// written to files so the Python peers use the very same points.
//
//   frontline-bench transform <points> <repetitions>
//   frontline-bench near <gazetteer points> <queries> <work dir>

import CProjRaw
import Foundation
import Gazetteer
import Projection

/// SplitMix64: a small deterministic generator (same sequence on every machine).
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
  mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

/// Points spread over Afghanistan's bounding box (60.5–75.0°E, 29.3–38.5°N).
func afghanPoints(_ count: Int, seed: UInt64) -> [Coordinate] {
  var rng = SplitMix(state: seed)
  return (0..<count).map { _ in
    Coordinate(longitude: 60.5 + 14.5 * rng.unit(), latitude: 29.3 + 9.2 * rng.unit())
  }
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  return sorted.isEmpty ? .nan : sorted[sorted.count / 2]
}

func printJSON(_ object: [String: Any]) {
  let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
  print(String(decoding: data, as: UTF8.self))
}

func writeCoordinates(_ points: [Coordinate], to path: String) throws {
  var flat: [Double] = []
  flat.reserveCapacity(points.count * 2)
  for p in points { flat += [p.longitude, p.latitude] }
  try flat.withUnsafeBytes { try Data($0).write(to: URL(fileURLWithPath: path)) }
}

// MARK: - transform

/// The Projection batch API against raw `proj_trans_generic` on separate x/y arrays, both
/// EPSG:4326 → EPSG:32642 with axis order normalised for visualisation, alternating.
func transformBenchmark(count: Int, repetitions: Int) throws {
  let input = afghanPoints(count, seed: 42).map(ProjectedPoint.init)
  let transformer = try Transformer(from: .wgs84, to: CRS("EPSG:32642"))

  let context = proj_context_create()
  defer { proj_context_destroy(context) }
  // proj_create_crs_to_crs / proj_normalize_for_visualization: NULL on failure.
  guard let raw = proj_create_crs_to_crs(context, "EPSG:4326", "EPSG:32642", nil),
    let pj = proj_normalize_for_visualization(context, raw)
  else { fatalError("PROJ cannot create EPSG:4326 → EPSG:32642") }
  proj_destroy(raw)
  defer { proj_destroy(pj) }

  var frontline: [Double] = []
  var reference: [Double] = []
  var maxDifference = 0.0
  for _ in 0..<repetitions {
    var points = input
    // Make the copy (and touch its pages) before the clock starts, as map does for xs/ys.
    points.withUnsafeMutableBufferPointer { _ in }
    frontline.append(try seconds { try transformer.transform(&points) })
    var xs = input.map(\.x)
    var ys = input.map(\.y)
    reference.append(
      seconds {
        xs.withUnsafeMutableBufferPointer { x in
          ys.withUnsafeMutableBufferPointer { y in
            // Returns the number of points processed; failures show as HUGE_VAL.
            _ = proj_trans_generic(
              pj, PJ_FWD, x.baseAddress, MemoryLayout<Double>.stride, count,
              y.baseAddress, MemoryLayout<Double>.stride, count, nil, 0, 0, nil, 0, 0)
          }
        }
      })
    for i in stride(from: 0, to: count, by: 997) {
      maxDifference = max(maxDifference, abs(points[i].x - xs[i]), abs(points[i].y - ys[i]))
    }
  }
  printJSON([
    "points": count, "frontline_s": frontline, "proj_trans_generic_s": reference,
    "frontline_median_s": median(frontline), "proj_median_s": median(reference),
    "max_difference_m": maxDifference,
  ])
}

// MARK: - near

/// Nearest-place queries (limit 1) through the spatial index over the 399 districts and over a
/// generated gazetteer, checked against measuring every place.
func nearBenchmark(gazetteerPoints: Int, queries: Int, workDirectory: String) throws {
  let index = try PlaceIndex.embedded()
  let locator = index.locator(level: .district)
  let districts = GeodesicPointIndex(locator.places.map(\.coordinate))
  let big = GeodesicPointIndex(afghanPoints(gazetteerPoints, seed: 7))
  let queryPoints = afghanPoints(queries, seed: 99)
  try writeCoordinates(districts.points, to: workDirectory + "/near-districts.f64")
  try writeCoordinates(big.points, to: workDirectory + "/near-gazetteer.f64")
  try writeCoordinates(queryPoints, to: workDirectory + "/near-queries.f64")

  func run(_ tree: GeodesicPointIndex, name: String, bruteForceChecks: Int) throws -> [String: Any] {
    var answers = [Int32](repeating: -1, count: queryPoints.count)
    var timings: [Double] = []
    for _ in 0..<3 {
      timings.append(
        seconds {
          for (q, point) in queryPoints.enumerated() {
            answers[q] = Int32(tree.nearest(to: point, limit: 1).first?.position ?? -1)
          }
        })
    }
    // Identity with brute force, on limit 1 and limit 10 with a radius.
    var mismatches = 0
    let step = max(1, queryPoints.count / bruteForceChecks)
    var checked = 0
    for q in stride(from: 0, to: queryPoints.count, by: step) {
      let point = queryPoints[q]
      if tree.nearest(to: point, limit: 1) != tree.nearestByBruteForce(to: point, limit: 1) { mismatches += 1 }
      if tree.nearest(to: point, limit: 10, radius: 50_000)
        != tree.nearestByBruteForce(to: point, limit: 10, radius: 50_000)
      {
        mismatches += 1
      }
      checked += 1
    }
    try answers.withUnsafeBytes {
      try Data($0).write(to: URL(fileURLWithPath: workDirectory + "/near-\(name)-answers.i32"))
    }
    let perQuery = median(timings) / Double(queryPoints.count)
    return [
      "points": tree.points.count, "queries": queryPoints.count, "seconds": median(timings),
      "us_per_query": perQuery * 1e6, "brute_force_checked": checked,
      "brute_force_mismatches": mismatches,
    ]
  }
  var buildBig = 0.0
  buildBig = seconds { _ = GeodesicPointIndex(big.points) }
  var bruteTime = 0.0
  bruteTime = seconds {
    for point in queryPoints.prefix(200) { _ = districts.nearestByBruteForce(to: point, limit: 1) }
  }
  // The exact geodesic each answer needs, alone: the floor of a query's cost.
  let geodesic = Geodesic.wgs84
  var sink = 0.0
  let geodesicTime = seconds {
    for (q, point) in queryPoints.enumerated() {
      sink += geodesic.inverse(from: point, to: districts.points[q % districts.points.count]).distance
    }
  }
  printJSON([
    "geodesic_us_per_call": geodesicTime / Double(queryPoints.count) * 1e6 + (sink < 0 ? 1 : 0),
    "districts": try run(districts, name: "districts", bruteForceChecks: 2_000),
    "gazetteer": try run(big, name: "gazetteer", bruteForceChecks: 10),
    "gazetteer_build_s": buildBig,
    "districts_brute_force_us_per_query": bruteTime / 200 * 1e6,
  ])
}

/// Only the district queries of `near` (limit 1), no brute-force check and no files: for
/// instruction counts (`valgrind --tool=callgrind frontline-bench near-count 20000`), which the
/// machine's load does not change. Prints the number of queries and a checksum of the answers.
func nearCount(queries: Int) throws {
  let index = try PlaceIndex.embedded()
  let districts = GeodesicPointIndex(index.locator(level: .district).places.map(\.coordinate))
  var sum = 0.0
  for point in afghanPoints(queries, seed: 99) {
    sum += districts.nearest(to: point, limit: 1).first?.distance ?? 0
  }
  printJSON(["queries": queries, "distance_sum_m": sum])
}

let arguments = CommandLine.arguments
switch arguments.dropFirst().first {
case "transform" where arguments.count == 4:
  try transformBenchmark(count: Int(arguments[2]) ?? 10_000_000, repetitions: Int(arguments[3]) ?? 5)
case "near" where arguments.count == 5:
  try nearBenchmark(
    gazetteerPoints: Int(arguments[2]) ?? 1_000_000, queries: Int(arguments[3]) ?? 100_000,
    workDirectory: arguments[4])
case "near-count" where arguments.count == 3:
  try nearCount(queries: Int(arguments[2]) ?? 20_000)
default:
  FileHandle.standardError.write(
    Data("usage: frontline-bench transform <points> <repetitions> | near <points> <queries> <dir>\n".utf8))
  exit(64)
}
