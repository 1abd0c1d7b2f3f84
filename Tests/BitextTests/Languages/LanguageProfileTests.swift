import Testing
@testable import BitextText

@Suite struct LanguageProfileTests {
    @Test func everyShippedFolderParses() throws {
        let folders = Resources.folders("Languages").filter { $0 != "common" }
        #expect(folders == ["de", "en", "es", "fr", "it", "ja", "ko", "nl", "pt", "vi", "zh"])
        for code in folders { _ = try LanguageProfiles.load(code) }
        #expect(Set(LanguageProfiles.shipped.keys) == Set(folders))
    }

    @Test func whatEachProfileSays() throws {
        let ko = try LanguageProfiles.load("ko"), vi = try LanguageProfiles.load("vi")
        let ja = try LanguageProfiles.load("ja"), zh = try LanguageProfiles.load("zh"), en = try LanguageProfiles.load("en")
        #expect(ko.nameWriting == .native && ko.romanizer == .hangul && ko.hanReading == .hangul && !ko.writesHan)
        #expect(vi.nameWriting == .respelt && vi.hanReading == .vietnamese && vi.hasMarkerLetters && vi.ambiguousNumberWords == ["năm"])
        #expect(ja.romanizer == .icu("Katakana-Latin; Hiragana-Latin; Latin-ASCII") && ja.wordSeparator == "" && ja.writesHan)
        #expect(zh.scripts == [.han] && zh.wordSeparator == "" && zh.hanReading == .mandarin)
        #expect(en.writesNamesInLatin && en.wordSeparator == " " && en.stopWords.contains("the") && en.numberWords["scale"]?.contains("million=1000000") == true)
        #expect(LanguageProfiles.leadingGlossaryColumns == ["en", "ko", "vi", "ja"])
        #expect(LanguageProfiles.detectable.map(\.code) == ["ja", "ko", "zh", "vi"])
    }

    @Test func aLanguageWithoutAFolderGetsTheGenericProfile() throws {
        let ru = try LanguageCode("ru").profile
        #expect(ru.code == "ru" && ru.scripts.isEmpty && ru.nameWriting == .latin && ru.wordSeparator == " ")
        #expect(ru.segmentationRules == SegmentationRules() && ru.furnitureRules.isEmpty && ru.numberWords.isEmpty)
        // The decimal separator of a language without a folder comes from the system's locale data.
        let th = try LanguageCode("th").profile
        #expect(ru.decimalComma && !th.decimalComma)
        #expect(LanguageCode.vietnamese.profile.decimalComma && !LanguageCode.english.profile.decimalComma)
    }

    @Test func aShareIsTheFractionWrittenExactly() throws {
        let third = try #require(ScriptShare(parsing: "kana+han > 1/3"))
        // 1000 of 3000 letters is a third, not more than one; 1001 is.
        var p = ScriptProfile("")
        p.latin = 2000; p.han = 1000
        #expect(!third.holds(for: p))
        p.han = 1001
        #expect(third.holds(for: p))
        let ofLatin = try #require(ScriptShare(parsing: "vietnamese/latin >= 1/40"))
        p = ScriptProfile(""); p.latin = 400; p.vietnamese = 10
        #expect(ofLatin.holds(for: p))
        p.vietnamese = 9
        #expect(!ofLatin.holds(for: p))
        #expect(ScriptShare(parsing: "cyrillic >= 1/2") == nil && ScriptShare(parsing: "han => 1/2") == nil && ScriptShare(parsing: "han >= 1/0") == nil)
    }

    @Test func aMalformedProfileNamesItsFileAndLine() {
        let files = ["profile.txt": "name\tKlingon\nscript\tlatin\n"]
        #expect(throws: BitextError.malformed("tlh/profile.txt", line: 2, reason: "expected one of ambiguous-number-words, decimal-separator, detect, detect-order, glossary-column, han-name-readings, han-reading, home-region, marker-letters, name, names, romanizer, scripts, word-separator, writes-han, a tab, a value")) {
            try LanguageProfile(code: "tlh") { files[$0] ?? "" }
        }
        #expect(throws: BitextError.malformed("tlh/profile.txt", line: 0, reason: "names: cannot read 'roman'")) {
            try LanguageProfile(code: "tlh") { $0 == "profile.txt" ? "names\troman\n" : "" }
        }
    }

    @Test func detectionReadsTheProfiles() {
        let detector = LanguageDetector()
        #expect(detector.detect("韓国と日本は合意した。会談は横須賀で行われた。")?.primary == "ja")
        #expect(detector.detect("韩国和日本达成协议。会谈在横须贺举行。")?.primary == "zh")
        #expect(detector.detect("한국과 일본은 합의했다.")?.primary == "ko")
        #expect(detector.detect("Hàn Quốc và Nhật Bản đã đạt được thỏa thuận.")?.primary == "vi")
        #expect(detector.detect("The talks were held in Yokosuka on Tuesday.")?.primary == "en")
    }
}
