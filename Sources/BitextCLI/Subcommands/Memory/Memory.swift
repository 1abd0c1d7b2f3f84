import ArgumentParser
import Bitext
import Foundation

extension BitextCommand {
    struct Memory: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tm",
            abstract: "The translation memory: add aligned articles, import and export TMX, search like a CAT tool.",
            discussion: """
            The memory is an SQLite file: --memory PATH, else $BITEXT_MEMORY, else ./bitext.tm. \
            Units with the same texts (after NFC and white-space normalisation) are stored once with \
            every origin; differing translations of one source are kept side by side (see 'tm conflicts').
            """,
            subcommands: [Add.self, Import.self, Export.self, Search.self,
                          Concordance.self, Stats.self, Conflicts.self, Show.self,
                          Remove.self, Lexicon.self]
        )
    }
}
