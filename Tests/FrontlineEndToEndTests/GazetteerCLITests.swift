import Foundation
import FrontlineTestSupport
import Testing

/// `frontline gazetteer lookup|list` and `frontline near`, run as a user would.
@Suite struct GazetteerCLITests {
  @Test(arguments: [
    (["Samkani"], "AF1310"), (["Tsamkani"], "AF1310"), (["Chamkani"], "AF1310"),
    (["Janikhil", "--province", "Paktia"], "AF1309"), (["Patan", "--province", "Paktia"], "AF1311"),
    (["Abband"], "AF1113"), (["Ab Band"], "AF1113"), (["Qarabagh", "--province", "Ghazni"], "AF1111"),
    (["Qarabagh", "--province", "Kabul"], "AF0114"), (["Muqur", "--province", "Ghazni"], "AF1115"),
    (["Muqur", "--province", "Badghis"], "AF3103"), (["Gilan"], "AF1117"), (["Gelan"], "AF1117"),
    (["Khash", "--province", "Badakhshan"], "AF1705"), (["Paktia"], "AF13"), (["Paktya"], "AF13"),
    (["Ghazni"], "AF11"), (["Badakhshan"], "AF17"), (["Sar-e-Pul"], "AF22"), (["Sari Pul"], "AF22"),
    (["Jowzjan"], "AF28"), (["Jawzjan"], "AF28"), (["Helmand"], "AF30"), (["Herat"], "AF32"),
    (["Marja"], "AF3002"), (["Kishim"], "AF1715"), (["Keshem"], "AF1715"),
  ] as [([String], String)])
  func lookupFindsThePcode(_ arguments: [String], _ pcode: String) throws {
    let result = try FrontlineCLI.run(["gazetteer", "lookup"] + arguments + ["--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    let first = try #require(array.first)
    #expect(first["pcode"] as? String == pcode, "\(arguments): \(result.stdout)")
    #expect(first["matched"] is String)
  }

  @Test func ambiguousNameListsBothDistrictsAndSaysSo() throws {
    let result = try FrontlineCLI.run(["gazetteer", "lookup", "Qarabagh"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("AF0114") && result.stdout.contains("AF1111"))
    #expect(result.stdout.contains("names 2 districts; add --province"))
  }

  @Test func temporaryDistrictLookupNamesItsParent() throws {
    let result = try FrontlineCLI.run(["gazetteer", "lookup", "Marja"])
    #expect(result.stdout.contains("AF3002"))
    #expect(result.stdout.contains("temporary district Marja"))
  }

  @Test func unknownNameExitsOneWithSuggestions() throws {
    let result = try FrontlineCLI.run(["gazetteer", "lookup", "Kandahxr"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("no place matches 'Kandahxr'; did you mean: Kandahar"))
  }

  @Test func unknownProvinceExitsOne() throws {
    let result = try FrontlineCLI.run(["gazetteer", "lookup", "Muqur", "--province", "Atlantis"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("'Atlantis' is not a province"))
  }

  @Test func listAsCSVStartsWithTheDocumentedColumns() throws {
    let result = try FrontlineCLI.run(["gazetteer", "list", "--level", "district", "--format", "csv"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("pcode,name,level,province_pcode,province,lon,lat") == true)
    #expect(lines.count == 400)
    let provinces = try FrontlineCLI.run(["gazetteer", "list", "--province", "Paktia", "--level", "district"])
    #expect(provinces.stdout.split(separator: "\n").count == 12)
  }

  @Test func nearGardezListsGardezFirstWithinFiveKilometres() throws {
    let result = try FrontlineCLI.run(["near", "33.60", "69.24", "--json"])
    #expect(result.status == 0)
    let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(array.first?["pcode"] as? String == "AF1301")
    #expect((array.first?["distance_km"] as? Double ?? 99) < 5)
    #expect(array.count == 10)
  }

  @Test func nearHonoursRadiusAndLimit() throws {
    let result = try FrontlineCLI.run(["near", "34.53", "69.17", "--radius", "15km", "--limit", "3", "--json"])
    let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(array.count <= 3 && !array.isEmpty)
    #expect(array.allSatisfy { ($0["distance_km"] as? Double ?? 99) <= 15 })
  }

  @Test func nearTakesNegativeNumbersAsValuesAndWarnsFarOutsideAfghanistan() throws {
    let result = try FrontlineCLI.run(["near", "33.6", "-62.2", "--limit", "1", "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(array.count == 1)
    #expect(result.stderr == "frontline: warning: latitude 33.6, longitude -62.2 lies far outside Afghanistan (10413 km from the nearest district, Gulran)\n")
    let southern = try FrontlineCLI.run(["near", "-33.6", "69.2", "--limit", "1"])
    #expect(southern.status == 0, "a negative latitude first: \(southern.stderr)")
    let terminator = try FrontlineCLI.run(["near", "--limit", "1", "--", "-33.6", "69.2"])
    #expect(terminator.status == 0, "-- before the coordinates still works: \(terminator.stderr)")
    #expect(terminator.stdout == southern.stdout)
  }

  @Test func nearSuggestsSwappingLatitudeAndLongitude() throws {
    let swapped = try FrontlineCLI.run(["near", "69.24", "33.60", "--limit", "1"])
    #expect(swapped.status == 0)
    #expect(swapped.stderr.hasPrefix("frontline: warning: latitude 69.24, longitude 33.6 lies far outside Afghanistan (4046 km from the nearest district, Khamyab)"))
    #expect(swapped.stderr.contains("latitude and longitude swapped? latitude comes first: near 33.6 69.24"))
    for inside in [["33.60", "69.24"], ["37.1", "74.9"], ["29.4", "64.0"]] {
      let result = try FrontlineCLI.run(["near"] + inside + ["--limit", "1"])
      #expect(result.stderr.isEmpty, "\(inside) is in Afghanistan: \(result.stderr)")
    }
  }

  @Test(arguments: [
    ["near", "95", "69"], ["near", "abc", "69"], ["near", "nan", "69"], ["near", "33", "200"],
    ["near", "33", "69", "--radius", "far"], ["near", "33"], ["near", "33", "69", "70"], ["near", "33", "69", "--bogus"],
  ])
  func nearRejectsInvalidCoordinatesAsUsageErrors(_ arguments: [String]) throws {
    let result = try FrontlineCLI.run(arguments)
    #expect(result.status == 64, "\(arguments): \(result.status) \(result.stderr)")
    #expect(result.stderr.contains("Error"))
  }

  /// A Persian-script query finds its place and shows the Dari and Pashto names; JSON always
  /// carries them (null where the gazetteer has none).
  @Test func lookupInPersianScriptShowsTheDariAndPashtoNames() throws {
    let table = try FrontlineCLI.run(["gazetteer", "lookup", "گردیز"])
    #expect(table.status == 0, "\(table.stderr)")
    let lines = table.stdout.split(separator: "\n")
    #expect(lines.first?.hasSuffix("name_dari  name_pashto") == true, "\(table.stdout)")
    #expect(lines.count == 2 && lines[1].hasPrefix("AF1301  Gardez"), "\(table.stdout)")
    let json = try FrontlineCLI.run(["gazetteer", "lookup", "Gardez", "--json"])
    let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    let gardez = try #require(array.first { $0["pcode"] as? String == "AF1301" })
    #expect(gardez["name_dari"] as? String == "گردیز")
    let english = try FrontlineCLI.run(["gazetteer", "lookup", "Gardez"])
    #expect(!english.stdout.contains("name_dari"), "an English query keeps the narrow table")
  }

  /// `locate` answers by polygon, where `near` answers by representative point: 31.0 N 62.2 E
  /// lies inside Chakhansur although Zaranj's point is nearer.
  @Test func locateNamesTheDistrictWhosePolygonHoldsThePoint() throws {
    let near = try FrontlineCLI.run(["near", "31.0", "62.2", "--limit", "1", "--json"])
    let nearest = try #require(try JSONSerialization.jsonObject(with: Data(near.stdout.utf8)) as? [[String: Any]])
    #expect(nearest.first?["pcode"] as? String == "AF3401")
    let result = try FrontlineCLI.run(["locate", "31.0", "62.2", "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["pcode"] as? String == "AF3403")
    #expect(object["inside"] as? Bool == true)
    let table = try FrontlineCLI.run(["locate", "34.53", "69.17"])
    #expect(table.stdout.contains("AF0101  Kabul"), "\(table.stdout)")
  }

  @Test func locateOutsideAfghanistanNamesTheNearestDistrictAndWarns() throws {
    let result = try FrontlineCLI.run(["locate", "62.2", "31.0", "--json"])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["inside"] as? Bool == false)
    #expect((object["distance_km"] as? Double ?? 0) > 3000)
    #expect(result.stderr.contains("latitude and longitude swapped? latitude comes first: locate 31 62.2"))
  }

  @Test(arguments: [["locate", "95", "69"], ["locate", "33"], ["locate", "33", "69", "70"], ["locate", "x", "69"]])
  func locateRejectsInvalidCoordinatesAsUsageErrors(_ arguments: [String]) throws {
    let result = try FrontlineCLI.run(arguments)
    #expect(result.status == 64, "\(arguments): \(result.status) \(result.stderr)")
  }

  @Test func gazetteerOverrideIsUsedAndBadDirectoryIsReported() throws {
    let good = try FrontlineCLI.run(["gazetteer", "lookup", "Gardez", "--gazetteer", FrontlineCLI.repositoryRoot.appendingPathComponent("gazetteer").path])
    #expect(good.status == 0)
    let bad = try FrontlineCLI.run(["gazetteer", "lookup", "Gardez", "--gazetteer", "/nonexistent"])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains("/nonexistent/provinces.csv"))
  }
}
