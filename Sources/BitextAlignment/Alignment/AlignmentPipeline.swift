import BitextText
import CHeapShim
import BitextGlossary

/// From two documents to an alignment: segment (unless presegmented), compute features, align.
public struct AlignmentPipeline: Sendable {
    public let glossary: Glossary?
    public var settings: AlignerSettings
    /// Each paragraph (line) is already one sentence.
    public var presegmented: Bool
    /// Align page furniture (related-news lists, follow prompts, hashtags) too.
    public var keepBoilerplate: Bool
    /// Longest sentence accepted, in Unicode scalars: a "sentence" of megabytes is a file without sentence
    /// ends (or not text at all), and would cost the aligner and every CAT tool dearly.
    public var maxSentenceCharacters = AlignmentPipeline.defaultMaxSentenceCharacters
    public static let defaultMaxSentenceCharacters = 20_000
    /// Sentences of a pair (both sides) from which the heap's free pages are handed back after its features.
    static let releasesHeapFrom = 100_000
    /// Told how far a long alignment's search is (see `SentenceAligner.Progress`).
    public var progress: SentenceAligner.Progress?
    /// Segmenters, extractors and the name matcher, reused from one document pair to the next.
    private let tools: AlignmentToolPool

    public init(glossary: Glossary? = nil, lexicon: TranslationLexicon? = nil, settings: AlignerSettings = AlignerSettings(),
                presegmented: Bool = false, keepBoilerplate: Bool = false) {
        self.glossary = glossary
        self.settings = settings
        self.presegmented = presegmented
        self.keepBoilerplate = keepBoilerplate
        tools = AlignmentToolPool(glossary: glossary, lexicon: lexicon)
    }

    /// The sentences to align: a presegmented file's lines as they are; otherwise ICU sentences, classified,
    /// without boilerplate and credits (metadata, not text to translate) unless they are kept.
    public func segments(of document: Document) throws -> [Segment] {
        try tools.withTools { try segments(of: document, with: $0).kept }
    }

    /// The segments to align, and how many sentences of page furniture were left out (nil: none were looked for).
    private func segments(of document: Document, with tools: AlignmentTools) throws -> (kept: [Segment], furniture: Int?) {
        if !presegmented { try checkSentenceEnds(document) }
        let all = presegmented ? document.paragraphs.enumerated().map { Segment(text: $0.element, paragraph: $0.offset) }
            : try tools.segmenter(for: document.language).segments(of: document)
        for (k, segment) in all.enumerated() where segment.text.utf8.count > maxSentenceCharacters {
            let characters = segment.text.unicodeScalars.count
            if characters > maxSentenceCharacters {
                throw BitextError.sentenceTooLong(document.name, sentence: k + 1, characters: characters, limit: maxSentenceCharacters)
            }
        }
        if keepBoilerplate || presegmented { return (all, presegmented ? nil : 0) }
        let kept = all.filter { !$0.kind.isLeftOut }
        // A text that is all furniture would align to nothing and look like a success.
        if kept.isEmpty, !all.isEmpty { throw BitextError.onlyFurniture(document.name, lines: all.count) }
        return (kept, all.count - kept.count)
    }

    /// Before ICU sees a long paragraph: a stretch longer than the sentence limit with no sentence end in
    /// it can only give a sentence over the limit, so say so at once (a 100 MB line took a minute and 2 GB
    /// of segmentation to be refused).
    private func checkSentenceEnds(_ document: Document) throws {
        for (index, paragraph) in document.paragraphs.enumerated() where paragraph.utf8.count > maxSentenceCharacters {
            var run = 0
            for scalar in paragraph.unicodeScalars {
                switch scalar {
                case ".", "!", "?", "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{2026}", "\u{FF0E}": run = 0
                default:
                    run += 1
                    if run > maxSentenceCharacters {
                        throw BitextError.noSentenceEnd(document.name, paragraph: index + 1, limit: maxSentenceCharacters)
                    }
                }
            }
        }
    }

    /// Aligns two documents; with `.auto` the mode is chosen by `ModeDecision` and returned beside the alignment.
    public func align(_ source: Document, _ target: Document, mode: AlignmentMode = .parallel) throws -> Alignment {
        try alignWithDecision(source, target, mode: mode).alignment
    }

    public func alignWithDecision(_ source: Document, _ target: Document, mode: AlignmentMode) throws -> (alignment: Alignment, decision: ModeDecision?) {
        let (srcSide, tgtSide, features) = try tools.withTools { tools in
            let src = try segments(of: source, with: tools), tgt = try segments(of: target, with: tools)
            let features = PairFeatures.build(source: src.kept.map(\.text), sourceLanguage: source.language,
                                              target: tgt.kept.map(\.text), targetLanguage: target.language, tools: tools)
            return (src, tgt, features)
        }
        let (src, tgt) = (srcSide.kept, tgtSide.kept)
        // Building a long pair's features leaves hundreds of megabytes of small temporaries freed but still
        // counted against the process (a third of a million-sentence pair's peak): handed back before the search.
        if src.count + tgt.count >= AlignmentPipeline.releasesHeapFrom { _ = bitext_release_free_heap() }
        var chosen = mode
        var decision: ModeDecision?
        var comparableBeads: [Bead]?
        if mode != .parallel {
            comparableBeads = ComparableAligner().align(features)
        }
        if mode == .auto, let comparableBeads {
            decision = ModeDecision.decide(comparableBeads: comparableBeads)
            chosen = decision!.mode
        }
        // A long pair's beads take tens of megabytes: not held through the other aligner's search.
        if chosen != .comparable { comparableBeads = nil }
        let beads = chosen == .comparable ? comparableBeads! : SentenceAligner(settings: settings).align(features, progress: progress)
        var sourceSide = Alignment.Side(name: source.name, language: source.language, date: source.date, segments: src)
        var targetSide = Alignment.Side(name: target.name, language: target.language, date: target.date, segments: tgt)
        (sourceSide.furnitureLeftOut, targetSide.furnitureLeftOut) = (srcSide.furniture, tgtSide.furniture)
        let alignment = Alignment(source: sourceSide, target: targetSide,
                                  beads: beads, mode: chosen, verdict: PairVerdict.judge(beads: beads, features: features, comparable: chosen == .comparable),
                                  glossaries: glossary?.sources ?? [])
        return (alignment, decision)
    }
}
