import BitextText

/// A token of a text in Hangul script as the cross-document name pass reads it (`NameSpans.nameSpans`):
/// without punctuation or particle, what kind of word that leaves and, once asked, its phonetic key and
/// its Korean word entry. One object per word text, so that a span of words is known by the words'
/// identities, and no span is joined into a string to be hashed, blocked or prepared.
package final class SpanWord {
    package let text: String
    package let latin: Bool
    package let hangul: Bool
    /// Hangul syllables only: the name matcher puts the word together from its syllable table.
    package let syllables: Bool
    package let asciiOrSyllables: Bool
    /// Two characters or more (shorter spans of one word are no name).
    package let long: Bool
    /// `NameMatcher.phoneticKeyOfHangul(text)`, and its first two letters (a name's block), once asked.
    var phoneticKey: String?
    var block: String?
    /// The letters that key is made from (`HangulRomanizer.romanizedLetters`), once asked; words of ASCII
    /// and syllables only. A span's letters are its words' one after another.
    var letters: [UInt8]?
    /// The Korean word entry, once asked (syllable words only).
    var korean: NameMatcher.KoreanWord?

    init(text: String) {
        self.text = text
        latin = NameSpans.isCapitalisedLatin(text)
        hangul = NameSpans.isHangulWord(text)
        syllables = !text.isEmpty && text.unicodeScalars.allSatisfy(HangulRomanizer.isSyllable)
        asciiOrSyllables = text.unicodeScalars.allSatisfy { $0.isASCII || HangulRomanizer.isSyllable($0) }
        long = text.index(text.startIndex, offsetBy: 2, limitedBy: text.endIndex) != nil
    }
}

/// One worker's span words, by token as written (`김정은은` and `김정은이` both lead to `김정은`), kept from one
/// document pair to the next (an archive repeats its words) until there are `NameMatcher.wordMemoLimit`.
package final class SpanWordMemo {
    private var byToken: [UTF8Key: SpanWord] = [:]
    private var byText: [UTF8Key: SpanWord] = [:]

    package func word(_ token: Substring) -> SpanWord {
        let key = UTF8Key(String(token))
        if let known = byToken[key] { return known }
        let text = NameSpans.stripParticle(key.text)
        let word: SpanWord
        if let same = byText[UTF8Key(text)] {
            word = same
        } else {
            word = SpanWord(text: text)
            byText[UTF8Key(text)] = word
        }
        byToken[key] = word
        return word
    }

    /// Between document pairs only: a pair's spans are known by their words' identities.
    func trim() {
        if byToken.count > NameMatcher.wordMemoLimit || byText.count > NameMatcher.wordMemoLimit {
            byToken.removeAll()
            byText.removeAll()
        }
    }
}
