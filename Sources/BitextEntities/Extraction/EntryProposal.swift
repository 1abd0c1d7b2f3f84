import BitextText
import BitextNames
import BitextGlossary

/// A glossary entry `bitext glossary extract` proposes, with the evidence a reviewer needs: the best
/// match score of its forms, how many aligned beads and article pairs hold both, the candidates that
/// compete with it, and the articles it comes from.
public struct EntryProposal: Sendable, Equatable, Codable {
    /// Language tag → forms, the most supported first.
    public var forms: [String: [String]]
    /// The two languages of the pair it was found in, source first.
    public var languages: [String]
    public var kind: GlossaryEntry.Kind
    public var score: Double
    public var beads: Int
    public var articles: Int
    /// Forms of the other language that also matched one of its forms, and forms of its own that matched its partner.
    public var competitors: [String]
    public var sources: [String]
    /// Each form is the other's best partner (in as many articles as not, once aggregated).
    public var mutual = true
    /// The longer proposal this one is part of (`Kim` of `Kim Sang-woo`): a name part alone is no entry.
    public var partOf: String?
    /// Only ever a piece of a longer run on both sides (`Mutiara` against `무티아라`, both of a longer airport name).
    public var pieceOnly = false

    public init(forms: [String: [String]], languages: [String], kind: GlossaryEntry.Kind, score: Double, beads: Int, articles: Int,
                competitors: [String], sources: [String]) {
        self.forms = forms
        self.languages = languages
        self.kind = kind
        self.score = score
        self.beads = beads
        self.articles = articles
        self.competitors = competitors
        self.sources = sources
    }

    public var sourceLanguage: String { languages[0] }
    public var targetLanguage: String { languages[1] }
    public var source: String { forms[languages[0]]?.first ?? "" }
    public var target: String { forms[languages[1]]?.first ?? "" }
    public var support: Int { beads }

    /// Score at least `exactScore` with one bead, `minScore` with two beads or two articles, or the same
    /// name read letter for letter (`documentScore`) anywhere in the two documents; each form the other's best
    /// partner; not part of a longer proposal.
    public func acceptable(minScore: Double) -> Bool {
        guard partOf == nil else { return false }
        return acceptableAsWhole(minScore: minScore)
    }

    /// `acceptable`, whether or not a longer proposal holds it.
    func acceptableAsWhole(minScore: Double = NameMatcher.threshold) -> Bool {
        guard mutual, !pieceOnly, !acronymAlone, !keptInLatin else { return false }
        return (score >= max(EntryProposal.exactScore, minScore) && beads >= 1) || (score >= minScore && (beads >= 2 || articles >= 2))
            || score >= EntryProposal.documentScore
            || (score >= EntryProposal.fullNameScore && beads >= 1 && (fullName || longWord))
            || (score >= EntryProposal.wordForWordScore && beads >= 1 && wordForWord)
    }

    /// Two words or more on every side, as many on each, in a script other than Latin on one side (`Rahim
    /// Othman` / `라힘 오스만`): each word read against its own, which a coincidence rarely survives.
    var wordForWord: Bool {
        let written = forms.values.compactMap(\.first)
        guard written.count >= 2, written.contains(where: { $0.unicodeScalars.contains { Script.of($0) != .latin && $0.properties.isAlphabetic } }) else { return false }
        let counts = Set(written.map { $0.split(separator: " ").count })
        return counts.count == 1 && counts.first! >= 2
    }

    /// A name read word for word this closely needs one bead.
    public static let wordForWordScore = 0.9

    /// One long word on each side (`Malaysia` against `말레이시아`, seven letters or more against four
    /// syllables or more): a close reading of that many sounds is rarely a coincidence, where a short
    /// word's is (`Fire` read as `불의`).
    var longWord: Bool {
        let written = forms.values.compactMap(\.first)
        guard written.count >= 2, written.allSatisfy({ !$0.contains(" ") }) else { return false }
        return written.allSatisfy { form in
            let hangul = form.unicodeScalars.filter { Script.of($0) == .hangul }.count
            return hangul > 0 ? hangul >= 4 : form.filter(\.isLetter).count >= 7
        }
    }

    /// A name of two words or more on its Latin-script side (`Guo Minghui` against `궈밍후이`): a close
    /// reading of a whole name is rarely a coincidence, where one short word's is.
    var fullName: Bool {
        let written = forms.values.compactMap(\.first)
        func latin(_ f: String) -> Bool { f.unicodeScalars.first.map { Script.of($0) == .latin } == true }
        // Latin forms of two words or more; a form in another script one word (East Asian names are written so).
        return written.contains(where: latin) && written.allSatisfy { latin($0) ? $0.split(separator: " ").count >= 2 : !$0.contains(" ") }
    }

    /// A whole name read this closely needs one bead.
    public static let fullNameScore = 0.95

    public var acceptable: Bool { acceptable(minScore: NameMatcher.threshold) }

    /// The same acronym on both sides (`NADMA`): the written-out name is the entry, the acronym one of its forms.
    public var acronymAlone: Bool {
        let written = Set(forms.values.compactMap(\.first))
        guard written.count == 1, let form = written.first else { return false }
        return form.count >= 2 && form.count <= 8 && form.allSatisfy { $0.isUppercase || $0.isNumber || $0 == "-" || $0 == "." }
    }

    /// The same Latin-script form in a language that writes names in its own script (`DiREx` in a Korean
    /// text): a code or an acronym the text keeps as it is, which an entry would teach nothing.
    public var keptInLatin: Bool {
        let written = Set(forms.values.compactMap(\.first))
        guard written.count == 1, let form = written.first, form.unicodeScalars.contains(where: { Script.of($0) == .latin }) else { return false }
        return languages.contains { (try? LanguageCode($0))?.profile.writesNamesInLatin == false }
    }

    /// Why a proposal that is not acceptable needs review, in a few words; nil when nothing but its score
    /// or support holds it back.
    public var reviewReason: String? {
        if let partOf { return "part of \(partOf)" }
        if pieceOnly { return "a piece of a longer name on both sides" }
        if acronymAlone { return "an acronym alone: its written-out name is the entry" }
        if keptInLatin { return "the same Latin-script form on both sides" }
        if !mutual { return "a better pair competes" }
        return nil
    }

    /// A transliteration this close needs one bead only.
    public static let exactScore = 0.97
    /// Two names no bead links, each the other's best counterpart in the two documents, are proposed when
    /// they are the same name letter for letter once read.
    public static let documentScore = 0.999

    /// The id an accepted entry gets: its Latin-script form folded (English first), else its first form.
    public var suggestedID: String {
        let ordered = (["en"] + languages + forms.keys.sorted()).compactMap { forms[$0]?.first }
        let latin = ordered.first { $0.unicodeScalars.first.map { Script.of($0) == .latin } ?? false } ?? ordered.first ?? "entry"
        let slug = LatinFolding.fold(latin).map { $0.isLetter || $0.isNumber ? $0 : "-" }
        return String(slug).split(separator: "-").joined(separator: "-")
    }

    /// "en:Kuantan ↔ ko:쿠안탄", as a reviewer reads it.
    public var label: String { languages.map { "\($0):\(forms[$0]?.first ?? "")" }.joined(separator: " ↔ ") }
}

/// Operations on sets of proposals: marking name parts, aggregating over articles, and making glossary
/// entries of the accepted ones (one entry per entity, with its forms in every language seen).
public enum EntryProposals {
    /// Marks proposals whose forms are words of a longer mutual proposal's forms on both sides, of its kind (a
    /// place or an organisation only when no more beads hold it than hold the longer one), and sorts
    /// acceptable ones first, then by score and support.
    public static func settle(_ proposals: [EntryProposal]) -> [EntryProposal] {
        var out = proposals
        for i in out.indices {
            // A piece of a person's name is never a name of its own (`Hartono` of `Agus Hartono`); in a place's
            // or an organisation's, a thing of another kind is (`유럽`, a place, of `유럽연합`), as is one seen in
            // more beads than the whole (`Naha` of `Naha Air Base`).
            for j in out.indices where i != j && out[j].acceptableAsWhole() && (out[j].kind == .person
                || (out[i].kind == out[j].kind && out[i].beads <= out[j].beads)) {
                if contains(out[j], out[i]) {
                    out[i].partOf = out[j].label
                    break
                }
            }
        }
        return out.sorted {
            ($0.acceptable ? 1 : 0, $0.score, $0.beads, $1.label) > ($1.acceptable ? 1 : 0, $1.score, $1.beads, $0.label)
        }
    }

    /// Whether every form of `part` is inside the same language's form of `whole` (as whole words where the
    /// language spaces its words), and `whole` is longer somewhere.
    static func contains(_ whole: EntryProposal, _ part: EntryProposal) -> Bool {
        guard Set(whole.languages) == Set(part.languages) else { return false }
        var longer = false
        for language in part.languages {
            guard let p = part.forms[language]?.first, let w = whole.forms[language]?.first else { return false }
            if p == w { continue }
            let pw = p.split(separator: " "), ww = w.split(separator: " ")
            let inside = pw.count < ww.count
                ? (0...(ww.count - pw.count)).contains { Array(ww[$0..<($0 + pw.count)]) == pw }
                : (pw.count == 1 && ww.count == 1 && w.contains(p))
            guard inside else { return false }
            longer = true
        }
        return longer
    }

    /// The proposals of many article pairs as one list: the same forms in the same languages are one
    /// proposal, with the beads, articles and sources added up.
    public static func aggregate(_ lists: [[EntryProposal]]) -> [EntryProposal] {
        var byKey: [String: EntryProposal] = [:]
        var mutualVotes: [String: Int] = [:]
        var kindVotes: [String: [GlossaryEntry.Kind: Int]] = [:]
        var order: [String] = []
        for list in lists {
            for p in list {
                let key = p.languages.map { "\($0)\u{1}\(Glossary.formKey(p.forms[$0]?.first ?? ""))" }.joined(separator: "\u{2}")
                mutualVotes[key, default: 0] += p.mutual ? 1 : -1
                kindVotes[key, default: [:]][p.kind, default: 0] += 1
                guard var q = byKey[key] else {
                    byKey[key] = p
                    order.append(key)
                    continue
                }
                q.score = max(q.score, p.score)
                q.beads += p.beads
                q.articles += p.articles
                q.sources += p.sources.filter { !q.sources.contains($0) }
                q.competitors += p.competitors.filter { !q.competitors.contains($0) }
                q.pieceOnly = q.pieceOnly && p.pieceOnly
                byKey[key] = q
            }
        }
        let merged = order.map { key -> EntryProposal in
            var p = byKey[key]!
            p.mutual = mutualVotes[key, default: 0] >= 0
            p.partOf = nil
            if let votes = kindVotes[key], let top = votes.max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }) { p.kind = top.key }
            return p
        }
        return settle(merged)
    }

    /// Glossary entries for the accepted proposals: proposals that share a form in a language (en-ko and
    /// en-vi proposals of one name) are one entry with every language's forms; its kind is the most
    /// supported proposal's, its source the articles.
    public static func entries(_ accepted: [EntryProposal], origin: String) -> [GlossaryEntry] {
        var parent = Array(accepted.indices)
        func root(_ i: Int) -> Int { parent[i] == i ? i : root(parent[i]) }
        var owner: [String: Int] = [:]
        for (i, p) in accepted.enumerated() {
            for (language, forms) in p.forms {
                for form in forms {
                    let key = language + "\u{1}" + Glossary.formKey(form)
                    if let j = owner[key] { parent[root(i)] = root(j) } else { owner[key] = i }
                }
            }
        }
        var groups: [Int: [EntryProposal]] = [:]
        var order: [Int] = []
        for i in accepted.indices {
            let r = root(i)
            if groups[r] == nil { order.append(r) }
            groups[r, default: []].append(accepted[i])
        }
        return order.map { r in
            let members = groups[r]!.sorted { ($0.beads, $0.score) > ($1.beads, $1.score) }
            var forms: [String: [String]] = [:]
            var sources: [String] = []
            for p in members {
                for (language, fs) in p.forms { for f in fs where !(forms[language] ?? []).contains(f) { forms[language, default: []].append(f) } }
                sources += p.sources.filter { !sources.contains($0) }
            }
            let source = sources.isEmpty ? origin : "\(origin): " + sources.joined(separator: ", ")
            return GlossaryEntry(id: members[0].suggestedID, kind: members[0].kind, forms: forms, source: source)
        }
    }
}
