import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Glossary {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an entity.")
        @Argument(help: "The entry's id (see `bitext glossary list`).") var id: String
        @OptionGroup var glossary: GlossaryFileOption

        func run() throws {
            try reportingErrors {
                try glossary.update { g in
                    guard g.remove(id: id) else {
                        let elsewhere = glossary.inherited(id) != nil ? " (it comes from another glossary layer; see `bitext glossary show \(id)`)" : ""
                        throw BitextError.invalidArgument("no entry with id '\(id)' in \(glossary.path)\(elsewhere)")
                    }
                }
            }
        }
    }
}
