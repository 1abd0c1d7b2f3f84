import Foundation
import Testing
@testable import BitextText
@testable import BitextEntities
@testable import BitextFormats
@testable import BitextMemory

@Suite struct MemoryImportTests {
    func props(_ u: TranslationUnit) -> [String] { u.props.map { "\($0.type)=\($0.value)" } }

    @Test func importThenExportKeepsEveryUnitPropNoteAndOrigin() throws {
        let s = try ScratchMemory()
        let report = try s.memory.importTMX(tmxFixture("props_roundtrip.tmx"))
        #expect(report.changes.added == 3 && report.skippedCount == 0)
        let out = s.file("out.tmx")
        #expect(try s.memory.exportTMX(to: out).units == 3)
        let back = try TMXReader().read(contentsOf: URL(fileURLWithPath: out))
        let original = try TMXReader().read(contentsOf: tmxFixture("props_roundtrip.tmx"))
        #expect(back.units.count == 3 && back.invalid.isEmpty)
        for (a, b) in zip(original.units, back.units) {
            #expect(a.variants.map { "\($0.language)=\($0.text)" } == b.variants.map { "\($0.language)=\($0.text)" })
            #expect(Set(props(a)) == Set(props(b)))
            #expect(a.notes == b.notes)
        }
        // Who and when, which OmegaT puts on the <tuv>s, and other unit attributes survive.
        #expect(back.units[0].attributes["creationid"] == "kim" && back.units[0].attributes["changeid"] == "lee")
        #expect(back.units[0].attributes["creationdate"] == "20250301T080000Z" && back.units[0].attributes["usagecount"] == "3")
        // Two origins in, two origins out, each document with its own date.
        #expect(props(back.units[1]).filter { $0.hasPrefix("x-document") } ==
                ["x-document=a.en.txt", "x-document-target=a.ko.txt", "x-document-date=2025-01-05", "x-document=b.en.txt", "x-document-date=2025-01-06"])
        let unit = try #require(try s.memory.unit(2))
        #expect(unit.origins.count == 2 && unit.confidence == 0.88 && unit.bead == "2-1" && unit.creator == "park")
        // A second export of the re-imported file is the same file.
        let again = try ScratchMemory()
        #expect(try again.memory.importTMX(URL(fileURLWithPath: out)).changes.added == 3)
        let out2 = again.file("out2.tmx")
        let fixed = Date(timeIntervalSince1970: 0)
        try s.memory.exportTMX(to: out, date: fixed)
        try again.memory.exportTMX(to: out2, date: fixed)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == String(contentsOfFile: out2, encoding: .utf8))
    }

    @Test func exportFiltersByPairDocumentDateAndConfidence() throws {
        let s = try ScratchMemory()
        #expect(try s.memory.importTMX(tmxFixture("props_roundtrip.tmx")).changes.added == 3)
        var pair = MemoryFilter()
        pair.languages = ["vi", "en"]
        var text = ""
        #expect(try s.memory.exportTMX(filter: pair) { text += $0 }.units == 1)
        let vi = try TMXReader().read(text, name: "vi")
        #expect(vi.header["srclang"] == "vi" && vi.units[0].variants.map(\.language) == ["vi", "en"])
        var document = MemoryFilter()
        document.document = "b.en.txt"
        #expect(try s.memory.exportTMX(filter: document) { _ in }.units == 1)
        var dates = MemoryFilter()
        dates.since = "2025-01-06"
        dates.until = "2025-02-01"
        #expect(try s.memory.exportTMX(filter: dates) { _ in }.units == 1)
        var confident = MemoryFilter()
        confident.minConfidence = 0.9
        // Human translations (no confidence) count as 1; the 0.88 alignment is left out.
        #expect(try s.memory.exportTMX(filter: confident) { _ in }.units == 2)
    }

    @Test func conflictsExportAllOrTheBestOne() throws {
        let s = try ScratchMemory()
        try s.memory.add([entry("Rates held.", "금리 동결.", document: "a.txt", confidence: 0.7),
                          entry("Rates held.", "금리를 동결했다.", document: "b.txt", confidence: 0.9),
                          entry("Shares rose.", "주가가 올랐다.")])
        var all = "", best = ""
        #expect(try s.memory.exportTMX(conflicts: .all) { all += $0 } == ExportReport(units: 3, conflictsLeftOut: 0))
        #expect(try s.memory.exportTMX(conflicts: .best) { best += $0 } == ExportReport(units: 2, conflictsLeftOut: 1))
        #expect(try TMXReader().read(best, name: "best").units.map { $0.variants[1].text } == ["금리를 동결했다.", "주가가 올랐다."])
        #expect(all.contains("금리 동결."))
    }

    @Test func malformedFileIsRefusedWithLineAndColumnAndNothingImported() throws {
        let s = try ScratchMemory()
        do {
            _ = try s.memory.importTMX(tmxFixture("bad_malformed.tmx"))
            Issue.record("a malformed file was imported")
        } catch let BitextError.malformed(_, line, reason) {
            #expect(line == 6)
            #expect(reason == "column 110: not well-formed XML: opening and closing tags do not match")
        }
        #expect(try s.memory.stats().units == 0)
    }

    @Test func invalidUnitsStopTheImportUnlessSkipped() throws {
        let s = try ScratchMemory()
        #expect(throws: BitextError.self) { _ = try s.memory.importTMX(tmxFixture("bad_invalid.tmx")) }
        #expect(try s.memory.stats().units == 0)
        let report = try s.memory.importTMX(tmxFixture("bad_invalid.tmx"), skipInvalid: true)
        #expect(report.changes.added == 1)
        #expect(report.skipped == ["unit 1 (line 5): a <tuv> without xml:lang", "unit 2 (line 9): fewer than two languages"])
    }

    @Test func skipInvalidReadsPastBrokenXMLUnitByUnit() throws {
        let s = try ScratchMemory()
        let damaged = s.file("damaged.tmx")
        try """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header srclang="en"/><body>
        <tu><tuv xml:lang="en"><seg>Good one.</seg></tuv><tuv xml:lang="ko"><seg>좋다.</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>Broken & bad.</seg></tuv><tuv xml:lang="ko"><seg>나쁘다.</seg></tuv></tu>
        <tu><tuv xml:lang="en"><seg>Unclosed.</tuv></seg></tu>
        <tu><tuv xml:lang="en"><seg>Good two.</seg></tuv><tuv xml:lang="ko"><seg>좋다 둘.</seg></tuv></tu>
        </body></tmx>
        """.write(toFile: damaged, atomically: true, encoding: .utf8)
        #expect(throws: BitextError.self) { _ = try s.memory.importTMX(URL(fileURLWithPath: damaged)) }
        let report = try s.memory.importTMX(URL(fileURLWithPath: damaged), skipInvalid: true)
        #expect(report.changes.added == 2)
        #expect(report.skippedCount == 2)
        #expect(report.skipped[0].hasPrefix("unit 2 (line 4, column "))
        #expect(report.skipped[1].hasPrefix("unit 3 (line 5, column "))
        #expect(try s.memory.search("Good two.", from: "en", to: "ko").first?.targetText == "좋다 둘.")
    }

    @Test func hostileFilesFailFastAndReadNothing() throws {
        let s = try ScratchMemory()
        do {
            _ = try s.memory.importTMX(tmxFixture("xxe.tmx"))
            Issue.record("an external entity was accepted")
        } catch let BitextError.malformed(_, line, reason) {
            #expect(line == 1 && reason.hasPrefix("external entity 'secret' refused"))
        }
        let started = Date()
        #expect(throws: BitextError.self) { _ = try s.memory.importTMX(tmxFixture("billion-laughs.tmx")) }
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(try s.memory.stats().units == 0)
    }

    /// What the DOCTYPE declares is asked of libxml2's parser, so the ways around a search of the bytes
    /// (a comment holding `<tmx` first, UTF-16, a declaration after the first MiB) are closed, and an
    /// internal entity refuses the file instead of vanishing from the units.
    @Test func entityDeclarationsAreFoundWhereverTheyHide() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-entities-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let body = "<tmx version=\"1.4\"><header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>Shares of &co; rose.</seg></tuv>"
            + "<tuv xml:lang=\"ko\"><seg>주가가 올랐다.</seg></tuv></tu></body></tmx>"
        let external = "<!ENTITY co SYSTEM \"file:///etc/hostname\">"
        /// The three places a declaration hid from a byte scan: after a comment holding `<tmx`, in UTF-16, past 1 MiB.
        func hidden(_ declaration: String, _ body: String, prefix: String) -> [(String, Data)] {
            [
                (prefix + "comment", Data("<?xml version=\"1.0\"?><!-- <tmx --><!DOCTYPE tmx [\(declaration)]>\(body)".utf8)),
                (prefix + "utf16", "<?xml version=\"1.0\" encoding=\"UTF-16\"?><!DOCTYPE tmx [\(declaration)]>\(body)".data(using: .utf16)!),
                (prefix + "late", Data("<?xml version=\"1.0\"?><!DOCTYPE tmx [<!-- \(String(repeating: "x", count: 1 << 21)) -->\(declaration)]>\(body)".utf8)),
            ]
        }
        for (name, data) in hidden(external, body, prefix: "") {
            let url = dir.appendingPathComponent(name + ".tmx")
            try data.write(to: url)
            do {
                _ = try TMXReader().read(contentsOf: url)
                Issue.record("\(name): the external entity was accepted")
            } catch let BitextError.malformed(_, _, reason) {
                #expect(reason.hasPrefix("external entity 'co' refused"), "\(name): \(reason)")
            }
        }
        // Internal entities expand, on every path that hid an external one: their text is not lost.
        let internalDeclaration = "<!ENTITY co \"Samsung Electronics\"><!ENTITY nbsp \"&#160;\"><!ENTITY both \"&co;&nbsp;&co;\">"
        let withNbsp = body.replacingOccurrences(of: "rose.", with: "rose 3&nbsp;percent. &both; <![CDATA[&co;]]>")
        for (name, data) in hidden(internalDeclaration, withNbsp, prefix: "internal-") {
            let url = dir.appendingPathComponent(name + ".tmx")
            try data.write(to: url)
            let units = try TMXReader().read(contentsOf: url).units
            // (A no-break space is white space to the reader, as in any segment.)
            #expect(units.first?.variants.first?.text == "Shares of Samsung Electronics rose 3 percent. Samsung Electronics Samsung Electronics &co;", "\(name)")
        }
        // An expansion without end is refused in one line.
        var laughs = "<!ENTITY a \"\(String(repeating: "a", count: 100))\">"
        for (name, inner) in zip(["b", "c", "d", "e", "f"], ["a", "b", "c", "d", "e"]) {
            laughs += "<!ENTITY \(name) \"\(String(repeating: "&\(inner);", count: 10))\">"
        }
        let laughsURL = dir.appendingPathComponent("laughs.tmx")
        try Data("<?xml version=\"1.0\"?><!DOCTYPE tmx [\(laughs)]>\(body.replacingOccurrences(of: "&co;", with: "&f;"))".utf8).write(to: laughsURL)
        #expect(throws: BitextError.self) { _ = try TMXReader().read(contentsOf: laughsURL) }
    }

    @Test func toolLanguageCodesAreReadAsMeant() throws {
        #expect(TMXUnitMapping.importedLanguage("ko_KR")?.tag == "ko-KR")
        #expect(TMXUnitMapping.importedLanguage("kor")?.tag == "ko")
        #expect(TMXUnitMapping.importedLanguage("EN-us")?.tag == "en-US")
        #expect(TMXUnitMapping.importedLanguage("xx-!!") == nil)
    }
}
