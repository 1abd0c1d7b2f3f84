import BitextText

/// The words of a sentence that may be (part of) a name, as name QA and the cross-document name pass read
/// them: Korean particles stripped, punctuation trimmed, windows of capitalised Latin or Hangul words.
package enum NameSpans {
    /// Korean particles that attach to names.
    package static let particles = ["에게서", "으로서", "에서", "에게", "께서", "으로", "이다", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "도", "로", "만"]
    package static let particleLengths = particles.map { ($0, $0.count) }
    package static let particleEnds = Set(particles.compactMap(\.last))
    package static let particleScalars = particles.map { Array($0.unicodeScalars) }
    package static let particleEndScalars = Array(Set(particles.compactMap(\.unicodeScalars.last)))

    package static func stripParticle(_ token: String) -> String {
        let t = NameSpans.trimmingPunctuation(token)
        guard let s = t.unicodeScalars.first, Script.of(s) == .hangul else { return t }
        // Syllables alone (most words) are one scalar a character: compared as scalars.
        if t.unicodeScalars.allSatisfy(HangulRomanizer.isSyllable) {
            // Most words end in no particle's last syllable: compared only when one might fit.
            guard let last = t.unicodeScalars.last, particleEndScalars.contains(last) else { return t }
            let scalars = Array(t.unicodeScalars)
            for p in particleScalars where scalars.count > p.count + 1 && scalars.suffix(p.count).elementsEqual(p) {
                return String(String.UnicodeScalarView(scalars.dropLast(p.count)))
            }
            return t
        }
        guard let last = t.last, particleEnds.contains(last) else { return t }
        let count = t.count
        for (p, length) in particleLengths where count > length + 1 && t.hasSuffix(p) { return String(t.dropLast(length)) }
        return t
    }

    /// The token without punctuation at its ends (`CharacterSet.punctuationCharacters`). A token that
    /// starts and ends with an ASCII letter or digit or a Hangul syllable has none there: it is returned
    /// as it is (Foundation's trimming was a share of a batch's time, called for every word).
    package static func trimmingPunctuation(_ token: String) -> String {
        func plain(_ s: Unicode.Scalar?) -> Bool {
            guard let s else { return false }
            let v = s.value
            return (v >= 0x30 && v <= 0x39) || ((v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A) || HangulRomanizer.isSyllable(s)
        }
        let scalars = token.unicodeScalars
        if plain(scalars.first) && plain(scalars.last) { return token }
        // ASCII punctuation at the ends (a full stop, a comma, brackets, quotes) is stripped here, from a
        // table built from the same character set; any other scalar there is left to Foundation.
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, scalars[lo].isASCII, asciiPunctuation[Int(scalars[lo].value)] { scalars.formIndex(after: &lo) }
        while lo < hi, scalars[scalars.index(before: hi)].isASCII, asciiPunctuation[Int(scalars[scalars.index(before: hi)].value)] {
            scalars.formIndex(before: &hi)
        }
        if lo == hi { return "" }
        if (scalars[lo].isASCII || plain(scalars[lo])) && (scalars[scalars.index(before: hi)].isASCII || plain(scalars[scalars.index(before: hi)])) {
            return String(token[lo..<hi])
        }
        return token.trimmingCharacters(in: .punctuationCharacters)
    }

    /// Which ASCII scalars `CharacterSet.punctuationCharacters` holds.
    package static let asciiPunctuation: [Bool] = (0..<128).map { CharacterSet.punctuationCharacters.contains(Unicode.Scalar(UInt8($0))) }

    /// A capitalised Latin word, or a Hangul word of two or three syllables.
    package static func looksLikeNamePart(_ token: String) -> Bool {
        guard let first = token.first else { return false }
        if first.isUppercase { return token.allSatisfy { $0.isLetter || $0 == "-" } }
        return (2...3).contains(token.count) && token.unicodeScalars.allSatisfy { Script.of($0) == .hangul }
    }

    /// Candidate name mentions: runs of one to three capitalised Latin words, or one or two Hangul words.
    package static func nameSpans(_ text: String) -> [String] {
        let tokens = WhitespaceSplit.words(text).map { stripParticle(String($0)) }.filter { !$0.isEmpty }
        // What each token is, found once (a token is in up to three windows).
        let latin = tokens.map(isCapitalisedLatin), hangul = tokens.map(isHangulWord)
        var spans: [String] = []
        spanWindows(count: tokens.count, latin: { latin[$0] }, hangul: { hangul[$0] }) { window in
            spans.append(window.count == 1 ? tokens[window.lowerBound] : tokens[window].joined(separator: " "))
        }
        return spans
    }

    /// The windows of tokens `nameSpans` keeps, in its order: one to three capitalised Latin words, or one
    /// or two Hangul words, given what each token is.
    package static func spanWindows(count: Int, latin: (Int) -> Bool, hangul: (Int) -> Bool, _ body: (Range<Int>) -> Void) {
        for i in 0..<count {
            for length in 1...3 where i + length <= count {
                let window = i..<(i + length)
                if window.allSatisfy(latin) || (length <= 2 && window.allSatisfy(hangul)) { body(window) }
            }
        }
    }

    /// Hangul only (syllables or jamo).
    package static func isHangulWord(_ t: String) -> Bool {
        t.unicodeScalars.allSatisfy { HangulRomanizer.isSyllable($0) || Script.of($0) == .hangul }
    }

    /// Capitalised, of letters and hyphens only, and not opening with a Hangul syllable (asked of its
    /// first scalar only). An ASCII token is read from its bytes.
    package static func isCapitalisedLatin(_ t: String) -> Bool {
        if UTF8Scan.isASCII(t) {
            return t.utf8.first.map { (0x41...0x5A).contains($0) } == true
                && t.utf8.allSatisfy { (0x61...0x7A).contains($0 | 0x20) || $0 == UInt8(ascii: "-") }
        }
        return isCapitalisedLatinByCharacters(t)
    }

    package static func isCapitalisedLatinByCharacters(_ t: String) -> Bool {
        !(t.unicodeScalars.first.map(HangulRomanizer.isSyllable) ?? false)
            && (t.first?.isUppercase ?? false) && t.allSatisfy { $0.isLetter || $0 == "-" }
    }
}

import Foundation
