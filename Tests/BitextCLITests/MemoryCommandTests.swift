import Bitext
import Foundation
import Testing

@Suite struct MemoryCommandTests {
    let seed001 = BitextBinary.fixture("seeds/001_4bdbc64759555825.txt")

    @Test func alignIntoMemoryThenSearchFindsTheSeedSentence() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tm = dir.appendingPathComponent("seeds.tm").path
        let add = try BitextBinary.run(["align", seed001, "--into-memory", "--memory", tm, "--user", "tester", "--quiet"])
        #expect(add.status == 0, "\(add.stderr)")
        #expect(add.stdout.isEmpty)
        #expect(add.stderr.contains("11 units added"))
        // The same article again: nothing new, every unit already there.
        let again = try BitextBinary.run(["tm", "add", seed001, "--memory", tm, "--user", "tester", "--quiet"])
        #expect(again.stderr.contains("0 units added, 0 merged into units already there, 11 already there"))

        let query = "Speaking at the start of the talks, Defense Minister Ahn Gyu-back said the meeting should serve as a chance to face the past honestly."
        let search = try BitextBinary.run(["tm", "search", query, "--from", "en", "--to", "ko", "--memory", tm, "--min", "50"])
        #expect(search.status == 0, "\(search.stderr)")
        let first = search.stdout.split(separator: "\n").map(String.init)
        #expect(first[0].hasSuffix("%  #2"))
        #expect(first[1].contains("⟦Ahn Gyu-back⟧"))
        #expect(first[2].hasPrefix("  ko: 회의 시작에서 안규백 장관은"))
        #expect(first.contains { $0.hasPrefix("  from: 001_4bdbc64759555825.txt#en ~ 001_4bdbc64759555825.txt#ko") && $0.contains("by tester") })
        #expect(first.contains("  glossary: Ahn Gyu-back (person) → 안규백 ✓"))

        let json = try BitextBinary.run(["tm", "search", query, "--from", "en", "--to", "ko", "--memory", tm, "--min", "50", "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.split(separator: "\n")[0].utf8)) as? [String: Any]
        #expect(object?["id"] as? Int == 2)
        #expect((object?["glossary"] as? [[String: Any]])?.contains { $0["entity"] as? String == "ahn-gyu-back" } == true)

        let concordance = try BitextBinary.run(["tm", "concordance", "고이즈미", "--memory", tm, "--to", "en"])
        #expect(concordance.stdout.contains("units contain '고이즈미'"))
        #expect(concordance.stdout.contains("  en: "))
    }

    @Test func importExportRoundTripThroughTheBinary() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tm = dir.appendingPathComponent("x.tm").path
        let imported = try BitextBinary.run(["tm", "import", BitextBinary.fixture("tmx/props_roundtrip.tmx"),
                                             BitextBinary.fixture("tmx/duplicate_conflict.tmx"), "--memory", tm])
        #expect(imported.status == 0, "\(imported.stderr)")
        let out = dir.appendingPathComponent("out.tmx").path
        let export = try BitextBinary.run(["tm", "export", "--from", "en", "--to", "ko", "-o", out, "--memory", tm])
        #expect(export.stderr == "bitext: 6 units exported (1 other translations of the same sources left out; --conflicts all writes them)\n")
        let back = try TMXReader().read(contentsOf: URL(fileURLWithPath: out))
        #expect(back.units.count == 6 && back.header["srclang"] == "en")
        let conflicts = try BitextBinary.run(["tm", "conflicts", "--memory", tm])
        #expect(conflicts.stdout.hasSuffix("1 source texts with more than one translation\n"))
        #expect(conflicts.stdout.contains("  ko: 한은은 목요일 기준금리를 동결했다."))
        let stats = try BitextBinary.run(["tm", "stats", "--memory", tm, "--format", "json"])
        let s = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        #expect(s?["units"] as? Int == 7)
        #expect((s?["pairs"] as? [String: Int])?["en-ko"] == 7)
        let removed = try BitextBinary.run(["tm", "remove", "1", "2", "--memory", tm])
        #expect(removed.stderr == "bitext: 2 units removed\n")
    }

    @Test func badInputGetsOneLineAndLeavesTheMemoryAlone() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let tm = dir.appendingPathComponent("x.tm").path
        try BitextBinary.run(["tm", "import", BitextBinary.fixture("tmx/good_en_ko.tmx"), "--memory", tm])
        for (args, message) in [
            (["tm", "import", BitextBinary.fixture("tmx/bad_malformed.tmx")], "bad_malformed.tmx:6: column 110: not well-formed XML: opening and closing tags do not match"),
            (["tm", "import", BitextBinary.fixture("tmx/bad_invalid.tmx")], "a <tuv> without xml:lang and 1 more; nothing imported"),
            (["tm", "import", BitextBinary.fixture("tmx/xxe.tmx")], "external entity 'secret' refused"),
            (["tm", "import", dir.appendingPathComponent("missing.tmx").path], "missing.tmx: no such file"),
            (["tm", "search", "x", "--from", "english", "--to", "ko"], "'english' is not a valid language code"),
        ] {
            let r = try BitextBinary.run(args + ["--memory", tm])
            #expect(r.status == 1)
            #expect(r.stderr.split(separator: "\n").count == 1 && r.stderr.contains(message), "\(r.stderr)")
        }
        let notTM = try BitextBinary.run(["tm", "stats", "--memory", seed001])
        #expect(notTM.status == 1 && notTM.stderr.contains("not a Bitext translation memory"))
        let missing = try BitextBinary.run(["tm", "stats", "--memory", dir.appendingPathComponent("none.tm").path])
        #expect(missing.status == 1 && missing.stderr.contains("none.tm: no such file"))
        let stats = try BitextBinary.run(["tm", "stats", "--memory", tm, "--format", "json"])
        #expect(stats.stdout.contains("\"units\":3"))
        let skipped = try BitextBinary.run(["tm", "import", "--skip-invalid", BitextBinary.fixture("tmx/bad_invalid.tmx"), "--memory", tm])
        #expect(skipped.status == 0)
        #expect(skipped.stderr.contains("2 invalid units skipped:\n  unit 1 (line 5): a <tuv> without xml:lang\n  unit 2 (line 9): fewer than two languages\n"))
    }
}
