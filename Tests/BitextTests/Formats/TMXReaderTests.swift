import Foundation
import Testing
@testable import BitextText
@testable import BitextAlignment
@testable import BitextEntities
@testable import BitextFormats

@Suite struct TMXReaderTests {
    func read(_ name: String) throws -> TMXReader.Result {
        try TMXReader().read(contentsOf: URL(fileURLWithPath: Fixtures.path("tmx/" + name)))
    }

    @Test func readsAnotherToolsTMXWithPropsAndEscapes() throws {
        let r = try read("good_en_ko.tmx")
        #expect(r.header["srclang"] == "en")
        #expect(r.units.count == 3 && r.invalid.isEmpty)
        #expect(r.units[1].variants.map(\.text) == ["Shares of Samsung & SK Hynix rose more than 3 percent.", "삼성전자와 SK하이닉스 주가는 3% 넘게 올랐다."])
        #expect(r.units[0].props.map(\.type) == ["x-align-score"] && r.units[0].props[0].value == "0.97")
        #expect(r.units[0].tuid == "1" && r.units[0].attributes["creationdate"] == "20240115T093000Z")
    }

    @Test func bitextsOwnExportReadsBackUnitForUnit() throws {
        let a = Alignment(source: .init(name: "en.txt", language: .english, segments: [Segment(text: "A < B & C.", paragraph: 0)]),
                          target: .init(name: "ko.txt", language: .korean, segments: [Segment(text: "에이.", paragraph: 0)]),
                          beads: [Bead(source: 0..<1, target: 0..<1, confidence: 0.9)])
        let r = try TMXReader().read(TMXWriter(creationDate: Date(timeIntervalSince1970: 0)).write([a]), name: "own")
        #expect(r.units.count == 1)
        #expect(r.units[0].variants.map { "\($0.language)=\($0.text)" } == ["en=A < B & C.", "ko=에이."])
        #expect(r.units[0].props.map { "\($0.type)=\($0.value)" } == ["x-confidence=0.9", "x-bead=1-1", "x-document=en.txt", "x-document-target=ko.txt"])
    }

    @Test func malformedXMLFailsWithLineAndColumn() throws {
        do {
            _ = try read("bad_malformed.tmx")
            Issue.record("a malformed file was accepted")
        } catch let error as BitextError {
            guard case .malformed(_, let line, let reason) = error else { Issue.record("\(error)"); return }
            #expect(line == 6)
            #expect(reason.hasPrefix("column "))
        }
    }

    /// A declared external entity refuses the whole file: nothing of it is read, so nothing can leak.
    @Test func externalEntitiesAreNeverResolved() throws {
        #expect(throws: BitextError.self) { try read("xxe.tmx") }
    }

    @Test func billionLaughsFailsFast() {
        #expect(throws: BitextError.self) { try read("billion-laughs.tmx") }
    }
}
