import BitextText

/// The form two segments must share to count as the same text: NFC, runs of white space as one
/// space, no space at either end. Duplicates and conflicts are found through its 64-bit hash.
public enum SegmentKey {
    public static func normalize(_ text: String) -> String {
        if isNormalized(text) { return text }
        let nfc = Normalization.normalize(text)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in nfc.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Most segments already are: single spaces inside, and only characters that are NFC whatever
    /// follows them (no combining marks, compatibility singletons or conjoining jamo). One pass,
    /// no ICU call, no copy.
    static func isNormalized(_ text: String) -> Bool {
        var previousSpace = true  // a space at the start is not normalised
        for s in text.unicodeScalars {
            if isSpace(s) {
                if previousSpace || s != " " { return false }
                previousSpace = true
                continue
            }
            previousSpace = false
            switch s.value {
            case 0..<0x300, 0x1E00...0x1EFF, 0x2010...0x206F, 0x3000...0x3098, 0x309B...0x30FF, 0x3131...0x318E,
                 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFF01...0xFFEF:
                continue
            default:
                return false
            }
        }
        return !previousSpace || text.isEmpty
    }

    /// Unicode White_Space, by value (the property lookup is slow in a loop over a million texts).
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// FNV-1a over the UTF-8 bytes: stable across runs and platforms, unlike `Hasher`.
    public static func hash(_ normalized: String) -> Int64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in normalized.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01b3
        }
        return Int64(bitPattern: h)
    }

    /// One hash for a whole unit: its variants' languages and (already normalised) texts, in a fixed order.
    public static func unitHash(_ variants: [(language: String, text: String)]) -> Int64 {
        hash(unitParts(variants).joined(separator: "\u{1E}"))
    }

    /// A unit's variants as compared and hashed: each language (lower case) and text, in a fixed order.
    public static func unitParts(_ variants: [(language: String, text: String)]) -> [String] {
        variants.map { "\($0.language.lowercased())\u{1F}\($0.text)" }.sorted()
    }
}
