import BitextText
import BitextNames
import BitextGlossary

/// Names the glossary does not know, paired across the two documents by the name matcher: a capitalised
/// name on the Latin-script side and a span of the other side that the matcher takes for the same name
/// (Lawrence Livermore ~ 로렌스 리버모아) become one anchor in every sentence that holds them.
/// Candidates are first blocked on their consonant skeletons, so that the matcher runs on few pairs.
public struct NameAnchors {
    /// Above this many candidate pairs after blocking, documents are too large for this pass: on a long pair
    /// it links more wrong names than right ones and costs more than it gives (3,000 news lines en-ko: strict
    /// F1 0.892 without it, 0.855 with it, in a third of the time; docs/quality-and-speed.md).
    public var maxPairs = 40_000

    public init() {}

    /// Per sentence of each side, the keys of the names matched across.
    public func anchors(source: [String], sourceLanguage: LanguageCode, target: [String], targetLanguage: LanguageCode,
                        glossary: Glossary?, matcher: NameMatcher?,
                        hasEntity: ((String, LanguageCode) -> Bool)? = nil) -> (source: [[String]], target: [[String]]) {
        let empty = (source.map { _ in [String]() }, target.map { _ in [String]() })
        let sourceProfile = sourceLanguage.profile, targetProfile = targetLanguage.profile
        let srcLatin = sourceProfile.writesNamesInLatin, tgtLatin = targetProfile.writesNamesInLatin
        // Only across scripts, or where one side respells foreign names (Vietnamese).
        guard srcLatin != tgtLatin || sourceProfile.nameWriting == .respelt || targetProfile.nameWriting == .respelt else { return empty }
        guard let matcher else { return empty }
        let latinIsSource = srcLatin && (!tgtLatin || targetProfile.nameWriting == .respelt)
        let (latinTexts, otherTexts) = latinIsSource ? (source, target) : (target, source)
        let (latinLanguage, otherLanguage) = latinIsSource ? (sourceLanguage, targetLanguage) : (targetLanguage, sourceLanguage)
        // A batch's tools answer from one matcher per language and remember the answers (an archive repeats
        // its names); alone, two matchers are built here.
        let matchers = hasEntity == nil ? glossary.map { g in [latinLanguage: GlossaryMatcher(glossary: g, language: latinLanguage),
                                                                otherLanguage: GlossaryMatcher(glossary: g, language: otherLanguage)] } : nil
        func known(_ text: String, _ language: LanguageCode) -> Bool {
            guard glossary != nil else { return false }
            if let hasEntity { return hasEntity(text, language) }
            return !(matchers?[language]?.entities(in: text).isEmpty ?? true)
        }

        // Whole runs only: single words of a run (a first name alone) matched too often by chance
        // (measured on the news en-ko pairs: strict F1 0.829 with runs, 0.815 with words added).
        let latinMentions = latinTexts.map { text in
            NameMentions.mentions(text).filter { NameAnchors.has($0, atLeast: 3) && !known($0, latinLanguage) }
        }
        // Each distinct mention in sorted order with its block, the first two letters of its key (ASCII).
        let mentions = Set(latinMentions.joined()).sorted().compactMap { m -> (mention: String, block: UInt16)? in
            NameAnchors.code(of: NameAnchors.block(of: m)).map { (m, $0) }
        }
        let mentionBlocks = BlockSet(mentions.map(\.block))
        // The other side's candidate spans in a mention's block (no other span can match), each distinct
        // one once (an article repeats its words), and per sentence the indices of its spans. A text in
        // Hangul script is read word by word from the matcher's span words: a span is known by its words,
        // and joined into a string only where needed.
        let romanize = otherLanguage.profile.romanizer == .hangul
        var distinct: [Candidate] = []
        var otherByBlock: [UInt16: [Int]] = [:]
        var indexOfWords: [WordsKey: Int] = [:], indexOfText: [UTF8Key: Int] = [:]
        func add(_ candidate: Candidate, block: UInt16) -> Int? {
            if known(candidate.text, otherLanguage) { return nil }
            distinct.append(candidate)
            otherByBlock[block, default: []].append(distinct.count - 1)
            return distinct.count - 1
        }
        let otherSpans: [[Int]] = mentionBlocks.isEmpty ? otherTexts.map { _ in [] } : otherTexts.map { text in
            var spans: [Int] = []
            if !otherLanguage.profile.writesNamesInLatin {
                let words = WhitespaceSplit.words(text).map { matcher.spanWords.word($0) }.filter { !$0.text.isEmpty }
                NameSpans.spanWindows(count: words.count, latin: { words[$0].latin }, hangul: { words[$0].hangul }) { window in
                    guard window.count > 1 || words[window.lowerBound].long else { return }
                    let span = words[window]
                    guard let block = NameAnchors.code(of: NameAnchors.block(span, romanize: romanize, matcher: matcher)),
                          mentionBlocks.contains(block) else { return }
                    let key = WordsKey(span)
                    if let known = indexOfWords[key] { spans.append(known); return }
                    guard let index = add(.words(Array(span)), block: block) else { return }
                    indexOfWords[key] = index
                    spans.append(index)
                }
            } else {
                for mention in NameMentions.mentions(text) where NameAnchors.has(mention, atLeast: 2) {
                    if let known = indexOfText[UTF8Key(mention)] {
                        if known >= 0 { spans.append(known) }
                        continue
                    }
                    var index: Int?
                    if let block = NameAnchors.code(of: NameAnchors.block(of: mention)), mentionBlocks.contains(block) {
                        index = add(.text(mention), block: block)
                    }
                    indexOfText[UTF8Key(mention)] = index ?? -1
                    if let index { spans.append(index) }
                }
            }
            return spans
        }
        // Each mention with its block's spans. (The order of a block's spans changes nothing: a span
        // takes the key of the first mention that matches it, and mentions come in sorted order.)
        var candidates: [(mention: String, block: UInt16)] = []
        var pairCount = 0
        for (m, b) in mentions {
            let spans = otherByBlock[b]?.count ?? 0
            if spans > 0 { candidates.append((m, b)) }
            pairCount += spans
            if pairCount > maxPairs { return empty }
        }
        // Each span prepared once, when a mention first needs it.
        var prepared = [NameMatcher.Prepared?](repeating: nil, count: distinct.count)
        var keyOfLatin: [String: String] = [:]
        var keyOfOther = [String?](repeating: nil, count: distinct.count)
        for (m, b) in candidates {
            let mention = matcher.prepare(m, latinLanguage)
            for s in otherByBlock[b]! {
                // A span of several words of syllables is measured from its words first: against most
                // mentions its keys' lengths alone keep it below the threshold, and it is never prepared.
                if case .words(let words) = distinct[s], words.count > 1, words.allSatisfy(\.syllables),
                   !matcher.mayMatch(mention, syllableWords: words, atLeast: NameMatcher.threshold) { continue }
                let span = prepared[s] ?? NameAnchors.prepare(distinct[s], otherLanguage, matcher: matcher)
                prepared[s] = span
                guard matcher.match(mention, span, atLeast: NameMatcher.threshold).same else { continue }
                let key = Glossary.formKey(m)
                keyOfLatin[m] = key
                if keyOfOther[s] == nil { keyOfOther[s] = key }
            }
        }
        let latinAnchors = latinMentions.map { $0.compactMap { keyOfLatin[$0] } }
        let otherAnchors = otherSpans.map { spans -> [String] in
            let keys = keyOfLatin.isEmpty ? [] : spans.compactMap { keyOfOther[$0] }
            return keys.count < 2 ? keys : Array(Set(keys)).sorted()
        }
        return latinIsSource ? (latinAnchors, otherAnchors) : (otherAnchors, latinAnchors)
    }

    /// A distinct candidate span of the non-Latin side: words of a text in Hangul script, or a mention's text.
    enum Candidate {
        case words([SpanWord])
        case text(String)

        var text: String {
            switch self {
            case .words(let words): words.count == 1 ? words[0].text : words.map(\.text).joined(separator: " ")
            case .text(let text): text
            }
        }
    }

    /// A block of two bytes as one number (no string hashed for each of a text's windows); nil for a key
    /// shorter or longer, which is no mention's block.
    static func code(of block: String) -> UInt16? {
        var utf8 = block.utf8.makeIterator()
        guard let a = utf8.next(), let b = utf8.next(), utf8.next() == nil else { return nil }
        return UInt16(a) << 8 | UInt16(b)
    }

    /// The mentions' blocks, one bit per block code.
    struct BlockSet {
        private var bits = [UInt64](repeating: 0, count: 1 << 10)
        let isEmpty: Bool

        init(_ blocks: [UInt16]) {
            for b in blocks { bits[Int(b >> 6)] |= 1 << UInt64(b & 63) }
            isEmpty = blocks.isEmpty
        }

        func contains(_ block: UInt16) -> Bool { bits[Int(block >> 6)] & 1 << UInt64(block & 63) != 0 }
    }

    /// A span of words by the words' identities (one object per word text, see `SpanWord`).
    struct WordsKey: Hashable {
        var first: ObjectIdentifier
        var second: ObjectIdentifier?
        var third: ObjectIdentifier?

        init(_ words: ArraySlice<SpanWord>) {
            let at = { (k: Int) in k < words.count ? ObjectIdentifier(words[words.startIndex + k]) : nil }
            first = ObjectIdentifier(words[words.startIndex])
            second = at(1)
            third = at(2)
        }
    }

    /// The first two letters of a text's phonetic key: a Latin-script name's block, and any span's where
    /// the other side is not Korean.
    static func block(of text: String) -> String { String(PhoneticKey.key(text).prefix(2)) }

    /// The first two consonants of a span's skeleton (of the words of a text in Hangul script), romanizing
    /// Hangul first where the side is Korean: `hangulBlock` of the span's text, from its words.
    static func block(_ words: ArraySlice<SpanWord>, romanize: Bool, matcher: NameMatcher) -> String {
        let first = words[words.startIndex]
        let text = { Candidate.words(Array(words)).text }
        guard romanize else { return block(of: text()) }
        // A lone word's key, or (see `hangulBlock`) a span's first word's, or the key of the span's letters.
        if words.count == 1 { return matcher.block(of: first) }
        guard words.allSatisfy(\.asciiOrSyllables) else { return hangulBlock(text(), matcher: matcher) }
        if matcher.phoneticKey(of: first).utf8.count >= 3 { return matcher.block(of: first) }
        return matcher.phoneticKey(ofLetters: words, limit: 2)
    }

    /// A candidate prepared as the matcher prepares its text; words of syllables from their word entries.
    static func prepare(_ candidate: Candidate, _ language: LanguageCode, matcher: NameMatcher) -> NameMatcher.Prepared {
        if case .words(let words) = candidate, words.allSatisfy(\.syllables) { return matcher.prepared(syllableWords: words) }
        return matcher.prepare(candidate.text, language)
    }

    /// Whether the text has `n` characters or more, counting no further (a `count` walks them all).
    static func has(_ text: String, atLeast n: Int) -> Bool {
        text.index(text.startIndex, offsetBy: n, limitedBy: text.endIndex) != nil
    }

    /// The first two consonants of a span's romanized skeleton. A two-word span of syllables and ASCII
    /// starts with its first word's letters: when that word alone gives three consonants or more, the
    /// span's first two are that word's (only a word's last letter can change with what follows it),
    /// and a word's key is remembered from article to article.
    static func hangulBlock(_ s: String, matcher: NameMatcher) -> String {
        if let space = s.utf8.firstIndex(of: UInt8(ascii: " ")), s.unicodeScalars.allSatisfy({ $0.isASCII || HangulRomanizer.isSyllable($0) }) {
            let first = matcher.phoneticKeyOfHangul(String(s[..<space]))
            if first.utf8.count >= 3 { return String(first.prefix(2)) }
        }
        return String(matcher.phoneticKeyOfHangul(s).prefix(2))
    }
}
