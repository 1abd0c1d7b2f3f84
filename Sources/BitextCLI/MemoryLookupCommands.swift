import ArgumentParser
import Bitext
import Foundation

struct MemorySearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search", abstract: "Fuzzy matches of a sentence, as CAT tools compute them, best first.",
        discussion: """
        The score is 100 for the same text, 99 for the same words with different case, punctuation or \
        spacing, else 100 × (1 − word edit distance / words in the longer sentence), rounded down. \
        Glossary entities are marked ⟦ ⟧, with the rendering the glossary expects on the other side.
        """)

    @Argument(help: "The sentence to look up ('-' reads one sentence per line from standard input).") var text: String
    @Option(help: "Its language.") var from: String
    @Option(help: "The language of the translations wanted.") var to: String
    @Option(name: .customLong("min"), help: "Lowest score shown (percent).") var minimum: Int = 70
    @Option(help: "Matches shown at most.") var limit: Int = 10
    @Option(help: "text or json (one JSON object per match).") var format: ReportFormat = .text
    @Flag(help: "Read every posting list needed to miss no match, however common its words (slow on large memories).")
    var exhaustive = false
    @Flag(help: "Report each lookup's time in milliseconds on standard error (for benchmarks).") var timing = false
    @OptionGroup var glossary: GlossaryChoice
    @OptionGroup var memory: MemoryOptions

    func validate() throws {
        guard (1...100).contains(minimum) else { throw ValidationError("--min must be between 1 and 100") }
        guard limit > 0 else { throw ValidationError("--limit must be positive") }
    }

    func run() throws {
        try reportingErrors {
            let source = try LanguageCode(from).tag, target = try LanguageCode(to).tag
            let store = try memory.open(create: false)
            var marker = try glossary.load().map { GlossaryMarker(glossary: $0) }
            let queries = text == "-" ? readLine(strippingNewline: true).map { first in [first] + Array(sequence(state: ()) { _ in readLine() }) } ?? []
                : [text]
            var out = ""
            defer { FileHandle.standardOutput.write(Data(out.utf8)) }
            for query in queries where !query.trimmingCharacters(in: .whitespaces).isEmpty {
                let started = DispatchTime.now().uptimeNanoseconds
                let matches = try store.search(query, from: source, to: target, options: SearchOptions(minimum: minimum, limit: limit, exhaustive: exhaustive))
                if timing {
                    let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
                    FileHandle.standardError.write(Data("bitext: search \(String(format: "%.2f", ms)) ms, \(matches.count) matches\n".utf8))
                }
                if format == .text, queries.count > 1 { out += "== \(query)\n" }
                if format == .text, matches.isEmpty { out += "no match of \(minimum)% or more\n" }
                for m in matches {
                    let marks = marker?.marks(in: m.sourceText, language: source, counterpart: m.targetText, counterpartLanguage: target) ?? []
                    out += render(m, marks: marks, query: query)
                }
                if out.utf8.count > 1 << 16 {
                    FileHandle.standardOutput.write(Data(out.utf8))
                    out = ""
                }
            }
        }
    }

    func render(_ m: FuzzyMatch, marks: [GlossaryMark], query: String) -> String {
        if format == .json {
            return jsonLine(["query": query, "score": m.score, "id": m.unit.id, "source": m.sourceText, "target": m.targetText,
                             "confidence": m.unit.confidence as Any, "origins": m.unit.origins.map(originJSON),
                             "glossary": marks.map(markJSON)])
        }
        var s = "\(m.score)%  #\(m.unit.id)\n  \(from): \(GlossaryMarker.highlight(m.sourceText, marks))\n  \(to): \(m.targetText)\n"
        for o in m.unit.origins { s += "  from: \(originLine(o))\n" }
        s += markLines(marks)
        return s
    }
}

struct MemoryConcordanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "concordance", abstract: "Every unit whose text contains a word or name, with its aligned counterpart.",
        discussion: """
        Latin-script words match whole, with case and diacritics folded (Ha Noi finds Hà Nội); Korean \
        words match at the start of a word, where particles attach (문재인 finds 문재인은).
        """)

    @Argument(help: "The word or name.") var phrase: String
    @Option(help: "Look only in texts of this language.") var lang: String?
    @Option(help: "Show only counterparts in this language.") var to: String?
    @Option(help: "Units shown at most.") var limit: Int = 50
    @Option(help: "text or json (one JSON object per unit).") var format: ReportFormat = .text
    @OptionGroup var glossary: GlossaryChoice
    @OptionGroup var memory: MemoryOptions

    func run() throws {
        try reportingErrors {
            let language = try parseLanguage(lang)?.tag, counterpart = try parseLanguage(to)?.tag
            let store = try memory.open(create: false)
            var marker = try glossary.load().map { GlossaryMarker(glossary: $0) }
            let (hits, total) = try store.concordance(phrase, language: language, counterpart: counterpart, limit: limit)
            var out = ""
            for hit in hits {
                let other = hit.counterparts.first
                let marks = other.flatMap { o in
                    marker?.marks(in: hit.matched.text, language: hit.matched.language, counterpart: o.text, counterpartLanguage: o.language)
                } ?? []
                if format == .json {
                    out += jsonLine(["id": hit.unit.id, "language": hit.matched.language, "text": hit.matched.text,
                                     "counterparts": hit.counterparts.map { ["language": $0.language, "text": $0.text] },
                                     "origins": hit.unit.origins.map(originJSON), "glossary": marks.map(markJSON)])
                    continue
                }
                out += "#\(hit.unit.id)  \(hit.matched.language): \(GlossaryMarker.highlight(hit.matched.text, marks))\n"
                for c in hit.counterparts { out += "  \(c.language): \(c.text)\n" }
                if let o = hit.unit.origins.first { out += "  from: \(originLine(o))\(hit.unit.origins.count > 1 ? " (+\(hit.unit.origins.count - 1) more)" : "")\n" }
                out += markLines(marks)
            }
            if format == .text { out += "\(total) units contain '\(phrase)'\(total > hits.count ? " (\(hits.count) shown)" : "")\n" }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}

struct MemoryShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "One unit with all its texts and origins.")

    @Argument(help: "Unit id.") var id: Int64
    @OptionGroup var memory: MemoryOptions

    func run() throws {
        try reportingErrors {
            guard let unit = try memory.open(create: false).unit(id) else { throw BitextError.invalidArgument("no unit #\(id) in \(memory.resolvedPath)") }
            var out = "#\(unit.id)  created \(unit.created)\(unit.creator.map { " by \($0)" } ?? ""), changed \(unit.changed)\n"
            for v in unit.variants { out += "  \(v.language): \(v.text)\n" }
            for o in unit.origins {
                out += "  from: \(originLine(o))\n"
                for p in o.props where p.count == 2 { out += "    prop \(p[0]) = \(p[1])\n" }
                for n in o.notes { out += "    note: \(n)\n" }
            }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
    }
}

func markJSON(_ m: GlossaryMark) -> [String: Any] {
    var d: [String: Any] = ["entity": m.entity, "kind": m.kind, "form": m.form]
    d["expected"] = m.expected
    d["in_counterpart"] = m.inCounterpart
    return d
}

/// "glossary: ⟦Ahn Gyu-back⟧ person → 안규백 ✓"
func markLines(_ marks: [GlossaryMark]) -> String {
    marks.map { m in
        let check = m.inCounterpart.map { $0 ? "✓" : "✗ not in the counterpart" } ?? ""
        return "  glossary: \(m.form) (\(m.kind)) → \(m.expected ?? "?") \(check)\n"
    }.joined()
}
