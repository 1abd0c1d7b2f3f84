import BitextAlignment

/// One source translated more than one way within the input (a TMX, or an alignment whose article repeats
/// a sentence): the later units are reported, each naming the first translation.
public struct ConsistencyCheck: QualityCheck {
    public init() {}
    public var kind: QualityFinding.Kind { .inconsistent }
    public var summary: String { "one source translated more than one way" }

    public func findings(in alignment: Alignment, context: QualityContext) -> [QualityFinding] {
        var first: [String: (unit: Int, target: String, key: String)] = [:]
        var out: [QualityFinding] = []
        for (unit, bead) in alignment.beads.enumerated() where !bead.isInsertionOrDeletion {
            let source = QualityText.comparable(alignment.sourceText(bead))
            let target = alignment.targetText(bead), targetKey = QualityText.comparable(target)
            guard !source.isEmpty else { continue }
            if let seen = first[source] {
                if seen.key != targetKey {
                    out.append(finding(alignment, unit, "the same source is translated differently in unit \(seen.unit): '\(seen.target)'"))
                }
            } else {
                first[source] = (unit, target, targetKey)
            }
        }
        return out
    }
}
