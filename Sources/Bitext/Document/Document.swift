/// A text as read: decoded, normalised, split into paragraphs, with its language and date.
/// Nothing after this reads files.
public struct Document: Sendable, Equatable {
    /// Where it came from (a path, `-`, or a name given by the caller); goes into exports.
    public var name: String
    public var language: LanguageCode
    /// The article's date from a leading `date YYYY-MM-DD` metadata line, if any.
    public var date: String?
    /// Non-empty lines of text, trimmed. A sentence never crosses one.
    public var paragraphs: [String]

    public init(name: String, language: LanguageCode, date: String? = nil, paragraphs: [String]) {
        self.name = name
        self.language = language
        self.date = date
        self.paragraphs = paragraphs
    }
}

/// Parses decoded text into metadata and paragraphs.
public enum DocumentParser {
    /// Splits off a leading `date YYYY-MM-DD` marker, which scrapers put before the first line of text.
    public static func extractDate(_ text: String) -> (date: String?, rest: String) {
        var scalars = Substring(text)
        while let c = scalars.first, c.isWhitespace { scalars = scalars.dropFirst() }
        guard scalars.hasPrefix("date ") else { return (nil, text) }
        let afterKeyword = scalars.dropFirst(5).drop { $0 == " " || $0 == "\t" }
        let candidate = afterKeyword.prefix(10)
        guard candidate.count == 10, isISODate(candidate) else { return (nil, text) }
        let rest = afterKeyword.dropFirst(10)
        if let next = rest.first, !next.isWhitespace { return (nil, text) }
        return (String(candidate), String(rest.drop { $0 == " " || $0 == "\t" }))
    }

    static func isISODate(_ s: Substring) -> Bool {
        let chars = Array(s)
        guard chars.count == 10, chars[4] == "-", chars[7] == "-" else { return false }
        let digits = chars[0..<4] + chars[5..<7] + chars[8..<10]
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        let month = Int(String(chars[5..<7]))!, day = Int(String(chars[8..<10]))!
        return (1...12).contains(month) && (1...31).contains(day)
    }

    /// Lines with text, trimmed; blank lines and single newlines both end a paragraph.
    public static func paragraphs(_ text: String) -> [String] {
        splitLines(text, omittingEmpty: true)
            .map { trimmed($0) }
            .filter { !$0.isEmpty }
    }

    /// Lines split on the newline byte: a newline is always a character of its own, so the bytes
    /// give what a split on characters would, without breaking the whole text into graphemes.
    static func splitLines(_ text: String, omittingEmpty: Bool) -> [Substring] {
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: omittingEmpty).map { text[$0.startIndex..<$0.endIndex] }
    }

    static func trimmed(_ s: Substring) -> String {
        // Most lines start and end with ASCII that is not white space: nothing to trim.
        if let a = s.utf8.first, let z = s.utf8.last, a > 0x20, a < 0x7F, z > 0x20, z < 0x7F { return String(s) }
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let start = s.firstIndex(where: { !isSpace($0) }), let end = s.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(s[start...end])
    }

    /// Paragraphs of an already one-sentence-per-line file: every line is kept as given (empty lines too,
    /// since benchmark indices count them).
    public static func lines(_ text: String) -> [String] {
        var lines = splitLines(text, omittingEmpty: false).map { trimmed($0) }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
