import Foundation

/// Sentences (or blocks) of one side as the dynamic program sees them. Anchors are stored flat
/// (each unit's sorted ids one after another), so a span's anchors are one contiguous run and the
/// inner loop touches no nested arrays.
struct AlignmentUnits: Sendable {
    let prefixLength: [Double]
    /// Ids of all units' anchors; unit k's are `flat[start[k]..<start[k + 1]]`, sorted.
    let flat: [UInt32]
    let start: [Int]
    /// Number of units with at least one anchor before each position: spans without any are skipped fast.
    let anchoredPrefix: [Int]

    init(_ features: [SentenceFeatures]) {
        var p = [0.0], a = [0], st = [0]
        var flat: [UInt32] = []
        p.reserveCapacity(features.count + 1)
        a.reserveCapacity(features.count + 1)
        st.reserveCapacity(features.count + 1)
        for f in features {
            p.append(p.last! + f.length)
            a.append(a.last! + (f.anchors.isEmpty ? 0 : 1))
            flat.append(contentsOf: f.anchors)
            st.append(flat.count)
        }
        prefixLength = p
        anchoredPrefix = a
        start = st
        self.flat = flat
    }

    var count: Int { start.count - 1 }

    @inline(__always) func length(_ lo: Int, _ hi: Int) -> Double { prefixLength[hi] - prefixLength[lo] }
    @inline(__always) func hasAnchors(_ lo: Int, _ hi: Int) -> Bool { anchoredPrefix[hi] > anchoredPrefix[lo] }
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

    /// Sorted copies of multi-unit spans' anchors (a span's run is sorted per unit, not as a whole).
    private var scratchA: [UInt32] = []
    private var scratchB: [UInt32] = []

    init(source: AlignmentUnits, target: AlignmentUnits, scorer: BeadScorer, shapes: [BeadShape], temperature: Double) {
        self.source = source
        self.target = target
        self.scorer = scorer
        self.shapes = shapes
        self.temperature = temperature
    }

    mutating func cost(_ shape: BeadShape, _ i0: Int, _ i1: Int, _ j0: Int, _ j1: Int) -> Double {
        var evidence = AnchorEvidence.none
        if i1 > i0, j1 > j0, source.hasAnchors(i0, i1) || target.hasAnchors(j0, j1) {
            evidence = BandedDP.evidence(source, i0, i1, &scratchA, target, j0, j1, &scratchB, scorer)
        }
        return scorer.cost(shape: shape, sourceLength: source.length(i0, i1), targetLength: target.length(j0, j1), evidence: evidence)
    }

    /// The anchor evidence of two spans, each span's run sorted in its scratch when it has several units.
    static func evidence(_ a: AlignmentUnits, _ i0: Int, _ i1: Int, _ scratchA: inout [UInt32],
                         _ b: AlignmentUnits, _ j0: Int, _ j1: Int, _ scratchB: inout [UInt32], _ scorer: BeadScorer) -> AnchorEvidence {
        let aLo = a.start[i0], aHi = a.start[i1], bLo = b.start[j0], bHi = b.start[j1]
        if aLo == aHi || bLo == bHi {
            // One side has no anchor: nothing matches, the total is the other side's weight.
            return scorer.weights.withUnsafeBufferPointer { w in
                var total = 0.0
                if aLo < aHi { for k in aLo..<aHi { total += w[Int(a.flat[k])] } }
                if bLo < bHi { for k in bLo..<bHi { total += w[Int(b.flat[k])] } }
                return AnchorEvidence(matched: 0, total: total)
            }
        }
        return a.flat.withUnsafeBufferPointer { fa in
            b.flat.withUnsafeBufferPointer { fb in
                withSorted(fa, aLo, aHi, single: i1 - i0 == 1, &scratchA) { x in
                    withSorted(fb, bLo, bHi, single: j1 - j0 == 1, &scratchB) { y in scorer.anchorEvidence(x, y) }
                }
            }
        }
    }

    /// Calls `body` with `flat[lo..<hi]` sorted: as it is for one unit (its run is sorted), else copied
    /// into `scratch` and sorted.
    @inline(__always) static func withSorted<R>(_ flat: UnsafeBufferPointer<UInt32>, _ lo: Int, _ hi: Int, single: Bool, _ scratch: inout [UInt32],
                                                _ body: (UnsafeBufferPointer<UInt32>) -> R) -> R {
        if single { return body(UnsafeBufferPointer(rebasing: flat[lo..<hi])) }
        let count = hi - lo
        if scratch.count < count { scratch = [UInt32](repeating: 0, count: max(count, 2 * scratch.count)) }
        return scratch.withUnsafeMutableBufferPointer { s in
            if count <= 32 {
                for k in 0..<count {
                    let v = flat[lo + k]
                    var j = k - 1
                    while j >= 0 && s[j] > v { s[j + 1] = s[j]; j -= 1 }
                    s[j + 1] = v
                }
            } else {
                // Coarse levels merge blocks with hundreds of anchors: insertion sort would be quadratic.
                for k in 0..<count { s[k] = flat[lo + k] }
                var part = UnsafeMutableBufferPointer(rebasing: s[0..<count])
                part.sort()
            }
            return body(UnsafeBufferPointer(rebasing: s[0..<count]))
        }
    }

    /// The best path through the band, each step with its posterior probability when `posteriors` is set.
    /// With posteriors the backward pass runs on a second core beside the forward one (it needs
    /// nothing from it), on its own copy of the scratch buffers.
    mutating func run(band: SearchBand, posteriors: Bool, progress: (@Sendable (Double) -> Void)? = nil) -> [PathStep] {
        guard posteriors else { return forward(band: band, posteriors: false, progress: progress).steps }
        let betaSlot = ConcurrentSlots<[Double]>(count: 1)
        let forwardSlot = ConcurrentSlots<(steps: [PathStep], alpha: [Double])>(count: 1)
        let copy = self
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            var dp = copy
            if k == 0 {
                forwardSlot.set(0, dp.forward(band: band, posteriors: true, progress: progress))
            } else {
                betaSlot.set(0, dp.backward(band: band))
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
    private mutating func forward(band: SearchBand, posteriors: Bool, progress: (@Sendable (Double) -> Void)? = nil) -> (steps: [PathStep], alpha: [Double]) {
        let n = source.count, m = target.count
        let cells = band.cellCount
        var best = [Double](repeating: .infinity, count: cells)
        var back = [UInt8](repeating: UInt8.max, count: cells)
        var alpha = posteriors ? [Double](repeating: -.infinity, count: cells) : []
        let t = temperature
        var terms: [Double] = []
        terms.reserveCapacity(shapes.count)
        best[0] = 0
        if posteriors { alpha[0] = 0 }
        for i in 0...n {
            if let progress, i & 4095 == 0 { progress(Double(i) / Double(max(n, 1))) }
            for j in band.lo[i]...band.hi[i] {
                if i == 0 && j == 0 { continue }
                let here = band.rowStart[i] + j - band.lo[i]
                var bestCost = Double.infinity
                var bestShape = UInt8.max
                terms.removeAll(keepingCapacity: true)
                for (s, shape) in shapes.enumerated() {
                    let pi = i - shape.source, pj = j - shape.target
                    guard pi >= 0, pj >= 0, let prev = band.index(pi, pj), best[prev].isFinite else { continue }
                    let c = cost(shape, pi, i, pj, j)
                    let total = best[prev] + c
                    if total < bestCost { bestCost = total; bestShape = UInt8(s) }
                    if posteriors { terms.append(alpha[prev] - c / t) }
                }
                best[here] = bestCost
                back[here] = bestShape
                if posteriors { alpha[here] = BandedDP.logSumExp(terms) }
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

    private mutating func backward(band: SearchBand) -> [Double] {
        let n = source.count
        var beta = [Double](repeating: -.infinity, count: band.cellCount)
        var terms: [Double] = []
        terms.reserveCapacity(shapes.count)
        beta[band.index(n, target.count)!] = 0
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: band.hi[i], through: band.lo[i], by: -1) {
                let here = band.rowStart[i] + j - band.lo[i]
                if i == n && j == target.count { continue }
                terms.removeAll(keepingCapacity: true)
                for shape in shapes {
                    let ni = i + shape.source, nj = j + shape.target
                    guard let next = band.index(ni, nj), beta[next] > -.infinity else { continue }
                    terms.append(beta[next] - cost(shape, i, ni, j, nj) / temperature)
                }
                beta[here] = BandedDP.logSumExp(terms)
            }
        }
        return beta
    }

    /// log Σ exp(x): one log and one exp per term around the largest, instead of a log1p per pair.
    @inline(__always) static func logSumExp(_ xs: [Double]) -> Double {
        guard var top = xs.first else { return -.infinity }
        for x in xs where x > top { top = x }
        if top == -.infinity { return top }
        var sum = 0.0
        for x in xs { sum += Foundation.exp(x - top) }
        return top + Foundation.log(sum)
    }

    @inline(__always) static func logAdd(_ a: Double, _ b: Double) -> Double {
        if a == -.infinity { return b }
        if b == -.infinity { return a }
        return a > b ? a + Foundation.log1p(Foundation.exp(b - a)) : b + Foundation.log1p(Foundation.exp(a - b))
    }
}
