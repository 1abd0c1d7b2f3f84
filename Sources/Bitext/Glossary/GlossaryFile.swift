import Foundation

/// One glossary TSV file on disk: read whole, validated, written back atomically.
public struct GlossaryFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public func load() throws -> Glossary {
        try Glossary(tsv: GlossaryFile.text(at: path), origin: path)
    }

    /// A glossary file's text; an empty file is named as an empty glossary, not as a text with nothing to align.
    static func text(at path: String) throws -> String {
        do {
            return try DocumentLoader().text(at: path)
        } catch BitextError.emptyInput {
            throw BitextError.malformed(path, line: 0, reason: "the glossary is empty (it needs a header row: id, kind, then one column per language)")
        }
    }

    /// Load, change, save under the file's lock: two writers at once never lose each other's change
    /// (the second waits, then works on what the first wrote). `creating` starts from an empty glossary
    /// when the file does not exist yet.
    public func update<T>(creating: Bool = false, _ change: (inout Glossary) throws -> T) throws -> T {
        try FileLock.withLock(on: path) {
            var glossary = creating && !FileManager.default.fileExists(atPath: path) ? Glossary() : try load()
            let result = try change(&glossary)
            try save(glossary)
            return result
        }
    }

    /// Validates the whole glossary again before writing, so that an invalid glossary never reaches the disk.
    public func save(_ glossary: Glossary) throws {
        let text = glossary.tsv()
        _ = try Glossary(tsv: text, origin: path)
        try AtomicFile.write(text, to: path)
    }
}
