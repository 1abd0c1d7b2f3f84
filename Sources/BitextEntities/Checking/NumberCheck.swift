import BitextText
import BitextAlignment

/// Numbers and dates that differ between the two sides of a unit (350 against 530), compared after the
/// normalisation the anchors use: `1,2 triệu` is 1.2 million, `nine` is 9, `1만4500` is 14500.
///
/// A number present on one side only is reported when the other side has a number of its own that nothing
/// matches (a changed figure), or when the unit is one sentence each side and the number is written in
/// digits, two or more of them (a dropped figure); a small number or one spelled out in words is too often
/// rendered as a word the other side's extractor does not read (`second quarter`, `양국`).
public struct NumberCheck: QualityCheck {
    public init() {}
    public var appliesToIndependentAccounts: Bool { false }
    public var kind: QualityFinding.Kind { .number }
    public var summary: String { "numbers and dates that differ between source and target" }

    public func findings(in alignment: Alignment, context: QualityContext) -> [QualityFinding] {
        let source = NumberExtractor(language: alignment.source.language), target = NumberExtractor(language: alignment.target.language)
        var out: [QualityFinding] = []
        for (unit, bead) in alignment.beads.enumerated() where !bead.isInsertionOrDeletion {
            let s = alignment.sourceText(bead), t = alignment.targetText(bead)
            let (onlySource, onlyTarget) = Self.unmatched(source.numbers(in: s), target.numbers(in: t))
            if !onlySource.isEmpty, !onlyTarget.isEmpty {
                out.append(finding(alignment, unit, "source has \(Self.list(onlySource)), target has \(Self.list(onlyTarget))"))
            } else if bead.source.count == 1, bead.target.count == 1 {
                let droppedDigits = { (numbers: [String], text: String) in numbers.filter { $0.count >= 2 && text.contains($0) } }
                if case let missing = droppedDigits(onlySource, s), !missing.isEmpty {
                    out.append(finding(alignment, unit, "source has \(Self.list(missing)), target has no such number"))
                } else if case let missing = droppedDigits(onlyTarget, t), !missing.isEmpty {
                    out.append(finding(alignment, unit, "target has \(Self.list(missing)), source has no such number"))
                }
            }
        }
        return out
    }

    /// The numbers of each side that the other side does not have (as multisets).
    static func unmatched(_ a: [String], _ b: [String]) -> ([String], [String]) {
        var left = b
        var onlyA: [String] = []
        for n in a {
            if let k = left.firstIndex(of: n) { left.remove(at: k) } else { onlyA.append(n) }
        }
        return (onlyA, left)
    }

    static func list(_ numbers: [String]) -> String { numbers.joined(separator: ", ") }
}
