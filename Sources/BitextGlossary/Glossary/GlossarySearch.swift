import BitextText
import BitextNames

/// Looks a name up in the glossary: forms equal after folding score 1, then forms the name matcher
/// scores at `minimum` or more, best first (one line per entity, its best form).
public struct GlossarySearch {
    public struct Hit: Sendable, Equatable {
        public var score: Double
        public var id: String
        public var kind: String
        public var language: String
        public var form: String
    }

    let glossary: Glossary
    let matcher: NameMatcher

    public init(glossary: Glossary, matcher: NameMatcher) {
        self.glossary = glossary
        self.matcher = matcher
    }

    public func find(_ name: String, language: LanguageCode? = nil, minimum: Double = 0.75) -> [Hit] {
        let key = Glossary.formKey(name)
        var best: [String: Hit] = [:]
        for e in glossary.entries {
            for (lang, forms) in e.forms.sorted(by: { $0.key < $1.key }) {
                for form in forms {
                    let score = Glossary.formKey(form) == key ? 1.0
                        : matcher.match(name, language, form, try? LanguageCode(lang)).score
                    if score >= minimum, score > (best[e.id]?.score ?? -1) {
                        best[e.id] = Hit(score: score, id: e.id, kind: e.kind.rawValue, language: lang, form: form)
                    }
                }
            }
        }
        return best.values.sorted { ($0.score, $1.id) > ($1.score, $0.id) }
    }
}
