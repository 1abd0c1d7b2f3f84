import ArgumentParser
import Bitext
import Foundation

@main
struct BitextCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bitext",
        abstract: "Sentence alignment of news articles across English, Korean, Vietnamese, Japanese and Chinese, with TMX export.",
        version: BitextVersion.current,
        subcommands: [AlignCommand.self, SegmentCommand.self, SplitCommand.self, EvalCommand.self, GlossaryCommand.self, CheckCommand.self,
                      MemoryCommand.self, BatchCommand.self, ReviewCommand.self, LanguagesCommand.self],
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
    } catch let error as UnrelatedTexts {
        FileHandle.standardError.write(Data("bitext: error: \(error.description)\n".utf8))
        throw ExitCode(UnrelatedTexts.exitStatus)
    }
}

/// Two texts judged not to tell the same story: nothing is written or stored, and the exit status is its own
/// (4), so that scripts can tell it from bad input (1) and from QA findings (3).
struct UnrelatedTexts: Error, CustomStringConvertible {
    static let exitStatus: Int32 = 4
    var source: String
    var target: String
    var verdict: PairVerdict

    var description: String {
        "\(source) and \(target) do not tell the same story (\(verdict.linkedSentences) of \(verdict.sentences) sentences linked by names, numbers or cognates); nothing written (--force writes it anyway)"
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
    @Option(name: .customLong("max-sentence-chars"), help: "Refuse a sentence longer than this many characters (a text without sentence ends).")
    var maxSentenceChars: Int = AlignmentPipeline.defaultMaxSentenceCharacters

    var loader: DocumentLoader { DocumentLoader(maxBytes: maxInputBytes) }
}

/// The two documents of a command: two files, or one file holding two languages, split.
func loadPair(_ files: [String], srcLang: String?, tgtLang: String?, presegmented: Bool, loader: DocumentLoader) throws -> (Document, Document) {
    let source = try parseLanguage(srcLang), target = try parseLanguage(tgtLang)
    if files.count == 2 {
        return try loader.loadPair(files[0], language: source, files[1], language: target, presegmented: presegmented)
    }
    var (a, b) = try LanguageSplitter().split(loader.load(files[0], presegmented: presegmented))
    // The languages given must be those of the parts, in order: swapped, they would label English as Korean.
    let detector = LanguageDetector()
    for (part, given) in [(a, source), (b, target)] {
        if let given, let found = detector.contradiction(LanguageDetector.sample(part.paragraphs.joined(separator: "\n")), claimed: given) {
            throw BitextError.languageMismatch(part.name, given: given.tag, found: found)
        }
    }
    if let source { a.language = source }
    if let target { b.language = target }
    return (a, b)
}
