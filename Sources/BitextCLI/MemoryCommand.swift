import ArgumentParser
import Bitext
import Foundation

struct MemoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tm",
        abstract: "The translation memory: add aligned articles, import and export TMX, search like a CAT tool.",
        discussion: """
        The memory is an SQLite file: --memory PATH, else $BITEXT_MEMORY, else ./bitext.tm. \
        Units with the same texts (after NFC and white-space normalisation) are stored once with \
        every origin; differing translations of one source are kept side by side (see 'tm conflicts').
        """,
        subcommands: [MemoryAddCommand.self, MemoryImportCommand.self, MemoryExportCommand.self, MemorySearchCommand.self,
                      MemoryConcordanceCommand.self, MemoryStatsCommand.self, MemoryConflictsCommand.self, MemoryShowCommand.self,
                      MemoryRemoveCommand.self]
    )
}

/// Where the memory is, and who is adding to it.
struct MemoryOptions: ParsableArguments {
    @Option(name: .customLong("memory"), help: "Translation memory file (default $BITEXT_MEMORY, else ./bitext.tm).")
    var path: String?
    @Option(help: "Who adds the units (default $BITEXT_USER, else $USER).") var user: String?

    var resolvedPath: String { path ?? TranslationMemory.defaultPath() }

    var resolvedUser: String? {
        let env = ProcessInfo.processInfo.environment
        return user ?? env["BITEXT_USER"] ?? env["USER"]
    }

    func open(create: Bool) throws -> TranslationMemory {
        try TranslationMemory(path: resolvedPath, create: create)
    }

    func report(_ c: MemoryChanges, prefix: String = "") {
        FileHandle.standardError.write(Data("bitext: \(prefix)\(c.added) units added, \(c.merged) merged into units already there, \(c.unchanged) already there (\(resolvedPath))\n".utf8))
    }
}

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

/// Output of the memory's reports: text for people, JSON lines for tools.
enum ReportFormat: String, ExpressibleByArgument {
    case text, json
}

func jsonLine(_ object: [String: Any]) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
}

func originJSON(_ o: MemoryOrigin) -> [String: Any] {
    var d: [String: Any] = [:]
    d["document"] = o.document
    d["document_target"] = o.documentTarget
    d["document_date"] = o.documentDate
    d["source"] = o.source
    d["confidence"] = o.confidence
    d["bead"] = o.bead
    d["mode"] = o.mode
    d["kind"] = o.kind
    d["creator"] = o.creator
    d["added"] = o.added
    return d
}

/// "seed001.txt ~ seed001.ko.txt, 2025-11-14, 1-1, confidence 0.98 (align)"
func originLine(_ o: MemoryOrigin) -> String {
    var parts: [String] = []
    if let d = o.document { parts.append(o.documentTarget.map { "\(d) ~ \($0)" } ?? d) }
    if let d = o.documentDate { parts.append(d) }
    if let b = o.bead { parts.append(b) }
    if let c = o.confidence { parts.append("confidence \(Confidence.format(c))") }
    if let m = o.mode { parts.append(m) }
    if let k = o.kind { parts.append(k) }
    if let u = o.creator { parts.append("by \(u)") }
    if let s = o.source { parts.append("from \(s)") }
    return parts.isEmpty ? "(no provenance)" : parts.joined(separator: ", ")
}
