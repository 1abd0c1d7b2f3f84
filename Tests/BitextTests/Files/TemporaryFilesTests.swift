import Foundation
import Testing
@testable import Bitext

@Suite(.serialized) struct TemporaryFilesTests {
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bitext-temporaries-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    static func names(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    }

    @Test func aWriterNamesItsTemporaryWithItsProcessAndForgetsItOnCommit() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let writer = try AtomicFileWriter(path: dir.appendingPathComponent("out.tmx").path)
        try writer.write("<tmx/>")
        let temporary = try #require(try Self.names(dir).first)
        #expect(temporary.hasPrefix(".out.tmx.tmp-\(getpid())-"))
        try writer.commit()
        #expect(try Self.names(dir) == ["out.tmx"])
    }

    @Test func theTemporariesOfADeadWriterAreSweptAndALiveOnesKept() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // pid 4194304 is above Linux's pid_max: no process has it.
        for name in [".out.tmx.tmp-4194304-abc123", ".out.tmx.tmp-1-abc123", ".other.tmx.tmp-4194304-abc123", ".out.tmx.tmp-XXXXXX"] {
            try Data("partial".utf8).write(to: dir.appendingPathComponent(name))
        }
        try AtomicFile.write("done\n", to: dir.appendingPathComponent("out.tmx").path)
        // pid 1 lives; another file's temporary and a name without a pid are not this write's to judge.
        #expect(try Self.names(dir) == [".other.tmx.tmp-4194304-abc123", ".out.tmx.tmp-1-abc123", ".out.tmx.tmp-XXXXXX", "out.tmx"])
    }
}
