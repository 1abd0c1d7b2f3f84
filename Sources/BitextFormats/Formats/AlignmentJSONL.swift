import BitextText
import BitextAlignment
import Foundation

/// Reads back Bitext's JSONL alignment output (one object per bead, as `--format jsonl` writes it).
/// Each bead's two texts become one segment per side, so that tools working on aligned pairs
/// (glossary extraction, name QA) can start from a saved alignment.
public enum AlignmentJSONL {
    struct Row: Decodable {
        var source_text: String
        var target_text: String
        var confidence: Double
    }

    public static func read(_ text: String, name: String, source: LanguageCode, target: LanguageCode) throws -> Alignment {
        var src: [Segment] = [], tgt: [Segment] = [], beads: [Bead] = []
        let decoder = JSONDecoder()
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.trimmingSpaces.isEmpty {
            guard let row = try? decoder.decode(Row.self, from: Data(line.utf8)) else {
                throw BitextError.malformed(name, line: n + 1, reason: "expected a JSON object with source_text, target_text and confidence")
            }
            let s = src.count, t = tgt.count
            if !row.source_text.isEmpty { src.append(Segment(text: row.source_text, paragraph: n)) }
            if !row.target_text.isEmpty { tgt.append(Segment(text: row.target_text, paragraph: n)) }
            beads.append(Bead(source: s..<src.count, target: t..<tgt.count, confidence: min(1, max(0, row.confidence))))
        }
        return Alignment(source: .init(name: name, language: source, segments: src), target: .init(name: name, language: target, segments: tgt), beads: beads)
    }
}
