/// Links the sentences of two independent accounts of one event that carry the same content,
/// in any order: each candidate pair is scored by the anchors it shares, the best pairs are taken
/// greedily (every sentence in at most one link), then a link takes in a neighbouring sentence
/// when that sentence's own anchors are found opposite (a 1-2 or 2-1 group).
public struct ComparableAligner: Sendable {
    public struct Settings: Sendable, Equatable {
        /// A link needs at least this much matched anchor weight: more than one shared country name.
        public var minMatched = 1.4
        /// … and at least this weighted share of the pair's anchors in common.
        public var minOverlap = 0.3
        /// … and at least this many different anchors.
        public var minDistinct = 2
        /// A single shared anchor makes a link only when it is this rare (weight 1: once on each side)…
        public var singleAnchorWeight = 1.0
        /// … and this much of both sentences' anchors.
        public var singleAnchorOverlap = 0.6
        /// … and a score (matched weight × overlap) of at least this.
        public var minScore = 0.8
        /// Anchors in more target sentences than this do not propose candidate pairs.
        public var maxPostings = 16
        /// Score at which confidence is one half.
        public var midScore = 1.0
        public init() {}
    }

    public var settings: Settings

    public init(settings: Settings = Settings()) {
        self.settings = settings
    }

    struct Candidate {
        var source: [Int]
        var target: [Int]
        var evidence: AnchorEvidence
        var distinct: Int
        var score: Double { evidence.total > 0 ? evidence.matched * (2 * evidence.matched / evidence.total) : 0 }
    }

    /// The links, sorted by source position, then every unlinked sentence as a 1-0 or 0-1 bead.
    public func align(_ features: PairFeatures) -> [Bead] {
        // Each sentence's anchors in order, put so once (`PairFeatures.build` sorts them; features built
        // otherwise may not be): candidates are then merged and counted as they are.
        var f = features
        for k in f.source.indices where !ComparableAligner.inOrder(f.source[k].anchors) { f.source[k].anchors.sort() }
        for k in f.target.indices where !ComparableAligner.inOrder(f.target[k].anchors) { f.target[k].anchors.sort() }
        let scorer = BeadScorer(length: LengthModel(ratio: 1, variance: 1), anchorWeight: 0, skipCost: 0, weights: f.weights)
        // Per anchor id (ids are dense), the target sentences that hold it, in order.
        var byAnchor = [[Int]](repeating: [], count: f.weights.count)
        for (j, t) in f.target.enumerated() { ComparableAligner.forEachDistinct(t.anchors) { byAnchor[Int($0)].append(j) } }
        var candidates: [Candidate] = []
        // Target sentences already proposed for the current source sentence (marked with its index).
        var proposedFor = [Int](repeating: -1, count: f.target.count)
        for (i, s) in f.source.enumerated() {
            var targets: [Int] = []
            // An anchor found in many sentences weighs little and would make the search quadratic:
            // it counts in the evidence but does not propose candidates.
            ComparableAligner.forEachDistinct(s.anchors) { a in
                let postings = byAnchor[Int(a)]
                guard postings.count <= settings.maxPostings else { return }
                for j in postings where proposedFor[j] != i {
                    proposedFor[j] = i
                    targets.append(j)
                }
            }
            for j in targets.sorted() {
                let c = candidate([i], [j], f, scorer)
                if accepts(c) { candidates.append(c) }
            }
        }
        // Best first; ties broken by position so that the result is deterministic.
        candidates.sort { ($0.score, -$0.source[0], -$0.target[0]) > ($1.score, -$1.source[0], -$1.target[0]) }
        var bestScore: [Int: Double] = [:], bestScoreTarget: [Int: Double] = [:]
        for c in candidates {
            bestScore[c.source[0]] = max(bestScore[c.source[0]] ?? 0, c.score)
            bestScoreTarget[c.target[0]] = max(bestScoreTarget[c.target[0]] ?? 0, c.score)
        }
        var usedSource = Set<Int>(), usedTarget = Set<Int>()
        var links: [Candidate] = []
        for c in candidates where !usedSource.contains(c.source[0]) && !usedTarget.contains(c.target[0]) {
            var link = c
            usedSource.insert(c.source[0])
            usedTarget.insert(c.target[0])
            // A free neighbour joins the link (a 1-2 or 2-1 group) when it would be linked to the same
            // sentence on its own, nearly as well as to its own best partner, and the group scores higher.
            for growSource in [true, false] {
                let own = growSource ? link.source : link.target
                guard own.count == 1, (growSource ? link.target : link.source).count == 1 else { continue }
                for neighbour in [own[0] - 1, own[0] + 1] {
                    let count = growSource ? f.source.count : f.target.count
                    guard neighbour >= 0, neighbour < count, !(growSource ? usedSource : usedTarget).contains(neighbour) else { continue }
                    let alone = growSource ? candidate([neighbour], link.target, f, scorer) : candidate(link.source, [neighbour], f, scorer)
                    let best = (growSource ? bestScore[neighbour] : bestScoreTarget[neighbour]) ?? 0
                    let grown = growSource ? candidate((own + [neighbour]).sorted(), link.target, f, scorer)
                                           : candidate(link.source, (own + [neighbour]).sorted(), f, scorer)
                    if accepts(alone), alone.score >= 0.8 * best, grown.score >= link.score {
                        link = grown
                        if growSource { usedSource.insert(neighbour) } else { usedTarget.insert(neighbour) }
                        break
                    }
                }
            }
            links.append(link)
        }
        var beads = links.map { Bead(source: $0.source.min()!..<($0.source.max()! + 1), target: $0.target.min()!..<($0.target.max()! + 1),
                                     confidence: confidence($0.score)) }
        beads.sort { ($0.source.lowerBound, $0.target.lowerBound) < ($1.source.lowerBound, $1.target.lowerBound) }
        beads += f.source.indices.filter { !usedSource.contains($0) }.map { Bead(source: $0..<$0 + 1, target: 0..<0, confidence: 1) }
        beads += f.target.indices.filter { !usedTarget.contains($0) }.map { Bead(source: 0..<0, target: $0..<$0 + 1, confidence: 1) }
        return beads
    }

    private func candidate(_ s: [Int], _ t: [Int], _ f: PairFeatures, _ scorer: BeadScorer) -> Candidate {
        let a = s.count == 1 ? f.source[s[0]].anchors : s.flatMap { f.source[$0].anchors }.sorted()
        let b = t.count == 1 ? f.target[t[0]].anchors : t.flatMap { f.target[$0].anchors }.sorted()
        return Candidate(source: s, target: t, evidence: scorer.anchorEvidence(a, b), distinct: ComparableAligner.distinctShared(a, b))
    }

    static func inOrder(_ anchors: [UInt32]) -> Bool { zip(anchors, anchors.dropFirst()).allSatisfy { $0 <= $1 } }

    /// Each value of a sorted list once.
    static func forEachDistinct(_ sorted: [UInt32], _ body: (UInt32) -> Void) {
        for (k, value) in sorted.enumerated() where k == 0 || sorted[k - 1] != value { body(value) }
    }

    /// How many different values two sorted lists share.
    static func distinctShared(_ a: [UInt32], _ b: [UInt32]) -> Int {
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if b[j] < a[i] { j += 1 } else {
                let value = a[i]
                shared += 1
                while i < a.count && a[i] == value { i += 1 }
                while j < b.count && b[j] == value { j += 1 }
            }
        }
        return shared
    }

    /// Two or more anchors in common, or one that occurs nowhere else (a figure, a rare name)
    /// making up most of what both sentences anchor.
    private func accepts(_ c: Candidate) -> Bool {
        guard c.evidence.total > 0 else { return false }
        let overlap = 2 * c.evidence.matched / c.evidence.total
        if c.distinct >= settings.minDistinct {
            return c.evidence.matched >= settings.minMatched && c.score >= settings.minScore && overlap >= settings.minOverlap
        }
        return c.evidence.matched >= settings.singleAnchorWeight && overlap >= settings.singleAnchorOverlap
    }

    func confidence(_ score: Double) -> Double {
        1 / (1 + Foundation.exp(-3 * (score - settings.midScore)))
    }
}

import Foundation
