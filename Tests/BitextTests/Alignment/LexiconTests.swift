import Testing
import Foundation
@testable import BitextAlignment
import BitextText

@Suite struct LexiconTests {
    let en = LanguageCode.english, ko = LanguageCode.korean

    @Test func unitsAreFoldedWordsWithoutParticlesOrFunctionWords() throws {
        #expect(LexiconWords(language: en).units(of: "The Ministry of Defense said 3 ships sailed.") == ["ministry", "defense", "ships", "sailed"])
        #expect(LexiconWords(language: ko).units(of: "국방부는 함정 3척이 출항했다고 밝혔다.") == ["국방부", "함정", "출항했다고", "밝혔다"])
        // Vietnamese words are mostly two syllables written apart: pairs of syllables count too.
        let vi = LexiconWords(language: try LanguageCode("vi")).units(of: "Bộ Quốc phòng cho biết.")
        #expect(vi == ["bộ", "bộ quốc", "quốc", "quốc phòng", "phòng", "biết"])
    }

    @Test func wordsThatTravelTogetherArePairedAndChanceIsNot() {
        var learner = LexiconLearner(source: en, target: ko)
        let pairs = [("The navy sailed.", "해군이 출항했다."), ("The navy trained.", "해군이 훈련했다."), ("The army trained.", "육군이 훈련했다."),
                     ("The army marched.", "육군이 행진했다."), ("The navy returned.", "해군이 귀항했다.")]
        for (s, t) in pairs { learner.add(source: s, target: t) }
        let lexicon = learner.lexicon()
        #expect(lexicon.translations["navy"]?.first == .init(target: "해군", dice: 1, count: 3))
        #expect(lexicon.translations["army"]?.first?.target == "육군")
        // Seen together once: chance.
        #expect(lexicon.translations["sailed"] == nil)
        #expect(lexicon.sourcesOf["훈련했다"] == ["trained"])
    }

    @Test func aLexiconReadsBackFromItsFile() throws {
        let lexicon = TranslationLexicon(source: en, target: ko, translations: ["navy": [.init(target: "해군", dice: 0.8, count: 4)]])
        #expect(try TranslationLexicon(tsv: lexicon.tsv(), origin: "x") == lexicon)
        #expect(throws: BitextError.self) { _ = try TranslationLexicon(tsv: "navy\t해군\n", origin: "x") }
        #expect(throws: BitextError.self) { _ = try TranslationLexicon(tsv: "# bitext lexicon en ko\nnavy\t해군\tmany\t2\n", origin: "x") }
    }

    @Test func aWordAndItsTranslationShareAnAnchorInEitherDirection() {
        let lexicon = TranslationLexicon(source: en, target: ko, translations: ["navy": [.init(target: "해군", dice: 0.8, count: 4)]])
        let keys = LexicalAnchors.keys(source: ["The navy sailed."], sourceLanguage: en, target: ["해군이 출항했다."], targetLanguage: ko, lexicon: lexicon)
        #expect(keys.source == [[AnchorKey(kind: .lexical, value: "navy")]] && keys.target == keys.source)
        let back = LexicalAnchors.keys(source: ["해군이 출항했다."], sourceLanguage: ko, target: ["The navy sailed."], targetLanguage: en, lexicon: lexicon)
        #expect(back.source == keys.source && back.target == keys.source)
    }
}
