import Testing
import BitextText
import BitextNames
import BitextGlossary
@testable import BitextEntities

@Suite struct NameCandidateFinderTests {
    func candidates(_ text: String, _ language: String) throws -> [NameCandidate] {
        NameCandidateFinder(language: try LanguageCode(language)).candidates(in: text)
    }

    @Test func englishTitlesAreTakenOffAndShipPrefixesKept() throws {
        let found = try candidates("NADMA Director General Aminah Yusof said the 14,500-ton ROKS Marado left Busan on Tuesday.", "en")
        let person = try #require(found.first { $0.form == "Aminah Yusof" })
        #expect(person.kind == "person" && !person.partial)
        let ship = try #require(found.first { $0.form == "ROKS Marado" })
        #expect(ship.core == "Marado" && ship.kind == "ship")
        #expect(found.contains { $0.form == "NADMA" && $0.kind == "org" })
        // A weekday is no part of the name before it.
        #expect(found.contains { $0.form == "Busan" } && !found.contains { $0.form.contains("Tuesday") })
    }

    @Test func connectorsJoinOneOrganisationName() throws {
        let found = try candidates("Officials of the Ministry of National Defense met on Monday.", "en")
        let org = try #require(found.first)
        #expect(org.form == "Ministry of National Defense" && org.kind == "org")
    }

    @Test func koreanParticlesAndTitlesAreNotPartOfTheName() throws {
        let found = try candidates("김도현 준장은 광개토대왕함을 방문했다.", "ko")
        #expect(found.contains { $0.form == "김도현" && $0.kind == "person" })
        #expect(!found.contains { $0.form.contains("준장") })
        let ship = try #require(found.first { $0.form == "광개토대왕함" })
        #expect(ship.core == "광개토대왕" && ship.kind == "ship")
    }

    @Test func vietnameseTitlesClassifiersAndPrefixes() throws {
        let found = try candidates("Đại tướng Đỗ Minh Khải tiếp Bộ trưởng Jang Tae Hoon tại đường Bắc Sơn.", "vi")
        #expect(found.contains { $0.form == "Đỗ Minh Khải" && $0.kind == "person" })
        #expect(found.contains { $0.form == "Jang Tae Hoon" && $0.kind == "person" })
        let street = try #require(found.first { $0.form == "đường Bắc Sơn" })
        #expect(street.core == "Bắc Sơn" && street.kind == "place")
    }

    @Test func aCountryBesideANameGivesTheNameAsTheRunsTail() throws {
        let found = try candidates("Bộ trưởng Quốc phòng Hàn Quốc Jang Tae Hoon cho biết.", "vi")
        let tail = try #require(found.first { $0.form == "Jang Tae Hoon" })
        #expect(!tail.partial)
    }
}

@Suite struct SinoVietnameseBridgeTests {
    let bridge = SinoVietnameseBridge.standard

    @Test func pinyinNamesMeetTheirSinoVietnameseReading() {
        #expect(bridge.matches(pinyin: "Wang Jianguo", vietnamese: "Vương Kiến Quốc"))
        #expect(bridge.matches(pinyin: "Hekou", vietnamese: "Hà Khẩu"))
        #expect(bridge.matches(pinyin: "Yunnan", vietnamese: "Vân Nam"))
        #expect(!bridge.matches(pinyin: "Wang Jianguo", vietnamese: "Vương Kiến Minh"))
        // One syllable is too often a coincidence.
        #expect(!bridge.matches(pinyin: "Wang", vietnamese: "Vương"))
    }

    @Test func hangulWordsMeetTheirSinoVietnameseReading() {
        #expect(bridge.matches(hangul: "국방", vietnamese: "quốc phòng"))
        #expect(!bridge.matches(hangul: "국방", vietnamese: "hải quân"))
    }
}

@Suite struct EntryProposalTests {
    func proposal(_ forms: [String: String], kind: GlossaryEntry.Kind = .place, score: Double = 1, beads: Int = 1, source: String) -> EntryProposal {
        EntryProposal(forms: forms.mapValues { [$0] }, languages: forms.keys.sorted(), kind: kind, score: score, beads: beads, articles: 1,
                      competitors: [], sources: [source])
    }

    @Test func aFamilyNameAloneIsPartOfTheFullName() {
        let settled = EntryProposals.settle([proposal(["en": "Kim", "ko": "김"], kind: .person, source: "a"),
                                             proposal(["en": "Kim Sang-woo", "ko": "김상우"], kind: .person, source: "a")])
        #expect(settled.map(\.acceptable) == [true, false])
        #expect(settled[1].partOf == "en:Kim Sang-woo ↔ ko:김상우" || settled[1].reviewReason != nil)
    }

    @Test func theSameAcronymOnBothSidesNeedsReview() {
        #expect(proposal(["en": "NADMA", "vi": "NADMA"], source: "a").acceptable == false)
        #expect(proposal(["en": "Kuantan", "vi": "Kuantan"], source: "a").acceptable)
    }

    @Test func articlesAddUpAndLanguagesJoinInOneEntry() {
        let once = proposal(["en": "Pahang", "ko": "파항"], score: 0.9, source: "a")
        #expect(!once.acceptable)
        let twice = EntryProposals.aggregate([[once], [proposal(["en": "Pahang", "ko": "파항"], score: 0.9, source: "b")]])
        #expect(twice.count == 1 && twice[0].articles == 2 && twice[0].beads == 2 && twice[0].sources == ["a", "b"] && twice[0].acceptable)
        let entries = EntryProposals.entries(twice + [proposal(["en": "Pahang", "vi": "Pahang"], source: "c")], origin: "test")
        #expect(entries.count == 1)
        #expect(entries[0].id == "pahang" && entries[0].kind == .place)
        #expect(entries[0].forms == ["en": ["Pahang"], "ko": ["파항"], "vi": ["Pahang"]])
        #expect(entries[0].source == "test: a, b, c")
    }
}
