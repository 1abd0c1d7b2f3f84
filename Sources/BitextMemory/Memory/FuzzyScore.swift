import BitextFormats

/// Fuzzy match percentage as CAT tools report it: 100 for the same text (after NFC and white-space
/// normalisation), 99 for the same words differing only in case, punctuation or spacing, otherwise
/// `floor(100 × (1 − d / max(m, n)))` where `d` is the word-level edit distance (insert, delete,
/// substitute a word) between sequences of `m` and `n` words.
public enum FuzzyScore {
    public static func percent(queryText: String, queryWords: [String], candidateText: String, candidateWords: [String]) -> Int {
        Query(text: queryText, words: queryWords, minimum: 0).percent(candidateText: candidateText, candidateWords: candidateWords)
    }

    /// A query prepared for scoring many candidates: words as integers, and a distance past which a
    /// candidate cannot reach `minimum` (its score is then reported as 0 without finishing the table).
    public struct Query: Sendable {
        let normalized: String
        let ids: [Int]
        let vocabulary: [String: Int]
        let minimum: Int

        public init(text: String, words: [String], minimum: Int) {
            normalized = SegmentKey.normalize(text)
            var vocabulary: [String: Int] = [:]
            ids = words.map { w in
                if let id = vocabulary[w] { return id }
                vocabulary[w] = vocabulary.count
                return vocabulary.count - 1
            }
            self.vocabulary = vocabulary
            self.minimum = minimum
        }

        public func percent(candidateText: String, candidateWords: [String]) -> Int {
            if SegmentKey.normalize(candidateText) == normalized { return 100 }
            let longest = max(ids.count, candidateWords.count)
            guard longest > 0 else { return 0 }
            // Words the query lacks match nothing in it: one id outside the query's for all of them.
            let other = candidateWords.map { vocabulary[$0] ?? -1 }
            let allowed = (longest * (100 - minimum)) / 100
            guard let d = FuzzyScore.editDistance(ids, other, atMost: allowed) else { return 0 }
            if d == 0 { return 99 }
            return min(99, (100 * (longest - d)) / longest)
        }
    }

    /// Levenshtein distance over words, two rows of memory.
    public static func editDistance(_ a: [String], _ b: [String]) -> Int {
        var vocabulary: [String: Int] = [:]
        let ia = a.map { w in vocabulary[w] ?? { vocabulary[w] = vocabulary.count; return vocabulary.count - 1 }() }
        let ib = b.map { vocabulary[$0] ?? -1 }
        return editDistance(ia, ib, atMost: Int.max)!
    }

    /// Levenshtein distance, or nil once it must exceed `atMost` (every cell of a row is over it).
    static func editDistance(_ a: [Int], _ b: [Int], atMost: Int) -> Int? {
        if abs(a.count - b.count) > atMost { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMin = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMin = min(rowMin, current[j])
            }
            if rowMin > atMost { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= atMost ? previous[b.count] : nil
    }

    /// How many of a query's distinct words a candidate scoring at least `minimum` percent can lack:
    /// each missing word costs an edit, and such a candidate has at most n·100/minimum words, so
    /// d ≤ n·(100 − minimum)/minimum. Querying the rarest `bound + 1` distinct words therefore
    /// finds every such candidate.
    public static func missingWordBound(queryWordCount n: Int, minimum: Int) -> Int {
        guard minimum > 0 else { return Int.max }
        return (n * (100 - minimum)) / minimum
    }

    /// Word counts a candidate may have and still score `minimum` against `n` words: at least
    /// ⌈n·minimum/100⌉ and at most ⌊n·100/minimum⌋ (the length difference alone costs edits).
    public static func wordRange(_ n: Int, minimum: Int) -> ClosedRange<Int> {
        guard minimum > 0 else { return 0...Int.max }
        return ((n * minimum + 99) / 100)...((n * 100) / minimum)
    }
}
