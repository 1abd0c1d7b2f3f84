import GRDB

/// One earlier translation of a sentence like the one looked up.
public struct FuzzyMatch: Sendable, Equatable {
    /// CAT-tool percentage (see `FuzzyScore`).
    public var score: Int
    public var unit: MemoryUnit
    public var sourceText: String
    public var targetText: String
}

/// How a search looks for candidates.
public struct SearchOptions: Sendable {
    public var minimum = 70
    public var limit = 10
    /// Candidates scored at most (best full-text ranks first): bounds the time of a search whose
    /// rarest words are common in the memory.
    public var maxCandidates = 2000

    public init(minimum: Int = 70, limit: Int = 10) {
        self.minimum = minimum
        self.limit = limit
    }
}

extension TranslationMemory {
    /// Fuzzy matches of `text` (language `from`) among units that have a `to` text, best first.
    /// Candidates come from the full-text index through the query's rarest words, enough of them
    /// that any unit scoring `minimum` or more contains at least one; each is then scored exactly.
    public func search(_ text: String, from: String, to: String, options: SearchOptions = SearchOptions()) throws -> [FuzzyMatch] {
        try read { db in
            let tokenizer = WordTokenizer()
            let words = tokenizer.words(text, language: from)
            let normalized = SegmentKey.normalize(text)
            var candidates: [(variant: Int64, unit: Int64, text: String)] = []
            // Exact matches come from the hash index, whatever the words.
            let (fromClause, fromArgs) = MemoryFilter.languageClause(column: "v", from)
            candidates += try Row.fetchAll(db, sql: "SELECT v.id, v.unit, v.text FROM variant v WHERE \(fromClause) AND v.hash = ?",
                                           arguments: fromArgs + [SegmentKey.hash(normalized)]).map { ($0[0], $0[1], $0[2]) }
            if let query = try candidateQuery(words, tokenizer: tokenizer, language: from, minimum: options.minimum, db: db) {
                candidates += try Row.fetchAll(db, sql: """
                    SELECT v.id, v.unit, v.text FROM
                      (SELECT rowid FROM variant_terms WHERE variant_terms MATCH ? ORDER BY rank LIMIT ?) AS hit
                      JOIN variant v ON v.id = hit.rowid
                    WHERE \(fromClause) AND v.words BETWEEN ? AND ?
                    """, arguments: [query, options.maxCandidates] + fromArgs + [FuzzyScore.wordRange(words.count, minimum: options.minimum).lowerBound,
                                                                                 FuzzyScore.wordRange(words.count, minimum: options.minimum).upperBound])
                    .map { ($0[0], $0[1], $0[2]) }
            }
            let (toClause, toArgs) = MemoryFilter.languageClause(column: "v", to)
            var seen = Set<Int64>()
            var scored: [(score: Int, unit: Int64, source: String, target: String)] = []
            let scorer = FuzzyScore.Query(text: text, words: words, minimum: options.minimum)
            for c in candidates where seen.insert(c.unit).inserted {
                let score = scorer.percent(candidateText: c.text, candidateWords: tokenizer.words(c.text, language: from))
                guard score >= options.minimum,
                      let target = try String.fetchOne(db, sql: "SELECT text FROM variant v WHERE v.unit = ? AND \(toClause) ORDER BY v.id LIMIT 1",
                                                       arguments: [c.unit] + toArgs)
                else { continue }
                scored.append((score, c.unit, c.text, target))
            }
            let reading = MemoryReading(db: db)
            var matches = try scored.map { s in
                FuzzyMatch(score: s.score, unit: try reading.unit(s.unit)!, sourceText: s.source, targetText: s.target)
            }
            matches.sort {
                ($0.score, $0.unit.confidence ?? 1, $0.unit.changed, $0.unit.id) > ($1.score, $1.unit.confidence ?? 1, $1.unit.changed, $1.unit.id)
            }
            return Array(matches.prefix(options.limit))
        }
    }

    /// An FTS5 query OR-ing, for the rarest distinct words, each word's rarest term; nil for no words.
    private func candidateQuery(_ words: [String], tokenizer: WordTokenizer, language: String, minimum: Int, db: Database) throws -> String? {
        var rarest: [String: (term: String, count: Int)] = [:]
        for word in Set(words) {
            var best: (term: String, count: Int)?
            for term in tokenizer.terms(word, language: language) {
                let count = try Int.fetchOne(db.cachedStatement(sql: "SELECT doc FROM variant_vocab WHERE term = ?"), arguments: [term]) ?? 0
                if best == nil || count < best!.count { best = (term, count) }
            }
            if let best { rarest[word] = best }
        }
        guard !rarest.isEmpty else { return nil }
        let bound = FuzzyScore.missingWordBound(queryWordCount: words.count, minimum: minimum)
        let needed = bound >= rarest.count ? rarest.count : bound + 1
        let chosen = Set(rarest.values.sorted { ($0.count, $0.term) < ($1.count, $1.term) }.prefix(needed).map(\.term))
        return chosen.sorted().map { "\"\($0)\"" }.joined(separator: " OR ")
    }
}
