import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Memory {
    struct Conflicts: ParsableCommand {
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
}
