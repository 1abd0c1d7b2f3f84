import BitextFormats
import GRDB

/// Reads whole units (variants and origins) by id, with cached statements.
struct MemoryReading {
    let db: Database

    func unit(_ id: Int64) throws -> MemoryUnit? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM unit WHERE id = ?"), arguments: [id]) else { return nil }
        return try unit(row)
    }

    func unit(_ row: Row) throws -> MemoryUnit {
        let id: Int64 = row["id"]
        let variants = try Row.fetchAll(db.cachedStatement(sql: "SELECT lang, text FROM variant WHERE unit = ? ORDER BY id"), arguments: [id])
            .map { MemoryVariant(language: $0["lang"], text: $0["text"]) }
        let origins = try Row.fetchAll(db.cachedStatement(sql: "SELECT * FROM origin WHERE unit = ? ORDER BY id"), arguments: [id]).map(origin)
        return MemoryUnit(id: id, variants: variants, origins: origins, created: row["created"], changed: row["changed"],
                          creator: row["creator"], changer: row["changer"], confidence: row["confidence"], bead: row["bead"])
    }

    func origin(_ r: Row) -> MemoryOrigin {
        var o = MemoryOrigin(document: r["document"], documentTarget: r["document_target"], documentDate: r["document_date"], source: r["source"],
                             confidence: r["confidence"], bead: r["bead"], mode: r["mode"], kind: r["kind"], created: r["created"], creator: r["creator"])
        o.changed = r["changed"]
        o.changer = r["changer"]
        o.added = r["added"]
        o.props = MemoryJSON.decode(r["props"], as: [[String]].self) ?? []
        o.notes = MemoryJSON.decode(r["notes"], as: [String].self) ?? []
        o.attributes = MemoryJSON.decode(r["attributes"], as: [String: String].self) ?? [:]
        return o
    }
}

extension TranslationMemory {
    /// One unit with its texts and origins, or nil.
    public func unit(_ id: Int64) throws -> MemoryUnit? {
        try read { try MemoryReading(db: $0).unit(id) }
    }
}
