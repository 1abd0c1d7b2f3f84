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
        let srcExtractor = AnchorExtractor(language: sourceLanguage, partner: targetLanguage, glossary: glossary)
        let tgtExtractor = AnchorExtractor(language: targetLanguage, partner: sourceLanguage, glossary: glossary)
        var srcKeys = source.map { srcExtractor.anchors(of: $0) }
        var tgtKeys = target.map { tgtExtractor.anchors(of: $0) }
        let names = NameAnchors().anchors(source: source, sourceLanguage: sourceLanguage, target: target, targetLanguage: targetLanguage, glossary: glossary)
        for (k, keys) in names.source.enumerated() { srcKeys[k] += keys.map { AnchorKey(kind: .name, value: $0) } }
        for (k, keys) in names.target.enumerated() { tgtKeys[k] += keys.map { AnchorKey(kind: .name, value: $0) } }
        var srcDF: [AnchorKey: Int] = [:], tgtDF: [AnchorKey: Int] = [:]
        for keys in srcKeys { for k in Set(keys) { srcDF[k, default: 0] += 1 } }
        for keys in tgtKeys { for k in Set(keys) { tgtDF[k, default: 0] += 1 } }
        var ids: [AnchorKey: UInt32] = [:]
        var weights: [Double] = []
        var keyList: [AnchorKey] = []
        // Deterministic ids: in order of first appearance in the source.
        for keys in srcKeys {
            for k in keys where ids[k] == nil {
                guard let t = tgtDF[k], let s = srcDF[k] else { continue }
                ids[k] = UInt32(weights.count)
                keyList.append(k)
                weights.append((kindWeights[k.kind] ?? 1) / Double(max(s, t)).squareRoot())
            }
        }
        let convert = { (keys: [AnchorKey]) in keys.compactMap { ids[$0] }.sorted() }
        return PairFeatures(
            source: zip(source, srcKeys).map { SentenceFeatures(length: LengthUnits.length(of: $0.0), anchors: convert($0.1)) },
            target: zip(target, tgtKeys).map { SentenceFeatures(length: LengthUnits.length(of: $0.0), anchors: convert($0.1)) },
            weights: weights, keys: keyList)
    }
}

public enum AnchorWeights {
    public static let standard: [AnchorKind: Double] = [.number: 1.0, .token: 1.0, .entity: 1.0, .phonetic: 0.6, .quote: 0.5, .name: 1.0]
}
