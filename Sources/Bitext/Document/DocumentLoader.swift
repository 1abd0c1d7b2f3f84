import Foundation

/// Reads documents from files or standard input: the one place the pipeline touches the disk on input.
public struct DocumentLoader: Sendable {
    public var decoder = TextDecoder()
    let detector = LanguageDetector()

    public init(maxBytes: Int? = nil) {
        if let maxBytes { decoder.maxBytes = maxBytes }
    }

    /// Raw bytes of a path, or of standard input for `-`.
    public func bytes(at path: String) throws -> [UInt8] {
        if path == "-" {
            return [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw BitextError.fileNotFound(path) }
        if isDirectory.boolValue { throw BitextError.unreadable(path, reason: "is a directory") }
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > decoder.maxBytes {
            throw BitextError.inputTooLarge(path, bytes: size, limit: decoder.maxBytes)
        }
        // FileHandle also reads pipes such as /dev/fd/63 from a shell's process substitution.
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BitextError.unreadable(path, reason: "permission denied")
        }
        defer { try? handle.close() }
        do {
            var bytes: [UInt8] = []
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
                bytes.append(contentsOf: chunk)
                if bytes.count > decoder.maxBytes { throw BitextError.inputTooLarge(path, bytes: bytes.count, limit: decoder.maxBytes) }
            }
            return bytes
        } catch let error as BitextError {
            throw error
        } catch {
            throw BitextError.unreadable(path, reason: "I/O error")
        }
    }

    public func text(at path: String) throws -> String {
        try decoder.decode(bytes(at: path), name: path)
    }

    /// A document: metadata date split off, paragraphs (or one sentence a line when `presegmented`),
    /// language as given or detected.
    public func load(_ path: String, language: LanguageCode? = nil, presegmented: Bool = false) throws -> Document {
        try parse(text(at: path), name: path, language: language, presegmented: presegmented)
    }

    /// Two documents read side by side on two cores (decoding, normalising and splitting a long file take
    /// a while); standard input is read alone. The first file's error wins, as if read in turn.
    public func loadPair(_ first: String, language firstLanguage: LanguageCode?, _ second: String, language secondLanguage: LanguageCode?,
                         presegmented: Bool) throws -> (Document, Document) {
        if first == "-" || second == "-" {
            return (try load(first, language: firstLanguage, presegmented: presegmented),
                    try load(second, language: secondLanguage, presegmented: presegmented))
        }
        let (a, b) = sideBySide({ Result { try load(first, language: firstLanguage, presegmented: presegmented) } },
                                { Result { try load(second, language: secondLanguage, presegmented: presegmented) } })
        return (try a.get(), try b.get())
    }

    public func parse(_ text: String, name: String, language: LanguageCode? = nil, presegmented: Bool = false) throws -> Document {
        let (date, rest) = presegmented ? (nil, text) : DocumentParser.extractDate(text)
        let paragraphs = presegmented ? DocumentParser.lines(rest) : DocumentParser.paragraphs(rest)
        let sample = LanguageDetector.sample(rest)
        guard let lang = language ?? detector.detect(sample) else { throw BitextError.languageUndetermined(name) }
        if let language, let found = detector.contradiction(sample, claimed: language) {
            throw BitextError.languageMismatch(name, given: language.tag, found: found)
        }
        return Document(name: name, language: lang, date: date, paragraphs: paragraphs)
    }
}
