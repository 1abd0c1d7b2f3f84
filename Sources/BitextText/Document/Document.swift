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

    /// Whether a text is a calendar date written `YYYY-MM-DD`.
    public static func isISODate(_ s: Substring) -> Bool {
        let chars = Array(s)
        guard chars.count == 10, chars[4] == "-", chars[7] == "-" else { return false }
        let digits = chars[0..<4] + chars[5..<7] + chars[8..<10]
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        let year = Int(String(chars[0..<4]))!, month = Int(String(chars[5..<7]))!, day = Int(String(chars[8..<10]))!
        guard (1...12).contains(month) else { return false }
        return (1...daysIn(month: month, year: year)).contains(day)
    }

    /// Days of a month of the Gregorian calendar (2025-02-30 is no date; 2024-02-29 is).
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Lines with text, trimmed; blank lines and single newlines both end a paragraph.
    public static func paragraphs(_ text: String) -> [String] {
        var out: [String] = []
        UTF8Scan.forEachLine(text) { line in
            guard !line.isEmpty else { return }
            let t = trimmed(line)
            if !t.isEmpty { out.append(t) }
        }
        return out
    }

    /// A line's text without white space at its ends. Most lines start and end with ASCII that is not
    /// white space: they are taken as they are, without a walk over their characters.
    static func trimmed(_ line: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: line, as: UTF8.self)
        if let a = line.first, let z = line.last, a > 0x20, a < 0x7F, z > 0x20, z < 0x7F { return text }
        return trimmed(text[...])
    }

    static func trimmed(_ s: Substring) -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace || $0 == "\u{FEFF}" }
        guard let start = s.firstIndex(where: { !isSpace($0) }), let end = s.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(s[start...end])
    }

    /// Paragraphs of an already one-sentence-per-line file: every line is kept as given (empty lines too,
    /// since benchmark indices count them).
    public static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        UTF8Scan.forEachLine(text) { lines.append(trimmed($0)) }
        if lines.last == "" { lines.removeLast() }
        return lines
    }
}
