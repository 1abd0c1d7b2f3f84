import Foundation
import Testing
@testable import Bitext

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

    @Test func particlesComeOffKoreanNames() {
        #expect(NameChecker.stripParticle("신조가") == "신조")
        #expect(NameChecker.stripParticle("고이즈미에게") == "고이즈미")
        #expect(NameChecker.stripParticle("Naha,") == "Naha")
        #expect(NameChecker.stripParticle("요코스카에서") == "요코스카")
        #expect(NameChecker.stripParticle("서울") == "서울")       // ends in no particle's syllable
        #expect(NameChecker.stripParticle("이다") == "이다")       // a particle alone is a word
        #expect(NameChecker.stripParticle("한국이") == "한국")
    }

    /// The shortcut for tokens with plain ends trims exactly what Foundation's punctuation set trims.
    @Test func punctuationIsTrimmedAsFoundationTrimsIt() {
        let tokens = ["Naha,", "“Koizumi”", "(SAREX)", "고이즈미에게.", "C-130H", "U.S.", "-", "", "안규백", "'quoted'", "Đà-Nẵng!", "a", "1,200", "x_y_", "«oui»", "$5", "e\u{301}"]
        for t in tokens {
            #expect(NameChecker.trimmingPunctuation(t) == t.trimmingCharacters(in: .punctuationCharacters), "\(t)")
        }
    }

    /// Spans are runs of one to three capitalised Latin words, or one or two Hangul words.
    @Test func nameSpansAreRunsOfNameLikeTokens() {
        #expect(NameChecker.nameSpans("Defense Minister Ahn Gyu-back met him") == ["Defense", "Defense Minister", "Defense Minister Ahn", "Minister", "Minister Ahn",
                                                                                   "Minister Ahn Gyu-back", "Ahn", "Ahn Gyu-back", "Gyu-back"])
        #expect(NameChecker.nameSpans("안규백 장관은 말했다 3") == ["안규백", "안규백 장관", "장관", "장관 말했다", "말했다"])
    }
}
