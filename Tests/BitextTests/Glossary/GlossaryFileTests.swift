import Foundation
import Testing
@testable import BitextText
@testable import BitextGlossary

@Suite struct GlossaryFileTests {
    @Test(arguments: ["entities.tsv", "terms.tsv"])
    func shippedFilesRoundTripByteForByte(name: String) throws {
        let path = Fixtures.glossaryFolder + "/" + name
        let original = try String(contentsOfFile: path, encoding: .utf8)
        #expect(try GlossaryFile(path: path).load().tsv() == original)
    }

    @Test func editsAreValidatedAgainstTheWholeGlossary() throws {
        var g = try GlossaryLoader().load([Fixtures.glossaryFolder + "/entities.tsv"])
        var naha = try #require(g["naha"])
        naha.forms["en"] = ["Naha", "Yokosuka"]
        #expect(throws: BitextError.malformed("g", line: 0, reason: "en form 'Yokosuka' of 'naha' is already claimed by 'yokosuka'")) {
            try g.replace(naha, origin: "g")
        }
        naha.forms["en"] = ["Naha City", "Naha"]
        try g.replace(naha, origin: "g")
        #expect(g["naha"]?.preferred(.english) == "Naha City")
        let removed = g.remove(id: "naha"), again = g.remove(id: "naha")
        #expect(removed && !again && g["naha"] == nil)
    }

    @Test func saveIsAtomicAndRefusesNothingValid() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-gl-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("g.tsv").path
        var g = Glossary()
        try g.add(GlossaryEntry(id: "naha", kind: .place, forms: ["en": ["Naha"], "ko": ["나하"]]), origin: "x")
        try GlossaryFile(path: path).save(g)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "id\tkind\ten\tko\tnote\tsource\nnaha\tplace\tNaha\t나하\t\t\n")
        #expect(try GlossaryFile(path: path).load() == g)
    }
}
