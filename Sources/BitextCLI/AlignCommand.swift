import ArgumentParser
import Bitext
import Foundation

struct AlignCommand: ParsableCommand {
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

/// Which glossaries a command uses: --glossary, else $BITEXT_GLOSSARY, else ./glossaries if present.
struct GlossaryChoice: ParsableArguments {
    @Option(name: .customLong("glossary"), help: "Glossary TSV file or folder (repeatable).") var glossaries: [String] = []
    @Flag(name: .customLong("no-glossary"), help: "Use no glossary at all.") var noGlossary = false

    func load() throws -> Glossary? {
        let paths = noGlossary ? [] : (glossaries.isEmpty ? GlossaryLoader.defaultPaths() : glossaries)
        return paths.isEmpty ? nil : try GlossaryLoader().load(paths)
    }
}

/// How two documents are aligned: shared by `align`, `tm add` and the commands that align first.
struct AlignmentOptions: ParsableArguments {
    @Option(name: .customLong("src-lang"), help: "Source language (BCP 47); detected when omitted.") var srcLang: String?
    @Option(name: .customLong("tgt-lang"), help: "Target language (BCP 47); detected when omitted.") var tgtLang: String?
    @Flag(help: "Input already has one sentence per line.") var presegmented = false
    @OptionGroup var glossary: GlossaryChoice
    @Option(help: "auto (decide per pair), parallel (a translation) or comparable (independent accounts).")
    var mode: String = "auto"
    @Flag(name: .customLong("keep-boilerplate"), help: "Align page furniture (related news, hashtags, follow prompts) too.")
    var keepBoilerplate = false
    @Flag(help: "Do not report the mode chosen by --mode auto or the pair's verdict.") var quiet = false
    @Flag(help: "Write (or store) the alignment even when the texts are judged not to be the same story (exit 4 otherwise).")
    var force = false
    @OptionGroup var input: InputOptions

    func validate() throws {
        if AlignmentMode(rawValue: mode) == nil { throw ValidationError("unknown mode '\(mode)' (use auto, parallel or comparable)") }
    }

    var alignmentMode: AlignmentMode { AlignmentMode(rawValue: mode) ?? .auto }

    func pipeline() throws -> AlignmentPipeline {
        var pipeline = AlignmentPipeline(glossary: try glossary.load(), presegmented: presegmented, keepBoilerplate: keepBoilerplate)
        pipeline.maxSentenceCharacters = input.maxSentenceChars
        return pipeline
    }

    /// Loads one pair (two files, or one file holding two languages) and aligns it, reporting the mode chosen.
    func alignPair(_ files: [String]) throws -> Alignment {
        var pipeline = try pipeline()
        let bar = SearchProgress(quiet: quiet)
        if bar.enabled {
            let report: SentenceAligner.Progress = { pass, fraction in bar.show(pass: pass, fraction: fraction) }
            pipeline.progress = report
        }
        defer { bar.finish() }
        let (src, tgt) = try loadPair(files, srcLang: srcLang, tgtLang: tgtLang, presegmented: presegmented, loader: input.loader)
        let (alignment, decision) = try pipeline.alignWithDecision(src, tgt, mode: alignmentMode)
        if let decision, !quiet {
            FileHandle.standardError.write(Data("bitext: mode \(decision.mode.rawValue) (\(decision.reason))\n".utf8))
        }
        if let verdict = alignment.verdict, !quiet {
            FileHandle.standardError.write(Data("bitext: \(verdict.summary)\n".utf8))
        }
        let furniture = [alignment.source, alignment.target].compactMap { side in
            side.furnitureLeftOut.flatMap { $0 > 0 ? "\($0) in \(side.name)" : nil }
        }
        if !furniture.isEmpty, !quiet {
            FileHandle.standardError.write(Data("bitext: page furniture left out: \(furniture.joined(separator: ", ")) (--keep-boilerplate aligns it)\n".utf8))
        }
        if let verdict = alignment.verdict, verdict.relation == .unrelated, !force {
            throw UnrelatedTexts(source: alignment.source.name, target: alignment.target.name, verdict: verdict)
        }
        return alignment
    }
}

extension AlignCommand {
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

/// A format name given with --format: one of the registry's, which completions and --help list.
struct FormatName: ExpressibleByArgument {
    var name: String

    init?(argument: String) {
        guard ExporterRegistry.standard.exporter(named: argument) != nil else { return nil }
        name = argument
    }

    static var allValueStrings: [String] { ExporterRegistry.standard.names }
    static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

/// The current time, or $SOURCE_DATE_EPOCH when set, so that outputs can be reproduced byte for byte.
func reproducibleNow() -> Date {
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = TimeInterval(epoch) {
        return Date(timeIntervalSince1970: seconds)
    }
    return Date()
}
