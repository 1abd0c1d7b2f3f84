import BitextText
import BitextAlignment
import Foundation

/// A two-column file read back as an alignment: Bitext's TSV export (`source, target, confidence, shape,
/// status, kind`) or any `source<TAB>target` list. Each line is a bead of one sentence a side (or none,
/// for an empty cell), with its confidence when the third column holds one.
public enum TSVAlignment {
    /// nil when the file is not such a list: not named `.tsv`/`.tab`, or a line without a tab.
    public static func read(_ path: String, text: String, source: LanguageCode?, target: LanguageCode?) throws -> Alignment? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
        let ext = (path as NSString).pathExtension.lowercased()
        guard ext == "tsv" || ext == "tab", !lines.isEmpty, lines.allSatisfy({ $0.contains("\t") }) else { return nil }
        var sources: [Segment] = [], targets: [Segment] = [], beads: [Bead] = []
        for (k, line) in lines.enumerated() {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).replacingOccurrences(of: "\\n", with: " ") }
            let (s, t) = (cells[0].trimmingCharacters(in: .whitespaces), cells[1].trimmingCharacters(in: .whitespaces))
            let confidence = cells.count > 2 ? Double(cells[2]) : nil
            if cells.count > 2, confidence == nil, k > 0 {
                throw BitextError.malformed(path, line: k + 1, reason: "the third column must be a confidence, not '\(cells[2])'")
            }
            if confidence == nil, cells.count > 2 { continue }  // a header row
            let sRange = sources.count..<(sources.count + (s.isEmpty ? 0 : 1)), tRange = targets.count..<(targets.count + (t.isEmpty ? 0 : 1))
            if !s.isEmpty { sources.append(Segment(text: s, paragraph: sources.count)) }
            if !t.isEmpty { targets.append(Segment(text: t, paragraph: targets.count)) }
            if !sRange.isEmpty || !tRange.isEmpty { beads.append(Bead(source: sRange, target: tRange, confidence: min(1, max(0, confidence ?? 1)))) }
        }
        let detector = LanguageDetector()
        func language(_ given: LanguageCode?, _ segments: [Segment], _ side: String) throws -> LanguageCode {
            if let given { return given }
            guard let found = detector.detect(LanguageDetector.sample(segments.map(\.text).joined(separator: "\n"))) else {
                throw BitextError.languageUndetermined(path + "#" + side)
            }
            return found
        }
        let name = (path as NSString).lastPathComponent
        return Alignment(source: .init(name: name + "#source", language: try language(source, sources, "source"), segments: sources),
                         target: .init(name: name + "#target", language: try language(target, targets, "target"), segments: targets), beads: beads)
    }
}
