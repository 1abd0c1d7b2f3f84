import BitextText

/// The formats Bitext reads besides plain text, tried in this order (XML formats first: an XHTML page is
/// told from an XLIFF by its root).
public enum InputReaders {
    public static let standard: [any InputReader] = [XLIFFReader(), DOCXReader(), HTMLReader()]

    /// The head of a file as text, for recognising it: a byte order mark and leading space skipped, lower-cased.
    /// Whether the first byte after a byte order mark and white space is `<`: a markup file's is, a plain
    /// text's hardly ever; asked first, so that plain text (a batch's every file) is not lower-cased and searched.
    static func opensWithTag(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        return start < bytes.count && bytes[start] == 0x3C
    }

    static func head(_ bytes: [UInt8], count: Int = 4096) -> String {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        return String(decoding: bytes[start..<min(bytes.count, start + count)], as: UTF8.self).lowercased()
    }

    /// Paragraphs as Bitext's plain text has them: one a line, a blank line between.
    static func text(_ paragraphs: [String]) -> String {
        paragraphs.joined(separator: "\n\n") + "\n"
    }

    /// Runs of white space as one space, ends trimmed.
    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
