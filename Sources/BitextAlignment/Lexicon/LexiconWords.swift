import BitextText
import BitextNames

/// The units a lexicon pairs, read from a sentence of one language: its words folded (case, and the
/// diacritics of Latin script other than Vietnamese tone marks), Korean particles stripped (국방부는 → 국방부), function words and numbers
/// left out; in Vietnamese, whose words are mostly two syllables written apart, each pair of adjacent
/// syllables too (quốc phòng). Languages without spaces have no units (their words need a segmenter).
public struct LexiconWords: Sendable {
    let stopWords: Set<String>
    let hangul: Bool
    let syllablePairs: Bool
    let unspaced: Bool

    public init(language: LanguageCode) {
        let profile = language.profile
        hangul = profile.scripts.contains(.hangul)
        syllablePairs = profile.hasMarkerLetters
        // Vietnamese tone marks tell words apart (chợ, cho): they are kept, only case is folded.
        stopWords = Set(profile.stopWords.map { profile.hasMarkerLetters ? $0.lowercased() : LatinFolding.fold($0) })
        unspaced = profile.wordSeparator.isEmpty
    }

    /// Each unit once, in order of first appearance.
    public func units(of sentence: String) -> [String] {
        guard !unspaced else { return [] }
        var words: [String] = []
        for token in WhitespaceSplit.words(sentence) {
            var w = NameSpans.trimmingPunctuation(String(token))
            if hangul { w = NameSpans.stripParticle(w) }
            w = syllablePairs ? w.lowercased() : LatinFolding.fold(w)
            guard w.count >= 2, w.contains(where: \.isLetter), !w.contains(where: \.isNumber) else {
                words.append("")
                continue
            }
            words.append(stopWords.contains(w) ? "" : w)
        }
        var out: [String] = []
        var seen = Set<String>()
        for (k, w) in words.enumerated() where !w.isEmpty {
            if seen.insert(w).inserted { out.append(w) }
            if syllablePairs, k + 1 < words.count, !words[k + 1].isEmpty {
                let pair = w + " " + words[k + 1]
                if seen.insert(pair).inserted { out.append(pair) }
            }
        }
        return out
    }
}
