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
        // Per key: in how many sentences of each side it occurs, and its id once it has one.
        struct Tally {
            var source = 0, target = 0, lastSource = -1, lastTarget = -1
            var id = UInt32.max
        }
        var tally: [AnchorKey: Tally] = [:]
        for (k, keys) in srcKeys.enumerated() {
            for key in keys { modify(&tally[key, default: Tally()]) { if $0.lastSource != k { $0.source += 1; $0.lastSource = k } } }
        }
        for (k, keys) in tgtKeys.enumerated() {
            for key in keys { modify(&tally[key, default: Tally()]) { if $0.lastTarget != k { $0.target += 1; $0.lastTarget = k } } }
        }
        var weights: [Double] = []
        var keyList: [AnchorKey] = []
        // Deterministic ids: in order of first appearance in the source; only keys found on both sides.
        for keys in srcKeys {
            for key in keys {
                modify(&tally[key, default: Tally()]) { t in
                    guard t.id == .max, t.target > 0 else { return }
                    t.id = UInt32(weights.count)
                    keyList.append(key)
                    weights.append((kindWeights[key.kind] ?? 1) / Double(max(t.source, t.target)).squareRoot())
                }
            }
        }
        let convert = { (keys: [AnchorKey]) in keys.compactMap { tally[$0].flatMap { $0.id == .max ? nil : $0.id } }.sorted() }
        return PairFeatures(
            source: zip(srcLengths, srcKeys).map { SentenceFeatures(length: $0.0, anchors: convert($0.1)) },
            target: zip(tgtLengths, tgtKeys).map { SentenceFeatures(length: $0.0, anchors: convert($0.1)) },
            weights: weights, keys: keyList)
    }
}

/// Changes a value in place (a dictionary entry reached once, not looked up twice).
@inline(__always) private func modify<T>(_ value: inout T, _ change: (inout T) -> Void) { change(&value) }

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
