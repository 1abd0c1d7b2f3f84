import Foundation
import Testing
@testable import BitextText
@testable import BitextAlignment
@testable import BitextMemory

@Suite struct MemoryStoreTests {
    @Test func duplicatesAreStoredOnceWithEveryOrigin() throws {
        let s = try ScratchMemory()
        var c = try s.memory.add([entry("The talks resumed.", "회담이 재개됐다.", document: "a.txt", confidence: 0.8)])
        #expect(c.added == 1)
        // Same texts after NFC and white-space normalisation, another article: one unit, two origins.
        c = try s.memory.add([entry("The  talks resumed. ", "회담이 재개됐다.", document: "b.txt", confidence: 0.95)])
        #expect(c.added == 0 && c.merged == 1)
        // The very same origin again changes nothing.
        c = try s.memory.add([entry("The talks resumed.", "회담이 재개됐다.", document: "b.txt", confidence: 0.95)])
        #expect(c.unchanged == 1)
        let stats = try s.memory.stats()
        #expect(stats.units == 1 && stats.origins == 2)
        let unit = try #require(try s.memory.unit(1))
        #expect(unit.origins.map(\.document) == ["a.txt", "b.txt"])
        #expect(unit.confidence == 0.95)
    }

    @Test func conflictingTranslationsAreKeptSideBySide() throws {
        let s = try ScratchMemory()
        try s.memory.add([entry("The Bank of Korea held rates.", "한국은행은 금리를 동결했다.", document: "a.txt"),
                          entry("The Bank of Korea held rates.", "한은은 금리를 동결했다.", document: "b.txt"),
                          entry("Shares rose.", "주가가 올랐다.")])
        #expect(try s.memory.stats().units == 3)
        let conflicts = try s.memory.conflicts(from: "en", to: "ko")
        #expect(conflicts.count == 1)
        #expect(conflicts[0].sourceText == "The Bank of Korea held rates.")
        #expect(conflicts[0].translations.map(\.text) == ["한국은행은 금리를 동결했다.", "한은은 금리를 동결했다."])
        #expect(conflicts[0].translations.map(\.documents) == [["a.txt"], ["b.txt"]])
        // Seen from Korean, each source has one translation.
        #expect(try s.memory.conflicts(from: "ko", to: "en").isEmpty)
    }

    @Test func aFailedWriteInTheMiddleLeavesTheMemoryAsItWas() throws {
        struct Interrupted: Error {}
        let s = try ScratchMemory()
        try s.memory.add([entry("Kept.", "유지.")])
        let before = try s.memory.stats()
        let entries = (0..<10).map { entry("Sentence \($0).", "문장 \($0).") }
        #expect(throws: Interrupted.self) {
            try s.memory.add(entries) { index in if index == 6 { throw Interrupted() } }
        }
        #expect(throws: Interrupted.self) {
            _ = try s.memory.importTMX(tmxFixture("duplicate_conflict.tmx")) { index in if index == 2 { throw Interrupted() } }
        }
        let after = try s.memory.stats()
        #expect(after.units == before.units && after.origins == before.origins)
        #expect(try s.memory.search("Sentence 3.", from: "en", to: "ko").isEmpty)
    }

    @Test func removeByIdAndFilterAlsoForgetsTheIndex() throws {
        let s = try ScratchMemory()
        try s.memory.add([entry("Seoul and Tokyo agreed.", "서울과 도쿄가 합의했다.", document: "a.txt"),
                          entry("Hanoi hosted the talks.", "하노이에서 회담이 열렸다.", document: "b.txt", confidence: 0.3)])
        #expect(throws: BitextError.self) { try s.memory.remove(MemoryFilter()) }
        var byDocument = MemoryFilter()
        byDocument.document = "a.txt"
        #expect(try s.memory.remove(byDocument) == 1)
        #expect(try s.memory.search("Seoul and Tokyo agreed.", from: "en", to: "ko").isEmpty)
        #expect(try s.memory.concordance("Seoul").total == 0)
        var weak = MemoryFilter()
        weak.belowConfidence = 0.5
        #expect(try s.memory.remove(weak) == 1)
        #expect(try s.memory.stats().units == 0)
    }

    @Test func aNewerSchemaOrAForeignFileIsRefused() throws {
        let s = try ScratchMemory()
        try s.memory.pool.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99')") }
        #expect(throws: BitextError.self) { _ = try TranslationMemory(path: s.path, create: false) }
        let text = s.file("notes.txt")
        try "not a database".write(toFile: text, atomically: true, encoding: .utf8)
        #expect(throws: BitextError.self) { _ = try TranslationMemory(path: text, create: false) }
        #expect(throws: BitextError.self) { _ = try TranslationMemory(path: s.file("missing.tm"), create: false) }
    }

    @Test func storesInWALMode() throws {
        let s = try ScratchMemory()
        let mode = try s.memory.pool.read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test func alignmentBecomesUnitsWithProvenance() throws {
        let a = Alignment(source: .init(name: "x/en.txt", language: .english, date: "2025-11-14",
                                        segments: [Segment(text: "One.", paragraph: 0), Segment(text: "Two.", paragraph: 0)]),
                          target: .init(name: "x/ko.txt", language: .korean, segments: [Segment(text: "하나.", paragraph: 0)]),
                          beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.9), Bead(source: 1..<2, target: 1..<1, confidence: 0.8)])
        let entries = MemoryEntry.entries(from: a, user: "kim")
        #expect(entries.count == 1)
        #expect(entries[0].variants == [MemoryVariant(language: "en", text: "One."), MemoryVariant(language: "ko", text: "하나.")])
        let o = entries[0].origins[0]
        #expect(o.document == "en.txt" && o.documentTarget == "ko.txt" && o.documentDate == "2025-11-14")
        #expect(o.confidence == 0.9 && o.bead == "1-1" && o.creator == "kim" && o.source == "align")
    }
}
