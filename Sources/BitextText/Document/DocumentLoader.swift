import Foundation

/// Reads documents from files or standard input: the one place the pipeline touches the disk on input.
public struct DocumentLoader: Sendable {
    public var decoder = TextDecoder()
    /// The formats read besides plain text, tried in order on every file (see `InputReader`).
    public var readers: [any InputReader] = []
    let detector = LanguageDetector()

    public init(maxBytes: Int? = nil) {
        if let maxBytes { decoder.maxBytes = maxBytes }
    }

    /// Raw bytes of a path, or of standard input for `-`, counted while read so that the input limit stops
    /// an endless stream (`< /dev/zero`) at the limit rather than after it is all in memory.
    public func bytes(at path: String) throws -> [UInt8] {
        if path == "-" { return try readAll(0, name: path, regularSize: nil) }
        // POSIX calls: FileManager's attribute dictionary and FileHandle's megabyte read buffer cost more
        // than reading a news article (a batch reads twenty thousand). O_NONBLOCK keeps a FIFO that nobody
        // writes to from blocking the open; it is cleared again before reading.
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        var info = stat()
        guard fd >= 0 else {
            guard stat(path, &info) == 0 else { throw BitextError.fileNotFound(path) }
            throw BitextError.unreadable(path, reason: (info.st_mode & S_IFMT) == S_IFDIR ? "is a directory" : "permission denied")
        }
        defer { close(fd) }
        guard fstat(fd, &info) == 0 else { throw BitextError.unreadable(path, reason: "I/O error") }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            break
        case S_IFDIR:
            throw BitextError.unreadable(path, reason: "is a directory")
        case S_IFIFO where OutputTarget.ownDescriptor(path) != nil:
            // A shell's process substitution (/dev/fd/63) is a pipe the user made on purpose: read it to its end.
            break
        case S_IFIFO:
            throw BitextError.unreadable(path, reason: "is a FIFO, not a regular file (pipe it to standard input as '-')")
        default:
            throw BitextError.unreadable(path, reason: "is a device or socket, not a regular file")
        }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        let regular = (info.st_mode & S_IFMT) == S_IFREG
        if regular, Int(info.st_size) > decoder.maxBytes { throw BitextError.inputTooLarge(path, bytes: Int(info.st_size), limit: decoder.maxBytes) }
        return try readAll(fd, name: path, regularSize: regular ? Int(info.st_size) : nil)
    }

    /// Reads a descriptor to its end, refusing it as soon as it passes the input limit.
    private func readAll(_ fd: Int32, name: String, regularSize: Int?) throws -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(regularSize.map { $0 + 1 } ?? 1 << 16)
        // A small file is read in one call of its size plus one (the call that finds the end reads nothing);
        // a size of 0 may be a file that does not tell (/proc), read in full chunks.
        let chunk = regularSize.map { $0 > 0 ? min(1 << 16, $0 + 1) : 1 << 16 } ?? 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        while true {
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, chunk) }
            if n < 0 {
                if errno == EINTR { continue }
                throw BitextError.unreadable(name, reason: "I/O error")
            }
            if n == 0 { return bytes }
            if bytes.count + n > decoder.maxBytes { throw BitextError.inputTooLarge(name, bytes: bytes.count + n, limit: decoder.maxBytes) }
            bytes.append(contentsOf: buffer[0..<n])
        }
    }

    public func text(at path: String) throws -> String {
        try read(at: path).text
    }

    /// A file through the first reader that recognises it, else as plain text.
    public func read(at path: String) throws -> ReadText {
        let bytes = try bytes(at: path)
        if let reader = readers.first(where: { $0.recognizes(bytes, path: path) }) {
            let read = try reader.read(bytes, path: path)
            guard !read.text.allSatisfy(\.isWhitespace) else { throw BitextError.emptyInput(path) }
            return read
        }
        return ReadText(text: try decoder.decode(bytes, name: path))
    }

    /// Both sides of a bilingual file (an XLIFF with its targets), with the languages it declares unless
    /// given; nil for a file that holds one text.
    public func loadBilingual(_ path: String, source: LanguageCode?, target: LanguageCode?, presegmented: Bool) throws -> (Document, Document)? {
        let read = try read(at: path)
        guard let translation = read.translation else { return nil }
        let from = try source ?? read.language.map { try LanguageCode($0) }, to = try target ?? read.translationLanguage.map { try LanguageCode($0) }
        return (try parse(read.text, name: path + "#source", language: from, presegmented: presegmented),
                try parse(translation, name: path + "#target", language: to, presegmented: presegmented))
    }

    /// A document: metadata date split off, paragraphs (or one sentence a line when `presegmented`),
    /// language as given or detected.
    public func load(_ path: String, language: LanguageCode? = nil, presegmented: Bool = false) throws -> Document {
        let read = try read(at: path)
        return try parse(read.text, name: path, language: try language ?? read.language.map { try LanguageCode($0) }, presegmented: presegmented)
    }

    /// Two documents read side by side on two cores (decoding, normalising and splitting a long file take
    /// a while); standard input is read alone. The first file's error wins, as if read in turn.
    public func loadPair(_ first: String, language firstLanguage: LanguageCode?, _ second: String, language secondLanguage: LanguageCode?,
                         presegmented: Bool) throws -> (Document, Document) {
        if first == "-" || second == "-" {
            return (try load(first, language: firstLanguage, presegmented: presegmented),
                    try load(second, language: secondLanguage, presegmented: presegmented))
        }
        let (a, b) = sideBySide({ Result { try loadOneSide(first, language: firstLanguage, presegmented: presegmented) } },
                                { Result { try loadOneSide(second, language: secondLanguage, presegmented: presegmented) } })
        return (try a.get(), try b.get())
    }

    /// One side of a pair: a text in one language (a file holding a text and its translation is refused, since
    /// aligning it as one side would pair half of it with the other file).
    private func loadOneSide(_ path: String, language: LanguageCode?, presegmented: Bool) throws -> Document {
        let document = try load(path, language: language, presegmented: presegmented)
        if let (a, b) = LanguageSplitter().twoLanguages(document.paragraphs) {
            throw BitextError.twoLanguagesInOneSide(path, first: a.tag, second: b.tag)
        }
        return document
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
