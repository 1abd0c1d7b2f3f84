/// `split(whereSeparator: \.isWhitespace)` without the grapheme breaking, where that changes nothing.
/// In text made only of scalars that never join into one character with a neighbour (ASCII, Latin
/// letters, Hangul syllables, CJK, kana, common punctuation), characters are scalars (bar CR LF, both
/// white space), so the text can be cut at white-space bytes. Other text takes the Character path.
public enum WhitespaceSplit {
    /// The words of `text`, cut at white space and at any scalar of `extra`.
    public static func words(_ text: String, alsoAt extra: [Unicode.Scalar] = []) -> [Substring] {
        guard text.unicodeScalars.allSatisfy({ isStandalone($0.value) }) else {
            return text.split(whereSeparator: { c in c.isWhitespace || (c.unicodeScalars.count == 1 && extra.contains(c.unicodeScalars.first!)) })
        }
        var words: [Substring] = []
        var start: String.Index?
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let v = scalars[i].value
            let cut = v == 0x20 || (0x09...0x0D).contains(v) || extra.contains(scalars[i])
            if cut {
                if let s = start { words.append(text[s..<i]) }
                start = nil
            } else if start == nil {
                start = i
            }
            scalars.formIndex(after: &i)
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
