import BitextNames

/// The runs of a text without spaces that may hold names: katakana (foreign names, `キム・サンウ`, whose parts a
/// middle dot or an equals sign joins) and Han characters (Chinese and Japanese names, places, Korean names).
/// Hiragana, punctuation and everything else separate them.
struct UnspacedRuns {
    enum Kind { case katakana, han }

    struct Run {
        var kind: Kind
        var text: Substring
    }

    static func runs(of text: Substring) -> [Run] {
        var out: [Run] = []
        var start: Substring.UnicodeScalarView.Index?
        var kind: Kind?
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        func close(_ end: Substring.UnicodeScalarView.Index) {
            if let s = start, let k = kind {
                // A joiner at the end belongs to no name.
                var e = end
                while e > s, isJoiner(scalars[scalars.index(before: e)]) { e = scalars.index(before: e) }
                if e > s { out.append(Run(kind: k, text: Substring(scalars[s..<e]))) }
            }
            start = nil
            kind = nil
        }
        while index < scalars.endIndex {
            let s = scalars[index]
            let k: Kind? = isKatakana(s) ? .katakana : HanNameReader.isHan(s) ? .han : nil
            if let k {
                if kind != k { close(index); start = index; kind = k }
            } else if !(kind == .katakana && isJoiner(s)) {
                close(index)
            }
            index = scalars.index(after: index)
        }
        close(scalars.endIndex)
        return out
    }

    /// Katakana and the prolonged sound mark, full or half width (not the middle dot, a joiner).
    static func isKatakana(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30A1...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF, 0xFF66...0xFF9F: true
        default: false
        }
    }

    static func isJoiner(_ s: Unicode.Scalar) -> Bool { s == "・" || s == "＝" || s == "=" || s == "･" }
}
