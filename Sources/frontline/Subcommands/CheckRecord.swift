import ArgumentParser
import Chronology
import Extractor
import Foundation
import FrontlineKit

extension FrontlineCommand {
  struct CheckRecord: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "check-record",
      abstract: "Compare the control timeline with a published record of the day districts fell.",
      discussion: """
        Extracts events from the reports (or reads --events), folds them into
        each district's control over time exactly as `frontline run` does, and
        for every row of RECORD prints the day the record says the district
        fell, the first day the timeline shows it taliban ('-' when it never
        does), and the error in days (negative = early), measured from the
        nearer of fall_date and alt_date. Then three summary lines: how many
        recorded districts the timeline turns taliban, the median absolute
        error, and how many are more than 2 days early (before both recorded
        days).

        RECORD is a CSV file with a header line naming a district pcode column
        (capital_district_pcode, district_pcode or pcode) and a date column
        (fall_date or date, YYYY-MM-DD); optional alt_date (a minority date)
        and capital or name columns; other columns are ignored. A bad RECORD
        (missing column, bad date, a pcode that is no district) stops with the
        file and line, status 1. Otherwise the status is 0, however far the
        timeline is from the record: this is a report, not a test.

        --format csv prints the rows only; --format json adds the summary.

        Examples:
          frontline check-record ../shared/data/afg_provincial_capitals_fall_2021.csv \\
            ../shared/corpus/dev
          frontline check-record record.csv --events events.jsonl --format csv
          printf 'pcode,date\\nAF3401,2021-08-06\\n' > zaranj.csv
          frontline check-record zaranj.csv reports/
        """)

    @Argument(help: ArgumentHelp("CSV of recorded falls: a pcode and a date column (see above).", valueName: "record"))
    var record: String

    @Argument(help: ArgumentHelp(
      "Report files, directories of .txt reports, or - for JSON Lines on stdin (instead of --events).",
      valueName: "report"))
    var reports: [String] = []

    @Option(help: ArgumentHelp(
      "Events as JSON Lines (from `frontline extract`, or made by hand) instead of reports.", valueName: "file"))
    var events: String?

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for reports without one.", valueName: "YYYY-MM-DD"))
    var published: Day?

    @Option(help: "Output format (table|csv|json).")
    var format: ListFormat = .table

    @OptionGroup var gazetteer: GazetteerOptions

    func validate() throws {
      guard FileManager.default.fileExists(atPath: record) else { throw ValidationError("\(record): no such record file") }
      try validateEventsOrReports(events: events, reports: reports, missing: "give report files or directories, or --events FILE")
    }

    func run() throws {
      let index = try gazetteer.load()
      // The record first: a bad record fails before any report is read.
      let fallRecord = try FallRecord(contentsOf: record, index: index)
      let records = try loadEvents(
        events: events, reports: reports, published: published, index: index, samplesWhenEmpty: false)
      let comparison = RecordCheckJob.compare(records, with: fallRecord, index: index, warn: printWarning)
      FileHandleOutput.standardOutput(comparison.rendered(format: format))
    }
  }
}
