import Testing
@testable import BitextText

@Suite struct SegmentationTests {
    /// Pieces cut from the text at UTF-16 offsets between code points are the pieces decoded from its
    /// UTF-16 units: random texts of ASCII, Hangul, combining marks and characters outside the BMP, cut
    /// at random code point boundaries.
    @Test func piecesCutAtUTF16OffsetsAreThePiecesDecoded() {
        let pool: [Unicode.Scalar] = ["a", " ", ".", "가", "\u{301}", "😀", "\u{20000}", "é", "\u{200D}", "\n"]
        var rng = SplitMix(seed: 3)
        for _ in 0..<3000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<(Int(rng.next() % 12)) { scalars.append(pool[Int(rng.next() % UInt64(pool.count))]) }
            let text = String(scalars)
            // Code point boundaries in UTF-16 offsets, and a random subset of them (always the two ends).
            var boundaries: [Int32] = [0]
            for scalar in text.unicodeScalars { boundaries.append(boundaries.last! + Int32(UTF16.width(scalar))) }
            let offsets = boundaries.enumerated().filter { $0.offset == 0 || $0.offset == boundaries.count - 1 || rng.next() % 2 == 0 }.map(\.element)
            let units = Array(text.utf16)
            let decoded = (1..<max(offsets.count, 1)).map { String(decoding: units[Int(offsets[$0 - 1])..<Int(offsets[$0])], as: UTF16.self) }
            #expect(SentenceSegmenter.pieces(of: text, between: offsets).map { Array($0.utf8) } == decoded.map { Array($0.utf8) }, "\(text.unicodeScalars.map(\.value)) \(offsets)")
        }
    }

    func split(_ lang: String, _ text: String, rules: SegmentationRules? = nil) throws -> [String] {
        try SentenceSegmenter(language: LanguageCode(lang), rules: rules).sentences(of: text)
    }

    @Test func englishTitlesMonthsAndNumbersDoNotEndSentences() throws {
        let text = "Gen. Kim met Lt. Park and Dr. Lee. Adm. Smith of the U.S. Navy came on Oct. 24. See No. 5 here. Then he left."
        #expect(try split("en", text) == [
            "Gen. Kim met Lt. Park and Dr. Lee.",
            "Adm. Smith of the U.S. Navy came on Oct. 24.",
            "See No. 5 here.",
            "Then he left.",
        ])
    }

    @Test func icuAloneSplitsWhereTheRulesJoin() throws {
        // The rules files are what fixes these: without them ICU splits after the title.
        #expect(try split("en", "Adm. Smith came.", rules: SegmentationRules()).count == 2)
        #expect(try split("vi", "Kết thúc hơn./.", rules: SegmentationRules()).count == 2)
        #expect(try split("ko", "그는 \"훈련을 재개한다.\"라고 말했다.", rules: SegmentationRules()).count == 2)
    }

    /// "U.S." goes on a name ("U.S. Navy", "U.S. officials") but ends a sentence before a word that opens one.
    @Test func anAbbreviationEndsASentenceBeforeASentenceStarter() throws {
        let text = "Teams come from Japan, along with the U.S. Vietnam will send 45. The U.S. Navy said so. He met U.S. officials. It was in the U.S. The talks ended."
        #expect(try split("en", text) == [
            "Teams come from Japan, along with the U.S.", "Vietnam will send 45.", "The U.S. Navy said so.",
            "He met U.S. officials.", "It was in the U.S.", "The talks ended.",
        ])
        let rules = try SegmentationRules(parsing: "abbrev-unless-starter U.S.\nsentence-starter The It\n", name: "test")
        #expect(rules.abbreviationsUnlessStarter == ["U.S."] && rules.sentenceStarters == ["The", "It"])
    }

    @Test func noBeforeANumberOnly() throws {
        #expect(try split("en", "He said no. No one came.") == ["He said no.", "No one came."])
    }

    @Test func koreanQuotationEndingInRagoStaysOneSentence() throws {
        #expect(try split("ko", "그는 \"훈련을 재개한다.\"라고 말했다. 다음 문장이다.") == ["그는 \"훈련을 재개한다.\"라고 말했다.", "다음 문장이다."])
    }

    @Test func japaneseSentencesWithoutSpacesAreCutAndAQuoteFollowedByItsVerbIsNot() throws {
        #expect(try split("ja", "韓国と日本は合意した。会談は横須賀で行われた！防衛相は「協力を深める。」と述べた。本当か？") == [
            "韓国と日本は合意した。", "会談は横須賀で行われた！", "防衛相は「協力を深める。」と述べた。", "本当か？",
        ])
    }

    @Test func aPhotoCreditInBracketsStaysWithItsCaption() throws {
        #expect(try split("ja", "出港する大型揚陸艦「馬羅島」。（販売禁止）（聯合ニュース）") == ["出港する大型揚陸艦「馬羅島」。（販売禁止）（聯合ニュース）"])
        #expect(try split("ja", "出港した。（販売禁止）次の文だ。") == ["出港した。", "（販売禁止）次の文だ。"])
    }

    @Test func chineseSentencesWithoutSpacesAreCutAfterStopsAndAfterAClosedQuote() throws {
        #expect(try split("zh", "韩国和日本达成协议。会谈在横须贺举行！部长说：“我们将加强合作。”他还表示欢迎。") == [
            "韩国和日本达成协议。", "会谈在横须贺举行！", "部长说：“我们将加强合作。”", "他还表示欢迎。",
        ])
    }

    @Test func vietnameseTitlesAndEndOfArticleMark() throws {
        #expect(try split("vi", "Ông TS. Nguyễn Văn A và ThS. Lê B đến TP. Hồ Chí Minh. Kết thúc./.") == [
            "Ông TS. Nguyễn Văn A và ThS. Lê B đến TP. Hồ Chí Minh.",
            "Kết thúc./.",
        ])
    }

    @Test func reproducesTheGoldSegmentationOfTheSeeds() throws {
        let loader = DocumentLoader()
        let vi = try loader.load(Fixtures.path(Fixtures.seed000))
        #expect(try SentenceSegmenter(language: vi.language).segments(of: vi).map(\.text) == Fixtures.lines("gold/seed000.vi.sent"))
        let (en, ko) = try LanguageSplitter().split(loader.load(Fixtures.path(Fixtures.seed001)))
        #expect(try SentenceSegmenter(language: en.language).segments(of: en).map(\.text) == Fixtures.lines("gold/seed001.en.sent"))
        #expect(try SentenceSegmenter(language: ko.language).segments(of: ko).map(\.text) == Fixtures.lines("gold/seed001.ko.sent"))
    }

    @Test func aSentenceNeverCrossesALine() throws {
        let doc = Document(name: "x", language: .english, paragraphs: ["First line without a stop", "Second line."])
        let segments = try SentenceSegmenter(language: .english).segments(of: doc)
        #expect(segments.map(\.text) == ["First line without a stop", "Second line."])
        #expect(segments.map(\.paragraph) == [0, 1])
    }

    @Test func malformedRuleIsReportedWithItsLine() {
        #expect(throws: BitextError.malformed("r", line: 2, reason: "unknown segmentation rule 'abbrevv X.'")) {
            try SegmentationRules(parsing: "abbrev Gen.\nabbrevv X.\n", name: "r")
        }
    }

    /// A text's last token read from its end is the last of its white-space split, on random texts of
    /// letters, spaces, no-break spaces, tabs, newlines and combining marks.
    @Test func lastTokenIsTheLastOfTheSplit() {
        let pool = ["a", "Gen.", " ", "\u{A0}", "\t", "\n", "\u{301}", "(", "ễ", "\u{3000}"]
        var rng = SplitMix(seed: 23)
        for _ in 0..<10_000 {
            let text = (0..<Int(rng.next() % 10)).map { _ in pool[Int(rng.next() % UInt64(pool.count))] }.joined()
            #expect(SentenceSegmenter.lastToken(text[...]) == text.split(whereSeparator: { $0.isWhitespace }).last, "\(text.debugDescription)")
        }
    }

    @Test func textsWithoutAStopBeforeACapitalAreNotScannedForUnspacedStops() {
        #expect(SentenceSegmenter.splitAtUnspacedStops("Ngô Xuân Lịch.Lễ đón") == ["Ngô Xuân Lịch.", "Lễ đón"])
        #expect(SentenceSegmenter.splitAtUnspacedStops("ông Lịch. Lễ đón") == ["ông Lịch. Lễ đón"])
        #expect(SentenceSegmenter.splitAtUnspacedStops("the U.S.President") == ["the U.S.President"])
        #expect(SentenceSegmenter.splitAtUnspacedStops("ở Hà Nội.Ông ấy") == ["ở Hà Nội.", "Ông ấy"])
        let pool = [".", "a", "b", "A", "Ă", "ă", "É", " ", "1", "\u{301}", "\"", "Lễ", "U", "S"]
        var rng = SplitMix(seed: 17)
        for _ in 0..<20_000 {
            let text = (0..<(Int(rng.next() % 14) + 1)).map { _ in pool[Int(rng.next() % UInt64(pool.count))] }.joined()
            #expect(SentenceSegmenter.splitAtUnspacedStops(text) == SentenceSegmenter.splitScanningCharacters(text), "\(text)")
        }
    }
}
