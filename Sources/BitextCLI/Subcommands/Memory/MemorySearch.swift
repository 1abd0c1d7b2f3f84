import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Memory {
    struct Search: ParsableCommand {
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
}
