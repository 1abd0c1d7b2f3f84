import ArgumentParser
import Bitext

extension BitextCommand {
    struct Segment: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "segment", abstract: "Print the sentences of a text, one per line.")

        @Argument(help: "Text file (UTF-8, '-' for standard input).") var file: String
        @Option(help: "Language (BCP 47); detected when omitted.") var lang: String?
        @Option(name: .shortAndLong, help: "Output file; standard output when omitted.") var output: String?
        @Flag(name: .customLong("show-kinds"), help: "Print each sentence's kind (body, title, dateline, caption, credit, boilerplate) and a tab before it.")
        var showKinds = false
        @OptionGroup var input: InputOptions

        func run() throws {
            try reportingErrors {
                try FileIdentity.refuseOverwriting([output], inputs: [file])
                let document = try input.loader.load(file, language: try parseLanguage(lang))
                let segments = try SentenceSegmenter(language: document.language).segments(of: document)
                try emit(segments.map { (showKinds ? $0.kind.rawValue + "\t" : "") + $0.text + "\n" }.joined(), to: output)
            }
        }
    }
}
