/// Splits paragraphs into sentences: ICU's sentence break iterator for the language (with the
/// standard suppressions), then Bitext's per-language exception rules. Not thread-safe (owns an ICU iterator).
public final class SentenceSegmenter {
    public let language: LanguageCode
    public let rules: SegmentationRules
    private let iterator: BreakIterator
    private let classifier: PageClassifier

    public init(language: LanguageCode, rules: SegmentationRules? = nil) throws {
        self.language = language
        self.rules = rules ?? SegmentationRules.bundled(for: language)
        iterator = try BreakIterator(kind: .sentence, locale: "\(language.tag.replacingOccurrences(of: "-", with: "_"))@ss=standard")
        classifier = PageClassifier(language: language)
    }

    /// Sentences of a whole document, paragraph by paragraph: a sentence never crosses a line.
    /// Each takes the kind of its paragraph (body, title, caption, …).
    public func segments(of document: Document) -> [Segment] {
        let kinds = (document.language == language ? classifier : PageClassifier(language: document.language)).classify(document.paragraphs)
        var out: [Segment] = []
        for (index, paragraph) in document.paragraphs.enumerated() {
            for sentence in sentences(of: paragraph) { out.append(Segment(text: sentence, paragraph: index, kind: kinds[index])) }
        }
        return out
    }

    /// Sentences of one paragraph, trimmed, none empty.
    public func sentences(of paragraph: String) -> [String] {
        let units = Array(paragraph.utf16)
        let offsets = iterator.boundaries(of: units).offsets
        let pieces = SentenceSegmenter.openingBracketsMovedForward(SentenceSegmenter.pieces(of: paragraph, between: offsets))
        var merged: [String] = []
        for piece in pieces {
            if let previous = merged.last, shouldJoin(previous, piece) {
                merged[merged.count - 1] = previous + piece
            } else {
                merged.append(piece)
            }
        }
        let split = rules.splitUnspacedStop ? merged.flatMap(SentenceSegmenter.splitAtUnspacedStops) : merged
        return split.map { String(Substring($0).trimmingSpaces) }.filter { !$0.isEmpty }
    }

    /// The text between consecutive UTF-16 offsets (boundaries between code points, as ICU gives them), cut
    /// from the text itself by walking its UTF-16 view from one boundary to the next: decoding each piece
    /// back from UTF-16 cost five times ICU's breaking.
    static func pieces(of text: String, between offsets: [Int32]) -> [String] {
        var pieces: [String] = []
        let utf16 = text.utf16
        var from = utf16.index(utf16.startIndex, offsetBy: Int(offsets.first ?? 0))
        for k in 1..<max(offsets.count, 1) {
            let to = utf16.index(from, offsetBy: Int(offsets[k] - offsets[k - 1]))
            pieces.append(String(text[from..<to]))
            from = to
        }
        return pieces
    }

    /// The last token of the text between white space (what `split(whereSeparator: isWhitespace).last`
    /// gives), read from the end: the pieces of a paragraph were split whole to ask for it.
    static func lastToken(_ text: Substring) -> Substring? {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)].isWhitespace { end = text.index(before: end) }
        guard end > text.startIndex else { return nil }
        var start = end
        while start > text.startIndex, !text[text.index(before: start)].isWhitespace { start = text.index(before: start) }
        return text[start..<end]
    }

    static func splitAtUnspacedStops(_ text: String) -> [String] {
        // A split needs a full stop between a lower-case letter and an upper-case one, so a text where
        // every full stop has ASCII other than a small letter before it ("U.S.") or other than a capital
        // after it (a space, mostly) stays whole. (A character that is not ASCII has its bytes at 0x80 and
        // above: its last before the stop, its first after it.)
        let bytes = text.utf8
        var candidate = false
        var beforeStop: UInt8 = 0, previous: UInt8 = 0
        for byte in bytes {
            if previous == UInt8(ascii: "."), byte >= 0x80 || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")),
               beforeStop >= 0x80 || (beforeStop >= UInt8(ascii: "a") && beforeStop <= UInt8(ascii: "z")) {
                candidate = true
                break
            }
            beforeStop = previous
            previous = byte
        }
        return candidate ? splitScanningCharacters(text) : [text]
    }

    /// `splitAtUnspacedStops` character by character.
    static func splitScanningCharacters(_ text: String) -> [String] {
        let chars = Array(text)
        var pieces: [String] = []
        var start = 0
        var i = 2
        while i + 2 < chars.count {
            if chars[i] == ".", chars[i - 1].isLowercase, chars[i - 2].isLowercase, chars[i + 1].isUppercase, chars[i + 2].isLowercase {
                pieces.append(String(chars[start...i]))
                start = i + 1
            }
            i += 1
        }
        pieces.append(String(chars[start...]))
        return pieces
    }

    /// Opening brackets and quotes at the end of a piece moved to the start of the next: ICU breaks Japanese
    /// `した。（販売禁止）` after the bracket, and no sentence ends with one.
    static func openingBracketsMovedForward(_ pieces: [String]) -> [String] {
        var out = pieces
        for k in out.indices.dropLast() {
            let piece = out[k]
            var cut = piece.endIndex
            while cut > piece.startIndex, openingBrackets.contains(piece[piece.index(before: cut)]) { cut = piece.index(before: cut) }
            guard cut < piece.endIndex, cut > piece.startIndex else { continue }
            out[k + 1] = String(piece[cut...]) + out[k + 1]
            out[k] = String(piece[..<cut])
        }
        return out
    }

    static let openingBrackets: Set<Character> = ["（", "(", "【", "〔", "「", "『", "“", "《", "〈", "["]

    /// Whether the text is one or more bracketed notes and nothing else: `（販売禁止）（聯合ニュース）`.
    static func isBracketedNotes(_ text: Substring) -> Bool {
        let pairs: [Character: Character] = ["（": "）", "(": ")", "【": "】", "〔": "〕"]
        var rest = text
        guard let first = rest.first, pairs[first] != nil else { return false }
        while let open = rest.first {
            guard let close = pairs[open], let end = rest.firstIndex(of: close) else { return false }
            rest = rest[rest.index(after: end)...].drop { $0.isWhitespace }
        }
        return true
    }

    /// Closing quotes and brackets after which a sentence of unspaced text goes on (`」と述べた`).
    static let closingQuotes: Set<Character> = ["」", "』", "”", "’", "\"", "'", "）", ")", "】", "〕", "》", "〉"]

    /// Whether the break between `before` and `after` is one of the language's known ICU mistakes.
    func shouldJoin(_ before: String, _ after: String) -> Bool {
        let head = Substring(after).trimmingSpaces
        if rules.joinBefore.contains(where: { head.hasPrefix($0) }) { return true }
        if rules.joinUnspacedLetter, let last = before.last, !last.isWhitespace, let first = after.first, first.isLetter {
            return true
        }
        if rules.joinAfterClosingQuote, let last = before.last, SentenceSegmenter.closingQuotes.contains(last),
           let first = after.first, first.isLetter {
            return true
        }
        if rules.joinBracketedTail, SentenceSegmenter.isBracketedNotes(head) { return true }
        guard let lastToken = SentenceSegmenter.lastToken(Substring(before)) else { return false }
        // Strip an opening bracket or quote that sticks to the token: "(Gen." is still "Gen.".
        let token = String(lastToken.drop { "([{\"'“‘".contains($0) })
        if rules.abbreviations.contains(token) { return true }
        if rules.abbreviationsBeforeNumber.contains(token), let first = head.first, first.isNumber { return true }
        if rules.abbreviationsUnlessStarter.contains(token) {
            return !rules.sentenceStarters.contains(String(head.prefix { $0.isLetter }))
        }
        return false
    }
}
