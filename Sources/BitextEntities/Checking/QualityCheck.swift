import BitextText
import BitextNames
import BitextGlossary
import BitextAlignment

/// What every check may consult: the glossary, the terminology to enforce, and the name matcher.
public struct QualityContext {
    /// Every glossary loaded: names are checked against all of it.
    public let glossary: Glossary
    /// The terms a target must render as listed: the user's and project's glossaries, not the bundled
    /// standing terms, whose variants are broad on purpose (they anchor alignment) and would flag every
    /// paraphrase of a newsroom translation.
    public let terminology: Glossary
    public let matcher: NameMatcher

    public init(glossary: Glossary, terminology: Glossary, matcher: NameMatcher) {
        self.glossary = glossary
        self.terminology = terminology
        self.matcher = matcher
    }
}

/// One QA check over an alignment (a bead is a translation unit: an aligned pair of texts, or a TMX unit).
public protocol QualityCheck: Sendable {
    var kind: QualityFinding.Kind { get }
    /// What it finds, for listings.
    var summary: String { get }
    /// Whether it holds for two accounts written independently (the pair's verdict `same-event`), or only
    /// for a translation: independent accounts give different figures and words by nature.
    var appliesToIndependentAccounts: Bool { get }
    func findings(in alignment: Alignment, context: QualityContext) -> [QualityFinding]
}

extension QualityCheck {
    public var appliesToIndependentAccounts: Bool { true }

    /// A finding in `bead` (the `unit`-th), with both its texts.
    func finding(_ alignment: Alignment, _ unit: Int, _ message: String) -> QualityFinding {
        let bead = alignment.beads[unit]
        return QualityFinding(kind: kind, unit: unit, sourceSentences: Array(bead.source), targetSentences: Array(bead.target),
                              message: message, sourceText: alignment.sourceText(bead), targetText: alignment.targetText(bead))
    }
}

/// Unit texts compared as a reviewer would: case, spacing and punctuation aside.
enum QualityText {
    static func comparable(_ text: String) -> String {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).joined(separator: " ")
    }
}

/// The checks `bitext check` runs, in the order their findings are listed within a unit.
public struct QualityChecks: Sendable {
    public var checks: [any QualityCheck]

    public init(checks: [any QualityCheck]) {
        self.checks = checks
    }

    public static let standard = QualityChecks(checks: [NameCheck(), NumberCheck(), UntranslatedCheck(), TermCheck(), ConsistencyCheck()])

    /// Every finding, by unit, then in the order of the checks.
    public func run(_ alignment: Alignment, context: QualityContext) -> [QualityFinding] {
        let independent = alignment.verdict?.relation == .sameEvent
        let all = checks.enumerated().flatMap { k, check in
            independent && !check.appliesToIndependentAccounts ? [] : check.findings(in: alignment, context: context).map { (k, $0) }
        }
        return all.sorted { ($0.1.unit, $0.0) < ($1.1.unit, $1.0) }.map(\.1)
    }
}
