import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Glossary {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an entity.")
        @Argument(help: "Stable id, e.g. naha.") var id: String
        @Option(help: "What the entity is.") var kind: GlossaryEntry.Kind
        @Option(name: .customLong("form"), help: "LANG=FORM, repeatable; the first per language is preferred.") var forms: [String]
        @Option(help: "A note for reviewers (sources, spelling decisions).") var note = ""
        @Option(help: "Where the entry comes from (an article, a style guide).") var source = ""
        @OptionGroup var glossary: GlossaryFileOption

        func run() throws {
            try reportingErrors {
                var map: [String: [String]] = [:]
                for f in forms { let (l, v) = try languageForm(f); map[l, default: []].append(v) }
                try glossary.update { g in
                    try g.add(GlossaryEntry(id: id, kind: kind, forms: map, note: note, source: source), origin: glossary.path)
                }
            }
        }
    }
}
