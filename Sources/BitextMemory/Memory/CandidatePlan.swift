/// Which index terms a fuzzy search looks up, and how.
///
/// A unit scoring at least `minimum` against an `n`-word query lacks at most
/// `FuzzyScore.missingWordBound(n, minimum)` of the query's distinct words, so the texts holding any
/// of the rarest `bound + 1` distinct words include every such unit: reading those posting lists in
/// full is exact. When that would mean reading a common word's list (one held by more than
/// `commonAbove` texts, as happens to long sentences of everyday words), the plan keeps the rarer
/// words only and takes the best-ranked matches: bounded time, recall no longer guaranteed.
public struct CandidatePlan: Sendable, Equatable {
    /// The terms OR-ed in the full-text query.
    public var terms: [String]
    /// True when every unit that can reach the minimum is among the matches.
    public var exact: Bool
    /// Rank matches (BM25) and keep the best: only when they outnumber what is scored.
    public var rank: Bool

    /// `words`: each distinct query word's rarest term with the number of texts holding it
    /// (counted up to `commonAbove + 1`).
    public static func make(words: [(term: String, count: Int)], queryWordCount n: Int, minimum: Int,
                            maxCandidates: Int, commonAbove: Int, exhaustive: Bool = false) -> CandidatePlan {
        let sorted = words.sorted { ($0.count, $0.term) < ($1.count, $1.term) }
        let bound = FuzzyScore.missingWordBound(queryWordCount: n, minimum: minimum)
        let needed = bound >= sorted.count ? sorted.count : bound + 1
        var chosen = Array(sorted.prefix(needed))
        var exact = true
        if !exhaustive, chosen.contains(where: { $0.count > commonAbove }) {
            let rare = chosen.filter { $0.count <= commonAbove }
            chosen = rare.isEmpty ? Array(chosen.prefix(1)) : rare
            exact = false
        }
        let expected = chosen.reduce(0) { $0 + $1.count }
        var terms: [String] = []
        for c in chosen where !terms.contains(c.term) { terms.append(c.term) }
        return CandidatePlan(terms: terms.sorted(), exact: exact, rank: !exhaustive && expected > maxCandidates)
    }

    /// The FTS5 MATCH expression.
    public var query: String { terms.map { "\"\($0)\"" }.joined(separator: " OR ") }
}
