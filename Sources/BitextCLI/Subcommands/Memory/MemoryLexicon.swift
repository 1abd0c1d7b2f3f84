import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Memory {
    struct Lexicon: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lexicon",
            abstract: "Learn word translations from the memory's units, for 'align --lexicon'.",
            discussion: """
            Counts, over the units holding both languages (at least --min-confidence where the aligner gave one), \
            how often each word, each word of the other language and each pair of them occur, and keeps the pairs \
            whose Dice coefficient is at least --min-dice and that occur together --min-count times. Words are folded, \
            Korean particles stripped, function words left out; Vietnamese pairs of syllables count as words. Chinese \
            and Japanese, written without spaces, give no words yet. The lexicon grows with the memory: relearn it as \
            articles are added.
            """)
        @Option(name: .customLong("src-lang"), help: "Source language (BCP 47).") var srcLang: String
        @Option(name: .customLong("tgt-lang"), help: "Target language (BCP 47).") var tgtLang: String
        @Option(name: .shortAndLong, help: "Lexicon file (written atomically); standard output when omitted.") var output: String?
        @Option(name: .customLong("min-count"), help: "Sentence pairs a word pair needs.") var minCount = 2
        @Option(name: .customLong("min-dice"), help: "Lowest Dice coefficient kept.") var minDice = 0.3
        @Option(name: .customLong("min-confidence"), help: "Units the aligner gave less confidence are not used.") var minConfidence = 0.5
        @OptionGroup var memory: MemoryOptions

        func validate() throws {
            guard minCount >= 1 else { throw ValidationError("--min-count must be at least 1") }
            guard (0...1).contains(minDice), (0...1).contains(minConfidence) else { throw ValidationError("--min-dice and --min-confidence are between 0 and 1") }
        }

        func run() throws {
            try reportingErrors {
                try FileIdentity.refuseOverwriting([output], inputs: [memory.resolvedPath])
                let s = try LanguageCode(srcLang), t = try LanguageCode(tgtLang)
                var learner = LexiconLearner(source: s, target: t)
                learner.minCount = minCount
                learner.minDice = minDice
                try memory.open(create: false).forEachArticle(source: s.primary, target: t.primary) { article in
                    for pair in article.pairs where pair.confidence >= minConfidence { learner.add(source: pair.source, target: pair.target) }
                }
                let lexicon = learner.lexicon()
                if let output, output != "-" {
                    try AtomicFile.write(lexicon.tsv(), to: output)
                } else {
                    FileHandle.standardOutput.write(Data(lexicon.tsv().utf8))
                }
                FileHandle.standardError.write(Data("bitext: \(lexicon.count) translations of \(lexicon.translations.count) words from \(learner.pairs) units\n".utf8))
            }
        }
    }
}
