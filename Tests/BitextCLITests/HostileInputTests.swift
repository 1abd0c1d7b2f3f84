import Foundation
import Testing

/// The README's table of hostile and huge inputs, each fed to the binary: a clear one-line error and exit 1,
/// or correct handling. (scripts/hostile.sh measures time and peak memory of the full-size ones.)
@Suite struct HostileInputTests {
    static let english = "South Korea and Japan agreed to resume drills after nine years.\n"
    static let korean = "한국과 일본은 9년 만에 훈련을 재개하기로 합의했다.\n"

    private func write(_ bytes: [UInt8], _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func align(_ source: [UInt8], _ target: [UInt8] = Array(korean.utf8), extra: [String] = []) throws -> BitextBinary.Result {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        return try BitextBinary.run(["align", try write(source, "src.txt", in: folder), try write(target, "tgt.txt", in: folder), "--quiet"] + extra)
    }

    private func expectError(_ r: BitextBinary.Result, _ fragment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(r.status == 1, sourceLocation: sourceLocation)
        #expect(r.stderr.hasPrefix("bitext: error: ") && r.stderr.contains(fragment), "\(r.stderr)", sourceLocation: sourceLocation)
        #expect(r.stderr.split(separator: "\n").count == 1, "one line: \(r.stderr)", sourceLocation: sourceLocation)
    }

    @Test func invalidUTF8AtTheStartMiddleAndEnd() throws {
        expectError(try align([0x80] + Array(Self.english.utf8)), "invalid UTF-8 at byte offset 0")
        expectError(try align(Array(Self.english.utf8) + [0x63, 0x61, 0x66, 0xE9, 0x0A] + Array(Self.english.utf8)), "invalid UTF-8 at byte offset 67")
        expectError(try align(Array(Self.english.utf8) + [0xE2, 0x82]), "invalid UTF-8 at byte offset 64")
    }

    @Test func utf16WithABOMIsReadWithoutOneIsRefused() throws {
        let withBOM = try align([0xFF, 0xFE] + Array(Self.english.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        #expect(withBOM.status == 0)
        #expect(withBOM.stdout.hasPrefix("South Korea and Japan agreed"))
        expectError(try align(Array(Self.english.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), "looks like a binary file")
    }

    @Test func aLoneSurrogateInUTF16IsNamedAsSuch() throws {
        var units = Array(Self.english.utf16)
        units.insert(0xD800, at: 5)   // a high surrogate followed by a letter, not by its low half
        let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { (u: UInt16) -> [UInt8] in [UInt8(u & 0xFF), UInt8(u >> 8)] }
        expectError(try align(bytes), "invalid UTF-16 (a surrogate without its pair) at byte offset 12")
    }

    @Test func aTextThatIsAllPageFurnitureIsRefused() throws {
        let furniture = Array("#hashtag #news\nShare | Print | Email\n".utf8)
        let r = try align(furniture, extra: ["--src-lang", "en", "--tgt-lang", "ko"])
        expectError(r, "src.txt: all 2 sentences are page furniture (related news, hashtags, share buttons); nothing to align (--keep-boilerplate aligns it)")
        #expect(r.stdout.isEmpty)
        #expect(try align(furniture, extra: ["--src-lang", "en", "--tgt-lang", "ko", "--keep-boilerplate"]).status == 0)
    }

    @Test func aDateThatIsNotOnTheCalendarIsRefused() throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tm = folder.appendingPathComponent("m.tm").path
        #expect(try BitextBinary.run(["tm", "import", BitextBinary.fixture("tmx/good_en_ko.tmx"), "--memory", tm]).status == 0)
        expectError(try BitextBinary.run(["tm", "export", "--since", "2025-02-30", "--memory", tm]), "'2025-02-30' is not a date (use YYYY-MM-DD)")
        let manifest = try write(Array("\(BitextBinary.fixture("batch/news01.en.txt"))\t\(BitextBinary.fixture("batch/news01.ko.txt"))\ten\tko\tn1\t2025-02-30\n".utf8), "m.tsv", in: folder)
        let batch = try BitextBinary.run(["batch", manifest, "-o", folder.appendingPathComponent("all.tmx").path, "--quiet"])
        #expect(batch.status == 1)
        let report = try String(contentsOfFile: folder.appendingPathComponent("all.report.jsonl").path, encoding: .utf8)
        #expect(report.contains("line 1: date '2025-02-30' is not a calendar date (use YYYY-MM-DD)"), "\(report)")
    }

    @Test func anEmptyGlossaryIsNamedAsSuch() throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let empty = try write([], "empty.tsv", in: folder)
        expectError(try align(Array(Self.english.utf8), extra: ["--glossary", empty]),
                    "\(empty): the glossary is empty (it needs a header row: id, kind, then one column per language)")
        expectError(try BitextBinary.run(["glossary", "list", "--file", empty]), "\(empty): the glossary is empty")
    }

    @Test func aDamagedMemoryIsNotWrittenTo() throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tm = folder.appendingPathComponent("m.tm").path
        #expect(try BitextBinary.run(["tm", "import", BitextBinary.fixture("tmx/good_en_ko.tmx"), BitextBinary.fixture("tmx/props_roundtrip.tmx"), "--memory", tm]).status == 0)
        // Overwrite the third page, one of the memory's b-tree pages, with garbage.
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: tm))
        try handle.seek(toOffset: 8192)
        try handle.write(contentsOf: Data(Array(repeating: [0x00, 0xFF], count: 1024).joined()))
        try handle.close()
        let r = try BitextBinary.run(["tm", "import", BitextBinary.fixture("tmx/duplicate_conflict.tmx"), "--memory", tm])
        expectError(r, "\(tm): the memory is damaged (SQLite's quick_check: Page 3: btreeInitPage() returns error code 11); nothing written")
    }

    @Test func nulBytesAndBinaryFilesAreRefused() throws {
        expectError(try align(Array("South Korea\0and Japan.\n".utf8)), "looks like a binary file (NUL or control byte at offset 11)")
        expectError(try align([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]), "looks like a binary file")
    }

    @Test func aGigabyteFileIsRefusedBeforeItIsRead() throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("1gb.txt")
        #expect(FileManager.default.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 1 << 30) // sparse: no gigabyte is written
        try handle.close()
        let r = try BitextBinary.run(["align", big.path, try write(Array(Self.korean.utf8), "ko.txt", in: folder)])
        expectError(r, "1073741824 bytes is over the input limit of 536870912 bytes")
    }

    @Test func aLongLineWithoutSentenceEndsHitsTheSentenceLimit() throws {
        let line = Array(String(repeating: "word ", count: 400_000).utf8) // 2 MB, no stop
        expectError(try align(line), "paragraph 1 runs over 20000 characters without a sentence end")
        let sentence = Array((String(repeating: "word ", count: 30) + ".\n").utf8)
        expectError(try align(sentence, extra: ["--max-sentence-chars", "100"]), "paragraph 1 runs over 100 characters without a sentence end")
        // One sentence a line (--presegmented): the line itself is the sentence.
        let lines = Array(("Short one.\n" + String(repeating: "word. ", count: 30) + "\n").utf8)
        expectError(try align(lines, Array((Self.korean + Self.korean).utf8), extra: ["--max-sentence-chars", "100", "--presegmented"]),
                    "sentence 2 has 179 characters, over the limit of 100")
    }

    @Test func tenMillionEmptyLinesAreAnEmptyFile() throws {
        expectError(try align([UInt8](repeating: 0x0A, count: 10_000_000)), "the file is empty (no text to align)")
    }

    @Test func mixedNormalisationFormsAlignAndComeOutNFC() throws {
        let nfd = Self.korean.decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count > Self.korean.unicodeScalars.count)
        let r = try align(Array(Self.english.utf8), Array(nfd.utf8))
        #expect(r.status == 0)
        #expect(r.stdout.contains(Self.korean.trimmingCharacters(in: .newlines)))
    }

    @Test func zeroWidthAndRightToLeftMarksAreText() throws {
        let r = try align(Array("South\u{200B}Korea and \u{202E}Japan\u{202C} agreed to resume drills after nine years.\n".utf8))
        #expect(r.status == 0)
        #expect(r.stdout.split(separator: "\n").count == 1)
    }

    @Test func aLanguageCodeThatDoesNotExist() throws {
        expectError(try align(Array(Self.english.utf8), extra: ["--src-lang", "qq-ZZ9"]), "'qq-ZZ9' is not a valid language code")
    }

    @Test(arguments: [
        ("id\tkind\ten\tko\nkorea\tplace\tKorea\t한국\textra\n", "g.tsv:2: 5 columns where the header has 4"),
        ("id\tkind\ten\tko\nkorea\tplace\n", "g.tsv:2: 2 columns where the header has 4"),
        ("id\tkind\ten\tko\nkorea\tplace\tKorea\t한국\nkorea\tplace\tSouth Korea\t대한민국\n", "g.tsv:3: duplicate id 'korea'"),
    ])
    func brokenGlossaryRows(tsv: String, message: String) throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        expectError(try BitextBinary.run(["glossary", "list", "--file", try write(Array(tsv.utf8), "g.tsv", in: folder)]), message)
    }

    @Test func hostileTMX() throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let head = #"<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>"#
        func tu(_ props: String, _ seg: String) -> String {
            "<tu>\(props)<tuv xml:lang=\"en\"><seg>\(seg)</seg></tuv><tuv xml:lang=\"ko\"><seg>한국</seg></tuv></tu>\n"
        }
        let memory = folder.appendingPathComponent("m.tm").path
        let deep = head + "<tu><tuv xml:lang=\"en\"><seg>" + String(repeating: "<bpt i=\"1\">", count: 1000) + "x"
            + String(repeating: "</bpt>", count: 1000) + "</seg></tuv><tuv xml:lang=\"ko\"><seg>y</seg></tuv></tu></body></tmx>"
        expectError(try BitextBinary.run(["tm", "import", try write(Array(deep.utf8), "deep.tmx", in: folder), "--memory", memory]),
                    "fewer than two languages with text; nothing imported")
        let props = head + tu((0..<100_000).map { "<prop type=\"x-p\($0)\">v</prop>" }.joined(), "Korea") + "</body></tmx>"
        let imported = try BitextBinary.run(["tm", "import", try write(Array(props.utf8), "props.tmx", in: folder), "--memory", memory])
        #expect(imported.status == 0 && imported.stderr.contains("1 units added"), "\(imported.stderr)")
        let big = head + tu("", String(repeating: "word ", count: 1_000_000)) + "</body></tmx>"
        expectError(try BitextBinary.run(["tm", "import", try write(Array(big.utf8), "big.tmx", in: folder), "--memory", memory]),
                    "unit 1 (line 1): a text of more than 20000 characters")
        expectError(try BitextBinary.run(["tm", "import", BitextBinary.fixture("tmx/xxe.tmx"), "--memory", memory]), "external entity 'secret' refused")
        expectError(try BitextBinary.run(["tm", "import", BitextBinary.fixture("tmx/billion-laughs.tmx"), "--memory", memory]),
                    "entity references loop or expand without end")
        // The memory holds only the one good unit.
        let stats = try BitextBinary.run(["tm", "stats", "--memory", memory, "--format", "json"])
        #expect(stats.stdout.contains(#""units":1"#) || stats.stdout.contains(#""units" : 1"#), "\(stats.stdout)")
    }
}
