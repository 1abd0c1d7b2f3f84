import BitextText
import BitextGlossary
import BitextAlignment

/// Glossary terms the source uses that the target does not render as the glossary says: the source side
/// names the term (any of its forms), the target side has none of the term's forms in its language.
/// Only terms (kind `term`) and titles of the terminology (`QualityContext.terminology`) are checked; names
/// have `NameCheck`, which tells a misspelt name from one the translator left out.
public struct TermCheck: QualityCheck {
    public init() {}
    public var appliesToIndependentAccounts: Bool { false }
    public var kind: QualityFinding.Kind { .term }
    public var summary: String { "glossary terms not rendered as the glossary says" }

    static let checkedKinds: Set<GlossaryEntry.Kind> = [.term, .title]

    public func findings(in alignment: Alignment, context: QualityContext) -> [QualityFinding] {
        let glossary = context.terminology
        guard !glossary.entries.isEmpty else { return [] }
        let source = GlossaryMatcher(glossary: glossary, language: alignment.source.language)
        let target = GlossaryMatcher(glossary: glossary, language: alignment.target.language)
        var out: [QualityFinding] = []
        for (unit, bead) in alignment.beads.enumerated() where !bead.isInsertionOrDeletion {
            let here = Set(source.entities(in: alignment.sourceText(bead)).map(source.entityID))
            let there = Set(target.entities(in: alignment.targetText(bead)).map(target.entityID))
            for id in here.subtracting(there).sorted() {
                guard let entry = glossary[id], Self.checkedKinds.contains(entry.kind),
                      let forms = entry.forms[alignment.target.language.tag] ?? entry.forms[alignment.target.language.primary] else { continue }
                let named = entry.preferred(alignment.source.language) ?? id
                out.append(finding(alignment, unit, "'\(named)' is not rendered as the glossary says: \(forms.map { "'\($0)'" }.joined(separator: " or "))"))
            }
        }
        return out
    }
}
