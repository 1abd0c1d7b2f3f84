import Foundation
import Testing
@testable import BitextText
@testable import BitextNames
@testable import BitextGlossary
@testable import BitextAlignment
@testable import BitextEntities

@Suite struct NameCheckerTests {
    @Test func anUnacceptedRenderingAcrossAPairIsReportedAnOmissionIsNot() throws {
        var g = Glossary()
        try g.add(GlossaryEntry(id: "naha", kind: .place, forms: ["en": ["Naha"], "vi": ["Naha"]]), origin: "t")
        try g.add(GlossaryEntry(id: "okinawa", kind: .place, forms: ["en": ["Okinawa"], "vi": ["Okinawa"]]), origin: "t")
        let a = Alignment(
            source: .init(name: "en", language: .english, segments: [Segment(text: "They landed at Naha in Okinawa.", paragraph: 0)]),
            target: .init(name: "vi", language: .vietnamese, segments: [Segment(text: "Họ hạ cánh tại Na-ha.", paragraph: 0)]),
            beads: [Bead(source: 0..<1, target: 0..<1, confidence: 1)])
        let issues = NameChecker(glossary: g, matcher: try NameMatcher()).check(a)
        #expect(issues.map { "\($0.entity) \($0.found) \($0.expected)" } == ["naha Na-ha Naha"])
    }

    /// `Koizumi` alone is Shinjiro only where the pair names Shinjiro Koizumi in full: an article about
    /// Junichiro Koizumi is not checked against Shinjiro's forms, and gets no Shinjiro anchor.
    @Test func aFamilyNameAloneIsNotThePerson() throws {
        var g = Glossary()
        try g.add(GlossaryEntry(id: "shinjiro-koizumi", kind: .person, forms: ["en": ["Shinjiro Koizumi", "Koizumi"], "ko": ["고이즈미 신지로", "고이즈미"]]),
                  origin: "t")
        func pair(_ en: String, _ ko: String) -> Alignment {
            Alignment(source: .init(name: "en", language: .english, segments: [Segment(text: en, paragraph: 0)]),
                      target: .init(name: "ko", language: .korean, segments: [Segment(text: ko, paragraph: 0)]),
                      beads: [Bead(source: 0..<1, target: 0..<1, confidence: 1)])
        }
        let checker = NameChecker(glossary: g, matcher: try NameMatcher())
        #expect(checker.check(pair("Former Prime Minister Junichiro Koizumi visited Seoul.", "코이즈미 준이치로 전 총리가 서울을 방문했다.")).isEmpty)
        let shinjiro = checker.check(pair("Defense Minister Shinjiro Koizumi visited Seoul.", "코이즈미 신지로 방위상이 서울을 방문했다."))
        #expect(shinjiro.map(\.found).contains("코이즈미"))
        var source = [[AnchorKey(kind: .entity, value: NameShortForms.shortKey("shinjiro-koizumi"))]], target = [[AnchorKey]]([[]])
        NameShortForms.resolve(&source, &target)
        #expect(source == [[]])
        source = [[AnchorKey(kind: .entity, value: NameShortForms.shortKey("shinjiro-koizumi"))]]
        target = [[AnchorKey(kind: .entity, value: "shinjiro-koizumi")]]
        NameShortForms.resolve(&source, &target)
        #expect(source == target)
    }

    @Test func particlesComeOffKoreanNames() {
        #expect(NameSpans.stripParticle("신조가") == "신조")
        #expect(NameSpans.stripParticle("고이즈미에게") == "고이즈미")
        #expect(NameSpans.stripParticle("Naha,") == "Naha")
        #expect(NameSpans.stripParticle("요코스카에서") == "요코스카")
        #expect(NameSpans.stripParticle("서울") == "서울")       // ends in no particle's syllable
        #expect(NameSpans.stripParticle("이다") == "이다")       // a particle alone is a word
        #expect(NameSpans.stripParticle("한국이") == "한국")
    }

    /// The shortcut for tokens with plain ends trims exactly what Foundation's punctuation set trims.
    @Test func punctuationIsTrimmedAsFoundationTrimsIt() {
        let tokens = ["Naha,", "“Koizumi”", "(SAREX)", "고이즈미에게.", "C-130H", "U.S.", "-", "", "안규백", "'quoted'", "Đà-Nẵng!", "a", "1,200", "x_y_", "«oui»", "$5", "e\u{301}"]
        for t in tokens {
            #expect(NameSpans.trimmingPunctuation(t) == t.trimmingCharacters(in: .punctuationCharacters), "\(t)")
        }
        // Random tokens with every ASCII scalar and awkward neighbours at their ends.
        let pool: [Unicode.Scalar] = (0x21...0x7E).compactMap { Unicode.Scalar(UInt32($0)) }
            + ["가", "é", "\u{301}", "“", "”", "«", "\u{3001}", "\u{A0}", "\u{1F600}", "\u{10100}"]
        var rng = SplitMix(seed: 31)
        for _ in 0..<20_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<(Int(rng.next() % 5) + 1) { text.append(pool[Int(rng.next() % UInt64(pool.count))]) }
            let t = String(text)
            #expect(NameSpans.trimmingPunctuation(t) == t.trimmingCharacters(in: .punctuationCharacters), "\(t.unicodeScalars.map(\.value))")
        }
    }

    /// The byte tests for ASCII tokens (capitalised name words, possessive 's) say what the character
    /// tests say, on every ASCII token of up to four scalars drawn at random and on chosen ones.
    @Test func asciiNameWordsAreReadAsCharactersWouldReadThem() {
        let tokens = ["Koizumi", "Koizumi's", "'s", "s", "A", "Ab", "U.S.", "Gyu-back", "-", "JSDF", "iPhone", "McCain's", "X1", "Ahn,", "(Naha)"]
        let pool: [Unicode.Scalar] = (0x20...0x7E).compactMap { Unicode.Scalar(UInt32($0)) } + ["A", "B", "Z", "a", "s", "'", "-"]
        var rng = SplitMix(seed: 43)
        var all = tokens
        for _ in 0..<20_000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<(Int(rng.next() % 4) + 1) { text.append(pool[Int(rng.next() % UInt64(pool.count))]) }
            all.append(String(text))
        }
        for t in all {
            let fast = NameMentions.nameWord(t), slow = NameMentions.nameWordByCharacters(NameSpans.trimmingPunctuation(t))
            #expect(fast.word == slow.word && fast.capital == slow.capital && fast.length == slow.length, "\(t)")
            #expect(NameSpans.isCapitalisedLatin(t) == NameSpans.isCapitalisedLatinByCharacters(t), "\(t)")
        }
        #expect(NameMentions.nameWord("Koizumi's,") == ("Koizumi", true, 7))
        #expect(NameMentions.nameWord("Đà-Nẵng’s") == ("Đà-Nẵng", true, 7))
    }

    /// Particles come off Hangul words whatever their form: syllables alone (compared as scalars) or not.
    @Test func particlesComeOffAsCharacterComparisonWouldTakeThem() {
        let words = ["고이즈미에게서", "한국이", "이다", "가가", "서울로", "\u{1100}\u{1161}이", "안규백은", "국방부장관의", "에게서", "가에게서"]
        for w in words {
            let count = w.count
            let expected = NameSpans.particleLengths.first { count > $0.1 + 1 && w.hasSuffix($0.0) }.map { String(w.dropLast($0.1)) } ?? w
            #expect(NameSpans.stripParticle(w) == expected, "\(w)")
        }
    }

    /// Spans are runs of one to three capitalised Latin words, or one or two Hangul words.
    @Test func nameSpansAreRunsOfNameLikeTokens() {
        #expect(NameSpans.nameSpans("Defense Minister Ahn Gyu-back met him") == ["Defense", "Defense Minister", "Defense Minister Ahn", "Minister", "Minister Ahn",
                                                                                   "Minister Ahn Gyu-back", "Ahn", "Ahn Gyu-back", "Gyu-back"])
        #expect(NameSpans.nameSpans("안규백 장관은 말했다 3") == ["안규백", "안규백 장관", "장관", "장관 말했다", "말했다"])
    }
    /// Mentions found with tokens that open with a lower-case ASCII letter or a digit passed over are
    /// those every token read as a name word gives: on English and Vietnamese news lines, and on random
    /// tokens of letters (some accented), digits, quotes, brackets and possessives.
    @Test func mentionsPassOverNoNameWord() throws {
        let bench = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/bench")
        var lines = try String(contentsOf: bench.appendingPathComponent("park_news_koen/test.en"), encoding: .utf8)
            .split(separator: "\n").prefix(500).map(String.init)
        lines += try String(contentsOf: Fixtures.root.appendingPathComponent("fixtures/seeds/002_440c89327bf5bdd4.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        var random = SplitMix(seed: 41)
        let pieces = ["a", "Kim", "ông", "Đà", "9", "\"", "(", ")", "'s", "’s", ",", ".", "-", "US", "x", "Nẵng", "ở"]
        for _ in 0..<2_000 {
            lines.append((0..<8).map { _ in (0..<Int(1 + random.next() % 3)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined() }
                .joined(separator: " "))
        }
        var found = 0
        for line in lines {
            let expected = NameMentions.mentions(line, passingOver: false)
            #expect(NameMentions.mentions(line) == expected, "\(line)")
            found += expected.count
        }
        #expect(found > 1_000)
    }
}
