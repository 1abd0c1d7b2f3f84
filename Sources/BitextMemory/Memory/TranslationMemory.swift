import BitextText
import BitextFormats
import Foundation
import GRDB

/// The translation memory: an SQLite file (WAL journal) of units, their variants and origins, with a
/// full-text index over the variants' words. Every change is one transaction: an import that fails
/// half-way leaves the memory as it was.
public final class TranslationMemory: Sendable {
    public let path: String
    let pool: DatabasePool
    /// How long a write waits for another process's lock.
    let lockWait: TimeInterval

    /// Where the memory is when no `--memory` is given: `$BITEXT_MEMORY`, else `bitext.tm` here.
    public static func defaultPath(environment: [String: String]) -> String {
        if let p = environment["BITEXT_MEMORY"], !p.isEmpty { return p }
        return "bitext.tm"
    }

    /// Opens the memory at `path`, creating it when `create` is set; brings an older schema up to date.
    /// `lockWait` bounds how long a write waits for another process's (an import can hold the lock for minutes;
    /// an interactive caller gives up sooner and says so).
    public init(path: String, create: Bool, lockWait: TimeInterval = TranslationMemory.writerWait) throws {
        self.path = path
        self.lockWait = lockWait
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        if isFolder.boolValue { throw BitextError.invalidArgument("\(path): is a folder, not a translation memory") }
        if !exists && !create { throw BitextError.fileNotFound(path) }
        if exists { try TranslationMemory.checkHeader(path) }
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(10)
        config.prepareDatabase { db in
            // Readers map the file (searches touch scattered pages); the writer gets a larger page
            // cache so that a million-unit import does not keep spilling pages into the WAL.
            if db.configuration.readonly {
                try db.execute(sql: "PRAGMA mmap_size = 1073741824")
            } else {
                try db.execute(sql: "PRAGMA cache_size = -32768")
            }
        }
        do {
            // A reader of an up-to-date memory takes no lock: in WAL mode it reads the last committed state
            // while an import writes (its writes, if any, take the lock in `write`).
            if !create, let ready = try TranslationMemory.openWithoutLock(path: path, configuration: config) {
                pool = ready
                return
            }
            // Two processes creating one memory at once would both run the first migration: take turns.
            pool = try FileLock.withLock(on: path, wait: lockWait) {
                let pool = try DatabasePool(path: path, configuration: config)
                // A writer checks the memory first: units added to a damaged file are lost with it, and SQLite
                // only notices the damage where a statement happens to touch it.
                if exists && create { try TranslationMemory.checkIntegrity(pool, path: path) }
                let migrator = MemorySchema.migrator
                try pool.read { db in
                    let applied = try migrator.appliedIdentifiers(db)
                    let unknown = applied.subtracting(migrator.migrations)
                    if !unknown.isEmpty {
                        throw BitextError.invalidArgument("\(path): made by a newer Bitext (schema \(unknown.sorted().joined(separator: ", "))); upgrade Bitext to use it")
                    }
                }
                try migrator.migrate(pool)
                return pool
            }
        } catch let error as BitextError {
            throw error
        } catch {
            throw TranslationMemory.describe(error, path: path)
        }
    }

    /// The memory opened for reading without the writer's lock, or nil when its schema needs a migration
    /// (which only a holder of the lock may run). A schema newer than this Bitext is refused here too.
    static func openWithoutLock(path: String, configuration: Configuration) throws -> DatabasePool? {
        let pool = try DatabasePool(path: path, configuration: configuration)
        let migrator = MemorySchema.migrator
        let (applied, complete) = try pool.read { db in (try migrator.appliedIdentifiers(db), try migrator.hasCompletedMigrations(db)) }
        let unknown = applied.subtracting(migrator.migrations)
        if !unknown.isEmpty {
            throw BitextError.invalidArgument("\(path): made by a newer Bitext (schema \(unknown.sorted().joined(separator: ", "))); upgrade Bitext to use it")
        }
        return complete ? pool : nil
    }

    /// A file that is not SQLite gets a clear refusal before SQLite is asked to open it.
    static func checkHeader(_ path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw BitextError.unreadable(path, reason: "permission denied") }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 16)) ?? Data()
        if head.isEmpty { return }  // an empty file becomes a new memory
        if head != Data("SQLite format 3\0".utf8) {
            throw BitextError.malformed(path, line: 0, reason: "not a Bitext translation memory (not an SQLite database)")
        }
    }

    static func checkIntegrity(_ pool: DatabasePool, path: String) throws {
        // On the writer's connection: a reader maps up to a gigabyte of the file, and the check reads all of it.
        let report = try pool.writeWithoutTransaction { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        guard report == ["ok"] else {
            // The first problem it names, on one line ("*** in database main ***" only says which file).
            let first = report.flatMap { $0.split(separator: "\n") }.first { !$0.hasPrefix("***") }.map(String.init) ?? "no answer"
            throw BitextError.malformed(path, line: 0, reason: "the memory is damaged (SQLite's quick_check: \(first)); nothing written (tm export may still save what is readable)")
        }
    }

    /// How long a writer waits for another one (an import of millions of units takes minutes).
    public static let writerWait: TimeInterval = 600

    /// SQLite's error in Bitext's words; a failure inside a write (a full disk, a read-only file) is a write error.
    static func describe(_ error: Error, path: String, writing: Bool = false) -> BitextError {
        if let db = error as? DatabaseError, db.resultCode == .SQLITE_BUSY || db.resultCode == .SQLITE_LOCKED {
            return BitextError.writeFailed(path, reason: "another bitext is using this memory; try again when it has finished")
        }
        if let db = error as? DatabaseError {
            let reason = db.message ?? "\(db.resultCode)"
            return writing ? BitextError.writeFailed(path, reason: reason) : BitextError.unreadable(path, reason: reason)
        }
        return BitextError.unreadable(path, reason: "\(error)")
    }

    /// Runs `body` in one write transaction, with SQLite's errors turned into Bitext's.
    /// Writers from several processes take turns on the memory's lock file, so a second import waits for
    /// the first instead of failing on SQLite's busy timeout half-way.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try FileLock.withLock(on: path, wait: lockWait) {
            try translatingErrors(writing: true) { try pool.write(body) }
        }
    }

    /// Runs `body` with the writer's connection outside any transaction (the import opens its own), holding
    /// the memory's lock; after a large change the log is folded back into the file.
    func writeStaged<T>(_ body: (Database) throws -> T) throws -> T {
        try FileLock.withLock(on: path, wait: lockWait) {
            try translatingErrors(writing: true) {
                let result = try pool.writeWithoutTransaction(body)
                // The whole import went through the write-ahead log: copy it into the file now and empty it, so
                // that the log does not keep the import's size on disk (readers still reading just delay it).
                _ = try? pool.writeWithoutTransaction { try $0.checkpoint(.truncate) }
                return result
            }
        }
    }

    /// Runs `body` on a snapshot of the memory.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try translatingErrors { try pool.read(body) }
    }

    private func translatingErrors<T>(writing: Bool = false, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as DatabaseError {
            throw TranslationMemory.describe(error, path: path, writing: writing)
        }
    }

    /// Now, as TMX writes dates.
    static func now() -> String { TMXWriter.tmxDate(Date()) }
}
