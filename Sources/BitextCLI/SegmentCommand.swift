import ArgumentParser
import Bitext

struct SegmentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "segment", abstract: "Print the sentences of a text, one per line.")

    @Argument(help: "Text file (UTF-8, '-' for standard input).") var file: String
    @Option(help: "Language (BCP 47); detected when omitted.") var lang: String?
    @Option(name: .shortAndLong, help: "Output file; standard output when omitted.") var output: String?
    @OptionGroup var input: InputOptions

    func run() throws {
        try reportingErrors {
            let document = try input.loader.load(file, language: try parseLanguage(lang))
            let segments = try SentenceSegmenter(language: document.language).segments(of: document)
            try emit(segments.map { $0.text + "\n" }.joined(), to: output)
        }
    }
}
