import Testing
@testable import BitextText
@testable import BitextGlossary
@testable import BitextAlignment

@Suite struct SeedAlignmentTests {
    func score(_ alignment: Alignment) throws -> AlignmentScore {
        let gold = try BeadsFormat.parse(Fixtures.text("gold/seed001.en-ko.gold"), name: "gold")
        let test = try BeadsFormat.parse(BeadsFormat.write(alignment), name: "test")
        return AlignmentScore.score(gold: gold, test: test)
    }

    @Test func rawSeedFileReachesTheTarget() throws {
        let (en, ko) = try LanguageSplitter().split(DocumentLoader().load(Fixtures.path(Fixtures.seed001)))
        let glossary = try GlossaryLoader().load([Fixtures.glossaryFolder])
        let alignment = try AlignmentPipeline(glossary: glossary).align(en, ko)
        #expect(try score(alignment).strict.f1 >= 0.9)
        #expect(alignment.beads.first?.source.isEmpty == true, "the Korean photo caption has no English counterpart")
    }

    @Test func presegmentedSeedReachesTheTargetEvenWithoutGlossary() throws {
        let loader = DocumentLoader()
        let en = try loader.load(Fixtures.path("gold/seed001.en.sent"), presegmented: true)
        let ko = try loader.load(Fixtures.path("gold/seed001.ko.sent"), presegmented: true)
        #expect(try score(AlignmentPipeline(presegmented: true).align(en, ko)).strict.f1 >= 0.9)
    }

    /// Bylines, source credits and time stamps are metadata: left out of what is aligned, as boilerplate is,
    /// unless furniture is kept.
    @Test func creditsAndDatelinesAreLeftOutUnlessKept() throws {
        let document = Document(name: "vi", language: .vietnamese, paragraphs: [
            "Việt Nam cử đoàn tham gia diễn tập", "Thứ Hai, 16/03/2026, 21:05 (GMT+7)", "Thanh Bình",
            "Việt Nam sẽ cử đoàn gồm 45 người tham gia diễn tập cứu trợ thảm họa.", "(TTXVN/Vietnam+)",
        ])
        let aligned = try AlignmentPipeline().segments(of: document)
        #expect(aligned.map(\.kind) == [.title, .body])
        let kept = try AlignmentPipeline(keepBoilerplate: true).segments(of: document)
        #expect(kept.map(\.kind) == [.title, .dateline, .credit, .body, .credit])
    }
}
