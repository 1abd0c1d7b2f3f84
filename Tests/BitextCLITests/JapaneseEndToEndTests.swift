import Foundation
import Testing

/// The Japanese development case (fixtures/dev-ja) run through the binary from its raw text.
@Suite struct JapaneseEndToEndTests {
    let folder = "dev-ja/cases/J1_arf_direx_ja/"

    @Test func theRawArticleIsCutIntoItsReferenceSentences() throws {
        let r = try BitextBinary.run(["segment", BitextBinary.fixture(folder + "ja.txt"), "--lang", "ja"])
        #expect(r.status == 0)
        let reference = try String(contentsOfFile: BitextBinary.fixture(folder + "ja.sent"), encoding: .utf8)
        #expect(r.stdout == reference)
    }

    @Test func theRawPairAlignsAsATranslationWithItsNamesAndNumbersLinked() throws {
        let r = try BitextBinary.run(["align", BitextBinary.fixture(folder + "en.txt"), BitextBinary.fixture(folder + "ja.txt"),
                                      "--src-lang", "en", "--tgt-lang", "ja", "--format", "tsv"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("a translation"))
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        // The general's words and his quotation are one Japanese sentence; 45 and 175 tie the Vietnamese team.
        #expect(rows.contains { $0[0].hasPrefix("Maj. Gen. Kim Sang-woo") && $0[0].hasSuffix("Kim said in a statement.") && $0[1].hasPrefix("韓国派遣団を率いるキム・サンウ少将") })
        #expect(rows.contains { $0[0].hasPrefix("The 14,500-ton ROKS Marado") && $0[1].hasPrefix("排水量１万４５００トン") })
        // The wires' end-of-story markers are furniture on both sides, left out.
        #expect(!rows.contains { $0[0].contains("(END)") || $0[1].contains("（終わり）") })
    }
}
