import GeoModel


/// Small hand-made features used by the golden and ogrinfo tests.
enum Fixtures {
  /// Kabul, Mazar-i-Sharif and a district-sized polygon with a hole, in WGS 84 degrees.
  static let mixedFeatures: [Feature] = [
    Feature(
      id: "kabul-2021-08-15",
      geometry: .point(Position(longitude: 69.1723456789, latitude: 34.5281)),
      properties: [
        ("name", "Kabul"),
        ("name_fa", "کابل"),
        ("killed", 12),
        ("confidence", 0.875),
        ("verified", true),
        ("note", nil),
        ("date", .date("2021-08-15")),
        ("quote", "\"We left\" / at night\n"),
      ]),
    Feature(
      id: 2,
      geometry: .polygon([
        [
          Position(longitude: 68.0, latitude: 32.0), Position(longitude: 68.5, latitude: 32.0),
          Position(longitude: 68.5, latitude: 32.5), Position(longitude: 68.0, latitude: 32.5),
          Position(longitude: 68.0, latitude: 32.0),
        ],
        [
          Position(longitude: 68.2, latitude: 32.2), Position(longitude: 68.2, latitude: 32.3),
          Position(longitude: 68.3, latitude: 32.3), Position(longitude: 68.3, latitude: 32.2),
          Position(longitude: 68.2, latitude: 32.2),
        ],
      ]),
      properties: [("name", "Ab Band"), ("killed", 0), ("confidence", 1.0)]),
    Feature(
      geometry: .multiPolygon([
        [[
          Position(longitude: 66.9, latitude: 36.7), Position(longitude: 67.2, latitude: 36.7),
          Position(longitude: 67.2, latitude: 36.8), Position(longitude: 66.9, latitude: 36.7),
        ]],
        [[
          Position(longitude: 67.3, latitude: 36.6), Position(longitude: 67.4, latitude: 36.6),
          Position(longitude: 67.4, latitude: 36.65), Position(longitude: 67.3, latitude: 36.6),
        ]],
      ]),
      properties: [("name", "Mazār-i-Sharīf"), ("killed", -1), ("confidence", -0.0)]),
    Feature(
      id: "unlocated",
      geometry: nil,
      properties: [("name", "somewhere in Helmand"), ("killed", 3), ("confidence", 0.333333333)]),
  ]

  /// Same-typed point features for the ogrinfo schema test.
  static let pointEvents: [Feature] = [
    ("Kabul", 69.1723, 34.5281, 12, 0.875, "2021-08-15", true),
    ("Kandahar", 65.7101, 31.6133, 4, 0.5, "2021-08-13", false),
    ("Herat", 62.2031, 34.3482, 0, 1.0, "2021-08-12", true),
  ].enumerated().map { index, event in
    Feature(
      id: .integer(index + 1),
      geometry: .point(Position(longitude: event.1, latitude: event.2)),
      properties: [
        ("name", .string(event.0)), ("killed", .integer(event.3)), ("confidence", .double(event.4)),
        ("date", .date(event.5)), ("verified", .bool(event.6)),
      ])
  }
}
