import ArgumentParser
import Bitext
import Foundation

/// Which units: shared by export and remove.
struct MemoryFilterOptions: ParsableArguments {
    @Option(help: "Source language: units with a text in it (en matches en-US).") var from: String?
    @Option(help: "Target language: units with a text in it.") var to: String?
    @Option(help: "Units from this document (file name).") var document: String?
    @Option(help: "Document date (else creation date) on or after YYYY-MM-DD.") var since: String?
    @Option(help: "Document date (else creation date) on or before YYYY-MM-DD.") var until: String?
    @Option(name: .customLong("min-confidence"), help: "Alignment confidence at least this (human translations count as 1).")
    var minConfidence: Double?
    @Option(name: .customLong("source"), help: "Units brought by this imported file name, or 'align'.") var source: String?

    func filter() throws -> MemoryFilter {
        var f = MemoryFilter()
        f.languages = try [from, to].compactMap { try parseLanguage($0)?.tag }
        f.document = document
        for date in [since, until].compactMap({ $0 }) where !DocumentParser.isISODate(date[...]) {
            throw BitextError.invalidArgument("'\(date)' is not a date (use YYYY-MM-DD)")
        }
        f.since = since
        f.until = until
        if let c = minConfidence, !(0...1).contains(c) { throw BitextError.invalidArgument("--min-confidence must be between 0 and 1") }
        f.minConfidence = minConfidence
        f.source = source
        return f
    }
}
