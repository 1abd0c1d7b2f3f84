import BitextAlignment
import Foundation

/// The streaming mode's output: one JSON object per pair, keys sorted so that runs compare byte for byte.
public enum BatchJSON {
    /// Units are left out of a pair judged unrelated unless `force`: they would be confident nonsense.
    public static func result(_ r: BatchResult, minConfidence: Double = 0, force: Bool = false) -> String {
        let report = r.report
        var object: [String: Any] = ["id": report.id, "status": report.status]
        object["error"] = report.error
        if let a = r.alignment {
            object["mode"] = a.mode.rawValue
            object["src_lang"] = a.source.language.tag
            object["tgt_lang"] = a.target.language.tag
            object["source_sentences"] = a.source.segments.count
            object["target_sentences"] = a.target.segments.count
            object["mean_confidence"] = report.meanConfidence
            object["verdict"] = report.verdict
            object["evidence"] = report.evidence
            object["beads"] = a.beads.map { b -> [String: Any] in
                ["source": Array(b.source), "target": Array(b.target), "confidence": Double(Confidence.format(b.confidence)) ?? b.confidence,
                 "bead": "\(b.shape)", "kind": a.kind(b).rawValue]
            }
            object["units"] = (r.unrelated && !force ? [] : a.alignedUnits(minConfidence: minConfidence)).map { u -> [String: Any] in
                ["source": u.sourceText, "target": u.targetText, "confidence": Double(Confidence.format(u.confidence)) ?? u.confidence, "bead": u.bead]
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
