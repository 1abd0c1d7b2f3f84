import Foundation
import Testing
@testable import BitextText
@testable import BitextAlignment
@testable import BitextFormats

@Suite struct ExporterRegistryTests {
    let registry = ExporterRegistry.standard

    @Test func aFormatIsChosenByNameThenByExtension() throws {
        #expect(registry.names == ["tsv", "jsonl", "beads", "tmx", "json", "html", "xliff", "xliff12"])
        #expect(try registry.resolve(format: nil, output: "job.xlf").name == "xliff")
        #expect(try registry.resolve(format: "beads", output: "out.tmx").name == "beads")
        #expect(try registry.resolve(format: nil, output: "dir.v2/out.TMX").name == "tmx")
        #expect(try registry.resolve(format: nil, output: "a/out.gold").name == "beads")
        #expect(try registry.resolve(format: nil, output: "dir.v2/out").name == "tsv")
        #expect(try registry.resolve(format: nil, output: nil).name == "tsv")
        #expect(throws: BitextError.unknownOutputExtension("out.docx", extension: "docx", formats: registry.names)) {
            try registry.resolve(format: nil, output: "out.docx")
        }
        #expect(throws: BitextError.unknownFormat("sdlxliff", formats: registry.names)) {
            try registry.resolve(format: "sdlxliff", output: nil)
        }
        // The library names no command-line option; the command line adds --format.
        #expect(BitextError.unknownFormat("xliff", formats: ["tsv", "tmx"]).description == "unknown format 'xliff' (use tsv or tmx)")
        #expect(BitextError.unknownOutputExtension("a.docx", extension: "docx", formats: ["tsv"]).remedy == .chooseFormat)
        #expect(registry.exporters.filter(\.holdsManyDocuments).map(\.name) == ["tsv", "jsonl", "tmx"])
    }

    /// A format a program adds: every command that writes through the registry can then write it.
    struct CountExporter: AlignmentExporter {
        var name: String { "count" }
        var fileExtensions: [String] { ["count"] }
        var summary: String { "the number of beads" }
        func export(_ alignment: Alignment, settings: ExportSettings) -> String { "\(alignment.beads.count)\n" }
    }

    @Test func aRegisteredFormatIsFoundAndReplacesOneOfItsName() throws {
        var registry = ExporterRegistry.standard
        registry.register(CountExporter())
        #expect(try registry.resolve(format: nil, output: "x.count").name == "count")
        let side = Alignment.Side(name: "a", language: .english, segments: [Segment(text: "One.", paragraph: 0)])
        let a = Alignment(source: side, target: side, beads: [Bead(source: 0..<1, target: 0..<1, confidence: 1)])
        #expect(try registry.resolve(format: "count", output: nil).export(a, settings: ExportSettings()) == "1\n")
        registry.register(CountExporter())
        #expect(registry.names.filter { $0 == "count" }.count == 1)
        #expect(registry.exporter(named: "count")?.export(MultiAlignment(documents: [], units: [], modes: [:]), settings: ExportSettings()) == nil)
    }
}
