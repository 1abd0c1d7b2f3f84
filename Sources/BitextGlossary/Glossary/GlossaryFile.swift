import BitextText
import Foundation

/// One glossary TSV file on disk: read whole, validated, written back atomically.
public struct GlossaryFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public func load() throws -> Glossary {
        let bytes = try DocumentLoader().bytes(at: path)
        var glossary = try Glossary(tsv: GlossaryFile.text(of: bytes, path: path), origin: path)
        glossary.byteOrderMark = bytes.starts(with: GlossaryFile.byteOrderMark)
        if let newline = bytes.firstIndex(of: 0x0A), newline > 0, bytes[newline - 1] == 0x0D { glossary.lineEnding = "\r\n" }
        return glossary
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// A glossary file's text; an empty file is named as an empty glossary, not as a text with nothing to align.
    static func text(at path: String) throws -> String {
        try text(of: DocumentLoader().bytes(at: path), path: path)
    }

    static func text(of bytes: [UInt8], path: String) throws -> String {
        do {
            return try DocumentLoader().decoder.decode(bytes, name: path)
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
        // Read back as a load reads it: line endings unified first.
        _ = try Glossary(tsv: glossary.lineEnding == "\n" ? text : text.replacingOccurrences(of: glossary.lineEnding, with: "\n"), origin: path)
        try AtomicFile.write((glossary.byteOrderMark ? GlossaryFile.byteOrderMark : []) + Array(text.utf8), to: path)
    }
}
