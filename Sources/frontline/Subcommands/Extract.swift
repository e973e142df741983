import ArgumentParser
import Chronology
import Extractor
import Foundation
import FrontlineKit
import GeoJSON
import Layers

extension EventFormat: ExpressibleByArgument {}

/// `--language`: a report language, or `auto` to detect it per report.
enum LanguageOption: String, CaseIterable, ExpressibleByArgument {
  case auto, en, fa, ps

  var language: DocumentLanguage? { DocumentLanguage(rawValue: rawValue) }
}

extension FrontlineCommand {
  struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "extract",
      abstract: "Find captures, recaptures, contested districts and mobilisation in news reports.",
      discussion: """
        Reads .txt reports (files, directories of *.txt, or - for JSON Lines
        records {"id","published","text"} on standard input) and writes one
        event per line as JSON Lines (or CSV). Each event names its gazetteer
        place (pcode), its date, the sentence and the trigger phrase. A
        report's publication date comes from --published, else from a sidecar
        NAME.meta.json {"published": "YYYY-MM-DD"} beside NAME.txt.

        Files that are empty, binary or not UTF-8, and JSON Lines records that
        are not records, are reported (file and line) and skipped; the exit
        status is then 1 (after writing the events of the others). Reports
        stream through in input order, so standard input may be of any length.
        --jobs reports are extracted at once (default: one per core); the
        output is the same, byte for byte, whatever --jobs is.

        Examples:
          frontline extract report.txt --published 2021-06-24
          frontline extract reports/ -o events.jsonl
          cat records.jsonl | frontline extract - --format csv
          frontline extract dari-report.txt --language fa
        """)

    @Argument(help: ArgumentHelp("Report files, directories of .txt reports, or - for JSON Lines on stdin.", valueName: "input"))
    var inputs: [String]

    @Option(help: ArgumentHelp("Publication date (YYYY-MM-DD) for reports without one.", valueName: "YYYY-MM-DD"))
    var published: Day?

    @Option(help: "Output format (jsonl|csv).")
    var format: EventFormat = .jsonl

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this file (atomically) instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Drop events less confident than this (0…1).", valueName: "x"))
    var minConfidence: Double = 0

    @Option(help: "Report language: auto (from the script and common words), en, fa (Dari) or ps (Pashto).")
    var language: LanguageOption = .auto

    @Option(
      help: ArgumentHelp(
        "Reports extracted at once, on as many threads (default: the number of cores; 1: one report after another on one thread).",
        valueName: "n"))
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var gazetteer: GazetteerOptions

    func validate() throws {
      guard minConfidence.isFinite, (0...1).contains(minConfidence) else {
        throw ValidationError("--min-confidence must be between 0 and 1")
      }
      guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
      let index = try gazetteer.load()
      // Every input is checked before the first event is written; then reports stream
      // through in batches, so `extract -` runs in bounded memory on a stream of any length.
      let reports = try ReportStream(inputs, published: published)
      let file = try output.map { try AtomicFileOutput(destination: URL(fileURLWithPath: $0)) }
      // Standard output gets 64 KiB at a time rather than one write(2) per report. The workers
      // render bytes (`renderRowBytes`), which go out as they are.
      var pending: [UInt8] = []
      func write(_ bytes: [UInt8]) throws {
        if let file { return try file.write(String(decoding: bytes, as: UTF8.self)) }
        pending += bytes
        if pending.count >= 1 << 16 { flush() }
      }
      func flush() {
        if !pending.isEmpty { FileHandleOutput.standardOutput(pending) }
        pending.removeAll(keepingCapacity: true)
      }
      // Also when reading fails part way: the events of the reports before stay written.
      defer { flush() }
      if format == .csv { try write(Array((EventCoding.csvHeader + "\n").utf8)) }
      let progress = ProgressLine(label: "extracting")
      // Each worker renders its report's rows, so only reading and writing stay on this thread.
      let summary = try ExtractJob.stream(
        reports, index: index, minConfidence: minConfidence, language: language.language, workers: jobs,
        transform: { [format] in ExtractJob.renderRowBytes($0, format: format) },
        emit: { try write($0) },
        skip: { printWarning($0.description) },
        progress: { progress.update($0, of: nil) })
      flush()
      progress.finish()
      try file?.commit()
      if !summary.skipped.isEmpty {
        printError("\(summary.skipped.count) of \(summary.skipped.count + summary.documentCount) inputs skipped")
        throw ExitCode.failure
      }
    }
  }
}
