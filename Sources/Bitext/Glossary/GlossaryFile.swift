/// One glossary TSV file on disk: read whole, validated, written back atomically.
public struct GlossaryFile: Sendable {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    public func load() throws -> Glossary {
        try Glossary(tsv: DocumentLoader().text(at: path), origin: path)
    }

    /// Validates the whole glossary again before writing, so that an invalid glossary never reaches the disk.
    public func save(_ glossary: Glossary) throws {
        let text = glossary.tsv()
        _ = try Glossary(tsv: text, origin: path)
        try AtomicFile.write(text, to: path)
    }
}
