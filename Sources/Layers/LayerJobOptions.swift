import Chronology
import Extractor
import Foundation
import Gazetteer

/// Where district or province polygons come from.
public enum BoundarySource: Sendable, Hashable {
  /// The OCHA/AGCHO 2018 polygons compiled into the binary (``EmbeddedBoundaries``): the
  /// default.
  case embedded
  /// A GeoJSON file (ADM2 for districts, ADM1 for provinces) whose features
  /// ``BoundaryMatcher`` links to the gazetteer.
  case file(String)
  /// No polygons: each place is its gazetteer representative point.
  case none

  /// The file path, for `.file`.
  public var path: String? {
    if case .file(let path) = self { return path }
    return nil
  }

  /// The polygons of `level` linked to `index`, or nil for ``none``.
  /// - Throws: ``WriterError`` naming the file, line and feature for an unreadable file.
  func matching(level: PlaceLevel, index: PlaceIndex) throws -> BoundaryMatching? {
    switch self {
    case .embedded: EmbeddedBoundaries.matching(level: level, index: index)
    case .file(let path): try BoundaryMatcher.read(path, level: level, index: index)
    case .none: nil
    }
  }
}

/// What `frontline run`, `export` and `snapshots` were asked for, validated by the CLI.
public struct LayerJobOptions: Sendable, Hashable {
  /// Folder the layers go to (created when missing).
  public var outputDirectory: String
  /// District polygons: the embedded OCHA/AGCHO set (default), an ADM2 GeoJSON, or none
  /// (representative points).
  public var boundaries: BoundarySource
  /// Province polygons for the mobilization layer and map outlines, likewise (ADM1).
  public var provinces: BoundarySource
  /// Baseline CSV (`pcode,status[,date]`) seeding the timeline.
  public var baseline: String?
  /// Format, CRS and precision of the layer files.
  public var output: LayerOutputOptions
  /// The day the layers describe; nil for the last event day.
  public var date: Day?
  /// The GeoPackage file `run`/`export` write with `--format gpkg` when `-o` named one
  /// (`-o out/control.gpkg`); nil for `outputDirectory/frontline.gpkg`.
  public var geoPackagePath: String?
  /// Days: the snapshot maps fade a district whose last report (`last_reported`) is more than
  /// this many days before the map's day (`--stale-after`).
  public var staleAfter: Int

  /// The default of ``staleAfter``: 30 days, as issue #14 asks. In a campaign that moves
  /// week by week, a status no report has repeated for a month is worth seeing as old news.
  public static let defaultStaleAfter = 30

  public init(
    outputDirectory: String, boundaries: BoundarySource = .embedded, provinces: BoundarySource = .embedded,
    baseline: String? = nil, output: LayerOutputOptions = LayerOutputOptions(), date: Day? = nil,
    geoPackagePath: String? = nil, staleAfter: Int = defaultStaleAfter
  ) {
    self.staleAfter = staleAfter
    self.outputDirectory = outputDirectory
    self.boundaries = boundaries
    self.provinces = provinces
    self.baseline = baseline
    self.output = output
    self.date = date
    self.geoPackagePath = geoPackagePath
  }
}

/// The spacing of snapshot dates: every `days` days (`1d`, `7d`, `2w`).
public struct SnapshotStep: Sendable, Hashable, CustomStringConvertible {
  /// Days between two snapshots (at least 1).
  public let days: Int

  public init(days: Int) { self.days = max(1, days) }

  /// Parses `<n>d` or `<n>w` with n ≥ 1 (a bare number means days); nil otherwise.
  public init?(parsing text: String) {
    let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
    var digits = Substring(trimmed)
    var factor = 1
    if digits.hasSuffix("d") {
      digits = digits.dropLast()
    } else if digits.hasSuffix("w") {
      digits = digits.dropLast()
      factor = 7
    }
    guard let n = Int(digits), n >= 1, n <= 3660 else { return nil }
    days = n * factor
  }

  /// `7d`.
  public var description: String { "\(days)d" }
}

/// Which snapshot dates to write: `from`…`to` every `step` (defaults: first and last event
/// day).
public struct SnapshotRange: Sendable, Hashable {
  public var from: Day?
  public var to: Day?
  public var step: SnapshotStep

  public init(from: Day? = nil, to: Day? = nil, step: SnapshotStep = SnapshotStep(days: 1)) {
    self.from = from
    self.to = to
    self.step = step
  }
}
