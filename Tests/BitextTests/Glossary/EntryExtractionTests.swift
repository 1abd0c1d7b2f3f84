import Testing
import BitextText
@testable import BitextNames
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

/// Runs and stretches that end a name, and heads that open one.
@Suite struct NameBoundaryTests {
    func candidates(_ text: String, _ language: String) throws -> [NameCandidate] {
        try NameCandidateFinderTests().candidates(text, language)
    }

    @Test func aParenthesisEndsTheNameBeforeIt() throws {
        let english = try candidates("PALU, Indonesia (AP) — The quake struck Palu.", "en")
        let indonesia = try #require(english.first { $0.form == "Indonesia" })
        #expect(!indonesia.partial)
        #expect(!english.contains { $0.form.contains("Indonesia AP") })
        let korean = try candidates("유럽연합(EU)과 국가재난관리청(BNPB)은 지원을 약속했다.", "ko")
        #expect(korean.contains { $0.form == "유럽연합" } && korean.contains { $0.form == "국가재난관리청" })
        #expect(!korean.contains { $0.form.contains("(") || $0.form.contains(")") })
    }

    @Test func aParticleNoNameEndsInIsNeverKept() throws {
        let europe = try candidates("유럽의 국가들이 참가했다.", "ko")
        #expect(europe.contains { $0.form == "유럽" } && !europe.contains { $0.form == "유럽의" })
        // 이 may end a name: the word as written stays a candidate beside the one without it.
        let written = try candidates("도민카이 사령관이 말했다.", "ko")
        #expect(written.contains { $0.form == "도민카이" } && written.contains { $0.form == "도민카" })
    }

    @Test func headsOfTwoWordsOpenAnOrganisationAndAHeadAloneIsNoName() throws {
        let union = try candidates("Liên minh châu Âu (EU) và châu Âu gửi viện trợ.", "vi")
        let org = try #require(union.first { $0.form == "Liên minh châu Âu" })
        #expect(org.kind == "org")
        #expect(union.contains { $0.form == "châu Âu" && $0.core == "Âu" && $0.kind == "place" })
        let government = try candidates("Chính phủ và Bộ Ngoại giao Trung Quốc đã họp.", "vi")
        #expect(!government.contains { $0.form == "Chính phủ" })
        #expect(government.contains { $0.form == "Bộ Ngoại giao Trung Quốc" && $0.kind == "org" })
        // A word that opens no name is kept before a head that would stand alone; a function word is not.
        let english = try candidates("The European Union and the Union met.", "en")
        #expect(english.contains { $0.form == "European Union" && $0.kind == "org" })
        #expect(!english.contains { $0.form == "Union" || $0.form.hasPrefix("The") })
    }

    @Test func aFunctionWordJoinsNoName() throws {
        let found = try candidates("Người phát ngôn Bộ Ngoại giao Trung Quốc Quách Minh Huy cho biết Bắc Kinh sẽ hỗ trợ.", "vi")
        #expect(found.contains { $0.form == "Quách Minh Huy" })
        #expect(!found.contains { $0.form.contains("cho") })
    }
}

/// Countries and areas, paired by the names CLDR gives them.
@Suite struct RegionExonymTests {
    @Test func cldrNamesCountriesAndAreasInEachLanguage() {
        #expect(RegionNames.name(of: "CN", in: "vi") == "Trung Quốc")
        #expect(RegionNames.name(of: "150", in: "ko") == "유럽")
        #expect(RegionNames.name(of: "QQ", in: "en") == nil)
        #expect(RegionNames.countryCodes.count >= 240 && RegionNames.countryCodes.contains("MY"))
    }

    @Test func theShippedRegionTablesParse() throws {
        for path in [RegionExonyms.namesPath, RegionExonyms.adjectivesPath] {
            let table = try FormTable(parsing: Resources.text(path), name: path, columns: ["region"])
            #expect(table.rows.count >= 6, "\(path)")
        }
        #expect(throws: BitextError.malformed("r.tsv", line: 2, reason: "2 columns where the header has 3")) {
            try FormTable(parsing: "region\ten\tko\nAU\tAustralia\n", name: "r.tsv", columns: ["region"])
        }
    }

    @Test func namesOfOneRegionAreFoundAcrossLanguages() throws {
        let exonyms = RegionExonyms.standard
        let en = try LanguageCode("en"), ko = try LanguageCode("ko"), vi = try LanguageCode("vi")
        #expect(exonyms.sharedRegion("European Union", en, "유럽연합", ko) == "EU")
        #expect(exonyms.sharedRegion("European Union", en, "Liên minh châu Âu", vi) == "EU")
        #expect(exonyms.sharedRegion("Europe", en, "châu Âu", vi) == "150")
        #expect(exonyms.sharedRegion("China", en, "Trung Quốc", vi) == "CN")
        #expect(exonyms.sharedRegion("China", en, "일본", ko) == nil)
        #expect(exonyms.sharedRegion("Fire", en, "불의", ko) == nil)
        #expect(RegionExonyms.kind(of: "EU") == "org" && RegionExonyms.kind(of: "150") == "place")
    }

    @Test func extractionPairsExonymsWithTheirKind() throws {
        let extractor = EntryExtractor(glossary: Glossary(), matcher: try NameMatcher())
        let found = extractor.proposals(pairs: [("The European Union and Europe sent aid to Malaysia.", "Liên minh châu Âu (EU) và châu Âu gửi viện trợ tới Malaysia.", 0.9)],
                                        source: try LanguageCode("en"), target: try LanguageCode("vi"), article: "a")
        let union = try #require(found.first { $0.source == "European Union" })
        #expect(union.target == "Liên minh châu Âu" && union.kind == .org && union.acceptable)
        let europe = try #require(found.first { $0.source == "Europe" && $0.acceptable })
        #expect(europe.target == "châu Âu" && europe.kind == .place)
    }
}

@Suite struct EntryAcceptanceTests {
    func proposal(_ forms: [String: String], score: Double) -> EntryProposal {
        EntryProposal(forms: forms.mapValues { [$0] }, languages: forms.keys.sorted(), kind: .place, score: score, beads: 1, articles: 1,
                      competitors: [], sources: ["a"])
    }

    /// A close reading of one long word is accepted from one bead; of a short word, it needs more.
    @Test func aLongWordReadCloselyNeedsOneBead() {
        #expect(proposal(["en": "Malaysia", "ko": "말레이시아"], score: 0.95).acceptable)
        #expect(!proposal(["en": "Fire", "ko": "불의"], score: 0.95).acceptable)
        #expect(!proposal(["en": "Palu", "ko": "불리"], score: 0.95).acceptable)
        #expect(!proposal(["en": "Malaysia", "ko": "말레이시아"], score: 0.9).acceptable)
    }

    /// A Korean text keeps a code as it is: the same Latin form on both sides teaches nothing. Vietnamese
    /// writes foreign names in Latin script: the same form there is an entry.
    @Test func theSameLatinFormInAKoreanTextIsNoEntry() {
        let kept = proposal(["en": "DiREx", "ko": "DiREx"], score: 1)
        #expect(kept.keptInLatin && !kept.acceptable && kept.reviewReason == "the same Latin-script form on both sides")
        #expect(proposal(["en": "Kuantan", "vi": "Kuantan"], score: 1).acceptable)
    }
}

/// Names whose head is translated and whose rest is read or kept.
@Suite struct ComposedNameTests {
    let en = try! LanguageCode("en"), ko = try! LanguageCode("ko"), vi = try! LanguageCode("vi")

    @Test func theShippedHeadTableParsesLongerFormsFirst() throws {
        let table = try HeadTranslations(parsing: HeadTranslations.shippedText, name: HeadTranslations.path)
        let korean = table.heads(of: ko).map(\.form)
        let foreign = try #require(korean.firstIndex(of: "외교부")), ministry = try #require(korean.firstIndex(of: "부"))
        #expect(foreign < ministry)
        #expect(table.heads(of: vi).contains { $0.concept == "centre" && $0.form == "Trung tâm" && $0.kind == "org" })
        #expect(throws: BitextError.malformed("h.tsv", line: 2, reason: "3 columns where the header has 4")) {
            try HeadTranslations(parsing: "concept\tkind\ten\tko\ncentre\torg\tCentre\n", name: "h.tsv")
        }
    }

    @Test func aNameReadsAsAHeadAndItsRest() {
        func readings(_ text: String, _ language: LanguageCode) -> [String] {
            ComposedName.readings(of: text, language: language, heads: .standard).map { "\($0.head.concept)+\($0.rest)" }
        }
        #expect(readings("AHA Centre", en) == ["centre+AHA"])
        #expect(readings("Trung tâm AHA", vi).contains("centre+AHA"))
        #expect(readings("서울공항", ko).contains("airport+서울") && readings("서울공항", ko).contains("air-base+서울"))
        #expect(readings("Bệnh viện Quân y 175", vi).contains("military-hospital+175"))
        #expect(readings("Centre", en).isEmpty && readings("공항", ko).isEmpty)
    }

    @Test func composedNamesPairWithTheHeadsKind() throws {
        var glossary = Glossary()
        try glossary.add(GlossaryEntry(id: "seoul", kind: .place, forms: ["en": ["Seoul"], "vi": ["Seoul"], "ko": ["서울"]]), origin: "g")
        try glossary.add(GlossaryEntry(id: "mnd", kind: .org, forms: ["ko": ["국방부"], "vi": ["Bộ Quốc phòng"]]), origin: "g")
        let extractor = EntryExtractor(glossary: glossary, matcher: try NameMatcher())
        let found = extractor.proposals(pairs: [("Doctors of the AHA Centre left Seoul Air Base.", "Các bác sĩ của Trung tâm AHA rời sân bay Seoul.", 0.9)],
                                        source: en, target: vi, article: "a")
        let centre = try #require(found.first { $0.source == "AHA Centre" })
        #expect(centre.target == "Trung tâm AHA" && centre.kind == .org && centre.acceptable)
        // The glossary knows Seoul; its air base is another place.
        let base = try #require(found.first { $0.source == "Seoul Air Base" })
        #expect(base.target == "sân bay Seoul" && base.kind == .place && base.acceptable)
        // A known organisation said of its country is the known one.
        let ministry = extractor.proposals(pairs: [("한국 국방부는 발표했다.", "Bộ Quốc phòng Hàn Quốc cho biết.", 0.9)], source: ko, target: vi, article: "b")
        #expect(!ministry.contains { $0.acceptable && ($0.source.contains("국방부") || $0.target.contains("Quốc phòng")) })
    }

    @Test func numbersAndAcronymsBeforeAKoreanHeadAndDirectionsBeforeAName() throws {
        let korean = NameCandidateFinder(language: ko).candidates(in: "175 군병원과 AHA 센터가 참여했다.")
        #expect(korean.contains { $0.form == "175 군병원" && $0.kind == "org" })
        #expect(korean.contains { $0.form == "AHA 센터" && $0.kind == "org" })
        let vietnamese = NameCandidateFinder(language: vi).candidates(in: "Động đất ở tỉnh Trung Sulawesi.")
        #expect(vietnamese.contains { $0.form == "Trung Sulawesi" && $0.core == "Sulawesi" })
    }
}

/// Names of countries beside CLDR's, adjectives, spellings, and what a Korean text leaves unsaid.
@Suite struct NameVariantTests {
    let en = try! LanguageCode("en"), ko = try! LanguageCode("ko"), vi = try! LanguageCode("vi")

    @Test func newsNamesAndAdjectivesOfCountries() {
        let exonyms = RegionExonyms.standard
        #expect(exonyms.sharedRegion("Australia", en, "호주", ko) == "AU")
        #expect(exonyms.sharedRegion("호주", ko, "Úc", vi) == "AU")
        #expect(exonyms.sharedRegion("Korea", en, "Hàn Quốc", vi) == "KR")
        // An adjective says its country in a composed name's rest only.
        #expect(exonyms.sharedRegion("Malaysian", en, "Malaysia", vi) == nil)
        #expect(exonyms.sharedRegion(allowingAdjectives: "Malaysian", en, "Malaysia", vi) == "MY")
        #expect(ko.profile.homeRegion == "KR" && vi.profile.homeRegion == "VN" && en.profile.homeRegion == nil)
    }

    @Test func vietnameseSpellsAFinalYAsI() {
        #expect(SinoVietnameseBridge.spelling("Lý") == "lí" && SinoVietnameseBridge.spelling("Mỹ") == "mĩ")
        #expect(SinoVietnameseBridge.spelling("Huy") == "huy" && SinoVietnameseBridge.spelling("tây") == "tây")
        #expect(SinoVietnameseBridge.standard.matches(pinyin: "Li Wei", vietnamese: "Lý Vĩ"))
    }

    @Test func aHeadAloneInItsOwnCountrysNewsIsThatCountrysOrganisation() throws {
        let extractor = EntryExtractor(glossary: Glossary(), matcher: try NameMatcher())
        let found = extractor.proposals(pairs: [("The Korea Coast Guard sent a ship.", "해양경찰청은 함정을 보냈다.", 0.9)], source: en, target: ko, article: "a")
        let guardEntry = try #require(found.first { $0.source == "Korea Coast Guard" })
        #expect(guardEntry.target == "해양경찰청" && guardEntry.kind == .org && guardEntry.acceptable)
        // Not the other way round: an English text names the country it means.
        let other = extractor.proposals(pairs: [("The Coast Guard sent a ship.", "말레이시아 해양경찰청은 함정을 보냈다.", 0.9)], source: en, target: ko, article: "b")
        #expect(!other.contains { $0.acceptable && $0.source.contains("Coast Guard") })
    }

    @Test func aNameReadWordForWordAndNumbersAfterLowerCaseWords() throws {
        let twoWords = EntryProposal(forms: ["en": ["Rahim Othman"], "ko": ["라힘 오스만"]], languages: ["en", "ko"], kind: .person, score: 0.92,
                                     beads: 1, articles: 1, competitors: [], sources: ["a"])
        #expect(twoWords.wordForWord && twoWords.acceptable)
        let oneWord = EntryProposal(forms: ["en": ["Rahim Othman"], "ko": ["라힘오스만"]], languages: ["en", "ko"], kind: .person, score: 0.92,
                                    beads: 1, articles: 1, competitors: [], sources: ["a"])
        #expect(!oneWord.wordForWord && !oneWord.acceptable)
        let hospital = NameCandidateFinder(language: vi).candidates(in: "Các bác sĩ của Bệnh viện Quân y 175 đã tới.")
        #expect(hospital.contains { $0.form == "Bệnh viện Quân y 175" })
    }

    /// A piece of an organisation's name that is a place of its own is an entry of its own.
    @Test func aPlaceInsideAnOrganisationsNameIsItsOwnEntry() {
        func proposal(_ forms: [String: String], _ kind: GlossaryEntry.Kind, beads: Int) -> EntryProposal {
            EntryProposal(forms: forms.mapValues { [$0] }, languages: forms.keys.sorted(), kind: kind, score: 1, beads: beads, articles: 1,
                          competitors: [], sources: ["a"])
        }
        let settled = EntryProposals.settle([proposal(["ko": "유럽연합", "vi": "Liên minh châu Âu"], .org, beads: 1),
                                             proposal(["ko": "유럽", "vi": "châu Âu"], .place, beads: 1),
                                             proposal(["en": "Agus Hartono", "ko": "아구스 하르토노"], .person, beads: 1),
                                             proposal(["en": "Hartono", "ko": "하르토노"], .place, beads: 2)])
        #expect(settled.first { $0.target == "châu Âu" }?.acceptable == true)
        #expect(settled.first { $0.source == "Hartono" }?.acceptable == false)
    }
}

@Suite struct KnownNameTests {
    /// The words of a name the glossary knows are no entry of their own.
    @Test func piecesOfAKnownNameAreNotProposed() throws {
        var glossary = Glossary()
        try glossary.add(GlossaryEntry(id: "black-eagles", kind: .unit, forms: ["en": ["Black Eagles"], "vi": ["Black Eagles"]]), origin: "g")
        let extractor = EntryExtractor(glossary: glossary, matcher: try NameMatcher())
        let found = extractor.proposals(pairs: [("The Black Eagles flew over Kuantan.", "Đội Black Eagles bay qua Kuantan.", 0.9)],
                                        source: try LanguageCode("en"), target: try LanguageCode("vi"), article: "a")
        #expect(!found.contains { $0.source.contains("Eagles") || $0.source == "Black" })
        #expect(found.contains { $0.source == "Kuantan" && $0.acceptable })
    }
}

@Suite struct ProposalTieTests {
    /// Two partners as good as each other: the one whose form sorts first wins, whatever order the evidence
    /// is read in (a dictionary's order changes from run to run).
    @Test func tiesGoToTheFormThatSortsFirst() {
        var evidence: [EntryExtractor.PairKey: EntryExtractor.PairEvidence] = [:]
        for target in ["불의", "불리", "부리"] {
            var e = EntryExtractor.PairEvidence()
            e.add(bead: 0.95, NameCandidate(form: "Palu"), NameCandidate(form: target), whole: true, affixed: true)
            evidence[EntryExtractor.PairKey(left: "Palu", right: target)] = e
        }
        let proposals = EntryExtractor.decide(evidence, leftLanguage: "en", rightLanguage: "ko", article: "a")
        let mutual = proposals.filter(\.mutual)
        #expect(mutual.count == 1 && mutual[0].target == "부리")
        #expect(mutual[0].competitors == ["불리", "불의"])
    }
}

@Suite struct UnspacedNameTests {
    /// Japanese writes no spaces: a classifier opening a run and a title closing it are not the name's.
    @Test func japaneseClassifiersAndTitlesAreTakenOff() throws {
        let finder = NameCandidateFinder(language: try LanguageCode("ja"))
        let place = finder.candidates(in: "艦隊は州都クアンタンに到着した。")
        #expect(place.contains { $0.form == "クアンタン" && $0.kind == "place" })
        #expect(!place.contains { $0.form.hasPrefix("州都") })
        let person = finder.candidates(in: "小泉防衛相は会見で述べた。")
        #expect(person.contains { $0.form == "小泉" && $0.kind == "person" })
        // A run no longer than its cue keeps it (two characters at least remain a name).
        #expect(finder.candidates(in: "首都は静かだった。").contains { $0.form == "首都" })
    }
}
