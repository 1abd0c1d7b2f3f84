import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Glossary {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Write the glossaries loaded (or the file named) as OmegaT text, CSV or TBX.")
        @Option(help: ArgumentHelp("omegat, csv, tbx or tbx3; inferred from --output's extension (.txt, .csv, .tbx).",
                                   discussion: "tbx is the TBX CAT tools load (martif, ISO 30042:2008); tbx3 is TBX-Basic v3 (ISO 30042:2019)."))
        var format: String?
        @Option(help: "Source language (OmegaT).") var src: String = "en"
        @Option(help: "Target language (OmegaT).") var tgt: String = "ko"
        @Option(name: .shortAndLong, help: "Output file (atomic); standard output when omitted.") var output: String?
        @OptionGroup var glossary: GlossaryFileOption

        func run() throws {
            try reportingErrors {
                try FileIdentity.refuseOverwriting([output], inputs: try glossary.readPaths())
                let g = try glossary.loadForReading()
                guard let f = format.flatMap(GlossaryFormat.init(name:)) ?? output.flatMap({ GlossaryFormat.infer($0) }) else {
                    throw BitextError.invalidArgument("give --format omegat, csv, tbx or tbx3")
                }
                let text: String = switch f {
                case .omegat: GlossaryExchange.omegat(g, source: try LanguageCode(src), target: try LanguageCode(tgt))
                case .csv: GlossaryExchange.csv(g)
                case .tbx: GlossaryExchange.tbx(g)
                case .tbx3: GlossaryExchange.tbx3(g)
                }
                try emit(text, to: output)
            }
        }
    }
}
