import Foundation
import Testing
@testable import BitextText

@Suite struct PageClassifierTests {
    static let seeds = ["000_16a4560da9b5d69e", "001_4bdbc64759555825", "002_440c89327bf5bdd4", "003_54d23402e841484d", "004_366dc1fd077f5934"]

    /// Every seed's furniture, as listed in fixtures/kinds, is found, and no body sentence is taken for it.
    @Test(arguments: seeds)
    func seedFurnitureMatchesTheFixture(seed: String) throws {
        let document = try DocumentLoader().load(Fixtures.path("seeds/\(seed).txt"))
        let parts = seed.hasPrefix("001") ? try { let (a, b) = try LanguageSplitter().split(document); return [a, b] }() : [document]
        var found: [String] = []
        for part in parts {
            for s in try SentenceSegmenter(language: part.language).segments(of: part) where s.kind != .body {
                found.append("\(s.kind.rawValue)\t\(s.text)")
            }
        }
        #expect(found == (try Fixtures.lines("kinds/\(seed).kinds")))
    }

    @Test func rulesAndStructuralCues() {
        let c = PageClassifier(language: .vietnamese)
        let kinds = c.classify([
            "Thứ Hai, 12/01/2026, 09:23 (GMT+7)",
            "Việt Nam-Nhật Bản tăng cường hợp tác quốc phòng",
            "Hồng Pha",
            "Sáng 11/12, tại Hà Nội, Đại tướng Nguyễn Tân Cương đã tiếp Đô đốc Saito Akira.",
            "Đại tướng tiếp Đô đốc. (Ảnh: TTXVN)",
            "(TTXVN/Vietnam+)",
            "#Việt Nam-Nhật Bản #Quốc phòng",
            "Tin liên quan",
            "Một câu bình thường sau khối tin liên quan.",
        ])
        #expect(kinds == [.dateline, .title, .credit, .body, .caption, .credit, .boilerplate, .boilerplate, .boilerplate])
    }

    @Test func japaneseAndChineseNewsFurniture() {
        let ja = PageClassifier(language: .japanese).classify([
            "韓国軍、マレーシアでの災害救援訓練に部隊を派遣",
            "2026.05.03 10:42",
            "【ソウル聯合ニュース】韓国国防部は３日、約２００人の兵力をマレーシアに派遣したと発表した。",
            "関連記事",
            "韓国海軍、米比合同演習に初参加",
        ])
        #expect(ja == [.title, .dateline, .body, .boilerplate, .boilerplate])
        let zh = PageClassifier(language: .chinese).classify([
            "2026-05-03 10:42 来源：新华网",
            "责任编辑：王小明",
            "中国和越南在边境举行了友好交流活动，双方表示将进一步加强合作。",
            "相关新闻",
            "中越两军举行会谈",
        ])
        #expect(zh == [.dateline, .credit, .body, .boilerplate, .boilerplate])
    }

    /// A byline is "By" and capitalised names; a sentence that opens with "By the …" is prose. A time stamp
    /// is a dateline only on a line of its own.
    @Test func bylinesAndDatelinesAreShortLinesOnly() {
        let kinds = PageClassifier(language: .english).classify([
            "Seoul sends troops",
            "By Lee Min-ha",
            "By the evening I really began to consider it. It rained all night.",
            "Monday, March 2, 2026, was the day the ministry said it would send 200 troops to the exercise.",
            "Monday, March 2, 2026 10:42 KST",
            "Reporting by Phil Stewart; Editing by Leslie Adler",
        ])
        #expect(kinds == [.title, .credit, .body, .body, .dateline, .credit])
    }

    /// A wire's end-of-story marker and a reporter's e-mail alone on a line are furniture in every language;
    /// so are a Korean wire's copyright notice and tip line.
    @Test func endMarkersAndEMailLinesAreFurniture() {
        let english = PageClassifier(language: .english).classify(["Body text of the story goes here, long enough.", "(END)", "minha@yna.co.kr"])
        #expect(english == [.body, .boilerplate, .boilerplate])
        let japanese = PageClassifier(language: .japanese).classify(["本文です。", "（終わり）"])
        #expect(japanese == [.body, .boilerplate])
        let korean = PageClassifier(language: .korean).classify([
            "한국은 말레이시아에 병력을 보냈다.", "(끝)", "제보는 카카오톡 okjebo", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>",
        ])
        #expect(korean == [.body, .boilerplate, .boilerplate, .boilerplate])
    }

    @Test func englishBodyStaysBody() {
        let c = PageClassifier(language: .english)
        #expect(c.classify(["South Korea and Japan agreed to resume drills.", "Separately, Ahn thanked Japan."]) == [.body, .body])
    }

    /// System ICU's matcher (one UTF-16 copy of the line for all rules) agrees with Foundation's
    /// NSRegularExpression, which the rules were written for: every shipped rule on every line of the
    /// seeds, the rules' own examples, and the bench's news lines.
    @Test func rulesMatchWhereFoundationsRegularExpressionsMatch() throws {
        var lines = ["Thứ Hai, 12/01/2026, 09:23 (GMT+7)", "(TTXVN/Vietnam+)", "#Việt Nam-Nhật Bản #Quốc phòng", "Tin liên quan", "",
                     "Share | Print | Email", "By Kim Tong-hyung", "Related articles:", "입력 2026.01.12 09:23", "홍길동 기자 hong@yna.co.kr",
                     "김철수 특파원", "관련기사", "ⓒ 연합뉴스 무단 전재 재배포 금지", "Photo: (Photo: Reuters)", "SHARE", "Monday, January 12, 2026 at 9am",
                     "Posted : Jan. 12 2026", "Follow us on Twitter", "Park Si-soo / Korea Herald", "(AP)",
                     "(Photo: Yonhap) The minister spoke.", "Troops (Photo: Reuters) (file)", "사진 (사진=연합뉴스) (사진: 국방부)  "]
        for seed in PageClassifierTests.seeds { lines += try Fixtures.lines("seeds/\(seed).txt") }
        // The bench's news lines where ../shared is beside the project (always in CI, where its absence fails).
        let news = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/bench/park_news_koen").path
        if ProcessInfo.processInfo.environment["CI"] == "true" || FileManager.default.fileExists(atPath: news) {
            let files = try FileManager.default.contentsOfDirectory(atPath: news).sorted().prefix(6)
            #expect(!files.isEmpty)
            for file in files {
                lines += try String(contentsOfFile: news + "/" + file, encoding: .utf8).split(separator: "\n").prefix(300).map(String.init)
            }
        }
        var matched = 0
        for language in [LanguageCode.english, .korean, .vietnamese, .japanese] {
            let classifier = PageClassifier(language: language)
            for rule in classifier.rules {
                let foundation = try NSRegularExpression(pattern: rule.pattern, options: [.caseInsensitive])
                let icu = try RegularExpression(rule.pattern, caseInsensitive: true)
                for line in lines {
                    let expected = foundation.firstMatch(in: line, options: [], range: NSRange(line.startIndex..., in: line)) != nil
                    let units = Array(line.utf16)
                    #expect(units.withUnsafeBufferPointer { icu.matches(in: $0) } == expected, "\(rule.pattern) on \(line)")
                    // Rules anchored at the start are only tried there, as the classifier does.
                    if rule.how != .end {
                        #expect(units.withUnsafeBufferPointer { icu.matchesAtStart(of: $0) } == expected, "\(rule.pattern) on \(line)")
                    }
                    if expected { matched += 1 }
                }
            }
        }
        #expect(matched > 40)
    }

    /// The caption rule, searched for at the line's end, says what it said as a whole-line rule opening
    /// with `.*`, on the same lines as above.
    @Test func captionRuleAtTheEndIsTheWholeLineRule() throws {
        var lines = ["Đại tướng tiếp Đô đốc. (Ảnh: TTXVN)", "Photo: (Photo: Reuters)", "(Photo: Yonhap) The minister spoke.",
                     "Troops (Photo: Reuters) (file)", "사진 (사진=연합뉴스) (사진: 국방부)  ", "写真 (写真：共同)", "(Source: x) y (Nguồn: VNA)", ""]
        for seed in PageClassifierTests.seeds { lines += try Fixtures.lines("seeds/\(seed).txt") }
        let whole = try NSRegularExpression(pattern: "^(?:.*\\((Photo|Ảnh|사진|写真|Source|Nguồn)\\s*[:：][^)]*\\)\\s*)$", options: [.caseInsensitive])
        let rule = try #require(PageClassifier(language: .english).rules.first { $0.kind == .caption })
        #expect(rule.how == .end)
        let atEnd = try RegularExpression(rule.pattern, caseInsensitive: true)
        var captions = 0
        for line in lines {
            let expected = whole.firstMatch(in: line, options: [], range: NSRange(line.startIndex..., in: line)) != nil
            #expect(Array(line.utf16).withUnsafeBufferPointer { atEnd.matches(in: $0) } == expected, "\(line)")
            if expected { captions += 1 }
        }
        #expect(captions == 9)
    }

    @Test func malformedRuleIsReported() {
        #expect(throws: BitextError.malformed("x", line: 1, reason: "expected KIND<TAB>line|start|end|block<TAB>PATTERN")) {
            try PageClassifier(rules: "nonsense\tline\tx\n", name: "x")
        }
    }

    @Test func scrapedTextWithoutSpaceAfterAStopIsSplit() throws {
        let s = try SentenceSegmenter(language: .vietnamese)
        #expect(s.sentences(of: "Bộ trưởng Ngô Xuân Lịch.Lễ đón chính thức diễn ra. Hết.") == ["Bộ trưởng Ngô Xuân Lịch.", "Lễ đón chính thức diễn ra.", "Hết."])
        #expect(s.sentences(of: "Quân đội Mỹ (U.S.) đến.") == ["Quân đội Mỹ (U.S.) đến."])
    }

    @Test func bylinesAreOneToFourCapitalisedWords() {
        #expect(PageClassifier.looksLikeByline("Hồng Pha") && PageClassifier.looksLikeByline("Kim Tong-hyung"))
        #expect(PageClassifier.looksLikeByline(" A  B C D ") && !PageClassifier.looksLikeByline("A B C D E"))
        #expect(!PageClassifier.looksLikeByline("Kim 2") && !PageClassifier.looksLikeByline("kim Lee") && !PageClassifier.looksLikeByline(""))
        // The word count read from the bytes never refuses a line the words themselves would take.
        func byWords(_ line: String) -> Bool {
            let words = line.split(separator: " ")
            return (1...4).contains(words.count) && words.allSatisfy { w in w.first!.isUppercase && w.allSatisfy { $0.isLetter || $0 == "-" } }
        }
        let pool = [" ", " ", "A", "b", "Ă", "-", "1", "\u{301}", " \u{301}", "\t"]
        var rng = SplitMix(seed: 23)
        for _ in 0..<5000 {
            let line = (0..<(Int(rng.next() % 12) + 1)).map { _ in pool[Int(rng.next() % UInt64(pool.count))] }.joined()
            #expect(PageClassifier.looksLikeByline(line) == byWords(line), "\(line.unicodeScalars.map(\.value))")
        }
    }

    /// A body line that a block rule takes by mistake (a sentence ending in a date, like a related headline) drops
    /// that line and the short lines after it, not the rest of the article: the block ends at running text.
    @Test func aFurnitureBlockEndsAtTheNextParagraphOfProse() {
        let paragraphs = [
            "Bộ trưởng Quốc phòng hai nước đã hội đàm tại Hà Nội ngày 11/6/2026",
            "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực đào tạo, huấn luyện và gìn giữ hòa bình. Đại tướng Đỗ Minh Khải đánh giá cao kết quả hợp tác quốc phòng giữa hai nước thời gian qua, nhất là trong khắc phục hậu quả chiến tranh.",
            "Tin liên quan",
            "Việt Nam - Hàn Quốc đối thoại chính sách quốc phòng lần thứ 12 12/5/2026",
        ]
        let kinds = PageClassifier(language: .vietnamese).classify(paragraphs)
        #expect(kinds == [.boilerplate, .body, .boilerplate, .boilerplate])
    }
}
