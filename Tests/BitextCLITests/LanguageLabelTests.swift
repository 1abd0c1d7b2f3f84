import Foundation
import Testing

/// A side whose text is not in its declared language is refused on every path, before anything is written.
@Suite struct LanguageLabelTests {
    let seed001 = BitextBinary.fixture("seeds/001_4bdbc64759555825.txt")
    let seed000 = BitextBinary.fixture("seeds/000_16a4560da9b5d69e.txt")

    private func expectOneLineError(_ r: BitextBinary.Result, _ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 1, sourceLocation: sourceLocation)
        #expect(r.stderr == line + "\n", sourceLocation: sourceLocation)
    }

    @Test func aTwoLanguageFileGivenAsOneSideIsRefused() throws {
        let r = try BitextBinary.run(["align", seed001, seed000, "--quiet"])
        expectOneLineError(r, "bitext: error: \(seed001): holds two languages (en, then ko): align it alone (bitext align \(seed001)) or split it first (bitext split \(seed001))")
    }

    @Test func swappedLanguagesOnATwoLanguageFileAreRefused() throws {
        let r = try BitextBinary.run(["align", seed001, "--src-lang", "ko", "--tgt-lang", "en", "--format", "tmx", "--quiet"])
        expectOneLineError(r, "bitext: error: \(seed001)#en: the text is en, not ko as given (check --src-lang/--tgt-lang or the file order)")
        #expect(r.stdout.isEmpty)
    }

    @Test func englishGivenAsAnotherLatinLanguageIsRefused() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let prefix = dir.appendingPathComponent("s").path
        #expect(try BitextBinary.run(["split", seed001, "--prefix", prefix]).status == 0)
        for language in ["de", "fr", "vi"] {
            let r = try BitextBinary.run(["align", prefix + ".en.txt", prefix + ".ko.txt", "--src-lang", language, "--quiet"])
            expectOneLineError(r, "bitext: error: \(prefix).en.txt: the text is en, not \(language) as given (check --src-lang/--tgt-lang or the file order)")
        }
        let hangulAsEnglish = try BitextBinary.run(["align", prefix + ".ko.txt", prefix + ".en.txt", "--src-lang", "en", "--tgt-lang", "ko", "--quiet"])
        expectOneLineError(hangulAsEnglish, "bitext: error: \(prefix).ko.txt: the text is ko, not en as given (check --src-lang/--tgt-lang or the file order)")
    }

    @Test func aMemoryUnitWhoseTextContradictsItsLanguageIsInvalid() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tm = dir.appendingPathComponent("m.tm").path, tmx = BitextBinary.fixture("tmx/wrong_language.tmx")
        let refused = try BitextBinary.run(["tm", "import", tmx, "--memory", tm])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("its ko text is en; nothing imported"), "\(refused.stderr)")
        let skipped = try BitextBinary.run(["tm", "import", tmx, "--memory", tm, "--skip-invalid"])
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stderr.contains("1 units added"), "\(skipped.stderr)")
        #expect(skipped.stderr.contains("unit 2 (line 9): its ko text is en"), "\(skipped.stderr)")
    }
}
