import BitextFormats
import GRDB

/// Reads whole units (variants and origins) by id, with cached statements. Columns are named once and read
/// by position: looking a column up by name costs more than reading it.
struct MemoryReading {
    let db: Database

    /// The unit columns `unit(_ row:)` reads, in its order.
    static let unitColumns = "u.id, u.created, u.changed, u.creator, u.changer, u.confidence, u.bead"
    /// The origin columns `origin(_ row:)` reads, from position `at`.
    static let originColumns = """
        document, document_target, document_date, source, confidence, bead, mode, kind, created, creator, changed, changer, added,
        props, notes, attributes
        """

    func unit(_ id: Int64) throws -> MemoryUnit? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT \(MemoryReading.unitColumns) FROM unit u WHERE id = ?"), arguments: [id])
        else { return nil }
        let variants = try Row.fetchAll(db.cachedStatement(sql: "SELECT lang, text FROM variant WHERE unit = ? ORDER BY id"), arguments: [id])
            .map { MemoryVariant(language: $0[0], text: $0[1]) }
        let origins = try Row.fetchAll(db.cachedStatement(sql: "SELECT \(MemoryReading.originColumns) FROM origin WHERE unit = ? ORDER BY id"),
                                       arguments: [id]).map { MemoryReading.origin($0, at: 0) }
        return MemoryReading.unit(row, variants: variants, origins: origins)
    }

    static func unit(_ row: Row, variants: [MemoryVariant], origins: [MemoryOrigin]) -> MemoryUnit {
        MemoryUnit(id: row[0], variants: variants, origins: origins, created: row[1], changed: row[2],
                   creator: row[3], changer: row[4], confidence: row[5], bead: row[6])
    }

    static func origin(_ r: Row, at k: Int) -> MemoryOrigin {
        var o = MemoryOrigin(document: r[k], documentTarget: r[k + 1], documentDate: r[k + 2], source: r[k + 3],
                             confidence: r[k + 4], bead: r[k + 5], mode: r[k + 6], kind: r[k + 7], created: r[k + 8], creator: r[k + 9])
        o.changed = r[k + 10]
        o.changer = r[k + 11]
        o.added = r[k + 12]
        o.props = MemoryJSON.decodeLists(r[k + 13]) ?? []
        o.notes = MemoryJSON.decodeStrings(r[k + 14]) ?? []
        o.attributes = MemoryJSON.decodeMap(r[k + 15]) ?? [:]
        return o
    }
}

/// Every unit a filter takes, in id order, read by walking three cursors side by side (units, variants by
/// unit, origins by unit) instead of two look-ups a unit: what an export of millions of units needs.
struct UnitStream {
    private let units: RowCursor
    private let variants: RowCursor
    private let origins: RowCursor
    private var nextVariant: Row?
    private var nextOrigin: Row?

    init(db: Database, clause: String, arguments: StatementArguments) throws {
        units = try Row.fetchCursor(db, sql: "SELECT \(MemoryReading.unitColumns) FROM unit u WHERE \(clause) ORDER BY u.id", arguments: arguments)
        variants = try Row.fetchCursor(db, sql: "SELECT unit, lang, text FROM variant ORDER BY unit, id")
        origins = try Row.fetchCursor(db, sql: "SELECT unit, \(MemoryReading.originColumns) FROM origin ORDER BY unit, id")
        nextVariant = try variants.next()?.copy()
        nextOrigin = try origins.next()?.copy()
    }

    mutating func next() throws -> MemoryUnit? {
        guard let row = try units.next() else { return nil }
        let id: Int64 = row[0]
        var texts: [MemoryVariant] = []
        while let v = nextVariant, (v[0] as Int64) <= id {
            if (v[0] as Int64) == id { texts.append(MemoryVariant(language: v[1], text: v[2])) }
            nextVariant = try variants.next()?.copy()
        }
        var kept: [MemoryOrigin] = []
        while let o = nextOrigin, (o[0] as Int64) <= id {
            if (o[0] as Int64) == id { kept.append(MemoryReading.origin(o, at: 1)) }
            nextOrigin = try origins.next()?.copy()
        }
        return MemoryReading.unit(row, variants: texts, origins: kept)
    }
}

extension TranslationMemory {
    /// One unit with its texts and origins, or nil.
    public func unit(_ id: Int64) throws -> MemoryUnit? {
        try read { try MemoryReading(db: $0).unit(id) }
    }
}
