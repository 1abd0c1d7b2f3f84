import BitextText
import BitextGlossary
import BitextFormats
import Foundation
import GRDB

/// A unit that contains the word looked up, with its other languages.
public struct ConcordanceHit: Sendable, Equatable {
    public var unit: MemoryUnit
    /// The text that contains the word.
    public var matched: MemoryVariant
    /// The unit's other texts (only the wanted language when one was given).
    public var counterparts: [MemoryVariant]
}

extension TranslationMemory {
    /// Units whose text in `language` (any language when nil) contains `phrase`: whole words in
    /// Latin script, case and diacritics folded ("Ha Noi" finds "Hà Nội"); a word's beginning in
    /// Hangul, Chinese and Japanese, where particles attach (문재인 finds 문재인은).
    public func concordance(_ phrase: String, language: String? = nil, counterpart: String? = nil, limit: Int = 50) throws -> (hits: [ConcordanceHit], total: Int) {
        try read { db in
            let tokenizer = WordTokenizer()
            let terms = tokenizer.terms(phrase, language: language ?? "und")
            guard !terms.isEmpty else { throw BitextError.invalidArgument("'\(phrase)' has no word to look up") }
            let attaching = terms.last.map { GlossaryMatcher.isAttaching($0) } ?? false
            let query = "\"" + terms.joined(separator: " ") + "\"" + (attaching ? " *" : "")
            var clause = "1", args: StatementArguments = [query]
            if let language { (clause, args) = { let (c, a) = MemoryFilter.languageClause(column: "v", language); return (c, [query] + a) }() }
            let rows = try Row.fetchAll(db, sql: """
                SELECT v.unit, v.lang, v.text FROM variant_terms JOIN variant v ON v.id = variant_terms.rowid
                WHERE variant_terms MATCH ? AND \(clause) ORDER BY v.unit
                """, arguments: args)
            let needle = WordTokenizer.fold(phrase)
            let reading = MemoryReading(db: db)
            var hits: [ConcordanceHit] = []
            var total = 0
            var seen = Set<Int64>()
            for row in rows {
                let unitID: Int64 = row[0], text: String = row[2]
                guard TranslationMemory.contains(WordTokenizer.fold(text), needle, attaching: attaching), seen.insert(unitID).inserted else { continue }
                total += 1
                guard hits.count < limit, let unit = try reading.unit(unitID) else { continue }
                let matched = MemoryVariant(language: row[1], text: text)
                var others = unit.variants
                if let i = others.firstIndex(of: matched) { others.remove(at: i) }
                if let counterpart { others = others.filter { MemoryLanguage.matches($0.language, counterpart) } }
                if counterpart != nil && others.isEmpty { total -= 1; continue }
                hits.append(ConcordanceHit(unit: unit, matched: matched, counterparts: others))
            }
            return (hits, total)
        }
    }

    /// The folded phrase occurs in the folded text at a word start, and (unless the script attaches
    /// particles or has no spaces) at a word end.
    static func contains(_ text: String, _ needle: String, attaching: Bool) -> Bool {
        var searchStart = text.startIndex
        while let r = text.range(of: needle, range: searchStart..<text.endIndex) {
            let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
            let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
            let startOK = before.map { !($0.isLetter || $0.isNumber) } ?? true
            let endOK = attaching || (after.map { !($0.isLetter || $0.isNumber) } ?? true)
            if startOK && endOK { return true }
            searchStart = text.index(after: r.lowerBound)
        }
        return false
    }
}
