import BitextText
import BitextNames
import Foundation

/// Words as a translation memory counts them: ICU word boundaries per language (so Korean eojeol,
/// Vietnamese syllables, Japanese and Chinese dictionary words), letters, numbers, kana and
/// ideographs kept, spaces and punctuation left out. Owns ICU iterators: one tokenizer per task.
public final class WordTokenizer {
    private var iterators: [String: BreakIterator] = [:]

    public init() {}

    /// Lower-cased words, diacritics kept: what fuzzy scores compare ("bà" and "ba" differ).
    public func words(_ text: String, language: String) -> [String] {
        split(text, language: language).map { $0.lowercased() }
    }

    /// Full-text index terms: words with case and Latin diacritics folded ("Nội" → "noi"), split at
    /// anything that is not a letter, mark or digit ("3.5" → "3", "5") so that SQLite's tokenizer
    /// sees exactly these terms. Coarser than `words`, never finer: a word shared is a term shared.
    public func terms(_ text: String, language: String) -> [String] {
        analyze(text, language: language).terms
    }

    /// The number of words and the index terms, from one pass of the break iterator.
    public func analyze(_ text: String, language: String) -> (wordCount: Int, terms: [String]) {
        let words = split(text, language: language)
        var out: [String] = []
        out.reserveCapacity(words.count)
        for word in words {
            var current = String.UnicodeScalarView()
            for s in WordTokenizer.fold(word).unicodeScalars {
                if WordTokenizer.isTermScalar(s) {
                    current.append(s)
                } else if !current.isEmpty {
                    out.append(String(current))
                    current = String.UnicodeScalarView()
                }
            }
            if !current.isEmpty { out.append(String(current)) }
        }
        return (words.count, out)
    }

    /// The word count and the index terms joined by spaces: what the memory stores for a text, equal to
    /// `analyze` with its terms joined. Latin and Hangul text (most of a memory) is folded and cut in one pass
    /// over its bytes, without a string per word or term.
    public func indexEntry(_ text: String, language: String) -> (wordCount: Int, terms: String) {
        let key = WordTokenizer.base(language)
        if !WordTokenizer.tailored.contains(key), let words = LatinHangulWordBreak.words(text),
           let terms = WordTokenizer.indexTerms(words) {
            return (words.count, terms)
        }
        let analysis = analyze(text, language: language)
        return (analysis.wordCount, analysis.terms.joined(separator: " "))
    }

    /// The terms of words that `LatinHangulWordBreak` found, as `analyze` makes them: each word folded as
    /// `fold` does (ASCII and Hangul lower-cased, a word with accented Latin folded by `LatinFolding`'s
    /// table), cut at what is not a term scalar. Nil when a word needs more than the table (then NFC).
    static func indexTerms(_ words: [Substring]) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(words.reduce(0) { $0 + $1.utf8.count + 1 })
        var term = false
        // One folded scalar: kept in the current term, or ending it. False when NFC would have to be asked.
        func emit(_ s: Unicode.Scalar) -> Bool {
            if s.value >= 0x300 && !HangulDecomposition.isSyllable(s.value) { return false }
            if isTermScalar(s) {
                if !term && !out.isEmpty { out.append(0x20) }
                term = true
                UTF8.encode(s) { out.append($0) }
            } else {
                term = false
            }
            return true
        }
        var folded: [UInt8] = []
        for word in words {
            term = false
            let accented = word.unicodeScalars.contains { isAccentedLatin($0) }
            for s in word.unicodeScalars {
                let v = s.value
                if v < 0x80 {
                    guard emit(Unicode.Scalar(UInt8(v >= 0x41 && v <= 0x5A ? v | 0x20 : v))) else { return nil }
                } else if !accented {
                    guard emit(s) else { return nil }  // Hangul: no case
                } else {
                    folded.removeAll(keepingCapacity: true)
                    guard LatinFolding.appendFolded(s, to: &folded) else { return nil }
                    for f in String(decoding: folded, as: UTF8.self).unicodeScalars {
                        guard emit(f) else { return nil }
                    }
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func isAccentedLatin(_ s: Unicode.Scalar) -> Bool {
        (0x80...0x24F).contains(s.value) || (0x300...0x36F).contains(s.value) || (0x1E00...0x1EFF).contains(s.value)
    }

    static func base(_ language: String) -> String {
        language.split(separator: "-").first.map { $0.lowercased() } ?? language
    }

    /// Case and Latin diacritics folded, Hangul and other scripts only lower-cased.
    public static func fold(_ text: some StringProtocol) -> String {
        let hasAccentedLatin = text.unicodeScalars.contains { isAccentedLatin($0) }
        return hasAccentedLatin ? Normalization.normalize(LatinFolding.fold(text), .nfc) : text.lowercased()
    }

    static func isTermScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
        }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark, .privateUse:
            return true
        default:
            return false
        }
    }

    private func split(_ text: String, language: String) -> [Substring] {
        let key = WordTokenizer.base(language)
        // Latin and Hangul text break the same in every language but those whose rules CLDR tailors.
        if !WordTokenizer.tailored.contains(key), let words = LatinHangulWordBreak.words(text) { return words }
        return icuWords(text, key: key)
    }

    /// Languages whose word-break rules CLDR tailors (Finnish and Swedish join words at a colon).
    static let tailored: Set<String> = ["fi", "sv"]

    /// The words as ICU's iterator for `key` gives them.
    func icuWords(_ text: String, key: String) -> [Substring] {
        let iterator: BreakIterator
        if let cached = iterators[key] {
            iterator = cached
        } else if let made = try? BreakIterator(kind: .word, locale: key) {
            iterators[key] = made
            iterator = made
        } else {
            return text.split(whereSeparator: { $0.isWhitespace || $0.isPunctuation })
        }
        let utf16 = Array(text.utf16)
        let (offsets, status) = iterator.boundaries(of: utf16)
        var out: [Substring] = []
        var previous = text.utf16.startIndex
        var previousOffset = 0
        for (k, offset) in offsets.enumerated() where k > 0 {
            let end = text.utf16.index(previous, offsetBy: Int(offset) - previousOffset)
            previousOffset = Int(offset)
            // ICU rule status 0-99 marks a span that is no word (space, punctuation).
            if status[k] >= 100, let lower = previous.samePosition(in: text.unicodeScalars),
               let upper = end.samePosition(in: text.unicodeScalars) {
                out.append(text[lower..<upper])
            }
            previous = end
        }
        return out
    }
}
