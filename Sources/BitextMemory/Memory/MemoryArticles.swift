import BitextText
import Foundation
import GRDB

/// The units of one article pair as the memory holds them: the document it came from (the file imported,
/// when no document was recorded) and its sentence pairs in the order they were stored.
public struct MemoryArticle: Sendable, Equatable {
    public var document: String
    public var pairs: [(source: String, target: String, confidence: Double)]

    public static func == (a: MemoryArticle, b: MemoryArticle) -> Bool {
        a.document == b.document && a.pairs.elementsEqual(b.pairs) { $0.source == $1.source && $0.target == $1.target && $0.confidence == $1.confidence }
    }
}

extension TranslationMemory {
    /// Calls `body` with each article of the memory that has units in both languages (primary subtags),
    /// one article at a time, in document order. Units without a confidence (imported from another tool)
    /// count as certain.
    public func forEachArticle(source: String, target: String, _ body: (MemoryArticle) throws -> Void) throws {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT COALESCE(o.document, o.source, ''), COALESCE(u.confidence, 1), s.text, t.text
                FROM unit u
                JOIN variant s ON s.unit = u.id AND s.base = ?
                JOIN variant t ON t.unit = u.id AND t.base = ?
                LEFT JOIN origin o ON o.id = (SELECT MIN(id) FROM origin WHERE origin.unit = u.id)
                ORDER BY 1, u.id
                """, arguments: [source, target])
            var current: MemoryArticle?
            while let row = try rows.next() {
                let document: String = row[0]
                if current?.document != document {
                    if let done = current { try body(done) }
                    current = MemoryArticle(document: document, pairs: [])
                }
                current!.pairs.append((row[2], row[3], row[1]))
            }
            if let done = current { try body(done) }
        }
    }
}
