/// The cost of a bead: its shape's prior, the length model, minus the anchor evidence it carries.
/// Pure: the same spans always cost the same.
public struct BeadScorer: Sendable {
    public var length: LengthModel
    /// How much one matched anchor of weight 1 lowers the cost.
    public var anchorWeight: Double
    /// Cost of leaving one unit without a counterpart, on top of the shape's prior.
    public var skipCost: Double
    let weights: [Double]

    public init(length: LengthModel, anchorWeight: Double, skipCost: Double, weights: [Double]) {
        self.length = length
        self.anchorWeight = anchorWeight
        self.skipCost = skipCost
        self.weights = weights
    }

    /// Sum of the weights of anchors found on both sides (each occurrence matched at most once).
    public func matchedWeight(_ a: [UInt32], _ b: [UInt32]) -> Double {
        var i = 0, j = 0, total = 0.0
        while i < a.count && j < b.count {
            if a[i] == b[j] { total += weights[Int(a[i])]; i += 1; j += 1 }
            else if a[i] < b[j] { i += 1 }
            else { j += 1 }
        }
        return total
    }

    func cost(shape: BeadShape, sourceLength: Double, targetLength: Double, matched: Double) -> Double {
        if shape.source == 0 || shape.target == 0 { return shape.prior + skipCost }
        return shape.prior + length.cost(source: sourceLength, target: targetLength) - anchorWeight * matched
    }
}
