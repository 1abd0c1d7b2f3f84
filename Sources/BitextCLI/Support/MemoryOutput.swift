import ArgumentParser
import Bitext
import Foundation

func jsonLine(_ object: [String: Any]) -> String {
    let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    return String(decoding: data, as: UTF8.self) + "\n"
}

func originJSON(_ o: MemoryOrigin) -> [String: Any] {
    var d: [String: Any] = [:]
    d["document"] = o.document
    d["document_target"] = o.documentTarget
    d["document_date"] = o.documentDate
    d["source"] = o.source
    d["confidence"] = o.confidence
    d["bead"] = o.bead
    d["mode"] = o.mode
    d["kind"] = o.kind
    d["creator"] = o.creator
    d["added"] = o.added
    return d
}

/// "seed001.txt ~ seed001.ko.txt, 2025-11-14, 1-1, confidence 0.98 (align)"
func originLine(_ o: MemoryOrigin) -> String {
    var parts: [String] = []
    if let d = o.document { parts.append(o.documentTarget.map { "\(d) ~ \($0)" } ?? d) }
    if let d = o.documentDate { parts.append(d) }
    if let b = o.bead { parts.append(b) }
    if let c = o.confidence { parts.append("confidence \(Confidence.format(c))") }
    if let m = o.mode { parts.append(m) }
    if let k = o.kind { parts.append(k) }
    if let u = o.creator { parts.append("by \(u)") }
    if let s = o.source { parts.append("from \(s)") }
    return parts.isEmpty ? "(no provenance)" : parts.joined(separator: ", ")
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
