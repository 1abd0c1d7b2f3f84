import BitextText

/// Learns a `TranslationLexicon` from sentence pairs that are translations of each other (confident beads,
/// the units of a translation memory): counts, over the pairs, how often each source unit, each target
/// unit and each pair of them occur, and keeps the pairs whose Dice coefficient
/// 2·c(s,t) / (c(s) + c(t)) is high and that co-occur often enough not to be chance.
public struct LexiconLearner {
    public let source: LanguageCode
    public let target: LanguageCode
    /// Pairs seen together fewer times are chance.
    public var minCount = 2
    public var minDice = 0.3
    /// Translations kept per source unit, best first.
    public var perSource = 3
    let sourceWords: LexiconWords
    let targetWords: LexiconWords
    private var sourceCount: [String: Int] = [:]
    private var targetCount: [String: Int] = [:]
    private var pairCount: [String: [String: Int]] = [:]
    public private(set) var pairs = 0

    public init(source: LanguageCode, target: LanguageCode) {
        self.source = source
        self.target = target
        sourceWords = LexiconWords(language: source)
        targetWords = LexiconWords(language: target)
    }

    /// Counts one sentence pair.
    public mutating func add(source s: String, target t: String) {
        let su = sourceWords.units(of: s), tu = targetWords.units(of: t)
        guard !su.isEmpty, !tu.isEmpty else { return }
        pairs += 1
        for w in su { sourceCount[w, default: 0] += 1 }
        for w in tu { targetCount[w, default: 0] += 1 }
        for a in su {
            var row = pairCount[a] ?? [:]
            for b in tu { row[b, default: 0] += 1 }
            pairCount[a] = row
        }
    }

    public func lexicon() -> TranslationLexicon {
        var lexicon = TranslationLexicon(source: source, target: target)
        for s in pairCount.keys.sorted() {
            let cs = Double(sourceCount[s] ?? 0)
            let kept = pairCount[s]!.compactMap { t, c -> TranslationLexicon.Translation? in
                guard c >= minCount else { return nil }
                let dice = 2 * Double(c) / (cs + Double(targetCount[t] ?? 0))
                return dice >= minDice ? .init(target: t, dice: dice, count: c) : nil
            }
            for t in kept.sorted(by: { ($0.dice, $0.count, $1.target) > ($1.dice, $1.count, $0.target) }).prefix(perSource) { lexicon.add(s, t) }
        }
        return lexicon
    }
}
