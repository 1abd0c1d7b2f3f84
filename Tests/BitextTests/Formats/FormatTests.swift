import Foundation
import Testing
@testable import BitextText
@testable import BitextAlignment
@testable import BitextFormats

@Suite struct FormatTests {
    let alignment = Alignment(
        source: .init(name: "/tmp/a/en.txt", language: .english, date: "2026-01-30",
                      segments: [Segment(text: "Tom & Jerry <b>said</b> \"hi\".", paragraph: 0), Segment(text: "Bell\u{7}  rang.", paragraph: 0), Segment(text: "Extra.", paragraph: 1)]),
        target: .init(name: "/tmp/a/ko.txt", language: LanguageCode.korean, segments: [Segment(text: "톰 & 제리.", paragraph: 0), Segment(text: "종이 울렸다.", paragraph: 0)]),
        beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.9876), Bead(source: 1..<2, target: 1..<2, confidence: 0.4), Bead(source: 2..<3, target: 2..<2, confidence: 0.7)])

    @Test func xmlEscapingAndForbiddenCharacters() {
        #expect(XMLText.escape("a & b < c > \"d\"") == "a &amp; b &lt; c &gt; \"d\"")
        #expect(XMLText.escape("\"q\"\t", attribute: true) == "&quot;q&quot;&#9;")
        #expect(XMLText.segment(" Bell\u{7}\u{1}  rang.\u{FFFE} ") == "Bell rang.")
    }

    @Test func plainSegmentsAreKeptAsTheyAre() {
        #expect(XMLText.isPlainSegment("Kim Jong-un met 문재인 in 平壤 on “Tuesday”."))
        #expect(!XMLText.isPlainSegment(" lead") && !XMLText.isPlainSegment("trail ") && !XMLText.isPlainSegment("two  spaces"))
        #expect(!XMLText.isPlainSegment("a \u{301}b") && !XMLText.isPlainSegment("no\u{A0}break") && !XMLText.isPlainSegment(""))
        // Every scalar next to a space, and random mixes of plain and awkward ones: the shortcut
        // gives what the long way gives.
        for v in 0..<0x1_0000 {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            for text in ["a " + String(scalar), String(scalar) + " a", "a" + String(scalar) + "b"] {
                #expect(XMLText.segment(text) == XMLText.cleanedSegment(text), "U+\(String(v, radix: 16))")
            }
        }
        let pool: [Unicode.Scalar] = ["a", "Z", " ", ".", "\t", "\n", "\r", "\u{1}", "\u{A0}", "\u{AD}", "\u{301}", "\u{600}", "\u{200D}",
                                      "\u{2028}", "\u{3000}", "\u{302A}", "\u{FFFE}", "가", "é", "\u{11A8}"]
        var rng = SplitMix(seed: 5)
        for _ in 0..<5000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<(Int(rng.next() % 10) + 1) { text.append(pool[Int(rng.next() % UInt64(pool.count))]) }
            let s = String(text)
            #expect(XMLText.segment(s) == XMLText.cleanedSegment(s), "\(s.unicodeScalars.map(\.value))")
        }
    }

    /// Text that needs no escaping comes back as it is, and only such text: for every scalar below
    /// U+10000 in a word, and for random mixes.
    @Test func textNeedingNoEscapingIsKeptAsItIs() {
        let longWay = XMLText.escapedScalarByScalar
        for v in 0..<0x1_0000 {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            let text = "a" + String(scalar) + "b"
            for attribute in [false, true] { #expect(XMLText.escape(text, attribute: attribute) == longWay(text, attribute), "U+\(String(v, radix: 16))") }
        }
        let pool: [Unicode.Scalar] = ["a", "&", "<", ">", "\"", "\t", "\n", "\r", "\u{1}", "\u{EFBF}", "\u{FFFD}", "\u{FFFE}", "\u{FFFF}", "가", "\u{1F600}"]
        var rng = SplitMix(seed: 37)
        for _ in 0..<5000 {
            var text = String.UnicodeScalarView()
            for _ in 0..<(Int(rng.next() % 8) + 1) { text.append(pool[Int(rng.next() % UInt64(pool.count))]) }
            let s = String(text)
            for attribute in [false, true] { #expect(XMLText.escape(s, attribute: attribute) == longWay(s, attribute), "\(s.unicodeScalars.map(\.value))") }
        }
    }

    @Test func tmxHasTheHeaderAndUnitsCATToolsNeed() {
        let date = Date(timeIntervalSince1970: 1_790_000_000)
        let tmx = TMXWriter(creationDate: date, minConfidence: 0.5).write([alignment])
        #expect(tmx.contains("<header creationtool=\"Bitext\" creationtoolversion=\"\(BitextVersion.current)\" segtype=\"sentence\" o-tmf=\"Bitext\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\" creationdate=\"20260921T141320Z\">"))
        #expect(tmx.contains("<tuv xml:lang=\"en\"><seg>Tom &amp; Jerry &lt;b&gt;said&lt;/b&gt; \"hi\".</seg></tuv>"))
        #expect(tmx.contains("<prop type=\"x-confidence\">0.988</prop>"))
        #expect(tmx.contains("<prop type=\"x-bead\">1-1</prop>"))
        #expect(tmx.contains("<prop type=\"x-document\">en.txt</prop>"))
        #expect(tmx.contains("<prop type=\"x-document-date\">2026-01-30</prop>"))
        // Under --min-confidence and insertions/deletions are not units.
        #expect(!tmx.contains("종이 울렸다"))
        #expect(!tmx.contains("Extra."))
        #expect(tmx.components(separatedBy: "<tu ").count == 2)
    }

    @Test func tmxDatesAreUTC() {
        #expect(TMXWriter.tmxDate(Date(timeIntervalSince1970: 0)) == "19700101T000000Z")
        #expect(TMXWriter.tmxDate(Date(timeIntervalSince1970: -0.5)) == "19691231T235959Z")
        #expect(TMXWriter.tmxDate(Date(timeIntervalSince1970: 951_782_400)) == "20000229T000000Z")
        #expect(TMXWriter.tmxDate(Date(timeIntervalSince1970: 4_107_542_399)) == "21000228T235959Z")
        #expect(TMXWriter.tmxDate(Date(timeIntervalSince1970: 4_107_542_400)) == "21000301T000000Z")
    }

    /// The day arithmetic against Foundation's Gregorian calendar, on dates from 1600 to 2400.
    @Test func tmxDatesAgreeWithTheCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let date = Date(timeIntervalSince1970: Double.random(in: -11_676_096_000...13_569_465_600, using: &generator))
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let expected = String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
            #expect(TMXWriter.tmxDate(date) == expected)
        }
    }

    @Test func tsvAndBeadsFlagLowConfidenceInsteadOfDropping() {
        #expect(PlainFormats.tsv(alignment, minConfidence: 0.5).split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).suffix(4).joined(separator: "|") }
                == ["0.988|1-1|ok|body", "0.4|1-1|low|body", "0.7|1-0|ok|body"])
        #expect(PlainFormats.beads(alignment, minConfidence: 0.5) == "[0]:[0]\t0.988\n[1]:[1]\t0.4\tlow\n[2]:[]\t0.7\n")
    }

    @Test func jsonlHasOneObjectPerBead() throws {
        let lines = PlainFormats.jsonl(alignment).split(separator: "\n")
        #expect(lines.count == 3)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(first["source"] as? [Int] == [0])
        #expect(first["target_text"] as? String == "톰 & 제리.")
        #expect(first["bead"] as? String == "1-1")
    }

    @Test func beadsRoundTripAndRejectGarbage() throws {
        let links = try BeadsFormat.parse("[]:[0]\n[0, 1]:[1]\t0.5\n[2]:[]\n", name: "b")
        #expect(links == [.init(source: [], target: [0]), .init(source: [0, 1], target: [1]), .init(source: [2], target: [])])
        #expect(throws: BitextError.malformed("b", line: 2, reason: "expected a bead like [0,1]:[2], got '0-1'")) {
            try BeadsFormat.parse("[0]:[0]\n0-1\n", name: "b")
        }
    }

    @Test func atomicWriteReplacesWholeFilesAndLeavesNoTemporaries() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-atomic-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/out.tmx"
        try AtomicFile.write("old", to: path)
        try AtomicFile.write("new content", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new content")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["out.tmx"])
        #expect(throws: BitextError.self) { try AtomicFile.write("x", to: dir + "/missing/folder/out.tmx") }
    }

    @Test func atomicWriteThroughASymlinkReplacesItsTargetAndKeepsTheLink() throws {
        let dir = try temporaryFolder("link")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/real", withIntermediateDirectories: true)
        try AtomicFile.write("old", to: dir + "/real/out.tmx")
        try FileManager.default.createSymbolicLink(atPath: dir + "/link.tmx", withDestinationPath: "real/out.tmx")
        try AtomicFile.write("new", to: dir + "/link.tmx")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/link.tmx") == "real/out.tmx")
        #expect(try String(contentsOfFile: dir + "/real/out.tmx", encoding: .utf8) == "new")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/real") == ["out.tmx"])
        // A dangling link creates its target, as an editor saving through the link does.
        try FileManager.default.createSymbolicLink(atPath: dir + "/dangling.tmx", withDestinationPath: dir + "/real/new.tmx")
        try AtomicFile.write("created", to: dir + "/dangling.tmx")
        #expect(try String(contentsOfFile: dir + "/real/new.tmx", encoding: .utf8) == "created")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir + "/dangling.tmx") == dir + "/real/new.tmx")
    }

    @Test func atomicWriteWritesThroughDevicesAndFIFOs() throws {
        #expect(try OutputTarget.resolve("/dev/null") == .writeThrough(path: "/dev/null"))
        #expect(try OutputTarget.resolve("/dev/stdout") == .descriptor(1))
        #expect(try OutputTarget.resolve("/proc/self/fd/2") == .descriptor(2))
        try AtomicFile.write("discarded", to: "/dev/null")
        var st = stat()
        #expect(stat("/dev/null", &st) == 0 && st.st_mode & S_IFMT == S_IFCHR)

        let dir = try temporaryFolder("fifo")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let fifo = dir + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try AtomicFile.write("through the pipe", to: fifo)
        var bytes = [UInt8](repeating: 0, count: 64)
        let n = read(reader, &bytes, bytes.count)
        #expect(String(decoding: bytes[..<max(n, 0)], as: UTF8.self) == "through the pipe")
        #expect(stat(fifo, &st) == 0 && st.st_mode & S_IFMT == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["pipe"])
    }

    @Test func atomicWriteRefusesADirectory() throws {
        let dir = try temporaryFolder("dir")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(throws: BitextError.writeFailed(dir, reason: "is a directory")) { try AtomicFile.write("x", to: dir) }
    }

    private func temporaryFolder(_ name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-\(name)-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }
}
