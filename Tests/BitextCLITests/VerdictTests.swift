import Foundation
import Testing

/// The verdict every alignment reports: a translation, two accounts of one event, or not the same story
/// (no output, exit 4, unless --force).
@Suite struct VerdictTests {
    let seed001 = BitextBinary.fixture("seeds/001_4bdbc64759555825.txt")
    let seed000 = BitextBinary.fixture("seeds/000_16a4560da9b5d69e.txt")
    let seed004 = BitextBinary.fixture("seeds/004_366dc1fd077f5934.txt")

    /// Seed 001's English half, written by `split`.
    private func englishOf001(in dir: URL) throws -> String {
        let r = try BitextBinary.run(["split", seed001, "--prefix", dir.appendingPathComponent("s001").path])
        #expect(r.status == 0, "\(r.stderr)")
        return dir.appendingPathComponent("s001.en.txt").path
    }

    @Test func theTwoLanguageSeedIsATranslation() throws {
        let r = try BitextBinary.run(["align", seed001, "--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("bitext: 25 of 27 sentences linked by names, numbers or cognates: a translation\n"), "\(r.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [String: Any]
        let verdict = json["verdict"] as? [String: Any]
        #expect(verdict?["relation"] as? String == "translation")
        #expect(verdict?["linkedSentences"] as? Int == 25)
    }

    @Test func englishAgainstTheVietnameseAccountIsOneEvent() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try BitextBinary.run(["align", try englishOf001(in: dir), seed000, "-o", dir.appendingPathComponent("out.tmx").path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("bitext: 13 of 24 sentences linked by names, numbers or cognates: two accounts of one event\n"), "\(r.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("out.tmx").path))
    }

    @Test func aDifferentEventWritesNothingAndExitsFour() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let english = try englishOf001(in: dir), out = dir.appendingPathComponent("out.tmx").path
        let r = try BitextBinary.run(["align", english, seed004, "-o", out, "--quiet"])
        #expect(r.status == 4)
        #expect(r.stderr == "bitext: error: \(english) and \(seed004) do not tell the same story (8 of 27 sentences linked by names, numbers or cognates); nothing written (--force writes it anyway)\n")
        #expect(!FileManager.default.fileExists(atPath: out))
        let forced = try BitextBinary.run(["align", english, seed004, "-o", out, "--quiet", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("<tu "))
    }

    @Test func aBatchReportsAnUnrelatedPairAndGoesOn() throws {
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let english = try englishOf001(in: dir)
        let manifest = dir.appendingPathComponent("m.tsv")
        try Data("\(english)\t\(seed000)\ten\tvi\tsame\n\(english)\t\(seed004)\ten\tvi\tother\n".utf8).write(to: manifest)
        let out = dir.appendingPathComponent("all.tmx").path
        let r = try BitextBinary.run(["batch", manifest.path, "-o", out, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("2 pairs aligned, 0 failed, 1 not the same story (no units written; see the report)"), "\(r.stderr)")
        let report = try String(contentsOfFile: dir.appendingPathComponent("all.report.jsonl").path, encoding: .utf8)
            .split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(report.map { $0["status"] as? String } == ["ok", "unrelated"])
        #expect(report.map { $0["verdict"] as? String } == ["same-event", "unrelated"])
        let tmx = try String(contentsOfFile: out, encoding: .utf8)
        #expect(tmx.contains("SAREX"))
        #expect(!tmx.contains("Phùng Quang Thanh"))
    }
}
