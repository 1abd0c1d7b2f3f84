import Foundation

/// Sentences (or blocks) of one side as the dynamic program sees them: prefix sums of the lengths,
/// and for every run of up to `maxWidth` consecutive units its anchors as one sorted list, built once,
/// so that the inner loop neither sorts nor touches nested arrays.
struct AlignmentUnits: Sendable {
    let prefixLength: [Double]
    /// `spans[w - 1]`: the runs of `w` units.
    let spans: [SpanAnchors]

    init(_ features: [SentenceFeatures], maxWidth: Int) {
        var p = [0.0]
        p.reserveCapacity(features.count + 1)
        for f in features { p.append(p.last! + f.length) }
        prefixLength = p
        spans = (1...max(maxWidth, 1)).map { SpanAnchors(features, width: $0) }
    }

    var count: Int { prefixLength.count - 1 }

    @inline(__always) func length(_ lo: Int, _ hi: Int) -> Double { prefixLength[hi] - prefixLength[lo] }
}

/// The anchors of every run of `width` consecutive units, each run sorted, one run after another:
/// run `lo` (units `lo..<lo + width`) is `ids[start[lo]..<start[lo + 1]]`.
struct SpanAnchors: Sendable {
    let ids: [UInt32]
    let start: [Int]

    init(_ features: [SentenceFeatures], width: Int) {
        let runs = max(features.count - width + 1, 0)
        var ids: [UInt32] = []
        var start = [0]
        start.reserveCapacity(runs + 1)
        for lo in 0..<runs {
            if width == 1 {
                ids.append(contentsOf: features[lo].anchors)
            } else {
                let first = ids.count
                for k in lo..<(lo + width) { ids.append(contentsOf: features[k].anchors) }
                if ids.count - first > 1 { ids[first...].sort() }
            }
            start.append(ids.count)
        }
        self.ids = ids
        self.start = start
    }
}

/// One step of a path: source units `source` aligned to target units `target`.
struct PathStep: Sendable, Equatable {
    var source: Range<Int>
    var target: Range<Int>
    var posterior: Double
}

/// Viterbi search over a band, with forward-backward posteriors for the beads of the best path.
struct BandedDP {
    let source: AlignmentUnits
    let target: AlignmentUnits
    let scorer: BeadScorer
    let shapes: [BeadShape]
    /// Softens costs before turning them into probabilities (larger: less confident).
    let temperature: Double

    init(source: [SentenceFeatures], target: [SentenceFeatures], scorer: BeadScorer, shapes: [BeadShape], temperature: Double) {
        self.source = AlignmentUnits(source, maxWidth: shapes.map(\.source).max() ?? 1)
        self.target = AlignmentUnits(target, maxWidth: shapes.map(\.target).max() ?? 1)
        self.scorer = scorer
        self.shapes = shapes
        self.temperature = temperature
    }

    /// The cost of aligning source units `i0..<i1` with target units `j0..<j1` as one bead of `shape`.
    func cost(_ shape: BeadShape, _ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
        withKernel { $0.cost(prior: shape.prior, i0, i1 - i0, j0, j1 - j0) }
    }

    /// Runs `body` with raw views of everything the inner loop reads.
    private func withKernel<R>(_ body: (CostKernel) -> R) -> R {
        let table = LengthModel.tailTable
        return table.withUnsafeBufferPointer { table in
            scorer.weights.withUnsafeBufferPointer { weights in
                source.prefixLength.withUnsafeBufferPointer { sp in
                    target.prefixLength.withUnsafeBufferPointer { tp in
                        body(CostKernel(scorer: scorer, table: table, weights: weights, sourceLength: sp, targetLength: tp,
                                        sourceSpans: source.spans, targetSpans: target.spans))
                    }
                }
            }
        }
    }

    /// The best path through the band, each step with its posterior probability when `posteriors` is set.
    /// With posteriors the backward pass runs on a second core beside the forward one (it needs
    /// nothing from it).
    func run(band: SearchBand, posteriors: Bool, progress: (@Sendable (Double) -> Void)? = nil) -> [PathStep] {
        guard posteriors else { return forward(band: band, posteriors: false, progress: progress).steps }
        let betaSlot = ConcurrentSlots<[Double]>(count: 1)
        let forwardSlot = ConcurrentSlots<(steps: [PathStep], alpha: [Double])>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            if k == 0 {
                forwardSlot.set(0, forward(band: band, posteriors: true, progress: progress))
            } else {
                betaSlot.set(0, backward(band: band))
            }
        }
        var (steps, alpha) = forwardSlot.value(0)
        let beta = betaSlot.value(0)
        guard let end = band.index(source.count, target.count) else { return steps }
        let t = temperature
        let z = alpha[end]
        for k in steps.indices {
            let s = steps[k]
            let shape = shapes.first { $0.source == s.source.count && $0.target == s.target.count }!
            let c = cost(shape, s.source.lowerBound, s.source.upperBound, s.target.lowerBound, s.target.upperBound)
            let from = band.index(s.source.lowerBound, s.target.lowerBound)!, to = band.index(s.source.upperBound, s.target.upperBound)!
            let logP = alpha[from] - c / t + beta[to] - z
            steps[k].posterior = min(1, max(0, Foundation.exp(logP)))
        }
        return steps
    }

    /// Viterbi (and, with posteriors, the forward log-sums) over the band, then the traceback.
    private func forward(band: SearchBand, posteriors: Bool, progress: (@Sendable (Double) -> Void)? = nil) -> (steps: [PathStep], alpha: [Double]) {
        let n = source.count, m = target.count
        let cells = band.cellCount
        var best = [Double](repeating: .infinity, count: cells)
        var back = [UInt8](repeating: UInt8.max, count: cells)
        var alpha = posteriors ? [Double](repeating: -.infinity, count: cells) : []
        let t = temperature
        let widths = shapes.map { (source: $0.source, target: $0.target, prior: $0.prior) }
        best[0] = 0
        if posteriors { alpha[0] = 0 }
        withKernel { kernel in
            band.withBounds { lo, hi, rowStart in
                best.withUnsafeMutableBufferPointer { best in
                    back.withUnsafeMutableBufferPointer { back in
                        alpha.withUnsafeMutableBufferPointer { alpha in
                            withUnsafeTemporaryAllocation(of: Double.self, capacity: widths.count) { terms in
                                for i in 0...n {
                                    if let progress, i & 4095 == 0 { progress(Double(i) / Double(max(n, 1))) }
                                    for j in lo[i]...hi[i] {
                                        if i == 0 && j == 0 { continue }
                                        var bestCost = Double.infinity
                                        var bestShape = UInt8.max
                                        var count = 0
                                        for s in widths.indices {
                                            let w = widths[s]
                                            let pi = i - w.source, pj = j - w.target
                                            guard pi >= 0, pj >= lo[pi], pj <= hi[pi] else { continue }
                                            let prev = rowStart[pi] + pj - lo[pi]
                                            guard best[prev].isFinite else { continue }
                                            let c = kernel.cost(prior: w.prior, pi, w.source, pj, w.target)
                                            let total = best[prev] + c
                                            if total < bestCost { bestCost = total; bestShape = UInt8(s) }
                                            if posteriors { terms[count] = alpha[prev] - c / t; count += 1 }
                                        }
                                        let here = rowStart[i] + j - lo[i]
                                        best[here] = bestCost
                                        back[here] = bestShape
                                        if posteriors { alpha[here] = BandedDP.logSumExp(UnsafeBufferPointer(rebasing: terms[0..<count])) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        var steps: [PathStep] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            guard let here = band.index(i, j), back[here] != UInt8.max else { break }
            let shape = shapes[Int(back[here])]
            steps.append(PathStep(source: (i - shape.source)..<i, target: (j - shape.target)..<j, posterior: 1))
            i -= shape.source
            j -= shape.target
        }
        steps.reverse()
        return (steps, alpha)
    }

    private func backward(band: SearchBand) -> [Double] {
        let n = source.count, m = target.count
        var beta = [Double](repeating: -.infinity, count: band.cellCount)
        let widths = shapes.map { (source: $0.source, target: $0.target, prior: $0.prior) }
        let t = temperature
        beta[band.index(n, m)!] = 0
        withKernel { kernel in
            band.withBounds { lo, hi, rowStart in
                beta.withUnsafeMutableBufferPointer { beta in
                    withUnsafeTemporaryAllocation(of: Double.self, capacity: widths.count) { terms in
                        for i in stride(from: n, through: 0, by: -1) {
                            for j in stride(from: hi[i], through: lo[i], by: -1) {
                                if i == n && j == m { continue }
                                var count = 0
                                for w in widths {
                                    let ni = i + w.source, nj = j + w.target
                                    guard ni <= n, nj >= lo[ni], nj <= hi[ni] else { continue }
                                    let next = rowStart[ni] + nj - lo[ni]
                                    guard beta[next] > -.infinity else { continue }
                                    terms[count] = beta[next] - kernel.cost(prior: w.prior, i, w.source, j, w.target) / t
                                    count += 1
                                }
                                beta[rowStart[i] + j - lo[i]] = BandedDP.logSumExp(UnsafeBufferPointer(rebasing: terms[0..<count]))
                            }
                        }
                    }
                }
            }
        }
        return beta
    }

    /// log Σ exp(x): one log and one exp per term around the largest, instead of a log1p per pair.
    @inline(__always) static func logSumExp(_ xs: UnsafeBufferPointer<Double>) -> Double {
        guard var top = xs.first else { return -.infinity }
        for x in xs where x > top { top = x }
        if top == -.infinity { return top }
        var sum = 0.0
        for x in xs { sum += Foundation.exp(x - top) }
        return top + Foundation.log(sum)
    }
}

/// What a bead's cost reads, as raw buffers valid for one pass of the dynamic program.
private struct CostKernel {
    let scorer: BeadScorer
    let table: UnsafeBufferPointer<Double>
    let weights: UnsafeBufferPointer<Double>
    let sourceLength: UnsafeBufferPointer<Double>
    let targetLength: UnsafeBufferPointer<Double>
    let sourceSpans: [SpanAnchors]
    let targetSpans: [SpanAnchors]

    /// `BeadScorer.cost` for source units `i0..<i0 + w` and target units `j0..<j0 + v`. Anchors count only
    /// when both sides have some: with one side bare nothing matches and the Dice share is 0.
    @inline(__always) func cost(prior: Double, _ i0: Int, _ w: Int, _ j0: Int, _ v: Int) -> Double {
        if w == 0 || v == 0 { return prior + scorer.skipCost }
        let lengthCost = scorer.length.cost(source: sourceLength[i0 + w] - sourceLength[i0],
                                            target: targetLength[j0 + v] - targetLength[j0], table: table)
        let a = sourceSpans[w - 1], b = targetSpans[v - 1]
        let aLo = a.start[i0], aHi = a.start[i0 + 1], bLo = b.start[j0], bHi = b.start[j0 + 1]
        var evidence = AnchorEvidence.none
        if aLo < aHi && bLo < bHi {
            evidence = a.ids.withUnsafeBufferPointer { x in
                b.ids.withUnsafeBufferPointer { y in
                    BeadScorer.anchorEvidence(UnsafeBufferPointer(rebasing: x[aLo..<aHi]), UnsafeBufferPointer(rebasing: y[bLo..<bHi]), weights: weights)
                }
            }
        }
        return scorer.cost(prior: prior, lengthCost: lengthCost, evidence: evidence)
    }
}
