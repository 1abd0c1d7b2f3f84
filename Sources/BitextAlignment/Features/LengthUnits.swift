import BitextText

/// Sentence length in a language-neutral unit: a Latin letter counts 1, a Hangul syllable or a
/// Han character 3 (each carries about what three Latin letters do), kana 2; a run of spaces 1.
/// The document pair's own ratio then absorbs what is left of the difference.
public enum LengthUnits {
    public static func length(of text: some StringProtocol) -> Double {
        var total = 0.0
        var inSpace = false
        for s in text.unicodeScalars {
            let v = s.value
            // Below the Hangul jamo no script weighs more than 1, and the only white space is ASCII,
            // U+0085 and U+00A0: no property lookup.
            let space = v < 0x1100 ? v == 0x20 || (v >= 0x09 && v <= 0x0D) || v == 0x85 || v == 0xA0 : ScalarClass.isWhitespace(s)
            if space {
                if !inSpace { total += 1 }
                inSpace = true
                continue
            }
            inSpace = false
            if v < 0x1100 { total += 1; continue }
            switch Script.of(s) {
            case .hangul, .han: total += 3
            case .kana: total += 2
            default: total += 1
            }
        }
        return total
    }
}
