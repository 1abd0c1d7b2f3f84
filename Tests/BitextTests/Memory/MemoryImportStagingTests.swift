import Foundation
import GRDB
import Testing
@testable import BitextText
@testable import BitextFormats
@testable import BitextMemory

/// The staged import (temp tables, one publishing transaction) against the unit-by-unit store it replaced.
@Suite struct MemoryImportStagingTests {
    /// A TMX whose units hit every case of publishing: new units, copies within the file (gaining an origin
    /// or not), a copy of a unit already stored, a unit with notes, attributes and props.
    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="en" datatype="plaintext"/>
        <body>
        <tu tuid="1" creationdate="20240101T000000Z"><prop type="x-document">a.txt</prop>
          <tuv xml:lang="en"><seg>The talks resumed in Hanoi.</seg></tuv><tuv xml:lang="ko"><seg>하노이에서 회담이 재개됐다.</seg></tuv></tu>
        <tu tuid="2" creationdate="20240102T000000Z" usagecount="3"><prop type="x-document">a.txt</prop><prop type="client">MoD</prop><note>checked "twice"</note>
          <tuv xml:lang="en"><seg>Shares of Samsung rose 3 percent.</seg></tuv><tuv xml:lang="ko"><seg>삼성 주가가 3% 올랐다.</seg></tuv></tu>
        <tu tuid="3" creationdate="20240103T000000Z"><prop type="x-document">b.txt</prop>
          <tuv xml:lang="en"><seg>The talks  resumed in Hanoi. </seg></tuv><tuv xml:lang="ko"><seg>하노이에서 회담이 재개됐다.</seg></tuv></tu>
        <tu tuid="4" creationdate="20240101T000000Z"><prop type="x-document">a.txt</prop>
          <tuv xml:lang="en"><seg>The talks resumed in Hanoi.</seg></tuv><tuv xml:lang="ko"><seg>하노이에서 회담이 재개됐다.</seg></tuv></tu>
        <tu tuid="5" creationdate="20240104T000000Z"><prop type="x-document">c.txt</prop>
          <tuv xml:lang="en"><seg>The minister arrived.</seg></tuv><tuv xml:lang="ko"><seg>장관이 도착했다.</seg></tuv></tu>
        <tu tuid="6" creationdate="20240105T000000Z"><prop type="x-document">c.txt</prop>
          <tuv xml:lang="en"><seg>Đà Nẵng hosted the drill.</seg></tuv><tuv xml:lang="vi"><seg>Đà Nẵng tổ chức cuộc tập trận.</seg></tuv></tu>
        </body></tmx>
        """

    /// What was in the memory before: a unit the file copies (with another origin) and one it does not.
    static func prefill(_ memory: TranslationMemory) throws {
        var stored = entry("The minister arrived.", "장관이 도착했다.", document: "old.txt")
        stored.origins[0].created = "20230101T000000Z"
        var other = entry("Nothing else.", "다른 것은 없다.", document: "old.txt")
        other.origins[0].created = "20230101T000000Z"
        try memory.add([stored, other])
    }

    static func export(_ memory: TranslationMemory) throws -> String {
        var out = ""
        _ = try memory.exportTMX(date: Date(timeIntervalSince1970: 0)) { out += $0 }
        return out
    }

    @Test func publishingStoresWhatStoringUnitByUnitStores() throws {
        let staged = try ScratchMemory(), byUnit = try ScratchMemory()
        try MemoryImportStagingTests.prefill(staged.memory)
        try MemoryImportStagingTests.prefill(byUnit.memory)
        let file = staged.file("in.tmx")
        try MemoryImportStagingTests.tmx.write(toFile: file, atomically: true, encoding: .utf8)

        let report = try staged.memory.importTMX(URL(fileURLWithPath: file))
        let units = try TMXReader().read(contentsOf: URL(fileURLWithPath: file)).units
        let changes = try byUnit.memory.add(units.map { try TMXUnitMapping.entry(from: $0, source: "in.tmx") })

        #expect(report.changes == changes)
        #expect(report.changes.added == 3 && report.changes.merged == 2 && report.changes.unchanged == 1)
        #expect(try MemoryImportStagingTests.export(staged.memory) == MemoryImportStagingTests.export(byUnit.memory))
        // New units take the ids after the memory's last, in file order.
        #expect(try staged.memory.unit(3)?.text(in: "en") == "The talks resumed in Hanoi.")
        #expect(try staged.memory.unit(5)?.text(in: "vi") == "Đà Nẵng tổ chức cuộc tập trận.")
        #expect(try staged.memory.unit(3)?.origins.map(\.document) == ["a.txt", "b.txt"])
        #expect(try staged.memory.unit(1)?.origins.map(\.document) == ["old.txt", "c.txt"])
        #expect(try staged.memory.unit(4)?.origins.first?.notes == ["checked \"twice\""])
    }

    @Test func theFullTextIndexFindsEveryPublishedText() throws {
        let s = try ScratchMemory()
        try MemoryImportStagingTests.prefill(s.memory)
        let file = s.file("in.tmx")
        try MemoryImportStagingTests.tmx.write(toFile: file, atomically: true, encoding: .utf8)
        _ = try s.memory.importTMX(URL(fileURLWithPath: file))
        // Each variant's index entry has the variant's own id: the words of one text lead to that text.
        let matches = try s.memory.search("Shares of Samsung rose 4 percent.", from: "en", to: "ko")
        #expect(matches.map(\.targetText) == ["삼성 주가가 3% 올랐다."])
        #expect(try s.memory.concordance("tập trận", language: "vi").hits.map(\.unit.id) == [5])
        #expect(try s.memory.concordance("Da Nang", language: "en").hits.map(\.matched.text) == ["Đà Nẵng hosted the drill."])
        #expect(try s.memory.concordance("장관이", language: "ko").hits.map(\.unit.id) == [1])
    }

    @Test func indexesAreThereAfterEveryKindOfImport() throws {
        let s = try ScratchMemory()
        let file = s.file("in.tmx")
        try MemoryImportStagingTests.tmx.write(toFile: file, atomically: true, encoding: .utf8)
        func indexes() throws -> Set<String> {
            try s.memory.read { try Set(String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index'")) }
        }
        let before = try indexes()
        #expect(before.isSuperset(of: ["unit_key", "variant_text", "variant_unit", "origin_document"]))
        // Into an empty memory (the hash-keyed indexes rebuilt by sorting), then into a memory many times the
        // import's size (updated row by row).
        _ = try s.memory.importTMX(URL(fileURLWithPath: file))
        #expect(try indexes() == before)
        try s.memory.add((0..<100).map { entry("Sentence \($0).", "문장 \($0).") })
        let second = try s.memory.importTMX(URL(fileURLWithPath: file))
        #expect(second.changes.added == 0 && second.changes.unchanged == 6)
        #expect(try indexes() == before)
        // Nothing of the staging stays behind on the connection.
        #expect(try s.memory.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM temp.sqlite_master") } == 0)
    }
}

@Suite struct MemoryJSONReadingTests {
    @Test func whatIsWrittenReadsBack() throws {
        let props = [["client", "MoD \"Seoul\""], ["x-note", "line\nbreak\\tab\t\u{1}"], ["emoji", "😀 한국어 Đà"]]
        #expect(MemoryJSON.decodeLists(MemoryJSON.encode(props)) == props)
        #expect(MemoryJSON.decodeStrings(MemoryJSON.encode(["a", "", "b\"c"])) == ["a", "", "b\"c"])
        #expect(MemoryJSON.decodeMap(MemoryJSON.encode(["usagecount": "3", "x": "y\\z"])) == ["usagecount": "3", "x": "y\\z"])
        #expect(MemoryJSON.decodeLists(nil) == nil)
    }

    @Test func otherWritersJSONReadsToo() throws {
        // Foundation's encoder escapes the slash and writes surrogate pairs; spaces between tokens are allowed.
        #expect(MemoryJSON.decodeStrings(#"[ "a\/b" , "\ud83d\ude00", "\u00e9" ]"#) == ["a/b", "😀", "é"])
        let encoded = String(decoding: try JSONEncoder().encode([["k", "v/w 😀"]]), as: UTF8.self)
        #expect(MemoryJSON.decodeLists(encoded) == [["k", "v/w 😀"]])
        #expect(MemoryJSON.decodeStrings("[\"unterminated") == nil)
    }
}

@Suite struct BoundedQueueTests {
    @Test func itemsArriveInOrderAndTheErrorAfterThem() throws {
        struct Broken: Error {}
        let queue = BoundedQueue<Int>(capacity: 3)
        DispatchQueue.global().async {
            for k in 0..<1000 { queue.push(k) }
            queue.close(throwing: Broken())
        }
        var seen: [Int] = []
        #expect(throws: Broken.self) {
            while let k = try queue.pop() { seen.append(k) }
        }
        #expect(seen == Array(0..<1000))
    }

    @Test func cancellingStopsTheProducer() throws {
        let queue = BoundedQueue<Int>(capacity: 2)
        queue.push(1)
        queue.push(2)
        let stopped = DispatchSemaphore(value: 0)
        let result = ConcurrentSlots<Bool>(count: 1)
        DispatchQueue.global().async {
            // Blocks: the queue is full, until the consumer cancels.
            result.set(0, queue.push(3))
            stopped.signal()
        }
        queue.cancel()
        stopped.wait()
        #expect(result.value(0) == false)
        #expect(queue.push(4) == false)
    }
}
