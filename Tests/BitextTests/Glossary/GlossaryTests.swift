import Foundation
import Testing
@testable import BitextText
@testable import BitextGlossary
@testable import BitextNames

@Suite struct GlossaryTests {
    let header = "id\tkind\ten\tko\tvi\tja\tnote\tsource\n"

    @Test func theShippedGlossaryValidates() throws {
        let g = try GlossaryLoader().load([Fixtures.glossaryFolder])
        #expect(g.entries.count >= 40)
        #expect(g["yoshihiko-noda"]?.forms["vi"] == ["Yoshihiko Noda", "Y-ô-si-hi-cô Nô-đa"])
        #expect(g["ahn-gyu-back"]?.preferred(.korean) == "안규백")
    }

    @Test func malformedRowsAreReportedWithFileAndLine() {
        #expect(throws: BitextError.malformed("g.tsv", line: 2, reason: "3 columns where the header has 8")) {
            try Glossary(tsv: header + "a\tperson\tA\n", origin: "g.tsv")
        }
        #expect(throws: BitextError.malformed("g.tsv", line: 3, reason: "duplicate id 'a'")) {
            try Glossary(tsv: header + "a\tperson\tA\t\t\t\t\t\na\tplace\tB\t\t\t\t\t\n", origin: "g.tsv")
        }
        #expect(throws: BitextError.malformed("g.tsv", line: 3, reason: "en form 'NAHA' of 'b' is already claimed by 'a'")) {
            try Glossary(tsv: header + "a\tplace\tNaha\t\t\t\t\t\nb\tplace\tNAHA | Naha\t\t\t\t\t\n", origin: "g.tsv")
        }
        #expect(throws: BitextError.malformed("g.tsv", line: 2, reason: "unknown kind 'ship2' (use person, place, org, unit, ship, title, term, other)")) {
            try Glossary(tsv: header + "a\tship2\tA\t\t\t\t\t\n", origin: "g.tsv")
        }
    }

    @Test func matcherFindsKoreanNamesWithParticlesAndPrefersLongestMatch() throws {
        let g = try GlossaryLoader().load([Fixtures.glossaryFolder])
        let ko = GlossaryMatcher(glossary: g, language: .korean)
        #expect(ko.entities(in: "안규백 장관과 고이즈미 방위상이 요코스카에서").map(ko.entityID) == ["ahn-gyu-back", "shinjiro-koizumi", "japan-defense-minister", "yokosuka"])
        let en = GlossaryMatcher(glossary: g, language: .english)
        #expect(en.entities(in: "North Korea's threat to South Korea").map(en.entityID) == ["north-korea", "south-korea"])
        let vi = GlossaryMatcher(glossary: g, language: .vietnamese)
        #expect(vi.entities(in: "Thủ tướng Y-ô-si-hi-cô Nô-đa và Bộ trưởng I-chi-ca-oa").map(vi.entityID)
                == ["prime-minister", "yoshihiko-noda", "yasuo-ichikawa"])
        #expect(vi.entities(in: "Lực lượng Tự vệ trên biển Nhật Bản").map(vi.entityID) == ["jmsdf"])
    }

    /// A file the fuzzer found: written back as TSV, it must read as the same entries (body comments included).
    @Test func aFuzzedGlossaryRoundTripsThroughTSV() throws {
        // Read as the fuzz target reads its input: invalid UTF-8 becomes U+FFFD.
        let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("bad/glossary-fuzz-roundtrip.tsv"))), as: UTF8.self)
        let glossary = try Glossary(tsv: text, origin: "fuzz.tsv")
        let again = try Glossary(tsv: glossary.tsv(), origin: "again.tsv")
        #expect(again.entries == glossary.entries)
        #expect(again.tsv() == glossary.tsv())
    }
}

@Suite struct FormKeyTests {
    /// The byte-wise keys of ASCII and Hangul text, and the arithmetic folding of Hangul, are the
    /// definitions' (fold, cut at what is neither letter nor number) on random mixes of scripts.
    @Test func fastKeysAreTheDefinitionsKeys() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["Ahn", "gyu-BACK", " ", "  ", "·", "국방부", "김도현은", "Nguyễn", "Đỗ", "(", ")", "3", "2026", "AP통신", "'s", "ß", "Æ", "東京", "ー", "\u{00A0}"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Glossary.formKey(text) == Glossary.formKeyByCharacters(text), "\(text)")
            #expect(LatinFolding.fold(text) == LatinFolding.foldedByProperties(text), "\(text)")
        }
    }
}

@Suite struct GlossaryTokenTests {
    /// English and Korean sentences are cut scalar by scalar; the cut is the clusters' cut.
    @Test func plainTextTokensAreTheClustersTokens() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["Ahn", "gyu-BACK", " ", "\u{00A0}", "·", "국방부", "김도현은", "(", ")", "3", "2026", "AP통신", "’s", "“", "”", "—", "…", ",", "."]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let fast = GlossaryMatcher.tokensOfPlainText(text)
            #expect(fast != nil, "\(text)")
            let viaClusters = GlossaryMatcher.tokensByClusters(text)
            #expect(fast?.map(\.original) == viaClusters.map(\.original), "\(text)")
            #expect(fast?.map(\.key) == viaClusters.map(\.key), "\(text)")
        }
    }
}
