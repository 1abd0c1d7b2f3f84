import BitextText
import Foundation

/// Sentences (or blocks) of one side as the dynamic program sees them: prefix sums of the lengths,
/// and for every run of 1…`maxWidth` consecutive units its anchors as one sorted list, built once,
/// so that the inner loop neither sorts nor touches nested arrays. All runs live in flat arrays: the
/// run of width `w` from unit `lo` is `ids[start[k]..<start[k + 1]]` with `k = first[w - 1] + lo`.
/// `signature[k]` has bit `id % 64` set for each of the run's ids: two runs whose signatures share no
/// bit share no anchor, and their lists need not be merged.
struct AlignmentUnits: Sendable {
    let prefixLength: [Double]
    let ids: [UInt32]
    let start: [Int]
    let first: [Int]
    let signature: [UInt64]

    init(_ features: [SentenceFeatures], maxWidth: Int) {
        var p = [0.0]
        p.reserveCapacity(features.count + 1)
        for f in features { p.append(p.last! + f.length) }
        prefixLength = p
        var ids: [UInt32] = [], start: [Int] = [], first: [Int] = [], signature: [UInt64] = []
        for width in 1...max(maxWidth, 1) {
            first.append(start.count)
            start.append(ids.count)
            let previousFirst = width > 1 ? first[width - 2] : 0
            for lo in 0..<max(features.count - width + 1, 0) {
                let unit = features[lo + width - 1].anchors
                let unitSignature = unit.reduce(UInt64(0)) { $0 | 1 << UInt64($1 % 64) }
                if width == 1 {
                    ids.append(contentsOf: unit)
                    signature.append(unitSignature)
                } else {
                    // The run one shorter, already sorted, merged with its next unit's sorted anchors.
                    let shorter = previousFirst + lo
                    var a = start[shorter], b = 0
                    let aEnd = start[shorter + 1]
                    while a < aEnd || b < unit.count {
                        if b == unit.count || (a < aEnd && ids[a] <= unit[b]) { ids.append(ids[a]); a += 1 } else { ids.append(unit[b]); b += 1 }
                    }
                    signature.append(signature[shorter] | unitSignature)
                }
                start.append(ids.count)
            }
            signature.append(0)
        }
        self.ids = ids
        self.start = start
        self.first = first
        self.signature = signature
    }

    var count: Int { prefixLength.count - 1 }

    @inline(__always) func length(_ lo: Int, _ hi: Int) -> Double { prefixLength[hi] - prefixLength[lo] }

    /// Runs `body` with the runs as raw buffers (no arrays: their reference counts would be written
    /// from every thread that scores).
    func withRuns<R>(_ body: (RunView) -> R) -> R {
        ids.withUnsafeBufferPointer { ids in
            start.withUnsafeBufferPointer { start in
                first.withUnsafeBufferPointer { first in
                    signature.withUnsafeBufferPointer { body(RunView(ids: ids, start: start, first: first, signature: $0)) }
                }
            }
        }
    }
}

/// One side's runs, as `AlignmentUnits` holds them, through raw buffers.
struct RunView {
    let ids: UnsafeBufferPointer<UInt32>
    let start: UnsafeBufferPointer<Int>
    let first: UnsafeBufferPointer<Int>
    let signature: UnsafeBufferPointer<UInt64>

    /// Index of the run of `width` units from unit `lo`.
    @inline(__always) func run(_ width: Int, _ lo: Int) -> Int { first[width - 1] + lo }

    @inline(__always) func anchors(_ run: Int) -> UnsafeBufferPointer<UInt32> {
        UnsafeBufferPointer(rebasing: ids[start[run]..<start[run + 1]])
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
    /// The length of target units `j..<j + v` divided by the length ratio, at `target.first[v - 1] + j`.
    let scaledTarget: [Double]

    init(source: [SentenceFeatures], target: [SentenceFeatures], scorer: BeadScorer, shapes: [BeadShape], temperature: Double) {
        // The two sides' runs are built side by side (a long document's take a while).
        let (sourceWidth, targetWidth) = (shapes.map(\.source).max() ?? 1, shapes.map(\.target).max() ?? 1)
        let (sourceUnits, target) = sideBySide(parallel: source.count + target.count > 20_000,
                                               { AlignmentUnits(source, maxWidth: sourceWidth) }, { AlignmentUnits(target, maxWidth: targetWidth) })
        self.source = sourceUnits
        self.target = target
        self.scorer = scorer
        self.shapes = shapes
        self.temperature = temperature
        var scaled = [Double](repeating: 0, count: target.start.count)
        for v in 1...target.first.count {
            for j in 0..<max(target.count - v + 1, 0) { scaled[target.first[v - 1] + j] = target.length(j, j + v) / scorer.length.ratio }
        }
        scaledTarget = scaled
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
                source.prefixLength.withUnsafeBufferPointer { sourceLength in
                    scaledTarget.withUnsafeBufferPointer { scaledTarget in
                        source.withRuns { sourceRuns in
                            target.withRuns { targetRuns in
                                body(CostKernel(length: scorer.length, anchorWeight: scorer.anchorWeight, overlapWeight: scorer.overlapWeight,
                                                skipCost: scorer.skipCost, memberPenalty: scorer.memberPenalty, table: table, weights: weights, sourceLength: sourceLength,
                                                scaledTarget: scaledTarget, source: sourceRuns, target: targetRuns))
                            }
                        }
                    }
                }
            }
        }
    }

    /// The best path through the band, each step with its posterior probability when `posteriors` is set.
    /// With posteriors the backward pass runs on a second core beside the forward one (it needs
    /// nothing from it), unless the band is small: a news article's passes take less than handing one
    /// to another thread, whose cores a batch keeps busy anyway.
    /// A small band's passes both read one table of its costs, each cost computed once.
    func run(band: SearchBand, posteriors: Bool, progress: (@Sendable (Double) -> Void)? = nil) -> [PathStep] {
        guard posteriors else { return viterbi(band: band, progress: progress) }
        let forwardResult: (steps: [PathStep], alpha: [Double]), beta: [Double]
        if band.cellCount > 20_000 {
            (forwardResult, beta) = sideBySide({ forward(band: band, costs: nil, progress: progress) }, { backward(band: band, costs: nil) })
        } else {
            let costs = costTable(band: band)
            (forwardResult, beta) = costs.withUnsafeBufferPointer { costs in
                (forward(band: band, costs: costs, progress: progress), backward(band: band, costs: costs))
            }
        }
        var (steps, alpha) = forwardResult
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

    /// Every shape's cost into every cell of the band, as `CostBlock` lays them out (NaN where the shape
    /// comes from outside the band).
    func costTable(band: SearchBand) -> [Double] {
        let widths = shapes.map { (source: $0.source, target: $0.target, prior: $0.prior) }
        var costs = [Double](repeating: .nan, count: band.cellCount * widths.count)
        withKernel { kernel in
            band.withBounds { lo, hi, rowStart in
                costs.withUnsafeMutableBufferPointer { costs in
                    widths.withUnsafeBufferPointer { widths in
                        CostBlock(kernel: kernel, widths: widths, lo: lo, hi: hi, rowStart: rowStart, costs: costs, base: 0).fill(rows: 0...source.count)
                    }
                }
            }
        }
        return costs
    }

    /// Viterbi and the forward log-sums over the band, then the traceback; costs read from `costs` when
    /// given (see `costTable`).
    private func forward(band: SearchBand, costs: UnsafeBufferPointer<Double>?, progress: (@Sendable (Double) -> Void)?) -> (steps: [PathStep], alpha: [Double]) {
        let n = source.count
        let cells = band.cellCount
        var best = [Double](repeating: .infinity, count: cells)
        var back = [UInt8](repeating: UInt8.max, count: cells)
        var alpha = [Double](repeating: -.infinity, count: cells)
        let t = temperature
        let widths = shapes.map { (source: $0.source, target: $0.target, prior: $0.prior) }
        best[0] = 0
        alpha[0] = 0
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
                                        let here = rowStart[i] + j - lo[i]
                                        for s in widths.indices {
                                            let w = widths[s]
                                            let pi = i - w.source, pj = j - w.target
                                            guard pi >= 0, pj >= lo[pi], pj <= hi[pi] else { continue }
                                            let prev = rowStart[pi] + pj - lo[pi]
                                            guard best[prev].isFinite else { continue }
                                            let c = costs?[here * widths.count + s] ?? kernel.cost(prior: w.prior, pi, w.source, pj, w.target)
                                            let total = best[prev] + c
                                            if total < bestCost { bestCost = total; bestShape = UInt8(s) }
                                            terms[count] = alpha[prev] - (t == 1 ? c : c / t)   // c / 1 is c: the division skipped
                                            count += 1
                                        }
                                        best[here] = bestCost
                                        back[here] = bestShape
                                        alpha[here] = BandedDP.logSumExp(UnsafeBufferPointer(rebasing: terms[0..<count]))
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return (traceback(back, band: band), alpha)
    }

    /// The best path, read back from each cell's best shape.
    private func traceback(_ back: [UInt8], band: SearchBand) -> [PathStep] {
        var steps: [PathStep] = []
        var i = source.count, j = target.count
        while i > 0 || j > 0 {
            guard let here = band.index(i, j), back[here] != UInt8.max else { break }
            let shape = shapes[Int(back[here])]
            steps.append(PathStep(source: (i - shape.source)..<i, target: (j - shape.target)..<j, posterior: 1))
            i -= shape.source
            j -= shape.target
        }
        return steps.reversed()
    }

    /// Viterbi alone. Costs do not depend on the search, so they are computed ahead, a block of rows at a
    /// time, on every core; the search then reads them in order. The decisions are those of `forward`.
    private func viterbi(band: SearchBand, progress: (@Sendable (Double) -> Void)?) -> [PathStep] {
        let n = source.count
        let widths = shapes.map { (source: $0.source, target: $0.target, prior: $0.prior) }
        let shapeCount = widths.count
        var best = [Double](repeating: .infinity, count: band.cellCount)
        var back = [UInt8](repeating: UInt8.max, count: band.cellCount)
        best[0] = 0
        let blockCells = 1 << 12
        // Asked only for a band worth splitting: on Linux the count is read from the cgroup's files, three
        // system calls that cost a short pair more than its Viterbi search.
        lazy var cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var costs = [Double](repeating: .nan, count: (blockCells + band.maxRowWidth) * shapeCount)
        withKernel { kernel in
            band.withBounds { lo, hi, rowStart in
                best.withUnsafeMutableBufferPointer { best in
                    back.withUnsafeMutableBufferPointer { back in
                        costs.withUnsafeMutableBufferPointer { costs in
                          widths.withUnsafeBufferPointer { shapeWidths in
                            var first = 0
                            while first <= n {
                                if let progress { progress(Double(first) / Double(max(n, 1))) }
                                var last = first
                                while last < n && rowStart[last + 1] - rowStart[first] < blockCells { last += 1 }
                                let base = rowStart[first], cells = rowStart[last + 1] - base
                                // Each part scores the cells of a run of rows.
                                let parts = cells >= 2048 ? min(cores, last - first + 1) : 1
                                let rowsPerPart = (last - first + parts) / parts
                                let block = CostBlock(kernel: kernel, widths: shapeWidths, lo: lo, hi: hi, rowStart: rowStart, costs: costs, base: base)
                                let (from, to) = (first, last)
                                if parts == 1 {
                                    block.fill(rows: from...to)
                                } else {
                                    DispatchQueue.concurrentPerform(iterations: parts) { part in
                                        let r0 = from + part * rowsPerPart, r1 = min(to, r0 + rowsPerPart - 1)
                                        if r0 <= r1 { block.fill(rows: r0...r1) }
                                    }
                                }
                                for i in first...last {
                                    for j in lo[i]...hi[i] {
                                        if i == 0 && j == 0 { continue }
                                        let here = rowStart[i] + j - lo[i]
                                        let cell = (here - base) * shapeCount
                                        var bestCost = Double.infinity
                                        var bestShape = UInt8.max
                                        for s in 0..<shapeCount {
                                            let c = costs[cell + s]
                                            guard !c.isNaN else { continue }
                                            let w = widths[s]
                                            let pi = i - w.source, pj = j - w.target
                                            let prev = rowStart[pi] + pj - lo[pi]
                                            guard best[prev].isFinite else { continue }
                                            let total = best[prev] + c
                                            if total < bestCost { bestCost = total; bestShape = UInt8(s) }
                                        }
                                        best[here] = bestCost
                                        back[here] = bestShape
                                    }
                                }
                                first = last + 1
                            }
                          }
                        }
                    }
                }
            }
        }
        return traceback(back, band: band)
    }

    /// The backward log-sums; costs read from `costs` when given (a bead's cost is kept at the cell it ends in).
    private func backward(band: SearchBand, costs: UnsafeBufferPointer<Double>?) -> [Double] {
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
                                for (s, w) in widths.enumerated() {
                                    let ni = i + w.source, nj = j + w.target
                                    guard ni <= n, nj >= lo[ni], nj <= hi[ni] else { continue }
                                    let next = rowStart[ni] + nj - lo[ni]
                                    guard beta[next] > -.infinity else { continue }
                                    let c = costs?[next * widths.count + s] ?? kernel.cost(prior: w.prior, i, w.source, j, w.target)
                                    terms[count] = beta[next] - (t == 1 ? c : c / t)   // c / 1 is c: the division skipped
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

/// The costs of a block of rows, every shape of every cell, filled by several threads at once: each
/// writes its own rows' cells only, and the buffers outlive the fill.
private struct CostBlock: @unchecked Sendable {
    let kernel: CostKernel
    let widths: UnsafeBufferPointer<(source: Int, target: Int, prior: Double)>
    let lo: UnsafeBufferPointer<Int>
    let hi: UnsafeBufferPointer<Int>
    let rowStart: UnsafeBufferPointer<Int>
    let costs: UnsafeMutableBufferPointer<Double>
    let base: Int

    /// NaN where a shape has no predecessor in the band. Shape by shape within a row, so that the
    /// source span's figures are read once for the whole row; the cells of a row whose predecessor is in
    /// the band are one run, scored together.
    func fill(rows: ClosedRange<Int>) {
        let shapeCount = widths.count
        let widest = rows.reduce(0) { max($0, hi[$1] - lo[$1] + 1) }
        withUnsafeTemporaryAllocation(of: Double.self, capacity: widest) { scratch in
            for i in rows {
                let first = lo[i], last = hi[i]
                let row = costs.baseAddress! + (rowStart[i] - base) * shapeCount
                for s in 0..<shapeCount {
                    let w = widths[s]
                    let pi = i - w.source
                    // Cells whose predecessor (j − v) lies in the band: lo[pi] + v ... hi[pi] + v.
                    let from = pi < 0 ? last + 1 : max(first, lo[pi] + w.target)
                    let to = pi < 0 ? last : min(last, hi[pi] + w.target)
                    for j in first...last where j < from || j > to { row[(j - first) * shapeCount + s] = .nan }
                    guard from <= to else { continue }
                    kernel.costs(prior: w.prior, pi, w.source, from - w.target...to - w.target, w.target,
                                 into: row + (from - first) * shapeCount + s, stride: shapeCount, scratch: scratch.baseAddress!)
                }
            }
        }
    }
}

/// What a bead's cost reads, as raw buffers valid for one pass of the dynamic program.
private struct CostKernel {
    let length: LengthModel
    let anchorWeight: Double
    let overlapWeight: Double
    let skipCost: Double
    let memberPenalty: MemberPenalty
    let table: UnsafeBufferPointer<Double>
    let weights: UnsafeBufferPointer<Double>
    let sourceLength: UnsafeBufferPointer<Double>
    let scaledTarget: UnsafeBufferPointer<Double>
    let source: RunView
    let target: RunView

    /// `BeadScorer.cost` for source units `i0..<i0 + w` and target units `j0..<j0 + v`. Anchors count only
    /// when the two sides share one: otherwise nothing matches and the Dice share is 0.
    @inline(__always) func cost(prior: Double, _ i0: Int, _ w: Int, _ j0: Int, _ v: Int) -> Double {
        if w == 0 || v == 0 { return prior + skipCost }
        let s = source.run(w, i0), t = target.run(v, j0)
        let lengthCost = length.cost(source: sourceLength[i0 + w] - sourceLength[i0], scaledTarget: scaledTarget[t], table: table)
        let a = source.anchors(s), b = target.anchors(t)
        var evidence = AnchorEvidence.none
        if !a.isEmpty && !b.isEmpty && source.signature[s] & target.signature[t] != 0 {
            evidence = BeadScorer.anchorEvidence(a, b, weights: weights)
        }
        return BeadScorer.cost(prior: prior, lengthCost: lengthCost, evidence: evidence, anchorWeight: anchorWeight, overlapWeight: overlapWeight)
            + (memberPenalty.isNone ? 0 : members(i0, w, j0, v, sourceRun: s, targetRun: t))
    }

    /// The penalty of a linked bead's sentences that share no anchor with its other side: each sentence is
    /// judged alone, so that a bead tied by one sentence's names does not carry its untied neighbours free.
    @inline(__always) func members(_ i0: Int, _ w: Int, _ j0: Int, _ v: Int, sourceRun: Int, targetRun: Int) -> Double {
        untiedCost(source, i0, w, opposite: target, targetRun) + untiedCost(target, j0, v, opposite: source, sourceRun)
    }

    @inline(__always) private func untiedCost(_ side: RunView, _ lo: Int, _ count: Int, opposite: RunView, _ oppositeRun: Int) -> Double {
        var total = 0.0
        let other = opposite.anchors(oppositeRun)
        for k in lo..<lo + count {
            switch CostKernel.tie(side.anchors(side.run(1, k)), other, weights: weights) {
            case .unanchored: total += memberPenalty.unanchored
            case .untied: total += memberPenalty.untied
            case .tied: break
            }
        }
        return total
    }

    enum Tie { case tied, untied, unanchored }

    /// How a sentence's specific anchors (see `NullModel.specificWeight`) stand against the other side's:
    /// one of them there, none of them there, or the sentence has none (weak anchors say nothing either way).
    @inline(__always) static func tie(_ own: UnsafeBufferPointer<UInt32>, _ other: UnsafeBufferPointer<UInt32>,
                                      weights: UnsafeBufferPointer<Double>) -> Tie {
        var specific = false, j = 0
        for x in own where weights[Int(x)] >= NullModel.specificWeight {
            specific = true
            while j < other.count && other[j] < x { j += 1 }
            if j < other.count && other[j] == x { return .tied }
        }
        return specific ? .untied : .unanchored
    }

    /// `cost` of source units `i0..<i0 + w` against target units `j0..<j0 + v` for every `j0` of `starts`,
    /// written `stride` apart from `out`. The length differences are measured for the whole run first
    /// (see `LengthModel.z`), into `scratch`; each cost is then the one `cost` gives, to the last bit.
    @inline(__always) func costs(prior: Double, _ i0: Int, _ w: Int, _ starts: ClosedRange<Int>, _ v: Int,
                                 into out: UnsafeMutablePointer<Double>, stride: Int, scratch z: UnsafeMutablePointer<Double>) {
        let count = starts.count
        if w == 0 || v == 0 {
            for k in 0..<count { out[k * stride] = prior + skipCost }
            return
        }
        let sourceLength = sourceLength[i0 + w] - sourceLength[i0]
        let firstRun = target.run(v, starts.lowerBound)
        let targetLength = scaledTarget.baseAddress! + firstRun
        length.z(source: sourceLength, scaledTargets: targetLength, count: count, into: z)
        let s = source.run(w, i0)
        let a = source.anchors(s), signature = source.signature[s]
        for k in 0..<count {
            let lengthCost = sourceLength == 0 && targetLength[k] == 0 ? 0 : LengthModel.tailCost(z[k], table)
            let t = firstRun + k
            let b = target.anchors(t)
            var evidence = AnchorEvidence.none
            if !a.isEmpty && !b.isEmpty && signature & target.signature[t] != 0 {
                evidence = BeadScorer.anchorEvidence(a, b, weights: weights)
            }
            out[k * stride] = BeadScorer.cost(prior: prior, lengthCost: lengthCost, evidence: evidence,
                                              anchorWeight: anchorWeight, overlapWeight: overlapWeight)
                + (memberPenalty.isNone ? 0 : members(i0, w, starts.lowerBound + k, v, sourceRun: s, targetRun: t))
        }
    }
}
