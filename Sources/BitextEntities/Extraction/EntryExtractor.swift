import BitextText
import BitextNames
import BitextGlossary
import BitextAlignment

/// Proposes glossary entries from an alignment: the names each side carries that the glossary does not
/// know (`NameCandidateFinder`), paired across the aligned beads by transliteration (`NameMatcher`) or by the
/// Han readings (`SinoVietnameseBridge`). A pair is proposed with its evidence: how many beads hold both,
/// its best score, the candidates that compete with it; and with the kind the words around say.
public struct EntryExtractor {
    let glossary: Glossary
    let matcher: NameMatcher
    let bridge = SinoVietnameseBridge.standard
    let exonyms = RegionExonyms.standard
    let heads = HeadTranslations.standard
    let memo = RouteMemo()
    /// Beads below this confidence are not used.
    public var minConfidence = 0.5
    /// Pairs scoring below this are not proposed at all.
    public var minScore = 0.8

    public init(glossary: Glossary, matcher: NameMatcher) {
        self.glossary = glossary
        self.matcher = matcher
    }

    /// The proposals of one aligned pair, acceptable ones first (none when both sides are one language). `article`
    /// names the pair in `sources`.
    public func proposals(_ a: Alignment, article: String = "") -> [EntryProposal] {
        // Two texts of one language have no names to pair across languages.
        guard a.source.language.tag != a.target.language.tag else { return [] }
        let left = NameCandidateFinder(language: a.source.language), right = NameCandidateFinder(language: a.target.language)
        let leftLanguage = a.source.language, rightLanguage = a.target.language
        // A ship's prefix or suffix names the ship the glossary knows (`ROKS Marado`, `마라도함`); a place's or an
        // organisation's head names another thing than the name it holds (`sân bay Seoul` is not Seoul).
        func unknown(_ c: NameCandidate, _ language: LanguageCode) -> Bool {
            glossary.owner(of: c.form, language: language.tag) == nil
                && (c.form != c.core && c.kind != "ship" || glossary.owner(of: c.core, language: language.tag) == nil)
                && !knownWithItsCountry(c.form, language)
        }
        // Every sentence's candidates, found once. A single word that opens or closes a full name in the same
        // text (`Koizumi` where `Shinjiro Koizumi` is named) is only a short form of it: a piece.
        func all(_ finder: NameCandidateFinder, _ segments: [Segment], _ language: LanguageCode) -> [[NameCandidate]] {
            // Words of a name the glossary knows are no name of their own (`Eagles` of `Black Eagles`).
            let found = segments.map { segment in
                let candidates = finder.candidates(in: segment.text)
                let known = candidates.filter { !unknown($0, language) }.map { $0.form.split(separator: " ") }
                return candidates.filter { c in
                    let words = c.form.split(separator: " ")
                    return unknown(c, language) && !known.contains { k in
                        k.count > words.count && (0...(k.count - words.count)).contains { k[$0..<($0 + words.count)].elementsEqual(words) }
                    }
                }
            }
            let fullNames = found.joined().filter { ($0.kind == nil || $0.kind == "person") && (2...3).contains($0.words) && !$0.partial }
            let personWords = Set(fullNames.flatMap { name in
                let words = name.form.split(separator: " ").map(String.init)
                return [words.first!, words.last!]
            })
            // A word some sentence calls a place or an organisation (`in Indonesia`) is not a short personal name.
            let named = Set(found.joined().filter { $0.words == 1 && ($0.placeContext || ($0.kind != nil && $0.kind != "person")) }.map(\.form))
            return found.map { list in list.map { c in
                var c = c
                if c.words == 1, personWords.contains(c.form), !named.contains(c.form) { c.partial = true }
                return c
            } }
        }
        let leftFound = all(left, a.source.segments, leftLanguage), rightFound = all(right, a.target.segments, rightLanguage)
        func candidates(_ side: Range<Int>, _ found: [[NameCandidate]]) -> [NameCandidate] { side.flatMap { found[$0] } }
        var evidence: [PairKey: PairEvidence] = [:]
        var scores: [PairKey: Double] = [:]
        for bead in a.beads where !bead.isInsertionOrDeletion && bead.confidence >= minConfidence {
            let ls = candidates(bead.source, leftFound), rs = candidates(bead.target, rightFound)
            var seen = Set<PairKey>()
            for l in ls {
                for r in rs {
                    let key = PairKey(left: l.form, right: r.form)
                    guard seen.insert(key).inserted else { continue }
                    let score = scores[key] ?? score(l, leftLanguage, r, rightLanguage)
                    scores[key] = score
                    guard score >= minScore else { continue }
                    let (l, r) = withRouteKind(l, leftLanguage, r, rightLanguage)
                    evidence[key, default: PairEvidence()].add(bead: score, l, r, whole: !(l.partial && r.partial),
                                                                affixed: (l.form != l.core) == (r.form != r.core))
                }
            }
        }
        // Names no bead pairs (independent accounts leave many sentences unlinked): matched across the
        // two documents, exact transliterations only.
        let pairedLeft = Set(evidence.filter { $0.value.score >= EntryProposal.exactScore }.map(\.key.left))
        let pairedRight = Set(evidence.filter { $0.value.score >= EntryProposal.exactScore }.map(\.key.right))
        // One short word read alike in two long texts is too often a coincidence (Guo, 구호): only names long
        // enough are compared, and a pair of long documents whose names would make more than
        // `documentPairLimit` comparisons keeps its bead evidence only (the pass is quadratic).
        // A country's or an area's name (`유럽`, `Nga`) is compared however short: CLDR pairs it, not a reading.
        let lonelyLeft = EntryExtractor.unique(Array(leftFound.joined())).filter {
            !pairedLeft.contains($0.form) && (EntryExtractor.longEnough($0.form, leftLanguage) || namesRegion($0, leftLanguage))
        }
        let lonelyRight = EntryExtractor.unique(Array(rightFound.joined())).filter {
            !pairedRight.contains($0.form) && (EntryExtractor.longEnough($0.form, rightLanguage) || namesRegion($0, rightLanguage))
        }
        let compared = lonelyLeft.count * lonelyRight.count <= EntryExtractor.documentPairLimit
        for l in compared ? lonelyLeft : [] {
            for r in lonelyRight {
                let key = PairKey(left: l.form, right: r.form)
                guard evidence[key] == nil else { continue }
                let score = scores[key] ?? score(l, leftLanguage, r, rightLanguage)
                guard score >= EntryProposal.documentScore else { continue }
                let (l, r) = withRouteKind(l, leftLanguage, r, rightLanguage)
                evidence[key, default: PairEvidence()].add(document: score, l, r, whole: !(l.partial && r.partial),
                                                           affixed: (l.form != l.core) == (r.form != r.core))
            }
        }
        return EntryExtractor.decide(evidence, leftLanguage: leftLanguage.tag, rightLanguage: rightLanguage.tag, article: article)
    }

    /// The proposals of sentence pairs already linked (the units of one article in a memory or a TMX), each
    /// pair a bead of its confidence.
    public func proposals(pairs: [(source: String, target: String, confidence: Double)], source: LanguageCode, target: LanguageCode,
                          article: String) -> [EntryProposal] {
        let beads = pairs.indices.map { Bead(source: $0..<($0 + 1), target: $0..<($0 + 1), confidence: pairs[$0].confidence) }
        let alignment = Alignment(source: .init(name: article, language: source, segments: pairs.enumerated().map { Segment(text: $0.element.source, paragraph: $0.offset) }),
                                  target: .init(name: article, language: target, segments: pairs.enumerated().map { Segment(text: $0.element.target, paragraph: $0.offset) }),
                                  beads: beads)
        return proposals(alignment, article: article)
    }

    /// How well two candidates name the same thing: 1 when they name one country or area or are one composed
    /// name (`EntryExtractorRoutes.swift`), else the transliteration score of their cores (or forms), or 1 when the
    /// Vietnamese one reads the Han characters the other spells.
    func score(_ l: NameCandidate, _ ll: LanguageCode, _ r: NameCandidate, _ rl: LanguageCode) -> Double {
        // A country or an area has a name in each language (CLDR's): translated, not read aloud.
        if region(l, ll, r, rl) != nil { return 1 }
        // A head translated and the rest read or kept (`AHA Centre` / `Trung tâm AHA`).
        let composedScore = composed(l, ll, r, rl)?.score ?? 0
        if composedScore >= 1 { return 1 }
        // A country's or an area's name pairs with its names in the other language only, not with a word
        // that happens to read like it (`châu Âu` is Europe, never `호주와`).
        if namesRegion(l, ll) || namesRegion(r, rl) { return composedScore }
        // An acronym is spelt, not read: it is the same acronym or none.
        if EntryExtractor.isAcronym(l.core) || EntryExtractor.isAcronym(r.core) {
            return l.core.uppercased() == r.core.uppercased() ? 1 : composedScore
        }
        var best = max(composedScore, matcher.match(l.core, ll, r.core, rl).score)
        if best < 1, l.form != l.core || r.form != r.core { best = max(best, matcher.match(l.form, ll, r.form, rl).score) }
        if best < 1, let bridged = bridged(l.core, ll, r.core, rl) ?? bridged(r.core, rl, l.core, ll), bridged { best = 1 }
        return best
    }

    /// Whether `vietnamese` reads the characters `other` spells in pinyin or Hangul; nil unless one is
    /// Vietnamese and the other is not.
    func bridged(_ other: String, _ ol: LanguageCode, _ vietnamese: String, _ vl: LanguageCode) -> Bool? {
        guard vl.profile.hanReading == .vietnamese, ol.profile.hanReading != .vietnamese else { return nil }
        if ol.profile.scripts.contains(.hangul) { return bridge.matches(hangul: other, vietnamese: vietnamese) }
        guard ol.profile.scripts.contains(.latin) else { return false }
        return bridge.matches(pinyin: other, vietnamese: vietnamese)
    }

    /// Most name pairs the whole-document pass compares (a news article has a few hundred).
    public static let documentPairLimit = 40_000

    /// Two words, or five letters in a language that spaces its words (three syllables in Hangul).
    static func longEnough(_ form: String, _ language: LanguageCode) -> Bool {
        if form.contains(" ") { return true }
        return language.profile.scripts.contains(.hangul) ? form.count >= 3 : form.count >= 5
    }

    static func isAcronym(_ s: String) -> Bool {
        s.count >= 2 && s.count <= 8 && s.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" || $0 == "." } && s.contains(where: \.isLetter)
    }

    /// One candidate a form (the first one found, whose kind cue is as good as another's).
    static func unique(_ candidates: [NameCandidate]) -> [NameCandidate] {
        var seen = Set<String>()
        return candidates.filter { seen.insert($0.form).inserted }
    }

    struct PairKey: Hashable {
        var left: String
        var right: String
    }

    struct PairEvidence {
        var beads = 0
        var score = 0.0
        var kinds: [String: Int] = [:]
        /// Beads where at least one of the two was a whole name, not a piece of a longer run.
        var whole = 0
        /// Both forms carry their prefix or suffix (`đường Bắc Sơn`, `박선 거리`), or neither does.
        var affixesAgree = true

        mutating func add(bead score: Double, _ l: NameCandidate, _ r: NameCandidate, whole: Bool, affixed: Bool) {
            beads += 1
            add(document: score, l, r, whole: whole, affixed: affixed)
        }

        /// Both texts name it, in sentences no bead links.
        mutating func add(document score: Double, _ l: NameCandidate, _ r: NameCandidate, whole: Bool, affixed: Bool) {
            if whole { self.whole += 1 }
            affixesAgree = affixed
            self.score = max(self.score, score)
            // A title, a head word or an ending counts twice a preposition of place.
            for c in [l, r] {
                if let k = c.kind { kinds[k, default: 0] += 2 } else if c.placeContext { kinds["place", default: 0] += 1 }
            }
        }
    }

    /// Proposals from the evidence: each candidate's best partner, by score and then beads; a pair is
    /// acceptable when each is the other's best, its score is high enough for its support, and it is not
    /// part of a longer accepted pair (a family or given name alone is no entry).
    static func decide(_ evidence: [PairKey: PairEvidence], leftLanguage: String, rightLanguage: String, article: String) -> [EntryProposal] {
        // Ties go to the forms that sort first, and pairs are read in that order: the same texts give the same
        // proposals in every run (a dictionary's order is not).
        func better(_ a: (PairKey, PairEvidence), _ b: (PairKey, PairEvidence)) -> Bool {
            let x = (a.1.score, a.1.beads, a.1.affixesAgree ? 1 : 0, a.0.left.count + a.0.right.count)
            let y = (b.1.score, b.1.beads, b.1.affixesAgree ? 1 : 0, b.0.left.count + b.0.right.count)
            return x != y ? x > y : (a.0.left, a.0.right) < (b.0.left, b.0.right)
        }
        let ordered = evidence.sorted { ($0.key.left, $0.key.right) < ($1.key.left, $1.key.right) }
        var bestOfLeft: [String: (PairKey, PairEvidence)] = [:], bestOfRight: [String: (PairKey, PairEvidence)] = [:]
        // Each form's partners, gathered once: a proposal's competitors are its forms' other partners.
        var partnersOfLeft: [String: [String]] = [:], partnersOfRight: [String: [String]] = [:]
        for item in ordered {
            partnersOfLeft[item.key.left, default: []].append(item.key.right)
            partnersOfRight[item.key.right, default: []].append(item.key.left)
            if let b = bestOfLeft[item.key.left] { if better(item, b) { bestOfLeft[item.key.left] = item } } else { bestOfLeft[item.key.left] = item }
            if let b = bestOfRight[item.key.right] { if better(item, b) { bestOfRight[item.key.right] = item } } else { bestOfRight[item.key.right] = item }
        }
        var proposals: [EntryProposal] = []
        for (key, e) in ordered where bestOfLeft[key.left]?.0 == key || bestOfRight[key.right]?.0 == key {
            let mutual = bestOfLeft[key.left]?.0 == key && bestOfRight[key.right]?.0 == key
            let competing = (partnersOfLeft[key.left, default: []].filter { $0 != key.right }
                + partnersOfRight[key.right, default: []].filter { $0 != key.left }).sorted()
            var p = EntryProposal(forms: [leftLanguage: [key.left], rightLanguage: [key.right]], languages: [leftLanguage, rightLanguage],
                                  kind: EntryExtractor.kind(e.kinds, key),
                                  score: e.score, beads: e.beads, articles: 1, competitors: competing, sources: article.isEmpty ? [] : [article])
            p.mutual = mutual
            p.pieceOnly = e.whole == 0
            proposals.append(p)
        }
        return EntryProposals.settle(proposals)
    }

    /// The kind most cues gave, else what the name's shape says: a run of personal-name words is a person,
    /// one word a place.
    static func kind(_ votes: [String: Int], _ key: PairKey) -> GlossaryEntry.Kind {
        if let top = votes.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), let kind = GlossaryEntry.Kind(rawValue: top.key) { return kind }
        let latin = [key.left, key.right].first { $0.unicodeScalars.first.map { Script.of($0) == .latin } ?? false }
        if let latin {
            let words = latin.split(separator: " ")
            // Korean given names are written with a hyphen (Tae-hoon): a person.
            if words.count >= 2, words.contains(where: { $0.contains("-") && $0.split(separator: "-").last?.first?.isLowercase == true }) { return .person }
            if words.count >= 2 && words.count <= 4 { return .person }
            return .place
        }
        return .other
    }
}
