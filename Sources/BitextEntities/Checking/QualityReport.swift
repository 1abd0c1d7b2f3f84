import BitextText
import BitextGlossary
import Foundation

/// The findings of a QA pass, written as text for the terminal, JSON or CSV for other tools, or a
/// self-contained HTML page to hand on (no script, no network).
public struct QualityReport: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text, json, csv, html

        /// From an output file's extension.
        public static func infer(_ path: String) -> Format? {
            switch (path as NSString).pathExtension.lowercased() {
            case "txt": .text
            case "json": .json
            case "csv": .csv
            case "html", "htm": .html
            default: nil
            }
        }
    }

    public var findings: [QualityFinding]
    /// What was checked (file names), the languages, and the glossaries used.
    public var inputs: [String]
    public var sourceLanguage: String
    public var targetLanguage: String
    public var glossaries: [String]

    public init(findings: [QualityFinding], inputs: [String], sourceLanguage: String, targetLanguage: String, glossaries: [String]) {
        self.findings = findings
        self.inputs = inputs
        self.sourceLanguage = sourceLanguage
        self.targetLanguage = targetLanguage
        self.glossaries = glossaries
    }

    /// How many findings of each kind, in the kinds' order: "1 name, 2 number".
    public var summary: String {
        let counts = QualityFinding.Kind.allCases.compactMap { kind -> String? in
            let n = findings.filter { $0.kind == kind }.count
            return n == 0 ? nil : "\(n) \(kind.rawValue)"
        }
        return "\(findings.count) finding\(findings.count == 1 ? "" : "s")" + (counts.isEmpty ? "" : ": " + counts.joined(separator: ", "))
    }

    public func rendered(_ format: Format) -> String {
        switch format {
        case .text: text()
        case .json: json()
        case .csv: csv()
        case .html: html()
        }
    }

    static func sentences(_ indices: [Int]) -> String {
        guard let first = indices.first, let last = indices.last else { return "none" }
        return first == last ? "\(first)" : "\(first)-\(last)"
    }

    func location(_ f: QualityFinding) -> String {
        "unit \(f.unit) (source \(Self.sentences(f.sourceSentences)), target \(Self.sentences(f.targetSentences)))"
    }

    func text() -> String {
        findings.map { f in
            "\(f.kind.rawValue): \(location(f)): \(f.message)\n  \(sourceLanguage): \(f.sourceText)\n  \(targetLanguage): \(f.targetText)\n"
        }.joined()
    }

    struct JSONFile: Encodable {
        var inputs: [String]
        var sourceLanguage: String
        var targetLanguage: String
        var glossaries: [String]
        var counts: [String: Int]
        var findings: [QualityFinding]
    }

    func json() -> String {
        let counts = Dictionary(grouping: findings, by: \.kind.rawValue).mapValues(\.count)
        let file = JSONFile(inputs: inputs, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, glossaries: glossaries,
                            counts: counts, findings: findings)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(file)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }

    func csv() -> String {
        var out = "kind,unit,source_sentences,target_sentences,message,source,target\r\n"
        for f in findings {
            let cells = [f.kind.rawValue, "\(f.unit)", Self.sentences(f.sourceSentences), Self.sentences(f.targetSentences), f.message, f.sourceText, f.targetText]
            out += cells.map(GlossaryExchange.csvCell).joined(separator: ",") + "\r\n"
        }
        return out
    }

    func html() -> String {
        let e = { (s: String) in XMLText.escape(s) }
        var rows = ""
        for f in findings {
            rows += "<tr class=\"\(f.kind.rawValue)\"><td>\(e(f.kind.rawValue))</td><td>\(f.unit)</td><td>\(e(f.message))</td>"
                + "<td lang=\"\(e(sourceLanguage))\">\(e(f.sourceText))</td><td lang=\"\(e(targetLanguage))\">\(e(f.targetText))</td></tr>\n"
        }
        let names = inputs.map { e(($0 as NSString).lastPathComponent) }.joined(separator: " · ")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Bitext QA · \(names)</title>
            <style>
            body { font: 14px/1.45 system-ui, sans-serif; margin: 1.5em; color: #222; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border-bottom: 1px solid #ddd; padding: .4em .6em; text-align: left; vertical-align: top; }
            th { background: #f4f4f4; }
            tr.name td:first-child { color: #8a3b00; } tr.number td:first-child { color: #a00; }
            tr.untranslated td:first-child { color: #5a2ca0; } tr.term td:first-child { color: #00607a; }
            tr.inconsistent td:first-child { color: #555; }
            </style>
            </head>
            <body>
            <h1>Bitext QA · \(names)</h1>
            <p>\(e(sourceLanguage)) → \(e(targetLanguage)) · \(e(summary)) · glossaries: \(e(glossaries.map { ($0 as NSString).lastPathComponent }.joined(separator: ", ")))</p>
            <table>
            <thead><tr><th>kind</th><th>unit</th><th>finding</th><th>source</th><th>target</th></tr></thead>
            <tbody>
            \(rows)</tbody>
            </table>
            </body>
            </html>

            """
    }
}
