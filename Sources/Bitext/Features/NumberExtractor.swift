/// Finds the numbers a sentence states, normalised so that `1,200` (English), `1.200`
/// (Vietnamese, German), `nine` and `9년` compare equal. Dates split into their parts (`30/1` → 30, 1).
public struct NumberExtractor: Sendable {
    public let language: LanguageCode
    private let words: [String: String]

    public init(language: LanguageCode) {
        self.language = language
        var words: [String: String] = [:]
        for (lang, entries) in Resources.table("Features/numbers.txt") where lang == language.primary {
            for e in entries {
                let kv = e.split(separator: "=")
                if kv.count == 2 { words[String(kv[0])] = String(kv[1]) }
            }
        }
        // "năm" is both "five" and "year" in Vietnamese; "year" is far more common in news.
        if language.primary == "vi" { words["năm"] = nil }
        // "may" and "mai" are too ambiguous as month names outside German/French.
        self.words = words
    }

    /// Languages that write `1.200` for twelve hundred and `3,5` for three and a half.
    var decimalComma: Bool { ["vi", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr", "id"].contains(language.primary) }

    public func numbers(in text: String) -> [String] {
        var out: [String] = []
        let scalars = Array(text.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            if isDigit(s) {
                var j = i
                var raw = ""
                while j < scalars.count {
                    let c = scalars[j]
                    if isDigit(c) { raw.unicodeScalars.append(c); j += 1; continue }
                    if (c == "," || c == "." || c == "\u{202F}" || c == "\u{00A0}"), j + 1 < scalars.count, isDigit(scalars[j + 1]) {
                        raw.unicodeScalars.append(c); j += 1; continue
                    }
                    break
                }
                out.append(normalise(raw))
                i = j
            } else if s.properties.isAlphabetic {
                var j = i
                while j < scalars.count, scalars[j].properties.isAlphabetic { j += 1 }
                if !words.isEmpty {
                    var word = ""
                    word.unicodeScalars.append(contentsOf: scalars[i..<j])
                    if let v = words[word.lowercased()] { out.append(v) }
                }
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    private func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    /// `1,200` → `1200`; `3.5` → `3.5`; `007` → `7`; separators read by the language's convention.
    func normalise(_ raw: String) -> String {
        let groupSeparators: Set<Character> = [" ", "\u{202F}", "\u{00A0}"]
        var text = String(raw.filter { !groupSeparators.contains($0) })
        let thousands: Character = decimalComma ? "." : ","
        let decimal: Character = decimalComma ? "," : "."
        let parts = text.split(separator: thousands, omittingEmptySubsequences: false)
        if parts.count > 1, parts.dropFirst().allSatisfy({ $0.count == 3 || ($0.count > 3 && $0.contains(decimal)) }) {
            text = parts.joined()
        } else if parts.count > 1 {
            // The other convention: a lone separator followed by exactly three digits groups thousands.
            let other = text.split(separator: decimal)
            if other.count > 1, other.dropFirst().allSatisfy({ $0.count == 3 }) { text = other.joined() }
        }
        var pieces = text.split(separator: decimal, maxSplits: 1).map(String.init)
        pieces[0] = String(pieces[0].drop { $0 == "0" })
        if pieces[0].isEmpty { pieces[0] = "0" }
        if pieces.count == 2 {
            let frac = String(pieces[1].reversed().drop { $0 == "0" }.reversed())
            return frac.isEmpty ? pieces[0] : pieces[0] + "." + frac
        }
        return pieces[0]
    }
}
