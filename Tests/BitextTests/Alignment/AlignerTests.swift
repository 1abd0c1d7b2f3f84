import Testing
@testable import BitextAlignment

/// Hand-made features where the right beads are known.
@Suite struct AlignerTests {
    func units(_ lengths: [Double], anchors: [[UInt32]] = []) -> [SentenceFeatures] {
        lengths.enumerated().map { SentenceFeatures(length: $0.element, anchors: $0.offset < anchors.count ? anchors[$0.offset] : []) }
    }

    func shapes(_ beads: [Bead]) -> [String] { beads.map { "\(Array($0.source)):\(Array($0.target))" } }

    /// Too few 1-1 beads to re-estimate the length model from: the second pass still runs, with the model
    /// from the totals, so the beads are those of a single pass and carry their posteriors (not 1 each).
    @Test func aShortPairGetsPosteriorsToo() {
        let f = PairFeatures(source: units([50, 30, 35, 70]), target: units([51, 66, 69]), weights: [])
        var single = AlignerSettings()
        single.refine = false
        let beads = SentenceAligner().align(f), once = SentenceAligner(settings: single).align(f)
        #expect(shapes(beads) == ["[0]:[0]", "[1, 2]:[1]", "[3]:[2]"])
        #expect(beads.map(\.confidence) == once.map(\.confidence))
        #expect(beads.allSatisfy { $0.confidence > 0 } && beads.contains { $0.confidence < 1 })
    }

    /// The first pass, which only measures the pair for the second, searches the shapes up to 2-2; the
    /// second searches them all with the model re-estimated from the first pass's 1-1 beads.
    @Test func theFirstPassSearchesTheShapesUpToTwoTwo() {
        var rng = SplitMix(seed: 11)
        var src: [SentenceFeatures] = [], tgt: [SentenceFeatures] = []
        for k in 0..<60 {
            let len = Double(20 + rng.next() % 160)
            if k % 9 == 4 {
                // Three source sentences as one target sentence: a 3-1 bead only the full search takes.
                let parts = [len, Double(15 + rng.next() % 40), Double(15 + rng.next() % 40)]
                src += parts.map { SentenceFeatures(length: $0, anchors: []) }
                tgt.append(SentenceFeatures(length: parts.reduce(0, +) * 1.3, anchors: []))
            } else {
                src.append(SentenceFeatures(length: len, anchors: []))
                tgt.append(SentenceFeatures(length: len * 1.3 + Double(rng.next() % 15), anchors: []))
            }
        }
        let aligner = SentenceAligner()
        let initial = LengthModel.estimate(source: src, target: tgt)
        func measured(_ shapes: [BeadShape]) -> LengthModel {
            let first = aligner.path(src, tgt, model: initial, weights: [], shapes: shapes, skip: 0, posteriors: false)
            return SentenceAligner.reestimate(initial, steps: first, src: src, tgt: tgt)!
        }
        let narrow = measured(BeadShape.standard.filter { $0.source <= 2 && $0.target <= 2 })
        #expect(narrow != measured(BeadShape.standard))
        let expected = aligner.path(src, tgt, model: narrow, weights: [], shapes: BeadShape.standard, skip: 0, posteriors: true)
        let beads = aligner.align(PairFeatures(source: src, target: tgt, weights: []))
        #expect(beads.map(\.source) == expected.map(\.source))
        #expect(beads.map(\.target) == expected.map(\.target))
        #expect(beads.map(\.confidence) == expected.map(\.posterior))
        #expect(beads.contains { $0.source.count == 3 })
    }

    @Test func equalLengthsGiveOneToOne() {
        let f = PairFeatures(source: units([40, 80, 60]), target: units([41, 79, 62]), weights: [])
        #expect(shapes(SentenceAligner().align(f)) == ["[0]:[0]", "[1]:[1]", "[2]:[2]"])
    }

    @Test func anUnmatchedFirstTargetSentenceIsLeftOut() {
        // A caption at the top of the target naming people the source names later (anchors 3, 4),
        // then a translation whose names anchor each pair.
        let f = PairFeatures(source: units([100, 60, 90], anchors: [[0], [1, 4], [2, 3]]),
                             target: units([70, 102, 58, 91], anchors: [[3, 4], [0], [1, 4], [2, 3]]),
                             weights: [1, 1, 1, 1, 1])
        #expect(shapes(SentenceAligner().align(f)) == ["[]:[0]", "[0]:[1]", "[1]:[2]", "[2]:[3]"])
    }

    @Test func anUntranslatedFirstSourceSentenceIsLeftOut() {
        // The first source sentence (a summary) is not translated; its date (anchor 9) comes later in the target.
        let srcLengths: [Double] = [120, 80, 60, 90, 70, 110, 50, 95]
        let f = PairFeatures(source: units(srcLengths, anchors: [[9], [0], [1], [2], [3], [4], [5], [6]]),
                             target: units(srcLengths.dropFirst().map { $0 + 3 }, anchors: [[0], [1], [2], [3, 9], [4], [5], [6]]),
                             weights: Array(repeating: 1, count: 10))
        #expect(shapes(SentenceAligner().align(f)) == ["[0]:[]"] + (1...7).map { "[\($0)]:[\($0 - 1)]" })
    }

    @Test func twoShortSentencesMergeIntoOne() {
        let f = PairFeatures(source: units([50, 30, 35, 70]), target: units([51, 66, 69]), weights: [])
        #expect(shapes(SentenceAligner().align(f)) == ["[0]:[0]", "[1, 2]:[1]", "[3]:[2]"])
    }

    @Test func anchorsOverrideAMisleadingLength() {
        // By length alone 0↔0 and 1↔1 fit; the anchors say 0↔1 after a deletion.
        let f = PairFeatures(source: units([60, 60, 60], anchors: [[0], [1], [2]]),
                             target: units([60, 60, 60], anchors: [[5], [0], [1]]),
                             weights: [3, 3, 3, 0, 0, 3])
        let beads = SentenceAligner().align(f)
        #expect(shapes(beads).contains("[0]:[1]"))
        #expect(shapes(beads).contains("[1]:[2]"))
    }

    @Test func confidencesAreProbabilities() {
        let f = PairFeatures(source: units([40, 80, 60, 20]), target: units([41, 79, 62, 90]), weights: [])
        let beads = SentenceAligner().align(f)
        #expect(beads.allSatisfy { (0...1).contains($0.confidence) })
        #expect(beads[0].confidence > 0.9)
    }

    @Test func emptySidesGiveOnlyInsertionsOrDeletions() {
        let f = PairFeatures(source: units([10, 20]), target: [], weights: [])
        #expect(shapes(SentenceAligner().align(f)) == ["[0]:[]", "[1]:[]"])
    }

    /// Every sentence of both sides in exactly one bead, in order, whatever the input.
    @Test(arguments: 0..<25)
    func beadsCoverBothSidesInOrder(seed: Int) {
        var rng = SplitMix(seed: UInt64(seed))
        let n = Int(rng.next() % 60), m = Int(rng.next() % 60)
        let src = (0..<n).map { _ in SentenceFeatures(length: Double(rng.next() % 200), anchors: rng.next() % 3 == 0 ? [UInt32(rng.next() % 4)] : []) }
        let tgt = (0..<m).map { _ in SentenceFeatures(length: Double(rng.next() % 200), anchors: rng.next() % 3 == 0 ? [UInt32(rng.next() % 4)] : []) }
        let beads = SentenceAligner().align(PairFeatures(source: src, target: tgt, weights: [1, 0.5, 2, 1]))
        #expect(beads.flatMap { Array($0.source) } == Array(0..<n))
        #expect(beads.flatMap { Array($0.target) } == Array(0..<m))
        #expect(beads.allSatisfy { !($0.source.isEmpty && $0.target.isEmpty) })
    }

    @Test func coarseToFineFindsTheSamePathAsTheFullSearch() {
        var rng = SplitMix(seed: 7)
        var src: [SentenceFeatures] = [], tgt: [SentenceFeatures] = []
        for k in 0..<300 {
            let len = Double(20 + rng.next() % 150)
            let anchor: [UInt32] = k % 5 == 0 ? [UInt32(k % 200)] : []
            src.append(SentenceFeatures(length: len, anchors: anchor))
            if k % 97 == 13 { continue }   // a target sentence dropped now and then
            tgt.append(SentenceFeatures(length: len * 1.1 + Double(rng.next() % 9), anchors: anchor))
        }
        let features = PairFeatures(source: src, target: tgt, weights: Array(repeating: 1, count: 200))
        var coarse = AlignerSettings()
        coarse.maxFullCells = 2_000
        let full = SentenceAligner().align(features).map { [$0.source, $0.target] }
        let banded = SentenceAligner(settings: coarse).align(features).map { [$0.source, $0.target] }
        #expect(banded == full)
    }

    @Test func sameInputSameOutput() {
        let f = PairFeatures(source: units([40, 80, 60, 33, 90]), target: units([41, 120, 33, 95]), weights: [])
        #expect(SentenceAligner().align(f) == SentenceAligner().align(f))
    }
}

@Suite struct LengthModelTests {
    @Test func tailStaysFiniteAndGrows() {
        let m = LengthModel(ratio: 1, variance: 6.8)
        #expect(m.cost(source: 100, target: 100) < 0.01)
        let far = m.cost(source: 1000, target: 10)
        #expect(far.isFinite && far > 100)
        #expect(m.cost(source: 100, target: 130) < m.cost(source: 100, target: 160))
    }

    @Test func ratioComesFromTheDocuments() {
        let model = LengthModel.estimate(source: [SentenceFeatures(length: 100, anchors: [])], target: [SentenceFeatures(length: 250, anchors: [])])
        #expect(model.ratio == 2.5)
        #expect(model.cost(source: 40, target: 100) < 0.01)
    }
}

/// A small deterministic generator for property tests.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
