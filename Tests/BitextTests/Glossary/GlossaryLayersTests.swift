import Foundation
import Testing
@testable import Bitext

@Suite struct GlossaryLayersTests {
    static func glossary(_ tsv: String, origin: String) throws -> Glossary {
        try Glossary(tsv: "id\tkind\ten\tko\n" + tsv, origin: origin)
    }

    @Test func anUpperEntryReplacesTheLowerOneWithItsID() throws {
        let lower = try Self.glossary("naha\tplace\tNaha\t나하\nseoul\tplace\tSeoul\t서울\n", origin: "lower")
        let upper = try Self.glossary("naha\tplace\tNaha|Naha City\t나하시\n", origin: "upper")
        let result = try lower.overlaid(by: upper)
        #expect(result.entries.map(\.id) == ["seoul", "naha"])
        #expect(result["naha"]?.forms == ["en": ["Naha", "Naha City"], "ko": ["나하시"]])
        #expect(result.sources == ["lower", "upper"])
    }

    @Test func aFormTheUpperLayerClaimsLeavesTheLowerEntity() throws {
        let lower = try Self.glossary("korea\tplace\tKorea|South Korea\t한국\nkim\tperson\tKim\t김\n", origin: "lower")
        let upper = try Self.glossary("rok\tplace\tKorea\t대한민국\nkim-only\tperson\tKIM\t김\n", origin: "upper")
        let result = try lower.overlaid(by: upper)
        // "Korea" now belongs to rok; kim lost both forms and is gone.
        #expect(result["korea"]?.forms == ["en": ["South Korea"], "ko": ["한국"]])
        #expect(result["kim"] == nil)
        #expect(result.entries.map(\.id) == ["korea", "rok", "kim-only"])
    }

    @Test func theBundledGlossaryHoldsEntitiesAndTerms() throws {
        let bundled = try GlossaryLayers.bundled()
        #expect(bundled.sources == ["bundled:entities.tsv", "bundled:terms.tsv"])
        #expect(bundled["naha"]?.kind == .place)
        #expect(bundled["navy"]?.kind == .term)
    }

    @Test func layersComeFromTheUserFolderTheProjectAndTheEnvironmentInThatOrder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-layers-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let user = root.appendingPathComponent("data/bitext/glossaries"), project = root.appendingPathComponent("work/glossaries")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        try "id\tkind\ten\nx\tother\tX\n".write(to: user.appendingPathComponent("mine.tsv"), atomically: true, encoding: .utf8)
        try "id\tkind\ten\nx\tperson\tX\n".write(to: project.appendingPathComponent("team.tsv"), atomically: true, encoding: .utf8)
        let layers = GlossaryLayers(environment: ["XDG_DATA_HOME": root.path + "/data", "HOME": "/nonexistent", "BITEXT_GLOSSARY": "/a:/b"],
                                    currentDirectory: root.path + "/work")
        #expect(layers.userLayers(named: ["c.tsv"]) == [[user.path], [project.path], ["/a", "/b"], ["c.tsv"]])
        #expect(layers.writableFile == project.path + "/entities.tsv")
        let loaded = try GlossaryLayers(environment: ["XDG_DATA_HOME": root.path + "/data"], currentDirectory: root.path + "/work").load()
        #expect(loaded["x"]?.kind == .person)
        #expect(loaded.sources.suffix(2) == [user.path + "/mine.tsv", project.path + "/team.tsv"])
        #expect(loaded["naha"] != nil)
    }

    @Test func theUserFolderFallsBackToHome() {
        let layers = GlossaryLayers(environment: ["HOME": "/home/ann", "XDG_DATA_HOME": "relative/ignored"], currentDirectory: "/nonexistent")
        #expect(layers.userFolder == "/home/ann/.local/share/bitext/glossaries")
        #expect(layers.writableFile == "/home/ann/.local/share/bitext/glossaries/entities.tsv")
    }
}
