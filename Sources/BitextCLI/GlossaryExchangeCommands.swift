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
            try FileIdentity.refuseOverwriting([output], inputs: [glossary.path])
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
            try glossary.file.update(creating: true) { g in try g.merge(incoming, origin: input) }
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
            let incoming = try GlossaryFile(path: other).load()
            try glossary.file.update { g in
                let (merged, conflicts) = g.merging(incoming)
                if !conflicts.isEmpty {
                    for c in conflicts { FileHandle.standardError.write(Data("conflict: \(c)\n".utf8)) }
                    throw BitextError.invalidArgument("\(conflicts.count) conflicts between \(glossary.path) and \(other); nothing written")
                }
                g = merged
            }
            print("merged \(incoming.entries.count) entries into \(glossary.path)")
        }
    }
}

struct GlossaryExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Propose glossary entries from an aligned article pair: names the glossary lacks and their counterparts.",
        discussion: """
        Prints score, supporting pairs, the two forms and a suggested id. A proposal is acceptable with a match score \
        of at least the anchor threshold and two supporting pairs, or a score of 0.97 (an exact transliteration). \
        --accept adds the acceptable ones to --file (kind 'other'; edit them afterwards). A saved alignment \
        (Bitext's .jsonl output, with --src-lang and --tgt-lang) can be given instead of the texts.
        """)
    @Argument(help: "SOURCE [TARGET]; one file holding two languages is split; or ALIGNMENT.jsonl.") var files: [String]
    @Option(name: .customLong("src-lang"), help: "Source language (BCP 47); detected when omitted.") var srcLang: String?
    @Option(name: .customLong("tgt-lang"), help: "Target language (BCP 47); detected when omitted.") var tgtLang: String?
    @Flag(help: "Input already has one sentence per line.") var presegmented = false
    @Flag(help: "Add the acceptable proposals to the glossary file.") var accept = false
    @Option(name: .customLong("min-score"), help: "Lowest match score a proposal needs (with two supporting pairs).") var minScore = NameMatcher.threshold
    @OptionGroup var glossary: GlossaryFileOption
    @OptionGroup var input: InputOptions

    func validate() throws {
        guard (1...2).contains(files.count) else { throw ValidationError("give SOURCE [TARGET]") }
    }

    func run() throws {
        try reportingErrors {
            let loader = input.loader
            _ = try glossary.file.load() // a broken glossary is reported before any alignment work
            let anchors = try GlossaryLoader().load(GlossaryLoader.defaultPaths().isEmpty ? [glossary.path] : GlossaryLoader.defaultPaths())
            let alignment: Alignment
            if files.count == 1, files[0].hasSuffix(".jsonl") {
                guard let s = try parseLanguage(srcLang), let t = try parseLanguage(tgtLang) else {
                    throw BitextError.invalidArgument("a saved alignment needs --src-lang and --tgt-lang")
                }
                alignment = try AlignmentJSONL.read(loader.text(at: files[0]), name: files[0], source: s, target: t)
            } else {
                let (src, tgt) = try loadPair(files, srcLang: srcLang, tgtLang: tgtLang, presegmented: presegmented, loader: loader)
                alignment = try AlignmentPipeline(glossary: anchors, presegmented: presegmented).align(src, tgt, mode: .auto)
            }
            let proposals = EntryExtractor(glossary: anchors, matcher: try NameMatcher()).proposals(alignment)
            for p in proposals {
                print(String(format: "%.3f\t%d\t%@:%@\t%@:%@\t%@%@", p.score, p.support, p.sourceLanguage, p.source, p.targetLanguage, p.target,
                             p.suggestedID, p.acceptable(minScore: minScore) ? "" : "\t(needs review)"))
            }
            guard accept else { return }
            let added = try glossary.file.update { g in
                var added = 0
                for p in proposals where p.acceptable(minScore: minScore) {
                    do {
                        try g.add(GlossaryEntry(id: p.suggestedID, kind: .other, forms: [p.sourceLanguage: [p.source], p.targetLanguage: [p.target]],
                                                source: "bitext glossary extract"), origin: glossary.path)
                        added += 1
                    } catch {
                        FileHandle.standardError.write(Data("bitext: not added: \(error)\n".utf8))
                    }
                }
                return added
            }
            FileHandle.standardError.write(Data("bitext: added \(added) entries to \(glossary.path)\n".utf8))
        }
    }
}
