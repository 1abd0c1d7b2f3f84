import Bitext
import Foundation
import Testing

@Suite struct EndToEndTests {
    let seed001 = BitextBinary.fixture("seeds/001_4bdbc64759555825.txt")

    func strictF1(goldPath: String, beads: String) throws -> Double {
        let gold = try BeadsFormat.parse(String(contentsOfFile: goldPath, encoding: .utf8), name: goldPath)
        return AlignmentScore.score(gold: gold, test: try BeadsFormat.parse(beads, name: "out")).strict.f1
    }

    @Test func alignsTheRawSeedFileByLanguage() throws {
        let r = try BitextBinary.run(["align", seed001, "--format", "beads"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try strictF1(goldPath: BitextBinary.fixture("gold/seed001.en-ko.gold"), beads: r.stdout) == 1.0)
        #expect(r.stdout.hasPrefix("[]:[0]\t"))
    }

    @Test func alignsPresegmentedFilesGivenAsTwoArguments() throws {
        let r = try BitextBinary.run(["align", "--presegmented", "--src-lang", "en", "--tgt-lang", "ko",
                                      BitextBinary.fixture("gold/seed001.en.sent"), BitextBinary.fixture("gold/seed001.ko.sent"), "--format", "beads"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try strictF1(goldPath: BitextBinary.fixture("gold/seed001.en-ko.gold"), beads: r.stdout) == 1.0)
    }

    @Test func defaultOutputIsTSVOnStandardOutput() throws {
        let r = try BitextBinary.run(["align", seed001])
        let rows = r.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows.count == 12)
        #expect(rows.allSatisfy { $0.count == 6 })
        #expect(rows[1][3] == "1-1" && rows[1][0].hasPrefix("South Korea and Japan agreed"))
    }

    @Test func writesAValidTMXAtomically() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("seed.tmx").path
        let r = try BitextBinary.run(["align", seed001, "-o", out], environment: ["SOURCE_DATE_EPOCH": "1790000000"])
        #expect(r.status == 0, "\(r.stderr)")
        let tmx = try String(contentsOfFile: out, encoding: .utf8)
        #expect(tmx.contains("creationdate=\"20260921T141320Z\""))
        #expect(tmx.components(separatedBy: "<tu ").count - 1 == 11)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["seed.tmx"])
    }

    @Test(.enabled(if: Requirements.tool("/usr/bin/xmllint") && Requirements.shared("clients/tmx14.dtd")))
    func theSeedsTMXIsValidAgainstTheTMXDTD() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("seed.tmx").path
        #expect(try BitextBinary.run(["align", seed001, "-o", out, "--quiet"]).status == 0)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
        p.arguments = ["--noout", "--nonet", "--dtdvalid", Requirements.sharedPath("clients/tmx14.dtd"), out]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
    }

    @Test func pageFurnitureLeftOutIsCounted() throws {
        let r = try BitextBinary.run(["align", BitextBinary.fixture("seeds/004_366dc1fd077f5934.txt"), BitextBinary.fixture("seeds/003_54d23402e841484d.txt"),
                                      "-o", "/dev/null", "--force"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("bitext: page furniture left out: 21 in \(BitextBinary.fixture("seeds/004_366dc1fd077f5934.txt"))"), "\(r.stderr)")
    }

    @Test func sameInputGivesByteIdenticalOutput() throws {
        let env = ["SOURCE_DATE_EPOCH": "0"]
        let a = try BitextBinary.run(["align", seed001, "--format", "tmx"], environment: env)
        let b = try BitextBinary.run(["align", seed001, "--format", "tmx"], environment: env)
        #expect(a.status == 0 && a.stdout == b.stdout && !a.stdout.isEmpty)
    }

    @Test func minConfidenceDropsUnitsFromTMXOnly() throws {
        let threshold = "0.999"
        let jsonl = try BitextBinary.run(["align", seed001, "--format", "jsonl", "--min-confidence", threshold]).stdout
        let rows = try jsonl.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(rows.count == 12, "every bead stays in JSONL")
        let kept = rows.filter { ($0["status"] as? String) == "ok" && !(($0["source"] as? [Int])?.isEmpty ?? true) && !(($0["target"] as? [Int])?.isEmpty ?? true) }
        #expect(rows.allSatisfy { (($0["confidence"] as? Double ?? 0) >= 0.999) == (($0["status"] as? String) == "ok") })
        let tmx = try BitextBinary.run(["align", seed001, "--format", "tmx", "--min-confidence", threshold]).stdout
        #expect(tmx.components(separatedBy: "<tu ").count - 1 == kept.count)
    }

    @Test func segmentPrintsTheGoldSentences() throws {
        let r = try BitextBinary.run(["segment", BitextBinary.fixture("seeds/000_16a4560da9b5d69e.txt")])
        #expect(r.stdout == (try String(contentsOfFile: BitextBinary.fixture("gold/seed000.vi.sent"), encoding: .utf8)))
    }

    @Test func readsStandardInput() throws {
        let r = try BitextBinary.run(["segment", "-", "--lang", "en"], stdin: "Gen. Kim spoke. He left.\n")
        #expect(r.stdout == "Gen. Kim spoke.\nHe left.\n")
    }

    @Test func splitWritesOneFilePerLanguage() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let prefix = dir.appendingPathComponent("seed001").path
        let r = try BitextBinary.run(["split", seed001, "--prefix", prefix])
        #expect(r.status == 0)
        #expect(r.stdout == "\(prefix).en.txt\n\(prefix).ko.txt\n")
        let en = try String(contentsOfFile: prefix + ".en.txt", encoding: .utf8)
        #expect(en.hasPrefix("South Korea and Japan agreed"))
    }

    @Test func evalPrintsStrictAndLaxScores() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let gold = dir.appendingPathComponent("gold").path, test = dir.appendingPathComponent("test").path
        try Data("[0]:[0]\n[1]:[1]\n[2]:[2,3]\n[3]:[]\n".utf8).write(to: URL(fileURLWithPath: gold))
        try Data("[0]:[0]\n[1]:[1,2]\n[2]:[3]\n[3]:[]\n".utf8).write(to: URL(fileURLWithPath: test))
        let r = try BitextBinary.run(["eval", gold, test])
        // Strict: [0]:[0] of 3 links each side. Lax: (0,0), (1,1), (2,3) of 4 sentence pairs each side.
        #expect(r.stdout.contains("strict  0.333      0.333   0.333"), "\(r.stdout)")
        #expect(r.stdout.contains("lax     0.750      0.750   0.750"), "\(r.stdout)")
    }
}

@Suite struct BadInputTests {
    func expectOneLineError(_ args: [String], containing text: String) throws {
        let r = try BitextBinary.run(args)
        #expect(r.status != 0)
        let lines = r.stderr.split(separator: "\n")
        #expect(lines.count == 1, "stderr: \(r.stderr)")
        #expect(r.stderr.contains(text), "stderr: \(r.stderr)")
        #expect(r.stdout.isEmpty)
    }

    @Test func missingFile() throws {
        try expectOneLineError(["align", "/no/such.txt", "/no/other.txt"], containing: "/no/such.txt: no such file")
    }

    @Test func emptyFile() throws {
        try expectOneLineError(["segment", BitextBinary.fixture("bad/empty.txt")], containing: "empty.txt: the file is empty")
    }

    @Test func invalidUTF8NamesTheByteOffset() throws {
        try expectOneLineError(["segment", BitextBinary.fixture("bad/invalid-utf8.txt")], containing: "invalid-utf8.txt: invalid UTF-8 at byte offset 6")
    }

    @Test func binaryFile() throws {
        try expectOneLineError(["segment", BitextBinary.fixture("bad/binary.bin")], containing: "binary.bin: looks like a binary file")
    }

    @Test func wrongLanguageCode() throws {
        try expectOneLineError(["segment", BitextBinary.fixture("seeds/000_16a4560da9b5d69e.txt"), "--lang", "xx"], containing: "'xx' is not a valid language code")
    }

    @Test func aLanguageTheTextCannotBeIsRefused() throws {
        try expectOneLineError(["align", BitextBinary.fixture("gold/seed001.en.sent"), BitextBinary.fixture("gold/seed001.ko.sent"), "--src-lang", "ko"],
                               containing: "seed001.en.sent: the text is en, not ko as given")
        try expectOneLineError(["segment", BitextBinary.fixture("gold/seed001.en.sent"), "--lang", "vi"], containing: "the text is en, not vi as given")
    }

    @Test func oneFileWithOneLanguageCannotBeSplit() throws {
        try expectOneLineError(["align", BitextBinary.fixture("seeds/000_16a4560da9b5d69e.txt")], containing: "expected text in two languages")
    }

    @Test func malformedGlossaryRow() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let g = dir.appendingPathComponent("g.tsv").path
        try "id\tkind\ten\tko\nx\tperson\tA\n".write(toFile: g, atomically: true, encoding: .utf8)
        try expectOneLineError(["align", BitextBinary.fixture("seeds/001_4bdbc64759555825.txt"), "--glossary", g], containing: "g.tsv:2: 3 columns where the header has 4")
    }

    @Test func aFailedRunLeavesTheExistingOutputAlone() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("keep.tmx").path
        try "precious".write(toFile: out, atomically: true, encoding: .utf8)
        let r = try BitextBinary.run(["align", BitextBinary.fixture("bad/invalid-utf8.txt"), BitextBinary.fixture("gold/seed001.ko.sent"), "-o", out])
        #expect(r.status != 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "precious")
    }

    @Test func inputOverTheLimit() throws {
        try expectOneLineError(["segment", BitextBinary.fixture("seeds/000_16a4560da9b5d69e.txt"), "--max-input-bytes", "100"], containing: "over the input limit of 100 bytes")
    }
}

@Suite struct ModesEndToEndTests {
    @Test func autoReportsTheModeAndComparableTMXKeepsConfidentLinksOnly() throws {
        let r = try BitextBinary.run(["align", BitextBinary.fixture("gold/seed001.en.sent"), BitextBinary.fixture("gold/seed000.vi.sent"),
                                      "--presegmented", "--format", "tmx"])
        #expect(r.status == 0)
        #expect(r.stderr.hasPrefix("bitext: mode comparable ("))
        #expect(r.stdout.contains("<prop type=\"x-alignment\">comparable</prop>"))
        let units = r.stdout.components(separatedBy: "<tu ").count - 1
        #expect(units >= 4 && units <= 8)
    }

    @Test func showKindsMarksFurniture() throws {
        let r = try BitextBinary.run(["segment", "--show-kinds", BitextBinary.fixture("seeds/002_440c89327bf5bdd4.txt")])
        #expect(r.stdout.contains("credit\t(TTXVN/Vietnam+)\n"))
        #expect(r.stdout.contains("boilerplate\tTheo dõi VietnamPlus\n"))
    }

    @Test func threeAccountsGiveOneMultilingualTMX() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let prefix = dir.appendingPathComponent("s").path
        _ = try BitextBinary.run(["split", BitextBinary.fixture("seeds/001_4bdbc64759555825.txt"), "--prefix", prefix])
        let r = try BitextBinary.run(["align", prefix + ".en.txt", prefix + ".ko.txt", BitextBinary.fixture("seeds/000_16a4560da9b5d69e.txt"), "--format", "tmx", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("<tuv xml:lang=\"en\">") && r.stdout.contains("<tuv xml:lang=\"ko\">") && r.stdout.contains("<tuv xml:lang=\"vi\">"))
        let beads = try BitextBinary.run(["align", prefix + ".en.txt", prefix + ".ko.txt", BitextBinary.fixture("seeds/000_16a4560da9b5d69e.txt"), "--format", "beads"])
        #expect(beads.status != 0 && beads.stderr.contains("use tsv, jsonl or tmx for three or more"))
    }
}
