/// Settings of the monotonic aligner. The defaults are what the benchmarks were run with.
public struct AlignerSettings: Sendable, Equatable {
    public var anchorWeight = 2.5
    public var overlapWeight = 3.0
    public var skipCost = 0.0
    public var temperature = 1.0
    /// The posteriors' temperature grows with the pair's one-sided rate (`NullModel`): 1 + gain × rate times
    /// `temperature`. The costs were shaped on translations; on an independent account, where a fifth of the
    /// sentences have no counterpart, the same cost gaps say less, and a bead's confidence must say so too.
    /// The best path does not depend on it.
    public var temperatureGainPerNullRate = 2.0
    public var shapes = BeadShape.standard
    /// Above this many cells the search runs coarse-to-fine.
    public var maxFullCells = 3_000_000
    /// The same limit for the coarse levels themselves, which only place the band: kept low, so that
    /// a long document's coarse level is banded too instead of searched whole.
    public var maxFullCoarseCells = 10_000
    /// Source sentences per block at a coarse level.
    public var blockSize = 8
    /// A long pair's band follows the chain of shared anchors when it has a point at least this often
    /// (in sentences of the longer side); otherwise, or with 0, the coarse-to-fine search places it.
    public var chainSpacing = 40
    /// Targets either side of the chain's path that the band takes in.
    public var chainMargin = 16
    /// A second pass re-estimates the length variance from the first pass's confident 1-1 beads.
    public var refine = true
    /// The second pass also measures how many sentences the pair leaves one-sided (see `NullModel`).
    public var estimatesNullRate = true

    public init() {}
}

/// The monotonic (parallel-text) aligner: dynamic programming over bead shapes, in a band found
/// coarse-to-fine, so that time and memory grow linearly with the number of sentences.
public struct SentenceAligner: Sendable {
    public var settings: AlignerSettings

    public init(settings: AlignerSettings = AlignerSettings()) {
        self.settings = settings
    }

    /// Told how far the search is: the pass (1 or 2) and the share of its rows done.
    public typealias Progress = @Sendable (_ pass: Int, _ fraction: Double) -> Void

    public func align(_ features: PairFeatures, progress: Progress? = nil) -> [Bead] {
        let src = features.source, tgt = features.target
        if src.isEmpty || tgt.isEmpty {
            return src.indices.map { Bead(source: $0..<$0 + 1, target: 0..<0, confidence: 1) }
                + tgt.indices.map { Bead(source: 0..<0, target: $0..<$0 + 1, confidence: 1) }
        }
        let model = LengthModel.estimate(source: src, target: tgt)
        let steps = settings.refine ? refinedPath(src, tgt, model: model, weights: features.weights, progress: progress)
            : path(src, tgt, model: model, weights: features.weights, shapes: settings.shapes, skip: settings.skipCost,
                   posteriors: true, progress: SentenceAligner.pass(1, progress))
        return steps.map { Bead(source: $0.source, target: $0.target, confidence: $0.posterior) }
    }

    /// Two passes. The first only gives the second its length model (from its 1-1 beads) and, on a long pair,
    /// its band: the shapes up to 2-2 do that at half the cost of them all.
    private func refinedPath(_ src: [SentenceFeatures], _ tgt: [SentenceFeatures], model initial: LengthModel, weights: [Double],
                             progress: Progress?) -> [PathStep] {
        let narrow = settings.shapes.filter { $0.source <= 2 && $0.target <= 2 }
        let first = path(src, tgt, model: initial, weights: weights, shapes: narrow.isEmpty ? settings.shapes : narrow,
                         skip: settings.skipCost, posteriors: false, progress: SentenceAligner.pass(1, progress))
        // Too few 1-1 beads to measure the pair by: the second pass keeps the model estimated from the totals.
        let model = SentenceAligner.reestimate(initial, steps: first, src: src, tgt: tgt) ?? initial
        // The second pass searches near the first one's path only, unless the whole matrix is small.
        let n = src.count, m = tgt.count
        let band: SearchBand? = (n + 1) * (m + 1) <= settings.maxFullCells ? nil
            : .around(first.map { (source: $0.source, target: $0.target) }, n: n, m: m, margin: 12)
        let nulls = settings.estimatesNullRate ? nullModel(first: first, src, tgt, model: model, weights: weights, band: band) : .translation
        let skipPrior = settings.shapes.first { $0.source == 1 && $0.target == 0 }?.prior ?? 0
        return path(src, tgt, model: model, weights: weights, shapes: settings.shapes, skip: settings.skipCost + nulls.skipCost(shapePrior: skipPrior),
                    posteriors: true, band: band, nulls: nulls, progress: SentenceAligner.pass(2, progress))
    }

    /// How many sentences the pair leaves one-sided. The narrow first pass cannot make the 1-3 and 3-1 beads
    /// a free translation needs, and its path then strands anchors that a translation does tie: where it
    /// measures any one-sided sentences, the measurement is taken again on a path of every shape.
    private func nullModel(first: [PathStep], _ src: [SentenceFeatures], _ tgt: [SentenceFeatures], model: LengthModel,
                           weights: [Double], band: SearchBand?) -> NullModel {
        let narrow = NullModel.estimate(steps: first, src: src, tgt: tgt, weights: weights)
        guard narrow.rate > 0 else { return narrow }
        let wide = path(src, tgt, model: model, weights: weights, shapes: settings.shapes, skip: settings.skipCost,
                        posteriors: false, band: band)
        return NullModel.estimate(steps: wide, src: src, tgt: tgt, weights: weights)
    }

    /// One pass's share of the progress reports.
    static func pass(_ number: Int, _ progress: Progress?) -> (@Sendable (Double) -> Void)? {
        guard let progress else { return nil }
        return { fraction in progress(number, fraction) }
    }

    /// Ratio and variance from the 1-1 beads of a first pass (trimmed of the worst tenth).
    static func reestimate(_ model: LengthModel, steps: [PathStep], src: [SentenceFeatures], tgt: [SentenceFeatures]) -> LengthModel? {
        let pairs = steps.filter { $0.source.count == 1 && $0.target.count == 1 }
            .map { (src[$0.source.lowerBound].length, tgt[$0.target.lowerBound].length) }
            .filter { $0.0 > 0 && $0.1 > 0 }
        guard pairs.count >= 10 else { return nil }
        let ratio = pairs.reduce(0) { $0 + $1.1 } / pairs.reduce(0) { $0 + $1.0 }
        var deviations = pairs.map { (s, t) -> Double in
            let scaled = t / ratio
            let d = scaled - s
            return d * d / max((s + scaled) / 2, 1)
        }.sorted()
        deviations.removeLast(deviations.count / 10)
        // A normal variable trimmed of its top 10% has about 0.58 of its variance left.
        let variance = deviations.reduce(0, +) / Double(deviations.count) / 0.58
        return LengthModel(ratio: min(max(ratio, 0.1), 10), variance: min(max(variance, 1.5), 40))
    }

    /// The spans a band along the chain of anchors the two sides share takes in (see `AnchorChain`), when
    /// the chain has a point every few dozen sentences. Between two points far apart the stretch gets a chain
    /// of its own (its anchors are rarer there, and the whole pair's budget may have left them out); failing
    /// that, the search over the stretch alone places the band.
    private func chainSpans(_ src: ArraySlice<SentenceFeatures>, _ tgt: ArraySlice<SentenceFeatures>, model: LengthModel, weights: [Double],
                            shapes: [BeadShape], skip: Double, depth: Int) -> [(source: Range<Int>, target: Range<Int>)]? {
        let n = src.count, m = tgt.count
        let (i0, j0) = (src.startIndex, tgt.startIndex)
        let chain = AnchorChain(source: Array(src), target: Array(tgt), budget: 2 * (n + m) + 10_000)
        guard chain.covers(n: n, m: m, spacing: settings.chainSpacing) else { return nil }
        var spans: [(source: Range<Int>, target: Range<Int>)] = []
        var from = (source: 0, target: 0)
        let ratio = Double(m) / Double(n)
        for to in chain.points + [(source: n, target: m)] {
            let di = to.source - from.source, dj = to.target - from.target
            let stretch = (source: i0 + from.source..<i0 + to.source, target: j0 + from.target..<j0 + to.target)
            if di * dj <= 16 * (di + dj) {
                spans.append(stretch)
            } else if abs(Double(dj) - Double(di) * ratio) <= Double(settings.chainMargin) / 2 {
                // As many sentences on each side as the pair's ratio has it: the path between the two points
                // keeps near their diagonal, which the margin takes in.
                let pieces = max(di, dj) / 8
                for k in 0..<pieces {
                    spans.append((stretch.source.lowerBound + di * k / pieces..<stretch.source.lowerBound + di * (k + 1) / pieces,
                                  stretch.target.lowerBound + dj * k / pieces..<stretch.target.lowerBound + dj * (k + 1) / pieces))
                }
            } else if depth < 2, let inner = chainSpans(src[stretch.source], tgt[stretch.target], model: model, weights: weights,
                                                        shapes: shapes, skip: skip, depth: depth + 1) {
                spans += inner
            } else {
                let steps = path(Array(src[stretch.source]), Array(tgt[stretch.target]), model: model, weights: weights,
                                 shapes: shapes, skip: skip, posteriors: false, chained: false)
                spans += steps.map { (stretch.source.lowerBound + $0.source.lowerBound..<stretch.source.lowerBound + $0.source.upperBound,
                                      stretch.target.lowerBound + $0.target.lowerBound..<stretch.target.lowerBound + $0.target.upperBound) }
            }
            from = to
        }
        return spans
    }

    func path(_ src: [SentenceFeatures], _ tgt: [SentenceFeatures], model: LengthModel, weights: [Double],
              shapes: [BeadShape], skip: Double, posteriors: Bool, band given: SearchBand? = nil, nulls: NullModel = .translation, coarseLevel: Bool = false,
              chained: Bool = true, progress: (@Sendable (Double) -> Void)? = nil) -> [PathStep] {
        let n = src.count, m = tgt.count
        let band: SearchBand
        if let given {
            band = given
        } else if (n + 1) * (m + 1) <= (coarseLevel ? settings.maxFullCoarseCells : settings.maxFullCells) || n < 2 * settings.blockSize {
            band = .full(n: n, m: m)
        } else if chained, !coarseLevel,
                  let spans = chainSpans(src[...], tgt[...], model: model, weights: weights, shapes: shapes, skip: skip, depth: 0) {
            band = .around(spans, n: n, m: m, margin: settings.chainMargin)
        } else {
            // Coarse level: blocks of `blockSize` source sentences, as many target blocks.
            let blocks = (n + settings.blockSize - 1) / settings.blockSize
            let srcCuts = (0...blocks).map { min(n, $0 * settings.blockSize) }
            let tgtCuts = (0...blocks).map { Int((Double($0) * Double(m) / Double(blocks)).rounded()) }
            let coarseSrc = (0..<blocks).map { SentenceFeatures.merged(src[srcCuts[$0]..<srcCuts[$0 + 1]]) }
            let coarseTgt = (0..<blocks).map { SentenceFeatures.merged(tgt[tgtCuts[$0]..<tgtCuts[$0 + 1]]) }
            // Leaving a block out must cost what leaving its sentences out would: with the shape's
            // prior alone, a deep level (blocks of hundreds of sentences) skipped whole stretches of
            // repetitive text for the price of one sentence and the band lost the path.
            let sentenceSkip = skip + (shapes.first { $0.source == 1 && $0.target == 0 }?.prior ?? 0)
            let coarse = path(coarseSrc, coarseTgt, model: model, weights: weights, shapes: BeadShape.coarse,
                              skip: sentenceSkip * Double(settings.blockSize) / 2, posteriors: false, coarseLevel: true)
            let spans = coarse.map { (source: srcCuts[$0.source.lowerBound]..<srcCuts[$0.source.upperBound],
                                      target: tgtCuts[$0.target.lowerBound]..<tgtCuts[$0.target.upperBound]) }
            let margin = (m + blocks - 1) / blocks + 6
            band = .around(spans, n: n, m: m, margin: margin)
        }
        let scorer = BeadScorer(length: model, anchorWeight: settings.anchorWeight, overlapWeight: settings.overlapWeight, skipCost: skip, weights: weights,
                                memberPenalty: nulls.penalty)
        let temperature = settings.temperature * (1 + settings.temperatureGainPerNullRate * nulls.rate)
        let dp = BandedDP(source: src, target: tgt, scorer: scorer, shapes: shapes, temperature: temperature)
        return dp.run(band: band, posteriors: posteriors, progress: progress)
    }
}
