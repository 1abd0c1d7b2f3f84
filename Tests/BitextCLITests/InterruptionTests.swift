import Foundation
import Testing

/// Nothing the user had is lost: writes killed with SIGKILL at random moments leave the previous file or
/// memory intact and readable, and writers running at once never lose each other's work.
/// BITEXT_KILLS sets how many kills each test tries (12 by default; the README's figure is from a longer run).
@Suite(.serialized) struct InterruptionTests {
    static let kills = Int(ProcessInfo.processInfo.environment["BITEXT_KILLS"] ?? "") ?? 12

    /// Starts `bitext ARGS`, kills it with SIGKILL (or `signal`) after `after` seconds unless it has finished;
    /// true if it was killed.
    @discardableResult
    private func runAndKill(_ arguments: [String], in folder: URL, after: TimeInterval, signal: Int32 = SIGKILL) throws -> Bool {
        let process = Process()
        process.executableURL = BitextBinary.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(after)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        let killed = process.isRunning
        if killed { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
        if killed, signal != SIGKILL {
            // Ended by the signal it was sent, after its own clean-up (Foundation reports the signal's number).
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == signal)
        }
        return killed
    }

    /// A 6,000-sentence pair of Text+Berg lines (long enough that writing its TMX takes a moment).
    private func largePair(in folder: URL) throws -> (String, String) {
        let bench = BitextBinary.root.deletingLastPathComponent().appendingPathComponent("shared/bench/textberg_defr")
        var de: [String] = [], fr: [String] = []
        for k in 0..<7 {
            de += try String(contentsOf: bench.appendingPathComponent("de/test\(k)"), encoding: .utf8).split(separator: "\n").map(String.init)
            fr += try String(contentsOf: bench.appendingPathComponent("fr/test\(k)"), encoding: .utf8).split(separator: "\n").map(String.init)
        }
        let src = folder.appendingPathComponent("big.de"), tgt = folder.appendingPathComponent("big.fr")
        try (Array(repeating: de, count: 5).flatMap { $0 }.joined(separator: "\n") + "\n").write(to: src, atomically: true, encoding: .utf8)
        try (Array(repeating: fr, count: 5).flatMap { $0 }.joined(separator: "\n") + "\n").write(to: tgt, atomically: true, encoding: .utf8)
        return (src.path, tgt.path)
    }

    private func tmx(units: Int, tag: String) -> String {
        var s = #"<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="en" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/><body>"# + "\n"
        for i in 0..<units {
            s += "<tu><tuv xml:lang=\"en\"><seg>Sentence \(tag) number \(i) about the drills.</seg></tuv><tuv xml:lang=\"ko\"><seg>훈련에 관한 \(tag) 문장 \(i).</seg></tuv></tu>\n"
        }
        return s + "</body></tmx>\n"
    }

    private func units(_ memory: String) throws -> Int? {
        let r = try BitextBinary.run(["tm", "stats", "--memory", memory, "--format", "json"])
        guard r.status == 0, let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] else { return nil }
        return object["units"] as? Int
    }

    @Test func aKilledAlignmentLeavesThePreviousOutput() throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (src, tgt) = try largePair(in: folder)
        let out = folder.appendingPathComponent("out.tmx")
        try BitextBinary.run(["align", BitextBinary.fixture("seeds/001_4bdbc64759555825.txt"), "-o", out.path, "--quiet"])
        let before = try Data(contentsOf: out)
        var killed = 0
        for k in 0..<Self.kills {
            if try runAndKill(["align", "--presegmented", "--src-lang", "de", "--tgt-lang", "fr", "--no-glossary", "--quiet", src, tgt, "-o", out.path],
                              in: folder, after: 0.05 + Double(k) * 0.15) { killed += 1 }
            let now = try Data(contentsOf: out)
            // The old file, untouched, or (when the run finished) a whole new one: never a part.
            if now != before {
                #expect(String(decoding: now.suffix(7), as: UTF8.self) == "</tmx>\n", "kill \(k) left a partial TMX")
                try before.write(to: out)
            }
        }
        #expect(killed > 0, "no run was killed: the input is too small to test this")
    }

    @Test func aKilledImportLeavesTheMemoryAsItWas() throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = folder.appendingPathComponent("m.tm").path
        try tmx(units: 500, tag: "base").write(to: folder.appendingPathComponent("base.tmx"), atomically: true, encoding: .utf8)
        try tmx(units: 20_000, tag: "big").write(to: folder.appendingPathComponent("big.tmx"), atomically: true, encoding: .utf8)
        #expect(try BitextBinary.run(["tm", "import", "base.tmx", "--memory", memory], in: folder).status == 0)
        var killed = 0
        for k in 0..<Self.kills {
            let wasKilled = try runAndKill(["tm", "import", "big.tmx", "--memory", memory], in: folder, after: 0.1 + Double(k) * 0.25)
            let count = try units(memory)
            if wasKilled {
                killed += 1
                // All or nothing: the killed import's transaction never happened.
                #expect(count == 500 || count == 20_500, "kill \(k): \(String(describing: count)) units")
            } else {
                #expect(count == 20_500)
            }
            if count == 20_500 { break }
        }
        #expect(killed > 0)
        #expect(try units(memory) != nil, "the memory still opens")
    }

    /// Ctrl-C or SIGTERM during an export removes the export's temporary file; the next write of the same
    /// path removes one a SIGKILL left behind.
    @Test func anInterruptedExportLeavesNoTemporaryFile() throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = folder.appendingPathComponent("m.tm").path
        try tmx(units: 20_000, tag: "big").write(to: folder.appendingPathComponent("big.tmx"), atomically: true, encoding: .utf8)
        #expect(try BitextBinary.run(["tm", "import", "big.tmx", "--memory", memory], in: folder).status == 0)
        let temporaries = { try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".out.tmx.tmp-") } }
        var interrupted = 0
        for k in 0..<Self.kills {
            let signal = k % 2 == 0 ? SIGINT : SIGTERM
            if try runAndKill(["tm", "export", "-o", "out.tmx", "--memory", memory], in: folder, after: 0.1 + Double(k) * 0.1, signal: signal) {
                interrupted += 1
            }
            #expect(try temporaries() == [], "signal \(signal) after \(k) steps")
        }
        #expect(interrupted > 0, "no export was interrupted: the memory is too small to test this")
        var killedAny = false
        for k in 0..<Self.kills where !killedAny {
            killedAny = try runAndKill(["tm", "export", "-o", "out.tmx", "--memory", memory], in: folder, after: 0.1 + Double(k) * 0.1)
        }
        if killedAny, try !temporaries().isEmpty {
            #expect(try BitextBinary.run(["tm", "export", "-o", "out.tmx", "--memory", memory], in: folder).status == 0)
            #expect(try temporaries() == [])
        }
    }

    @Test func aKilledGlossaryWriteLeavesAValidGlossary() throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("g.tsv").path
        try FileManager.default.copyItem(atPath: BitextBinary.root.appendingPathComponent("Sources/BitextGlossary/Resources/Glossaries/entities.tsv").path, toPath: file)
        let before = try String(contentsOfFile: file, encoding: .utf8)
        for k in 0..<Self.kills {
            try runAndKill(["glossary", "add", "added\(k)", "--kind", "place", "--form", "en=Added Place \(k)", "--file", file],
                           in: folder, after: Double(k % 6) * 0.01)
            let now = try String(contentsOfFile: file, encoding: .utf8)
            let list = try BitextBinary.run(["glossary", "list", "--file", file])
            #expect(list.status == 0, "kill \(k) left an unreadable glossary: \(list.stderr)")
            #expect(now.hasPrefix(before.split(separator: "\n").first.map(String.init) ?? ""))
        }
    }

    @Test func glossaryWritersAtOnceLoseNothing() throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("g.tsv").path
        try FileManager.default.copyItem(atPath: BitextBinary.root.appendingPathComponent("Sources/BitextGlossary/Resources/Glossaries/entities.tsv").path, toPath: file)
        let writers = (0..<8).map { k -> Process in
            let p = Process()
            p.executableURL = BitextBinary.executable
            p.arguments = ["glossary", "add", "writer\(k)", "--kind", "place", "--form", "en=Writer Town \(k)", "--file", file]
            p.standardError = FileHandle.nullDevice
            return p
        }
        for p in writers { try p.run() }
        for p in writers { p.waitUntilExit() }
        #expect(writers.allSatisfy { $0.terminationStatus == 0 })
        let text = try String(contentsOfFile: file, encoding: .utf8)
        for k in 0..<8 { #expect(text.contains("writer\(k)\t"), "writer \(k)'s entry was lost") }
    }

    @Test func memoryImportsAtOnceBothLand() throws {
        let folder = try BitextBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = folder.appendingPathComponent("m.tm").path
        for tag in ["a", "b", "c"] {
            try tmx(units: 3000, tag: tag).write(to: folder.appendingPathComponent("\(tag).tmx"), atomically: true, encoding: .utf8)
        }
        // Three processes creating and filling one new memory at once.
        let importers = ["a", "b", "c"].map { tag -> Process in
            let p = Process()
            p.executableURL = BitextBinary.executable
            p.arguments = ["tm", "import", "\(tag).tmx", "--memory", memory]
            p.currentDirectoryURL = folder
            p.standardError = FileHandle.nullDevice
            return p
        }
        for p in importers { try p.run() }
        for p in importers { p.waitUntilExit() }
        #expect(importers.allSatisfy { $0.terminationStatus == 0 })
        #expect(try units(memory) == 9000)
    }
}
