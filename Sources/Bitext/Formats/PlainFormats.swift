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
        BeadsFormat.write(a).split(separator: "\n").enumerated().map { (k, line) in
            var flags: [String] = []
            if a.beads[k].confidence < minConfidence { flags.append("low") }
            if a.kind(a.beads[k]) != .body { flags.append(a.kind(a.beads[k]).rawValue) }
            return String(line) + (flags.isEmpty ? "" : "\t" + flags.joined(separator: ",")) + "\n"
        }.joined()
    }

    struct JSONLRow: Encodable {
        var source: [Int], target: [Int], source_text: String, target_text: String, confidence: Double, bead: String, status: String, kind: String
    }

    static func status(_ b: Bead, _ min: Double) -> String { b.confidence < min ? "low" : "ok" }

    static func cell(_ s: String) -> String {
        String(s.map { $0 == "\t" || $0 == "\n" ? " " : $0 })
    }
}
