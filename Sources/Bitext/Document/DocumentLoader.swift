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
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BitextError.unreadable(path, reason: "permission denied or I/O error")
        }
        return [UInt8](data)
    }

    public func text(at path: String) throws -> String {
        try decoder.decode(bytes(at: path), name: path)
    }

    /// A document: metadata date split off, paragraphs (or one sentence a line when `presegmented`),
    /// language as given or detected.
    public func load(_ path: String, language: LanguageCode? = nil, presegmented: Bool = false) throws -> Document {
        try parse(text(at: path), name: path, language: language, presegmented: presegmented)
    }

    public func parse(_ text: String, name: String, language: LanguageCode? = nil, presegmented: Bool = false) throws -> Document {
        let (date, rest) = presegmented ? (nil, text) : DocumentParser.extractDate(text)
        let paragraphs = presegmented ? DocumentParser.lines(rest) : DocumentParser.paragraphs(rest)
        guard let lang = language ?? detector.detect(rest) else { throw BitextError.languageUndetermined(name) }
        return Document(name: name, language: lang, date: date, paragraphs: paragraphs)
    }
}
