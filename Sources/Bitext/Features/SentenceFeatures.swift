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
        let names = NameAnchors().anchors(source: source, sourceLanguage: sourceLanguage, target: target, targetLanguage: targetLanguage,
                                          glossary: tools.glossary, matcher: tools.nameMatcher())
        for (k, keys) in names.source.enumerated() { srcKeys[k] += keys.map { AnchorKey(kind: .name, value: $0) } }
        for (k, keys) in names.target.enumerated() { tgtKeys[k] += keys.map { AnchorKey(kind: .name, value: $0) } }
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

    /// Anchor candidates of every sentence of both documents. Long documents are cut into pieces
    /// extracted on all cores, each piece with its own extractor (ICU transliterators are not
    /// thread-safe); the result is the same as one extractor going through in order.
    static func anchorKeys(source: [String], sourceLanguage: LanguageCode, target: [String], targetLanguage: LanguageCode, tools: AlignmentTools)
        -> (source: [[AnchorKey]], target: [[AnchorKey]], sourceLengths: [Double], targetLengths: [Double]) {
        let glossary = tools.glossary
        if source.count + target.count <= 2 * chunkSize {
            let s = tools.extractor(for: sourceLanguage, partner: targetLanguage)
            let t = tools.extractor(for: targetLanguage, partner: sourceLanguage)
            return (source.map { s.anchors(of: $0) }, target.map { t.anchors(of: $0) },
                    source.map { LengthUnits.length(of: $0) }, target.map { LengthUnits.length(of: $0) })
        }
        // Pieces of both sides in one list: (is source, range).
        let pieces = stride(from: 0, to: source.count, by: chunkSize).map { (true, $0..<min(source.count, $0 + chunkSize)) }
            + stride(from: 0, to: target.count, by: chunkSize).map { (false, $0..<min(target.count, $0 + chunkSize)) }
        let results = ConcurrentSlots<(keys: [[AnchorKey]], lengths: [Double])>(count: pieces.count)
        DispatchQueue.concurrentPerform(iterations: pieces.count) { k in
            let (isSource, range) = pieces[k]
            let extractor = isSource ? AnchorExtractor(language: sourceLanguage, partner: targetLanguage, glossary: glossary)
                : AnchorExtractor(language: targetLanguage, partner: sourceLanguage, glossary: glossary)
            let texts = isSource ? source[range] : target[range]
            results.set(k, (texts.map { extractor.anchors(of: $0) }, texts.map { LengthUnits.length(of: $0) }))
        }
        var src: [[AnchorKey]] = [], tgt: [[AnchorKey]] = [], srcLengths: [Double] = [], tgtLengths: [Double] = []
        src.reserveCapacity(source.count)
        tgt.reserveCapacity(target.count)
        for (k, piece) in pieces.enumerated() {
            let (keys, lengths) = results.value(k)
            if piece.0 { src += keys; srcLengths += lengths } else { tgt += keys; tgtLengths += lengths }
        }
        return (src, tgt, srcLengths, tgtLengths)
    }
}

public enum AnchorWeights {
    public static let standard: [AnchorKind: Double] = [.number: 1.0, .token: 1.0, .entity: 1.0, .phonetic: 0.6, .quote: 0.5, .name: 1.0]
}
