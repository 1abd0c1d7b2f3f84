import BitextText
import Foundation

/// A glossary entity found in a memory result, with how the other side renders it.
public struct GlossaryMark: Sendable, Equatable {
    public var entity: String
    public var kind: String
    /// The form as it appears in the text.
    public var form: String
    /// The glossary's preferred form in the counterpart's language, and whether the counterpart has
    /// any of the entity's forms there (nil when the glossary has no form in that language).
    public var expected: String?
    public var inCounterpart: Bool?
}

/// Marks glossary entities in search and concordance results: which names a text holds, how the
/// glossary says to render them, and whether the aligned text does.
public struct GlossaryMarker: Sendable {
    public let glossary: Glossary
    private var matchers: [String: GlossaryMatcher] = [:]

    public init(glossary: Glossary) {
        self.glossary = glossary
    }

    private mutating func matcher(_ language: String) -> GlossaryMatcher? {
        let code = (try? LanguageCode(language)).map { LanguageCode(known: $0.primary) }
        guard let code else { return nil }
        if let m = matchers[code.primary] { return m }
        let m = GlossaryMatcher(glossary: glossary, language: code)
        matchers[code.primary] = m
        return m
    }

    /// Entities of `text` (language `language`), each checked against `counterpart` once.
    public mutating func marks(in text: String, language: String, counterpart: String, counterpartLanguage: String) -> [GlossaryMark] {
        guard let m = matcher(language) else { return [] }
        let other = matcher(counterpartLanguage)
        let present = Set(other?.entities(in: counterpart) ?? [])
        var seen = Set<Int>()
        var out: [GlossaryMark] = []
        for index in m.entities(in: text) where seen.insert(index).inserted {
            let entry = glossary.entries[index]
            let forms = GlossaryMarker.forms(entry, language)
            let form = forms.first { text.range(of: $0, options: [.caseInsensitive, .diacriticInsensitive]) != nil } ?? forms.first ?? entry.id
            let expectedForms = GlossaryMarker.forms(entry, counterpartLanguage)
            out.append(GlossaryMark(entity: entry.id, kind: entry.kind.rawValue, form: form, expected: expectedForms.first,
                                    inCounterpart: expectedForms.isEmpty ? nil : present.contains(index)))
        }
        return out
    }

    static func forms(_ entry: GlossaryEntry, _ language: String) -> [String] {
        let primary = language.split(separator: "-").first.map(String.init) ?? language
        return entry.forms[language] ?? entry.forms[primary] ?? []
    }

    /// The text with each marked form wrapped in ⟦ ⟧ (first occurrence each).
    public static func highlight(_ text: String, _ marks: [GlossaryMark]) -> String {
        var out = text
        for mark in marks.sorted(by: { $0.form.count > $1.form.count }) {
            if let r = out.range(of: mark.form, options: [.caseInsensitive, .diacriticInsensitive]),
               !out[..<r.lowerBound].hasSuffix("⟦") {
                out.replaceSubrange(r, with: "⟦\(out[r])⟧")
            }
        }
        return out
    }
}
