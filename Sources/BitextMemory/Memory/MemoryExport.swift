import BitextText
import BitextFormats
import Foundation
import GRDB

/// What to do with one source translated several ways when exporting.
public enum ConflictPolicy: String, Sendable, CaseIterable {
    /// Every translation (lossless; CAT tools then keep whichever they read last).
    case all
    /// One per source text: the most confident, then the one with most origins, then the newest.
    case best
}

/// What an export wrote.
public struct ExportReport: Sendable, Equatable {
    public var units = 0
    /// Units left out under `ConflictPolicy.best` because another translation of their source won.
    public var conflictsLeftOut = 0
}

extension TranslationMemory {
    /// Writes the units the filter takes as TMX 1.4b, streaming from the database into a file that
    /// replaces `path` only when complete. With a language pair, each unit holds just those two
    /// texts, source first.
    @discardableResult
    public func exportTMX(to path: String, filter: MemoryFilter = MemoryFilter(), conflicts: ConflictPolicy = .all,
                          toolVersion: String = BitextVersion.current, date: Date = Date()) throws -> ExportReport {
        let file = try AtomicFileWriter(path: path)
        let report = try exportTMX(filter: filter, conflicts: conflicts, toolVersion: toolVersion, date: date) { try file.write($0) }
        try file.commit()
        return report
    }

    /// The same, handing the text out piece by piece (standard output).
    public func exportTMX(filter: MemoryFilter = MemoryFilter(), conflicts: ConflictPolicy = .all, toolVersion: String = BitextVersion.current,
                          date: Date = Date(), emit: (String) throws -> Void) throws -> ExportReport {
        try read { db in
            let (clause, args) = filter.sql()
            let pair = filter.languages.count >= 2 ? filter.languages : nil
            let srclang = try pair?.first ?? sourceLanguage(db, clause: clause, args: args)
            try emit(TMXMarkup.header(srclang: srclang, creationDate: TMXWriter.tmxDate(date), toolVersion: toolVersion))
            var report = ExportReport()
            var units = try UnitStream(db: db, clause: clause, arguments: args)
            while var unit = try units.next() {
                if conflicts == .best, srclang != "*all*",
                   try !isBest(unit, source: srclang, target: pair?.last, clause: clause, args: args, db: db) {
                    report.conflictsLeftOut += 1
                    continue
                }
                if pair == nil, srclang != "*all*" {
                    // srclang's text first, as readers of TMX expect.
                    unit.variants = unit.variants.filter { MemoryLanguage.matches($0.language, srclang) }
                        + unit.variants.filter { !MemoryLanguage.matches($0.language, srclang) }
                }
                try emit(TMXMarkup.unit(TMXUnitMapping.tmxUnit(unit, languages: pair)))
                report.units += 1
            }
            try emit(TMXMarkup.footer)
            return report
        }
    }

    /// Whether `unit` wins among the units the filter takes with the same source text (and a text
    /// in the target language): most confident, most origins, newest, highest id.
    private func isBest(_ unit: MemoryUnit, source: String, target: String?, clause: String, args: StatementArguments, db: Database) throws -> Bool {
        guard let text = unit.text(in: source) else { return true }
        let (sourceClause, sourceArgs) = MemoryFilter.languageClause(column: "s", source)
        var targetClause = "1", targetArgs = StatementArguments()
        if let target {
            let (c, a) = MemoryFilter.languageClause(column: "t", target)
            targetClause = "EXISTS (SELECT 1 FROM variant t WHERE t.unit = u.id AND \(c))"
            targetArgs = a
        }
        let winner = try Int64.fetchOne(db, sql: """
            SELECT u.id FROM variant s JOIN unit u ON u.id = s.unit
            WHERE \(sourceClause) AND s.hash = ? AND \(targetClause) AND \(clause)
            ORDER BY coalesce(u.confidence, 1) DESC, (SELECT count(*) FROM origin o WHERE o.unit = u.id) DESC, u.changed DESC, u.id DESC
            LIMIT 1
            """, arguments: sourceArgs + [SegmentKey.hash(text)] + targetArgs + args)
        return winner == nil || winner == unit.id
    }

    /// The one language tag every unit taken has, else `*all*` (which TMX allows).
    private func sourceLanguage(_ db: Database, clause: String, args: StatementArguments) throws -> String {
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM unit u WHERE \(clause)", arguments: args) ?? 0
        let row = try Row.fetchOne(db, sql: """
            SELECT v.lang, count(DISTINCT v.unit) AS n FROM variant v JOIN unit u ON u.id = v.unit WHERE \(clause)
            GROUP BY v.lang ORDER BY n DESC, v.lang LIMIT 1
            """, arguments: args)
        if let row, (row["n"] as Int) == total, total > 0 { return row["lang"] }
        return total == 0 ? "en" : "*all*"
    }
}
