import BitextText
import BitextFormats
import Foundation
import GRDB

/// What one addition did to the memory.
public struct MemoryChanges: Sendable, Equatable {
    /// Units that were not in the memory.
    public var added = 0
    /// Units already there (same texts after normalisation) that gained an origin.
    public var merged = 0
    /// Units already there with this very origin (a file imported twice).
    public var unchanged = 0

    public init() {}
}

/// Stores entries inside one open write transaction: dedupes on the normalised texts, keeps every
/// origin, indexes the words. The caller's transaction decides whether any of it is kept.
struct MemoryWriter {
    let db: Database
    let tokenizer = WordTokenizer()
    let now = TranslationMemory.now()
    var changes = MemoryChanges()

    init(_ db: Database) {
        self.db = db
    }

    mutating func store(_ entry: MemoryEntry) throws {
        try store(PreparedEntry(entry, tokenizer: tokenizer, now: now))
    }

    mutating func store(_ entry: PreparedEntry) throws {
        if let existing = try MemoryWriter.unit(key: entry.key, texts: entry.comparable, db: db) {
            var gained = false
            for origin in entry.origins where try insert(origin, unit: existing) { gained = true }
            if gained {
                changes.merged += 1
                try MemoryWriter.refreshSummary(unit: existing, db: db)
            } else {
                changes.unchanged += 1
            }
            return
        }
        try db.cachedStatement(sql: "INSERT INTO unit (key, created, changed, creator, changer, confidence, bead) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [entry.key, entry.created, entry.changed, entry.creator, entry.changer, entry.confidence, entry.bead])
        let unit = db.lastInsertedRowID
        for v in entry.variants {
            try db.cachedStatement(sql: "INSERT INTO variant (unit, lang, base, text, hash, words) VALUES (?, ?, ?, ?, ?, ?)")
                .execute(arguments: [unit, v.language, v.base, v.text, v.hash, v.words])
            try db.cachedStatement(sql: "INSERT INTO variant_terms (rowid, terms) VALUES (?, ?)")
                .execute(arguments: [db.lastInsertedRowID, v.terms])
        }
        for origin in entry.origins { _ = try insert(origin, unit: unit) }
        changes.added += 1
    }

    /// The unit with exactly these texts (`PreparedEntry.comparable`), if the memory has it: the hash
    /// narrows, the texts decide.
    static func unit(key: Int64, texts wanted: [String], db: Database) throws -> Int64? {
        for id in try Int64.fetchAll(db.cachedStatement(sql: "SELECT id FROM unit WHERE key = ?"), arguments: [key]) {
            let rows = try Row.fetchAll(db.cachedStatement(sql: "SELECT lang, text FROM variant WHERE unit = ?"), arguments: [id])
            if SegmentKey.unitParts(rows.map { ($0[0], $0[1]) }) == wanted { return id }
        }
        return nil
    }

    /// False when the unit already had this origin.
    private func insert(_ p: PreparedEntry.Origin, unit: Int64) throws -> Bool {
        let o = p.origin
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO origin (unit, fingerprint, document, document_target, document_date, source, confidence, bead, mode, kind,
                                          created, creator, changed, changer, added, props, notes, attributes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [unit, p.fingerprint, o.document, o.documentTarget, o.documentDate, o.source, o.confidence, o.bead, o.mode, o.kind,
                                     o.created, o.creator, o.changed, o.changer, now, p.props, p.notes, p.attributes])
        return db.changesCount > 0
    }

    /// A unit's best confidence and latest change follow its origins.
    static func refreshSummary(unit: Int64, db: Database) throws {
        try db.cachedStatement(sql: """
            UPDATE unit SET
              confidence = (SELECT max(confidence) FROM origin WHERE unit = unit.id),
              bead = coalesce((SELECT bead FROM origin WHERE unit = unit.id AND confidence IS NOT NULL ORDER BY confidence DESC LIMIT 1), bead),
              changed = max(changed, (SELECT max(coalesce(changed, created, added)) FROM origin WHERE unit = unit.id)),
              changer = coalesce((SELECT changer FROM origin WHERE unit = unit.id AND changer IS NOT NULL ORDER BY id DESC LIMIT 1), changer)
            WHERE id = ?
            """).execute(arguments: [unit])
    }
}
