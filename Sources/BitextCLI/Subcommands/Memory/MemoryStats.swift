import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Memory {
    struct Stats: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "stats", abstract: "What the memory holds.")

        @Option(help: "text or json.") var format: ReportFormat = .text
        @OptionGroup var memory: MemoryOptions

        func run() throws {
            try reportingErrors {
                let s = try memory.open(create: false).stats()
                if format == .json {
                    FileHandle.standardOutput.write(Data(jsonLine([
                        "units": s.units, "origins": s.origins, "documents": s.documents, "languages": s.variantsByLanguage,
                        "pairs": s.unitsByPair, "sources": s.unitsBySource, "first_created": s.firstCreated as Any,
                        "last_changed": s.lastChanged as Any, "bytes": s.fileBytes, "schema": s.schema,
                    ]).utf8))
                    return
                }
                var out = "memory     \(memory.resolvedPath) (\(s.fileBytes) bytes, schema \(s.schema.joined(separator: ",")))\n"
                out += "units      \(s.units) (\(s.origins) origins, \(s.documents) documents)\n"
                for (pair, n) in s.unitsByPair.sorted(by: { $0.key < $1.key }) { out += "pair       \(pair): \(n)\n" }
                for (lang, n) in s.variantsByLanguage.sorted(by: { $0.key < $1.key }) { out += "language   \(lang): \(n) texts\n" }
                for (source, n) in s.unitsBySource.sorted(by: { $0.key < $1.key }) { out += "source     \(source): \(n) units\n" }
                if let f = s.firstCreated, let l = s.lastChanged { out += "dates      created from \(f), last change \(l)\n" }
                FileHandle.standardOutput.write(Data(out.utf8))
            }
        }
    }
}
