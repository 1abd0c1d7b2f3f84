import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Glossary {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Combine another glossary into this one. Entries with the same id and the same forms are kept once; conflicts are listed and nothing is written.")
        @Argument(help: "Another Bitext glossary TSV.") var other: String
        @OptionGroup var glossary: GlossaryFileOption

        func run() throws {
            try reportingErrors {
                let incoming = try GlossaryFile(path: other).load()
                try glossary.update { g in
                    let (merged, conflicts) = g.merging(incoming)
                    if !conflicts.isEmpty {
                        for c in conflicts { FileHandle.standardError.write(Data("conflict: \(c)\n".utf8)) }
                        throw BitextError.invalidArgument("\(conflicts.count) conflicts between \(glossary.path) and \(other); nothing written")
                    }
                    g = merged
                }
                print("merged \(incoming.entries.count) entries into \(glossary.path)")
            }
        }
    }
}
