import BitextText

/// One entity of the glossary: a person, place, unit, ship, organisation or term, with its
/// forms per language. The first form of a language is the preferred one; the rest are variants.
public struct GlossaryEntry: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case person, place, org, unit, ship, title, term, other
    }

    public var id: String
    public var kind: Kind
    /// Language tag → forms, preferred first.
    public var forms: [String: [String]]
    public var note: String
    public var source: String

    public init(id: String, kind: Kind, forms: [String: [String]], note: String = "", source: String = "") {
        self.id = id
        self.kind = kind
        self.forms = forms
        self.note = note
        self.source = source
    }

    public func preferred(_ language: LanguageCode) -> String? {
        forms[language.tag]?.first ?? forms[language.primary]?.first
    }
}
