import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Glossary {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Add the entries of an OmegaT, CSV or TBX glossary to the glossary file; nothing is written if any entry conflicts.")
        @Argument(help: "An OmegaT, CSV or TBX glossary.") var input: String
        @Option(help: "omegat, csv, tbx or tbx3; inferred from the file name and content.") var format: String?
        @Option(help: "Source language of an OmegaT glossary.") var src: String?
        @Option(help: "Target language of an OmegaT glossary.") var tgt: String?
        @OptionGroup var glossary: GlossaryFileOption

        func run() throws {
            try reportingErrors {
                let text = try DocumentLoader().text(at: input)
                guard let f = format.flatMap(GlossaryFormat.init(name:)) ?? GlossaryFormat.infer(input, content: text) else {
                    throw BitextError.invalidArgument("cannot tell the format of \(input); give --format")
                }
                let incoming = try GlossaryExchange.read(text, format: f, name: input, source: try parseLanguage(src), target: try parseLanguage(tgt))
                try glossary.update(creating: true) { g in try g.merge(incoming, origin: input) }
                print("imported \(incoming.entries.count) entries into \(glossary.path)")
            }
        }
    }
}
