/// Full-width ASCII forms (`ＩＣＢＭ`, `２００`, `７．８`, U+FF01–FF5E) as the ASCII they stand for, and the
/// ideographic space as a space: Japanese and Chinese news write Latin letters and digits both ways, and a
/// number or an acronym must meet its English counterpart whichever was used.
package enum WidthFolding {
    /// The text with its full-width forms folded; the text itself when it has none (their UTF-8 starts with
    /// EF BC or EF BD, and the ideographic space is E3 80 80).
    @inlinable package static func fold(_ text: String) -> String {
        var has = false
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for b in text.utf8 {
            if (beforePrevious == 0xEF && (previous == 0xBC || previous == 0xBD)) || (beforePrevious == 0xE3 && previous == 0x80 && b == 0x80) {
                has = true
                break
            }
            beforePrevious = previous
            previous = b
        }
        guard has else { return text }
        var scalars = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s.value {
            case 0xFF01...0xFF5E: scalars.append(Unicode.Scalar(s.value - 0xFEE0)!)
            case 0x3000: scalars.append(" ")
            default: scalars.append(s)
            }
        }
        return String(scalars)
    }
}
