import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Glossary {
    struct Extract: ParsableCommand {
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
        @Flag(help: "One JSON object a proposal, with its evidence.") var json = false
        @Option(name: .customLong("min-score"), help: "Lowest match score a proposal needs (with two supporting pairs).") var minScore = NameMatcher.threshold
        @OptionGroup var glossary: GlossaryFileOption
        @OptionGroup var input: InputOptions

        func validate() throws {
            guard (1...2).contains(files.count) else { throw ValidationError("give SOURCE [TARGET]") }
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
                    print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self))
                    continue
                }
                var line = String(format: "%.3f\t%d\t%@\t%@:%@\t%@:%@\t%@", p.score, p.beads, p.kind.rawValue, p.sourceLanguage, p.source,
                                  p.targetLanguage, p.target, p.suggestedID)
                if !p.acceptable(minScore: minScore) {
                    let why = p.partOf.map { ": part of \($0)" } ?? (p.mutual ? "" : ": a better pair competes")
                    line += "\t(needs review\(why))"
                }
                if !p.competitors.isEmpty { line += "\tvs " + p.competitors.prefix(3).joined(separator: ", ") }
                print(line)
            }
        }

        func run() throws {
            try reportingErrors {
                let loader = input.loader
                // A broken glossary is reported before any alignment work.
                let anchors = try glossary.loadForReading()
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
                let proposals = EntryExtractor(glossary: anchors, matcher: try NameMatcher()).proposals(alignment, article: files.joined(separator: " + "))
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
