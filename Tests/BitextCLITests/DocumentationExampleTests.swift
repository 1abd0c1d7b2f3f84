import Foundation
import Testing
@testable import Bitext

/// The outputs the README and the docs show are the outputs of the commands they show: each is produced
/// here and looked for, verbatim, in the document.
@Suite struct DocumentationExampleTests {
    static func document(_ path: String) throws -> String {
        try String(contentsOf: BitextBinary.root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func theQuickStartAlignsTheSeed() throws {
        let readme = try Self.document("README.md")
        #expect(readme.contains("swift run bitext align fixtures/seeds/001_4bdbc64759555825.txt\n"))
        let r = try BitextBinary.run(["align", "fixtures/seeds/001_4bdbc64759555825.txt"])
        #expect(r.status == 0 && r.stdout.split(separator: "\n").count == 12)
    }

    @Test func theVerdictLinesAreWhatTheSeedsGive() throws {
        let readme = try Self.document("README.md")
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(try BitextBinary.run(["split", "fixtures/seeds/001_4bdbc64759555825.txt", "--prefix", dir.appendingPathComponent("s").path]).status == 0)
        let en = dir.appendingPathComponent("s.en.txt").path
        for (files, status, line) in [
            (["fixtures/seeds/001_4bdbc64759555825.txt"], Int32(0), "bitext: 25 of 27 sentences linked by names, numbers or cognates: a translation"),
            ([en, "fixtures/seeds/000_16a4560da9b5d69e.txt"], 0, "bitext: 13 of 24 sentences linked by names, numbers or cognates: two accounts of one event"),
            ([en, "fixtures/seeds/004_366dc1fd077f5934.txt"], 4, "bitext: 8 of 27 sentences linked by names, numbers or cognates: not the same story"),
        ] {
            let r = try BitextBinary.run(["align"] + files + ["-o", dir.appendingPathComponent("out.tsv").path])
            #expect(r.status == status)
            #expect(r.stderr.contains(line + "\n"), "\(r.stderr)")
            #expect(readme.contains(line + "\n"))
        }
    }

    @Test func theErrorLinesAreWhatBadInputGives() throws {
        let readme = try Self.document("README.md")
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let ko = dir.appendingPathComponent("ko.txt")
        try "한국과 일본은 9년 만에 훈련을 재개하기로 합의했다.\n".write(to: ko, atomically: true, encoding: .utf8)
        try Data([0x48, 0x65, 0x6C, 0x6C, 0x6F, 0x20, 0xFF, 0x0A]).write(to: dir.appendingPathComponent("notes.txt"))
        try Data("%PDF-1.4\n\u{0}".utf8).write(to: dir.appendingPathComponent("scan.pdf"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try "South Korea and Japan agreed to resume drills after nine years. The talks were held in Yokosuka.\n"
            .write(to: dir.appendingPathComponent("en.txt"), atomically: true, encoding: .utf8)
        // The glossary error in a project folder of its own: a broken glossary stops every command first.
        let project = dir.appendingPathComponent("project")
        try FileManager.default.createDirectory(at: project.appendingPathComponent("glossaries"), withIntermediateDirectories: true)
        let rows = ["id\tkind\ten\tko\tvi\tja\tnote\tsource"] + (1...10).map { "e\($0)\tplace\tPlace \($0)\t장소\($0)\t\t\t\t" } + ["bad\tplace\tBad"]
        try (rows.joined(separator: "\n") + "\n").write(to: project.appendingPathComponent("glossaries/mine.tsv"), atomically: true, encoding: .utf8)
        for (arguments, line) in [
            (["align", "notes.txt", "ko.txt"], "bitext: error: notes.txt: invalid UTF-8 at byte offset 6"),
            (["align", "scan.pdf", "ko.txt"], "bitext: error: scan.pdf: looks like a binary file (NUL or control byte at offset 9), not UTF-8 text"),
            (["align", "empty.txt", "ko.txt"], "bitext: error: empty.txt: the file is empty (no text to align)"),
            (["align", "en.txt", "ko.txt", "--src-lang", "xx"], "bitext: error: 'xx' is not a valid language code (use BCP 47, e.g. en, ko, vi, ko-KR)"),
            (["align", "en.txt", "ko.txt", "--src-lang", "ko"], "bitext: error: en.txt: the text is en, not ko as given (check --src-lang/--tgt-lang or the file order)"),
            (["align", "../en.txt", "../ko.txt"], "bitext: error: glossaries/mine.tsv:12: 3 columns where the header has 8"),
        ] {
            let r = try BitextBinary.run(arguments, in: arguments[1].hasPrefix("../") ? project : dir)
            #expect(r.status == 1)
            #expect(r.stderr == line + "\n", "\(arguments)")
            #expect(readme.contains(line + "\n"), "\(line)")
        }
    }

    @Test func theMemorySearchExampleIsWhatTheMemoryAnswers() throws {
        let doc = try Self.document("docs/translation-memory.md")
        let dir = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let memory = dir.appendingPathComponent("m.tm").path
        #expect(try BitextBinary.run(["tm", "add", "fixtures/seeds/001_4bdbc64759555825.txt", "--memory", memory, "--user", "kim", "--quiet"]).status == 0)
        let query = "Speaking at the talks, Defense Minister Ahn Gyu-back said the meeting should serve as an opportunity to face the past honestly, assess the present and move toward the future."
        #expect(doc.contains("bitext tm search \"\(query)\" --from en --to ko\n"))
        let r = try BitextBinary.run(["tm", "search", query, "--from", "en", "--to", "ko", "--memory", memory])
        #expect(r.status == 0 && r.stdout.hasPrefix("90%  #2\n"))
        #expect(doc.contains("```\n" + r.stdout + "```\n"))
    }

    /// Every option and argument of every command says what it is for.
    @Test func everyOptionHasHelpText() throws {
        let r = try BitextBinary.run(["--experimental-dump-help"])
        let root = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        var missing: [String] = []
        func walk(_ command: [String: Any], _ path: String) {
            for argument in command["arguments"] as? [[String: Any]] ?? [] where (argument["shouldDisplay"] as? Bool) != false {
                if ((argument["abstract"] as? String) ?? "").isEmpty, path != "bitext help" {
                    missing.append("\(path) \(argument["valueName"] as? String ?? "?")")
                }
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub, path + " " + (sub["commandName"] as? String ?? "?")) }
        }
        walk(try #require(root["command"] as? [String: Any]), "bitext")
        #expect(missing == [])
    }
}
