import Testing
@testable import Bitext

@Suite struct NumberExtractorTests {
    func numbers(_ lang: LanguageCode, _ text: String) -> [String] { NumberExtractor(language: lang).numbers(in: text) }

    @Test func thousandsSeparatorsFollowTheLanguage() {
        #expect(numbers(.english, "1,200 troops and 3.5 tons") == ["1200", "3.5"])
        #expect(numbers(.vietnamese, "1.200 quân và 3,5 tấn") == ["1200", "3.5"])
        #expect(numbers(.english, "8,192 processors, 1,000 times") == ["8192", "1000"])
    }

    @Test func wordsYearsAndDatesMeet() {
        #expect(numbers(.english, "for the first time in nine years") == ["9"])
        #expect(numbers(.korean, "9년 만에 처음으로") == ["9"])
        #expect(numbers(.vietnamese, "sau 9 năm gián đoạn, từ năm 2016") == ["9", "2016"])
        #expect(numbers(.korean, "2016년 이후") == ["2016"])
        #expect(numbers(.vietnamese, "ngày 30/1") == ["30", "1"])
        #expect(numbers(.english, "on January 30") == ["1", "30"])
    }

    @Test func scaleWordsAndKoreanUnits() {
        #expect(numbers(.english, "the $110 million wonder, 12.3 trillion calculations") == ["110000000", "12300000000000"])
        #expect(numbers(.korean, "1억1천만 달러, 12조3천억 번, 1억 1000만") == ["110000000", "12300000000000", "110000000"])
        #expect(numbers(.vietnamese, "110 triệu đô la") == ["110000000"])
    }

    @Test func leadingZerosAndTokensWithDigits() {
        #expect(numbers(.english, "at 09:05 a C-130H landed") == ["9", "5", "130"])
    }
}

@Suite struct AnchorTests {
    @Test func koreanNamesMeetTheirRomanizationThroughPhoneticKeys() throws {
        let ko = AnchorExtractor(language: .korean, partner: .english, glossary: nil)
        let en = AnchorExtractor(language: .english, partner: .korean, glossary: nil)
        let koKeys = Set(ko.anchors(of: "고이즈미에게 요코스카의 블랙 이글스").filter { $0.kind == .phonetic }.map(\.value))
        let enKeys = Set(en.anchors(of: "He met Koizumi at Yokosuka with the Black Eagles").filter { $0.kind == .phonetic }.map(\.value))
        #expect(enKeys.isSuperset(of: ["KJM", "KSK", "PLK", "KLS"]))
        #expect(koKeys.isSuperset(of: ["KJM", "KSK", "PLK", "KLS"]))
    }

    @Test func latinTokensInKoreanAreAnchors() {
        let ko = AnchorExtractor(language: .korean, partner: .english, glossary: nil)
        let tokens = ko.anchors(of: "한국 공군 C-130H 수송기").filter { $0.kind == .token }.map(\.value)
        #expect(tokens == ["c130h"])
    }

    @Test func sameScriptPairsUseOnlyNameLikeTokens() {
        let vi = AnchorExtractor(language: .vietnamese, partner: .english, glossary: nil)
        let tokens = vi.anchors(of: "Bộ trưởng Ahn Gyu Back đến Yokosuka (SAREX) an ninh").filter { $0.kind == .token }.map(\.value)
        #expect(tokens == ["ahn", "gyu", "back", "yokosuka", "sarex"])
    }

    @Test func featuresKeepOnlyAnchorsFoundOnBothSides() {
        let f = PairFeatures.build(source: ["In 2016 the drills stopped.", "Koizumi spoke."], sourceLanguage: .english,
                                   target: ["2016년 훈련 중단.", "아무 말도 없었다."], targetLanguage: .korean, glossary: nil)
        #expect(f.keys == [AnchorKey(kind: .number, value: "2016")])
        #expect(f.source[0].anchors == [0])
        #expect(f.target[0].anchors == [0])
        #expect(f.source[1].anchors.isEmpty)
    }

    @Test func lengthUnitsWeighHangulThreeTimes() {
        #expect(LengthUnits.length(of: "ab  c") == 4)
        #expect(LengthUnits.length(of: "한국 a") == 8)
    }
}

@Suite struct MoreNumberTests {
    @Test func compoundEnglishNumbers() {
        #expect(NumberExtractor(language: .english).numbers(in: "At twenty-one, and forty two") == ["21", "42"])
    }

    @Test func hanNumerals() {
        let zh = NumberExtractor(language: .chinese)
        #expect(zh.numbers(in: "我二十一岁时，在山下十四队，一九九八年，三万五千人") == ["21", "14", "1998", "35000"])
        #expect(zh.numbers(in: "我们一起去") == [])
    }

    @Test func quotationsCount() {
        #expect(AnchorExtractor.quotations(in: "He said “no” and ‘yes’.") == 2)
        #expect(AnchorExtractor.quotations(in: "a \"b\" c") == 1)
        #expect(AnchorExtractor.quotations(in: "none") == 0)
    }
}

@Suite struct NameAnchorTests {
    @Test func namesOutsideTheGlossaryArePairedAcrossScripts() throws {
        let (src, tgt) = NameAnchors().anchors(
            source: ["He beat Kasparov in 1997.", "Nothing here."], sourceLanguage: .english,
            target: ["아무것도 없다.", "그는 1997년 카스파로프를 이겼다."], targetLanguage: .korean, glossary: nil, matcher: try NameMatcher())
        #expect(src == [["kasparov"], []])
        #expect(tgt == [[], ["kasparov"]])
    }

    @Test func sameScriptPairsOtherThanVietnameseAreLeftToTokens() throws {
        let (src, tgt) = NameAnchors().anchors(source: ["Zermatt is high."], sourceLanguage: LanguageCode(known: "de"),
                                               target: ["Zermatt est haut."], targetLanguage: LanguageCode(known: "fr"), glossary: nil, matcher: try NameMatcher())
        #expect(src == [[]] && tgt == [[]])
    }
}
