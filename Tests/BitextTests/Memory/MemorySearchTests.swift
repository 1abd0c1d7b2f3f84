import Foundation
import Testing
@testable import BitextText
@testable import BitextGlossary
@testable import BitextMemory

@Suite struct MemorySearchTests {
    func memory() throws -> ScratchMemory {
        let s = try ScratchMemory()
        try s.memory.add([
            entry("South Korea and Japan agreed to resume joint search and rescue drills.", "한국과 일본은 합동 수색구조 훈련을 재개하기로 합의했다.", document: "a.txt"),
            entry("South Korea and Japan agreed to resume joint naval drills.", "한국과 일본은 합동 해상 훈련을 재개하기로 합의했다.", document: "b.txt"),
            entry("The ministers met in Yokosuka on Friday.", "장관들은 금요일 요코스카에서 만났다.", document: "a.txt"),
            entry("Moonlight fell on the harbour.", "항구에 달빛이 비쳤다."),
            entry("Moon Jae-in visited Hanoi.", "문재인은 하노이를 방문했다."),
        ])
        try s.memory.add([MemoryEntry(variants: [MemoryVariant(language: "vi", text: "Hà Nội đã tổ chức cuộc hội đàm."),
                                                 MemoryVariant(language: "en", text: "Hanoi hosted the talks.")], origins: [])])
        return s
    }

    @Test func exactMatchFirstThenFuzzyInScoreOrder() throws {
        let s = try memory()
        let matches = try s.memory.search("South Korea and Japan agreed to resume joint search and rescue drills.", from: "en", to: "ko")
        // "search and rescue" → "naval": one substitution and two deletions in twelve words, floor(100 × 9/12) = 75.
        #expect(matches.map(\.score) == [100, 75])
        #expect(matches[0].targetText == "한국과 일본은 합동 수색구조 훈련을 재개하기로 합의했다.")
        #expect(matches[0].unit.origins.map(\.document) == ["a.txt"])
    }

    @Test func minimumAndTargetLanguageFilter() throws {
        let s = try memory()
        let q = "South Korea and Japan agreed to resume joint search and rescue drills."
        #expect(try s.memory.search(q, from: "en", to: "ko", options: SearchOptions(minimum: 80)).map(\.score) == [100])
        #expect(try s.memory.search(q, from: "en", to: "vi").isEmpty)
        #expect(try s.memory.search("The ministers met in Yokosuka on Friday", from: "en", to: "ko").map(\.score) == [99])
        // en-US finds nothing stored as plain en; en finds en-US too.
        #expect(try s.memory.search(q, from: "en-US", to: "ko").isEmpty)
    }

    @Test func koreanAndVietnameseSearchUseICUWords() throws {
        let s = try memory()
        let ko = try s.memory.search("장관들은 금요일 요코스카에서 만났다.", from: "ko", to: "en")
        #expect(ko.first?.score == 100 && ko.first?.targetText == "The ministers met in Yokosuka on Friday.")
        let vi = try s.memory.search("Hà Nội đã tổ chức hội đàm.", from: "vi", to: "en")
        // Seven words against eight, one missing: floor(100 × 7/8) = 87.
        #expect(vi.map(\.score) == [87])
    }

    @Test func everyUnitAtTheMinimumIsFoundEvenWhenItsWordsAreCommon() throws {
        // Property: whatever the word frequencies, the candidate query misses no unit scoring ≥ minimum.
        let s = try ScratchMemory()
        let base = ["the", "minister", "said", "that", "the", "talks", "would", "resume", "next", "week"]
        var entries: [MemoryEntry] = []
        for i in 0..<40 {
            var words = base
            words[i % 10] = "w\(i)"
            if i % 3 == 0 { words[(i + 5) % 10] = "v\(i)" }
            entries.append(entry(words.joined(separator: " "), "번역 \(i)"))
        }
        try s.memory.add(entries)
        let query = base.joined(separator: " ")
        let found = try s.memory.search(query, from: "en", to: "ko", options: SearchOptions(minimum: 70, limit: 100))
        let t = WordTokenizer()
        let expected = entries.filter {
            FuzzyScore.percent(queryText: query, queryWords: t.words(query, language: "en"), candidateText: $0.variants[0].text,
                               candidateWords: t.words($0.variants[0].text, language: "en")) >= 70
        }.count
        #expect(found.count == expected && expected == 40)
    }

    @Test func concordanceMatchesWholeWordsFoldedAndKoreanStems() throws {
        let s = try memory()
        #expect(try s.memory.concordance("Moon").hits.map(\.matched.text) == ["Moon Jae-in visited Hanoi."])
        #expect(try s.memory.concordance("Ha Noi").hits.map(\.matched.text) == ["Hà Nội đã tổ chức cuộc hội đàm."])
        let ko = try s.memory.concordance("문재인", language: "ko")
        #expect(ko.hits.map { $0.counterparts.map(\.text) } == [["Moon Jae-in visited Hanoi."]])
        #expect(try s.memory.concordance("Yokosuka", counterpart: "ko").hits.first?.counterparts.map(\.language) == ["ko"])
        #expect(throws: BitextError.self) { _ = try s.memory.concordance("...") }
    }

    @Test func glossaryEntitiesAreMarkedAndCheckedAgainstTheCounterpart() throws {
        let glossary = try Glossary(entries: [GlossaryEntry(id: "yokosuka", kind: .place, forms: ["en": ["Yokosuka"], "ko": ["요코스카"]]),
                                              GlossaryEntry(id: "koizumi", kind: .person, forms: ["en": ["Shinjiro Koizumi"], "ko": ["고이즈미 신지로"]])])
        var marker = GlossaryMarker(glossary: glossary)
        let marks = marker.marks(in: "Shinjiro Koizumi met them in Yokosuka.", language: "en",
                                 counterpart: "고이즈미 신조는 요코스카에서 그들을 만났다.", counterpartLanguage: "ko")
        #expect(marks.map(\.entity) == ["koizumi", "yokosuka"])
        #expect(marks.map(\.inCounterpart) == [false, true])
        #expect(marks[0].expected == "고이즈미 신지로")
        #expect(GlossaryMarker.highlight("Shinjiro Koizumi met them in Yokosuka.", marks) == "⟦Shinjiro Koizumi⟧ met them in ⟦Yokosuka⟧.")
    }
}

@Suite struct MemoryReadersTests {
    /// While a writer holds the memory's lock (an import under way), a reader opens the memory and answers from
    /// its last committed state instead of waiting for the import to end.
    @Test(.timeLimit(.minutes(1))) func readersDoNotWaitForTheWritersLock() throws {
        let s = try ScratchMemory()
        try s.memory.add([entry("The ministers met in Yokosuka on Friday.", "장관들은 금요일 요코스카에서 만났다.")])
        let holding = DispatchSemaphore(value: 0), release = DispatchSemaphore(value: 0), released = DispatchSemaphore(value: 0)
        let path = s.path
        Thread.detachNewThread {
            try? FileLock.withLock(on: path) {
                holding.signal()
                release.wait()
            }
            released.signal()
        }
        holding.wait()
        let reader = try TranslationMemory(path: path, create: false)
        let matches = try reader.search("The ministers met in Yokosuka on Friday.", from: "en", to: "ko")
        let stats = try reader.stats()
        release.signal()
        released.wait()
        #expect(matches.map(\.score) == [100])
        #expect(stats.units == 1)
    }
}
