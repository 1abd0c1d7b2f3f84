/// How many sentences of each side a bead takes, with its prior cost (−log probability).
public struct BeadShape: Sendable, Hashable {
    public var source: Int
    public var target: Int
    public var prior: Double

    public init(_ source: Int, _ target: Int, probability: Double) {
        self.source = source
        self.target = target
        prior = -Foundation.log(probability)
    }

    static let skipProbability = 0.006
    /// 1-1 … 1-4 / 4-1: the shapes translations and the benchmarks (Chinese-English novels) need.
    public static let standard: [BeadShape] = [
        BeadShape(1, 1, probability: 0.89),
        BeadShape(1, 0, probability: skipProbability), BeadShape(0, 1, probability: skipProbability),
        BeadShape(2, 1, probability: 0.04), BeadShape(1, 2, probability: 0.04),
        BeadShape(2, 2, probability: 0.008),
        BeadShape(3, 1, probability: 0.005), BeadShape(1, 3, probability: 0.005),
        BeadShape(3, 2, probability: 0.001), BeadShape(2, 3, probability: 0.001),
        BeadShape(4, 1, probability: 0.0008), BeadShape(1, 4, probability: 0.0008),
    ]

    /// Blocks of sentences at a coarse level of the search need no wide shapes.
    public static let coarse: [BeadShape] = [
        BeadShape(1, 1, probability: 0.9),
        BeadShape(1, 0, probability: 0.01), BeadShape(0, 1, probability: 0.01),
        BeadShape(2, 1, probability: 0.03), BeadShape(1, 2, probability: 0.03),
        BeadShape(2, 2, probability: 0.02),
    ]
}

import Foundation
