/// Sentence length in a language-neutral unit: a Latin letter counts 1, a Hangul syllable or a
/// Han character 3 (each carries about what three Latin letters do), kana 2; a run of spaces 1.
/// The document pair's own ratio then absorbs what is left of the difference.
public enum LengthUnits {
    public static func length(of text: some StringProtocol) -> Double {
        var total = 0.0
        var inSpace = false
        for s in text.unicodeScalars {
            if ScalarClass.isWhitespace(s) {
                if !inSpace { total += 1 }
                inSpace = true
                continue
            }
            inSpace = false
            switch Script.of(s) {
            case .hangul, .han: total += 3
            case .kana: total += 2
            default: total += 1
            }
        }
        return total
    }
}
