import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Memory {
    struct Export: ParsableCommand {
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
}
