import ArgumentParser
import Bitext
import Foundation

struct MemoryStatsCommand: ParsableCommand {
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

struct MemoryConflictsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "conflicts", abstract: "Source texts the memory translates more than one way (all kept; none overwritten).")

    @Option(help: "Source language (every pair when omitted).") var from: String?
    @Option(help: "Target language.") var to: String?
    @Option(help: "text or json.") var format: ReportFormat = .text
    @OptionGroup var memory: MemoryOptions

    func run() throws {
        try reportingErrors {
            let conflicts = try memory.open(create: false).conflicts(from: parseLanguage(from)?.tag, to: parseLanguage(to)?.tag)
            var out = ""
            for c in conflicts {
                if format == .json {
                    out += jsonLine(["from": c.from, "to": c.to, "source": c.sourceText,
                                     "translations": c.translations.map { ["text": $0.text, "units": $0.units, "documents": $0.documents] }])
                    continue
                }
                out += "\(c.from): \(c.sourceText)\n"
                for t in c.translations {
                    out += "  \(c.to): \(t.text)  [\(t.units.map { "#\($0)" }.joined(separator: " "))\(t.documents.isEmpty ? "" : "; " + t.documents.joined(separator: ", "))]\n"
                }
            }
            if format == .text { out += "\(conflicts.count) source texts with more than one translation\n" }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}
