import ArgumentParser
import Bitext
import Foundation

extension BitextCommand.Glossary {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Write the glossary as OmegaT text, CSV, TBX-Basic v3 or old-style TBX (martif).")
        @Option(help: "omegat, csv, tbx or martif; inferred from --output's extension (.txt, .csv, .tbx).") var format: String?
        @Option(help: "Source language (OmegaT).") var src: String = "en"
        @Option(help: "Target language (OmegaT).") var tgt: String = "ko"
        @Option(name: .shortAndLong, help: "Output file (atomic); standard output when omitted.") var output: String?
        @OptionGroup var glossary: GlossaryFileOption

        func run() throws {
            try reportingErrors {
                try FileIdentity.refuseOverwriting([output], inputs: [glossary.path])
                let g = try glossary.file.load()
                guard let f = format.flatMap(GlossaryFormat.init(rawValue:)) ?? output.flatMap({ GlossaryFormat.infer($0) }) else {
                    throw BitextError.invalidArgument("give --format omegat, csv, tbx or martif")
                }
                let text: String = switch f {
                case .omegat: GlossaryExchange.omegat(g, source: try LanguageCode(src), target: try LanguageCode(tgt))
                case .csv: GlossaryExchange.csv(g)
                case .tbx: GlossaryExchange.tbx(g)
                case .martif: GlossaryExchange.martif(g)
                }
                try emit(text, to: output)
            }
        }
    }
}
