/// `split(whereSeparator: \.isWhitespace)` without the grapheme breaking, where that changes nothing.
/// In text made only of scalars that never join into one character with a neighbour (ASCII, Latin
/// letters, Hangul syllables, CJK, kana, common punctuation), characters are scalars (bar CR LF, both
/// white space), so the text can be cut at white-space bytes. Other text takes the Character path.
public enum WhitespaceSplit {
    /// The words of `text`, cut at white space and at any scalar of `extra`.
    public static func words(_ text: String, alsoAt extra: [Unicode.Scalar] = []) -> [Substring] {
        guard UTF8Scan.isASCII(text) || text.unicodeScalars.allSatisfy({ isStandalone($0.value) }) else {
            return text.split(whereSeparator: { c in c.isWhitespace || (c.unicodeScalars.count == 1 && extra.contains(c.unicodeScalars.first!)) })
        }
        // Without extra separators the cuts are ASCII bytes, read as bytes (no byte of a longer scalar is ASCII).
        if extra.isEmpty { return cut(text, text.utf8) { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) } }
        return cut(text, text.unicodeScalars) { s in s.value == 0x20 || (0x09...0x0D).contains(s.value) || extra.contains(s) }
    }

    /// The runs of `text` between elements of `view` (its bytes or its scalars) that `isCut` takes.
    private static func cut<View: Collection>(_ text: String, _ view: View, at isCut: (View.Element) -> Bool) -> [Substring]
        where View.Index == String.Index {
        var words: [Substring] = []
        var start: String.Index?
        var i = view.startIndex
        while i < view.endIndex {
            if isCut(view[i]) {
                if let s = start { words.append(text[s..<i]) }
                start = nil
            } else if start == nil {
                start = i
            }
            view.formIndex(after: &i)
        }
        if let s = start { words.append(text[s..<text.endIndex]) }
        return words
    }

    /// A scalar that is its own character whatever surrounds it (no combining, joining or prepending
    /// class), and white space only if ASCII.
    static func isStandalone(_ v: UInt32) -> Bool {
        switch v {
        case 0x00...0x7F, 0xA1...0xAC, 0xAE...0x2FF, 0x1E00...0x1FFF, 0x2010...0x2027, 0x2030...0x205E,
             0x3001...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A0...0x30FF, 0x3131...0x318E, 0x4E00...0x9FFF,
             0xAC00...0xD7A3, 0xFF01...0xFF5E: true
        default: false
        }
    }
}
