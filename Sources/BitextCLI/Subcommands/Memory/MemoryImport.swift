import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Memory {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Import TMX 1.4b files (OmegaT, Trados, memoQ, Bitext), each in one transaction.",
            discussion: """
            A file that is not well-formed XML, or has a unit TMX forbids (a <tuv> without xml:lang, one \
            language only, an invalid language code), is refused with its line and column and nothing is \
            imported from it, unless --skip-invalid is given: then its good units are imported and the bad \
            ones listed. External entities and DTDs are never fetched.
            """)

        @Argument(help: "TMX files.") var files: [String]
        @Flag(name: .customLong("skip-invalid"), help: "Import the good units of a damaged file and list the bad ones.") var skipInvalid = false
        @OptionGroup var memory: MemoryOptions

        func validate() throws {
            guard !files.isEmpty else { throw ValidationError("give a TMX file to import") }
        }

        func run() throws {
            try reportingErrors {
                for file in files where !FileManager.default.fileExists(atPath: file) { throw BitextError.fileNotFound(file) }
                let store = try memory.open(create: true)
                for file in files {
                    let report = try store.importTMX(URL(fileURLWithPath: file), skipInvalid: skipInvalid)
                    memory.report(report.changes, prefix: "\(file): ")
                    if report.skippedCount > 0 {
                        FileHandle.standardError.write(Data("bitext: \(file): \(report.skippedCount) invalid units skipped:\n".utf8))
                        for line in report.skipped { FileHandle.standardError.write(Data("  \(line)\n".utf8)) }
                    }
                }
            }
        }
    }
}
