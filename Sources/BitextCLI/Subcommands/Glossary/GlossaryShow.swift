import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Glossary {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one entity.")
        @Argument(help: "The entry's id (see `bitext glossary list`).") var id: String
        @OptionGroup var glossary: GlossaryFileOption

        func run() throws {
            try reportingErrors {
                let g = try glossary.loadForReading()
                guard let e = g[id] else { throw BitextError.invalidArgument("no entry with id '\(id)' in \(glossary.named ?? "the glossaries loaded")") }
                print(describe(e, languages: g.languages))
            }
        }
    }
}
