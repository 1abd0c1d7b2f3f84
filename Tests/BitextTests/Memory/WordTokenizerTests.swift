import Testing
@testable import BitextMemory

@Suite struct WordTokenizerTests {
    let t = WordTokenizer()

    @Test func wordsDropPunctuationAndKeepDiacritics() {
        #expect(t.words("Hà Nội, 3.5% growth!", language: "vi") == ["hà", "nội", "3.5", "growth"])
        #expect(t.words("안규백 장관은 말했다.", language: "ko") == ["안규백", "장관은", "말했다"])
        #expect(t.words("U.S. envoy's visit", language: "en") == ["u.s", "envoy's", "visit"])
    }

    @Test func termsFoldAndSplitAtWhatSQLiteSplits() {
        #expect(t.terms("Hà Nội, 3.5% growth!", language: "vi") == ["ha", "noi", "3", "5", "growth"])
        #expect(t.terms("Đà Nẵng", language: "vi") == ["da", "nang"])
        #expect(t.terms("안규백 장관은", language: "ko") == ["안규백", "장관은"])
    }

    @Test func japaneseAndChineseGetDictionaryWords() {
        #expect(t.words("防衛大臣が会談した", language: "ja").count >= 3)
        #expect(t.words("防衛大臣が会談した", language: "ja").joined() == "防衛大臣が会談した")
    }
}
