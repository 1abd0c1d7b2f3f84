import Testing
@testable import BitextText
@testable import BitextNames
@testable import BitextAlignment

/// Names in Japanese and Chinese text meet their English forms through katakana romanization and Han readings.
@Suite struct HanNameAnchorTests {
    func phonetic(_ extractor: AnchorExtractor, _ sentence: String, opposite: PhoneticKeySet? = nil) -> Set<String> {
        Set(extractor.anchors(of: sentence, opposite: opposite).filter { $0.kind == .phonetic }.map(\.value))
    }

    /// The keys the Japanese or Chinese side shares with its English translation.
    func shared(_ language: LanguageCode, _ sentence: String, english: String) -> Set<String> {
        let en = AnchorExtractor(language: .english, partner: language, glossary: nil)
        let other = AnchorExtractor(language: language, partner: .english, glossary: nil)
        let englishKeys = en.anchors(of: english)
        return phonetic(other, sentence, opposite: PhoneticKeySet([englishKeys])).intersection(englishKeys.map(\.value))
    }

    @Test func katakanaNamesJoinedByAMiddleDotMeetTheirEnglishForm() {
        // サンウ has ン for "ng": read both ways.
        #expect(shared(.japanese, "韓国派遣団を率いるキム・サンウ少将は声明で述べた。", english: "Maj. Gen. Kim Sang-woo said in a statement.") == ["KMSNK", "SNK"])
        #expect(shared(.japanese, "マレーシア・パハン州の州都クアンタンで行われる。", english: "It will be held in Kuantan, the capital of Pahang.")
            .isSuperset(of: ["KNTN", "PNK"]))
    }

    @Test func chineseNamesReadInMandarin() {
        #expect(shared(.chinese, "国家主席习近平会见了越南领导人。", english: "President Xi Jinping met the Vietnamese leader.").contains(PhoneticKey.key("Xi Jinping")))
    }

    @Test func japaneseNamesReadThroughKunReadingsWithRendaku() {
        // 岸田 is kishi + ta, said Kishida: voiced and voiceless consonants share a key.
        #expect(shared(.japanese, "岸田文雄首相は横須賀を訪れた。", english: "Prime Minister Fumio Kishida visited Yokosuka.")
            .isSuperset(of: [PhoneticKey.key("Kishida"), PhoneticKey.key("Yokosuka")]))
    }

    @Test func japaneseNamesFromTheTableOfNameReadings() {
        // 大阪 reads oo + saka by its characters (two consonants); the table gives Osaka, and 石破茂 is two entries.
        let reader = HanNameReader(routes: [.japanese], names: LanguageCode.japanese.profile.nameReadings)
        #expect(reader.namedParts(Array("石破茂")[...]) == ["ishiba", "shigeru"])
        #expect(reader.namedParts(Array("石破氏")[...]) == nil)
        #expect(shared(.japanese, "石破茂首相は大阪を訪れた。", english: "Prime Minister Shigeru Ishiba visited Osaka.")
            .isSuperset(of: [PhoneticKey.key("Shigeru Ishiba")]))
    }

    @Test func koreanNamesInHanReadAsSinoKorean() {
        #expect(shared(.chinese, "韩国总统尹锡悦表示欢迎。", english: "South Korean President Yoon Suk Yeol welcomed it.").contains(PhoneticKey.key("Yoon Suk Yeol")))
    }

    @Test func hanReadingsOfOneSpan() {
        let reader = HanNameReader(routes: [.mandarin, .japanese, .sinoKorean])
        let keys = reader.keys(Array("金相宇")[...])
        #expect(keys.contains(PhoneticKey.key("Kim Sang-woo")))
        // A character without a reading on a route gives no key on it.
        #expect(HanNameReader(routes: [.mandarin]).spellings(Array("习A")[...], .mandarin) == [])
        #expect(HanNameReader(routes: [.mandarin]).spellings(Array("习近平")[...], .mandarin) == [" xí jìn píng"])
    }

    @Test func unspacedRunsCutByScript() {
        let runs = UnspacedRuns.runs(of: "防衛相はキム・サンウ・と会談した。ＡＲＦ")
        #expect(runs.map { String($0.text) } == ["防衛相", "キム・サンウ", "会談"])
        #expect(runs.map(\.kind) == [.han, .katakana, .han])
    }
}
