import BitextAlignment

/// Names rendered in a form the glossary does not accept (see `NameChecker`).
public struct NameCheck: QualityCheck {
    public init() {}
    public var kind: QualityFinding.Kind { .name }
    public var summary: String { "names rendered in a form the glossary does not accept" }

    public func findings(in alignment: Alignment, context: QualityContext) -> [QualityFinding] {
        NameChecker(glossary: context.glossary, matcher: context.matcher).check(alignment).compactMap { issue in
            guard let unit = alignment.beads.firstIndex(where: { (issue.side == "source" ? $0.source : $0.target).contains(issue.sentence) }) else { return nil }
            return finding(alignment, unit, "'\(issue.found)' is not an accepted form of \(issue.entity); expected '\(issue.expected)'")
        }
    }
}
