/// The cost of a bead: its shape's prior, the length model, minus the anchor evidence it carries.
/// Pure: the same spans always cost the same.
public struct BeadScorer: Sendable {
    public var length: LengthModel
    /// How much one matched anchor of weight 1 lowers the cost.
    public var anchorWeight: Double
    /// Cost of leaving one unit without a counterpart, on top of the shape's prior.
    public var skipCost: Double
    let weights: [Double]

    /// What each sentence of a linked bead that shares no anchor with the bead's other side adds to its cost
    /// (see `NullModel`): nothing for a translation, more as the pair leaves more sentences one-sided.
    public var memberPenalty: MemberPenalty

    public init(length: LengthModel, anchorWeight: Double, overlapWeight: Double = 0, skipCost: Double, weights: [Double],
                memberPenalty: MemberPenalty = .none) {
        self.length = length
        self.anchorWeight = anchorWeight
        self.overlapWeight = overlapWeight
        self.skipCost = skipCost
        self.weights = weights
        self.memberPenalty = memberPenalty
    }

    /// How much the share of a bead's anchors that match (weighted Dice, 0…1) lowers the cost:
    /// unlike the sum, it drops when a bead takes in a sentence whose names are found nowhere opposite.
    public var overlapWeight: Double

    /// Weights of the anchors matched on both sides (each occurrence at most once), and of all of them.
    public func anchorEvidence(_ a: [UInt32], _ b: [UInt32]) -> AnchorEvidence {
        a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { y in anchorEvidence(x, y) } }
    }

    /// The same over sorted buffers: the dynamic program's inner loop, without array bookkeeping.
    func anchorEvidence(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>) -> AnchorEvidence {
        weights.withUnsafeBufferPointer { BeadScorer.anchorEvidence(a, b, weights: $0) }
    }

    @inline(__always) static func anchorEvidence(_ a: UnsafeBufferPointer<UInt32>, _ b: UnsafeBufferPointer<UInt32>,
                                                  weights w: UnsafeBufferPointer<Double>) -> AnchorEvidence {
        var i = 0, j = 0, matched = 0.0, total = 0.0
        // Branch-free merge (the comparisons are unpredictable): each step adds what the branchy merge
        // would, in the same order; adding +0.0 to the matched weight leaves it as it is.
        while i < a.count && j < b.count {
            let x = a[i], y = b[j]
            let wx = w[Int(x)], wy = w[Int(y)]
            let same = x == y, less = x < y
            total += same ? 2 * wx : (less ? wx : wy)
            matched += same ? wx : 0
            i += same || less ? 1 : 0
            j += less ? 0 : 1
        }
        while i < a.count { total += w[Int(a[i])]; i += 1 }
        while j < b.count { total += w[Int(b[j])]; j += 1 }
        return AnchorEvidence(matched: matched, total: total)
    }

    func cost(shape: BeadShape, sourceLength: Double, targetLength: Double, evidence: AnchorEvidence) -> Double {
        if shape.source == 0 || shape.target == 0 { return shape.prior + skipCost }
        return cost(prior: shape.prior, lengthCost: length.cost(source: sourceLength, target: targetLength), evidence: evidence)
    }

    /// A bead with sentences on both sides: its prior, its length cost, less what its anchors say.
    @inline(__always) func cost(prior: Double, lengthCost: Double, evidence: AnchorEvidence) -> Double {
        BeadScorer.cost(prior: prior, lengthCost: lengthCost, evidence: evidence, anchorWeight: anchorWeight, overlapWeight: overlapWeight)
    }

    @inline(__always) static func cost(prior: Double, lengthCost: Double, evidence: AnchorEvidence, anchorWeight: Double, overlapWeight: Double) -> Double {
        let dice = evidence.total > 0 ? 2 * evidence.matched / evidence.total : 0
        return prior + lengthCost - anchorWeight * evidence.matched - overlapWeight * dice
    }
}

/// What a bead's anchors say: the weight matched across, and the weight of all anchors in it.
public struct AnchorEvidence: Sendable, Equatable {
    public var matched: Double
    public var total: Double
    public static let none = AnchorEvidence(matched: 0, total: 0)
}
