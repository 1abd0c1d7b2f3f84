import Foundation
import Testing
@testable import BitextText
@testable import BitextNames
@testable import BitextAlignment

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

    /// The first 300 lines of the news bench's two sides, with an extractor for each.
    func newsLines() throws -> (english: [String], korean: [String], en: AnchorExtractor, ko: AnchorExtractor) {
        let bench = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/bench/park_news_koen")
        let lines = { (name: String) in
            try String(contentsOf: bench.appendingPathComponent(name), encoding: .utf8).split(separator: "\n").prefix(300).map(String.init)
        }
        return (try lines("test.en"), try lines("test.ko"),
                AnchorExtractor(language: .english, partner: .korean, glossary: nil), AnchorExtractor(language: .korean, partner: .english, glossary: nil))
    }

    /// Korean read against the English side's phonetic keys keeps exactly the prefixes English has, and
    /// every other anchor as it was: on 300 news lines each way, against the keys of their translations.
    @Test func phoneticPrefixesAreKeptWhereTheOtherSideHasThem() throws {
        let (english, korean, en, ko) = try newsLines()
        #expect(ko.readsPhoneticPrefixes && !en.readsPhoneticPrefixes)
        let englishKeys = english.map { en.anchors(of: $0) }
        let opposite = PhoneticKeySet(englishKeys)
        let englishPhonetic = Set(englishKeys.joined().filter { $0.kind == .phonetic }.map(\.value))
        var kept = 0
        for line in korean {
            let all = ko.anchors(of: line)
            let expected = all.filter { $0.kind != .phonetic || englishPhonetic.contains($0.value) }
            #expect(ko.anchors(of: line, opposite: opposite) == expected, "\(line)")
            kept += expected.filter { $0.kind == .phonetic }.count
        }
        #expect(kept > 100)
        // Features of whole documents are the same whichever side is Korean.
        let forward = PairFeatures.build(source: english, sourceLanguage: .english, target: korean, targetLanguage: .korean, glossary: nil)
        let backward = PairFeatures.build(source: korean, sourceLanguage: .korean, target: english, targetLanguage: .english, glossary: nil)
        #expect(Set(forward.keys) == Set(backward.keys))
        #expect(forward.keys.filter { $0.kind == .phonetic }.count > 20)
    }

    /// English read against the Korean side's token anchors keeps exactly the tokens Korean has, and every
    /// other anchor as it was; `tokens(of:)` gives the token anchors `anchors(of:)` gives. On 300 news
    /// lines each way, against the tokens of the whole Korean side and of a few sentences only (which
    /// lets few parts through the length and first-letter check).
    @Test func tokensAreKeptWhereTheOtherSideHasThem() throws {
        let (english, korean, en, ko) = try newsLines()
        for line in korean {
            #expect(ko.tokens(of: line) == ko.anchors(of: line).filter { $0.kind == .token }.map(\.value), "\(line)")
        }
        let koreanTokens = korean.flatMap(ko.tokens(of:))
        #expect(Set(koreanTokens).count > 20)
        var kept = 0
        for tokens in [koreanTokens, Array(koreanTokens.prefix(5)), []] {
            let set = TokenSet(tokens), members = Set(tokens)
            for line in english {
                let expected = en.anchors(of: line).filter { $0.kind != .token || members.contains($0.value) }
                #expect(en.anchors(of: line, tokens: set) == expected, "\(line)")
                kept += expected.filter { $0.kind == .token }.count
            }
        }
        #expect(kept > 100)
    }

    /// An ASCII word's parts read from its bytes are those of the general way (folding, then letters, or
    /// letters and digits), on random words of letters, digits, hyphens, dots and apostrophes.
    @Test func asciiPartsAreTheFoldedParts() {
        var random = SplitMix(seed: 17)
        let alphabet = Array("aBcXyZqK019-.'")
        for _ in 0..<3_000 {
            let text = String((0..<(1 + Int(random.next() % 12))).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            let hasDigit = text.contains { $0.isNumber }
            let folded = LatinFolding.fold(Substring(text))
            let general = hasDigit ? [folded.filter { $0.isLetter || $0.isNumber }]
                : folded.split(whereSeparator: { !$0.isLetter }).filter { $0.count >= 2 }.map(String.init)
            let fromBytes = text.utf8.withContiguousStorageIfAvailable { AnchorExtractor.Word.asciiParts($0, hasDigit: hasDigit) }
            #expect(fromBytes == general, "\(text)")
        }
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
        #expect(AnchorExtractor.quotations(in: "「はい」『本』«oui» ‘a’ ”closing” ’") == 4)
        #expect(AnchorExtractor.quotations(in: "\u{201D}\u{2019}\u{300D}\u{300F}\u{BB}\u{E280}") == 0)
    }
}

@Suite struct NameAnchorTests {
    /// A block's code is its two bytes; other lengths have none. The block set holds exactly the codes
    /// it was given, against every other code.
    @Test func blocksAreCodedAndSetByTheirTwoBytes() {
        #expect(NameAnchors.code(of: "KM") == 0x4B4D)
        #expect(NameAnchors.code(of: "K") == nil && NameAnchors.code(of: "") == nil && NameAnchors.code(of: "KMS") == nil)
        #expect(NameAnchors.code(of: "é") == 0xC3A9)
        let given: [UInt16] = [0x4B4D, 0x4B4E, 0, 0xFFFF, 0x4C4D]
        let set = NameAnchors.BlockSet(given)
        #expect(!set.isEmpty && NameAnchors.BlockSet([]).isEmpty)
        #expect((0...UInt16.max).filter(set.contains) == given.sorted())
    }

    /// Counting characters only as far as needed says what `count` says.
    @Test func enoughCharactersIsCount() {
        for text in ["", "a", "ab", "abc", "고이", "고", "e\u{301}", "e\u{301}x", "\r\n", "\r\nx", "🇰🇷🇯🇵", "Lee"] {
            for n in 0...4 { #expect(NameAnchors.has(text, atLeast: n) == (text.count >= n), "\(text) \(n)") }
        }
    }

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

@Suite struct ScalarTableTests {
    /// Scalars of the folding table's ranges, and text written with them.
    static let tableScalars: [Unicode.Scalar] = (Array(0x20...0x36F) + Array(0x1E00...0x1EFF)).compactMap { Unicode.Scalar(UInt32($0)) }

    @Test func everyScalarOfTheFoldTableFoldsAsTheDefinitionSays() {
        for s in ScalarTableTests.tableScalars {
            #expect(LatinFolding.foldedByTable(String(s)) == LatinFolding.foldedByProperties(String(s)), "U+\(String(s.value, radix: 16))")
        }
        #expect(LatinFolding.fold("Nguyễn Tấn Dũng, Đà Nẵng, Straße, Ærø, Œuvre") == "nguyen tan dung, da nang, strasse, aero, oeuvre")
    }

    @Test func textOfTableScalarsFoldsScalarByScalar() {
        var rng = SplitMix(seed: 11)
        for _ in 0..<2000 {
            let length = Int(rng.next() % 12) + 1
            var text = String.UnicodeScalarView()
            for _ in 0..<length { text.append(ScalarTableTests.tableScalars[Int(rng.next() % UInt64(ScalarTableTests.tableScalars.count))]) }
            let s = String(text)
            #expect(LatinFolding.foldedByTable(s) == LatinFolding.foldedByProperties(s), "\(s.unicodeScalars.map { $0.value })")
        }
        // Outside the table (Cyrillic, Hangul) the definition is used.
        #expect(LatinFolding.foldedByTable("Москва") == nil)
        #expect(LatinFolding.fold("Москва") == "москва")
    }

    @Test func simpleLowercaseAgreesWithTheStringsLowercase() {
        let lower = SimpleLowercase.shared
        let covered = SimpleLowercase.layout.scalars.compactMap(Unicode.Scalar.init)
        #expect(lower.lowercase("\u{250}") == nil && lower.lowercase("Ж") == nil)
        for s in covered {
            if let l = lower.lowercase(s) {
                #expect(String(Unicode.Scalar(l)!) == String(s).lowercased(), "U+\(String(s.value, radix: 16))")
            } else {
                #expect(String(s).lowercased().unicodeScalars.count != 1 || s.value == 0)
            }
        }
        #expect(lower.lowercase("İ") == nil)        // İ lower-cases to i and a combining dot
        #expect(lower.lowercase("Ễ") == 0x1EC5)
        #expect(lower.hash(ofLowercased: "FÜNF".unicodeScalars) == SimpleLowercase.hash("fünf".unicodeScalars.map(\.value)))
        #expect(lower.hash(ofLowercased: "한".unicodeScalars) == nil)
    }

    @Test func scalarClassesAgreeWithTheUnicodeProperties() {
        for v in UInt32(0)..<0x2000 {
            guard let s = Unicode.Scalar(v) else { continue }
            #expect(ScalarClass.isAlphabetic(s) == s.properties.isAlphabetic, "U+\(String(v, radix: 16))")
            #expect(ScalarClass.isWhitespace(s) == s.properties.isWhitespace, "U+\(String(v, radix: 16))")
        }
    }

    @Test func numberWordsWithDiacriticsAndCapitalsAreFound() {
        let de = NumberExtractor(language: LanguageCode(known: "de"))
        #expect(de.numbers(in: "FÜNF Männer und zwölf Frauen, über drei") == ["5", "12", "3"])
        #expect(NumberExtractor(language: .vietnamese).numbers(in: "Mười hai người, MƯỜI nước") == ["10", "2", "10"])
    }

    @Test func wordsAreCutAtTheirScalarsWithPossessivesTrimmed() {
        let words = AnchorExtractor.words("Obama’s U.S. visit: C-130H, café’s e\u{301}té, 'quoted'")
        #expect(words.map(\.text) == ["Obama", "U.S", "visit", "C-130H", "café", "e\u{301}té", "quoted"])
        #expect(words.map(\.isCapitalised) == [true, true, false, true, false, false, false])
        #expect(words[3].hasDigit && words[3].hasInnerCapital && !words[2].hasInnerCapital)
    }
}


@Suite struct LengthUnitTests {
    /// The scalar-range shortcut agrees with the definition (white space by property, weight by script).
    @Test func lengthsFollowTheDefinition() {
        func definition(_ text: String) -> Double {
            var total = 0.0, inSpace = false
            for s in text.unicodeScalars {
                if s.properties.isWhitespace { if !inSpace { total += 1 }; inSpace = true; continue }
                inSpace = false
                switch Script.of(s) {
                case .hangul, .han: total += 3
                case .kana: total += 2
                default: total += 1
                }
            }
            return total
        }
        var rng = SplitMix(seed: 3)
        let pool: [UInt32] = Array(0x09...0x0D) + [0x20, 0x41, 0x7A, 0x85, 0xA0, 0xE9, 0x1EC5, 0x1100, 0x1680, 0x2003, 0x3000, 0x3042, 0x4E00, 0xAC00, 0xFF66]
        for _ in 0..<500 {
            var text = String.UnicodeScalarView()
            for _ in 0..<Int(rng.next() % 20) { text.append(Unicode.Scalar(pool[Int(rng.next() % UInt64(pool.count))])!) }
            #expect(LengthUnits.length(of: String(text)) == definition(String(text)))
        }
        #expect(LengthUnits.length(of: "a\u{A0}\u{85}b") == 3)
    }
}

@Suite struct JapaneseAndChineseNumberTests {
    func numbers(_ lang: LanguageCode, _ text: String) -> [String] { NumberExtractor(language: lang).numbers(in: text) }

    @Test func fullWidthDigitsAreDigits() {
        #expect(numbers(.japanese, "約２００人と１５００人、マグニチュード７．８") == ["200", "1500", "7.8"])
    }

    @Test func tenThousandsAfterDigitsAndInHanNumerals() {
        #expect(numbers(.japanese, "排水量１万４５００トン、2億円、3兆円") == ["14500", "200000000", "3000000000000"])
        #expect(numbers(.japanese, "三千二百人") == ["3200"])
        #expect(numbers(.chinese, "1.2万人，三万吨，五亿") == ["12000", "30000", "500000000"])
    }

    @Test func datesAndKanjiYears() {
        #expect(numbers(.japanese, "2026年11月18日") == ["2026", "11", "18"])
        #expect(numbers(.japanese, "二〇二六年、一九九四年に発足") == ["2026", "1994"])
        #expect(numbers(.chinese, "二〇二六年十一月十八日") == ["2026", "11", "18"])
    }
}
