import Foundation
import Testing
@testable import BitextText
@testable import BitextGlossary
@testable import BitextAlignment
@testable import BitextFormats

@Suite struct ComparableTests {
    func pairs(_ beads: [Bead]) -> Set<[Int]> {
        Set(beads.filter { !$0.isInsertionOrDeletion }.flatMap { b in b.source.flatMap { i in b.target.map { [i, $0] } } })
    }

    func goldPairs(_ file: String) throws -> Set<[Int]> {
        Set(try BeadsFormat.parse(Fixtures.text(file), name: file).flatMap { l in l.source.flatMap { i in l.target.map { [i, $0] } } })
    }

    func seedPair(mode: AlignmentMode) throws -> (alignment: Alignment, decision: ModeDecision?) {
        let loader = DocumentLoader()
        let en = try loader.load(Fixtures.path("gold/seed001.en.sent"), presegmented: true)
        let vi = try loader.load(Fixtures.path("gold/seed000.vi.sent"), presegmented: true)
        let glossary = try GlossaryLoader().load([Fixtures.glossaryFolder])
        return try AlignmentPipeline(glossary: glossary, presegmented: true).alignWithDecision(en, vi, mode: mode)
    }

    /// All four links any reader accepts, and at most one link that is neither a link nor a partial one.
    @Test func findsTheSeedLinksInAnyOrder() throws {
        let found = pairs(try seedPair(mode: .comparable).alignment.beads)
        let links = try goldPairs("gold/seed001-000.en-vi.links"), partial = try goldPairs("gold/seed001-000.en-vi.partial")
        #expect(links.isSubset(of: found))
        #expect(found.subtracting(links).subtracting(partial).count <= 1)
    }

    @Test func everySentenceTakesPartInAtMostOneLink() throws {
        let beads = try seedPair(mode: .comparable).alignment.beads
        let sources = beads.flatMap { Array($0.source) }, targets = beads.flatMap { Array($0.target) }
        #expect(sources.count == Set(sources).count && targets.count == Set(targets).count)
        #expect(Set(sources) == Set(0..<13) && Set(targets) == Set(0..<11))
    }

    @Test func autoTellsAccountsFromTranslations() throws {
        let decision = try #require(try seedPair(mode: .auto).decision)
        #expect(decision.mode == .comparable)
        let loader = DocumentLoader()
        let (en, ko) = try LanguageSplitter().split(loader.load(Fixtures.path("seeds/001_4bdbc64759555825.txt")))
        let glossary = try GlossaryLoader().load([Fixtures.glossaryFolder])
        #expect(try AlignmentPipeline(glossary: glossary).alignWithDecision(en, ko, mode: .auto).decision?.mode == .parallel)
    }

    @Test func decisionRuleCountsLinksInOneOrder() {
        let link = { (i: Int, j: Int) in Bead(source: i..<i + 1, target: j..<j + 1, confidence: 0.9) }
        #expect(ModeDecision.decide(comparableBeads: [link(0, 0), link(1, 4), link(3, 1), link(5, 3)]).mode == .comparable)
        #expect(ModeDecision.decide(comparableBeads: [link(0, 0), link(1, 1), link(2, 5), link(3, 3), link(4, 4)]).mode == .parallel)
        #expect(ModeDecision.decide(comparableBeads: [link(0, 1), link(1, 0)]).mode == .parallel, "too few links to tell")
    }

    /// Synthetic independent accounts from the Park et al. news: the Korean side's paragraphs shuffled
    /// and a fifth of its sentences dropped, so that the right links are known.
    @Test func shuffledAccountsAreLinkedPrecisely() throws {
        let bench = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/bench/park_news_koen")
        let en = try String(contentsOf: bench.appendingPathComponent("dev.en"), encoding: .utf8)
        let ko = try String(contentsOf: bench.appendingPathComponent("dev.ko"), encoding: .utf8)
        let enLines = en.split(separator: "\n").map(String.init), koLines = ko.split(separator: "\n").map(String.init)
        var rng = SplitMix(seed: 42)
        var correct = 0, predicted = 0, gold = 0
        for doc in 0..<12 {
            let lines = Array((doc * 30)..<(doc * 30 + 30))
            var paragraphs: [[Int]] = stride(from: 0, to: 30, by: 3).map { Array(lines[$0..<$0 + 3]) }
            for k in stride(from: paragraphs.count - 1, to: 0, by: -1) { paragraphs.swapAt(k, Int(rng.next() % UInt64(k + 1))) }
            var kept: [Int] = []
            for line in paragraphs.joined() where rng.next() % 5 != 0 { kept.append(line) }
            let position = Dictionary(uniqueKeysWithValues: kept.enumerated().map { ($0.element, $0.offset) })
            let features = PairFeatures.build(source: lines.map { enLines[$0] }, sourceLanguage: .english,
                                              target: kept.map { koLines[$0] }, targetLanguage: .korean, glossary: nil)
            let found = pairs(ComparableAligner().align(features))
            var truth = Set<[Int]>()
            for (i, l) in lines.enumerated() { if let j = position[l] { truth.insert([i, j]) } }
            correct += found.intersection(truth).count
            predicted += found.count
            gold += truth.count
        }
        let precision = Double(correct) / Double(max(predicted, 1)), recall = Double(correct) / Double(gold)
        #expect(precision >= 0.9, "precision \(precision)")
        #expect(recall >= 0.2, "recall \(recall)")
    }
}

@Suite struct MultiAlignmentTests {
    typealias Node = MultiAligner.Node

    @Test func linksJoinTransitivelyIntoUnits() {
        let units = MultiAligner.join([
            ([Node(document: 0, sentence: 0), Node(document: 1, sentence: 1)], 0.9),
            ([Node(document: 0, sentence: 0), Node(document: 2, sentence: 0)], 0.8),
            ([Node(document: 0, sentence: 1), Node(document: 1, sentence: 2)], 0.7),
        ], documents: 3)
        #expect(units.map(\.members) == [[[0], [1], [0]], [[1], [2], []]])
        #expect(units[0].confidence == 0.8)
    }

    @Test func aWeakerContradictingLinkIsLeftOut() {
        // en0~ko1 and en0~vi0 are strong; ko3~vi0 would put ko1 and ko3 in one unit.
        let units = MultiAligner.join([
            ([Node(document: 0, sentence: 0), Node(document: 1, sentence: 1)], 0.9),
            ([Node(document: 0, sentence: 0), Node(document: 2, sentence: 0)], 0.8),
            ([Node(document: 1, sentence: 3), Node(document: 2, sentence: 0)], 0.4),
        ], documents: 3)
        #expect(units.map(\.members) == [[[0], [1], [0]]])
    }

    @Test func threeLanguagesOfTheSeedEvent() throws {
        let loader = DocumentLoader()
        let (en, ko) = try LanguageSplitter().split(loader.load(Fixtures.path("seeds/001_4bdbc64759555825.txt")))
        let vi = try loader.load(Fixtures.path("seeds/000_16a4560da9b5d69e.txt"))
        let glossary = try GlossaryLoader().load([Fixtures.glossaryFolder])
        let multi = try MultiAligner(pipeline: AlignmentPipeline(glossary: glossary)).align([en, ko, vi])
        #expect(multi.modes == [.init(0, 1): .parallel, .init(0, 2): .comparable, .init(1, 2): .comparable])
        // The first sentence of all three accounts: nine years, search and rescue, resumed.
        #expect(multi.units.first?.members == [[0], [1], [0]])
        let tmx = TMXWriter(creationDate: Date(timeIntervalSince1970: 0)).write(multi)
        #expect(tmx.contains("<tuv xml:lang=\"vi\"><seg>Theo hãng tin Yonhap"))
    }

    @Test func twoDocumentsInOneLanguageAreRefused() throws {
        let doc = Document(name: "a", language: .english, paragraphs: ["One."])
        #expect(throws: BitextError.self) { try MultiAligner(pipeline: AlignmentPipeline()).align([doc, doc, doc]) }
    }
    /// The shared anchors of two sorted lists with repeats, counted by a merge, are those a set counts.
    @Test func distinctSharedAnchorsAreThoseASetCounts() {
        var random = SplitMix(seed: 61)
        for _ in 0..<2_000 {
            let a = (0..<Int(random.next() % 9)).map { _ in UInt32(random.next() % 12) }.sorted()
            let b = (0..<Int(random.next() % 9)).map { _ in UInt32(random.next() % 12) }.sorted()
            #expect(ComparableAligner.distinctShared(a, b) == Set(a).intersection(b).count, "\(a) \(b)")
        }
    }

    /// Links do not depend on the order a sentence's anchors come in (`PairFeatures` sorts them; features
    /// built otherwise may not be): random documents with repeated and frequent anchors, sorted and shuffled.
    @Test func linksDoNotDependOnTheOrderOfAnchors() {
        var random = SplitMix(seed: 67)
        for _ in 0..<20 {
            let weights = (0..<40).map { _ in Double(1 + random.next() % 6) / 3 }
            let side = { (count: Int) in
                (0..<count).map { _ in SentenceFeatures(length: 20, anchors: (0..<Int(random.next() % 6)).map { _ in UInt32(random.next() % 40) }.sorted()) }
            }
            let sorted = PairFeatures(source: side(30), target: side(34), weights: weights)
            var shuffled = sorted
            for k in shuffled.source.indices { shuffled.source[k].anchors.reverse() }
            for k in shuffled.target.indices { shuffled.target[k].anchors.reverse() }
            let beads = ComparableAligner().align(sorted)
            #expect(beads == ComparableAligner().align(shuffled))
            #expect(beads.contains { !$0.isInsertionOrDeletion })
        }
    }
}
