import ArgumentParser
import Bitext
import Foundation

extension ConflictPolicy: ExpressibleByArgument {}

struct MemoryAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Align two documents (or one file holding two languages) and store the units in the memory.")

    @Argument(help: "SOURCE [TARGET] (UTF-8, '-' for standard input).") var files: [String]
    @OptionGroup var aligning: AlignmentOptions
    @Option(name: .customLong("min-confidence"), help: "Store only beads with at least this confidence.") var minConfidence: Double = 0
    @OptionGroup var memory: MemoryOptions

    func validate() throws {
        guard (1...2).contains(files.count) else { throw ValidationError("give SOURCE and TARGET, or one file holding both languages") }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
    }

    func run() throws {
        try reportingErrors {
            let alignment = try aligning.alignPair(files)
            let store = try memory.open(create: true)
            memory.report(try store.add(MemoryEntry.entries(from: alignment, minConfidence: minConfidence, user: memory.resolvedUser)))
        }
    }
}

struct MemoryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import TMX 1.4b files (OmegaT, Trados, memoQ, Bitext), each in one transaction.",
        discussion: """
        A file that is not well-formed XML, or has a unit TMX forbids (a <tuv> without xml:lang, one \
        language only, an invalid language code), is refused with its line and column and nothing is \
        imported from it, unless --skip-invalid is given: then its good units are imported and the bad \
        ones listed. External entities and DTDs are never fetched.
        """)

    @Argument(help: "TMX files.") var files: [String]
    @Flag(name: .customLong("skip-invalid"), help: "Import the good units of a damaged file and list the bad ones.") var skipInvalid = false
    @OptionGroup var memory: MemoryOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give a TMX file to import") }
    }

    func run() throws {
        try reportingErrors {
            for file in files where !FileManager.default.fileExists(atPath: file) { throw BitextError.fileNotFound(file) }
            let store = try memory.open(create: true)
            for file in files {
                let report = try store.importTMX(URL(fileURLWithPath: file), skipInvalid: skipInvalid)
                memory.report(report.changes, prefix: "\(file): ")
                if report.skippedCount > 0 {
                    FileHandle.standardError.write(Data("bitext: \(file): \(report.skippedCount) invalid units skipped:\n".utf8))
                    for line in report.skipped { FileHandle.standardError.write(Data("  \(line)\n".utf8)) }
                }
            }
        }
    }
}

struct MemoryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Export the memory (or the units a filter takes) as TMX 1.4b.",
        discussion: """
        With --from and --to each unit holds just those two languages, source first. A source the \
        memory translates several ways is written once, with its best translation (most confident, \
        then most origins, then newest), since CAT tools keep only one; --conflicts all writes every one.
        """)

    @OptionGroup var filter: MemoryFilterOptions
    @Option(help: "best (one translation per source, what CAT tools use) or all (every translation).") var conflicts: ConflictPolicy = .best
    @Option(name: .shortAndLong, help: "TMX file (written atomically); standard output when omitted.") var output: String?
    @OptionGroup var memory: MemoryOptions

    func run() throws {
        try reportingErrors {
            try FileIdentity.refuseOverwriting([output], inputs: [memory.resolvedPath])
            let store = try memory.open(create: false)
            let f = try filter.filter()
            let report: ExportReport
            if let output, output != "-" {
                report = try store.exportTMX(to: output, filter: f, conflicts: conflicts, date: reproducibleNow())
            } else {
                report = try store.exportTMX(filter: f, conflicts: conflicts, date: reproducibleNow()) { FileHandle.standardOutput.write(Data($0.utf8)) }
            }
            let left = report.conflictsLeftOut > 0 ? " (\(report.conflictsLeftOut) other translations of the same sources left out; --conflicts all writes them)" : ""
            FileHandle.standardError.write(Data("bitext: \(report.units) units exported\(left)\n".utf8))
        }
    }
}

struct MemoryRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove units by id or by filter, in one transaction.")

    @Argument(help: "Unit ids (as search, concordance and export show them).") var ids: [Int64] = []
    @OptionGroup var filter: MemoryFilterOptions
    @Option(name: .customLong("below-confidence"), help: "Units whose alignment confidence is under this.") var belowConfidence: Double?
    @Flag(help: "Remove every unit (needed when no id or filter is given).") var all = false
    @OptionGroup var memory: MemoryOptions

    func run() throws {
        try reportingErrors {
            let store = try memory.open(create: false)
            var f = try filter.filter()
            f.ids = ids
            f.belowConfidence = belowConfidence
            let removed = try store.remove(f, all: all)
            FileHandle.standardError.write(Data("bitext: \(removed) units removed\n".utf8))
        }
    }
}
