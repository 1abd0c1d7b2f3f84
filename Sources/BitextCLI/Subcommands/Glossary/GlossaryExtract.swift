import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Glossary {
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract",
            abstract: "Propose glossary entries from an aligned article pair: names the glossary lacks and their counterparts.",
            discussion: """
            Finds the names each text carries that the glossary lacks (titles, particles and ship prefixes read as a \
            reader would), pairs them across the aligned sentences by transliteration or by the Han readings, and prints \
            per proposal: best score, supporting beads, kind, the two forms, a suggested id, why it needs review and the \
            forms competing with it (--json: all of that as one object a line). A proposal is acceptable when each form \
            is the other's best counterpart, it is not part of a longer name, and its score is 0.97 with one bead, the \
            anchor threshold with two beads or two articles, or the same name read letter for letter anywhere in the two \
            texts. Several saved alignments (Bitext's .jsonl with --src-lang and --tgt-lang, or TMX files, one article \
            pair each: a batch's --per-pair output) or --memory aggregate the evidence: a name seen in ten articles is \
            proposed once with ten. --accept adds the acceptable ones to --file with their kind, their forms in every \
            language and the articles in 'source'.
            """)
        @Argument(help: "SOURCE [TARGET]; one file holding two languages is split; or saved alignments (.jsonl, .tmx), one article pair each.")
        var files: [String] = []
        @Option(name: .customLong("memory"), help: "Propose from every article of the translation memory at this path (with --src-lang and --tgt-lang).")
        var memoryPath: String?
        @Option(name: .customLong("src-lang"), help: "Source language (BCP 47); detected when omitted.") var srcLang: String?
        @Option(name: .customLong("tgt-lang"), help: "Target language (BCP 47); detected when omitted.") var tgtLang: String?
        @Flag(help: "Input already has one sentence per line.") var presegmented = false
        @Flag(help: "Add the acceptable proposals to the glossary file.") var accept = false
        @Flag(help: "One JSON object a proposal, with its evidence.") var json = false
        @Option(name: .customLong("min-score"), help: "Lowest match score a proposal needs (with two supporting pairs).") var minScore = NameMatcher.threshold
        @OptionGroup var glossary: GlossaryFileOption
        @OptionGroup var input: InputOptions

        func validate() throws {
            guard memoryPath == nil ? !files.isEmpty : files.isEmpty else { throw ValidationError("give SOURCE [TARGET], saved alignments, or --memory PATH") }
        }

        /// A saved alignment: Bitext's JSON lines (with --src-lang and --tgt-lang) or a TMX.
        func savedAlignment(_ file: String, loader: DocumentLoader) throws -> Alignment {
            if file.lowercased().hasSuffix(".tmx") {
                guard let a = try TMXAlignment.read(file, source: parseLanguage(srcLang), target: parseLanguage(tgtLang)) else {
                    throw BitextError.malformed(file, line: 1, reason: "not a TMX file")
                }
                return a
            }
            guard let s = try parseLanguage(srcLang), let t = try parseLanguage(tgtLang) else {
                throw BitextError.invalidArgument("a saved alignment needs --src-lang and --tgt-lang")
            }
            return try AlignmentJSONL.read(loader.text(at: file), name: file, source: s, target: t)
        }

        /// One line a proposal (score, beads, kind, the two forms, the suggested id, competitors), or JSON lines.
        func printProposals(_ proposals: [EntryProposal]) throws {
            for p in proposals {
                if json {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
                    var object = try JSONSerialization.jsonObject(with: encoder.encode(p)) as! [String: Any]
                    object["acceptable"] = p.acceptable(minScore: minScore)
                    object["sourceLanguage"] = p.sourceLanguage
                    object["source"] = p.source
                    object["targetLanguage"] = p.targetLanguage
                    object["target"] = p.target
                    object["kind"] = p.kind.rawValue
                    if let why = p.reviewReason { object["reviewReason"] = why }
                    print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self))
                    continue
                }
                var line = String(format: "%.3f\t%d\t%@\t%@:%@\t%@:%@\t%@", p.score, p.beads, p.kind.rawValue, p.sourceLanguage, p.source,
                                  p.targetLanguage, p.target, p.suggestedID)
                if !p.acceptable(minScore: minScore) {
                    let why = p.reviewReason.map { ": " + $0 } ?? ""
                    line += "\t(needs review\(why))"
                }
                if !p.competitors.isEmpty { line += "\tvs " + p.competitors.prefix(3).joined(separator: ", ") }
                print(line)
            }
        }

        /// A glossary pairs the names of two languages: two texts in one language have nothing to pair.
        static func refuseOneLanguage(_ source: LanguageCode, _ target: LanguageCode) throws {
            guard source.primary == target.primary else { return }
            throw BitextError.invalidArgument("both texts are in '\(source.primary)': a glossary pairs names across two languages")
        }

        func run() throws {
            try reportingErrors {
                let loader = input.loader
                if let s = try parseLanguage(srcLang), let t = try parseLanguage(tgtLang) { try Self.refuseOneLanguage(s, t) }
                // A broken glossary is reported before any alignment work.
                let anchors = try glossary.loadForReading()
                let extractor = EntryExtractor(glossary: anchors, matcher: try NameMatcher())
                let proposals: [EntryProposal]
                if let memoryPath {
                    guard let s = try parseLanguage(srcLang), let t = try parseLanguage(tgtLang) else {
                        throw BitextError.invalidArgument("--memory needs --src-lang and --tgt-lang")
                    }
                    var lists: [[EntryProposal]] = []
                    try TranslationMemory(path: memoryPath, create: false).forEachArticle(source: s.primary, target: t.primary) { article in
                        lists.append(extractor.proposals(pairs: article.pairs, source: s, target: t, article: article.document))
                    }
                    proposals = EntryProposals.aggregate(lists)
                } else if files.allSatisfy({ $0.hasSuffix(".jsonl") || $0.lowercased().hasSuffix(".tmx") }) {
                    // Saved alignments (Bitext's .jsonl, a TMX of one article pair each): one article each.
                    proposals = EntryProposals.aggregate(try files.map { file in
                        try extractor.proposals(savedAlignment(file, loader: loader), article: file)
                    })
                } else {
                    guard files.count <= 2 else { throw BitextError.invalidArgument("give SOURCE [TARGET], or saved alignments (.jsonl, .tmx), or --memory") }
                    let (src, tgt) = try loadPair(files, srcLang: srcLang, tgtLang: tgtLang, presegmented: presegmented, loader: loader)
                    try Self.refuseOneLanguage(src.language, tgt.language)
                    let alignment = try AlignmentPipeline(glossary: anchors, presegmented: presegmented).align(src, tgt, mode: .auto)
                    proposals = extractor.proposals(alignment, article: files.joined(separator: " + "))
                }
                try printProposals(proposals)
                guard accept else { return }
                let added = try glossary.update { g in
                    var added = 0
                    for entry in EntryProposals.entries(proposals.filter { $0.acceptable(minScore: minScore) }, origin: "bitext glossary extract") {
                        do {
                            try g.add(entry, origin: glossary.path)
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
}
