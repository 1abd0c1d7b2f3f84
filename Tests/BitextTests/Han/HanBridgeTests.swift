import Testing
@testable import BitextText
@testable import BitextNames
@testable import BitextAlignment

/// The Han bridge: the readings table generated from Unihan, and the Korean-Vietnamese cognate anchors read
/// through it.
@Suite struct HanBridgeTests {
    let readings = HanReadings.standard

    @Test func theTableReadsACharacterInEveryLanguage() throws {
        let xi = try #require(readings.entries["習"])
        #expect(xi.hangul == ["습"])
        #expect(xi.vietnamese == ["tập"])
        #expect(xi.mandarin == ["xí"])
        #expect(xi.japaneseOn == ["shuu", "juu"])
        #expect(xi.educational)
        #expect(readings.entries["國"]?.vietnamese == ["quốc"] && readings.entries["防"]?.vietnamese == ["phòng"])
        #expect(readings.entries.count > 8000)
    }

    @Test func koreanWordsAreReadAsTheirSinoVietnameseCognates() {
        let cognates = HanCognates()
        let korean = cognates.koreanKeys("국방부 장관은 회담에서 훈련과 해양 협력을 논의했다.")
        // 협력 (協力) is not among them: Unihan reads 協 as hiếp, where Vietnamese writes hiệp lực.
        for word in ["quốc phòng", "hội đàm", "huấn luyện", "hải dương"] {
            #expect(korean.contains(word), "\(word)")
        }
        // Syllables in different words never pair: 부 ends one word, 장 starts the next.
        #expect(!korean.contains { $0.hasPrefix("bộ ") })
        let vietnamese = cognates.vietnameseKeys("Bộ trưởng Quốc phòng hội đàm về huấn luyện, hải dương.")
        // "trưởng" is not a reading of 長 in Unihan (trường is), so "Bộ trưởng" makes no key; punctuation ends a phrase.
        #expect(vietnamese == ["quốc phòng", "phòng hội", "hội đàm", "huấn luyện", "hải dương"])
    }

    @Test func aKoreanAndAVietnameseSentenceShareCognateAnchors() {
        let features = PairFeatures.build(source: ["국방부는 회담을 열었다.", "날씨가 좋았다."], sourceLanguage: try! LanguageCode("ko"),
                                          target: ["Hai bên đã hội đàm.", "Trời đẹp."], targetLanguage: try! LanguageCode("vi"), glossary: nil)
        let cognates = features.keys.enumerated().filter { $0.element.kind == .cognate }.map(\.offset)
        #expect(features.keys.filter { $0.kind == .cognate }.map(\.value) == ["hội đàm"])
        #expect(features.source[0].anchors.contains(UInt32(cognates[0])) && features.target[0].anchors.contains(UInt32(cognates[0])))
        #expect(features.source[1].anchors.isEmpty && features.target[1].anchors.isEmpty)
    }

    func cognates(_ sentence: String, _ language: LanguageCode, _ partner: LanguageCode) -> Set<String> {
        Set(HanCognates().keys(of: [sentence], language: language, partner: partner)[0].map(\.value))
    }

    @Test func theBridgeChoosesItsPivotFromTheProfiles() {
        #expect(HanCognates.pivot(.korean, .vietnamese) == .vietnamese)
        #expect(HanCognates.pivot(.chinese, .vietnamese) == .vietnamese)
        #expect(HanCognates.pivot(.japanese, .korean) == .hangul)
        #expect(HanCognates.pivot(.japanese, .chinese) == .hangul)
        #expect(HanCognates.pivot(.english, .chinese) == nil && HanCognates.pivot(.korean, .korean) == nil)
    }

    @Test func japaneseAndChineseHanMeetKoreanAndVietnameseWords() {
        #expect(cognates("国防相が会談した", .japanese, .korean).isSuperset(of: ["국방", "회담"]))
        #expect(cognates("국방부 장관이 회담했다", .korean, .japanese).isSuperset(of: ["국방", "회담"]))
        #expect(cognates("国防部长会谈", .chinese, .vietnamese).contains("quốc phòng"))
        #expect(cognates("Bộ trưởng Quốc phòng hội đàm", .vietnamese, .chinese).contains("quốc phòng"))
        // Simplified 谈 reads as its traditional form 談: Japanese 会談 and Chinese 会谈 meet.
        #expect(cognates("会談", .japanese, .chinese) == cognates("会谈", .chinese, .japanese))
    }
}
