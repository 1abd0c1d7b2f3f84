import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Glossary {
    struct Match: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "match",
            abstract: "Score two names (any of en, ko, vi, ja) and say whether they are the same at the anchor threshold.",
            discussion: "With --pairs FILE, score a labelled TSV (lang_a form_a lang_b form_b same [note]) and print precision and recall.")

        @Argument(help: "Two names.") var names: [String] = []
        @Option(help: "Languages of the two names, e.g. en,ko (detected when omitted).") var langs: String?
        @Option(help: "A labelled TSV of name pairs to evaluate instead.") var pairs: String?
        @Option(help: "With --pairs: only rows whose note says split=NAME.") var split: String?
        @Flag(help: "With --pairs: list every error.") var verbose = false

        func validate() throws {
            if pairs == nil && names.count != 2 { throw ValidationError("give two names, or --pairs FILE") }
        }

        func run() throws {
            try reportingErrors {
                let matcher = try NameMatcher()
                if let pairs {
                    let (score, errors) = try NamePairScore.evaluate(tsv: DocumentLoader().text(at: pairs), name: pairs, matcher: matcher, split: split)
                    if verbose { errors.forEach { print($0) } }
                    print(String(format: "threshold %.2f: precision %.3f recall %.3f (tp %d fp %d fn %d tn %d)", NameMatcher.threshold,
                                 score.precision, score.recall, score.truePositives, score.falsePositives, score.falseNegatives, score.trueNegatives))
                    return
                }
                let codes = try langs?.split(separator: ",").map { try LanguageCode(String($0)) }
                let m = matcher.match(names[0], codes?.first, names[1], codes?.dropFirst().first)
                print(String(format: "%.3f\t%@\t%@ ~ %@", m.score, m.same ? "same" : "different", m.left, m.right))
            }
        }
    }
}
