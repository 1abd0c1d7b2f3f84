import Foundation

/// Sentences (or blocks) of one side as the dynamic program sees them.
struct AlignmentUnits: Sendable {
    let prefixLength: [Double]
    let anchors: [[UInt32]]
    /// Number of units with at least one anchor before each position: spans without any are skipped fast.
    let anchoredPrefix: [Int]

    init(_ features: [SentenceFeatures]) {
        var p = [0.0], a = [0]
        p.reserveCapacity(features.count + 1)
        a.reserveCapacity(features.count + 1)
        for f in features {
            p.append(p.last! + f.length)
            a.append(a.last! + (f.anchors.isEmpty ? 0 : 1))
        }
        prefixLength = p
        anchoredPrefix = a
        anchors = features.map(\.anchors)
    }

    var count: Int { anchors.count }

    @inline(__always) func length(_ lo: Int, _ hi: Int) -> Double { prefixLength[hi] - prefixLength[lo] }
    @inline(__always) func hasAnchors(_ lo: Int, _ hi: Int) -> Bool { anchoredPrefix[hi] > anchoredPrefix[lo] }

    /// The anchors of a span, sorted: each unit's list is sorted, so they are merged run by run.
    func gather(_ lo: Int, _ hi: Int, into buffer: inout [UInt32], scratch: inout [UInt32]) {
        buffer.removeAll(keepingCapacity: true)
        buffer.append(contentsOf: anchors[lo])
        for k in (lo + 1)..<max(hi, lo + 1) {
            let next = anchors[k]
            if next.isEmpty { continue }
            if buffer.isEmpty || buffer[buffer.count - 1] <= next[0] { buffer.append(contentsOf: next); continue }
            scratch.removeAll(keepingCapacity: true)
            var i = 0, j = 0
            while i < buffer.count && j < next.count {
                if buffer[i] <= next[j] { scratch.append(buffer[i]); i += 1 } else { scratch.append(next[j]); j += 1 }
            }
            scratch.append(contentsOf: buffer[i...])
            scratch.append(contentsOf: next[j...])
            swap(&buffer, &scratch)
        }
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

    private var scratchA: [UInt32] = []
    private var scratchB: [UInt32] = []
    private var mergeScratch: [UInt32] = []

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
            if i1 - i0 == 1 && j1 - j0 == 1 {
                evidence = scorer.anchorEvidence(source.anchors[i0], target.anchors[j0])
            } else {
                source.gather(i0, i1, into: &scratchA, scratch: &mergeScratch)
                target.gather(j0, j1, into: &scratchB, scratch: &mergeScratch)
                evidence = scorer.anchorEvidence(scratchA, scratchB)
            }
        }
        return scorer.cost(shape: shape, sourceLength: source.length(i0, i1), targetLength: target.length(j0, j1), evidence: evidence)
    }

    /// The best path through the band, each step with its posterior probability when `posteriors` is set.
    mutating func run(band: SearchBand, posteriors: Bool) -> [PathStep] {
        let n = source.count, m = target.count
        let cells = band.cellCount
        var best = [Double](repeating: .infinity, count: cells)
        var back = [UInt8](repeating: UInt8.max, count: cells)
        var alpha = posteriors ? [Double](repeating: -.infinity, count: cells) : []
        let t = temperature
        best[0] = 0
        if posteriors { alpha[0] = 0 }
        for i in 0...n {
            for j in band.lo[i]...band.hi[i] {
                if i == 0 && j == 0 { continue }
                let here = band.rowStart[i] + j - band.lo[i]
                var bestCost = Double.infinity
                var bestShape = UInt8.max
                var logSum = -Double.infinity
                for (s, shape) in shapes.enumerated() {
                    let pi = i - shape.source, pj = j - shape.target
                    guard pi >= 0, pj >= 0, let prev = band.index(pi, pj), best[prev].isFinite else { continue }
                    let c = cost(shape, pi, i, pj, j)
                    let total = best[prev] + c
                    if total < bestCost { bestCost = total; bestShape = UInt8(s) }
                    if posteriors { logSum = BandedDP.logAdd(logSum, alpha[prev] - c / t) }
                }
                best[here] = bestCost
                back[here] = bestShape
                if posteriors { alpha[here] = logSum }
            }
        }
        // Trace back the Viterbi path.
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
        guard posteriors, let end = band.index(n, m) else { return steps }
        let beta = backward(band: band)
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

    private mutating func backward(band: SearchBand) -> [Double] {
        let n = source.count
        var beta = [Double](repeating: -.infinity, count: band.cellCount)
        beta[band.index(n, target.count)!] = 0
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: band.hi[i], through: band.lo[i], by: -1) {
                let here = band.rowStart[i] + j - band.lo[i]
                if i == n && j == target.count { continue }
                var logSum = -Double.infinity
                for shape in shapes {
                    let ni = i + shape.source, nj = j + shape.target
                    guard let next = band.index(ni, nj), beta[next] > -.infinity else { continue }
                    logSum = BandedDP.logAdd(logSum, beta[next] - cost(shape, i, ni, j, nj) / temperature)
                }
                beta[here] = logSum
            }
        }
        return beta
    }

    @inline(__always) static func logAdd(_ a: Double, _ b: Double) -> Double {
        if a == -.infinity { return b }
        if b == -.infinity { return a }
        return a > b ? a + Foundation.log1p(Foundation.exp(b - a)) : b + Foundation.log1p(Foundation.exp(a - b))
    }
}
