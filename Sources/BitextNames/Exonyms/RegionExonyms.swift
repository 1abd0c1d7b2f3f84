import BitextText

/// Countries and areas whose names are translated, not read aloud (China / 중국 / Trung Quốc, Europe / 유럽 /
/// châu Âu, European Union / 유럽연합 / Liên minh châu Âu): transliteration never pairs them, CLDR's names
/// do, with the names news uses beside them (`common/region-names.tsv`: `호주`, `Mỹ`). Names are compared folded
/// (case, diacritics) and without spaces or punctuation (유럽 연합 = 유럽연합).
public struct RegionExonyms: Sendable {
    /// Language tag → folded name → the regions so named.
    let regions: [String: [String: Set<String>]]
    /// Language tag → folded adjective → the regions it says (`Malaysian`), from `common/demonyms.tsv`.
    let adjectives: [String: [String: Set<String>]]

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
        for (language, names) in RegionExonyms.table(RegionExonyms.namesPath, languages: Set(languages)) {
            regions[language, default: [:]].merge(names) { $0.union($1) }
        }
        self.regions = regions
        adjectives = RegionExonyms.table(RegionExonyms.adjectivesPath, languages: Set(languages))
    }

    /// A table of `region <language>…` (the names CLDR lacks, the adjectives): language → folded form → regions.
    static func table(_ path: String, languages: Set<String>) -> [String: [String: Set<String>]] {
        var out: [String: [String: Set<String>]] = [:]
        for row in FormTable.shipped(path, columns: ["region"])?.rows ?? [] {
            for (language, forms) in row.forms where languages.contains(language) {
                for form in forms { out[language, default: [:]][key(form), default: []].insert(row.cells[0]) }
            }
        }
        return out
    }

    static let namesPath = "Languages/common/region-names.tsv", adjectivesPath = "Languages/common/demonyms.tsv"

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

    /// The region two names share where either may also be an adjective of one (`Malaysian` against
    /// `Malaysia`): for the rest of a composed name (`Malaysian Armed Forces`), not for a name on its own.
    public func sharedRegion(allowingAdjectives a: String, _ la: LanguageCode, _ b: String, _ lb: LanguageCode) -> String? {
        let left = regions(namedOrDescribed: a, language: la)
        guard !left.isEmpty else { return nil }
        return left.intersection(regions(namedOrDescribed: b, language: lb)).min()
    }

    /// The regions a word names or describes (`Malaysia`, `Malaysian`).
    public func regions(namedOrDescribed name: String, language: LanguageCode) -> Set<String> {
        let said = adjectives[language.tag]?[RegionExonyms.key(name)] ?? adjectives[language.primary]?[RegionExonyms.key(name)] ?? []
        return regions(named: name, language: language).union(said)
    }

    /// `place`, or `org` for a union of countries (`EU`, `UN`).
    public static func kind(of region: String) -> String {
        RegionNames.organisationCodes.contains(region) ? "org" : "place"
    }
}
