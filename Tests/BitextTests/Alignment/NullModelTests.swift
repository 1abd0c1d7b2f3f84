import Testing
import Foundation
@testable import BitextAlignment

/// The per-pair rate of one-sided sentences and the per-sentence evidence it prices.
@Suite struct NullModelTests {
    func shapes(_ beads: [Bead]) -> [String] { beads.map { "\(Array($0.source)):\(Array($0.target))" } }

    /// An independent account: twelve reported facts, each tied by a name or number of its own, and a
    /// paragraph of three sentences that only the source reports (their names are the lede's, found on the
    /// other side only there). The paragraph comes out as three 1-0 beads, the facts as 1-1.
    @Test func anInsertedParagraphComesOutAsOneSidedBeads() {
        let lengths: [Double] = [90, 120, 80, 140, 100, 95, 130, 85, 110, 125, 70, 105]
        var source: [SentenceFeatures] = [], target: [SentenceFeatures] = []
        for (k, length) in lengths.enumerated() {
            // Facts 0…11 each carry anchors 2k and 2k+1 (a name and a number), on both sides.
            source.append(SentenceFeatures(length: length, anchors: [UInt32(2 * k), UInt32(2 * k + 1)]))
            target.append(SentenceFeatures(length: length * 1.1, anchors: [UInt32(2 * k), UInt32(2 * k + 1)]))
            if k == 5 {
                for extra in [88.0, 102, 76] { source.append(SentenceFeatures(length: extra, anchors: [0])) }
            }
        }
        let features = PairFeatures(source: source, target: target, weights: Array(repeating: 1, count: 24))
        let beads = SentenceAligner().align(features)
        let expected = (0...5).map { "[\($0)]:[\($0)]" } + ["[6]:[]", "[7]:[]", "[8]:[]"] + (6...11).map { "[\($0 + 3)]:[\($0)]" }
        #expect(shapes(beads) == expected)
    }

    /// A translation ties every sentence to its bead: the rate is 0 and the model adds nothing.
    @Test func aTranslationMeasuresNoOneSidedSentences() {
        let features = (0..<20).map { SentenceFeatures(length: Double(50 + 7 * $0), anchors: [UInt32($0)]) }
        let steps = (0..<20).map { PathStep(source: $0..<$0 + 1, target: $0..<$0 + 1, posterior: 1) }
        let model = NullModel.estimate(steps: steps, src: features, tgt: features, weights: Array(repeating: 1, count: 20))
        #expect(model == .translation)
        #expect(model.penalty == .none)
        #expect(model.skipCost(shapePrior: BeadShape.standard[1].prior) == 0)
    }

    /// Half the anchored sentences untied: the rate is the measured share past the noise floor, and a 1-0
    /// bead then costs −log(rate / 2) in all.
    @Test func theRateIsTheUntiedShareAboveTheNoiseFloor() {
        let src = (0..<16).map { SentenceFeatures(length: 100, anchors: [UInt32($0)]) }
        // Target sentence k carries anchor k for even k and an anchor of another far-away sentence for odd k.
        let tgt = (0..<16).map { k -> SentenceFeatures in
            let anchor = k % 2 == 0 ? k : (k + 8) % 16
            return SentenceFeatures(length: 100, anchors: [UInt32(anchor)])
        }
        let steps = (0..<16).map { PathStep(source: $0..<$0 + 1, target: $0..<$0 + 1, posterior: 1) }
        let model = NullModel.estimate(steps: steps, src: src, tgt: tgt, weights: Array(repeating: 1, count: 16))
        // 32 anchored sentences, 16 of them untied (odd k on both sides): (16 + 0.5) / (32 + 8).
        let measured = 16.5 / 40
        #expect(abs(model.rate - (measured - NullModel.noiseFloor) / (1 - NullModel.noiseFloor)) < 1e-12)
        let prior = BeadShape.standard[1].prior
        #expect(abs(prior + model.skipCost(shapePrior: prior) + Foundation.log(model.rate / 2)) < 1e-12)
    }
}
