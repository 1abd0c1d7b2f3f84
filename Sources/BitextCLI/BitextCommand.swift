import ArgumentParser
import Bitext
import Foundation

@main
struct BitextCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "Sentence alignment of news articles across English, Korean and Vietnamese, with TMX export.",
        version: BitextVersion.current,
        subcommands: [AlignCommand.self, SegmentCommand.self, SplitCommand.self, EvalCommand.self, GlossaryCommand.self, CheckCommand.self],
        defaultSubcommand: nil
    )
}

/// Runs a command body, turning Bitext's errors into one line on standard error and exit status 1.
func reportingErrors(_ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as BitextError {
        FileHandle.standardError.write(Data("bitext: error: \(error.description)\n".utf8))
        throw ExitCode(1)
    } catch let error as ICUError {
        FileHandle.standardError.write(Data("bitext: error: \(error.description)\n".utf8))
        throw ExitCode(1)
    }
}

/// Writes to a file atomically, or to standard output when no path is given.
func emit(_ text: String, to path: String?) throws {
    if let path, path != "-" {
        try AtomicFile.write(text, to: path)
    } else {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

func parseLanguage(_ text: String?) throws -> LanguageCode? {
    try text.map { try LanguageCode($0) }
}

struct InputOptions: ParsableArguments {
    @Option(name: .customLong("max-input-bytes"), help: "Refuse inputs larger than this many bytes.")
    var maxInputBytes: Int = 512 * 1024 * 1024

    var loader: DocumentLoader { DocumentLoader(maxBytes: maxInputBytes) }
}
