import Foundation
import Testing
@testable import BitextText
@testable import BitextAlignment

@Suite struct DynamicProgramTests {
    func randomSide(_ rng: inout SplitMix, count: Int) -> [SentenceFeatures] {
        (0..<count).map { _ in
            let anchors = (0..<Int(rng.next() % 4)).map { _ in UInt32(rng.next() % 150) }.sorted()
            return SentenceFeatures(length: Double(5 + rng.next() % 180), anchors: anchors)
        }
    }

    func dp(_ src: [SentenceFeatures], _ tgt: [SentenceFeatures], _ rng: inout SplitMix, temperature: Double = 1,
            memberPenalty: MemberPenalty = .none, wholeRunsUpTo: Int = BandedDP.wholeRunsUpTo) -> BandedDP {
        let weights = (0..<150).map { _ in Double(1 + rng.next() % 8) / 4 }
        let scorer = BeadScorer(length: LengthModel(ratio: 1.1, variance: 6.8), anchorWeight: 2.5, overlapWeight: 3, skipCost: 0, weights: weights,
                                memberPenalty: memberPenalty)
        return BandedDP(source: src, target: tgt, scorer: scorer, shapes: BeadShape.standard, temperature: temperature, wholeRunsUpTo: wholeRunsUpTo)
    }

    /// A band around a random monotone path through an n × m matrix.
    func randomBand(_ rng: inout SplitMix, n: Int, m: Int, margin: Int) -> SearchBand {
        var cuts: [(source: Range<Int>, target: Range<Int>)] = []
        var (i, j) = (0, 0)
        while i < n || j < m {
            let di = i < n ? 1 + Int(rng.next() % 2) : 0, dj = j < m ? 1 + Int(rng.next() % 2) : 0
            cuts.append((i..<min(n, i + di), j..<min(m, j + dj)))
            (i, j) = (min(n, i + di), min(m, j + dj))
        }
        return .around(cuts, n: n, m: m, margin: margin)
    }

    /// The forward and backward log-sums over the whole band in Doubles, cell by cell from `cost`: what
    /// the passes that keep a few rows in full and four bytes a cell must reproduce.
    func referencePosteriors(_ program: BandedDP, band: SearchBand, steps: [PathStep], n: Int, m: Int) -> [Double] {
        var alpha = [Double](repeating: -.infinity, count: band.cellCount), beta = alpha
        let t = program.temperature
        func logAdd(_ a: Double, _ b: Double) -> Double {
            let top = max(a, b)
            return top == -.infinity ? top : top + Foundation.log(Foundation.exp(a - top) + Foundation.exp(b - top))
        }
        alpha[0] = 0
        for i in 0...n {
            for j in 0...m {
                guard let here = band.index(i, j), i + j > 0 else { continue }
                for shape in program.shapes {
                    let (pi, pj) = (i - shape.source, j - shape.target)
                    guard pi >= 0, pj >= 0, let prev = band.index(pi, pj), alpha[prev] > -.infinity else { continue }
                    alpha[here] = logAdd(alpha[here], alpha[prev] - program.cost(shape, pi, i, pj, j) / t)
                }
            }
        }
        beta[band.index(n, m)!] = 0
        for i in stride(from: n, through: 0, by: -1) {
            for j in stride(from: m, through: 0, by: -1) {
                guard let here = band.index(i, j), i + j < n + m else { continue }
                for shape in program.shapes {
                    let (ni, nj) = (i + shape.source, j + shape.target)
                    guard ni <= n, nj <= m, let next = band.index(ni, nj), beta[next] > -.infinity else { continue }
                    beta[here] = logAdd(beta[here], beta[next] - program.cost(shape, i, ni, j, nj) / t)
                }
            }
        }
        let z = alpha[band.index(n, m)!]
        return steps.map { s in
            let shape = program.shapes.first { $0.source == s.source.count && $0.target == s.target.count }!
            let c = program.cost(shape, s.source.lowerBound, s.source.upperBound, s.target.lowerBound, s.target.upperBound)
            let logP = alpha[band.index(s.source.lowerBound, s.target.lowerBound)!] - c / t + beta[band.index(s.source.upperBound, s.target.upperBound)!] - z
            return min(1, max(0, Foundation.exp(logP)))
        }
    }

    /// The passes read the runs of each block's stretch of the two sides (a long pair's way) or of the whole
    /// pair (a short one's): the same path and the same posteriors to the last bit, on a small band (one
    /// table of costs), a band over 20,000 cells (costs a block at a time) and a narrow band; and the
    /// posteriors are the full-precision forward-backward's within 2·10⁻⁶ (a confidence is written with three decimals).
    @Test(arguments: [(0, 60, 55, 0), (1, 260, 240, 0), (2, 400, 420, 6)])
    func blockRunsAndStoredLogSumsGiveTheFullPosteriors(seed: Int, n: Int, m: Int, margin: Int) {
        var rng = SplitMix(seed: UInt64(500 + seed))
        let src = randomSide(&rng, count: n), tgt = randomSide(&rng, count: m)
        var copy = rng
        let penalty = MemberPenalty(untied: 1.1, unanchored: 0.4)
        let whole = dp(src, tgt, &rng, temperature: 1.7, memberPenalty: penalty)
        let stretches = dp(src, tgt, &copy, temperature: 1.7, memberPenalty: penalty, wholeRunsUpTo: 0)
        let band = margin == 0 ? SearchBand.full(n: n, m: m) : randomBand(&rng, n: n, m: m, margin: margin)
        let a = whole.run(band: band, posteriors: true), b = stretches.run(band: band, posteriors: true)
        #expect(a.map { [$0.source, $0.target] } == b.map { [$0.source, $0.target] })
        #expect(a.map(\.posterior.bitPattern) == b.map(\.posterior.bitPattern))
        #expect(whole.run(band: band, posteriors: false) .map { [$0.source, $0.target] } == a.map { [$0.source, $0.target] })
        let reference = referencePosteriors(whole, band: band, steps: a, n: n, m: m)
        let worst = zip(a, reference).map { abs($0.posterior - $1) }.max() ?? 0
        #expect(worst < 2e-6, "largest difference \(worst)")
        #expect(a.contains { $0.posterior < 0.99 })
    }

    /// The Viterbi pass that scores blocks of rows on several threads decides as the fused forward pass does.
    /// Large matrices are split across threads; a news pair's (30 × 28, under 2,048 cells) is scored in one part, in place.
    @Test(arguments: [(0, 500, 480), (1, 500, 480), (2, 500, 480), (3, 30, 28), (4, 30, 28), (5, 1, 3)])
    func blockScoredViterbiFindsTheForwardPath(seed: Int, sourceCount: Int, targetCount: Int) {
        var rng = SplitMix(seed: UInt64(100 + seed))
        let src = randomSide(&rng, count: sourceCount), tgt = randomSide(&rng, count: targetCount)
        let program = dp(src, tgt, &rng)
        let band = SearchBand.full(n: src.count, m: tgt.count)
        let viterbi = program.run(band: band, posteriors: false).map { [$0.source, $0.target] }
        let forward = program.run(band: band, posteriors: true).map { [$0.source, $0.target] }
        #expect(viterbi == forward)
        #expect(viterbi.flatMap { $0[0] } == Array(0..<sourceCount))
        #expect(viterbi.flatMap { $0[1] } == Array(0..<targetCount))
    }

    /// A bead's cost from the precomputed span runs, signatures and scaled lengths is the scorer's own.
    @Test func spanCostsAreTheScorersCosts() {
        var rng = SplitMix(seed: 5)
        let src = randomSide(&rng, count: 40), tgt = randomSide(&rng, count: 40)
        let program = dp(src, tgt, &rng)
        for shape in BeadShape.standard where shape.source > 0 && shape.target > 0 {
            for i in 0...(40 - shape.source) {
                for j in 0...(40 - shape.target) {
                    let a = src[i..<(i + shape.source)].flatMap(\.anchors).sorted(), b = tgt[j..<(j + shape.target)].flatMap(\.anchors).sorted()
                    let expected = program.scorer.cost(shape: shape, sourceLength: src[i..<(i + shape.source)].reduce(0) { $0 + $1.length },
                                                       targetLength: tgt[j..<(j + shape.target)].reduce(0) { $0 + $1.length },
                                                       evidence: program.scorer.anchorEvidence(a, b))
                    #expect(program.cost(shape, i, i + shape.source, j, j + shape.target) == expected)
                }
            }
        }
    }

    /// With a pair's one-sided model on, a linked bead pays for each sentence that shares none of its specific
    /// anchors with the other side (untied) or has none (unanchored), judged here from the anchor lists alone;
    /// the program settles most sentences from signatures and must come to the same sum.
    @Test func memberPenaltyIsEachUntiedSentencesCost() {
        var rng = SplitMix(seed: 9)
        let src = randomSide(&rng, count: 40), tgt = randomSide(&rng, count: 40)
        let penalty = MemberPenalty(untied: 1.1, unanchored: 0.4)
        let program = dp(src, tgt, &rng, memberPenalty: penalty)
        let specific = { (anchors: [UInt32]) in anchors.filter { program.scorer.weights[Int($0)] >= NullModel.specificWeight } }
        func members(_ side: ArraySlice<SentenceFeatures>, opposite: [UInt32]) -> Double {
            side.reduce(0) { total, sentence in
                let own = specific(sentence.anchors)
                return total + (own.isEmpty ? penalty.unanchored : NullModel.shares(own, opposite) ? 0 : penalty.untied)
            }
        }
        var judged = (untied: 0, unanchored: 0)
        for shape in BeadShape.standard where shape.source > 0 && shape.target > 0 {
            for i in 0...(40 - shape.source) {
                for j in 0...(40 - shape.target) {
                    let sourceSpan = src[i..<(i + shape.source)], targetSpan = tgt[j..<(j + shape.target)]
                    let a = sourceSpan.flatMap(\.anchors).sorted(), b = targetSpan.flatMap(\.anchors).sorted()
                    let base = program.scorer.cost(shape: shape, sourceLength: sourceSpan.reduce(0) { $0 + $1.length },
                                                   targetLength: targetSpan.reduce(0) { $0 + $1.length }, evidence: program.scorer.anchorEvidence(a, b))
                    let expected = base + members(sourceSpan, opposite: b) + members(targetSpan, opposite: a)
                    #expect(abs(program.cost(shape, i, i + shape.source, j, j + shape.target) - expected) < 1e-9, "\(shape) \(i) \(j)")
                    if shape.source == 1 && shape.target == 1 {
                        let own = specific(src[i].anchors)
                        if own.isEmpty { judged.unanchored += 1 } else if !NullModel.shares(own, b) { judged.untied += 1 }
                    }
                }
            }
        }
        // Both kinds of untied sentence occur, so that both are checked.
        #expect(judged.untied > 100 && judged.unanchored > 100)
    }

    /// The cost table, filled a row's run of cells at a time, holds each bead's cost as one cell alone
    /// gives it, to the last bit, and NaN where the shape comes from outside the band: on a whole matrix
    /// and on narrow bands around a random path (where runs are cut short at both ends), with zero lengths.
    @Test(arguments: 0..<3)
    func costTableHoldsEachCellsCost(seed: Int) {
        var rng = SplitMix(seed: UInt64(300 + seed))
        var src = randomSide(&rng, count: 60), tgt = randomSide(&rng, count: 55)
        src[3].length = 0
        tgt[7].length = 0
        tgt[8].length = 0
        let program = dp(src, tgt, &rng)
        var cuts: [(source: Range<Int>, target: Range<Int>)] = []
        var (i, j) = (0, 0)
        while i < 60 || j < 55 {
            let di = i < 60 ? 1 + Int(rng.next() % 2) : 0, dj = j < 55 ? 1 + Int(rng.next() % 2) : 0
            cuts.append((i..<min(60, i + di), j..<min(55, j + dj)))
            (i, j) = (min(60, i + di), min(55, j + dj))
        }
        let shapes = BeadShape.standard
        for band in [SearchBand.full(n: 60, m: 55), .around(cuts, n: 60, m: 55, margin: 2), .around(cuts, n: 60, m: 55, margin: 5)] {
            let table = program.costTable(band: band)
            var checked = 0
            for i in 0...60 {
                guard let j0 = (0...55).first(where: { band.index(i, $0) != nil }) else { continue }
                for j in j0...55 {
                    guard let here = band.index(i, j) else { break }
                    for (s, shape) in shapes.enumerated() {
                        let c = table[here * shapes.count + s]
                        let (pi, pj) = (i - shape.source, j - shape.target)
                        if pi >= 0, pj >= 0, band.index(pi, pj) != nil {
                            #expect(c.bitPattern == program.cost(shape, pi, i, pj, j).bitPattern, "\(i) \(j) \(shape)")
                            checked += 1
                        } else {
                            #expect(c.isNaN)
                        }
                    }
                }
            }
            #expect(checked > 1_000)
        }
    }

    /// Each occurrence matches at most once; the total is both sides' weights.
    @Test func anchorEvidenceCountsEachOccurrenceOnce() {
        let scorer = BeadScorer(length: LengthModel(ratio: 1, variance: 6.8), anchorWeight: 1, skipCost: 0, weights: [0, 1, 0, 2, 0, 4, 0, 8])
        #expect(scorer.anchorEvidence([1, 3, 3, 5], [3, 5, 5, 7]) == AnchorEvidence(matched: 6, total: 27))
        #expect(scorer.anchorEvidence([1], [7]) == AnchorEvidence(matched: 0, total: 9))
        #expect(scorer.anchorEvidence([], [3, 5]) == AnchorEvidence(matched: 0, total: 6))
    }
}

@Suite struct NormalizationTests {
    /// A long text is normalised line by line where the quick check fails: the result is NFC, equivalent
    /// to the input, and each line is what normalising it alone gives.
    @Test func longTextsAreNormalisedLineByLine() {
        let composed = "Thủ tướng Nguyễn Xuân Phúc gặp Y-ô-si-hi-cô Nô-đa."
        let decomposed = "Thu\u{309} tu\u{31B}o\u{31B}\u{301}ng Nguye\u{302}\u{303}n Xua\u{302}n Phu\u{301}c."
        let lines = (0..<3000).map { $0 % 7 == 3 ? decomposed : composed + " \($0)" }
        let text = lines.joined(separator: "\n")
        #expect(text.utf8.count > 1 << 16)
        let out = Normalization.normalize(text)
        #expect(Normalization.isCertainlyNFC(out))
        #expect(out == text)   // canonically equivalent
        #expect(out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == lines.map { Normalization.normalize($0) })
        #expect(!Normalization.isCertainlyNFC(decomposed) && Normalization.isCertainlyNFC(composed))
    }
}
