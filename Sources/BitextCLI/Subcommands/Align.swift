import ArgumentParser
import Bitext
import Foundation

extension BitextCommand {
    struct Align: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "align",
            abstract: "Align two texts (or one file holding two languages, or three or more accounts) sentence by sentence.",
            discussion: """
            With one FILE that holds a text and then its translation (e.g. English paragraphs, then Korean), \
            Bitext splits it by language and aligns the parts. With three or more files (accounts of one event \
            in different languages) it aligns every pair and writes units holding every language (TMX, JSONL \
            or TSV). With two folders it pairs their files by name (story.txt with story.txt, or story.en.txt \
            with story.ko.txt) and aligns every pair on every core, as batch does: one TMX (-o) or a file \
            per pair (--per-pair), with a JSONL report.
            """
        )

        @Argument(help: "SOURCE [TARGET], three or more files (UTF-8, '-' for standard input), or two folders.") var files: [String]
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
        @Option(name: .customLong("per-pair"), help: "With two folders: a folder for one file per pair (TMX unless --format says otherwise).")
        var perPair: String?
        @Option(help: "With two folders: the JSONL report (default: beside the output, as NAME.report.jsonl).") var report: String?
        @Option(help: "With two folders: pairs aligned at once (default: the number of cores).") var jobs: Int?

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("give a file to align") }
            if files.count > 2, aligning.srcLang != nil || aligning.tgtLang != nil {
                throw ValidationError("with three or more files, give languages with --langs")
            }
            if files.count > 2, intoMemory { throw ValidationError("--into-memory takes one pair of documents") }
            guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        }

        func run() async throws {
            if files.count == 2, files.allSatisfy(FileKind.isFolder) {
                try await reportingErrors { try await alignFolders() }
                return
            }
            if perPair != nil || report != nil || jobs != nil {
                throw ValidationError("--per-pair, --report and --jobs apply to two folders")
            }
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

    /// Two folders: their files paired by name, aligned as a batch.
    func alignFolders() async throws {
        guard output != nil || perPair != nil || intoMemory else {
            throw BitextError.invalidArgument("two folders make many pairs: say where the units go with -o FILE.tmx, --per-pair DIR or --into-memory")
        }
        if format != nil, perPair == nil { throw BitextError.invalidArgument("--format names the format of the --per-pair files; -o writes one TMX") }
        if let jobs, jobs < 1 { throw BitextError.invalidArgument("--jobs must be at least 1") }
        let pairing = try FolderPairing(source: files[0], target: files[1])
        for path in pairing.unpaired { FileHandle.standardError.write(Data("bitext: \(path): no file of that name in the other folder; left out\n".utf8)) }
        guard !pairing.pairs.isEmpty else { throw BitextError.invalidArgument("no file of \(files[0]) has a namesake in \(files[1])") }
        let pairs = pairing.pairs.map { pair in
            var p = pair
            (p.sourceLanguage, p.targetLanguage) = (aligning.srcLang, aligning.tgtLang)
            return p
        }
        let job = BatchJob(aligning: aligning, memory: memory, output: output, perPair: perPair, format: format, intoMemory: intoMemory,
                           report: report, resume: false, width: jobs ?? ProcessInfo.processInfo.activeProcessorCount, minConfidence: minConfidence)
        let aligner = BatchAligner(pipeline: try aligning.pipeline(), mode: aligning.alignmentMode, loader: aligning.input.loader)
        try await job.run(pairs, aligner: aligner, listedIn: files[0] + " and " + files[1])
    }
}
