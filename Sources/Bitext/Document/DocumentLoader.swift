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
        // POSIX calls: FileManager's attribute dictionary and FileHandle's megabyte read buffer cost more
        // than reading a news article (a batch reads twenty thousand).
        let fd = open(path, O_RDONLY)
        var info = stat()
        guard fd >= 0 else {
            guard stat(path, &info) == 0 else { throw BitextError.fileNotFound(path) }
            throw BitextError.unreadable(path, reason: (info.st_mode & S_IFMT) == S_IFDIR ? "is a directory" : "permission denied")
        }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { throw BitextError.unreadable(path, reason: "I/O error") }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw BitextError.unreadable(path, reason: "is a directory") }
        // A regular file's size is known up front; a pipe (a shell's /dev/fd/63) is read until it ends.
        let regular = (info.st_mode & S_IFMT) == S_IFREG
        if regular, Int(info.st_size) > decoder.maxBytes { throw BitextError.inputTooLarge(path, bytes: Int(info.st_size), limit: decoder.maxBytes) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(regular ? Int(info.st_size) + 1 : 1 << 16)
        // A small file is read in one call of its size plus one (the call that finds the end reads nothing);
        // a size of 0 may be a file that does not tell (/proc), read in full chunks.
        let chunk = regular && info.st_size > 0 ? min(1 << 16, Int(info.st_size) + 1) : 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, chunk) }
            if n < 0 {
                if errno == EINTR { continue }
                throw BitextError.unreadable(path, reason: "I/O error")
            }
            if n == 0 { return bytes }
            bytes.append(contentsOf: buffer[0..<n])
            if bytes.count > decoder.maxBytes { throw BitextError.inputTooLarge(path, bytes: bytes.count, limit: decoder.maxBytes) }
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
