import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Memory {
    struct Concordance: ParsableCommand {
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
}
