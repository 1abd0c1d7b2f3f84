import Foundation
import Testing
@testable import Bitext

@Suite struct QualityCheckTests {
    static func alignment(_ source: [String], _ target: [String], from: String = "en", to: String = "ko") throws -> Alignment {
        let beads = zip(source.indices, target.indices).map { Bead(source: $0..<($0 + 1), target: $1..<($1 + 1), confidence: 1) }
        return Alignment(source: .init(name: "s", language: try LanguageCode(from), segments: source.enumerated().map { Segment(text: $1, paragraph: $0) }),
                         target: .init(name: "t", language: try LanguageCode(to), segments: target.enumerated().map { Segment(text: $1, paragraph: $0) }),
                         beads: beads)
    }

    static func context() throws -> QualityContext {
        QualityContext(glossary: Glossary(), terminology: Glossary(), matcher: try NameMatcher())
    }

    @Test func numbersCompareAfterNormalisation() throws {
        let a = try Self.alignment(["The army sent 350 troops in 2016.", "Nine years later, 1.2 million people came.", "It fell by 45 percent."],
                                   ["군은 2016년에 530명의 병력을 보냈다.", "9년 뒤 120만 명이 왔다.", "떨어졌다."])
        let findings = NumberCheck().findings(in: a, context: try Self.context())
        #expect(findings.map(\.message) == ["source has 350, target has 530", "source has 45, target has no such number"])
        #expect(findings.map(\.unit) == [0, 2])
    }

    @Test func untranslatedTargetsAreFoundByCopyOrByLanguage() throws {
        let a = try Self.alignment(["The ministers met in Seoul on Friday.", "They agreed to resume the drills next year.", "Talks went well."],
                                   ["The ministers met in Seoul on Friday.", "The drills will start again after a long break in the exchanges.", "회담은 순조로웠다."])
        let findings = UntranslatedCheck().findings(in: a, context: try Self.context())
        #expect(findings.map(\.message) == ["the target is the source, untranslated", "target sentence 1 is in en, not ko"])
    }

    @Test func vietnameseTargetsInEnglishAreFoundByFunctionWordsWithoutVietnameseLetters() {
        let detector = LanguageDetector()
        let en = try! LanguageCode("en"), vi = try! LanguageCode("vi")
        #expect(detector.sentenceReads(as: en, ratherThan: vi, "The two sides agreed to hold the talks in the capital of the country."))
        #expect(!detector.sentenceReads(as: en, ratherThan: vi, "Hai bên nhất trí tổ chức hội đàm tại thủ đô của đất nước."))
        #expect(!detector.sentenceReads(as: en, ratherThan: vi, "Yonhap, SAREX."))
    }

    @Test func termsOfTheTerminologyMustBeRenderedAsListed() throws {
        let terms = try Glossary(tsv: "id\tkind\ten\tko\nsar\tterm\tsearch-and-rescue\t수색·구조\n", origin: "terms")
        let a = try Self.alignment(["Joint search-and-rescue drills resumed.", "Search-and-rescue teams met."], ["합동 수색·구조 훈련이 재개됐다.", "탐색 구조팀이 만났다."])
        let context = QualityContext(glossary: terms, terminology: terms, matcher: try NameMatcher())
        #expect(TermCheck().findings(in: a, context: context).map(\.unit) == [1])
        let none = QualityContext(glossary: terms, terminology: Glossary(), matcher: try NameMatcher())
        #expect(TermCheck().findings(in: a, context: none).isEmpty)
    }

    @Test func independentAccountsSkipTheChecksMadeForTranslations() throws {
        var a = try Self.alignment(["350 troops came."], ["530명이 왔다."])
        #expect(QualityChecks.standard.run(a, context: try Self.context()).map(\.kind) == [.number])
        a.verdict = PairVerdict(relation: .sameEvent, linkedSentences: 1, sentences: 2, oneSidedSentences: 0)
        #expect(QualityChecks.standard.run(a, context: try Self.context()).isEmpty)
    }

    @Test func reportsQuoteCSVAndEscapeHTML() throws {
        let f = QualityFinding(kind: .number, unit: 2, sourceSentences: [3, 4], targetSentences: [5], message: "source has 9, 2, target has 7",
                               sourceText: "He said \"<b>nine</b>\"", targetText: "7년")
        let report = QualityReport(findings: [f], inputs: ["/home/ann/a.txt"], sourceLanguage: "en", targetLanguage: "ko", glossaries: ["bundled:entities.tsv"])
        #expect(report.rendered(.csv) == "kind,unit,source_sentences,target_sentences,message,source,target\r\n"
            + "number,2,3-4,5,\"source has 9, 2, target has 7\",\"He said \"\"<b>nine</b>\"\"\",7년\r\n")
        let html = report.rendered(.html)
        #expect(html.contains("<td lang=\"en\">He said \"&lt;b&gt;nine&lt;/b&gt;\"</td>"))
        #expect(html.contains("<title>Bitext QA · a.txt</title>") && !html.contains("/home/ann"))
        #expect(report.summary == "1 finding: 1 number")
    }
}
