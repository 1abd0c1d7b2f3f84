/// Text made safe for XML 1.0: markup characters escaped, characters XML forbids removed.
public enum XMLText {
    public static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\t" where attribute: out += "&#9;"
            case "\n" where attribute: out += "&#10;"
            default:
                if isAllowed(s) { out.unicodeScalars.append(s) }
            }
        }
        return out
    }

    /// XML 1.0 Char production: tab, newline, return, and U+0020 up, less the surrogates and U+FFFE/U+FFFF.
    static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Text for a `<seg>`: forbidden characters gone, whitespace runs collapsed, no padding.
    public static func segment(_ text: String) -> String {
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed)))
        return cleaned.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
