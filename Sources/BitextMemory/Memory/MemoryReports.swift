import BitextText
import BitextFormats
import Foundation
import GRDB

/// What the memory holds.
public struct MemoryStats: Sendable, Equatable {
    public var units = 0
    public var origins = 0
    public var documents = 0
    /// Texts per language tag.
    public var variantsByLanguage: [String: Int] = [:]
    /// Units per language pair (`en-ko`, primary subtags in alphabetical order).
    public var unitsByPair: [String: Int] = [:]
    /// Units with an origin from alignment (`align`) versus imported files, by source.
    public var unitsBySource: [String: Int] = [:]
    public var firstCreated: String?
    public var lastChanged: String?
    public var fileBytes: Int64 = 0
    public var schema: [String] = []
}

/// One source text with more than one translation into a language.
public struct MemoryConflict: Sendable, Equatable {
    public var from: String
    public var to: String
    public var sourceText: String
    /// Each translation with the units that give it.
    public var translations: [(text: String, units: [Int64], documents: [String])]

    public static func == (a: MemoryConflict, b: MemoryConflict) -> Bool {
        a.from == b.from && a.to == b.to && a.sourceText == b.sourceText
            && a.translations.map { "\($0.text)\($0.units)\($0.documents)" } == b.translations.map { "\($0.text)\($0.units)\($0.documents)" }
    }
}

extension TranslationMemory {
    public func stats() throws -> MemoryStats {
        var stats = try read { db -> MemoryStats in
            var s = MemoryStats()
            s.units = try Int.fetchOne(db, sql: "SELECT count(*) FROM unit") ?? 0
            s.origins = try Int.fetchOne(db, sql: "SELECT count(*) FROM origin") ?? 0
            s.documents = try Int.fetchOne(db, sql: "SELECT count(DISTINCT document) FROM origin") ?? 0
            for row in try Row.fetchAll(db, sql: "SELECT lang, count(*) FROM variant GROUP BY lang") { s.variantsByLanguage[row[0]] = row[1] }
            for row in try Row.fetchAll(db, sql: """
                SELECT a.base || '-' || b.base, count(DISTINCT a.unit) FROM variant a JOIN variant b ON b.unit = a.unit AND a.base < b.base
                GROUP BY a.base, b.base
                """) { s.unitsByPair[row[0]] = row[1] }
            for row in try Row.fetchAll(db, sql: "SELECT coalesce(source, '?'), count(DISTINCT unit) FROM origin GROUP BY source") {
                s.unitsBySource[row[0]] = row[1]
            }
            s.firstCreated = try String.fetchOne(db, sql: "SELECT min(created) FROM unit")
            s.lastChanged = try String.fetchOne(db, sql: "SELECT max(changed) FROM unit")
            s.schema = try MemorySchema.migrator.appliedMigrations(db)
            return s
        }
        for suffix in ["", "-wal"] {
            let size = (try? FileManager.default.attributesOfItem(atPath: path + suffix)[.size] as? NSNumber)?.int64Value ?? 0
            stats.fileBytes += size
        }
        return stats
    }

    /// Source texts translated more than one way, most translations first. Without languages,
    /// every ordered pair of languages in the memory is checked.
    public func conflicts(from: String? = nil, to: String? = nil) throws -> [MemoryConflict] {
        try read { db in
            let bases = try String.fetchAll(db, sql: "SELECT DISTINCT base FROM variant ORDER BY base")
            let pairs: [(String, String)] = bases.flatMap { a in bases.filter { $0 != a }.map { (a, $0) } }
                .filter { (from == nil || MemoryLanguage.matches($0.0, from!)) && (to == nil || MemoryLanguage.matches($0.1, to!)) }
            var out: [MemoryConflict] = []
            for (a, b) in pairs {
                let groups = try Row.fetchAll(db, sql: """
                    SELECT s.hash, min(s.text) FROM variant s JOIN variant t ON t.unit = s.unit AND t.base = ?
                    WHERE s.base = ? GROUP BY s.hash HAVING count(DISTINCT t.hash) > 1
                    """, arguments: [b, a])
                for group in groups {
                    let rows = try Row.fetchAll(db, sql: """
                        SELECT t.text, s.unit, (SELECT group_concat(DISTINCT document) FROM origin o WHERE o.unit = s.unit)
                        FROM variant s JOIN variant t ON t.unit = s.unit AND t.base = ?
                        WHERE s.base = ? AND s.hash = ? ORDER BY s.unit
                        """, arguments: [b, a, group[0] as Int64])
                    var translations: [(text: String, units: [Int64], documents: [String])] = []
                    for row in rows {
                        let text: String = row[0], unit: Int64 = row[1]
                        let docs = (row[2] as String?)?.split(separator: ",").map(String.init) ?? []
                        if let i = translations.firstIndex(where: { $0.text == text }) {
                            translations[i].units.append(unit)
                            translations[i].documents += docs.filter { !translations[i].documents.contains($0) }
                        } else {
                            translations.append((text, [unit], docs))
                        }
                    }
                    out.append(MemoryConflict(from: a, to: b, sourceText: group[1], translations: translations))
                }
            }
            return out.sorted { ($0.translations.count, $1.sourceText) > ($1.translations.count, $0.sourceText) }
        }
    }

    /// Removes the units the filter takes (all of them for an empty filter only when `all` is set),
    /// their texts from the index too, in one transaction. Returns how many went.
    public func remove(_ filter: MemoryFilter, all: Bool = false) throws -> Int {
        guard !filter.isEmpty || all else { throw BitextError.nothingSelected }
        return try write { db in
            let (clause, args) = filter.sql()
            let ids = try Int64.fetchAll(db, sql: "SELECT u.id FROM unit u WHERE \(clause)", arguments: args)
            let tokenizer = WordTokenizer()
            for id in ids {
                // A contentless index forgets a row only when told the terms it had.
                for row in try Row.fetchAll(db.cachedStatement(sql: "SELECT id, lang, text FROM variant WHERE unit = ?"), arguments: [id]) {
                    let terms = tokenizer.terms(row[2], language: row[1]).joined(separator: " ")
                    try db.cachedStatement(sql: "INSERT INTO variant_terms (variant_terms, rowid, terms) VALUES ('delete', ?, ?)")
                        .execute(arguments: [row[0] as Int64, terms])
                }
                try db.cachedStatement(sql: "DELETE FROM unit WHERE id = ?").execute(arguments: [id])
            }
            return ids.count
        }
    }
}
