/// Names the glossary does not know, paired across the two documents by the name matcher: a capitalised
/// name on the Latin-script side and a span of the other side that the matcher takes for the same name
/// (Lawrence Livermore ~ 로렌스 리버모아) become one anchor in every sentence that holds them.
/// Candidates are first blocked on their consonant skeletons, so that the matcher runs on few pairs.
public struct NameAnchors {
    /// Above this many candidate pairs after blocking, documents are too large for this pass.
    public var maxPairs = 40_000

    public init() {}

    /// Per sentence of each side, the keys of the names matched across.
    public func anchors(source: [String], sourceLanguage: LanguageCode, target: [String], targetLanguage: LanguageCode,
                        glossary: Glossary?, matcher: NameMatcher?) -> (source: [[String]], target: [[String]]) {
        let empty = (source.map { _ in [String]() }, target.map { _ in [String]() })
        let srcLatin = !sourceLanguage.isCJK, tgtLatin = !targetLanguage.isCJK
        // Only across scripts, or where Vietnamese respells foreign names.
        guard srcLatin != tgtLatin || sourceLanguage.primary == "vi" || targetLanguage.primary == "vi" else { return empty }
        guard let matcher else { return empty }
        let latinIsSource = srcLatin && (!tgtLatin || targetLanguage.primary == "vi")
        let (latinTexts, otherTexts) = latinIsSource ? (source, target) : (target, source)
        let (latinLanguage, otherLanguage) = latinIsSource ? (sourceLanguage, targetLanguage) : (targetLanguage, sourceLanguage)
        let knownLatin = glossary.map { GlossaryMatcher(glossary: $0, language: latinLanguage) }
        let knownOther = glossary.map { GlossaryMatcher(glossary: $0, language: otherLanguage) }

        // Whole runs only: single words of a run (a first name alone) matched too often by chance
        // (measured on the news en-ko pairs: strict F1 0.829 with runs, 0.815 with words added).
        let latinMentions = latinTexts.map { text in
            EntryExtractor.mentions(text).filter { NameAnchors.has($0, atLeast: 3) && (knownLatin?.entities(in: $0).isEmpty ?? true) }
        }
        let otherSpans = otherTexts.map { text in
            (otherLanguage.isCJK ? NameChecker.nameSpans(text) : EntryExtractor.mentions(text))
                .filter { NameAnchors.has($0, atLeast: 2) && (knownOther?.entities(in: $0).isEmpty ?? true) }
        }
        // Block on the first two consonants of the skeleton (romanizing Hangul first).
        let romanize = otherLanguage.primary == "ko"
        func block(_ s: String, latin: Bool) -> String {
            latin || !romanize ? String(PhoneticKey.key(s).prefix(2)) : NameAnchors.hangulBlock(s, matcher: matcher)
        }
        var otherByBlock: [String: [String]] = [:]
        // Each distinct span once: an article repeats its words.
        var seen = Set<UTF8Key>()
        for spans in otherSpans {
            for s in spans where seen.insert(UTF8Key(s)).inserted { otherByBlock[block(s, latin: false), default: []].append(s) }
        }
        // Each mention with its block, in order; a block's spans are sorted the first time it is asked for.
        var candidates: [(mention: String, block: String)] = []
        var sortedBlocks: [String: [String]] = [:]
        var pairCount = 0
        for m in Set(latinMentions.joined()).sorted() {
            let b = block(m, latin: true)
            guard b.utf8.count == 2 else { continue }   // keys are ASCII
            let spans = sortedBlocks[b] ?? (otherByBlock[b] ?? []).sorted()
            sortedBlocks[b] = spans
            if !spans.isEmpty { candidates.append((m, b)) }
            pairCount += spans.count
            if pairCount > maxPairs { return empty }
        }
        // Each block's spans prepared once, beside them (not looked up again for every mention).
        var preparedBlocks: [String: [NameMatcher.Prepared]] = [:]
        var keyOfLatin: [String: String] = [:], keyOfOther: [UTF8Key: String] = [:]
        for (m, b) in candidates {
            let spans = sortedBlocks[b]!
            let preparedSpans = preparedBlocks[b] ?? spans.map { matcher.prepare($0, otherLanguage) }
            preparedBlocks[b] = preparedSpans
            let prepared = matcher.prepare(m, latinLanguage)
            for (s, preparedSpan) in zip(spans, preparedSpans) where matcher.match(prepared, preparedSpan, atLeast: NameMatcher.threshold).same {
                let key = Glossary.formKey(m)
                keyOfLatin[m] = key
                if keyOfOther[UTF8Key(s)] == nil { keyOfOther[UTF8Key(s)] = key }
            }
        }
        let latinAnchors = latinMentions.map { $0.compactMap { keyOfLatin[$0] } }
        let otherAnchors = otherSpans.map { spans -> [String] in
            let keys = keyOfOther.isEmpty ? [] : spans.compactMap { keyOfOther[UTF8Key($0)] }
            return keys.count < 2 ? keys : Array(Set(keys)).sorted()
        }
        return latinIsSource ? (latinAnchors, otherAnchors) : (otherAnchors, latinAnchors)
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
