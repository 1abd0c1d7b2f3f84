import Foundation
import Testing
@testable import BitextText
@testable import BitextAlignment
@testable import BitextFormats
@testable import BitextBatch

@Suite struct BatchManifestTests {
    @Test func readsTSVRowsWithOptionalColumnsAndJSONLines() {
        let pairs = BatchManifest.parse("""
            # comment
            source\ttarget\tsrc_lang\ttgt_lang\tid\tdate
            a.en\ta.ko\ten\tko\tpair-a\t2025-01-02
            /abs/b.en\tb.ko
            only-one-column
            {"source": "c.en", "target": "c.ko", "src_lang": "en", "id": 7}
            {"source_text": "Hi."}
            """, folder: "/data")
        #expect(pairs.count == 5)
        #expect(pairs[0] == BatchPair(id: "pair-a", source: "/data/a.en", target: "/data/a.ko", sourceLanguage: "en", targetLanguage: "ko", date: "2025-01-02", line: 3))
        #expect(pairs[1].id == "/abs/b.en\tb.ko" && pairs[1].source == "/abs/b.en" && pairs[1].sourceLanguage == nil)
        #expect(pairs[2].problem == "line 5: 1 column(s); a row needs a source and a target path")
        #expect(pairs[3].id == "7" && pairs[3].target == "/data/c.ko" && pairs[3].problem == nil)
        #expect(pairs[4].problem?.hasPrefix("line 7: needs") == true)
    }
}

@Suite struct OrderedParallelMapTests {
    @Test func outputsComeBackInInputOrderWithABoundedWindow() async throws {
        let inFlight = Counter()
        var seen: [Int] = []
        try await OrderedParallelMap.run(0..<200, window: 4, transform: { i -> Int in
            let now = inFlight.add(1)
            #expect(now <= 4)
            // Later items finish first now and then: the order must still hold.
            if i % 7 == 0 { usleep(2000) }
            inFlight.add(-1)
            return i * i
        }) { seen.append($0) }
        #expect(seen == (0..<200).map { $0 * $0 })
    }

    /// `--jobs 1` transforms one input at a time, though the window holds more.
    @Test func parallelismBoundsTheTransformsAtOnce() async throws {
        let inFlight = Counter(), most = Counter()
        var seen: [Int] = []
        try await OrderedParallelMap.run(0..<60, window: 8, parallelism: 1, transform: { i -> Int in
            most.max(inFlight.add(1))
            usleep(200)
            inFlight.add(-1)
            return i
        }) { seen.append($0) }
        #expect(seen == Array(0..<60))
        #expect(most.add(0) == 1)
    }

    final class Counter: @unchecked Sendable {
        func max(_ n: Int) { lock.lock(); defer { lock.unlock() }; value = Swift.max(value, n) }
        private var value = 0
        private let lock = NSLock()
        @discardableResult func add(_ n: Int) -> Int { lock.lock(); defer { lock.unlock() }; value += n; return value }
    }
}

@Suite struct BatchTMXSpoolTests {
    func alignment(_ name: String, _ en: String, _ ko: String) -> Alignment {
        Alignment(source: .init(name: name + ".en", language: .english, segments: [Segment(text: en, paragraph: 0)]),
                  target: .init(name: name + ".ko", language: .korean, segments: [Segment(text: ko, paragraph: 0)]),
                  beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.9)])
    }

    @Test func assemblesKeptBlocksRenumberedAndDropsACutBlock() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spool-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("all.tmx").path
        let writer = TMXWriter(creationDate: Date(timeIntervalSince1970: 0))
        do {
            let spool = try BatchTMXSpool(path: out, writer: writer, resume: false)
            try spool.append(alignment("a", "One.", "하나."), id: "a")
            try spool.append(alignment("b", "Two.", "둘."), id: "b")
            // A crash while writing block c: its end marker never came.
            let h = FileHandle(forWritingAtPath: spool.spoolPath)!
            try h.seekToEnd()
            try h.write(contentsOf: Data("<!-- bitext-begin c -->\n    <tu tuid=\"9\">\n".utf8))
            try h.close()
        }
        #expect(!FileManager.default.fileExists(atPath: out))
        let resumed = try BatchTMXSpool(path: out, writer: writer, resume: true)
        try resumed.append(alignment("c", "Three.", "셋."), id: "c")
        #expect(try resumed.finish(keep: ["a", "c"], srclang: "en") == 2)
        let units = try TMXReader().read(contentsOf: URL(fileURLWithPath: out)).units
        #expect(units.map(\.tuid) == ["1", "2"])
        #expect(units.map { $0.variants[0].text } == ["One.", "Three."])
        #expect(!FileManager.default.fileExists(atPath: resumed.spoolPath))
    }
}

@Suite struct ProgressTextTests {
    @Test func barRateAndTimeLeft() {
        #expect(ProgressText.line(done: 25, total: 100, unit: "pairs", elapsed: 5) == "[#####---------------] 25/100 pairs  5.0/s  0:15 left")
        #expect(ProgressText.line(done: 30, total: nil, unit: "pairs", elapsed: 10) == "30 pairs  3.0/s")
    }
}

@Suite struct FolderPairingTests {
    @Test func pairsSameNamesThenNamesThatDifferByLanguage() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-folders-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let a = root.appendingPathComponent("a"), b = root.appendingPathComponent("b")
        for (folder, names) in [(a, ["same.txt", "story.en.txt", "note_en.txt", "lonely.txt", ".hidden"]),
                                (b, ["same.txt", "story.ko.txt", "note_vi.txt", "other.txt"])] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in names { try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        }
        try FileManager.default.createDirectory(at: a.appendingPathComponent("sub.txt"), withIntermediateDirectories: true)
        let pairing = try FolderPairing(source: a.path, target: b.path)
        #expect(pairing.pairs.map(\.id) == ["note", "same", "story"])
        #expect(pairing.pairs.map { ($0.source! as NSString).lastPathComponent } == ["note_en.txt", "same.txt", "story.en.txt"])
        #expect(pairing.pairs.map { ($0.target! as NSString).lastPathComponent } == ["note_vi.txt", "same.txt", "story.ko.txt"])
        #expect(pairing.unpaired == [a.path + "/lonely.txt", b.path + "/other.txt"])
    }

    @Test func aLanguagePartIsOnlyAKnownLanguage() {
        #expect(FolderPairing.keyWithoutLanguage("story.en.txt") == "story.txt")
        #expect(FolderPairing.keyWithoutLanguage("story-ko.txt") == "story.txt")
        #expect(FolderPairing.keyWithoutLanguage("state_the.txt") == "state_the.txt")
        #expect(FolderPairing.keyWithoutLanguage("plain.txt") == "plain.txt")
    }
}
