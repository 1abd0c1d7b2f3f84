import ArgumentParser
import Bitext
import Foundation

extension BitextCommand {
    struct Glossary: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "glossary",
            abstract: "Maintain the entity glossary: names across English, Korean, Vietnamese and Japanese.",
            subcommands: [Add.self, Edit.self, Remove.self, Show.self,
                          List.self, Find.self, Match.self, Merge.self,
                          Import.self, Export.self, Extract.self])
    }
}
