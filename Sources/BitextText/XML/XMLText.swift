/// Text made safe for XML 1.0: markup characters escaped, characters XML forbids removed.
public enum XMLText {
    public static func escape(_ text: String, attribute: Bool = false) -> String {
        needsNoEscaping(text, attribute: attribute) ? text : escapedScalarByScalar(text, attribute: attribute)
    }

    /// `escape` the long way, one scalar at a time.
    static func escapedScalarByScalar(_ text: String, attribute: Bool) -> String {
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

    /// Whether `escape` would give the text back as it is: no markup character, no control character
    /// but tab, line feed and return (none of them in an attribute), no U+FFFE or U+FFFF. Read from
    /// the bytes; most segments are such.
    static func needsNoEscaping(_ text: String, attribute: Bool) -> Bool {
        var utf8 = text.utf8.makeIterator()
        while let b = utf8.next() {
            switch b {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"): return false
            case UInt8(ascii: "\""), 0x09, 0x0A: if attribute { return false }
            case 0x0D: break
            case 0x00..<0x20: return false
            case 0xEF:
                // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
                guard let b1 = utf8.next(), let b2 = utf8.next() else { return false }
                if b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF) { return false }
            default: break
            }
        }
        return true
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
        isPlainSegment(text) ? text : cleanedSegment(text)
    }

    /// `segment` the long way: every scalar filtered, the text split at white space and joined again.
    static func cleanedSegment(_ text: String) -> String {
        let cleaned = String(String.UnicodeScalarView(text.unicodeScalars.filter(isAllowed)))
        return cleaned.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// Whether `segment` would give the text back as it is: single spaces between words, none at the
    /// ends, and only scalars that are allowed, not white space and cannot join a space into one
    /// character (combining marks after a space, prepended marks before one). Most sentences are.
    static func isPlainSegment(_ text: String) -> Bool {
        var previous: UInt32 = 0x20
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x20: if previous == 0x20 { return false }
            case 0x21...0x7E: break
            // Beyond ASCII, the scalars that are characters on their own (none of them white space).
            case 0x80...: if !WhitespaceSplit.isStandalone(v) { return false }
            default: return false
            }
            previous = v
        }
        return previous != 0x20
    }
}
