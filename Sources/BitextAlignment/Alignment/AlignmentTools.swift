import BitextText
import BitextNames
import BitextGlossary
import Foundation

/// The costly helpers an alignment needs: ICU sentence iterators, anchor extractors (with their
/// transliterators and glossary matchers) and a name matcher. Building them takes longer than aligning a
/// news-length pair, so a batch builds one set per worker and lends it to one alignment after another.
/// Not thread-safe: one alignment at a time (see `AlignmentToolPool`).
public final class AlignmentTools {
    public let glossary: Glossary?
    /// Word translations learned from aligned text, as anchors (`TranslationLexicon`).
    public let lexicon: TranslationLexicon?
    private var segmenters: [LanguageCode: SentenceSegmenter] = [:]
    private var extractors: [[LanguageCode]: AnchorExtractor] = [:]
    private var glossaryMatchers: [LanguageCode: GlossaryMatcher] = [:]
    private var entityMemo: [LanguageCode: [UTF8Key: Bool]] = [:]
    private var matcher: NameMatcher??

    public init(glossary: Glossary?, lexicon: TranslationLexicon? = nil) {
        self.glossary = glossary
        self.lexicon = lexicon
    }

    public func segmenter(for language: LanguageCode) throws -> SentenceSegmenter {
        if let known = segmenters[language] { return known }
        let made = try SentenceSegmenter(language: language)
        segmenters[language] = made
        return made
    }

    /// The glossary's matcher for a language, built once (it reads every form the glossary has).
    public func glossaryMatcher(for language: LanguageCode) -> GlossaryMatcher {
        if let known = glossaryMatchers[language] { return known }
        let made = GlossaryMatcher(glossary: glossary ?? Glossary(), language: language)
        glossaryMatchers[language] = made
        return made
    }

    /// Builds the glossary matchers of these languages that are not built yet, side by side: a pair needs
    /// both of its languages', and each reads every form of the glossary.
    public func prepareGlossaryMatchers(for languages: [LanguageCode]) {
        guard let glossary else { return }
        var missing: [LanguageCode] = []
        for language in languages where glossaryMatchers[language] == nil && !missing.contains(language) { missing.append(language) }
        guard missing.count > 1 else { return }
        for (language, made) in zip(missing, GlossaryMatcher.matchers(glossary: glossary, languages: missing)) {
            glossaryMatchers[language] = made
        }
    }

    /// Whether the glossary finds an entity in a name or span, remembered from one document pair to the
    /// next (an archive repeats its names) up to `entityMemoLimit` texts a language.
    public func hasGlossaryEntity(_ text: String, _ language: LanguageCode) -> Bool {
        let key = UTF8Key(text)
        if let known = entityMemo[language]?[key] { return known }
        let found = !glossaryMatcher(for: language).entities(in: text).isEmpty
        if entityMemo[language, default: [:]].count >= AlignmentTools.entityMemoLimit { entityMemo[language] = [:] }
        entityMemo[language, default: [:]][key] = found
        return found
    }

    static let entityMemoLimit = 200_000

    public func extractor(for language: LanguageCode, partner: LanguageCode) -> AnchorExtractor {
        if let known = extractors[[language, partner]] { return known }
        let made = AnchorExtractor(language: language, partner: partner, glossary: glossary,
                                   matcher: glossary == nil ? nil : glossaryMatcher(for: language))
        extractors[[language, partner]] = made
        return made
    }

    /// The name matcher, its memo of names emptied: names of one document pair are not kept for the next.
    /// Nil where ICU lacks a transform it needs.
    public func nameMatcher() -> NameMatcher? {
        if matcher == nil { matcher = try? NameMatcher() }
        matcher??.forgetNames()
        return matcher ?? nil
    }
}

/// Lends `AlignmentTools` to concurrent alignments: each set is used by one alignment at a time, and
/// there are never more sets than alignments that ran at once.
public final class AlignmentToolPool: @unchecked Sendable {
    public let glossary: Glossary?
    public let lexicon: TranslationLexicon?
    private var idle: [AlignmentTools] = []
    private let lock = NSLock()

    public init(glossary: Glossary?, lexicon: TranslationLexicon? = nil) {
        self.glossary = glossary
        self.lexicon = lexicon
    }

    public func withTools<Result>(_ body: (AlignmentTools) throws -> Result) rethrows -> Result {
        lock.lock()
        let tools = idle.popLast() ?? AlignmentTools(glossary: glossary, lexicon: lexicon)
        lock.unlock()
        defer {
            lock.lock()
            idle.append(tools)
            lock.unlock()
        }
        return try body(tools)
    }
}
