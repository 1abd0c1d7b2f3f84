import BitextText
import Foundation

/// Finds the numbers a sentence states, normalised so that `1,200` (English), `1.200`
/// (Vietnamese, German), `nine`, `9년`, and `110 million` = `1억1천만` compare equal.
/// Dates split into their parts (`30/1` → 30, 1).
public struct NumberExtractor: Sendable {
    public let language: LanguageCode
    /// Whether the language writes `1.200` for twelve hundred and `3,5` for three and a half (its profile).
    let decimalComma: Bool
    private let words: [String: String]
    private let scales: [String: Double]
    private let smallUnits: [Unicode.Scalar: Double]
    private let bigUnits: [Unicode.Scalar: Double]
    /// Han numerals (Chinese, Japanese): digit characters.
    private let hanDigits: [Unicode.Scalar: Double]
    /// First letters and longest length of the number and scale words: most words are neither, and
    /// are passed over without building a lower-cased copy to look up.
    private let wordInitials: Set<Unicode.Scalar>
    private let longestWord: Int
    /// Sorted hashes of the number and scale words (`SimpleLowercase.hash`): a word written in the
    /// table's scalars whose hash is not here cannot be one of them, and no string is built to look it up.
    private let wordHashes: [UInt64]

    public init(language: LanguageCode) {
        self.language = language
        let profile = language.profile
        decimalComma = profile.decimalComma
        let table = profile.numberWords
        let pairs = { (key: String) -> [(String, String)] in
            (table[key] ?? []).compactMap { e in
                let kv = e.split(separator: "=")
                return kv.count == 2 ? (String(kv[0]), String(kv[1])) : nil
            }
        }
        var words = Dictionary(pairs("words"), uniquingKeysWith: { a, _ in a })
        // A word that is a number less often than it is something else (Vietnamese "năm", "five" and "year").
        for word in profile.ambiguousNumberWords { words[word] = nil }
        self.words = words
        scales = Dictionary(pairs("scale").compactMap { k, v in Double(v).map { (k, $0) } }, uniquingKeysWith: { a, _ in a })
        let units = { (key: String) in
            Dictionary(pairs(key).compactMap { k, v in Double(v).flatMap { f in k.unicodeScalars.first.map { ($0, f) } } }, uniquingKeysWith: { a, _ in a })
        }
        smallUnits = units("small")
        bigUnits = units("big")
        hanDigits = units("digits")
        let all = Array(words.keys) + Array(scales.keys)
        wordInitials = Set(all.compactMap(\.first).flatMap { [$0.lowercased(), $0.uppercased()].compactMap(\.unicodeScalars.first) })
        longestWord = all.map(\.count).max() ?? 0
        let lower = SimpleLowercase.shared
        // A listed word is looked up lower-cased: the hash of a word that lower-cases to it is that of
        // the word itself (lower-casing twice changes nothing), or of its table lower case.
        wordHashes = Set(all.flatMap { [SimpleLowercase.hash($0.unicodeScalars.map(\.value)), lower.hash(ofLowercased: $0.unicodeScalars)].compactMap { $0 } })
            .sorted()
    }

    /// Whether the letters of clusters `i..<j` could be a number word.
    @inline(__always) private func mayBeWord(_ chars: ScalarClusters, _ i: Int, _ j: Int) -> Bool {
        guard !words.isEmpty, j - i <= longestWord, chars.isSingle(i) else { return false }
        // Written in the table's scalars: its lower case is theirs, and its hash must be a listed word's.
        if (i..<j).allSatisfy({ chars.isSingle($0) }), let h = SimpleLowercase.shared.hash(ofClusters: chars, i, j) {
            return NumberExtractor.contains(wordHashes, h)
        }
        return wordInitials.contains(chars[i])
    }

    /// Binary search of a sorted list.
    @inline(__always) static func contains(_ sorted: [UInt64], _ value: UInt64) -> Bool {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < value { lo = mid + 1 } else { hi = mid }
        }
        return lo < sorted.count && sorted[lo] == value
    }

    @inline(__always) private func isUnit(_ chars: ScalarClusters, _ k: Int, _ table: [Unicode.Scalar: Double]) -> Bool {
        !table.isEmpty && table[chars[k]] != nil && chars.isSingle(k)
    }

    @inline(__always) private func isHan(_ chars: ScalarClusters, _ k: Int) -> Bool {
        isUnit(chars, k, hanDigits) || isUnit(chars, k, smallUnits) || isUnit(chars, k, bigUnits)
    }


    public func numbers(in text: String) -> [String] {
        var out: [String] = []
        let chars = ScalarClusters(WidthFolding.fold(text))
        let n = chars.count
        var i = 0
        while i < n {
            let c = chars[i]
            if chars.isASCIIDigit(i) {
                var j = i
                var raw = String.UnicodeScalarView()
                while j < n {
                    if chars.isASCIIDigit(j) { raw.append(chars[j]); j += 1; continue }
                    let d = chars[j]
                    if chars.isSingle(j), d == "," || d == "." || d == "\u{202F}" || d == "\u{00A0}", j + 1 < n, chars.isASCIIDigit(j + 1) {
                        raw.append(d); j += 1; continue
                    }
                    break
                }
                let normalised = normalise(String(raw))
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
            } else if !hanDigits.isEmpty, isHan(chars, i) {
                var j = i
                while j < n, isHan(chars, j) { j += 1 }
                // A lone 一 is mostly part of a word (一起, 一直), not the number one.
                if !(j == i + 1 && hanDigits[c] == 1) { out.append(NumberExtractor.format(hanValue(chars, i, j))) }
                i = j
            } else if chars.isLetter(i) {
                var j = i
                // Han text has no spaces: a numeral may follow any character directly.
                while j < n, chars.isLetter(j), hanDigits.isEmpty || j == i { j += 1 }
                let word = mayBeWord(chars, i, j) ? words[chars.text(i, j).lowercased()] : nil
                if let v = word, let value = Int(v) {
                    // "twenty-one", "twenty one": a tens word and a unit word make one number.
                    if (20...90).contains(value), j + 1 < n, chars.is(j, "-") || chars.is(j, " ") {
                        var e = j + 1
                        while e < n, chars.isLetter(e) { e += 1 }
                        if let u = words[chars.text(j + 1, e).lowercased()].flatMap({ Int($0) }), (1...9).contains(u) {
                            out.append(String(value + u))
                            i = e
                            continue
                        }
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

    /// `1억1천만`, `12조3천억`, `1억 1000만`, `1万4500`: the value of digits with units after them (Korean, Japanese, Chinese).
    private func attachedUnits(_ first: Double, _ chars: ScalarClusters, from start: Int) -> (Double, Int)? {
        let n = chars.count
        guard start < n, isUnit(chars, start, smallUnits) || isUnit(chars, start, bigUnits) else { return nil }
        var total = 0.0, group = 0.0, pending = first
        var i = start
        while i < n {
            if isUnit(chars, i, smallUnits), let small = smallUnits[chars[i]] {
                group += (pending == 0 ? 1 : pending) * small
                pending = 0
                i += 1
            } else if isUnit(chars, i, bigUnits), let big = bigUnits[chars[i]] {
                total += (group + pending == 0 ? 1 : group + pending) * big
                group = 0
                pending = 0
                i += 1
                // A space may separate the groups: 1억 1000만.
                var k = i
                if k < n, chars.is(k, " ") { k += 1 }
                guard k < n, chars.isASCIIDigit(k) else { break }
                var digits = String.UnicodeScalarView()
                while k < n, chars.isASCIIDigit(k) || chars.is(k, ",") {
                    if !chars.is(k, ",") { digits.append(chars[k]) }
                    k += 1
                }
                guard k < n, isUnit(chars, k, smallUnits) || isUnit(chars, k, bigUnits) else {
                    // Digits right after the unit with none after them are its last group: 1万4500 = 14500.
                    if !chars.is(i, " ") {
                        pending = Double(String(digits)) ?? 0
                        i = k
                    }
                    break
                }
                pending = Double(String(digits)) ?? 0
                i = k
            } else {
                break
            }
        }
        return (total + group + pending, i)
    }

    /// The value of a run of Han numerals: with units (二十一, 三万五千) or digit by digit (一九九八).
    private func hanValue(_ chars: ScalarClusters, _ lo: Int, _ hi: Int) -> Double {
        let run = (lo..<hi).map { chars[$0] }
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
    private func scaleWord(_ chars: ScalarClusters, from start: Int) -> (Double, Int)? {
        let n = chars.count
        guard !scales.isEmpty, start < n, chars.is(start, " ") || chars.is(start, "\u{00A0}") else { return nil }
        var j = start + 1
        while j < n, chars.isLetter(j) { j += 1 }
        guard j > start + 1, let factor = scales[chars.text(start + 1, j).lowercased()] else { return nil }
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
        // Digits alone (most numbers): only leading zeros go.
        if raw.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            let digits = raw.utf8.drop { $0 == 0x30 }
            return digits.isEmpty ? "0" : String(decoding: digits, as: UTF8.self)
        }
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
