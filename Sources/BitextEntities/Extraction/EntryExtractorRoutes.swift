import BitextText
import BitextNames

/// The routes by which glossary extraction pairs names that are not read aloud: a country's or an area's names
/// (CLDR's and news's), a name composed of a translated head and a rest, an organisation a language names
/// without its own country, and a known name said of its country.
extension EntryExtractor {
    /// A name the glossary knows with a country's name before or after it (`한국 국방부`, `Bộ Quốc phòng Hàn
    /// Quốc`): the known entity, said of its country (a term is not an entity: `Không quân Hàn Quốc` is new).
    func knownWithItsCountry(_ form: String, _ language: LanguageCode) -> Bool {
        memo.knownWithItsCountry(form, language) { knownWithItsCountryFound(form, language) }
    }

    private func knownWithItsCountryFound(_ form: String, _ language: LanguageCode) -> Bool {
        let words = form.split(separator: " ").map(String.init)
        guard words.count >= 2 else { return false }
        for n in 1...min(2, words.count - 1) {
            for (country, rest) in [(words.prefix(n), words.dropFirst(n)), (words.suffix(n), words.dropLast(n))] {
                guard !exonyms.regions(named: country.joined(separator: " "), language: language).isEmpty else { continue }
                // A standing term (`Không quân`, air force) said of a country is that country's own organisation.
                if let id = glossary.owner(of: rest.joined(separator: " "), language: language.tag), glossary[id]?.kind != .term { return true }
            }
        }
        return false
    }

    /// The country or area both candidates name, by their cores or their forms (`châu Âu` against `Europe`).
    func region(_ l: NameCandidate, _ ll: LanguageCode, _ r: NameCandidate, _ rl: LanguageCode) -> String? {
        let left = regions(l, ll)
        guard !left.isEmpty else { return nil }
        return left.intersection(regions(r, rl)).min()
    }

    /// The regions a candidate names by its form, or by its core where that is a place's (`regionNames`).
    func regions(_ c: NameCandidate, _ language: LanguageCode) -> Set<String> {
        let names = regionNames(c)
        return memo.regions(names.sorted().joined(separator: "\u{2}"), language) {
            names.reduce(into: Set<String>()) { $0.formUnion(exonyms.regions(named: $1, language: language)) }
        }
    }

    func readings(_ text: String, _ language: LanguageCode) -> [ComposedName] {
        memo.readings(text, language) { ComposedName.readings(of: text, language: language, heads: heads) }
    }

    /// The best reading of the two candidates as one head concept (`centre`, `air-base`) and rests naming the
    /// same thing, with the head's kind; nil when they share no head.
    func composed(_ l: NameCandidate, _ ll: LanguageCode, _ r: NameCandidate, _ rl: LanguageCode) -> (score: Double, kind: String)? {
        let left = readings(l.form, ll), right = readings(r.form, rl)
        if let home = homeOrganisation(l.form, ll, right, rl) ?? homeOrganisation(r.form, rl, left, ll) { return (1, home) }
        guard !left.isEmpty else { return nil }
        var best: (score: Double, kind: String)?
        for a in left {
            for b in right where a.head.concept == b.head.concept {
                let s = restScore(a.rest, ll, b.rest, rl)
                if s > (best?.score ?? 0) { best = (s, a.head.kind) }
            }
        }
        return best
    }

    /// A head alone in a language that leaves its own country unsaid (`해양경찰청` in Korean news) against the
    /// same head with that country on the other side (`Korea Coast Guard`, `Lực lượng Cảnh sát biển Hàn Quốc`):
    /// the head's kind, or nil.
    func homeOrganisation(_ alone: String, _ language: LanguageCode, _ others: [ComposedName], _ otherLanguage: LanguageCode) -> String? {
        guard let home = language.profile.homeRegion, !others.isEmpty else { return nil }
        let written = alone.lowercased()
        for head in heads.heads(of: language) where head.form.lowercased() == written {
            for other in others where other.head.concept == head.concept {
                if exonyms.regions(namedOrDescribed: other.rest, language: otherLanguage).contains(home) { return head.kind }
            }
        }
        return nil
    }

    /// How well two rests of composed names name the same thing: the same letters (`AHA`, `175`, `Seoul`), one
    /// country or area, or a reading; each also with one more head taken off (`술라웨시주` → `술라웨시`).
    func restScore(_ a: String, _ la: LanguageCode, _ b: String, _ lb: LanguageCode) -> Double {
        let lefts = [a] + readings(a, la).map(\.rest)
        let rights = [b] + readings(b, lb).map(\.rest)
        var best = 0.0
        for x in lefts {
            for y in rights {
                if LatinFolding.fold(x) == LatinFolding.fold(y) || exonyms.sharedRegion(allowingAdjectives: x, la, y, lb) != nil { return 1 }
                if (bridged(x, la, y, lb) ?? bridged(y, lb, x, la)) == true { return 1 }
                // An acronym or a number is the same or none.
                if EntryExtractor.isAcronym(x) || EntryExtractor.isAcronym(y) || x.contains(where: \.isNumber) || y.contains(where: \.isNumber) { continue }
                best = max(best, matcher.match(x, la, y, lb).score)
            }
        }
        return best
    }

    /// Whether a candidate names a country or an area in its language.
    func namesRegion(_ c: NameCandidate, _ language: LanguageCode) -> Bool {
        !regions(c, language).isEmpty
    }

    /// A candidate's form, and its core where what the core leaves out says a place (`술라웨시섬`), not an
    /// organisation (`유럽연합` is not Europe).
    func regionNames(_ c: NameCandidate) -> Set<String> {
        c.kind == nil || c.kind == "place" ? [c.form, c.core] : [c.form]
    }

    /// Two candidates naming one country or area, or one composed name, each with the kind that says (a
    /// place, an organisation for a union such as the EU, the head's kind); others as they are.
    func withRouteKind(_ l: NameCandidate, _ ll: LanguageCode, _ r: NameCandidate, _ rl: LanguageCode) -> (NameCandidate, NameCandidate) {
        let kind: String
        if let region = region(l, ll, r, rl) {
            kind = RegionExonyms.kind(of: region)
        } else if let composed = composed(l, ll, r, rl), composed.score >= minScore {
            kind = composed.kind
        } else {
            return (l, r)
        }
        var (l, r) = (l, r)
        l.kind = kind
        r.kind = kind
        return (l, r)
    }
}
