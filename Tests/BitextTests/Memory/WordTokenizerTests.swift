import Foundation
import Testing
@testable import BitextMemory
@testable import BitextText

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

    /// The break table without ICU gives ICU's words, word for word, on real sentences of every language it
    /// serves (Text+Berg German and French, the Korean-English news, the development cases' Vietnamese) and on
    /// the characters that join words (apostrophes, points, commas, middle dots, connectors, marks).
    @Test func latinAndHangulWordsAreICUsWords() throws {
        let shared = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared")
        var texts: [(String, String)] = []
        for (language, path) in [("de", "bench/textberg_defr/de"), ("fr", "bench/textberg_defr/fr")] {
            let folder = shared.appendingPathComponent(path)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
                texts += try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").map { (language, String($0)) }
            }
        }
        for language in ["en", "ko"] {
            texts += try String(contentsOf: shared.appendingPathComponent("bench/park_news_koen/test.\(language)"), encoding: .utf8)
                .split(separator: "\n").map { (language, String($0)) }
        }
        let cases = shared.appendingPathComponent("dev/cases")
        for name in try FileManager.default.contentsOfDirectory(atPath: cases.path).sorted() {
            for language in ["en", "ko", "vi"] where FileManager.default.fileExists(atPath: cases.appendingPathComponent("\(name)/\(language).sent").path) {
                texts += try String(contentsOf: cases.appendingPathComponent("\(name)/\(language).sent"), encoding: .utf8)
                    .split(separator: "\n").map { (language, String($0)) }
            }
        }
        texts += ["don't U.S. e.g. 3.5 1,000,000 3,5 a'b l·l a_b __ x_1 1_x a.b.c 3rd a1b2 l'État 'quoted' ‘single’ a’b 12:30 a:b",
                  "Nguyễn Văn Hùng's 2.3 Đà Nẵng—Hà Nội … «guillemets» ¿Qué? ¡Sí! x × y ÷ z a..b a,,b 1..2 1.,2 a.1 1.a",
                  "e\u{301}te\u{301} cafe\u{301}s \u{301}x 안규백(安圭伯) 장관은 '국방' 회담을 했다. 3·1절 1·2차",
                  "a. b ,c 'd' .e. f' 'g ;h; _ __a a__ .5 5. ,5 5, a-b a—b a–b A.B.C."].map { ("en", $0) }
        let tokenizer = WordTokenizer()
        var covered = 0
        for (language, text) in texts {
            guard let fast = LatinHangulWordBreak.words(text) else { continue }
            covered += 1
            #expect(fast.map(String.init) == tokenizer.icuWords(text, key: language).map(String.init), "\(language): \(text)")
        }
        // Nearly every sentence of these languages is covered (the rest hold rarer punctuation or symbols).
        #expect(covered * 10 >= texts.count * 9)
        // What the memory stores for a text is what the general path makes of it, words and terms.
        for (language, text) in texts {
            let general = tokenizer.analyze(text, language: language)
            let stored = tokenizer.indexEntry(text, language: language)
            #expect(stored.wordCount == general.wordCount && stored.terms == general.terms.joined(separator: " "), "\(language): \(text)")
        }
        #expect(LatinHangulWordBreak.words("防衛大臣") == nil)
        #expect(LatinHangulWordBreak.words("soft\u{AD}hyphen") == nil)
        #expect(LatinHangulWordBreak.words("sooyeon@yna.co.kr") == nil)
    }
}
