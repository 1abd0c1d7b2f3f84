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
        try write { db in
            var writer = MemoryWriter(db)
            var report = ImportReport()
            var index = 0
            var badCodes: [String] = []
            let body: (TranslationUnit, Int) throws -> Void = { unit, line in
                let entry: MemoryEntry
                do {
                    entry = try TMXUnitMapping.entry(from: unit, source: source)
                } catch let error as BitextError {
                    let text = "unit \(unit.tuid ?? "?") (line \(line)): \(error.description)"
                    guard skipInvalid else { throw BitextError.invalidUnits(url.path, line: line, reason: error.description) }
                    badCodes.append(text)
                    return
                }
                try beforeEach?(index)
                index += 1
                try writer.store(entry)
            }
            let invalid: [String], invalidCount: Int
            if recovering {
                (invalid, invalidCount) = try TMXUnitScanner(url: url).scan(body)
            } else {
                let summary = try TMXReader().read(contentsOf: url, each: body)
                (invalid, invalidCount) = (summary.invalid, summary.invalidCount)
            }
            if invalidCount > 0 && !skipInvalid {
                let more = invalidCount > 1 ? " and \(invalidCount - 1) more" : ""
                throw BitextError.invalidUnits(url.path, line: 0, reason: "\(invalid[0])\(more)")
            }
            report.changes = writer.changes
            report.skipped = Array((invalid + badCodes).prefix(TMXReader.invalidListLimit))
            report.skippedCount = invalidCount + badCodes.count
            return report
        }
    }
}
