import Foundation
import Testing

/// Outputs that must not replace what they name (devices, links, the inputs themselves) and inputs that must
/// not hang the binary (FIFOs nobody writes to).
@Suite struct OutputSafetyTests {
    let seed = BitextBinary.fixture("seeds/001_4bdbc64759555825.txt")

    @Test func anOutputLinkedToADeviceWritesThroughAndKeepsBoth() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let link = dir.appendingPathComponent("null.tmx").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "/dev/null")
        let r = try BitextBinary.run(["align", seed, "-o", link, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == "/dev/null")
        let device = try FileManager.default.attributesOfItem(atPath: "/dev/null")
        #expect(device[.type] as? FileAttributeType == .typeCharacterSpecial)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["null.tmx"])
    }

    @Test func anOutputThroughASymlinkReplacesTheTarget() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("real.tmx").path
        try Data("stale".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("link.tmx").path, withDestinationPath: "real.tmx")
        let r = try BitextBinary.run(["align", seed, "-o", dir.appendingPathComponent("link.tmx").path, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: dir.appendingPathComponent("link.tmx").path) == "real.tmx")
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.hasPrefix("<?xml") && written.contains("<tu "))
    }

    @Test func anOutputThatIsAnInputIsRefusedAndTheInputKept() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let en = dir.appendingPathComponent("a.txt").path, ko = dir.appendingPathComponent("b.txt").path
        try Data("South Korea and Japan agreed to resume drills after nine years.\n".utf8).write(to: URL(fileURLWithPath: en))
        try Data("한국과 일본은 9년 만에 훈련을 재개하기로 합의했다.\n".utf8).write(to: URL(fileURLWithPath: ko))
        let before = try Data(contentsOf: URL(fileURLWithPath: en))
        let r = try BitextBinary.run(["align", en, ko, "-o", dir.path + "/../" + dir.lastPathComponent + "/a.txt"], in: dir)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("bitext: error: ") && r.stderr.contains("is one of the inputs (as \(en))"), "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: en)) == before)
    }

    @Test func aBatchReportNamingTheManifestIsRefused() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let manifest = BitextBinary.fixture("batch/manifest.tsv")
        let before = try Data(contentsOf: URL(fileURLWithPath: manifest))
        let r = try BitextBinary.run(["batch", manifest, "-o", dir.appendingPathComponent("all.tmx").path, "--report", manifest, "--quiet"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("manifest.tsv: is one of the inputs"), "\(r.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: manifest)) == before)
    }

    @Test func perPairIDsThatMakeOneFileNameAreRefusedBeforeAligning() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = BitextBinary.fixture("batch")
        let rows = ["a/b", "a_b", "a:b"].map { "\(folder)/news01.en.txt\t\(folder)/news01.ko.txt\ten\tko\t\($0)" }
        let manifest = dir.appendingPathComponent("m.tsv")
        try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: manifest)
        let r = try BitextBinary.run(["batch", manifest.path, "--per-pair", dir.appendingPathComponent("out").path, "--quiet"])
        #expect(r.status == 1)
        #expect(r.stderr == "bitext: error: \(manifest.path):2: ids 'a/b' and 'a_b' both make the file name a_b.tmx under --per-pair; rename one\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/a_b.tmx").path))
    }

    @Test func aFIFOAsInputIsRefusedInsteadOfWaitedOn() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("in.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let r = try BitextBinary.run(["align", fifo, BitextBinary.fixture("batch/news01.ko.txt")])
        #expect(r.status == 1)
        #expect(r.stderr == "bitext: error: \(fifo): cannot read: is a FIFO, not a regular file (pipe it to standard input as '-')\n")
    }

    @Test func standardInputIsCutAtTheInputLimit() throws {
        let r = try BitextBinary.run(["segment", "-", "--lang", "en", "--max-input-bytes", "1000"], stdin: String(repeating: "Seoul said so. ", count: 200))
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("bitext: error: -: ") && r.stderr.contains("over the input limit of 1000 bytes"), "\(r.stderr)")
    }

    @Test func anOutputExtensionBitextDoesNotWriteIsRefused() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out.docx").path
        let r = try BitextBinary.run(["align", seed, "-o", out, "--quiet"])
        #expect(r.status == 1)
        #expect(r.stderr == "bitext: error: \(out): Bitext does not write .docx files; use --format tsv, jsonl, beads, tmx, json, html, xliff or xliff12, or one of those extensions\n")
        #expect(!FileManager.default.fileExists(atPath: out))
        // A dot in a folder's name is no extension; a name without one is TSV.
        let folder = dir.appendingPathComponent("v1.2").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        #expect(try BitextBinary.run(["align", seed, "-o", folder + "/aligned", "--quiet"]).status == 0)
        #expect(try String(contentsOfFile: folder + "/aligned", encoding: .utf8).contains("\t"))
    }
}
