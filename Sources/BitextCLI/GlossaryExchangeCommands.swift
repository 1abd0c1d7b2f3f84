import ArgumentParser
import Bitext
import Foundation

struct GlossaryExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the glossary as OmegaT text, CSV, TBX-Basic v3 or old-style TBX (martif).")
    @Option(help: "omegat, csv, tbx or martif; inferred from --output's extension (.txt, .csv, .tbx).") var format: String?
    @Option(help: "Source language (OmegaT).") var src: String = "en"
    @Option(help: "Target language (OmegaT).") var tgt: String = "ko"
    @Option(name: .shortAndLong, help: "Output file (atomic); standard output when omitted.") var output: String?
    @OptionGroup var glossary: GlossaryFileOption

    func run() throws {
        try reportingErrors {
            let g = try glossary.file.load()
            guard let f = format.flatMap(GlossaryFormat.init(rawValue:)) ?? output.flatMap({ GlossaryFormat.infer($0) }) else {
                throw BitextError.invalidArgument("give --format omegat, csv, tbx or martif")
            }
            let text: String = switch f {
            case .omegat: GlossaryExchange.omegat(g, source: try LanguageCode(src), target: try LanguageCode(tgt))
            case .csv: GlossaryExchange.csv(g)
            case .tbx: GlossaryExchange.tbx(g)
            case .martif: GlossaryExchange.martif(g)
            }
            try emit(text, to: output)
        }
    }
}

struct GlossaryImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add the entries of an OmegaT, CSV or TBX glossary to the glossary file; nothing is written if any entry conflicts.")
    @Argument var input: String
    @Option(help: "omegat, csv, tbx or martif; inferred from the file name.") var format: String?
    @Option(help: "Source language of an OmegaT glossary.") var src: String?
    @Option(help: "Target language of an OmegaT glossary.") var tgt: String?
    @OptionGroup var glossary: GlossaryFileOption

    func run() throws {
        try reportingErrors {
            let text = try DocumentLoader().text(at: input)
            guard let f = format.flatMap(GlossaryFormat.init(rawValue:)) ?? GlossaryFormat.infer(input, content: text) else {
                throw BitextError.invalidArgument("cannot tell the format of \(input); give --format")
            }
            let incoming = try GlossaryExchange.read(text, format: f, name: input, source: try parseLanguage(src), target: try parseLanguage(tgt))
            var g = FileManager.default.fileExists(atPath: glossary.path) ? try glossary.file.load() : Glossary()
            try g.merge(incoming, origin: input)
            try glossary.file.save(g)
            print("imported \(incoming.entries.count) entries into \(glossary.path)")
        }
    }
}

struct GlossaryMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine another glossary into this one. Entries with the same id and the same forms are kept once; conflicts are listed and nothing is written.")
    @Argument var other: String
    @OptionGroup var glossary: GlossaryFileOption

    func run() throws {
        try reportingErrors {
            var g = try glossary.file.load()
            let incoming = try GlossaryFile(path: other).load()
            let (merged, conflicts) = g.merging(incoming)
            if !conflicts.isEmpty {
                for c in conflicts { FileHandle.standardError.write(Data("conflict: \(c)\n".utf8)) }
                throw BitextError.invalidArgument("\(conflicts.count) conflicts between \(glossary.path) and \(other); nothing written")
            }
            g = merged
            try glossary.file.save(g)
            print("merged \(incoming.entries.count) entries into \(glossary.path)")
        }
    }
}
