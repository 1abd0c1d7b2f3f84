import ArgumentParser
import Bitext
import Foundation

/// Where the memory is, and who is adding to it.
struct MemoryOptions: ParsableArguments {
    @Option(name: .customLong("memory"), help: "Translation memory file (default $BITEXT_MEMORY, else ./bitext.tm).")
    var path: String?
    @Option(help: "Who adds the units (default $BITEXT_USER, else $USER).") var user: String?

    var resolvedPath: String { path ?? TranslationMemory.defaultPath(environment: ProcessInfo.processInfo.environment) }

    var resolvedUser: String? {
        let env = ProcessInfo.processInfo.environment
        return user ?? env["BITEXT_USER"] ?? env["USER"]
    }

    func open(create: Bool) throws -> TranslationMemory {
        try TranslationMemory(path: resolvedPath, create: create)
    }

    func report(_ c: MemoryChanges, prefix: String = "") {
        FileHandle.standardError.write(Data("bitext: \(prefix)\(c.added) units added, \(c.merged) merged into units already there, \(c.unchanged) already there (\(resolvedPath))\n".utf8))
    }
}
