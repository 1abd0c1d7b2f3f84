import BitextText

/// Countries and areas whose names are translated, not read aloud (China / 중국 / Trung Quốc, Europe / 유럽 /
/// châu Âu, European Union / 유럽연합 / Liên minh châu Âu): transliteration never pairs them, CLDR's names
/// do. Names are compared folded (case, diacritics) and without spaces or punctuation (유럽 연합 = 유럽연합).
public struct RegionExonyms: Sendable {
    /// Language tag → folded name → the regions so named.
    let regions: [String: [String: Set<String>]]

    /// The names of every country and area in each of these languages (BCP 47 tags).
    public init(languages: [String]) {
        var regions: [String: [String: Set<String>]] = [:]
        for language in languages {
            var names: [String: Set<String>] = [:]
            for code in RegionNames.countryCodes + RegionNames.areaCodes {
                guard let name = RegionNames.name(of: code, in: language) else { continue }
                let key = RegionExonyms.key(name)
                if key.count >= 2 { names[key, default: []].insert(code) }
            }
            regions[language] = names
        }
        self.regions = regions
    }

    /// The languages with a profile.
    public static let standard = RegionExonyms(languages: LanguageProfiles.shipped.keys.sorted())

    static func key(_ name: String) -> String {
        String(LatinFolding.fold(name).filter { $0.isLetter || $0.isNumber })
    }

    /// The regions a name names in a language (empty for a name CLDR does not give).
    public func regions(named name: String, language: LanguageCode) -> Set<String> {
        guard let names = regions[language.tag] ?? regions[language.primary] else { return [] }
        return names[RegionExonyms.key(name)] ?? []
    }

    /// The region two names in two languages both name, if any (the first by code when several).
    public func sharedRegion(_ a: String, _ la: LanguageCode, _ b: String, _ lb: LanguageCode) -> String? {
        let left = regions(named: a, language: la)
        guard !left.isEmpty else { return nil }
        return left.intersection(regions(named: b, language: lb)).min()
    }

    /// `place`, or `org` for a union of countries (`EU`, `UN`).
    public static func kind(of region: String) -> String {
        RegionNames.organisationCodes.contains(region) ? "org" : "place"
    }
}
