import ArgumentParser
import Bitext
import Foundation

/// The glossary file a command reads and writes.
struct GlossaryFileOption: ParsableArguments {
    @Option(name: .customLong("file"), help: "Glossary TSV file.") var path: String = "glossaries/entities.tsv"
    var file: GlossaryFile { GlossaryFile(path: path) }
}

/// `lang=form` pairs from the command line.
func languageForm(_ text: String) throws -> (String, String) {
    guard let eq = text.firstIndex(of: "=") else { throw BitextError.invalidArgument("expected LANG=FORM, got '\(text)'") }
    let lang = try LanguageCode(String(text[..<eq])).tag
    let form = Normalization.normalize(String(text[text.index(after: eq)...]).trimmingCharacters(in: .whitespaces))
    guard !form.isEmpty, !form.contains("|"), !form.contains("\t") else { throw BitextError.invalidArgument("'\(text)': a form must be non-empty, without | or tab") }
    return (lang, form)
}

func describe(_ e: GlossaryEntry, languages: [String]) -> String {
    var lines = ["\(e.id) (\(e.kind.rawValue))"]
    for lang in languages { if let forms = e.forms[lang] { lines.append("  \(lang): \(forms.joined(separator: " | "))") } }
    if !e.note.isEmpty { lines.append("  note: \(e.note)") }
    if !e.source.isEmpty { lines.append("  source: \(e.source)") }
    return lines.joined(separator: "\n")
}

struct GlossaryAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add an entity.")
    @Argument(help: "Stable id, e.g. naha.") var id: String
    @Option(help: "person, place, org, unit, ship, title, term or other.") var kind: String
    @Option(name: .customLong("form"), help: "LANG=FORM, repeatable; the first per language is preferred.") var forms: [String]
    @Option(help: "A note for reviewers (sources, spelling decisions).") var note = ""
    @Option(help: "Where the entry comes from (an article, a style guide).") var source = ""
    @OptionGroup var glossary: GlossaryFileOption

    func run() throws {
        try reportingErrors {
            guard let k = GlossaryEntry.Kind(rawValue: kind) else { throw BitextError.invalidArgument("unknown kind '\(kind)'") }
            var map: [String: [String]] = [:]
            for f in forms { let (l, v) = try languageForm(f); map[l, default: []].append(v) }
            try glossary.file.update { g in
                try g.add(GlossaryEntry(id: id, kind: k, forms: map, note: note, source: source), origin: glossary.path)
            }
        }
    }
}

struct GlossaryEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "edit", abstract: "Add or remove a variant, change the preferred form, kind or note.")
    @Argument var id: String
    @Option(name: .customLong("add"), help: "LANG=FORM: add a variant.") var additions: [String] = []
    @Option(name: .customLong("remove"), help: "LANG=FORM: remove a variant.") var removals: [String] = []
    @Option(name: .customLong("prefer"), help: "LANG=FORM: make this the preferred form (added if new).") var preferred: [String] = []
    @Option(help: "New kind: person, place, org, unit, ship, title, term or other.") var kind: String?
    @Option(help: "Replace the note.") var note: String?
    @Option(help: "Replace the source.") var source: String?
    @OptionGroup var glossary: GlossaryFileOption

    func run() throws {
        try reportingErrors {
            try glossary.file.update { g in
                guard var e = g[id] else { throw BitextError.invalidArgument("no entry with id '\(id)' in \(glossary.path)") }
                for a in additions { let (l, v) = try languageForm(a); if !(e.forms[l]?.contains(v) ?? false) { e.forms[l, default: []].append(v) } }
                for r in removals {
                    let (l, v) = try languageForm(r)
                    guard e.forms[l]?.contains(v) == true else { throw BitextError.invalidArgument("'\(id)' has no \(l) form '\(v)'") }
                    e.forms[l]!.removeAll { $0 == v }
                    if e.forms[l]!.isEmpty { e.forms[l] = nil }
                }
                for p in preferred { let (l, v) = try languageForm(p); e.forms[l] = [v] + (e.forms[l] ?? []).filter { $0 != v } }
                if let kind {
                    guard let k = GlossaryEntry.Kind(rawValue: kind) else { throw BitextError.invalidArgument("unknown kind '\(kind)'") }
                    e.kind = k
                }
                if let note { e.note = note }
                if let source { e.source = source }
                guard !e.forms.isEmpty else { throw BitextError.invalidArgument("'\(id)' would have no form left; use remove") }
                try g.replace(e, origin: glossary.path)
            }
        }
    }
}

struct GlossaryRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove an entity.")
    @Argument var id: String
    @OptionGroup var glossary: GlossaryFileOption

    func run() throws {
        try reportingErrors {
            try glossary.file.update { g in
                guard g.remove(id: id) else { throw BitextError.invalidArgument("no entry with id '\(id)' in \(glossary.path)") }
            }
        }
    }
}

struct GlossaryShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one entity.")
    @Argument var id: String
    @OptionGroup var glossary: GlossaryFileOption

    func run() throws {
        try reportingErrors {
            let g = try glossary.file.load()
            guard let e = g[id] else { throw BitextError.invalidArgument("no entry with id '\(id)' in \(glossary.path)") }
            print(describe(e, languages: g.languages))
        }
    }
}

struct GlossaryListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List entities: id, kind, preferred form.")
    @Option(help: "Only entities of this kind (person, place, org, unit, ship, title, term or other).") var kind: String?
    @Option(help: "Show the preferred form in this language (only entities that have one).") var lang: String = "en"
    @OptionGroup var glossary: GlossaryFileOption

    func run() throws {
        try reportingErrors {
            let language = try LanguageCode(lang)
            if let kind, GlossaryEntry.Kind(rawValue: kind) == nil { throw BitextError.invalidArgument("unknown kind '\(kind)'") }
            for e in try glossary.file.load().entries where kind == nil || e.kind.rawValue == kind {
                if let form = e.preferred(language) { print("\(e.id)\t\(e.kind.rawValue)\t\(form)") }
            }
        }
    }
}

struct GlossaryFindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find", abstract: "Find a name: exact forms first, then fuzzy matches through transliteration, with scores.")
    @Argument var name: String
    @Option(help: "Language of NAME (detected when omitted).") var lang: String?
    @Option(help: "Lowest fuzzy score shown.") var minimum = 0.75
    @OptionGroup var glossary: GlossaryFileOption

    func run() throws {
        try reportingErrors {
            let g = try glossary.file.load()
            let language = try lang.map { try LanguageCode($0) }
            let matcher = try NameMatcher()
            for hit in GlossarySearch(glossary: g, matcher: matcher).find(name, language: language, minimum: minimum) {
                print(String(format: "%.3f\t%@\t%@\t%@:%@", hit.score, hit.id, hit.kind, hit.language, hit.form))
            }
        }
    }
}
