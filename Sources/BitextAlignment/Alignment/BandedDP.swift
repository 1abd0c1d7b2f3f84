import BitextText
import Foundation

/// The runs of 1…`maxWidth` consecutive units of a stretch of one side (sentences, or blocks of them),
/// each with its anchors as one sorted list, built for the stretch a block of the dynamic program reads,
/// so that the inner loop neither sorts nor touches nested arrays, and a long pair never holds the runs of
/// its whole length at once. All runs live in flat arrays: the run of width `w` from unit `lo` (counted on
/// the whole side) is `ids[start[k]..<start[k + 1]]` with `k = first[w - 1] + lo - offset`.
/// `signature[k]` has bit `id % 64` set for each of the run's ids: two runs whose signatures share no
/// bit share no anchor, and their lists need not be merged.
struct AlignmentUnits: Sendable {
    /// The side's first unit of the stretch.
    let offset: Int
    let ids: [UInt32]
    let start: [Int]
    let first: [Int]
    let signature: [UInt64]
    /// For each unit, the signature of its specific anchors alone (see `NullModel.specificWeight`): 0 for a
    /// unit that has none.
    let specific: [UInt64]

    init(_ features: ArraySlice<SentenceFeatures>, maxWidth: Int, weights: [Double]) {
        offset = features.startIndex
        specific = features.map { f in
            f.anchors.reduce(UInt64(0)) { weights[Int($1)] >= NullModel.specificWeight ? $0 | 1 << UInt64($1 % 64) : $0 }
        }
        var ids: [UInt32] = [], start: [Int] = [], first: [Int] = [], signature: [UInt64] = []
        let count = features.count
        for width in 1...max(maxWidth, 1) {
            first.append(start.count)
            start.append(ids.count)
            let previousFirst = width > 1 ? first[width - 2] : 0
            for lo in 0..<max(count - width + 1, 0) {
                let unit = features[offset + lo + width - 1].anchors
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

    /// Runs `body` with the runs as raw buffers (no arrays: their reference counts would be written
    /// from every thread that scores).
    func withRuns<R>(_ body: (RunView) -> R) -> R {
        ids.withUnsafeBufferPointer { ids in
            start.withUnsafeBufferPointer { start in
                first.withUnsafeBufferPointer { first in
                    signature.withUnsafeBufferPointer { signature in
                        specific.withUnsafeBufferPointer {
                            body(RunView(offset: offset, ids: ids, start: start, first: first, signature: signature, specific: $0))
                        }
                    }
                }
            }
        }
    }
}

/// One side's runs, as `AlignmentUnits` holds them, through raw buffers.
struct RunView {
    let offset: Int
    let ids: UnsafeBufferPointer<UInt32>
    let start: UnsafeBufferPointer<Int>
    let first: UnsafeBufferPointer<Int>
    let signature: UnsafeBufferPointer<UInt64>
    let specific: UnsafeBufferPointer<UInt64>

    /// Index of the run of `width` units from unit `lo`.
    @inline(__always) func run(_ width: Int, _ lo: Int) -> Int { first[width - 1] + lo - offset }

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

/// Prefix sums of one side's unit lengths.
private func prefixLengths(_ features: [SentenceFeatures]) -> [Double] {
    var p = [0.0]
    p.reserveCapacity(features.count + 1)
    for f in features { p.append(p.last! + f.length) }
    return p
}

/// Viterbi search over a band, with forward-backward posteriors for the beads of the best path.
/// Every pass walks the band a block of rows at a time: the block's bead costs (every shape of every
/// cell) are computed first, from the runs of the stretch of each side the block reads, then the
/// recurrence reads them in order.
struct BandedDP {
    let source: [SentenceFeatures]
    let target: [SentenceFeatures]
    let sourceLength: [Double]
    let targetLength: [Double]
    let scorer: BeadScorer
    let shapes: [BeadShape]
    /// Softens costs before turning them into probabilities (larger: less confident).
    let temperature: Double
    let sourceReach: Int
    let targetReach: Int
    /// A short pair's runs, built once for the whole of both sides: its blocks span whole rows of the
    /// matrix, and each would otherwise build the runs of the whole target side again.
    private var whole: StretchRuns?
    static let wholeRunsUpTo = 20_000
    /// Cells of a block of rows (or a little more: a block ends with a whole row).
    static let blockCells = 1 << 12

    /// `wholeRunsUpTo`: the most sentences (both sides) whose runs are built once for the whole pair.
    init(source: [SentenceFeatures], target: [SentenceFeatures], scorer: BeadScorer, shapes: [BeadShape], temperature: Double,
         wholeRunsUpTo: Int = BandedDP.wholeRunsUpTo) {
        self.source = source
        self.target = target
        (sourceLength, targetLength) = (prefixLengths(source), prefixLengths(target))
        self.scorer = scorer
        self.shapes = shapes
        self.temperature = temperature
        (sourceReach, targetReach) = (shapes.map(\.source).max() ?? 1, shapes.map(\.target).max() ?? 1)
        whole = nil
        if source.count + target.count <= wholeRunsUpTo {
            whole = StretchRuns(dp: self, sourceUnits: 0..<source.count, targetUnits: 0..<target.count)
        }
    }

    /// The cost of aligning source units `i0..<i1` with target units `j0..<j1` as one bead of `shape`.
    func cost(_ shape: BeadShape, _ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
        withKernel(sourceUnits: i0..<i1, targetUnits: j0..<j1) { $0.cost(prior: shape.prior, i0, i1 - i0, j0, j1 - j0) }
    }

    /// Runs `body` with raw views of everything the inner loop reads, for beads within the given units.
    private func withKernel<R>(sourceUnits: Range<Int>, targetUnits: Range<Int>, _ body: (CostKernel) -> R) -> R {
        let runs = whole ?? StretchRuns(dp: self, sourceUnits: sourceUnits, targetUnits: targetUnits)
        let table = LengthModel.tailTable
        return table.withUnsafeBufferPointer { table in
            scorer.weights.withUnsafeBufferPointer { weights in
                sourceLength.withUnsafeBufferPointer { sourceLength in
                    runs.scaledTarget.withUnsafeBufferPointer { scaledTarget in
                        runs.source.withRuns { sourceRuns in
                            runs.target.withRuns { targetRuns in
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

    /// The runs of a stretch of each side, and each target run's length divided by the length ratio.
    struct StretchRuns: Sendable {
        let source: AlignmentUnits
        let target: AlignmentUnits
        let scaledTarget: [Double]

        init(dp: BandedDP, sourceUnits: Range<Int>, targetUnits: Range<Int>) {
            source = AlignmentUnits(dp.source[sourceUnits], maxWidth: dp.sourceReach, weights: dp.scorer.weights)
            target = AlignmentUnits(dp.target[targetUnits], maxWidth: dp.targetReach, weights: dp.scorer.weights)
            var scaled = [Double](repeating: 0, count: target.start.count)
            for v in 1...target.first.count {
                for j in targetUnits.lowerBound..<max(targetUnits.upperBound - v + 1, targetUnits.lowerBound) {
                    scaled[target.first[v - 1] + j - targetUnits.lowerBound] = (dp.targetLength[j + v] - dp.targetLength[j]) / dp.scorer.length.ratio
                }
            }
            scaledTarget = scaled
        }
    }

    /// The costs of the beads that end in `rows`, every shape of every cell as `CostBlock` lays them out,
    /// from `costs[0]` on (NaN where the shape comes from outside the band); split over `parts` threads.
    private func fillCosts(rows: ClosedRange<Int>, band: SearchBand, into costs: UnsafeMutableBufferPointer<Double>, parts: Int = 1) {
        let widths = shapes.map { (source: $0.source, target: $0.target, prior: $0.prior) }
        band.withBounds { lo, hi, rowStart in
            let sourceUnits = max(0, rows.lowerBound - sourceReach)..<rows.upperBound
            let targetUnits = max(0, lo[rows.lowerBound] - targetReach)..<hi[rows.upperBound]
            withKernel(sourceUnits: sourceUnits, targetUnits: targetUnits) { kernel in
                widths.withUnsafeBufferPointer { widths in
                    let block = CostBlock(kernel: kernel, widths: widths, lo: lo, hi: hi, rowStart: rowStart, costs: costs, base: rowStart[rows.lowerBound])
                    let parts = min(parts, rows.count)
                    if parts <= 1 {
                        block.fill(rows: rows)
                    } else {
                        let rowsPerPart = (rows.count + parts - 1) / parts
                        DispatchQueue.concurrentPerform(iterations: parts) { part in
                            let r0 = rows.lowerBound + part * rowsPerPart, r1 = min(rows.upperBound, r0 + rowsPerPart - 1)
                            if r0 <= r1 { block.fill(rows: r0...r1) }
                        }
                    }
                }
            }
        }
    }

    /// The last row of the block of rows from `first` on.
    private static func blockEnd(from first: Int, n: Int, rowStart: UnsafeBufferPointer<Int>) -> Int {
        var last = first
        while last < n && rowStart[last + 2] - rowStart[first] <= blockCells { last += 1 }
        return last
    }

    /// The first row of the block of rows that ends at `last`, when a bead reaches `reach` rows on from it.
    private static func blockStart(to last: Int, reach: Int, n: Int, rowStart: UnsafeBufferPointer<Int>) -> Int {
        var first = last
        let end = rowStart[min(n, last + reach) + 1]
        while first > 0 && end - rowStart[first - 1] <= blockCells { first -= 1 }
        return first
    }

    /// The best path through the band, each step with its posterior probability when `posteriors` is set.
    /// With posteriors the backward pass runs on a second core beside the forward one (it needs
    /// nothing from it), unless the band is small: a news article's passes take less than handing one
    /// to another thread, whose cores a batch keeps busy anyway. A small band's passes both read one
    /// table of its costs, each cost computed once.
    /// A cell keeps its best shape (one byte) and its two log-sums (four bytes each, see `RowRelativeLogs`);
    /// the Viterbi costs and the log-sums in full precision are held for the few rows a bead reaches over.
    func run(band: SearchBand, posteriors: Bool, progress: (@Sendable (Double) -> Void)? = nil) -> [PathStep] {
        guard posteriors else { return viterbi(band: band, logSums: false, table: nil, progress: progress).steps }
        let forwardResult: (steps: [PathStep], alpha: RowRelativeLogs?), beta: RowRelativeLogs
        let table: [Double]?
        if band.cellCount > 20_000 {
            table = nil
            (forwardResult, beta) = sideBySide({ viterbi(band: band, logSums: true, table: nil, progress: progress) },
                                               { backward(band: band, table: nil) })
        } else {
            let costs = costTable(band: band)
            table = costs
            (forwardResult, beta) = costs.withUnsafeBufferPointer { costs in
                (viterbi(band: band, logSums: true, table: costs, progress: progress), backward(band: band, table: costs))
            }
        }
        var steps = forwardResult.steps
        guard let alpha = forwardResult.alpha, let end = band.index(source.count, target.count) else { return steps }
        let stepCosts = pathCosts(steps, band: band, table: table)
        let t = temperature
        let z = alpha.value(cell: end, row: source.count)
        for k in steps.indices {
            let s = steps[k]
            let from = band.index(s.source.lowerBound, s.target.lowerBound)!, to = band.index(s.source.upperBound, s.target.upperBound)!
            let logP = alpha.value(cell: from, row: s.source.lowerBound) - stepCosts[k] / t + beta.value(cell: to, row: s.source.upperBound) - z
            steps[k].posterior = min(1, max(0, Foundation.exp(logP)))
        }
        return steps
    }

    /// Each step's cost: read from the band's table when there is one, otherwise scored a stretch of steps at a time.
    private func pathCosts(_ steps: [PathStep], band: SearchBand, table: [Double]?) -> [Double] {
        let shapeIndex = { (step: PathStep) in shapes.firstIndex { $0.source == step.source.count && $0.target == step.target.count }! }
        if let table {
            return steps.map { table[band.index($0.source.upperBound, $0.target.upperBound)! * shapes.count + shapeIndex($0)] }
        }
        var costs: [Double] = []
        costs.reserveCapacity(steps.count)
        for chunk in stride(from: 0, to: steps.count, by: 4096) {
            let part = steps[chunk..<min(steps.count, chunk + 4096)]
            withKernel(sourceUnits: part.first!.source.lowerBound..<part.last!.source.upperBound,
                       targetUnits: part.first!.target.lowerBound..<part.last!.target.upperBound) { kernel in
                for step in part {
                    costs.append(kernel.cost(prior: shapes[shapeIndex(step)].prior, step.source.lowerBound, step.source.count,
                                             step.target.lowerBound, step.target.count))
                }
            }
        }
        return costs
    }

    /// Every shape's cost into every cell of the band, as `CostBlock` lays them out (NaN where the shape
    /// comes from outside the band).
    func costTable(band: SearchBand) -> [Double] {
        var costs = [Double](repeating: .nan, count: band.cellCount * shapes.count)
        costs.withUnsafeMutableBufferPointer { fillCosts(rows: 0...source.count, band: band, into: $0) }
        return costs
    }

    /// The Viterbi search over the band, a block of rows at a time, and with `logSums` the forward log-sums
    /// beside it; costs read from `table` when given (see `costTable`), otherwise computed a block ahead, on
    /// every core when the log-sums are not wanted (then the backward pass has the other core).
    private func viterbi(band: SearchBand, logSums: Bool, table: UnsafeBufferPointer<Double>?,
                         progress: (@Sendable (Double) -> Void)?) -> (steps: [PathStep], alpha: RowRelativeLogs?) {
        let n = source.count
        let widths = shapes.map { (source: $0.source, target: $0.target, prior: $0.prior) }
        let shapeCount = widths.count
        var best = RowWindow(reach: sourceReach, width: band.maxRowWidth, filledWith: .infinity)
        var alphaWindow = RowWindow(reach: logSums ? sourceReach : 0, width: logSums ? band.maxRowWidth : 1, filledWith: -.infinity)
        var back = [UInt8](repeating: UInt8.max, count: band.cellCount)
        var alpha = logSums ? RowRelativeLogs(rows: n + 1, cells: band.cellCount) : nil
        let layout = best.layout
        let t = temperature
        var blockCosts = [Double](repeating: .nan, count: table == nil ? (BandedDP.blockCells + band.maxRowWidth) * shapeCount : 0)
        lazy var cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        band.withBounds { lo, hi, rowStart in
            best.withBuffer { best in
                alphaWindow.withBuffer { alphaWindow in
                    back.withUnsafeMutableBufferPointer { back in
                        blockCosts.withUnsafeMutableBufferPointer { blockCosts in
                          withUnsafeTemporaryAllocation(of: Double.self, capacity: shapeCount) { terms in
                           withUnsafeTemporaryAllocation(of: Int.self, capacity: shapeCount) { previousRow in
                            var first = 0
                            while first <= n {
                                if let progress { progress(Double(first) / Double(max(n, 1))) }
                                let last = BandedDP.blockEnd(from: first, n: n, rowStart: rowStart)
                                let costs: UnsafeBufferPointer<Double>, base: Int
                                if let table {
                                    (costs, base) = (table, 0)
                                } else {
                                    // Split only a block worth it, and the core count asked once: on Linux it is read
                                    // from the cgroup's files, three system calls that cost a short pair more than its search.
                                    let split = !logSums && rowStart[last + 1] - rowStart[first] >= 2048
                                    fillCosts(rows: first...last, band: band, into: blockCosts, parts: split ? cores : 1)
                                    (costs, base) = (UnsafeBufferPointer(blockCosts), rowStart[first])
                                }
                                for i in first...last {
                                    for s in 0..<shapeCount {
                                        let pi = i - widths[s].source
                                        previousRow[s] = pi >= 0 ? layout.rowOffset(pi, lo: lo[pi]) : 0
                                    }
                                    let row = layout.rowOffset(i, lo: lo[i])
                                    for j in lo[i]...hi[i] {
                                        if i == 0 && j == 0 {
                                            best[row + j] = 0
                                            if logSums { alphaWindow[row + j] = 0 }
                                            continue
                                        }
                                        let here = rowStart[i] + j - lo[i]
                                        let cell = (here - base) * shapeCount
                                        var bestCost = Double.infinity
                                        var bestShape = UInt8.max
                                        var count = 0
                                        for s in 0..<shapeCount {
                                            let c = costs[cell + s]
                                            guard !c.isNaN else { continue }
                                            let prev = previousRow[s] + j - widths[s].target
                                            guard best[prev].isFinite else { continue }
                                            let total = best[prev] + c
                                            if total < bestCost { bestCost = total; bestShape = UInt8(s) }
                                            if logSums {
                                                terms[count] = alphaWindow[prev] - (t == 1 ? c : c / t)   // c / 1 is c: the division skipped
                                                count += 1
                                            }
                                        }
                                        best[row + j] = bestCost
                                        back[here] = bestShape
                                        if logSums { alphaWindow[row + j] = BandedDP.logSumExp(UnsafeBufferPointer(rebasing: terms[0..<count])) }
                                    }
                                    if logSums {
                                        alpha!.store(row: i, first: rowStart[i], count: hi[i] - lo[i] + 1, from: alphaWindow.baseAddress! + row + lo[i])
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
        }
        return (traceback(back, band: band), alpha)
    }

    /// The best path, read back from each cell's best shape: counted first, then written from its end, so
    /// that a long path is held once (not grown by doubling and then reversed).
    private func traceback(_ back: [UInt8], band: SearchBand) -> [PathStep] {
        func walk(_ visit: (BeadShape, Int, Int) -> Void) {
            var i = source.count, j = target.count
            while i > 0 || j > 0 {
                guard let here = band.index(i, j), back[here] != UInt8.max else { break }
                let shape = shapes[Int(back[here])]
                visit(shape, i, j)
                i -= shape.source
                j -= shape.target
            }
        }
        var count = 0
        walk { _, _, _ in count += 1 }
        let empty = PathStep(source: 0..<0, target: 0..<0, posterior: 1)
        var steps = [PathStep](repeating: empty, count: count)
        var k = count
        walk { shape, i, j in
            k -= 1
            steps[k] = PathStep(source: (i - shape.source)..<i, target: (j - shape.target)..<j, posterior: 1)
        }
        return steps
    }

    /// The backward log-sums, a block of rows at a time from the last; costs read from `table` when given
    /// (a bead's cost is kept at the cell it ends in), otherwise computed for the rows the block's beads end in.
    private func backward(band: SearchBand, table: UnsafeBufferPointer<Double>?) -> RowRelativeLogs {
        let n = source.count, m = target.count
        let widths = shapes.map { (source: $0.source, target: $0.target, prior: $0.prior) }
        let shapeCount = widths.count
        var betaWindow = RowWindow(reach: sourceReach, width: band.maxRowWidth, filledWith: -.infinity)
        var beta = RowRelativeLogs(rows: n + 1, cells: band.cellCount)
        let layout = betaWindow.layout
        let t = temperature
        var blockCosts = [Double](repeating: .nan, count: table == nil ? (BandedDP.blockCells + (sourceReach + 1) * band.maxRowWidth) * shapeCount : 0)
        band.withBounds { lo, hi, rowStart in
            betaWindow.withBuffer { window in
                blockCosts.withUnsafeMutableBufferPointer { blockCosts in
                  withUnsafeTemporaryAllocation(of: Double.self, capacity: shapeCount) { terms in
                    withUnsafeTemporaryAllocation(of: Int.self, capacity: shapeCount) { nextRow in
                      var last = n
                      while last >= 0 {
                        let first = BandedDP.blockStart(to: last, reach: sourceReach, n: n, rowStart: rowStart)
                        let costs: UnsafeBufferPointer<Double>, base: Int
                        if let table {
                            (costs, base) = (table, 0)
                        } else {
                            fillCosts(rows: first...min(n, last + sourceReach), band: band, into: blockCosts)
                            (costs, base) = (UnsafeBufferPointer(blockCosts), rowStart[first])
                        }
                        for i in stride(from: last, through: first, by: -1) {
                            for s in 0..<shapeCount {
                                let ni = i + widths[s].source
                                nextRow[s] = ni <= n ? layout.rowOffset(ni, lo: lo[ni]) : 0
                            }
                            let row = layout.rowOffset(i, lo: lo[i])
                            for j in stride(from: hi[i], through: lo[i], by: -1) {
                                if i == n && j == m { window[row + j] = 0; continue }
                                var count = 0
                                for s in 0..<shapeCount {
                                    let w = widths[s]
                                    let ni = i + w.source, nj = j + w.target
                                    guard ni <= n, nj >= lo[ni], nj <= hi[ni] else { continue }
                                    let next = nextRow[s] + nj
                                    guard window[next] > -.infinity else { continue }
                                    let c = costs[(rowStart[ni] + nj - lo[ni] - base) * shapeCount + s]
                                    terms[count] = window[next] - (t == 1 ? c : c / t)   // c / 1 is c: the division skipped
                                    count += 1
                                }
                                window[row + j] = BandedDP.logSumExp(UnsafeBufferPointer(rebasing: terms[0..<count]))
                            }
                            beta.store(row: i, first: rowStart[i], count: hi[i] - lo[i] + 1, from: window.baseAddress! + row + lo[i])
                        }
                        last = first - 1
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
        let otherSignature = opposite.signature[oppositeRun]
        for k in lo..<lo + count {
            // The signatures settle most sentences without reading a list: none of its specific anchors, or
            // none that can be in the other side.
            let own = side.specific[k - side.offset]
            if own == 0 { total += memberPenalty.unanchored; continue }
            if own & otherSignature == 0 { total += memberPenalty.untied; continue }
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
