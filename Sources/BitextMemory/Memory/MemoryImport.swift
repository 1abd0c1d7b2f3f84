import BitextText
import BitextAlignment
import BitextFormats
import Foundation
import GRDB

/// How an import went.
public struct ImportReport: Sendable, Equatable {
    public var changes = MemoryChanges()
    /// Units left out (`unit N (line L): reason`), only with `skipInvalid`.
    public var skipped: [String] = []
    public var skippedCount = 0
}

extension TranslationMemory {
    /// Adds entries in one transaction. `beforeEach` runs before each entry is written; an error
    /// it throws (or any other) rolls the whole addition back.
    @discardableResult
    public func add(_ entries: [MemoryEntry], beforeEach: ((Int) throws -> Void)? = nil) throws -> MemoryChanges {
        try write { db in
            var writer = MemoryWriter(db)
            for (i, entry) in entries.enumerated() {
                try beforeEach?(i)
                try writer.store(entry)
            }
            return writer.changes
        }
    }

    /// Imports a TMX file as it streams in, all in one transaction. A unit TMX forbids (no language
    /// on a `<tuv>`, one language only, an invalid language code) or a file that is not well-formed
    /// XML stops the import with nothing stored, unless `skipInvalid` is set: then every good unit is
    /// stored and the bad ones listed, re-reading a broken file unit by unit past the damage.
    public func importTMX(_ url: URL, skipInvalid: Bool = false, beforeEach: ((Int) throws -> Void)? = nil) throws -> ImportReport {
        let source = Alignment.documentName(url.path)
        do {
            return try importPass(url, source: source, skipInvalid: skipInvalid, recovering: false, beforeEach: beforeEach)
        } catch BitextError.malformed(let file, let line, let reason) where skipInvalid && file == url.path {
            // Not well-formed: a strict XML parser cannot go on, so read each <tu> on its own.
            var report = try importPass(url, source: source, skipInvalid: true, recovering: true, beforeEach: beforeEach)
            if report.skippedCount == 0 {
                report.skipped.append("line \(line): \(reason)")
                report.skippedCount = 1
            }
            return report
        }
    }

    private func importPass(_ url: URL, source: String, skipInvalid: Bool, recovering: Bool,
                            beforeEach: ((Int) throws -> Void)?) throws -> ImportReport {
        try writeStaged { db in
            let now = TranslationMemory.now()
            var staging = try ImportStaging(db: db, now: now)
            defer { try? ImportStaging.dropTables(db) }
            var report = ImportReport()
            var index = 0
            var summary: (invalid: [String], invalidCount: Int, refused: [String]) = ([], 0, [])
            let pipeline = ImportPipeline(url: url, source: source, skipInvalid: skipInvalid, recovering: recovering, now: now)
            try pipeline.run { next in
                // The staging tables are the temp database's: these transactions take no lock on the memory.
                var open = false
                defer { if open { try? db.execute(sql: "ROLLBACK") } }
                while let batch = try next() {
                    switch batch {
                    case .entries(let entries, let refused):
                        summary.refused += refused
                        if !open {
                            try db.execute(sql: "BEGIN DEFERRED")
                            open = true
                        }
                        for entry in entries {
                            try beforeEach?(index)
                            index += 1
                            try staging.stage(entry)
                        }
                        if staging.staged % 65_536 < entries.count {
                            try db.execute(sql: "COMMIT")
                            open = false
                        }
                    case .end(let invalid, let invalidCount):
                        summary.invalid = invalid
                        summary.invalidCount = invalidCount
                    }
                }
                if open {
                    try db.execute(sql: "COMMIT")
                    open = false
                }
            }
            if summary.invalidCount > 0 && !skipInvalid {
                let more = summary.invalidCount > 1 ? " and \(summary.invalidCount - 1) more" : ""
                throw BitextError.invalidUnits(url.path, line: 0, reason: "\(summary.invalid[0])\(more)")
            }
            try db.inTransaction(.immediate) {
                report.changes = try staging.publish()
                return .commit
            }
            report.skipped = Array((summary.invalid + summary.refused).prefix(TMXReader.invalidListLimit))
            report.skippedCount = summary.invalidCount + summary.refused.count
            return report
        }
    }
}
