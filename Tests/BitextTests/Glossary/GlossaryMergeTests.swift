import Foundation
import Testing
@testable import BitextText
@testable import BitextGlossary

/// Laying glossaries together and refusing entries: the paths a large glossary takes to load fast must
/// give the glossary (and the errors) the entry-by-entry paths give.
@Suite struct GlossaryMergeTests {
    let header = "id\tkind\ten\tko\tnote\tsource\n"

    func glossary(_ rows: [String], origin: String = "g.tsv") throws -> Glossary {
        try Glossary(tsv: header + rows.map { $0 + "\n" }.joined(), origin: origin)
    }

    /// The bundled glossary is small and a user's may be large: appending either way round keeps the lower
    /// glossary's entries first and finds every entry and form afterwards.
    @Test func appendingALargerGlossaryKeepsTheOrderAndTheIndexes() throws {
        let small = try glossary(["seoul\tplace\tSeoul\t서울\t\t", "busan\tplace\tBusan\t부산\t\t"], origin: "small.tsv")
        let large = try glossary((0..<6).map { "p\($0)\tperson\tName \($0)\t이름\($0)\t\t" }, origin: "large.tsv")
        for (lower, upper) in [(small, large), (large, small)] {
            var merged = lower
            try merged.append(upper, origin: "upper.tsv")
            #expect(merged.entries.map(\.id) == lower.entries.map(\.id) + upper.entries.map(\.id))
            for (index, entry) in merged.entries.enumerated() {
                #expect(merged[entry.id] == entry)
                #expect(merged.entries[index].id == entry.id)
            }
            #expect(merged.owner(of: "서울", language: "ko") == "seoul")
            #expect(merged.owner(of: "name 5", language: "en") == "p5")
            #expect(merged.owner(of: "Daegu", language: "en") == nil)
        }
    }

    @Test func appendingRefusesClaimedFormsAndDuplicateIdsEitherWayRound() throws {
        let small = try glossary(["seoul\tplace\tSeoul\t서울\t\t"])
        let large = try glossary((0..<6).map { "p\($0)\tperson\tName \($0)\t\t\t" } + ["capital\tplace\tSEOUL\t\t\t"])
        var a = small
        #expect(throws: BitextError.malformed("upper.tsv", line: 0, reason: "en form 'SEOUL' of 'capital' is already claimed by 'seoul'")) {
            try a.append(large, origin: "upper.tsv")
        }
        var b = large
        #expect(throws: BitextError.malformed("upper.tsv", line: 0, reason: "en form 'Seoul' of 'seoul' is already claimed by 'capital'")) {
            try b.append(small, origin: "upper.tsv")
        }
        let sameID = try glossary((0..<6).map { "p\($0)\tperson\tName \($0)\t\t\t" } + ["seoul\tplace\tSoul\t\t\t"])
        var c = small
        #expect(throws: BitextError.malformed("upper.tsv", line: 0, reason: "duplicate id 'seoul'")) {
            try c.append(sameID, origin: "upper.tsv")
        }
        #expect(a == small && b == large && c == small)
    }

    /// A refused entry leaves nothing behind: its id and the forms it claimed before the conflict are free.
    @Test func aRefusedEntryLeavesTheGlossaryAsItWas() throws {
        let before = try glossary(["seoul\tplace\tSeoul\t서울\t\t"])
        var g = before
        let clash = GlossaryEntry(id: "capital", kind: .place, forms: ["en": ["Capital City"], "ko": ["수도", "서울"]])
        #expect(throws: BitextError.malformed("x", line: 0, reason: "ko form '서울' of 'capital' is already claimed by 'seoul'")) {
            try g.add(clash, origin: "x")
        }
        #expect(g == before)
        #expect(g["capital"] == nil)
        #expect(g.owner(of: "Capital City", language: "en") == nil)
        #expect(g.owner(of: "수도", language: "ko") == nil)
        #expect(g.owner(of: "서울", language: "ko") == "seoul")
        let duplicate = GlossaryEntry(id: "seoul", kind: .place, forms: ["en": ["Soul"]])
        #expect(throws: BitextError.malformed("x", line: 0, reason: "duplicate id 'seoul'")) { try g.add(duplicate, origin: "x") }
        #expect(g["seoul"] == before["seoul"])
        #expect(g.owner(of: "Soul", language: "en") == nil)
        // A form repeated within one entry is not a conflict.
        try g.add(GlossaryEntry(id: "capital", kind: .place, forms: ["en": ["Capital", "CAPITAL"]]), origin: "x")
        #expect(g.owner(of: "capital", language: "en") == "capital")
    }

    /// Cells are trimmed of white space of any script at their ends, and only there.
    @Test func cellsAreTrimmedOfSpacesOfAnyScript() throws {
        let g = try glossary(["a\tplace\t\u{00A0}Hà Nội\u{3000}\t\u{3000}서울 특별시\u{00A0}\t\t", "b\tplace\tĐà Nẵng\u{2003}| Hải Phòng \t부산\u{3000}|\u{3000}釜山\t\t"])
        #expect(g["a"]?.forms == ["en": ["Hà Nội"], "ko": ["서울 특별시"]])
        #expect(g["b"]?.forms == ["en": ["Đà Nẵng", "Hải Phòng"], "ko": ["부산", "釜山"]])
        for (line, cells) in [("x\t 가 \t\tй ", ["x", "가", "", "й"]), ("", [""]), ("\u{3000}\t\u{00A0}a\u{00A0}", ["", "a"]),
                              ("가\u{0301}\t \u{0E33}", ["가\u{0301}", "\u{0E33}"])] {
            var text = line
            let found = text.withUTF8 { buffer in
                let file = GlossaryBytes(bytes: buffer)
                return file.pieces(0..<buffer.count, at: 0x09).map(file.string)
            }
            #expect(found == cells, "\(line.debugDescription)")
        }
    }

    @Test func acronymsAreUppercaseLettersDigitsAndSigns() {
        for form in ["DAPA", "KF-21", "F-35A", "ЦРУ", "U.S."] { #expect(GlossaryMatcher.isAcronym(form), "\(form)") }
        for form in ["Seoul", "USS Ford", "NATO-led", "ABCDEFG", "kf-21", "안보"] { #expect(!GlossaryMatcher.isAcronym(form), "\(form)") }
    }
}
