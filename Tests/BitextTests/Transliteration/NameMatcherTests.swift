import Foundation
import Testing
@testable import BitextText
@testable import BitextNames
@testable import BitextAlignment

@Suite struct NameMatcherTests {
    let matcher = try! NameMatcher()

    @Test(arguments: [("Y-ô-si-hi-cô Nô-đa", "yoshihiko noda"), ("Y-a-xu-ô I-chi-ca-oa", "yasuo ichikawa"), ("Phu-cư-đa", "fukuda")])
    func vietnameseRespellingsGoBackToHepburn(respelled: String, hepburn: String) {
        #expect(matcher.romanizations(respelled, .vietnamese).map { $0.joined(separator: " ") }.contains(hepburn))
    }

    @Test func koreanPersonalNamesGetThePressSpellingOfTheFamilyName() {
        let forms = matcher.romanizations("이재명").map { $0.joined(separator: " ") }
        #expect(forms.contains("lee jaemyeong"))
        #expect(matcher.romanizations("안규백").map { $0.joined(separator: " ") }.contains("ahn gyubaek"))
    }

    @Test(arguments: [("Shinjiro Koizumi", "고이즈미 신지로"), ("Ahn Gyu-back", "안규백"), ("Lee Jae-myung", "Lee Jae Myung"),
                      ("Yoshihiko Noda", "Y-ô-si-hi-cô Nô-đa"), ("Nguyễn Tân Cương", "Nguyen Tan Cuong"), ("Black Eagles", "블랙 이글스")])
    func sameNames(a: String, b: String) {
        #expect(matcher.match(a, nil, b, nil).same, "\(matcher.match(a, nil, b, nil))")
    }

    @Test(arguments: [("Junichiro Koizumi", "고이즈미 신지로"), ("Nguyen Tan Dung", "Nguyễn Tân Cương"), ("Kim Jong-un", "김여정"), ("Seoul", "Tokyo")])
    func differentNames(a: String, b: String) {
        #expect(!matcher.match(a, nil, b, nil).same, "\(matcher.match(a, nil, b, nil))")
    }

    /// Vietnamese names as Korean writes them: 판반장 is Phan Văn Giang, 쩐다이꽝 Trần Đại Quang, read through the
    /// National Institute of Korean Language's rules (ph → ㅍ, v → ㅂ, gi → ㅈ, tr → ㅉ, qu → ㄲ, â → ㅓ).
    @Test(arguments: [("Phan Van Giang", "판반장"), ("Phan Văn Giang", "판반장"), ("Trần Đại Quang", "쩐다이꽝"), ("Tran Dai Quang", "쩐다이꽝"),
                      ("Hồ Chí Minh", "호찌민")])
    func vietnameseNamesInHangul(latin: String, hangul: String) {
        #expect(matcher.match(latin, nil, hangul, nil).same, "\(matcher.match(latin, nil, hangul, nil))")
        #expect(!matcher.match(latin, nil, "김정은", nil).same)
    }

    @Test func vietnameseSyllablesAreToldFromOtherWords() {
        for word in ["Trần", "Tran", "Quang", "Nguyễn", "Giang", "Phòng", "Minh", "Kim"] { #expect(VietnameseSyllable.isSyllable(word[...]), "\(word)") }
        for word in ["Jong", "Park", "Hegseth", "Seoul", "Brunson", "Xi-Jinping"] { #expect(!VietnameseSyllable.isSyllable(word[...]), "\(word)") }
        #expect(matcher.romanizations("Phan Văn Giang").map { $0.joined(separator: " ") }.contains("pan ban jang"))
    }

    /// The floor the issue sets, on the 813 labelled pairs of ../shared/bench/name_pairs.tsv.
    @Test func labelledPairsMeetTheFloor() throws {
        let path = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/bench/name_pairs.tsv").path
        let (score, _) = try NamePairScore.evaluate(tsv: String(contentsOfFile: path, encoding: .utf8), name: path, matcher: matcher)
        #expect(score.truePositives + score.falseNegatives == 331)
        #expect(score.precision >= 0.98, "precision \(score.precision)")
        #expect(score.recall >= 0.92, "recall \(score.recall)")
    }

    /// The length bound that lets the matcher skip pairs is never below the score it stands for.
    @Test func lengthBoundIsAnUpperBound() {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("aeioubkltmns".utf8)
        for _ in 0..<5000 {
            let a = (0..<Int.random(in: 0...9, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            let b = (0..<Int.random(in: 0...9, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            #expect(NameSimilarity.score([a], joined: a, [b], joined: b) <= NameSimilarity.bound(a.count, b.count), "\(a) \(b)")
        }
        #expect(NameSimilarity.bound(5, 5) == 1)
        #expect(NameSimilarity.bound(2, 4) == 0)
        #expect(NameSimilarity.bound(5, 8) < NameMatcher.threshold)
    }

    /// The table the bound is read from holds the computed figure, to the bit, and lengths past it are computed.
    @Test func theLengthBoundTableHoldsTheComputedBound() {
        for la in 0..<70 {
            for lb in 0..<70 {
                #expect(NameSimilarity.bound(la, lb).bitPattern == NameSimilarity.computedBound(la, lb).bitPattern, "\(la) \(lb)")
            }
        }
        #expect(NameSimilarity.bound(3, 4) == (0.5 * ((3.0 / 3 + 3.0 / 4 + 1) / 3 + 0.4 * (1 - (3.0 / 3 + 3.0 / 4 + 1) / 3)) + 0.5 * (1 - 1.0 / 4) + 1e-9))
    }

    /// Scoring with a floor changes no decision and no score at or above the floor, on the labelled pairs.
    @Test func aFloorOnlySkipsWhatCannotReachIt() throws {
        let path = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/bench/name_pairs.tsv").path
        let rows = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").dropFirst()
        #expect(rows.count > 800)
        for row in rows {
            let cols = row.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 4 else { continue }
            let a = matcher.prepare(cols[1], try LanguageCode(cols[0])), b = matcher.prepare(cols[3], try LanguageCode(cols[2]))
            let full = matcher.match(a, b), floored = matcher.match(a, b, atLeast: NameMatcher.threshold)
            #expect(full.same == floored.same, "\(cols[1]) / \(cols[3])")
            if full.same { #expect(full == floored) }
        }
    }

    /// A name of Hangul syllables put together from its words' memo entries is the name prepared the
    /// general way, buffer for buffer and reading for reading: on every Hangul candidate span of 300
    /// news lines, on random syllable runs, and (read from the memo) a second time.
    @Test func hangulNamesFromWordEntriesAreNamesPreparedTheGeneralWay() throws {
        let path = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/bench/park_news_koen/test.ko").path
        var names = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").prefix(300)
            .flatMap { NameSpans.nameSpans(String($0)) }
        let pool: [Unicode.Scalar] = ["김", "이", "박", "응", "우", "옌", "블", "루", "백", "령", "도", "스", "트", "고", "즈", "미", " "]
        var rng = SplitMix(seed: 47)
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<(Int(rng.next() % 6) + 1) { text.append(pool[Int(rng.next() % UInt64(pool.count))]) }
            names.append(String(text))
        }
        var fast = 0
        for _ in 0..<2 {
            for name in names {
                guard let fromWords = matcher.preparedSyllables(name) else {
                    // Only syllables and single spaces between words take the word path.
                    #expect(name.hasPrefix(" ") || name.hasSuffix(" ") || name.contains("  ") || name.unicodeScalars.contains { !HangulRomanizer.isSyllable($0) && $0 != " " } || name.isEmpty, "\(name)")
                    continue
                }
                let general = matcher.preparedAnyScript(name, .korean)
                #expect(fromWords.keys == general.keys && fromWords.readings == general.readings && fromWords.hangul && general.hangul
                        && fromWords.viaHangul == nil && general.viaHangul == nil, "\(name)")
                fast += 1
            }
        }
        #expect(fast > 5000)
    }

    /// An ASCII name put together from its words' entries is the name prepared the general way: every
    /// English mention of 300 news lines and 3,000 random ASCII names, twice (the second time from the
    /// entries kept); not for Vietnamese or an unknown language, nor for names that are not ASCII.
    @Test func asciiNamesFromWordEntriesAreNamesPreparedTheGeneralWay() throws {
        let path = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/bench/park_news_koen/test.en").path
        var names = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").prefix(300)
            .flatMap { NameMentions.mentions(String($0)) }
        let pool = Array("Koizumi Shinjiro Lee-Jae, Ngo Xuan Lich  McCain O'Neil ".unicodeScalars)
        var rng = SplitMix(seed: 5)
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<(Int(rng.next() % 16)) { text.append(pool[Int(rng.next() % UInt64(pool.count))]) }
            names.append(String(text))
        }
        for _ in 0..<2 {
            for name in names {
                let fromWords = try #require(matcher.preparedASCII(name, .english), "\(name)")
                let general = matcher.preparedAnyScript(name, .english)
                #expect(fromWords.keys == general.keys && fromWords.readings == general.readings && fromWords.hangul == general.hangul
                        && fromWords.viaHangul == general.viaHangul, "\(name)")
            }
        }
        #expect(matcher.preparedASCII("Ngo Xuan Lich", .vietnamese) == nil)
        #expect(matcher.preparedASCII("Koizumi", nil) == nil)
        #expect(matcher.preparedASCII("Nguyễn", .english) == nil)
    }

    /// Spans read word by word (as the name anchors read a Korean side) are `nameSpans`'s spans, in its
    /// order, with the blocking key and the preparation of their joined text: on 300 news lines, twice
    /// (the second time from the words kept).
    @Test func spansOfSpanWordsAreTheSpansOfTheirText() throws {
        let path = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/bench/park_news_koen/test.ko").path
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").prefix(300).map(String.init)
        var checked = 0
        for _ in 0..<2 {
            for line in lines {
                let words = WhitespaceSplit.words(line).map { matcher.spanWords.word($0) }.filter { !$0.text.isEmpty }
                var windows: [Range<Int>] = []
                NameSpans.spanWindows(count: words.count, latin: { words[$0].latin }, hangul: { words[$0].hangul }) { windows.append($0) }
                #expect(windows.map { NameAnchors.Candidate.words(Array(words[$0])).text } == NameSpans.nameSpans(line))
                for window in windows {
                    let span = NameAnchors.Candidate.words(Array(words[window]))
                    let text = span.text
                    #expect(NameAnchors.block(words[window], romanize: true, matcher: matcher) == NameAnchors.hangulBlock(text, matcher: matcher), "\(text)")
                    #expect(NameAnchors.block(words[window], romanize: false, matcher: matcher) == String(PhoneticKey.key(text).prefix(2)), "\(text)")
                    let prepared = NameAnchors.prepare(span, .korean, matcher: matcher)
                    let general = matcher.preparedAnyScript(text, .korean)
                    #expect(prepared.keys == general.keys && prepared.readings == general.readings && prepared.hangul == general.hangul, "\(text)")
                    checked += 1
                }
            }
        }
        #expect(checked > 10_000)
    }

    /// A span of syllable words the length test rules out is never one the matcher finds the same: English
    /// mentions of 200 news lines against the two-word spans of their translations, every pair; and most
    /// pairs are ruled out.
    @Test func spansRuledOutByLengthNeverMatch() throws {
        let bench = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/bench/park_news_koen")
        let english = try String(contentsOf: bench.appendingPathComponent("test.en"), encoding: .utf8).split(separator: "\n").prefix(200)
        let korean = try String(contentsOf: bench.appendingPathComponent("test.ko"), encoding: .utf8).split(separator: "\n").prefix(200)
        let mentions = Array(Set(english.flatMap { NameMentions.mentions(String($0)) })).sorted().map { matcher.prepare($0, .english) }
        var spans: [[SpanWord]] = []
        for line in korean {
            let words = WhitespaceSplit.words(String(line)).map { matcher.spanWords.word($0) }.filter { !$0.text.isEmpty }
            NameSpans.spanWindows(count: words.count, latin: { words[$0].latin }, hangul: { words[$0].hangul }) { window in
                if window.count > 1 && words[window].allSatisfy(\.syllables) { spans.append(Array(words[window])) }
            }
        }
        var ruledOut = 0, pairs = 0
        for span in spans.prefix(120) {
            let prepared = matcher.prepared(syllableWords: span)
            for mention in mentions {
                pairs += 1
                guard !matcher.mayMatch(mention, syllableWords: span, atLeast: NameMatcher.threshold) else { continue }
                ruledOut += 1
                #expect(!matcher.match(mention, prepared, atLeast: NameMatcher.threshold).same)
                #expect(matcher.match(mention, prepared).score < NameMatcher.threshold)
            }
        }
        #expect(pairs > 30_000)
        #expect(ruledOut * 2 > pairs)
    }

    /// The blocking key read from the syllable table is the key of the romanized text.
    @Test func hangulBlockingKeysComeFromTheSyllableTable() {
        #expect(matcher.phoneticKeyOfHangul("고이즈미") == "KJM")
        let pool: [Unicode.Scalar] = ["가", "각", "걷", "세", "응", "블", "랙", "이", "글", "스", " ", "A", "h", "-", "\u{1100}", "\u{1161}", "é", "\u{301}"]
        var rng = SplitMix(seed: 41)
        for _ in 0..<3000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<(Int(rng.next() % 6) + 1) { text.append(pool[Int(rng.next() % UInt64(pool.count))]) }
            let s = String(text)
            #expect(matcher.phoneticKeyOfHangul(s) == PhoneticKey.key(matcher.romanizedHangul(s)), "\(s)")
        }
        // Every syllable, twice over (the second time from the memo, which is emptied past its limit).
        #expect(0xD7A3 - 0xAC00 + 1 < HangulRomanizer.keyMemoLimit && 2 * (0xD7A3 - 0xAC00 + 1) > HangulRomanizer.keyMemoLimit)
        for suffix in ["스", "스", "가"] {
            for v in 0xAC00...0xD7A3 {
                let s = String(Unicode.Scalar(UInt32(v))!) + suffix
                #expect(matcher.phoneticKeyOfHangul(s) == PhoneticKey.key(matcher.romanizedHangul(s)), "\(s)")
            }
        }
    }

    /// The bit-vector edit distance is the table's, for keys up to and past one machine word.
    @Test func wordSizedEditDistanceAndJaroWinklerAgreeWithTheTables() {
        var rng = SplitMix(seed: 43)
        let alphabets: [[UInt8]] = [Array("ab".utf8), Array("abcdefghijklmnopqrstuvwxyz".utf8), Array("ae`~".utf8), [0x41, 0x61, 0x7F, 0xC3]]
        for round in 0..<20_000 {
            let letters = alphabets[round % alphabets.count]
            let la = Int(rng.next() % (round % 10 == 0 ? 80 : 12)), lb = Int(rng.next() % (round % 10 == 0 ? 80 : 12))
            let a = (0..<la).map { _ in letters[Int(rng.next() % UInt64(letters.count))] }
            let b = (0..<lb).map { _ in letters[Int(rng.next() % UInt64(letters.count))] }
            let fast = NameSimilarity.levenshtein(a, b)
            let table = a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { NameSimilarity.tableLevenshtein(x, $0) } }
            #expect(fast == table, "\(a) \(b)")
            // Jaro-Winkler with word flags against the same with flag arrays (the path of longer keys).
            if !a.isEmpty && !b.isEmpty && a.count <= 64 && b.count <= 64 {
                let word = a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { NameSimilarity.wordJaroWinkler(x, $0) } }
                let flags = a.withUnsafeBufferPointer { x in b.withUnsafeBufferPointer { NameSimilarity.arrayJaroWinkler(x, $0) } }
                #expect(word == flags, "\(a) \(b)")
            }
        }
    }

    /// A score asked to beat a bar is the exact score whenever either exceeds the bar, and at most the
    /// bar otherwise: on random keys of one to three tokens and random bars.
    @Test func scoresAboveABarAreExactAndTheRestStayBelowIt() {
        var rng = SplitMix(seed: 53)
        let letters = Array("aeiklmnpstu".utf8)
        var pruned = 0
        for _ in 0..<20_000 {
            func key() -> [[UInt8]] {
                let tokens = Int(rng.next() % 3) + 1
                return (0..<tokens).map { _ in (0..<(Int(rng.next() % 7) + 1)).map { _ in letters[Int(rng.next() % UInt64(letters.count))] } }
            }
            var a = key(), b = key()
            if rng.next() % 3 == 0 { b = a.map { t in t.map { rng.next() % 4 == 0 ? letters[Int(rng.next() % UInt64(letters.count))] : $0 } } }
            if rng.next() % 2 == 0, b.count != a.count { a = Array(a.prefix(b.count)); b = Array(b.prefix(a.count)) }
            var x = NameKeys(), y = NameKeys()
            let sa = x.append(a), sb = y.append(b)
            let bar = Double(rng.next() % 1000) / 1000
            let (exact, barred) = x.withBuffers { bx in y.withBuffers { by in
                (NameSimilarity.score(sa, in: bx, sb, in: by), NameSimilarity.score(sa, in: bx, sb, in: by, above: bar))
            } }
            if exact > bar || barred > bar { #expect(exact == barred, "\(a) \(b) \(bar)") } else { #expect(barred <= bar) }
            if exact != barred { pruned += 1 }
        }
        #expect(pruned > 1000)
    }

    /// A two-word span's block read from its first word is the block of the whole span.
    @Test func twoWordBlocksComeFromTheFirstWord() {
        let pool: [String] = ["가", "각", "걷", "세", "응", "블", "랙", "이", "글", "스", "칙", "흐", "트", "츠", "c", "h", "T", "s", "k"]
        var rng = SplitMix(seed: 47)
        for _ in 0..<5000 {
            func word() -> String { (0..<(Int(rng.next() % 4) + 1)).map { _ in pool[Int(rng.next() % UInt64(pool.count))] }.joined() }
            let span = word() + " " + word()
            #expect(NameAnchors.hangulBlock(span, matcher: matcher) == String(PhoneticKey.key(matcher.romanizedHangul(span)).prefix(2)), "\(span)")
        }
    }

    @Test func editDistances() {
        #expect(NameSimilarity.levenshtein(Array("kitten".utf8), Array("sitting".utf8)) == 3)
        #expect(NameSimilarity.levenshtein([], Array("abc".utf8)) == 3)
        #expect(abs(NameSimilarity.jaroWinkler(Array("martha".utf8), Array("marhta".utf8)) - 0.961) < 0.001)
        #expect(NameSimilarity.similarity(Array("kim".utf8), Array("kim".utf8)) == 1)
        #expect(NameMatcher.coarse("shinjiro") == NameMatcher.coarse("sinjilo"))
    }

    /// Exact keys: each spelling merged where it occurs, none where it does not, r after a vowel dropped.
    @Test(arguments: [("kim", "kim"), ("tchaikovsky", "jaikopski"), ("thompson", "tompson"), ("leeuwen", "leuen"), ("kurt", "kut"),
                      ("gyeongju", "kionkju"), ("", ""), ("ae", "e")])
    func coarseKeys(token: String, key: String) {
        #expect(NameMatcher.coarse(token) == key)
    }
}

@Suite struct RevisedRomanizationTests {
    @Test(arguments: [("백령도", "baengnyeongdo"), ("신라", "silla"), ("종로", "jongno"), ("한국어", "hangugeo"), ("부산", "busan"),
                      ("독도", "dokdo"), ("요코스카", "yokoseuka"), ("라면", "ramyeon"), ("백마", "baengma")])
    func soundChanges(hangul: String, romanized: String) {
        #expect(RevisedRomanization.romanize(hangul) == romanized)
    }

    @Test func japaneseNamesInHangulFollowKoreasRules() throws {
        let m = try NameMatcher()
        #expect(m.match("Atsugi", nil, "아쓰기", nil).score == 1)
        #expect(m.match("Tsushima", nil, "쓰시마", nil).score == 1)
        #expect(m.match("Baengnyeongdo", nil, "백령도", nil).score == 1)
    }
}
