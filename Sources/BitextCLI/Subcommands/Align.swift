import ArgumentParser
import Bitext
import Foundation

extension BitextCommand {
    struct Align: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "align",
            abstract: "Align two texts (or one file holding two languages, or three or more accounts) sentence by sentence.",
            discussion: """
            With one FILE that holds a text and then its translation (e.g. English paragraphs, then Korean), \
            Bitext splits it by language and aligns the parts. With three or more files (accounts of one event \
            in different languages) it aligns every pair and writes units holding every language (TMX, JSONL \
            or TSV). Glossaries: --glossary, else $BITEXT_GLOSSARY, else ./glossaries if present.
            """
        )

        @Argument(help: "SOURCE [TARGET] or three or more files (UTF-8, '-' for standard input).") var files: [String]
        @OptionGroup var aligning: AlignmentOptions
        @Option(help: "Languages of three or more files, comma-separated in file order (detected when omitted).") var langs: String?
        @Option(help: "The output format: json is Bitext's alignment, for review; html a read-only report. Inferred from --output's extension; tsv otherwise.")
        var format: FormatName?
        @Option(name: .shortAndLong, help: "Output file (written atomically); standard output when omitted (nothing with --into-memory).")
        var output: String?
        @Option(name: .customLong("min-confidence"), help: "Leave beads under this confidence out of TMX and the memory (flagged 'low' elsewhere).")
        var minConfidence: Double = 0
        @Flag(name: .customLong("into-memory"), help: "Also store the aligned units in the translation memory (see --memory).")
        var intoMemory = false
        @OptionGroup var memory: MemoryOptions

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("give a file to align") }
            if files.count > 2, aligning.srcLang != nil || aligning.tgtLang != nil {
                throw ValidationError("with three or more files, give languages with --langs")
            }
            if files.count > 2, intoMemory { throw ValidationError("--into-memory takes one pair of documents") }
            guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        }

        func run() throws {
            try reportingErrors {
                try FileIdentity.refuseOverwriting([output], inputs: files + aligning.glossary.glossaries)
                let exporter = try ExporterRegistry.standard.resolve(format: format?.name, output: output)   // refused before any work
                if files.count > 2 {
                    try alignMany(aligning.pipeline(), loader: aligning.input.loader, exporter: exporter)
                    return
                }
                let alignment = try aligning.alignPair(files)
                if intoMemory {
                    let changes = try memory.open(create: true).add(MemoryEntry.entries(from: alignment, minConfidence: minConfidence, user: memory.user))
                    memory.report(changes)
                    guard output != nil || format != nil else { return }
                }
                let settings = ExportSettings(minConfidence: minConfidence, creationDate: reproducibleNow(),
                                              glossary: exporter is HTMLReportExporter ? try aligning.glossary.load() : nil)
                try emit(exporter.export(alignment, settings: settings), to: output)
            }
        }
    }
}

extension BitextCommand.Align {
    func alignMany(_ pipeline: AlignmentPipeline, loader: DocumentLoader, exporter: any AlignmentExporter) throws {
        let languages = try (langs?.split(separator: ",").map { try LanguageCode(String($0)) }) ?? []
        guard languages.isEmpty || languages.count == files.count else {
            throw BitextError.invalidArgument("--langs names \(languages.count) languages for \(files.count) files")
        }
        let documents = try files.enumerated().map {
            try loader.load($0.element, language: languages.isEmpty ? nil : languages[$0.offset], presegmented: aligning.presegmented)
        }
        let multi = try MultiAligner(pipeline: pipeline, mode: aligning.alignmentMode).align(documents)
        if !aligning.quiet {
            let modes = multi.modes.sorted { $0.key < $1.key }.map { "\(files[$0.key.first]) ~ \(files[$0.key.second]): \($0.value.rawValue)" }
            FileHandle.standardError.write(Data("bitext: modes \(modes.joined(separator: "; "))\n".utf8))
        }
        let settings = ExportSettings(minConfidence: minConfidence, creationDate: reproducibleNow())
        guard let text = exporter.export(multi, settings: settings) else {
            let many = ExporterRegistry.standard.exporters.filter(\.holdsManyDocuments)
            throw BitextError.invalidArgument("the \(exporter.name) format holds two documents; use \(ExporterRegistry.listed(many.map(\.name))) for three or more")
        }
        try emit(text, to: output)
    }
}
