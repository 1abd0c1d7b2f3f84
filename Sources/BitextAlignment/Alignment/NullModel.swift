import Foundation

/// How often a document pair leaves a sentence without a counterpart, and what that makes a bead cost.
///
/// A translation leaves almost nothing out; a newsroom's own account of an event reports a third of it or
/// more that the other text never mentions. One fixed cost for 1-0 and 0-1 beads serves neither: too high,
/// and an unreported paragraph is merged into its neighbour's bead; too low, and a translation's sentences
/// are dropped. The rate is measured per pair from a first pass, as the length ratio is.
public struct NullModel: Sendable, Equatable {
    /// The estimated share of sentences that have no counterpart.
    public var rate: Double

    public init(rate: Double) {
        self.rate = min(max(rate, 0), NullModel.maximumRate)
    }

    /// Rates from a pair with no anchors to measure by are taken as a translation's.
    public static let translation = NullModel(rate: 0)
    static let maximumRate = 0.6
    /// Pseudo-counts that keep a short pair's estimate near a translation's until its sentences say otherwise.
    static let priorUntied = 0.5, priorSentences = 8.0
    /// Cost, per unit of rate, of a sentence inside a linked bead that shares none of the bead's anchors
    /// although it has anchors of its own (found elsewhere in the other text).
    static let untiedWeight = 15.0
    /// The same for a sentence with no anchor at all: weaker, since it says nothing either way.
    static let unanchoredWeight = 1.0

    /// The cost added to each 1-0 or 0-1 bead on top of the shape's prior: lower as the rate grows, so that
    /// leaving a sentence out costs about what its probability says.
    public func skipCost(shapePrior: Double) -> Double {
        let probability = max(rate / 2, Foundation.exp(-shapePrior))
        return -Foundation.log(probability) - shapePrior
    }

    /// What each sentence of a linked bead that nothing ties to the other side adds to the bead's cost.
    public var penalty: MemberPenalty {
        MemberPenalty(untied: NullModel.untiedWeight * rate, unanchored: NullModel.unanchoredWeight * rate)
    }

    /// The rate measured on a first pass: of the sentences that carry anchors, the share that no anchor ties
    /// to their bead's other side (left out, or merged into a bead that shares none of their anchors).
    static func estimate(steps: [PathStep], src: [SentenceFeatures], tgt: [SentenceFeatures], weights: [Double]) -> NullModel {
        var anchored = 0.0, untied = 0.0
        let strong = { (anchors: [UInt32]) in anchors.filter { weights[Int($0)] >= NullModel.specificWeight } }
        for (k, step) in steps.enumerated() {
            // The bead's neighbours count too: a first pass that puts a boundary one sentence off in a
            // translation (a 1-3 bead it cannot make) leaves an anchor one bead away, not missing.
            let near = steps[max(0, k - 1)...min(steps.count - 1, k + 1)]
            let sourceSpan = near.first!.source.lowerBound..<near.last!.source.upperBound
            let targetSpan = near.first!.target.lowerBound..<near.last!.target.upperBound
            let sourceAnchors = SentenceFeatures.merged(src[sourceSpan]).anchors
            let targetAnchors = SentenceFeatures.merged(tgt[targetSpan]).anchors
            for (members, opposite) in [(src[step.source], targetAnchors), (tgt[step.target], sourceAnchors)] {
                for member in members {
                    let own = strong(member.anchors)
                    guard !own.isEmpty else { continue }
                    anchored += 1
                    if !NullModel.shares(own, opposite) { untied += 1 }
                }
            }
        }
        let measured = (untied + priorUntied) / (anchored + priorSentences)
        // Few sentences with specific anchors (a novel, a technical text) measure little: the rate is trusted
        // in proportion to their share, and a pair of them keeps a translation's model.
        let reliability = min(1, anchored / (fullyMeasuredShare * Double(src.count + tgt.count)))
        return NullModel(rate: max(0, measured - noiseFloor) / (1 - noiseFloor) * reliability)
    }

    /// The share of untied sentences that translations show too (a number written out on one side, a name
    /// the matcher misses): measured rates up to it are read as no one-sided sentences at all.
    static let noiseFloor = 0.05

    /// The share of sentences with specific anchors from which the measured rate is taken at its word.
    static let fullyMeasuredShare = 0.5

    /// Anchors at least this specific (a name or number in one or two sentences a side) judge a sentence:
    /// weaker ones (a token every paragraph has, a phonetic key) tie translations' sentences to wrong beads too.
    static let specificWeight = 0.7

    /// Whether two sorted anchor lists have an anchor in common.
    static func shares(_ a: [UInt32], _ b: [UInt32]) -> Bool {
        var i = 0, j = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { return true }
            if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return false
    }
}

/// The cost a linked bead pays for each of its sentences that shares no anchor with the other side.
public struct MemberPenalty: Sendable, Equatable {
    /// A sentence with anchors, none of them in the bead's other side.
    public var untied: Double
    /// A sentence with no anchors at all.
    public var unanchored: Double

    public static let none = MemberPenalty(untied: 0, unanchored: 0)
    var isNone: Bool { untied == 0 && unanchored == 0 }
}
