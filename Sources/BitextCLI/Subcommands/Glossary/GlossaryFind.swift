import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Glossary {
    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "find", abstract: "Find a name: exact forms first, then fuzzy matches through transliteration, with scores.")
        @Argument(help: "A name in any language, matched exactly or by sound.") var name: String
        @Option(help: "Language of NAME (detected when omitted).") var lang: String?
        @Option(help: "Lowest fuzzy score shown.") var minimum = 0.75
        @OptionGroup var glossary: GlossaryFileOption

        func run() throws {
            try reportingErrors {
                let g = try glossary.loadForReading()
                let language = try lang.map { try LanguageCode($0) }
                let matcher = try NameMatcher()
                for hit in GlossarySearch(glossary: g, matcher: matcher).find(name, language: language, minimum: minimum) {
                    print(String(format: "%.3f\t%@\t%@\t%@:%@", hit.score, hit.id, hit.kind, hit.language, hit.form))
                }
            }
        }
    }
}
