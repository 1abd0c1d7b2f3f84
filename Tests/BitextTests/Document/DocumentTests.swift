import Foundation
import Testing
@testable import BitextText

@Suite struct DocumentTests {
    @Test func takesTheScrapeDateOffTheFirstLine() {
        let (date, rest) = DocumentParser.extractDate(" date 2026-01-30 Theo hãng tin Yonhap, ngày 30/1.")
        #expect(date == "2026-01-30")
        #expect(rest == "Theo hãng tin Yonhap, ngày 30/1.")
    }

    @Test func leavesTextWithoutAValidDateAlone() {
        #expect(DocumentParser.extractDate("date night was fun").date == nil)
        #expect(DocumentParser.extractDate("date 2026-13-40 x").date == nil)
        #expect(DocumentParser.extractDate("The date 2026-01-30 x").date == nil)
    }

    @Test func paragraphsAreNonEmptyTrimmedLines() {
        #expect(DocumentParser.paragraphs("\n A. B.\n\n\nC.  \n") == ["A. B.", "C."])
    }

    @Test func loadsSeedWithDateAndLanguage() throws {
        let doc = try DocumentLoader().load(Fixtures.path(Fixtures.seed000))
        #expect(doc.date == "2026-01-30")
        #expect(doc.language.primary == "vi")
        #expect(doc.paragraphs.first?.hasPrefix("Theo hãng tin Yonhap") == true)
        #expect(doc.paragraphs.count == 9)
    }

    @Test func missingFileIsNamed() {
        #expect(throws: BitextError.fileNotFound("/no/such/file.txt")) { try DocumentLoader().load("/no/such/file.txt") }
    }

    /// A file is read whole past the read chunk, a directory and an oversized file are refused, and a
    /// pipe is read to its end.
    @Test func bytesAreReadWholeAndBadPathsAreRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let content = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let file = dir.appendingPathComponent("big.bin").path
        try Data(content).write(to: URL(fileURLWithPath: file))
        #expect(try DocumentLoader().bytes(at: file) == content)
        #expect(throws: BitextError.inputTooLarge(file, bytes: 200_000, limit: 1000)) { try DocumentLoader(maxBytes: 1000).bytes(at: file) }
        #expect(throws: BitextError.unreadable(dir.path, reason: "is a directory")) { try DocumentLoader().bytes(at: dir.path) }
        #expect(throws: BitextError.fileNotFound(dir.path + "/none")) { try DocumentLoader().bytes(at: dir.path + "/none") }
        let pipe = Pipe()
        let writer = Thread { pipe.fileHandleForWriting.write(Data(content)); try? pipe.fileHandleForWriting.close() }
        writer.start()
        #expect(try DocumentLoader().bytes(at: "/dev/fd/\(pipe.fileHandleForReading.fileDescriptor)") == content)
    }

    /// Two files read side by side give what reading them in turn gives, and the first file's error wins.
    @Test func aPairIsLoadedAsInTurn() throws {
        let seed = Fixtures.path(Fixtures.seed000)
        let (a, b) = try DocumentLoader().loadPair(seed, language: nil, seed, language: .vietnamese, presegmented: true)
        #expect(a == (try DocumentLoader().load(seed, presegmented: true)))
        #expect(b == (try DocumentLoader().load(seed, language: .vietnamese, presegmented: true)))
        #expect(throws: BitextError.fileNotFound("/no/first")) {
            try DocumentLoader().loadPair("/no/first", language: nil, "/no/second", language: nil, presegmented: false)
        }
        #expect(throws: BitextError.fileNotFound("/no/second")) {
            try DocumentLoader().loadPair(seed, language: nil, "/no/second", language: nil, presegmented: false)
        }
    }

    /// Trimming keeps inner spaces and takes white space (and a stray BOM) off both ends only.
    @Test func linesAreTrimmedAtTheirEnds() {
        #expect(DocumentParser.lines("a b\n \u{FEFF}c \t\nd\n\n") == ["a b", "c", "d", ""])
        #expect(DocumentParser.lines("") == [])
        #expect(DocumentParser.lines("\n") == [""])
        #expect(DocumentParser.lines("only") == ["only"])
        #expect(DocumentParser.lines("Đà Nẵng \u{3000}\n\u{A0}한국\n") == ["Đà Nẵng", "한국"])
    }

    /// Paragraphs are the lines with text, trimmed; blank and white-space-only lines go.
    @Test func paragraphsAreTheLinesWithText() {
        #expect(DocumentParser.paragraphs("  a b \n\n \t \nc\u{3000}\n\u{FEFF}\nd") == ["a b", "c", "d"])
        #expect(DocumentParser.paragraphs("\n\n") == [])
        #expect(DocumentParser.paragraphs("Nguyễn\n") == ["Nguyễn"])
    }
}

@Suite struct LanguageTests {
    @Test(arguments: [("en", "en"), ("ko-kr", "ko-KR"), ("KO", "ko"), ("zh-hant-tw", "zh-Hant-TW"), ("vi", "vi")])
    func acceptsBCP47(input: String, tag: String) throws {
        #expect(try LanguageCode(input).tag == tag)
    }

    @Test(arguments: ["xx", "english", "ko_KR", "", "k", "e1", "en--US"])
    func rejectsInvalidCodes(input: String) {
        #expect(throws: BitextError.invalidLanguage(input)) { try LanguageCode(input) }
    }

    @Test func detectsScriptsAndVietnamese() {
        let d = LanguageDetector()
        #expect(d.detect("한국과 일본은 합동 수색·구조 훈련을 9년 만에 재개하기로 합의했다.")?.primary == "ko")
        #expect(d.detect("Hàn Quốc và Nhật Bản đã nhất trí nối lại diễn tập chung")?.primary == "vi")
        #expect(d.detect("South Korea and Japan agreed to resume the drills.")?.primary == "en")
        #expect(d.detect("Die Nordostwand des Kingspitz ist eine der schönsten der Alpen.")?.primary == "de")
        #expect(d.detect("我二十一岁时，正在云南插队。")?.primary == "zh")
        #expect(d.detect("12 34")  == nil)
    }

    @Test func splitsTheTwoLanguageSeedIntoEnglishAndKorean() throws {
        let doc = try DocumentLoader().load(Fixtures.path(Fixtures.seed001))
        let (en, ko) = try LanguageSplitter().split(doc)
        #expect(en.language.primary == "en")
        #expect(ko.language.primary == "ko")
        #expect(en.paragraphs.count == 7)
        #expect(ko.paragraphs.first?.hasPrefix("금요일 한국의 안규백") == true)
    }

    @Test func datesAreCalendarDates() {
        #expect(DocumentParser.isISODate("2024-02-29") && DocumentParser.isISODate("2000-02-29") && DocumentParser.isISODate("2025-12-31"))
        #expect(!DocumentParser.isISODate("2025-02-30") && !DocumentParser.isISODate("2023-02-29") && !DocumentParser.isISODate("1900-02-29"))
        #expect(!DocumentParser.isISODate("2025-04-31") && !DocumentParser.isISODate("2025-13-01") && !DocumentParser.isISODate("2025-00-10"))
    }

    @Test func contradictionsReadScriptsAndFunctionWords() {
        let d = LanguageDetector()
        let english = String(repeating: "South Korea and Japan agreed to resume the drills. ", count: 5)
        #expect(d.contradiction(english, claimed: .korean) == "en")
        // Within Latin script, function words decide once there are 200 letters and they say so three to one.
        #expect(d.contradiction(english, claimed: LanguageCode(known: "de")) == "en")
        #expect(d.contradiction(english, claimed: LanguageCode(known: "fr")) == "en")
        #expect(d.contradiction("South Korea and Japan agreed to resume the drills.", claimed: LanguageCode(known: "de")) == nil)
        let german = String(repeating: "Südkorea und Japan haben sich auf die Wiederaufnahme der Übungen geeinigt, sagte der Minister. ", count: 4)
        #expect(d.contradiction(german, claimed: LanguageCode(known: "de")) == nil)
        #expect(d.contradiction(german, claimed: .english) == "de")
        #expect(d.contradiction(english, claimed: .vietnamese) == "en")
        // A link or an address left untranslated is in no language.
        #expect(d.contradiction("##http://article.joins.com/article/cnn_e/article.asp?cat_code=22&Total_ID=3228181", claimed: .korean) == nil)
        #expect(d.contradiction("문의: press-office.international@defense-ministry.example.com", claimed: .korean) == nil)
        #expect(d.contradiction(english + " https://example.com/a", claimed: .korean) == "en")
        let korean = String(repeating: "한국과 일본은 합동 수색·구조 훈련을 9년 만에 처음으로 재개하기로 합의했다. ", count: 3)
        #expect(d.contradiction(korean, claimed: .english) == "ko")
        #expect(d.contradiction("short", claimed: .korean) == nil)
    }

    @Test func refusesToSplitAMonolingualText() throws {
        let doc = try DocumentLoader().load(Fixtures.path(Fixtures.seed000))
        #expect(throws: BitextError.notBilingual(doc.name, found: ["vi"])) { try LanguageSplitter().split(doc) }
    }
}

@Suite struct WhitespaceSplitTests {
    func byCharacters(_ text: String, _ extra: [Character] = []) -> [Substring] {
        text.split(whereSeparator: { $0.isWhitespace || extra.contains($0) })
    }

    @Test func wordsAreCutAtWhiteSpaceAndTheExtraSeparators() {
        #expect(WhitespaceSplit.words("  Kim Jong-un\tmet 문재인 \r\n ") == ["Kim", "Jong-un", "met", "문재인"])
        #expect(WhitespaceSplit.words("고이즈미・신지로, Lee·Jae", alsoAt: ["·", "・", ","]) == ["고이즈미", "신지로", "Lee", "Jae"])
        #expect(WhitespaceSplit.words("") == [] && WhitespaceSplit.words(" \n ") == [])
    }

    /// Every scalar below U+10000 between words and beside a space, and random mixes: the byte cut
    /// gives the words the Character split gives.
    @Test func theByteCutAgreesWithTheCharacterSplit() {
        for v in 0..<0x1_0000 {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            let s = String(scalar)
            for text in ["a " + s + " b", "a" + s + "b", s + " a", "a " + s] {
                #expect(WhitespaceSplit.words(text) == byCharacters(text), "U+\(String(v, radix: 16))")
            }
        }
        let pool: [Unicode.Scalar] = ["a", " ", "\t", "\r", "\n", "\u{1C}", "\u{85}", "\u{A0}", "\u{301}", "\u{600}", "\u{200D}", "\u{3000}",
                                      "가", "\u{1100}", "\u{1161}", "\u{11A8}", "·", "・", ",", "é"]
        var rng = SplitMix(seed: 29)
        for _ in 0..<5000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<(Int(rng.next() % 10) + 1) { text.append(pool[Int(rng.next() % UInt64(pool.count))]) }
            let s = String(text)
            #expect(WhitespaceSplit.words(s) == byCharacters(s), "\(s.unicodeScalars.map(\.value))")
            #expect(WhitespaceSplit.words(s, alsoAt: ["·", "・", ","]) == byCharacters(s, ["·", "・", ","]), "\(s.unicodeScalars.map(\.value))")
        }
    }
}

@Suite struct UTF8KeyTests {
    @Test func keysAreTheirBytes() {
        let keys: Set<UTF8Key> = [UTF8Key("고이즈미"), UTF8Key("고이즈미"), UTF8Key("Koizumi"), UTF8Key(String("고이즈미".dropLast()) + "미")]
        #expect(keys.count == 2)
        // Canonically equivalent but differently written texts are two keys (the loader writes NFC).
        #expect(UTF8Key("\u{D55C}") != UTF8Key("\u{1112}\u{1161}\u{11AB}") && "\u{D55C}" == "\u{1112}\u{1161}\u{11AB}")
        var table: [UTF8Key: Int] = [:]
        for (k, word) in ["서울", "부산", "서울", "Seoul", "부산"].enumerated() { table[UTF8Key(word), default: 0] += k }
        #expect(table == [UTF8Key("서울"): 2, UTF8Key("부산"): 5, UTF8Key("Seoul"): 3])
    }
}

@Suite struct ScriptProfileTests {
    /// Counted from the UTF-8 bytes, as counted scalar by scalar with `Script.of`: random texts of ASCII,
    /// Latin with Vietnamese letters, Hangul, kana, Han and characters outside the BMP, whole and as substrings.
    @Test func profilesFromBytesAreProfilesFromScalars() {
        let pool: [Unicode.Scalar] = ["a", "Z", "@", "[", " ", "1", "é", "ơ", "ự", "가", "\u{1100}", "カ", "ひ", "中", "\u{20000}", "😀", "Ж", "·", "\u{301}"]
        var rng = SplitMix(seed: 17)
        for _ in 0..<3000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<(Int(rng.next() % 20)) { scalars.append(pool[Int(rng.next() % UInt64(pool.count))]) }
            let text = String(scalars)
            var expected = (latin: 0, hangul: 0, han: 0, kana: 0, other: 0, vietnamese: 0)
            for scalar in text.unicodeScalars {
                switch Script.of(scalar) {
                case .latin: expected.latin += 1; if Script.isVietnameseLetter(scalar) { expected.vietnamese += 1 }
                case .hangul: expected.hangul += 1
                case .han: expected.han += 1
                case .kana: expected.kana += 1
                case .other: expected.other += 1
                case .none: break
                }
            }
            for profile in [ScriptProfile(text), ScriptProfile(text.dropFirst(0))] {
                #expect(profile.latin == expected.latin && profile.hangul == expected.hangul && profile.han == expected.han
                        && profile.kana == expected.kana && profile.other == expected.other && profile.vietnamese == expected.vietnamese,
                        "\(text.unicodeScalars.map(\.value))")
            }
        }
    }
}
