import GRDB

/// Which units an export or a removal takes. Every condition given must hold; none given takes all.
public struct MemoryFilter: Sendable, Equatable {
    /// Units with texts in both languages (`en` matches `en-US`; `en-US` only itself).
    public var languages: [String] = []
    /// Units that came from this document (source or target side, file name without folder).
    public var document: String?
    /// Document date (else the unit's creation date) on or after / on or before, `YYYY-MM-DD`.
    public var since: String?
    public var until: String?
    /// Alignment confidence at least this; human translations (no confidence) count as 1.
    public var minConfidence: Double?
    /// Alignment confidence below this (for pruning weak alignments).
    public var belowConfidence: Double?
    /// Units brought by this imported file or `align`.
    public var source: String?
    public var ids: [Int64] = []

    public init() {}

    public var isEmpty: Bool { self == MemoryFilter() }

    /// A WHERE clause over `unit u`.
    func sql() -> (String, StatementArguments) {
        var clauses: [String] = []
        var args = StatementArguments()
        for language in languages {
            let (clause, a) = MemoryFilter.languageClause(column: "v", language)
            clauses.append("EXISTS (SELECT 1 FROM variant v WHERE v.unit = u.id AND \(clause))")
            args += a
        }
        // Conditions on a unit's origins: it qualifies when one of its origins does.
        func origin(_ condition: String, _ values: StatementArguments) {
            clauses.append("EXISTS (SELECT 1 FROM origin o WHERE o.unit = u.id AND \(condition))")
            args += values
        }
        let day = "coalesce(o.document_date, substr(u.created, 1, 4) || '-' || substr(u.created, 5, 2) || '-' || substr(u.created, 7, 2))"
        if let document { origin("(o.document = ? OR o.document_target = ?)", [document, document]) }
        if let since { origin("\(day) >= ?", [since]) }
        if let until { origin("\(day) <= ?", [until]) }
        if let source { origin("o.source = ?", [source]) }
        if let minConfidence {
            clauses.append("coalesce(u.confidence, 1.0) >= ?")
            args += [minConfidence]
        }
        if let belowConfidence {
            clauses.append("coalesce(u.confidence, 1.0) < ?")
            args += [belowConfidence]
        }
        if !ids.isEmpty {
            clauses.append("u.id IN (\(ids.map { _ in "?" }.joined(separator: ",")))")
            args += StatementArguments(ids)
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), args)
    }

    /// `en` matches the primary subtag (indexed column `base`), `en-US` the exact tag.
    static func languageClause(column: String, _ language: String) -> (String, StatementArguments) {
        if language.contains("-") { return ("\(column).lang = ? COLLATE NOCASE", [language]) }
        return ("\(column).base = ?", [language.lowercased()])
    }
}
