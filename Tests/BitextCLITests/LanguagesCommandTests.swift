import Foundation
import Testing

@Suite struct LanguagesCommandTests {
    @Test func printsEachLanguagesCapabilities() throws {
        let r = try BitextBinary.run(["languages"])
        #expect(r.status == 0)
        let headers = r.stdout.split(separator: "\n").filter { !$0.hasPrefix("\t") }
        #expect(headers == ["de\tGerman", "en\tEnglish", "es\tSpanish", "fr\tFrench", "it\tItalian", "ja\tJapanese", "ko\tKorean",
                            "nl\tDutch", "pt\tPortuguese", "vi\tVietnamese", "zh\tChinese"])
        let vi = try BitextBinary.run(["languages", "vi", "ru"])
        #expect(vi.stdout == """
        vi\tVietnamese
        \tsentences: ICU's breaks with this language's rules
        \tpage furniture: the common rules and this language's
        \tnumbers: digits and scale, words
        \twords joined by a space
        \tnames: in Latin letters, foreign names respelt
        \tHan readings: vietnamese
        \tdetected by: latin >= 1/2, vietnamese/latin >= 1/40
        \tdetected among Latin-script languages by 28 function words
        ru\t(generic profile)
        \tsentences: ICU's breaks
        \tpage furniture: the common rules
        \tnumbers: digits
        \twords joined by a space
        \tnames: in Latin letters

        """)
    }

    @Test func aCodeThatIsNoLanguageIsOneLineAndExit1() throws {
        let r = try BitextBinary.run(["languages", "xx_YY"])
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("bitext: error:") && r.stderr.split(separator: "\n").count == 1)
    }
}
