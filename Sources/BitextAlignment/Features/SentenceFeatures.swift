import BitextText
import BitextGlossary
import Foundation

/// What the aligner knows of one sentence (or of a block of sentences at a coarse level):
/// computed once, so that the inner loop compares numbers, never strings.
public struct SentenceFeatures: Sendable, Equatable {
    /// Length in language-neutral units.
    public var length: Double
    /// Ids of the anchors shared with the other document, sorted, repeated if a sentence has one twice.
    public var anchors: [UInt32]

    public init(length: Double, anchors: [UInt32]) {
        self.length = length
        self.anchors = anchors
    }

    /// A block of consecutive sentences as one unit.
    public static func merged(_ parts: ArraySlice<SentenceFeatures>) -> SentenceFeatures {
        SentenceFeatures(length: parts.reduce(0) { $0 + $1.length }, anchors: parts.flatMap(\.anchors).sorted())
    }
}

/// Both documents' features plus the weight of every anchor id.
public struct PairFeatures: Sendable {
    public var source: [SentenceFeatures]
    public var target: [SentenceFeatures]
    /// Evidence weight of each anchor id (by kind, discounted when it occurs in many sentences).
    public var weights: [Double]
    /// For diagnostics: the key behind each anchor id.
    public var keys: [AnchorKey]

    public init(source: [SentenceFeatures], target: [SentenceFeatures], weights: [Double], keys: [AnchorKey] = []) {
        self.source = source
        self.target = target
        self.weights = weights
        self.keys = keys
    }

    /// Builds features for two lists of sentences. Only anchors present in both documents are kept.
    public static func build(source: [String], sourceLanguage: LanguageCode,
                             target: [String], targetLanguage: LanguageCode,
                             glossary: Glossary?, kindWeights: [AnchorKind: Double] = AnchorWeights.standard) -> PairFeatures {
        build(source: source, sourceLanguage: sourceLanguage, target: target, targetLanguage: targetLanguage,
              tools: AlignmentTools(glossary: glossary), kindWeights: kindWeights)
    }

    /// The same, with extractors and the name matcher taken from `tools` (built once per worker in a batch).
    public static func build(source: [String], sourceLanguage: LanguageCode,
                             target: [String], targetLanguage: LanguageCode,
                             tools: AlignmentTools, kindWeights: [AnchorKind: Double] = AnchorWeights.standard) -> PairFeatures {
        var (srcKeys, tgtKeys, srcLengths, tgtLengths) = anchorKeys(source: source, sourceLanguage: sourceLanguage, target: target,
                                                                    targetLanguage: targetLanguage, tools: tools)
        NameShortForms.resolve(&srcKeys, &tgtKeys)
        let names = NameAnchors().anchors(source: source, sourceLanguage: sourceLanguage, target: target, targetLanguage: targetLanguage,
                                          glossary: tools.glossary, matcher: tools.nameMatcher(),
                                          hasEntity: tools.hasGlossaryEntity)
        for (k, keys) in names.source.enumerated() { srcKeys[k] += keys.map { AnchorKey(kind: .name, value: $0) } }
        for (k, keys) in names.target.enumerated() { tgtKeys[k] += keys.map { AnchorKey(kind: .name, value: $0) } }
        if HanCognates.bridges(sourceLanguage, targetLanguage) {
            let cognates = HanCognates()
            for (k, keys) in cognates.keys(of: source, language: sourceLanguage, partner: targetLanguage).enumerated() { srcKeys[k] += keys }
            for (k, keys) in cognates.keys(of: target, language: targetLanguage, partner: sourceLanguage).enumerated() { tgtKeys[k] += keys }
        }
        if let lexicon = tools.lexicon, lexicon.covers(sourceLanguage, targetLanguage) {
            let lexical = LexicalAnchors.keys(source: source, sourceLanguage: sourceLanguage, target: target, targetLanguage: targetLanguage, lexicon: lexicon)
            for (k, keys) in lexical.source.enumerated() { srcKeys[k] += keys }
            for (k, keys) in lexical.target.enumerated() { tgtKeys[k] += keys }
        }
        // Each distinct key gets a dense index on first sight (one dictionary lookup per occurrence);
        // the counting, the ids and the conversion then work on arrays of indices.
        // Sized up front (for every occurrence of a short pair; a long one's keys are far fewer than its
        // occurrences): growing it step by step rehashed it again and again.
        let occurrences = min(srcKeys.reduce(0) { $0 + $1.count } + tgtKeys.reduce(0) { $0 + $1.count }, 1 << 16)
        var indexOf = [AnchorKey: Int](minimumCapacity: occurrences)
        var keyAt: [AnchorKey] = []
        keyAt.reserveCapacity(occurrences)
        func indices(_ sides: [[AnchorKey]]) -> [[Int]] {
            sides.map { keys in
                keys.map { key in
                    if let k = indexOf[key] { return k }
                    indexOf[key] = keyAt.count
                    keyAt.append(key)
                    return keyAt.count - 1
                }
            }
        }
        let srcIndices = indices(srcKeys), tgtIndices = indices(tgtKeys)
        // Per key: in how many sentences of each side it occurs.
        func sentenceCounts(_ sides: [[Int]]) -> [Int] {
            var count = [Int](repeating: 0, count: keyAt.count), last = [Int](repeating: -1, count: keyAt.count)
            for (sentence, keys) in sides.enumerated() {
                for k in keys where last[k] != sentence { count[k] += 1; last[k] = sentence }
            }
            return count
        }
        let srcCount = sentenceCounts(srcIndices), tgtCount = sentenceCounts(tgtIndices)
        var id = [UInt32](repeating: .max, count: keyAt.count)
        var weights: [Double] = []
        var keyList: [AnchorKey] = []
        // Deterministic ids: in order of first appearance in the source; only keys found on both sides.
        for keys in srcIndices {
            for k in keys where id[k] == .max && tgtCount[k] > 0 {
                id[k] = UInt32(weights.count)
                keyList.append(keyAt[k])
                weights.append((kindWeights[keyAt[k].kind] ?? 1) / Double(max(srcCount[k], tgtCount[k])).squareRoot())
            }
        }
        let convert = { (keys: [Int]) in keys.compactMap { id[$0] == .max ? nil : id[$0] }.sorted() }
        return PairFeatures(
            source: zip(srcLengths, srcIndices).map { SentenceFeatures(length: $0.0, anchors: convert($0.1)) },
            target: zip(tgtLengths, tgtIndices).map { SentenceFeatures(length: $0.0, anchors: convert($0.1)) },
            weights: weights, keys: keyList)
    }
}

extension PairFeatures {
    /// Sentences per piece when anchor extraction is spread over the cores.
    static let chunkSize = 1000

    /// Anchor candidates of every sentence of both documents. An anchor counts only where both documents
    /// have it, so a side is read against what the other one has where that is cheap to know first:
    /// - where one side's phonetic anchors are every prefix of its words' keys (Korean, Japanese), the
    ///   other side is read first and only the prefixes it has are kept;
    /// - a side in Latin script facing one in another script keeps only the token anchors (Latin-script
    ///   words) that the other has: a few words of a Korean text against every word of an English one.
    /// Long documents are cut into pieces extracted on all cores, each piece with its own extractor (ICU
    /// transliterators are not thread-safe); the result is the same as one extractor going through in order.
    static func anchorKeys(source: [String], sourceLanguage: LanguageCode, target: [String], targetLanguage: LanguageCode, tools: AlignmentTools)
        -> (source: [[AnchorKey]], target: [[AnchorKey]], sourceLengths: [Double], targetLengths: [Double]) {
        tools.prepareGlossaryMatchers(for: [sourceLanguage, targetLanguage])
        let sourcePrefixes = tools.extractor(for: sourceLanguage, partner: targetLanguage).readsPhoneticPrefixes
        let targetPrefixes = tools.extractor(for: targetLanguage, partner: sourceLanguage).readsPhoneticPrefixes
        let sourceTokens = sourceLanguage.profile.writesNamesInLatin && !targetLanguage.profile.writesNamesInLatin
            ? tokens(target, targetLanguage, partner: sourceLanguage, tools: tools) : nil
        let targetTokens = targetLanguage.profile.writesNamesInLatin && !sourceLanguage.profile.writesNamesInLatin
            ? tokens(source, sourceLanguage, partner: targetLanguage, tools: tools) : nil
        if sourcePrefixes && !targetPrefixes {
            let tgt = side(target, targetLanguage, partner: sourceLanguage, opposite: nil, tokens: targetTokens, tools: tools)
            let src = side(source, sourceLanguage, partner: targetLanguage, opposite: PhoneticKeySet(tgt.keys), tokens: sourceTokens, tools: tools)
            return (src.keys, tgt.keys, src.lengths, tgt.lengths)
        }
        let src = side(source, sourceLanguage, partner: targetLanguage, opposite: nil, tokens: sourceTokens, tools: tools)
        let tgt = side(target, targetLanguage, partner: sourceLanguage,
                       opposite: targetPrefixes && !sourcePrefixes ? PhoneticKeySet(src.keys) : nil, tokens: targetTokens, tools: tools)
        return (src.keys, tgt.keys, src.lengths, tgt.lengths)
    }

    /// One side's anchor candidates and lengths.
    private static func side(_ texts: [String], _ language: LanguageCode, partner: LanguageCode, opposite: PhoneticKeySet?,
                             tokens: TokenSet?, tools: AlignmentTools) -> (keys: [[AnchorKey]], lengths: [Double]) {
        let pieces = inPieces(texts, language, partner: partner, tools: tools) { extractor, piece in
            (piece.map { extractor.anchors(of: $0, opposite: opposite, tokens: tokens) }, piece.map { LengthUnits.length(of: $0) })
        }
        guard pieces.count > 1 else { return pieces[0] }
        var keys: [[AnchorKey]] = [], lengths: [Double] = []
        keys.reserveCapacity(texts.count)
        lengths.reserveCapacity(texts.count)
        for (pieceKeys, pieceLengths) in pieces {
            keys += pieceKeys
            lengths += pieceLengths
        }
        return (keys, lengths)
    }

    /// The token anchors of one side's sentences.
    private static func tokens(_ texts: [String], _ language: LanguageCode, partner: LanguageCode, tools: AlignmentTools) -> TokenSet {
        TokenSet(inPieces(texts, language, partner: partner, tools: tools) { extractor, piece in piece.flatMap(extractor.tokens(of:)) }.joined())
    }

    /// `body` over the texts, in pieces of `chunkSize` sentences on all cores when they are more, each
    /// piece with its own extractor; the pieces' results in order.
    private static func inPieces<T>(_ texts: [String], _ language: LanguageCode, partner: LanguageCode, tools: AlignmentTools,
                                    _ body: @escaping @Sendable (AnchorExtractor, ArraySlice<String>) -> T) -> [T] {
        if texts.count <= chunkSize { return [body(tools.extractor(for: language, partner: partner), texts[...])] }
        let pieces = stride(from: 0, to: texts.count, by: chunkSize).map { $0..<min(texts.count, $0 + chunkSize) }
        let results = ConcurrentSlots<T>(count: pieces.count)
        // The glossary's matcher is shared: it is a value, and building one reads every form of the glossary.
        let glossary = tools.glossary
        let matcher = glossary == nil ? nil : tools.glossaryMatcher(for: language)
        DispatchQueue.concurrentPerform(iterations: pieces.count) { k in
            results.set(k, body(AnchorExtractor(language: language, partner: partner, glossary: glossary, matcher: matcher), texts[pieces[k]]))
        }
        return pieces.indices.map { results.value($0) }
    }
}

public enum AnchorWeights {
    public static let standard: [AnchorKind: Double] = [.number: 1.0, .token: 1.0, .entity: 1.0, .phonetic: 0.6, .quote: 0.5, .name: 1.0, .cognate: 0.8, .lexical: 0.5]
}
