import Testing
@testable import Bitext

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

    @Test func englishBodyStaysBody() {
        let c = PageClassifier(language: .english)
        #expect(c.classify(["South Korea and Japan agreed to resume drills.", "Separately, Ahn thanked Japan."]) == [.body, .body])
    }

    @Test func malformedRuleIsReported() {
        #expect(throws: BitextError.malformed("x", line: 1, reason: "expected KIND<TAB>line|start|block<TAB>PATTERN")) {
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
}
