import BitextText
import BitextAlignment

/// Targets left untranslated: the source copied as it is, or a target sentence written in the source
/// language (English left in a Korean or Vietnamese translation).
public struct UntranslatedCheck: QualityCheck {
    public init() {}
    public var kind: QualityFinding.Kind { .untranslated }
    public var summary: String { "targets left untranslated or in the source language" }

    public func findings(in alignment: Alignment, context: QualityContext) -> [QualityFinding] {
        let detector = LanguageDetector()
        let (from, to) = (alignment.source.language, alignment.target.language)
        var out: [QualityFinding] = []
        for (unit, bead) in alignment.beads.enumerated() where !bead.target.isEmpty {
            let t = alignment.targetText(bead)
            if !bead.source.isEmpty, Self.words(t) >= 3, QualityText.comparable(alignment.sourceText(bead)) == QualityText.comparable(t), from.primary != to.primary {
                out.append(finding(alignment, unit, "the target is the source, untranslated"))
                continue
            }
            for index in bead.target {
                let sentence = alignment.target.segments[index].text
                if detector.sentenceReads(as: from, ratherThan: to, sentence) {
                    out.append(finding(alignment, unit, "target sentence \(index) is in \(from.tag), not \(to.tag)"))
                }
            }
        }
        return out
    }

    static func words(_ text: String) -> Int { text.split(whereSeparator: { !$0.isLetter }).count }
}
