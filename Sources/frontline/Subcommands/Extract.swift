import ArgumentParser
import Extractor
import Foundation
import FrontlineKit

extension EventFormat: ExpressibleByArgument {}

extension FrontlineCommand {
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Find captures, recaptures, contested districts and mobilisation in news reports.",
      discussion: """
        Reads .txt reports (files, directories of *.txt, or - for JSON Lines records
        {"id","published","text"} on standard input) and writes one event per line as JSON Lines
        (or CSV). Each event names its gazetteer place (pcode), its date, the sentence and the
        trigger phrase. A report's publication date comes from --published, else from a sidecar
        NAME.meta.json {"published": "YYYY-MM-DD"} beside NAME.txt.

        Files that are empty, binary or not UTF-8 are reported and skipped; the exit status is
        then 1 (after writing the events of the other files).

        Examples:
          frontline extract report.txt --published 2021-06-24
          frontline extract reports/ -o events.jsonl
          cat records.jsonl | frontline extract - --format csv
        """)

    @Argument(help: ArgumentHelp("Report files, directories of .txt reports, or - for JSON Lines on stdin.", valueName: "input"))
    var inputs: [String]

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for reports without one.", valueName: "date"))
    var published: String?

    @Option(help: "Output format (jsonl|csv).")
    var format: EventFormat = .jsonl

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Drop events less confident than this (0…1).", valueName: "x"))
    var minConfidence: Double = 0

    @OptionGroup var gazetteer: GazetteerOptions

    func validate() throws {
      if let published, Day(iso: published) == nil {
        throw ValidationError("--published '\(published)' is not a date of the form YYYY-MM-DD")
      }
      guard minConfidence.isFinite, (0...1).contains(minConfidence) else {
        throw ValidationError("--min-confidence must be between 0 and 1")
      }
    }

    func run() throws {
      try runReportingErrors {
        let index = try gazetteer.load()
        let (documents, skipped) = try ReportReader.read(inputs, published: published.flatMap { Day(iso: $0) })
        for skip in skipped { printWarning(skip.description) }
        let progress = ProgressLine(label: "extracting")
        let events = ExtractJob.events(of: documents, index: index, minConfidence: minConfidence) { done, total in
          progress.update(done, of: total)
        }
        progress.finish()
        let text = ExtractJob.render(events, format: format)
        if let output {
          try OutputFile.write(text, to: output)
        } else {
          FileHandleOutput.standardOutput(text)
        }
        if !skipped.isEmpty {
          printError("\(skipped.count) of \(skipped.count + documents.count) inputs skipped")
          throw ExitCode.failure
        }
      }
    }
  }
}
