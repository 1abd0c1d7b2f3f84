import GRDB

/// The memory's tables, versioned: each migration runs once per database, in order, and a memory
/// made by a newer Bitext (one with migrations this build does not know) is refused, not altered.
enum MemorySchema {
    struct Index: Sendable {
        let name: String
        let definition: String
    }

    /// Finds a unit by the hash of its texts.
    static let unitKeyIndex = Index(name: "unit_key", definition: "CREATE INDEX unit_key ON unit(key)")
    /// Finds a text by language and hash (exact matches, conflicts).
    static let variantTextIndex = Index(name: "variant_text", definition: "CREATE INDEX variant_text ON variant(base, hash)")

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            // A unit: one meaning in several languages. `key` hashes its normalised variants, so a
            // second copy is found without comparing texts; dates are TMX's YYYYMMDDThhmmssZ.
            try db.execute(sql: """
                CREATE TABLE unit (
                  id INTEGER PRIMARY KEY,
                  key INTEGER NOT NULL,
                  created TEXT NOT NULL,
                  changed TEXT NOT NULL,
                  creator TEXT,
                  changer TEXT,
                  confidence REAL,
                  bead TEXT
                );
                \(unitKeyIndex.definition);

                CREATE TABLE variant (
                  id INTEGER PRIMARY KEY,
                  unit INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
                  lang TEXT NOT NULL,
                  base TEXT NOT NULL,
                  text TEXT NOT NULL,
                  hash INTEGER NOT NULL,
                  words INTEGER NOT NULL
                );
                CREATE INDEX variant_unit ON variant(unit);
                \(variantTextIndex.definition);

                -- Where a unit came from: one row per article pair or file that brought it.
                CREATE TABLE origin (
                  id INTEGER PRIMARY KEY,
                  unit INTEGER NOT NULL REFERENCES unit(id) ON DELETE CASCADE,
                  fingerprint INTEGER NOT NULL,
                  document TEXT,
                  document_target TEXT,
                  document_date TEXT,
                  source TEXT,
                  confidence REAL,
                  bead TEXT,
                  mode TEXT,
                  kind TEXT,
                  created TEXT,
                  creator TEXT,
                  changed TEXT,
                  changer TEXT,
                  added TEXT NOT NULL,
                  props TEXT,
                  notes TEXT,
                  attributes TEXT,
                  UNIQUE (unit, fingerprint)
                );
                CREATE INDEX origin_document ON origin(document);

                -- Words of each variant, folded (see WordTokenizer.terms); contentless because the
                -- text is in `variant`, rowid = variant.id.
                CREATE VIRTUAL TABLE variant_terms USING fts5(terms, content='', tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'");
                """)
        }
        return migrator
    }
}
