import BitextAlignment
import Foundation

/// The line-oriented exports. Beads under `minConfidence` stay, marked `low`.
public enum PlainFormats {
    /// source, target, confidence, bead shape, status (`ok` or `low`), kind (`body`, `title`, `caption`…), one bead a line.
    public static func tsv(_ a: Alignment, minConfidence: Double = 0) -> String {
        a.beads.map { b in
            [cell(a.sourceText(b)), cell(a.targetText(b)), Confidence.format(b.confidence), b.shape, status(b, minConfidence), a.kind(b).rawValue]
                .joined(separator: "\t") + "\n"
        }.joined()
    }

    /// One JSON object per bead: indices, texts, confidence, shape, status.
    public static func jsonl(_ a: Alignment, minConfidence: Double = 0) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return a.beads.map { b in
            let row = JSONLRow(source: Array(b.source), target: Array(b.target), source_text: a.sourceText(b),
                               target_text: a.targetText(b), confidence: (b.confidence * 1000).rounded() / 1000,
                               bead: b.shape, status: status(b, minConfidence), kind: a.kind(b).rawValue)
            return String(decoding: (try? encoder.encode(row)) ?? Data(), as: UTF8.self) + "\n"
        }.joined()
    }

    /// The benchmarks' format; a third column lists flags when there are any: `low`, and a kind other than body.
    public static func beads(_ a: Alignment, minConfidence: Double = 0) -> String {
        a.beads.map { bead in
            var flags: [String] = []
            if bead.confidence < minConfidence { flags.append("low") }
            let kind = a.kind(bead)
            if kind != .body { flags.append(kind.rawValue) }
            return BeadsFormat.line(bead) + (flags.isEmpty ? "" : "\t" + flags.joined(separator: ",")) + "\n"
        }.joined()
    }

    /// One JSON object per multi-document unit: per language, the sentence indices and text.
    public static func jsonl(_ m: MultiAlignment) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return m.units.map { unit in
            var sides: [String: MultiSide] = [:]
            for d in m.documents.indices where !unit.members[d].isEmpty {
                sides[m.documents[d].language.tag] = MultiSide(indices: unit.members[d], text: m.text(of: unit, document: d))
            }
            let row = MultiRow(segments: sides, confidence: (unit.confidence * 1000).rounded() / 1000)
            return String(decoding: (try? encoder.encode(row)) ?? Data(), as: UTF8.self) + "\n"
        }.joined()
    }

    /// One column per document (its text in the unit, empty where it has none), then the confidence.
    public static func tsv(_ m: MultiAlignment) -> String {
        m.units.map { unit in
            (m.documents.indices.map { cell(m.text(of: unit, document: $0)) } + [Confidence.format(unit.confidence)]).joined(separator: "\t") + "\n"
        }.joined()
    }

    struct MultiSide: Encodable { var indices: [Int], text: String }
    struct MultiRow: Encodable { var segments: [String: MultiSide], confidence: Double }

    struct JSONLRow: Encodable {
        var source: [Int], target: [Int], source_text: String, target_text: String, confidence: Double, bead: String, status: String, kind: String
    }

    static func status(_ b: Bead, _ min: Double) -> String { b.confidence < min ? "low" : "ok" }

    static func cell(_ s: String) -> String {
        String(s.map { $0 == "\t" || $0 == "\n" ? " " : $0 })
    }
}
