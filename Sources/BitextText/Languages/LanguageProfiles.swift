/// The registry of language profiles: one per folder of `Resources/Languages/`, read once per process.
public enum LanguageProfiles {
    /// Every shipped profile by code. A shipped profile that does not parse is left out (a test reads each
    /// with its error).
    public static let shipped: [String: LanguageProfile] = {
        var out: [String: LanguageProfile] = [:]
        for code in Resources.folders("Languages") where code != "common" {
            if let profile = try? load(code) { out[code] = profile }
        }
        return out
    }()

    /// A shipped language's profile read from its folder, with the error of a file that does not parse.
    public static func load(_ code: String) throws -> LanguageProfile {
        try LanguageProfile(code: code) { Resources.text("Languages/\(code)/\($0)") }
    }

    /// The profile of a language: its own, or the generic one.
    public static func profile(_ language: LanguageCode) -> LanguageProfile {
        shipped[language.primary] ?? .generic(language.primary)
    }

    /// The shipped profiles that detection tries, in their order.
    public static let detectable: [LanguageProfile] = shipped.values
        .filter { !$0.detection.isEmpty }
        .sorted { ($0.detectionOrder, $0.code) < ($1.detectionOrder, $1.code) }

    /// The page-furniture rules every language's follow.
    public static let commonFurnitureRules = Resources.text("Languages/common/furniture.rules")

    /// The languages whose glossary columns come first (English, then the project's news languages), in order.
    public static let leadingGlossaryColumns: [String] = shipped.values
        .compactMap { p in p.glossaryColumn.map { (p.code, $0) } }
        .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        .map(\.0)
}

extension LanguageCode {
    /// What Bitext knows of the language.
    public var profile: LanguageProfile { LanguageProfiles.profile(self) }
}
