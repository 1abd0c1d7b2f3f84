import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Glossary {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List entities: id, kind, preferred form.")
        @Option(help: "Only entities of this kind.") var kind: GlossaryEntry.Kind?
        @Option(help: "Show the preferred form in this language (only entities that have one).") var lang: String = "en"
        @OptionGroup var glossary: GlossaryFileOption

        func run() throws {
            try reportingErrors {
                let language = try LanguageCode(lang)
                for e in try glossary.loadForReading().entries where kind == nil || e.kind == kind {
                    if let form = e.preferred(language) { print("\(e.id)\t\(e.kind.rawValue)\t\(form)") }
                }
            }
        }
    }
}
