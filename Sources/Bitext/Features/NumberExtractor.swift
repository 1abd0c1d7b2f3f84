import Foundation

/// Finds the numbers a sentence states, normalised so that `1,200` (English), `1.200`
/// (Vietnamese, German), `nine`, `9년`, and `110 million` = `1억1천만` compare equal.
/// Dates split into their parts (`30/1` → 30, 1).
public struct NumberExtractor: Sendable {
    public let language: LanguageCode
    private let words: [String: String]
    private let scales: [String: Double]
    private let smallUnits: [Character: Double]
    private let bigUnits: [Character: Double]
    /// Han numerals (Chinese, Japanese): digit characters.
    private let hanDigits: [Character: Double]
    /// First letters and longest length of the number and scale words: most words are neither, and
    /// are passed over without building a lower-cased copy to look up.
    private let wordInitials: Set<Character>
    private let longestWord: Int

    public init(language: LanguageCode) {
        self.language = language
        let table = Resources.table("Features/numbers.txt")
        let pairs = { (key: String) -> [(String, String)] in
            (table[key] ?? []).compactMap { e in
                let kv = e.split(separator: "=")
                return kv.count == 2 ? (String(kv[0]), String(kv[1])) : nil
            }
        }
        var words = Dictionary(pairs(language.primary), uniquingKeysWith: { a, _ in a })
        // "năm" is both "five" and "year" in Vietnamese; "year" is far more common in news.
        if language.primary == "vi" { words["năm"] = nil }
        self.words = words
        scales = Dictionary(pairs(language.primary + "-scale").compactMap { k, v in Double(v).map { (k, $0) } }, uniquingKeysWith: { a, _ in a })
        let units = { (key: String) in
            Dictionary(pairs(key).compactMap { k, v in Double(v).flatMap { f in k.first.map { ($0, f) } } }, uniquingKeysWith: { a, _ in a })
        }
        smallUnits = units(language.primary + "-small")
        bigUnits = units(language.primary + "-big")
        hanDigits = units(language.primary + "-digits")
        let all = Array(words.keys) + Array(scales.keys)
        wordInitials = Set(all.compactMap(\.first).flatMap { [Character($0.lowercased()), Character($0.uppercased())] })
        longestWord = all.map(\.count).max() ?? 0
    }

    /// Whether the letters `chars[i..<j]` could be a number word.
    @inline(__always) private func mayBeWord(_ chars: [Character], _ i: Int, _ j: Int) -> Bool {
        !words.isEmpty && j - i <= longestWord && wordInitials.contains(chars[i])
    }

    /// Languages that write `1.200` for twelve hundred and `3,5` for three and a half.
    var decimalComma: Bool { ["vi", "de", "fr", "es", "it", "pt", "nl", "ru", "pl", "tr", "id"].contains(language.primary) }

    public func numbers(in text: String) -> [String] {
        var out: [String] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isASCII && c.isNumber {
                var j = i
                var raw = ""
                while j < chars.count {
                    let d = chars[j]
                    if d.isASCII && d.isNumber { raw.append(d); j += 1; continue }
                    if (d == "," || d == "." || d == "\u{202F}" || d == "\u{00A0}"), j + 1 < chars.count, chars[j + 1].isASCII, chars[j + 1].isNumber {
                        raw.append(d); j += 1; continue
                    }
                    break
                }
                let normalised = normalise(raw)
                if !bigUnits.isEmpty, let (value, end) = attachedUnits(Double(normalised) ?? 0, chars, from: j) {
                    out.append(NumberExtractor.format(value))
                    i = end
                } else if let (factor, end) = scaleWord(chars, from: j) {
                    out.append(NumberExtractor.format((Double(normalised) ?? 0) * factor))
                    i = end
                } else {
                    out.append(normalised)
                    i = j
                }
            } else if !hanDigits.isEmpty, hanDigits[c] != nil || smallUnits[c] != nil || bigUnits[c] != nil {
                var j = i
                while j < chars.count, hanDigits[chars[j]] != nil || smallUnits[chars[j]] != nil || bigUnits[chars[j]] != nil { j += 1 }
                // A lone 一 is mostly part of a word (一起, 一直), not the number one.
                if !(j == i + 1 && hanDigits[c] == 1) { out.append(NumberExtractor.format(hanValue(chars[i..<j]))) }
                i = j
            } else if c.isLetter {
                var j = i
                // Han text has no spaces: a numeral may follow any character directly.
                while j < chars.count, chars[j].isLetter, hanDigits.isEmpty || j == i { j += 1 }
                let word = mayBeWord(chars, i, j) ? words[String(chars[i..<j]).lowercased()] : nil
                if let v = word, let value = Int(v) {
                    // "twenty-one", "twenty one": a tens word and a unit word make one number.
                    var k = j
                    if (20...90).contains(value), k + 1 < chars.count, chars[k] == "-" || chars[k] == " " {
                        var e = k + 1
                        while e < chars.count, chars[e].isLetter { e += 1 }
                        if let u = words[String(chars[(k + 1)..<e]).lowercased()].flatMap({ Int($0) }), (1...9).contains(u) {
                            out.append(String(value + u))
                            i = e
                            continue
                        }
                        k = j
                    }
                    out.append(v)
                } else if let v = word {
                    out.append(v)
                }
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    /// `1억1천만`, `12조3천억`, `1억 1000만`: the value of digits with Korean units after them.
    private func attachedUnits(_ first: Double, _ chars: [Character], from start: Int) -> (Double, Int)? {
        guard start < chars.count, smallUnits[chars[start]] != nil || bigUnits[chars[start]] != nil else { return nil }
        var total = 0.0, group = 0.0, pending = first
        var i = start
        while i < chars.count {
            let c = chars[i]
            if let small = smallUnits[c] {
                group += (pending == 0 ? 1 : pending) * small
                pending = 0
                i += 1
            } else if let big = bigUnits[c] {
                total += (group + pending == 0 ? 1 : group + pending) * big
                group = 0
                pending = 0
                i += 1
                // A space may separate the groups: 1억 1000만.
                var k = i
                if k < chars.count, chars[k] == " " { k += 1 }
                guard k < chars.count, chars[k].isASCII, chars[k].isNumber else { break }
                var digits = ""
                while k < chars.count, chars[k].isASCII, chars[k].isNumber || chars[k] == "," {
                    if chars[k] != "," { digits.append(chars[k]) }
                    k += 1
                }
                guard k < chars.count, smallUnits[chars[k]] != nil || bigUnits[chars[k]] != nil else { break }
                pending = Double(digits) ?? 0
                i = k
            } else {
                break
            }
        }
        return (total + group + pending, i)
    }

    /// The value of a run of Han numerals: with units (二十一, 三万五千) or digit by digit (一九九八).
    private func hanValue(_ run: ArraySlice<Character>) -> Double {
        if run.allSatisfy({ hanDigits[$0] != nil }) {
            return run.reduce(0) { $0 * 10 + hanDigits[$1]! }
        }
        var total = 0.0, group = 0.0, pending = 0.0
        var sawDigit = false
        for c in run {
            if let d = hanDigits[c] {
                pending = d
                sawDigit = true
            } else if let small = smallUnits[c] {
                group += (sawDigit ? pending : 1) * small
                pending = 0
                sawDigit = false
            } else if let big = bigUnits[c] {
                total += (group + pending == 0 ? 1 : group + pending) * big
                group = 0
                pending = 0
                sawDigit = false
            }
        }
        return total + group + pending
    }

    /// A scale word after the number: `110 million`.
    private func scaleWord(_ chars: [Character], from start: Int) -> (Double, Int)? {
        guard !scales.isEmpty, start < chars.count, chars[start] == " " || chars[start] == "\u{00A0}" else { return nil }
        var j = start + 1
        while j < chars.count, chars[j].isLetter { j += 1 }
        guard j > start + 1, let factor = scales[String(chars[(start + 1)..<j]).lowercased()] else { return nil }
        return (factor, j)
    }

    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e18 { return String(Int64(value)) }
        var s = String(format: "%.6f", value)
        while s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }

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
        text = String(text.map { $0 == decimal ? "." : $0 })
        var pieces = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        pieces[0] = String(pieces[0].drop { $0 == "0" })
        if pieces[0].isEmpty { pieces[0] = "0" }
        if pieces.count == 2 {
            let frac = String(pieces[1].reversed().drop { $0 == "0" }.reversed())
            return frac.isEmpty ? pieces[0] : pieces[0] + "." + frac
        }
        return pieces[0]
    }
}
