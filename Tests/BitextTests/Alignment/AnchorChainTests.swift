import Foundation
import Testing
@testable import BitextAlignment
import BitextText

/// The chain of shared anchors that places a long pair's band, and the missing stretch it lets the search jump.
@Suite struct AnchorChainTests {
    func key(_ i: Int, _ j: Int) -> UInt64 { UInt64(i) << 32 | UInt64(UInt32.max - UInt32(j)) }

    @Test func theLongestChainIncreasesOnBothSides() {
        // (2, 9) and (3, 1) break the run; two points of one source sentence count once.
        let keys = [key(0, 0), key(1, 1), key(2, 9), key(2, 2), key(3, 1), key(3, 3), key(4, 4)].sorted()
        let chain = AnchorChain.longestChain(keys)
        #expect(chain.map(\.source) == [0, 1, 2, 3, 4])
        #expect(chain.map(\.target) == [0, 1, 2, 3, 4])
    }

    @Test func aPointAwayFromItsNeighboursIsDropped() {
        let chain = [(source: 0, target: 0), (source: 3, target: 3), (source: 200, target: 7), (source: 400, target: 400), (source: 402, target: 403)]
        #expect(AnchorChain.consistent(chain).map(\.source) == [0, 3, 400, 402])
    }

    @Test func occurrencesPairWithTheOnesOfAboutTheSameRank() {
        // Anchor 7 in every tenth sentence of both sides: each source occurrence pairs with the target ones
        // within the rank window only, and the chain is the diagonal.
        let side = (0..<200).map { SentenceFeatures(length: 20, anchors: $0 % 10 == 0 ? [7] : []) }
        let chain = AnchorChain(source: side, target: side, budget: 10_000)
        #expect(chain.points.map(\.source) == Array(stride(from: 0, to: 200, by: 10)))
        #expect(chain.points.map(\.target) == Array(stride(from: 0, to: 200, by: 10)))
        #expect(AnchorChain.rankWindow(20, 20) == 2)
        #expect(AnchorChain.rankWindow(100, 90) == 15)
    }

    /// 1,200 sentences, each with two anchors (of 600) that recur at random elsewhere, translated but for 300
    /// sentences in the middle; the pair is searched in a band (the whole matrix is over the limit set here):
    /// the stretch comes out as 1-0 beads, no bead spans it, and every other sentence is paired with its
    /// translation.
    @Test func aLongPairJumpsTheStretchItsTranslationLeavesOut() {
        var rng = SplitMix(seed: 3)
        let lengths = (0..<1_200).map { _ in Double(20 + rng.next() % 150) }
        let ids = lengths.map { _ in [UInt32(rng.next() % 600), UInt32(rng.next() % 600)].sorted() }
        let source = lengths.indices.map { SentenceFeatures(length: lengths[$0], anchors: ids[$0]) }
        let missing = 500..<800
        let kept = lengths.indices.filter { !missing.contains($0) }
        let target = kept.map { SentenceFeatures(length: lengths[$0] * 1.2, anchors: ids[$0]) }
        var settings = AlignerSettings()
        settings.maxFullCells = 100_000
        let pair = PairFeatures(source: source, target: target, weights: [Double](repeating: 0.5, count: 600))
        let beads = SentenceAligner(settings: settings).align(pair)
        let linked = beads.filter { !$0.source.isEmpty && !$0.target.isEmpty }
        #expect(linked.count == kept.count)
        #expect(linked.allSatisfy { $0.source.count == 1 && $0.target.count == 1 && kept[$0.target.lowerBound] == $0.source.lowerBound })
        #expect(beads.filter { $0.target.isEmpty }.flatMap { Array($0.source) } == Array(missing))
        // Without the chain the band follows the diagonal and the stretch is spread over its neighbours.
        settings.chainSpacing = 0
        let diagonal = SentenceAligner(settings: settings).align(pair)
        #expect(diagonal.filter { $0.target.isEmpty }.flatMap { Array($0.source) } != Array(missing))
    }

    /// Real news: 600 Park et al. dev lines en-ko, the Korean of lines 250-399 left out, searched in a band
    /// (the whole matrix over the limit set here). With the chain the aligner jumps the stretch: most lines
    /// around it are paired with their translations and fewer of the stretch are linked; searched along the
    /// diagonal instead, the stretch is spread over the lines after it.
    @Test func realNewsJumpsAStretchItsTranslationLeavesOut() throws {
        let bench = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/bench/park_news_koen")
        let en = Array(try String(contentsOf: bench.appendingPathComponent("dev.en"), encoding: .utf8).split(separator: "\n").prefix(600).map(String.init))
        let ko = Array(try String(contentsOf: bench.appendingPathComponent("dev.ko"), encoding: .utf8).split(separator: "\n").prefix(600).map(String.init))
        let missing = 250..<400
        let kept = ko.indices.filter { !missing.contains($0) }
        let pair = PairFeatures.build(source: en, sourceLanguage: .english, target: kept.map { ko[$0] }, targetLanguage: .korean, glossary: nil)
        var settings = AlignerSettings()
        settings.maxFullCells = 100_000
        func measured(_ settings: AlignerSettings) -> (right: Int, stretchLinked: Int) {
            let beads = SentenceAligner(settings: settings).align(pair)
            let right = beads.filter { $0.source.count == 1 && $0.target.count == 1 && kept[$0.target.lowerBound] == $0.source.lowerBound }.count
            let linked = beads.filter { !$0.target.isEmpty }.flatMap { Array($0.source) }.filter(missing.contains).count
            return (right, linked)
        }
        let chained = measured(settings)
        settings.chainSpacing = 0
        let diagonal = measured(settings)
        // Measured: 374 of the 450 translated lines paired right and 42 of the 150 linked anyway, against 201
        // and 81 along the diagonal (without a glossary, so from numbers and Latin tokens alone).
        #expect(chained.right >= 370 && chained.stretchLinked <= 45, "\(chained)")
        #expect(diagonal.right < chained.right - 100 && diagonal.stretchLinked > chained.stretchLinked, "\(diagonal) against \(chained)")
    }
}
