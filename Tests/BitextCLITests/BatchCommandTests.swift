import Bitext
import Foundation
import Testing

@Suite struct BatchCommandTests {
    let manifest = BitextBinary.fixture("batch/manifest.tsv")

    func reportLines(_ path: String) throws -> [[String: Any]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    /// Units as text pairs, the form every output is compared in.
    func pairs(_ units: [TranslationUnit]) -> [String] {
        units.map { $0.variants.map(\.text).joined(separator: " | ") }
    }

    @Test func alignOfTwoFoldersPairsTheirFilesByName() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let en = dir.appendingPathComponent("en"), ko = dir.appendingPathComponent("ko")
        try FileManager.default.createDirectory(at: en, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: ko, withIntermediateDirectories: true)
        let split = try BitextBinary.run(["split", BitextBinary.fixture("seeds/001_4bdbc64759555825.txt"), "--prefix", dir.appendingPathComponent("s").path])
        #expect(split.status == 0)
        try FileManager.default.moveItem(at: dir.appendingPathComponent("s.en.txt"), to: en.appendingPathComponent("seed001.en.txt"))
        try FileManager.default.moveItem(at: dir.appendingPathComponent("s.ko.txt"), to: ko.appendingPathComponent("seed001.ko.txt"))
        try "notes".write(to: en.appendingPathComponent("README"), atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("job.tmx").path
        let r = try BitextBinary.run(["align", en.path, ko.path, "-o", out, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("\(en.path)/README: no file of that name in the other folder; left out"))
        #expect(try String(contentsOfFile: out, encoding: .utf8).components(separatedBy: "<tu ").count - 1 == 11)
        let report = try String(contentsOfFile: dir.appendingPathComponent("job.report.jsonl").path, encoding: .utf8)
        #expect(report.contains("\"id\":\"seed001\"") && report.contains("\"status\":\"ok\""))
        let noOutput = try BitextBinary.run(["align", en.path, ko.path])
        #expect(noOutput.status == 1 && noOutput.stderr.hasSuffix("say where the units go with -o FILE.tmx, --per-pair DIR or --into-memory\n"))
        let perPair = try BitextBinary.run(["align", en.path, ko.path, "--per-pair", dir.appendingPathComponent("pp").path, "--format", "tsv", "--quiet"])
        #expect(perPair.status == 0)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("pp/seed001.tsv").path))
    }

    @Test func aBadPairInTheMiddleIsReportedAndTheRestAligned() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("all.tmx").path
        let r = try BitextBinary.run(["batch", manifest, "-o", out, "--jobs", "2"])
        #expect(r.status == 1)
        #expect(r.stderr.hasSuffix("3 pairs aligned, 2 failed; report \(dir.appendingPathComponent("all.report.jsonl").path)\n"))
        let report = try reportLines(dir.appendingPathComponent("all.report.jsonl").path)
        #expect(report.map { $0["id"] as! String } == ["seed001", "news01", "broken-missing", "broken-language", "news03"])
        #expect(report.map { $0["status"] as! String } == ["ok", "ok", "failed", "failed", "ok"])
        #expect((report[2]["error"] as! String).hasSuffix("missing.en.txt: no such file"))
        #expect((report[3]["error"] as! String).contains("the text is en, not ko as given"))
        #expect(report[0]["source_sentences"] as? Int == 13 && report[0]["mode"] as? String == "parallel")

        // The batch TMX holds exactly what aligning each good pair alone gives, in manifest order.
        var single: [TranslationUnit] = []
        for (id, langs) in [("seed001", ["en", "ko"]), ("news01", ["en", "ko"]), ("news03", [])] {
            var args = ["align", BitextBinary.fixture("batch/\(id).en.txt"), BitextBinary.fixture("batch/\(id).ko.txt"), "--format", "tmx", "--quiet"]
            if !langs.isEmpty { args += ["--src-lang", langs[0], "--tgt-lang", langs[1]] }
            let a = try BitextBinary.run(args)
            single += try TMXReader().read(a.stdout, name: id).units
        }
        let batch = try TMXReader().read(contentsOf: URL(fileURLWithPath: out)).units
        #expect(pairs(batch) == pairs(single))
        #expect(batch.map(\.tuid) == (1...batch.count).map { String($0) })
    }

    @Test func resumeSkipsDonePairsAndKeepsTheirUnits() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("all.tmx").path
        try BitextBinary.run(["batch", manifest, "-o", out])
        let first = try TMXReader().read(contentsOf: URL(fileURLWithPath: out)).units
        let again = try BitextBinary.run(["batch", manifest, "-o", out, "--resume"])
        #expect(again.stderr.contains("0 pairs aligned, 2 failed, 3 already done"))
        let second = try TMXReader().read(contentsOf: URL(fileURLWithPath: out)).units
        #expect(pairs(second) == pairs(first))
        let perPair = dir.appendingPathComponent("pairs").path
        let split = try BitextBinary.run(["batch", manifest, "--per-pair", perPair])
        #expect(split.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: perPair).sorted() == ["news01.tmx", "news03.tmx", "report.jsonl", "seed001.tmx"])
    }

    @Test func perPairFilesTakeTheFormatAsked() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let perPair = dir.appendingPathComponent("pairs").path
        let r = try BitextBinary.run(["batch", manifest, "--per-pair", perPair, "--format", "jsonl", "--quiet"])
        #expect(r.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: perPair).sorted() == ["news01.jsonl", "news03.jsonl", "report.jsonl", "seed001.jsonl"])
        let first = try String(contentsOfFile: perPair + "/seed001.jsonl", encoding: .utf8).split(separator: "\n").first.map(String.init) ?? ""
        #expect((try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])?["source_text"] != nil)
        let refused = try BitextBinary.run(["batch", manifest, "-o", dir.appendingPathComponent("all.tmx").path, "--format", "tsv"])
        #expect(refused.status != 0 && refused.stderr.contains("--format names the format of the --per-pair files"))
    }

    @Test func streamingGivesTheBatchResultsInInputOrder() throws {
        var lines: [String] = []
        for id in ["seed001", "news01", "news03"] {
            let object: [String: Any] = ["id": id, "source_text": try String(contentsOfFile: BitextBinary.fixture("batch/\(id).en.txt"), encoding: .utf8),
                                         "target_text": try String(contentsOfFile: BitextBinary.fixture("batch/\(id).ko.txt"), encoding: .utf8),
                                         "src_lang": "en", "tgt_lang": "ko"]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        lines.insert("{not json", at: 1)
        let r = try BitextBinary.run(["batch", "--jsonl", "-", "--jobs", "2"], stdin: lines.joined(separator: "\n") + "\n")
        #expect(r.status == 1 && r.stderr == "bitext: 1 of 4 pairs failed\n")
        let results = try r.stdout.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(results.map { $0["id"] as! String } == ["seed001", "line 2", "news01", "news03"])
        #expect(results[1]["error"] as? String == "line 2: not a JSON object")
        // Same units as the manifest batch (and so as single runs) for the same pairs.
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("all.tmx").path
        try BitextBinary.run(["batch", manifest, "-o", out])
        let batch = try TMXReader().read(contentsOf: URL(fileURLWithPath: out)).units.map { $0.variants.map(\.text).joined(separator: " | ") }
        let streamed = results.flatMap { ($0["units"] as? [[String: Any]] ?? []).map { "\($0["source"]!) | \($0["target"]!)" } }
        #expect(streamed == batch)
    }

    @Test func batchIntoTheMemoryStoresEveryGoodPairOnce() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tm = dir.appendingPathComponent("archive.tm").path
        let r = try BitextBinary.run(["batch", manifest, "--into-memory", "--memory", tm])
        #expect(r.status == 1 && r.stderr.contains("3 pairs aligned, 2 failed; report \(tm).report.jsonl"))
        let units = try JSONSerialization.jsonObject(with: Data(try BitextBinary.run(["tm", "stats", "--memory", tm, "--format", "json"]).stdout.utf8)) as? [String: Any]
        // The same pairs aligned into a TMX give as many units as the memory holds.
        let out = dir.appendingPathComponent("all.tmx").path
        try BitextBinary.run(["batch", manifest, "-o", out])
        let tmx = try TMXReader().read(contentsOf: URL(fileURLWithPath: out)).units
        #expect(units?["units"] as? Int == Set(tmx.map { $0.variants.map(\.text).joined(separator: "|") }).count)
        let show = try BitextBinary.run(["tm", "show", "1", "--memory", tm])
        #expect(show.stdout.hasPrefix("#1  created ") && show.stdout.contains("  from: seed001.en.txt ~ seed001.ko.txt, 2025-11-14"))
    }
}

@Suite struct InputFormatCommandTests {
    @Test func anArticlePageAlignsWithAWordDocument() throws {
        let r = try BitextBinary.run(["align", BitextBinary.fixture("input/article.html"), BitextBinary.fixture("input/article.ko.docx"), "--format", "tsv", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = r.stdout.split(separator: "\n")
        #expect(rows.contains { $0.hasPrefix("Speaking at the outset of the talks, Defense Minister Ahn Gyu-back said") && $0.contains("\t회의 시작에서 안규백 장관은") })
        #expect(!r.stdout.contains("Share on Facebook") && !r.stdout.contains("삭제된 글"))
    }

    @Test func aBilingualXLIFFAlignsAsOneFileAndExportsAsXLIFF() throws {
        let r = try BitextBinary.run(["align", BitextBinary.fixture("input/article.en-ko.xlf"), "--format", "xliff", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("srcLang=\"en\" trgLang=\"ko\""))
    }

    @Test func aFileThatClaimsAFormatAndIsNotIsOneLineOfError() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fake = dir.appendingPathComponent("fake.docx")
        try Data("PK\u{3}\u{4}not a zip".utf8).write(to: fake)
        let r = try BitextBinary.run(["segment", fake.path])
        #expect(r.status == 1 && r.stderr.hasPrefix("bitext: error: \(fake.path): cannot read: not a readable ZIP container"))
        #expect(r.stderr.split(separator: "\n").count == 1)
    }
}

@Suite struct ManifestRootTests {
    @Test func pathsOutsideTheRootFailAndTheRestAlign() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let root = dir.appendingPathComponent("root"), outside = dir.appendingPathComponent("outside")
        for folder in [root, outside] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        #expect(try BitextBinary.run(["split", BitextBinary.fixture("seeds/001_4bdbc64759555825.txt"), "--prefix", root.appendingPathComponent("s").path]).status == 0)
        try FileManager.default.copyItem(at: root.appendingPathComponent("s.ko.txt"), to: outside.appendingPathComponent("secret.txt"))
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("link.txt"), withDestinationURL: outside.appendingPathComponent("secret.txt"))
        let manifest = """
            s.en.txt\ts.ko.txt\ten\tko\tinside
            s.en.txt\t../outside/secret.txt\ten\tko\tclimb
            s.en.txt\tlink.txt\ten\tko\tlink
            s.en.txt\t\(outside.path)/secret.txt\ten\tko\tabsolute

            """
        try manifest.write(to: root.appendingPathComponent("pairs.tsv"), atomically: true, encoding: .utf8)
        let out = dir.appendingPathComponent("all.tmx").path
        let r = try BitextBinary.run(["batch", root.appendingPathComponent("pairs.tsv").path, "-o", out, "--root", root.path, "--quiet"])
        #expect(r.status == 1)
        let report = try String(contentsOfFile: dir.appendingPathComponent("all.report.jsonl").path, encoding: .utf8)
        let lines = report.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(lines.map { $0["id"] as? String } == ["inside", "climb", "link", "absolute"])
        #expect(lines.map { $0["status"] as? String } == ["ok", "failed", "failed", "failed"])
        #expect(lines.dropFirst().allSatisfy { ($0["error"] as? String)?.contains("outside --root") == true })
        #expect(try String(contentsOfFile: out, encoding: .utf8).components(separatedBy: "<tu ").count - 1 == 11)
        // The streaming mode obeys it too.
        let request = #"{"id":"x","source":"\#(root.path)/s.en.txt","target":"\#(outside.path)/secret.txt"}"#
        let s = try BitextBinary.run(["batch", "--jsonl", "-", "--root", root.path, "--quiet"], stdin: request + "\n")
        #expect(s.stdout.contains("outside --root"))
    }
}
