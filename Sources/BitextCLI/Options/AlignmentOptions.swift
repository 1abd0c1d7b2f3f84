import ArgumentParser
import Bitext
import Foundation

/// How two documents are aligned: shared by `align`, `tm add` and the commands that align first.
struct AlignmentOptions: ParsableArguments {
    @Option(name: .customLong("src-lang"), help: "Source language (BCP 47); detected when omitted.") var srcLang: String?
    @Option(name: .customLong("tgt-lang"), help: "Target language (BCP 47); detected when omitted.") var tgtLang: String?
    @Flag(help: "Input already has one sentence per line.") var presegmented = false
    @OptionGroup var glossary: GlossaryChoice
    @Option(help: "auto (decide per pair), parallel (a translation) or comparable (independent accounts).")
    var mode: AlignmentMode = .auto
    @Flag(name: .customLong("keep-boilerplate"), help: "Align page furniture (related news, hashtags, follow prompts, bylines and credits) too.")
    var keepBoilerplate = false
    @Flag(help: "Do not report the mode chosen by --mode auto or the pair's verdict.") var quiet = false
    @Flag(help: "Write (or store) the alignment even when the texts are judged not to be the same story (exit 4 otherwise).")
    var force = false
    @Option(help: "A lexicon learned from aligned text ('bitext tm lexicon'): its word translations tie sentences too.")
    var lexicon: String?
    @OptionGroup var input: InputOptions

    var alignmentMode: AlignmentMode { mode }

    func pipeline() throws -> AlignmentPipeline {
        let learned = try lexicon.map { try TranslationLexicon(tsv: input.loader.text(at: $0), origin: $0) }
        var pipeline = AlignmentPipeline(glossary: try glossary.load(), lexicon: learned, presegmented: presegmented, keepBoilerplate: keepBoilerplate)
        pipeline.maxSentenceCharacters = input.maxSentenceChars
        return pipeline
    }

    /// Loads one pair (two files, or one file holding two languages) and aligns it, reporting the mode chosen.
    func alignPair(_ files: [String]) throws -> Alignment {
        var pipeline = try pipeline()
        defer { ProcessEnd.leave(pipeline) }
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
