import BitextText

/// Name mentions in Latin-script text: runs of one to three capitalised words, as glossary extraction and the
/// cross-document name pass look for them.
package enum NameMentions {
    /// Runs of one to three capitalised words, not a lone capitalised word at the start of the sentence.
    package static func mentions(_ text: String) -> [String] { mentions(text, passingOver: true) }

    /// `mentions`, with `passingOver` false reading every token as a name word (the long way, for tests).
    package static func mentions(_ text: String, passingOver: Bool) -> [String] {
        var out: [String] = []
        var run: [String] = []
        func flush() {
            if !run.isEmpty { out.append(run.joined(separator: " ")) }
            run = []
        }
        for (i, piece) in WhitespaceSplit.words(text).enumerated() {
            // A token opening with a lower-case ASCII letter or a digit is no name word, whatever follows
            // (most tokens of a sentence: no string is made of them).
            if passingOver, let b = piece.utf8.first, (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                flush()
                continue
            }
            let token = String(piece)
            let (w, capital, length) = nameWord(token)
            if capital && !(i == 0 && length <= 5) {
                if run.count == 3 { flush() }
                run.append(w)
                // A comma or stop after the word ends the name.
                if let last = token.last, NameMentions.endsName(last) { flush() }
            } else {
                flush()
            }
        }
        flush()
        return out
    }

    /// A comma, stop, closing bracket or quote: a name ends at it.
    package static func endsName(_ c: Character) -> Bool {
        switch c {
        case ",", ".", ";", ":", "!", "?", ")", "”", "\"": true
        default: false
        }
    }

    /// A token as a word of a name: without punctuation at its ends or a possessive 's, whether it is
    /// capitalised (letters and hyphens only), and its length in characters.
    package static func nameWord(_ token: String) -> (word: String, capital: Bool, length: Int) {
        var w = NameSpans.trimmingPunctuation(token)
        guard UTF8Scan.isASCII(w) else { return nameWordByCharacters(w) }
        // Most tokens: the same tests on the bytes, each character being one.
        if w.utf8.count >= 2, w.utf8.last == UInt8(ascii: "s"), w.utf8.dropLast().last == UInt8(ascii: "'") { w = String(w.utf8.dropLast(2))! }
        let length = w.utf8.count
        return (w, length > 1 && NameSpans.isCapitalisedLatin(w), length)
    }

    /// `nameWord` of a token already trimmed, character by character.
    package static func nameWordByCharacters(_ trimmed: String) -> (word: String, capital: Bool, length: Int) {
        var w = trimmed
        if w.hasSuffix("’s") || w.hasSuffix("'s") { w = String(w.dropLast(2)) }
        let length = w.count
        return (w, (w.first?.isUppercase ?? false) && w.allSatisfy { $0.isLetter || $0 == "-" } && length > 1, length)
    }
}
