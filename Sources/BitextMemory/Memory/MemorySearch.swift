import BitextFormats
import GRDB

/// One earlier translation of a sentence like the one looked up.
public struct FuzzyMatch: Sendable, Equatable {
    /// CAT-tool percentage (see `FuzzyScore`).
    public var score: Int
    public var unit: MemoryUnit
    public var sourceText: String
    public var targetText: String
}

/// How a search looks for candidates (see `CandidatePlan`).
public struct SearchOptions: Sendable {
    public var minimum = 70
    public var limit = 10
    /// Candidates scored at most when they are ranked.
    public var maxCandidates = 2000
    /// A word held by more texts than this is common: its posting list is not read in full.
    public var commonAbove = 5000
    /// Read every posting list the exact plan needs, however long (slow on large memories).
    public var exhaustive = false

    public init(minimum: Int = 70, limit: Int = 10, exhaustive: Bool = false) {
        self.minimum = minimum
        self.limit = limit
        self.exhaustive = exhaustive
    }
}

extension TranslationMemory {
    /// Fuzzy matches of `text` (language `from`) among units that have a `to` text, best first.
    /// Candidates come from the full-text index through the query's rarest words (`CandidatePlan`);
    /// each is then scored exactly.
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
            if let plan = try candidatePlan(words, tokenizer: tokenizer, language: from, options: options, db: db) {
                let range = FuzzyScore.wordRange(words.count, minimum: options.minimum)
                let limit = plan.rank ? options.maxCandidates : Int.max
                candidates += try Row.fetchAll(db, sql: """
                    SELECT v.id, v.unit, v.text FROM
                      (SELECT rowid FROM variant_terms WHERE variant_terms MATCH ? \(plan.rank ? "ORDER BY rank" : "") LIMIT ?) AS hit
                      JOIN variant v ON v.id = hit.rowid
                    WHERE \(fromClause) AND v.words BETWEEN ? AND ?
                    """, arguments: [plan.query, limit] + fromArgs + [range.lowerBound, range.upperBound])
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

    /// Each distinct word's rarest term, counted, made into a plan; nil for a query without words.
    private func candidatePlan(_ words: [String], tokenizer: WordTokenizer, language: String, options: SearchOptions, db: Database) throws -> CandidatePlan? {
        var rarest: [(term: String, count: Int)] = []
        var counted: [String: Int] = [:]
        for word in Set(words) {
            var best: (term: String, count: Int)?
            for term in tokenizer.terms(word, language: language) {
                let count = try counted[term] ?? documentFrequency(term, cap: options.commonAbove + 1, db: db)
                counted[term] = count
                if best == nil || count < best!.count { best = (term, count) }
            }
            if let best { rarest.append(best) }
        }
        guard !rarest.isEmpty else { return nil }
        return CandidatePlan.make(words: rarest, queryWordCount: words.count, minimum: options.minimum,
                                  maxCandidates: options.maxCandidates, commonAbove: options.commonAbove, exhaustive: options.exhaustive)
    }

    /// Texts holding `term`, counted up to a cap: past it a word is common, and how common no longer
    /// matters. (fts5vocab answers the same question but scans; this reads one posting list, capped.)
    private func documentFrequency(_ term: String, cap: Int, db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM (SELECT rowid FROM variant_terms WHERE variant_terms MATCH ? LIMIT ?)"),
                         arguments: ["\"\(term)\"", cap]) ?? 0
    }
}
