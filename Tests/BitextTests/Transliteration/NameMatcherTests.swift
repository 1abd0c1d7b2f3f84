import Foundation
import Testing
@testable import Bitext

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

    /// The floor the issue sets, on the 813 labelled pairs of ../shared/bench/name_pairs.tsv.
    @Test func labelledPairsMeetTheFloor() throws {
        let path = Fixtures.root.deletingLastPathComponent().appendingPathComponent("shared/bench/name_pairs.tsv").path
        let (score, _) = try NamePairScore.evaluate(tsv: String(contentsOfFile: path, encoding: .utf8), name: path, matcher: matcher)
        #expect(score.truePositives + score.falseNegatives == 331)
        #expect(score.precision >= 0.98, "precision \(score.precision)")
        #expect(score.recall >= 0.92, "recall \(score.recall)")
    }

    @Test func editDistances() {
        #expect(NameMatcher.levenshtein(Array("kitten"), Array("sitting")) == 3)
        #expect(abs(NameMatcher.jaroWinkler(Array("martha"), Array("marhta")) - 0.961) < 0.001)
        #expect(NameMatcher.coarse("shinjiro") == NameMatcher.coarse("sinjilo"))
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
