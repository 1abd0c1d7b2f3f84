import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Glossary {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "edit", abstract: "Add or remove a variant, change the preferred form, kind or note.")
        @Argument(help: "The entry's id (see `bitext glossary list`).") var id: String
        @Option(name: .customLong("add"), help: "LANG=FORM: add a variant.") var additions: [String] = []
        @Option(name: .customLong("remove"), help: "LANG=FORM: remove a variant.") var removals: [String] = []
        @Option(name: .customLong("prefer"), help: "LANG=FORM: make this the preferred form (added if new).") var preferred: [String] = []
        @Option(help: "The entity's new kind.") var kind: GlossaryEntry.Kind?
        @Option(help: "Replace the note.") var note: String?
        @Option(help: "Replace the source.") var source: String?
        @OptionGroup var glossary: GlossaryFileOption

        func run() throws {
            try reportingErrors {
                try glossary.update { g in
                    guard var e = g[id] ?? glossary.inherited(id) else {
                        throw BitextError.invalidArgument("no entry with id '\(id)' in \(glossary.path)")
                    }
                    for a in additions { let (l, v) = try languageForm(a); if !(e.forms[l]?.contains(v) ?? false) { e.forms[l, default: []].append(v) } }
                    for r in removals {
                        let (l, v) = try languageForm(r)
                        guard e.forms[l]?.contains(v) == true else { throw BitextError.invalidArgument("'\(id)' has no \(l) form '\(v)'") }
                        e.forms[l]!.removeAll { $0 == v }
                        if e.forms[l]!.isEmpty { e.forms[l] = nil }
                    }
                    for p in preferred { let (l, v) = try languageForm(p); e.forms[l] = [v] + (e.forms[l] ?? []).filter { $0 != v } }
                    if let kind {
                        e.kind = kind
                    }
                    if let note { e.note = note }
                    if let source { e.source = source }
                    guard !e.forms.isEmpty else { throw BitextError.invalidArgument("'\(id)' would have no form left; use remove") }
                    if g[id] == nil { try g.add(e, origin: glossary.path) } else { try g.replace(e, origin: glossary.path) }
                }
            }
        }
    }
}
