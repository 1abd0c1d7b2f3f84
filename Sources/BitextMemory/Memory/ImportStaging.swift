import BitextFormats
import GRDB

/// An import's units, first written to temporary tables of the writer's connection (SQLite's temp
/// database: a file of its own, never journaled, gone with the connection), then published into the
/// memory in one transaction. Nothing reaches the live tables before that transaction; readers keep
/// answering from the last committed state throughout, and an import killed at any moment leaves the
/// memory as it was.
///
/// Publishing works on sets, not unit by unit: copies within the file are found by grouping on two
/// independent hashes of the texts, copies of units already stored by the key index and a comparison of
/// the texts, new units are appended in file order (ids after the memory's last), and their full-text
/// entries go in as one statement. When the import is large beside the memory, the two indexes whose keys
/// arrive in random order are dropped and built again after the rows, by sorting.
struct ImportStaging {
    let db: Database
    /// When the memory receives the units (each origin's `added`).
    let now: String
    private(set) var staged = 0

    /// The indexes rebuilt by sorting when an import is large beside the memory: their keys are hashes,
    /// so rows inserted one by one land on random pages.
    static let sortedIndexes = [MemorySchema.unitKeyIndex, MemorySchema.variantTextIndex]
    /// An import of at least this share of the memory's units rebuilds them.
    static let rebuildShare = 0.125
    /// Bytes of full-text terms held before they are written as a segment during an import (SQLite's default,
    /// 1 MiB, is restored after it).
    static let termBuffer = 64 << 20

    init(db: Database, now: String) throws {
        self.db = db
        self.now = now
        try ImportStaging.dropTables(db)
        try db.execute(sql: """
            PRAGMA temp.journal_mode = OFF;
            PRAGMA temp.cache_size = -32768;
            CREATE TEMP TABLE import_unit (
              seq INTEGER PRIMARY KEY, key INTEGER NOT NULL, check_hash INTEGER NOT NULL, created TEXT NOT NULL, changed TEXT NOT NULL,
              creator TEXT, changer TEXT, confidence REAL, bead TEXT, variants INTEGER NOT NULL);
            CREATE TEMP TABLE import_variant (
              id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, lang TEXT NOT NULL, base TEXT NOT NULL, text TEXT NOT NULL,
              hash INTEGER NOT NULL, words INTEGER NOT NULL, terms TEXT NOT NULL);
            CREATE TEMP TABLE import_origin (
              id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, fingerprint INTEGER NOT NULL, document TEXT, document_target TEXT,
              document_date TEXT, source TEXT, confidence REAL, bead TEXT, mode TEXT, kind TEXT, created TEXT, creator TEXT,
              changed TEXT, changer TEXT, props TEXT, notes TEXT, attributes TEXT);
            """)
    }

    static func dropTables(_ db: Database) throws {
        for table in ["import_unit", "import_variant", "import_origin", "import_new", "import_dup", "import_match", "import_target",
                      "import_link", "import_summary"] {
            try db.execute(sql: "DROP TABLE IF EXISTS temp.\(table)")
        }
    }

    /// Writes one entry to the staging tables; `staged` numbers them in file order.
    mutating func stage(_ entry: PreparedEntry) throws {
        staged += 1
        let seq = staged
        try db.cachedStatement(sql: "INSERT INTO import_unit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [seq, entry.key, entry.check, entry.created, entry.changed, entry.creator, entry.changer,
                                 entry.confidence, entry.bead, entry.variants.count])
        let variant = try db.cachedStatement(sql: "INSERT INTO import_variant (seq, lang, base, text, hash, words, terms) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for v in entry.variants {
            try variant.execute(arguments: [seq, v.language, v.base, v.text, v.hash, v.words, v.terms])
        }
        let origin = try db.cachedStatement(sql: """
            INSERT INTO import_origin (seq, fingerprint, document, document_target, document_date, source, confidence, bead, mode, kind,
                                       created, creator, changed, changer, props, notes, attributes)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for p in entry.origins {
            let o = p.origin
            try origin.execute(arguments: [seq, p.fingerprint, o.document, o.documentTarget, o.documentDate, o.source, o.confidence, o.bead,
                                           o.mode, o.kind, o.created, o.creator, o.changed, o.changer, p.props, p.notes, p.attributes])
        }
    }

    /// Moves the staged units into the memory; call inside the write transaction that must hold all of it.
    ///
    /// Everything that reads the memory at random places (finding copies of stored units, giving those units
    /// their new origins) runs first, while the transaction has written little: once gigabytes are in the
    /// write-ahead log, each page looked up there costs a search through its whole index. What follows only
    /// appends, in the order of the tables' keys.
    func publish() throws -> MemoryChanges {
        var changes = MemoryChanges()
        guard staged > 0 else { return changes }
        let existingUnits = try Int64.fetchOne(db, sql: "SELECT max(id) FROM unit") ?? 0

        // Copies within the file: every unit after the first with the same two hashes.
        try db.execute(sql: """
            CREATE INDEX temp.import_unit_texts ON import_unit(key, check_hash);
            CREATE INDEX temp.import_variant_seq ON import_variant(seq);
            CREATE INDEX temp.import_origin_seq ON import_origin(seq);
            CREATE TEMP TABLE import_dup (seq INTEGER PRIMARY KEY, first INTEGER NOT NULL);
            INSERT INTO import_dup
              SELECT u.seq, g.first FROM
                (SELECT key, check_hash, min(seq) AS first FROM import_unit GROUP BY key, check_hash HAVING count(*) > 1) AS g
                JOIN import_unit u ON u.key = g.key AND u.check_hash = g.check_hash AND u.seq > g.first
              ORDER BY u.seq;
            CREATE TEMP TABLE import_match (seq INTEGER PRIMARY KEY, unit INTEGER NOT NULL);
            """)
        // Copies of units already stored: same key, then the very same texts.
        if existingUnits > 0 {
            let candidates = try Row.fetchCursor(db, sql: """
                SELECT s.seq, s.key FROM import_unit s
                WHERE s.seq NOT IN (SELECT seq FROM import_dup) AND EXISTS (SELECT 1 FROM main.unit u WHERE u.key = s.key)
                ORDER BY s.seq
                """)
            var matches: [(Int64, Int64)] = []
            while let row = try candidates.next() {
                let seq: Int64 = row[0]
                let texts = SegmentKey.unitParts(try Row.fetchAll(db.cachedStatement(sql: "SELECT lang, text FROM import_variant WHERE seq = ?"),
                                                                  arguments: [seq]).map { ($0[0], $0[1]) })
                if let unit = try MemoryWriter.unit(key: row[1], texts: texts, db: db) { matches.append((seq, unit)) }
            }
            for (seq, unit) in matches {
                try db.cachedStatement(sql: "INSERT INTO import_match VALUES (?, ?)").execute(arguments: [seq, unit])
            }
        }

        // New units, numbered in file order after the memory's last, each with the number of new variants
        // before it (its variants' ids follow from it).
        try db.execute(sql: """
            CREATE TEMP TABLE import_new (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL UNIQUE, variants_before INTEGER NOT NULL);
            INSERT INTO import_new (seq, variants_before)
              SELECT seq, coalesce(sum(variants) OVER (ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
              FROM import_unit WHERE seq NOT IN (SELECT seq FROM import_dup) AND seq NOT IN (SELECT seq FROM import_match)
              ORDER BY seq;
            CREATE TEMP TABLE import_target (seq INTEGER PRIMARY KEY, target INTEGER NOT NULL, stored INTEGER NOT NULL);
            INSERT INTO import_target
              SELECT seq, target, stored FROM (
                SELECT n.seq, ? + n.id AS target, 0 AS stored FROM import_new n
                UNION ALL SELECT d.seq, ? + n.id, 0 FROM import_dup d JOIN import_new n ON n.seq = d.first
                UNION ALL SELECT seq, unit, 1 FROM import_match
                UNION ALL SELECT d.seq, m.unit, 1 FROM import_dup d JOIN import_match m ON m.seq = d.first)
              ORDER BY seq;
            """, arguments: [existingUnits, existingUnits])
        changes.added = try Int.fetchOne(db, sql: "SELECT count(*) FROM import_new") ?? 0

        // Units already stored gain their copies' origins now, in file order, as a unit-by-unit store would.
        let now = self.now
        for row in try Row.fetchAll(db, sql: "SELECT seq, target FROM import_target WHERE stored = 1 ORDER BY seq") {
            let seq: Int64 = row[0], target: Int64 = row[1]
            try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO origin (unit, fingerprint, document, document_target, document_date, source, confidence, bead, mode,
                                              kind, created, creator, changed, changer, added, props, notes, attributes)
                  SELECT ?, fingerprint, document, document_target, document_date, source, confidence, bead, mode, kind, created, creator,
                         changed, changer, ?, props, notes, attributes
                  FROM import_origin WHERE seq = ? ORDER BY id
                """).execute(arguments: [target, now, seq])
            if db.changesCount > 0 {
                changes.merged += 1
                try MemoryWriter.refreshSummary(unit: target, db: db)
            } else {
                changes.unchanged += 1
            }
        }

        // Copies of new units, worked out on the staged rows alone: an origin counts when no earlier one of the
        // same unit has its fingerprint; a copy with such an origin is merged, and its unit's confidence, bead,
        // change date and changer are what `MemoryWriter.refreshSummary` makes of all the origins.
        try db.execute(sql: """
            CREATE TEMP TABLE import_link (id INTEGER PRIMARY KEY, seq INTEGER NOT NULL, target INTEGER NOT NULL, fingerprint INTEGER NOT NULL,
                                           kept INTEGER NOT NULL DEFAULT 0);
            INSERT INTO import_link (id, seq, target, fingerprint)
              SELECT o.id, o.seq, t.target, o.fingerprint FROM import_origin o JOIN import_target t ON t.seq = o.seq
              WHERE t.stored = 0 AND t.target IN (SELECT ? + n.id FROM import_dup d JOIN import_new n ON n.seq = d.first)
              ORDER BY o.id;
            CREATE INDEX temp.import_link_key ON import_link(target, fingerprint, id);
            CREATE INDEX temp.import_link_seq ON import_link(seq);
            UPDATE import_link SET kept = 1
              WHERE id = (SELECT min(l.id) FROM import_link l WHERE l.target = import_link.target AND l.fingerprint = import_link.fingerprint);
            """, arguments: [existingUnits])
        let gained = try Int.fetchOne(db, sql: """
            SELECT count(*) FROM import_dup d JOIN import_target t ON t.seq = d.seq
            WHERE t.stored = 0 AND EXISTS (SELECT 1 FROM import_link l WHERE l.seq = d.seq AND l.kept = 1)
            """) ?? 0
        let copies = try Int.fetchOne(db, sql: "SELECT count(*) FROM import_dup d JOIN import_target t ON t.seq = d.seq WHERE t.stored = 0") ?? 0
        changes.merged += gained
        changes.unchanged += copies - gained
        try db.execute(sql: """
            CREATE TEMP TABLE import_summary (target INTEGER PRIMARY KEY, confidence REAL, bead TEXT, changed TEXT, changer TEXT);
            INSERT INTO import_summary
              SELECT g.target,
                (SELECT max(o.confidence) FROM import_link l JOIN import_origin o ON o.id = l.id WHERE l.target = g.target AND l.kept),
                (SELECT o.bead FROM import_link l JOIN import_origin o ON o.id = l.id
                 WHERE l.target = g.target AND l.kept AND o.confidence IS NOT NULL ORDER BY o.confidence DESC, o.id LIMIT 1),
                (SELECT max(coalesce(o.changed, o.created, ?)) FROM import_link l JOIN import_origin o ON o.id = l.id WHERE l.target = g.target AND l.kept),
                (SELECT o.changer FROM import_link l JOIN import_origin o ON o.id = l.id
                 WHERE l.target = g.target AND l.kept AND o.changer IS NOT NULL ORDER BY o.id DESC LIMIT 1)
              FROM (SELECT DISTINCT l.target FROM import_link l WHERE l.kept AND l.seq IN (SELECT seq FROM import_dup)) AS g
              ORDER BY g.target;
            """, arguments: [now])

        // The rest only appends. The full-text entries go first, while the log is small: the index merges its
        // segments by reading them back. Its terms are flushed in large segments and not merged as they come
        // (SQLite's crisis merge still bounds how many pile up): half the time.
        let variantBase = try Int64.fetchOne(db, sql: "SELECT max(id) FROM variant") ?? 0
        try db.execute(sql: """
            INSERT INTO variant_terms (variant_terms, rank) VALUES ('automerge', 0);
            INSERT INTO variant_terms (variant_terms, rank) VALUES ('hashsize', \(ImportStaging.termBuffer));
            """)
        try db.execute(sql: """
            INSERT INTO variant_terms (rowid, terms)
              SELECT ? + n.variants_before + (v.id - first.id) + 1, v.terms
              FROM import_new n
                JOIN import_variant first ON first.id = (SELECT min(id) FROM import_variant WHERE seq = n.seq)
                JOIN import_variant v ON v.seq = n.seq
              ORDER BY n.id, v.id;
            INSERT INTO variant_terms (variant_terms, rank) VALUES ('automerge', 4);
            INSERT INTO variant_terms (variant_terms, rank) VALUES ('hashsize', 1048576);
            """, arguments: [variantBase])
        let rebuild = Double(changes.added) >= ImportStaging.rebuildShare * Double(existingUnits)
        if rebuild {
            for index in ImportStaging.sortedIndexes { try db.execute(sql: "DROP INDEX \(index.name)") }
        }
        try db.execute(sql: """
            INSERT INTO unit (id, key, created, changed, creator, changer, confidence, bead)
              SELECT ? + n.id, s.key, s.created,
                     CASE WHEN m.target IS NULL THEN s.changed ELSE max(s.changed, coalesce(m.changed, s.changed)) END,
                     s.creator, coalesce(m.changer, s.changer),
                     CASE WHEN m.target IS NULL THEN s.confidence ELSE m.confidence END,
                     CASE WHEN m.target IS NULL THEN s.bead ELSE coalesce(m.bead, s.bead) END
              FROM import_new n JOIN import_unit s ON s.seq = n.seq LEFT JOIN import_summary m ON m.target = ? + n.id
              ORDER BY n.id;
            """, arguments: [existingUnits, existingUnits])
        // Variants keep file order: the k-th new variant gets the id after the memory's last plus k, the same as
        // its full-text entry's.
        try db.execute(sql: """
            INSERT INTO variant (id, unit, lang, base, text, hash, words)
              SELECT ? + n.variants_before + (v.id - first.id) + 1, ? + n.id, v.lang, v.base, v.text, v.hash, v.words
              FROM import_new n
                JOIN import_variant first ON first.id = (SELECT min(id) FROM import_variant WHERE seq = n.seq)
                JOIN import_variant v ON v.seq = n.seq
              ORDER BY n.id, v.id;
            """, arguments: [variantBase, existingUnits])
        // Origins of new units, their copies' among them, unit by unit and in file order within a unit.
        try db.execute(sql: """
            INSERT OR IGNORE INTO origin (unit, fingerprint, document, document_target, document_date, source, confidence, bead, mode, kind,
                                          created, creator, changed, changer, added, props, notes, attributes)
              SELECT t.target, o.fingerprint, o.document, o.document_target, o.document_date, o.source, o.confidence, o.bead, o.mode,
                     o.kind, o.created, o.creator, o.changed, o.changer, ?, o.props, o.notes, o.attributes
              FROM import_target t JOIN import_origin o ON o.seq = t.seq
              WHERE t.stored = 0
              ORDER BY t.target, o.id;
            """, arguments: [now])
        if rebuild {
            for index in ImportStaging.sortedIndexes { try db.execute(sql: index.definition) }
        }
        return changes
    }
}
